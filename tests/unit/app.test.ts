/** The App: screens (menu, intro, play, debrief), saves and resume offers, notices; and its regressions. */
import { describe, expect, it } from 'vitest';
import { BlockedStore } from './test-stores.ts';
import { Story } from 'inkjs';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { App, type AppEvents, type Notice, type Screen, type ScenarioEntry } from '../../src/core/app/app.ts';
import { encodeSave, SAVE_VERSION } from '../../src/core/story/save.ts';
import type { ScenarioMeta } from '../../src/core/story/session.ts';
import { MemoryStore, SaveStore, type KeyValueStore } from '../../src/core/app/storage.ts';
import type { InkStoryLike } from '../../src/core/story/story-runner.ts';
import { compiled, FIXED, fresh, ID, meta, SESSION_EVENTS } from './test-night.ts';

describe('the test story', () => {
  it('compiles without diagnostics', () => {
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.json).toBeTruthy();
  });
});

const SAVE_KEY = `public-profile:save:${ID}`;
const ACTIVE_KEY = 'public-profile:active';

function entry(overrides: Partial<ScenarioMeta> = {}, load?: () => Promise<InkStoryLike>): ScenarioEntry {
  return { meta: { ...meta, ...overrides }, load: load ?? (async () => fresh()) };
}

function makeApp(kv: KeyValueStore, entries: ScenarioEntry[] = [entry()]) {
  const app = new App(entries, new SaveStore(kv));
  const screens: Screen[] = [];
  const notices: Notice[] = [];
  const all: string[] = [];
  app.events.on('app/screen', (s) => screens.push(s));
  app.events.on('app/notice', (n) => notices.push(n));
  const types: (keyof AppEvents)[] = ['app/screen', 'app/notice', ...SESSION_EVENTS];
  for (const t of types) app.events.on(t, () => all.push(String(t)));
  return { app, screens, notices, all };
}

const screenName = (app: App) => app.currentScreen.name;

