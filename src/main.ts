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
import type { PhoneControl } from './core/phone/controls.ts';
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
import { chunk } from './adapters/chunks.ts';
import { installErrorBoundary } from './ui/error-boundary.ts';
import { markStarted } from './ui/boot-watch.ts';
import { canDraw } from './ui/can-draw.ts';
import { installViewSwitch, SMALL_SCREEN_QUERY } from './ui/view-switch.ts';
import { findLaunchApi } from './adapters/scorm.ts';
import type * as LmsConnect from './adapters/lms-connect.ts';
import type { CompletionRule } from './core/lms/completion.ts';
import { LMS_COPY } from './content/copy/lms.ts';

/** The scenarios a package holds: those its completion rule names, else all of them. */
const packageScenarios = (rule: CompletionRule) => (rule.kind === 'list' ? rule.ids : scenarios.map((s) => s.meta.id));

performance.mark('pp:main-start');
// The start-up watch in index.html stands down; from here an uncaught error gets a readable message.
markStarted();
installErrorBoundary();
const panelEl = document.getElementById('panel')!;
const noticesEl = document.getElementById('notices')!;
const stageEl = document.getElementById('stage')!;
const params = new URLSearchParams(location.search);
// A story opened by a link (`?play=`) starts downloading now, while the rest of the page is set up; opening it
// later imports the same module (a failure here is left to that import, which retries).
const linked = params.get('play');
if (linked)
  scenarios
    .find((s) => s.meta.id === linked)
    ?.story()
    .catch(() => undefined);

/**
 * The post composer's checker is a chunk of its own, fetched only before a story that has a composer (most
 * learners' first scenario has none). Retried with backoff; a failure is never kept, so choosing the story
 * again tries again.
 */
const analyserChunk = chunk(() => import('./core/post-check/analyser.ts'));
const loadPostChecker = lazy(async (attempt, previous) => providePostChecker((await analyserChunk(attempt, previous)).analysePost));

/** `?mode=group`: a facilitator runs a scenario with a room, on a projector (src/ui/group-mode.ts). */
const groupMode = params.get('mode') === 'group';
const catalogue = toCatalogue(scenarios);
/** Launched by a learning platform (a SCORM package): its record is the store of saves; none, this browser's. */
const lmsNotices: string[] = [];
let tellLearner = (text: string): void => {
  lmsNotices.push(text);
};

/** `?renderer=none` (or a failed start) leaves the text panel to play alone, full width. */
function textOnly(reason?: string): void {
  document.documentElement.classList.add('text-only');
  if (reason) console.info(`Playing without graphics: ${reason}`);
}

const scormApi = groupMode ? undefined : findLaunchApi(window, params);
type LmsModule = typeof LmsConnect;

/**
 * The game itself: once the LMS connection's code is here when a platform launched it (a chunk of its own,
 * with the record, store and reporter, fetched only inside a platform), else at once. (Not a top-level
 * await: the bundler would then split the entry's shared modules into many small chunks.)
 */
