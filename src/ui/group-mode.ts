/**
 * Group mode (`?mode=group`): the projector window, or with `&view=presenter` the presenter window.
 * Loaded on demand by main.ts, so a player alone never downloads it.
 */
import { PlayerPreferences } from '../core/app/preferences.ts';
import { analysePost } from '../core/post-check/analyser.ts';
import { providePostChecker } from '../core/post-check/checker.ts';
// The projector's typeface (SIL Open Font License): made for legibility at low vision, so it reads from the back of
// a room; and bundled, so a page holds the same words on every machine (the page budget is measured from it).
import '@fontsource/atkinson-hyperlegible-next/latin-500.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import '@fontsource/atkinson-hyperlegible-next/latin-800.css';
import './group.css';
import './group-presenter.css';
import './group-phone.css';
import type { ScenarioEntry } from '../core/app/app.ts';
import { GroupController } from '../core/group/controller.ts';
import { GroupStore, HEARTBEAT_MS, type TabChannel } from '../core/group/state.ts';
import type { KeyValueStore } from '../core/app/storage.ts';
import { h } from './dom.ts';
import { Audience } from './group-audience.ts';
import { startPresenterWindow } from './group-presenter-window.ts';
import { describeCue } from '../core/phone/describe-cue.ts';
import { COMMON_COPY } from '../content/copy/common.ts';
import { retry } from '../core/lazy.ts';
import { chunk } from '../adapters/chunks.ts';
import { canDraw } from './can-draw.ts';

// Group mode is its own chunk: the post checker comes with it.
providePostChecker(analysePost);

function newId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  const bytes = new Uint8Array(16);
  c?.getRandomValues?.(bytes);
  return Array.from(bytes, (b) => (b || Math.floor(Math.random() * 256)).toString(16).padStart(2, '0')).join('');
}

const TAB_KEY = 'public-profile:group-tab';

/** This tab's group session id, in sessionStorage (blocked storage: none, so every load is a new tab). */
function tabStorage(): { get(): string | null; set(id: string): void } {
  return {
    get: () => {
      try {
        return sessionStorage.getItem(TAB_KEY);
      } catch {
        return null;
      }
    },
    set: (id) => {
      try {
        sessionStorage.setItem(TAB_KEY, id);
      } catch {
        /* a reload will start afresh */
      }
    },
  };
}

/** The projector tabs' channel (see TabChannel); none where BroadcastChannel is missing. */
function tabChannel(): TabChannel | undefined {
  try {
    const channel = new BroadcastChannel('public-profile:group');
    return {
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel is same-origin and takes no target
      post: (message) => channel.postMessage(message),
      listen: (handler) => channel.addEventListener('message', (event) => handler(event.data)),
    };
  } catch {
    return undefined;
  }
}

export async function startGroupMode(options: {
  scenarios: readonly ScenarioEntry[];
  store: KeyValueStore;
  params: URLSearchParams;
  storyErrors: readonly string[];
}): Promise<void> {
  const { params } = options;
  document.documentElement.classList.add('group-mode');
  const root = h('div', { id: 'group', className: 'group' });
  document.body.append(root);
  // The single-player page's skip link points at its panel; here it goes to the projector's content.
  document.querySelector('.skip-link')?.setAttribute('href', '#group-main');
  document.getElementById('layout')?.remove();

  if (params.get('view') === 'presenter') {
    root.classList.add('group-presenter-window');
    document.querySelector('.skip-link')?.remove();
    startPresenterWindow(root, params.get('session') ?? '');
    return;
  }

  root.classList.add('group-audience');
  const frameworkId = new PlayerPreferences(options.store).current.framework;
  // Each projector tab has its own session: its id is kept in the tab (sessionStorage survives a reload,
  // not a new tab), and the session is saved under it.
  const tab = tabStorage();
  const group = new GroupController({
    scenarios: options.scenarios,
    store: new GroupStore(options.store),
    clock: () => Date.now(),
    // The projector's words for the phone: no "(below, before the choices)", which is solo play's layout.
    describe: (cue) => describeCue(cue, 'group'),
    newId,
    tabId: tab.get(),
    channel: tabChannel(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    // The summary names standards in the framework chosen in Settings (solo play) on this device.
    frameworkId,
  });
  setInterval(() => group.heartbeat(), HEARTBEAT_MS);
  window.addEventListener('pagehide', () => group.release());
  const audience = new Audience(root, group);
  const graphics = params.get('renderer') !== 'none' && canDraw();
  audience.usePhone(graphics);
  if (!graphics) document.documentElement.classList.add('text-only');
  for (const problem of options.storyErrors) group.events.emit('group/notice', { level: 'error', text: COMMON_COPY.storyProblem(problem) });
  await group.init({ play: params.get('play') });
  // Only now is the id settled (a duplicated tab takes one of its own in init).
  tab.set(group.id);
  audience.measure();
  // The first projector text is on the page: only now ask for Phaser (as solo play does in main.ts).
  if (graphics) void startPhone(audience);
  // `?debug` exposes the controller: in development builds only, never in what is deployed.
  if (import.meta.env.DEV && params.has('debug')) Object.assign(window, { publicProfileGroup: group });
}

/** The drawn phone beside the projector's text; if it cannot start, the text plays alone, full width. */
async function startPhone(audience: Audience): Promise<void> {
  try {
    const { startProjectorPhone } = await retry(chunk(() => import('../game/start-projector-phone.ts')));
    audience.attachPhone(startProjectorPhone({ parent: audience.phoneParent }));
  } catch (error) {
    audience.usePhone(false);
    document.documentElement.classList.add('text-only');
    console.info(`Projecting without the drawn phone: ${error instanceof Error ? error.message : String(error)}`);
  }
}