describe('App', () => {
  it('menu → open → play → choose → debrief, saving after each choice and clearing when the debrief is left', async () => {
    const kv = new MemoryStore();
    const { app, screens, notices, all } = makeApp(kv);
    await app.init();
    expect(app.currentScreen).toEqual({ name: 'menu', resume: undefined });

    await app.open(ID);
    expect(screens.map((s) => s.name)).toEqual(['menu', 'loading', 'play']);
    const play = app.currentScreen;
    expect(play.name).toBe('play');
    if (play.name !== 'play') return;
    expect(play.resumed).toBe(false);
    expect(play.scenario.id).toBe(ID);
    expect(play.snapshot.choices.map((c) => c.text)).toEqual(['Accept', 'Ignore it', 'Decline and explain']);
    expect(kv.data.has(SAVE_KEY)).toBe(false);

    app.choose(1);
    expect(JSON.parse(kv.get(SAVE_KEY)!)).toMatchObject({ scenario: ID, fingerprint: meta.fingerprint, choices: [1] });
    expect(kv.get(ACTIVE_KEY)).toBe(ID);
    app.choose(1);
    expect(JSON.parse(kv.get(SAVE_KEY)!).choices).toEqual([1, 1]);
    expect(screenName(app)).toBe('play');

    app.choose(0);
    expect(screenName(app)).toBe('play'); // the last passage stays on screen
    await app.showDebrief();
    expect(screenName(app)).toBe('debrief');
    // Kept, marked finished, until the player leaves the debrief (a reload returns to it).
    expect(JSON.parse(kv.get(SAVE_KEY)!)).toMatchObject({ choices: [1, 1, 0], finished: true });
    const debrief = app.currentScreen;
    if (debrief.name !== 'debrief') throw new Error('expected the debrief');
    expect(debrief.debrief.scenarioTitle).toBe('Test night');
    expect(debrief.debrief.ending).toMatchObject({ level: 'no-concerns', title: 'Boundaries kept', label: 'No concerns', rank: 1, of: 5 });
    expect(debrief.debrief.decisions.map((d) => d.choiceText)).toEqual(['Ignore it', 'Tell your manager', 'Write it up']);
    expect(debrief.debrief.standards.map((s) => [s.number, s.outcome])).toEqual([
      [1, 'upheld'],
      [3, 'upheld'],
      [10, 'upheld'],
    ]);
    expect(notices).toEqual([]);
    // The story's end reaches the app before the debrief screen.
    expect(all.lastIndexOf('story/ended')).toBeLessThan(all.lastIndexOf('app/screen'));

    // Choosing after the end is ignored, not an error.
    expect(() => app.choose(0)).not.toThrow();
    expect(screenName(app)).toBe('debrief');
    app.showMenu();
    expect(kv.data.has(SAVE_KEY)).toBe(false);
    expect(kv.data.has(ACTIVE_KEY)).toBe(false);
  });

  it('offers to resume after a reload and continues at the same place', async () => {
    const kv = new MemoryStore();
    const first = makeApp(kv);
    await first.app.init();
    await first.app.open(ID);
    first.app.choose(0);
    const before = first.app.currentSession!.snapshot();

    // Reload: a new App over the same storage.
    const second = makeApp(kv);
    await second.app.init();
    const menu = second.app.currentScreen;
    expect(menu.name).toBe('menu');
    if (menu.name !== 'menu') return;
    expect(menu.resume).toMatchObject({ steps: 1, scenario: { id: ID } });
    expect(Number.isNaN(Date.parse(menu.resume!.savedAt))).toBe(false);
    expect(second.app.resumeOffer(ID)).toMatchObject({ steps: 1 });

    await second.app.open(ID);
    expect(second.app.currentScreen).toMatchObject({ name: 'intro', resume: { steps: 1 } });

    await second.app.begin(ID, { resume: true });
    const play = second.app.currentScreen;
    expect(play.name).toBe('play');
    if (play.name !== 'play') return;
    expect(play.resumed).toBe(true);
    expect(play.snapshot).toEqual(before);
    expect(second.notices).toEqual([]);

    second.app.choose(0);
    expect(screenName(second.app)).toBe('play'); // the last passage stays on screen
    await second.app.showDebrief();
    expect(screenName(second.app)).toBe('debrief');
    second.app.showReferences();
    expect(kv.data.size).toBe(0);
  });

  it('begin without resume starts afresh and discards the save', async () => {
    const kv = new MemoryStore();
    const first = makeApp(kv);
    await first.app.open(ID);
    first.app.choose(1);
    const second = makeApp(kv);
    await second.app.begin(ID, { resume: false });
    const play = second.app.currentScreen;
    expect(play.name === 'play' && play.resumed).toBe(false);
    expect(second.app.currentSession!.choicesMade).toEqual([]);
    expect(kv.data.has(SAVE_KEY)).toBe(false);
  });

  it('a save with a different fingerprint gives a warning and a fresh start (via the menu)', async () => {
    const kv = new MemoryStore();
    kv.set(SAVE_KEY, encodeSave({ version: SAVE_VERSION, scenario: ID, fingerprint: 'old-build', choices: [0], savedAt: FIXED.toISOString() }));
    kv.set(ACTIVE_KEY, ID);
    const { app, notices } = makeApp(kv);
    await app.init();
    expect(app.currentScreen).toEqual({ name: 'menu', resume: undefined });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toEqual({ level: 'warning', text: expect.stringMatching(/updated since you saved/) });
    expect(kv.data.has(SAVE_KEY)).toBe(false);

    await app.open(ID);
    const play = app.currentScreen;
    expect(play.name).toBe('play');
    expect(play.name === 'play' && play.resumed).toBe(false);
    expect(app.currentSession!.choicesMade).toEqual([]);
    expect(notices).toHaveLength(1);
  });

  it('a save with a different fingerprint gives a warning and a fresh start (begin with resume)', async () => {
    const kv = new MemoryStore();
    kv.set(SAVE_KEY, encodeSave({ version: SAVE_VERSION, scenario: ID, fingerprint: 'old-build', choices: [0], savedAt: FIXED.toISOString() }));
    const { app, notices } = makeApp(kv);
    await app.begin(ID, { resume: true });
    expect(notices).toEqual([{ level: 'warning', text: expect.stringMatching(/updated since you saved.*start afresh/) }]);
    const play = app.currentScreen;
    expect(play.name === 'play' && play.resumed).toBe(false);
    expect(app.currentSession!.choicesMade).toEqual([]);
  });

  // Was: "This scenario has changed since…", though the fingerprint matched: the save was what was wrong.
  it('a save whose choices no longer fit the story says it could not be read, and starts afresh', async () => {
    const kv = new MemoryStore();
    kv.set(SAVE_KEY, encodeSave({ version: SAVE_VERSION, scenario: ID, fingerprint: meta.fingerprint, choices: [0, 7], savedAt: FIXED.toISOString() }));
    const { app, notices } = makeApp(kv);
    await app.begin(ID, { resume: true });
    expect(notices).toEqual([{ level: 'warning', text: expect.stringMatching(/^Your saved progress could not be read \(saved choice 7 .*start afresh/) }]);
    expect(notices[0]!.text).not.toMatch(/changed|updated/);
    expect(app.currentSession!.choicesMade).toEqual([]);
    expect(app.currentSession!.snapshot().transcript).toHaveLength(3);
    expect(kv.data.has(SAVE_KEY)).toBe(false);
    expect(screenName(app)).toBe('play');
  });

  it('a corrupt save gives a warning in the menu and is removed', async () => {
    const kv = new MemoryStore();
    kv.set(SAVE_KEY, '{"version":1,"choices":');
    kv.set(ACTIVE_KEY, ID);
    const { app, notices } = makeApp(kv);
    await app.init();
    expect(notices).toEqual([{ level: 'warning', text: expect.stringMatching(/could not be read/) }]);
    expect(kv.data.has(SAVE_KEY)).toBe(false);
  });

  it('blocked storage gives exactly one warning and play continues to the debrief', async () => {
    const { app, notices } = makeApp(new BlockedStore());
    await app.init();
    await app.open(ID);
    expect(screenName(app)).toBe('play');
    expect(notices).toEqual([]);
    app.choose(1);
    expect(notices).toEqual([{ level: 'warning', text: expect.stringMatching(/progress is not being saved/) }]);
    app.choose(1);
    expect(screenName(app)).toBe('play');
    app.choose(0);
    expect(screenName(app)).toBe('play'); // the last passage stays on screen
    await app.showDebrief();
    expect(screenName(app)).toBe('debrief');
    expect(notices).toHaveLength(1);
  });

  it('full storage gives exactly one "full" warning', async () => {
    const kv = new MemoryStore();
    kv.set = () => {
      throw { name: 'QuotaExceededError' };
    };
    const { app, notices } = makeApp(kv);
    await app.open(ID);
    app.choose(1);
    app.choose(1);
    expect(notices).toEqual([{ level: 'warning', text: expect.stringMatching(/storage is full/) }]);
  });

  it('init({ play: "unknown" }) gives a notice and the menu', async () => {
    const { app, notices, screens } = makeApp(new MemoryStore());
    await app.init({ play: 'unknown' });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.level).toBe('warning');
    expect(notices[0]!.text).toContain('"unknown"');
    expect(screens.map((s) => s.name)).toEqual(['menu']);
    expect(app.currentSession).toBeUndefined();
  });

  it('init({ play: id }) opens that scenario directly', async () => {
    const { app, notices } = makeApp(new MemoryStore());
    await app.init({ play: ID });
    expect(screenName(app)).toBe('play');
    expect(notices).toEqual([]);
  });

  it('a scenario with content notes opens on its intro first', async () => {
    const { app } = makeApp(new MemoryStore(), [entry({ contentNotes: ['Mentions a child at risk'] })]);
    await app.open(ID);
    expect(app.currentScreen).toMatchObject({ name: 'intro', resume: undefined, scenario: { contentNotes: ['Mentions a child at risk'] } });
    expect(app.currentSession).toBeUndefined();
  });

  it('open/begin of an unknown id gives an error notice and changes nothing', async () => {
    const { app, notices, screens } = makeApp(new MemoryStore());
    await app.open('nope');
    await app.begin('nope', { resume: false });
    expect(notices.map((n) => n.level)).toEqual(['error', 'error']);
    expect(screens).toEqual([]);
  });

  it('a story that fails to load gives an error notice and the menu', async () => {
    const { app, notices } = makeApp(new MemoryStore(), [
      entry({}, async () => {
        throw new Error('network down');
      }),
    ]);
    await app.begin(ID, { resume: false });
    expect(notices).toEqual([{ level: 'error', text: expect.stringContaining('network down') }]);
    expect(screenName(app)).toBe('menu');
  });

  it('restart from the debrief starts the same scenario afresh', async () => {
    const { app } = makeApp(new MemoryStore());
    await app.open(ID);
    app.choose(0);
    app.choose(0);
    expect(screenName(app)).toBe('play'); // the last passage stays on screen
    await app.showDebrief();
    expect(screenName(app)).toBe('debrief');
    await app.restart();
    expect(screenName(app)).toBe('play');
    expect(app.currentSession!.choicesMade).toEqual([]);
  });

  it('sorts scenarios by order, then title', () => {
    const app = new App(
      [
        entry({ id: 'c', title: 'Charlie', order: undefined }),
        entry({ id: 'b', title: 'Bravo', order: 2 }),
        entry({ id: 'a', title: 'Alpha', order: 2 }),
        entry({ id: 'z', title: 'Zulu', order: 1 }),
      ],
      new SaveStore(new MemoryStore()),
    );
    expect(app.scenarios.map((s) => s.meta.id)).toEqual(['z', 'a', 'b', 'c']);
  });

  it('forwards session events and stops forwarding when the session ends', async () => {
    const { app, all } = makeApp(new MemoryStore());
    await app.open(ID);
    const old = app.currentSession!;
    app.showMenu();
    const count = all.length;
    // The detached session no longer drives the app.
    old.choose(0);
    expect(all.length).toBe(count);
    expect(screenName(app)).toBe('menu');
  });
});