function boot(lmsModule: LmsModule | undefined): void {
  const lms = scormApi && lmsModule?.connectToLms({ win: window, found: scormApi, scenarios: catalogue, tell: (text) => tellLearner(text) });
  const app = new App(catalogue, new SaveStore(lms ? lms.store : browserStore()), {
    beforeStart: (meta) => (meta.usesComposer ? loadPostChecker() : undefined),
  });
  let extras: ReturnType<typeof installSoundAndSettings> | undefined;
  /** A tap on the drawn phone goes to the text panel, which takes it as its own button would (solo play only). */
  let tapPhone: ((control: PhoneControl, event: Event) => void) | undefined;
  /** On a small screen the drawn phone fills its view (src/ui/view-switch.ts). */
  const smallScreen = window.matchMedia?.(SMALL_SCREEN_QUERY);
  if (groupMode) {
    // The projector still honours the player's (or the device's) reduced-motion choice.
    followMotionPreference(new PlayerPreferences(browserStore()));
  } else {
    const panel = new Panel(panelEl, noticesEl, app);
    tapPhone = (control, event) => panel.tapPhone(control, event);
    // Sound, captions, the Settings dialog and reduced motion (Howler loads with the first cue).
    extras = installSoundAndSettings(app, browserStore());
    panel.tools = () => extras!.settings.button();
    panel.chooseFramework = (framework) => extras!.prefs.set({ framework });
    const judgement = new JudgementStore(browserStore());
    panel.judgement = judgement;
    // Before the first scenario: where the learner practises, then the optional judgement check (each once).
    panel.beforeScenario = (go) => askRegionOnce(extras!.prefs, () => askJudgementOnce(judgement, go));
    // Notes are the learner's own words: inside a learning platform, kept under the learner's id on a shared computer.
    panel.notes = new ReflectionNotes(lms ? lms.learnerStore : browserStore());
    // On a small screen the phone and the story take turns, switched by two buttons or a swipe.
    installViewSwitch(document.getElementById('layout')!, app, extras.prefs);
    // Saves and notes across tabs, undo, the prompt before leaving unsaved text, persistent storage.
    installSaveSync({ app, notes: panel.notes, notices: noticesEl });
  }

  async function startGraphics(): Promise<void> {
    const renderer = params.get('renderer');
    if (renderer === 'none') return textOnly();
    // No 2D canvas (a locked-down browser): the text alone, and Phaser never starts (it would throw later).
    if (!canDraw()) return textOnly('this browser cannot draw on a canvas');
    try {
      performance.mark('pp:graphics-requested');
      const { startGame } = await retry(chunk(() => import('./game/start-game.ts')));
      performance.mark('pp:graphics-loaded');
      startGame({
        parent: stageEl,
        app,
        frameThePhone: () => smallScreen?.matches ?? false,
        ...(extras ? { reducedMotion: extras.reducedMotion } : {}),
        ...(tapPhone ? { tapPhone } : {}),
      });
    } catch (error) {
      textOnly(messageOf(error));
    }
  }

  /** The solo game: the first text, then the graphics. */
  async function startSolo(): Promise<void> {
    // What the platform is told, from here on (and a connection that could not load): notices to the learner.
    tellLearner = (text) => app.notice('warning', text);
    for (const text of lmsNotices.splice(0)) tellLearner(text);
    if (lms && lmsModule) lmsModule.LmsReporter.attach({ app, link: lms.link, store: lms.store, rule: lms.rule, scenarioIds: packageScenarios(lms.rule) });
    await app.init({ play: params.get('play') ?? lms?.play, resume: lms?.resuming ?? false });
    await startGraphics();
    // Sound is made ready while the learner reads, not at the first choice: once the phone has started and
    // the page is idle (a long task here, measured 120-200 ms, when the first audio context is made).
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => extras?.prepareSound(), { timeout: 3000 });
    else setTimeout(() => extras?.prepareSound(), 1000);
  }

  for (const problem of storyErrors) app.notice('error', COMMON_COPY.storyProblem(problem));

  // The first text is on the page once init() resolves. Only then ask for Phaser: the request goes out at
  // once, and Phaser runs when it arrives, by which time the browser has painted the text.
  if (groupMode) {
    retry(chunk(() => import('./ui/group-mode.ts')))
      .then(({ startGroupMode }) => startGroupMode({ scenarios: app.scenarios, store: browserStore(), params, storyErrors }))
      .catch((error: Error) => {
        panelEl.textContent = COMMON_COPY.groupModeFailed(error.message);
      });
  } else {
    void startSolo();
  }

  // `?debug` exposes the app model (and through it the raw storage): in development builds only.
  if (import.meta.env.DEV && params.has('debug')) Object.assign(window, { publicProfile: app });
}

if (scormApi) {
  retry(chunk(() => import('./adapters/lms-connect.ts'))).then(boot, () => {
    lmsNotices.push(LMS_COPY.couldNotStart);
    boot(undefined);
  });
} else {
  boot(undefined);
}
