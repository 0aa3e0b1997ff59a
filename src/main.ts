/**
 * Start-up: wire the real adapters into the core, show the text panel at once, then load Phaser in the
 * background to draw the phone. The story never waits for the graphics.
 */
import './ui/styles.css';
import { scenarios, storyErrors } from 'virtual:scenarios';
import { browserStore } from './adapters/browser-storage.ts';
import { toCatalogue } from './adapters/story-loader.ts';
import { App } from './core/app/app.ts';
import { providePostChecker } from './core/post-check/checker.ts';
import { SaveStore } from './core/app/storage.ts';
import { Panel } from './ui/panel.ts';
import { ReflectionNotes } from './core/teaching/reflection-notes.ts';
import { installSaveSync } from './ui/save-sync.ts';
import { PlayerPreferences } from './core/app/preferences.ts';
import { followMotionPreference } from './ui/motion.ts';
import { installSoundAndSettings } from './ui/sound-and-settings.ts';
import { askRegionOnce } from './ui/region-question.ts';
import { askJudgementOnce } from './ui/judgement-view.ts';
import { JudgementStore } from './core/teaching/judgement.ts';
import { COMMON_COPY } from './content/copy/common.ts';
import { messageOf } from './core/errors.ts';
import { lazy, retry } from './core/lazy.ts';
import { installErrorBoundary } from './ui/error-boundary.ts';
import { markStarted } from './ui/boot-watch.ts';
import { canDraw } from './ui/can-draw.ts';

performance.mark('pp:main-start');
// The start-up watch in index.html stands down; from here an uncaught error gets a readable message.
markStarted();
installErrorBoundary();
const panelEl = document.getElementById('panel')!;
const noticesEl = document.getElementById('notices')!;
const stageEl = document.getElementById('stage')!;
const params = new URLSearchParams(location.search);

/**
 * The post composer's checker is a chunk of its own: fetched after the first text, or before a story that
 * needs it. Retried with backoff; a failure is never kept, so choosing the story again tries again.
 */
const loadPostChecker = lazy(() => import('./core/post-check/analyser.ts').then(({ analysePost }) => providePostChecker(analysePost)));

const app = new App(toCatalogue(scenarios), new SaveStore(browserStore()), {
  beforeStart: (meta) => (meta.usesComposer ? loadPostChecker() : undefined),
});
/** `?mode=group`: a facilitator runs a scenario with a room, on a projector (src/ui/group-mode.ts). */
const groupMode = params.get('mode') === 'group';
let extras: ReturnType<typeof installSoundAndSettings> | undefined;
if (groupMode) {
  // The projector still honours the player's (or the device's) reduced-motion choice.
  followMotionPreference(new PlayerPreferences(browserStore()));
} else {
  const panel = new Panel(panelEl, noticesEl, app);
  // Sound, captions, the Settings dialog and reduced motion (Howler itself loads on the first gesture).
  extras = installSoundAndSettings(app, browserStore());
  panel.tools = () => extras!.settings.button();
  panel.chooseFramework = (framework) => extras!.prefs.set({ framework });
  const judgement = new JudgementStore(browserStore());
  panel.judgement = judgement;
  // Before the first scenario: where the learner practises, then the optional judgement check (each once).
  panel.beforeScenario = (go) => askRegionOnce(extras!.prefs, () => askJudgementOnce(judgement, go));
  panel.notes = new ReflectionNotes(browserStore());
  // Saves and notes across tabs, undo, the prompt before leaving unsaved text, persistent storage.
  installSaveSync({ app, notes: panel.notes, notices: noticesEl });
}

/** `?renderer=none` (or a failed start) leaves the text panel to play alone, full width. */
function textOnly(reason?: string): void {
  document.documentElement.classList.add('text-only');
  if (reason) console.info(`Playing without graphics: ${reason}`);
}

async function startGraphics(): Promise<void> {
  const renderer = params.get('renderer');
  if (renderer === 'none') return textOnly();
  // No 2D canvas (a locked-down browser): the text alone, and Phaser never starts (it would throw later).
  if (!canDraw()) return textOnly('this browser cannot draw on a canvas');
  try {
    performance.mark('pp:graphics-requested');
    const { startGame } = await retry(() => import('./game/start-game.ts'));
    performance.mark('pp:graphics-loaded');
    startGame({ parent: stageEl, app, ...(extras ? { reducedMotion: extras.reducedMotion } : {}) });
  } catch (error) {
    textOnly(messageOf(error));
  }
}

/** The solo game: the first text, then the graphics and the post checker. */
async function startSolo(): Promise<void> {
  await app.init({ play: params.get('play') });
  void startGraphics();
  // Ready in the background, so no scenario waits for it. A failure is retried when a story needs it.
  loadPostChecker().catch(() => undefined);
}

for (const problem of storyErrors) app.notice('error', COMMON_COPY.storyProblem(problem));

// The first text is on the page once init() resolves. Only then ask for Phaser: the request goes out at
// once, and Phaser runs when it arrives, by which time the browser has painted the text.
if (groupMode) {
  retry(() => import('./ui/group-mode.ts'))
    .then(({ startGroupMode }) => startGroupMode({ scenarios: app.scenarios, store: browserStore(), params, storyErrors }))
    .catch((error: Error) => {
      panelEl.textContent = COMMON_COPY.groupModeFailed(error.message);
    });
} else {
  void startSolo();
}

// `?debug` exposes the app model (and through it the raw storage): in development builds only.
if (import.meta.env.DEV && params.has('debug')) Object.assign(window, { publicProfile: app });