/** A scenario whose story loads only when `release()` is called. */
const slowScenario = () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const slow = entry({ id: 'slow', title: 'Slow' }, async () => {
    await gate;
    return fresh();
  });
  return { slow, release };
};

/* Bugs found by these tests and since fixed in src/core: each test pins the behaviour we want. */
describe('App: regressions (once open bugs)', () => {
  // Was: every error in Session.start read as "your save no longer fits", then begin() rejected and the
  // screen stayed on 'loading'. A story that fails on its first Continue (here an unbound EXTERNAL) is a
  // StoryError now: an error notice and the menu.
  it('a story that fails at its first line gives an error notice and the menu', async () => {
    const broken = compileInk('/virtual/broken.ink', 'EXTERNAL ring()\nHello.\n~ ring()\n-> END\n');
    expect(broken.diagnostics).toEqual([]);
    const { app, notices } = makeApp(new MemoryStore(), [entry({}, async () => new Story(broken.json!))]);
    await app.begin(ID, { resume: false });
    expect(notices.map((n) => n.level)).toEqual(['error']);
    expect(notices[0]!.text).not.toMatch(/progress was saved/);
    expect(screenName(app)).toBe('menu');
  });

  // Was: begin({resume:true}) warned about a stale save without clearing it, so the menu warned again.
  it('a stale save is reported once, not again on return to the menu', async () => {
    const kv = new MemoryStore();
    kv.set(SAVE_KEY, encodeSave({ version: SAVE_VERSION, scenario: ID, fingerprint: 'old-build', choices: [0], savedAt: FIXED.toISOString() }));
    kv.set(ACTIVE_KEY, ID);
    const { app, notices } = makeApp(kv);
    await app.begin(ID, { resume: true });
    app.showMenu();
    expect(notices).toHaveLength(1);
  });

  // Was: a slow load that finished after a newer begin() replaced the newer scenario.
  it('the last scenario started wins when loads overlap', async () => {
    const { slow: slowEntry, release } = slowScenario();
    const { app } = makeApp(new MemoryStore(), [slowEntry, entry({ id: 'fast', title: 'Fast' })]);
    const slow = app.begin('slow', { resume: false });
    await app.begin('fast', { resume: false });
    expect(app.currentSession!.meta.id).toBe('fast');
    release();
    await slow;
    expect(app.currentSession!.meta.id).toBe('fast');
    expect(app.currentScreen).toMatchObject({ name: 'play', scenario: { id: 'fast' } });
  });

  it('going back to the menu while a scenario loads stays in the menu', async () => {
    const { slow: slowEntry, release } = slowScenario();
    const { app } = makeApp(new MemoryStore(), [slowEntry]);
    const slow = app.begin('slow', { resume: false });
    app.showMenu();
    release();
    await slow;
    expect(app.currentScreen.name).toBe('menu');
    expect(app.currentSession).toBeUndefined();
  });
});

describe('a ?play= that matches no scenario', () => {
  it('is echoed shortened to 40 characters, on one line, with no bidi controls', async () => {
    const { app, notices } = makeApp(new MemoryStore());
    await app.init({ play: 'x'.repeat(5000) });
    await app.init({ play: 'evil\u202Egnp.exe\nsecond line' });
    expect(notices.map((n) => n.text)).toEqual([
      `There is no scenario called "${'x'.repeat(39)}…". Choose one from the menu.`,
      'There is no scenario called "evilgnp.exe second line". Choose one from the menu.',
    ]);
  });
});
