import { beforeAll, describe, expect, it } from 'vitest';
import { BlockedStore } from './test-stores.ts';
import { Story } from 'inkjs';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { App, type AppEvents, type Notice, type Screen, type ScenarioEntry } from '../../src/core/app/app.ts';
import { encodeSave, SAVE_VERSION } from '../../src/core/story/save.ts';
import { ReplayError, Session, type ScenarioMeta, type SessionEvents } from '../../src/core/story/session.ts';
import { MemoryStore, SaveStore, type KeyValueStore } from '../../src/core/app/storage.ts';
import { StoryRunner, type InkStoryLike } from '../../src/core/story/story-runner.ts';

const SOURCE = `#title: Test night
#summary: A small story for the unit tests.
Sunday evening.
#platform: home
#time: Sun 21:40
Your phone buzzes. #notification: Dana wants to be friends
#discuss: What might Dana be hoping for?
* [Accept #hcpc: 3 breach #hcpc: 1 risk]
    #request: friend Dana Whitfield
    #request-outcome: accepted
    Dana can now see your weekends. #feedback
    -> monday
* [Ignore it #hcpc: 3 upheld]
    -> monday
* [Decline and explain #hcpc: 3 upheld #hcpc: 13 upheld]
    Explaining keeps things honest. #feedback
    It is also kinder. #feedback
    -> monday

=== monday ===
Monday. #message: Kayden: you still my social worker?
#discuss: Do you reply?
* [Reply kindly #hcpc: 2 risk]
    #reply: Yes, see you Tuesday.
    You kept it short. #feedback
    -> fin_advice
* [Tell your manager #hcpc: 1 upheld]
    Your manager thanks you. #feedback
    -> tuesday

=== tuesday ===
Tuesday. Your manager asks for a note.
* [Write it up #hcpc: 10 upheld]
    -> fin_good
* [Forget it #hcpc: 10 risk]
    -> fin_good

=== fin_good ===
Well done.
#ending: no-concerns Boundaries kept
-> END

=== fin_advice ===
#ending: advice A word in supervision
-> END
`;

const ID = 'test-night';
let json: string;
let meta: ScenarioMeta;

beforeAll(() => {
  const compiled = compileInk(`/virtual/stories/${ID}.ink`, SOURCE);
  expect(compiled.diagnostics).toEqual([]);
  expect(compiled.json).toBeTruthy();
  json = compiled.json!;
  meta = {
    id: ID,
    title: 'Test night',
    summary: 'A small story for the unit tests.',
    minutes: 3,
    order: 1,
    contentNotes: [],
    fingerprint: compiled.fingerprint!,
  };
});

const fresh = (): InkStoryLike => new Story(json) as unknown as InkStoryLike;
const FIXED = new Date('2025-11-27T13:00:00.000Z');
const clock = () => FIXED;

type Logged = { type: string; payload: unknown };
const SESSION_EVENTS: (keyof SessionEvents)[] = ['story/entry', 'story/choices', 'story/ended', 'phone/cue', 'ledger/changed', 'session/saved'];

function record(session: Session): Logged[] {
  const log: Logged[] = [];
  for (const type of SESSION_EVENTS) session.events.on(type, (payload) => log.push({ type: String(type), payload }));
  return log;
}

describe('StoryRunner', () => {
  it('types lines, keeps tag-only lines and types choices', () => {
    const runner = new StoryRunner(fresh());
    expect(runner.globalTags().map((t) => t.key)).toEqual(['title', 'summary']);
    const step = runner.continue();
    expect(step.lines.map((l) => l.text)).toEqual(['Sunday evening.', 'Your phone buzzes.', '']);
    const buzz = step.lines[1]!;
    expect(buzz.tags.map((t) => [t.key, t.value])).toEqual([
      ['platform', 'home'],
      ['time', 'Sun 21:40'],
      ['notification', 'Dana wants to be friends'],
    ]);
    expect(buzz.feedback).toBe(false);
    // A tag on a line of its own just before the choices arrives on an empty line: it must be kept.
    expect(step.lines[2]!.discuss).toBe('What might Dana be hoping for?');
    expect(step.finished).toBe(false);
    expect(step.ending).toBeUndefined();
    expect(step.choices.map((c) => [c.index, c.text, c.impacts])).toEqual([
      [0, 'Accept', [{ framework: 'hcpc-2008', standard: 3, impact: 'breach' }, { framework: 'hcpc-2008', standard: 1, impact: 'risk' }]],
      [1, 'Ignore it', [{ framework: 'hcpc-2008', standard: 3, impact: 'upheld' }]],
      [2, 'Decline and explain', [{ framework: 'hcpc-2008', standard: 3, impact: 'upheld' }, { framework: 'hcpc-2008', standard: 13, impact: 'upheld' }]],
    ]);
  });

  it('keeps the tags of an empty line just before -> END and reports the ending', () => {
    const runner = new StoryRunner(fresh());
    runner.continue();
    runner.choose(0);
    const end = runner.choose(0);
    expect(end.lines.map((l) => l.text)).toEqual(['You kept it short.', '']);
    expect(end.lines[0]!.feedback).toBe(true);
    expect(end.lines[1]!.ending).toEqual({ level: 'advice', title: 'A word in supervision' });
    expect(end.ending).toEqual({ level: 'advice', title: 'A word in supervision' });
    expect(end.finished).toBe(true);
    expect(end.choices).toEqual([]);
  });

  it.each([-1, 3, 1.5, Number.NaN])('choose(%s) out of range throws RangeError', (index) => {
    const runner = new StoryRunner(fresh());
    runner.continue();
    expect(() => runner.choose(index)).toThrow(RangeError);
  });

  it('collects syntax errors of tags without dropping the line', () => {
    const compiled = compileInk('/virtual/bad-tags.ink', 'Hello. #Feedback #not a tag\n-> END\n');
    const runner = new StoryRunner(new Story(compiled.json!) as unknown as InkStoryLike);
    const [line] = runner.continue().lines;
    expect(line!.text).toBe('Hello.');
    expect(line!.tags).toEqual([]);
    expect(line!.tagErrors).toHaveLength(2);
    expect(line!.feedback).toBe(false);
  });

  it('stops a story that loops without choices', () => {
    const compiled = compileInk('/virtual/loop.ink', '-> loop\n== loop ==\nAgain.\n-> loop\n');
    const runner = new StoryRunner(new Story(compiled.json!) as unknown as InkStoryLike);
    expect(() => runner.continue(50)).toThrow(/more than 50 lines/);
  });
});

describe('Session', () => {
  it('starts at the first choice point with typed state', () => {
    const session = Session.start(fresh(), meta, [], clock);
    const snap = session.snapshot();
    expect(snap.transcript).toEqual([
      { kind: 'line', text: 'Sunday evening.', feedback: false },
      { kind: 'line', text: 'Your phone buzzes.', feedback: false },
      { kind: 'phone', cue: { type: 'notification', text: 'Dana wants to be friends', platform: undefined } },
    ]);
    expect(snap.discuss).toBe('What might Dana be hoping for?');
    expect(snap.choices.map((c) => c.text)).toEqual(['Accept', 'Ignore it', 'Decline and explain']);
    expect(snap.phone).toMatchObject({ platform: 'home', time: 'Sun 21:40', notifications: [{ text: 'Dana wants to be friends', platform: undefined }] });
    expect(snap.ledger.decisions).toEqual([]);
    expect(snap.finished).toBe(false);
    expect(snap.ending).toBeUndefined();
    expect(session.isFinished).toBe(false);
    expect(session.choicesMade).toEqual([]);
  });

  it('records the decision with impacts, the prompt before it and the feedback after it', () => {
    const session = Session.start(fresh(), meta, [], clock);
    session.choose(2);
    const [decision] = session.snapshot().ledger.decisions;
    expect(decision).toEqual({
      step: 0,
      choiceText: 'Decline and explain',
      impacts: [
        { framework: 'hcpc-2008', standard: 3, impact: 'upheld' },
        { framework: 'hcpc-2008', standard: 13, impact: 'upheld' },
      ],
      discuss: 'What might Dana be hoping for?',
      covers: [],
      feedback: ['Explaining keeps things honest.', 'It is also kinder.'],
    });
    const snap = session.snapshot();
    expect(snap.discuss).toBe('Do you reply?');
    expect(snap.transcript.slice(3)).toEqual([
      { kind: 'choice', text: 'Decline and explain', step: 0 },
      { kind: 'line', text: 'Explaining keeps things honest.', feedback: true },
      { kind: 'line', text: 'It is also kinder.', feedback: true },
      { kind: 'line', text: 'Monday.', feedback: false },
      { kind: 'phone', cue: { type: 'message', from: 'Kayden', text: 'you still my social worker?' } },
    ]);
  });

  it('a choice with no feedback lines gets none, and the next prompt goes with the next decision', () => {
    const session = Session.start(fresh(), meta, [], clock);
    session.choose(1);
    session.choose(1);
    const decisions = session.snapshot().ledger.decisions;
    expect(decisions.map((d) => [d.choiceText, d.discuss, d.feedback])).toEqual([
      ['Ignore it', 'What might Dana be hoping for?', []],
      ['Tell your manager', 'Do you reply?', ['Your manager thanks you.']],
    ]);
    // Tuesday's choice point has no #discuss: the old prompt must not linger.
    expect(session.snapshot().discuss).toBeUndefined();
    session.choose(0);
    expect(session.snapshot().ledger.decisions[2]!.discuss).toBeUndefined();
  });

  it('emits events in order for a choice', () => {
    const session = Session.start(fresh(), meta, [], clock);
    const log = record(session);
    session.choose(0);
    expect(log.map((e) => e.type)).toEqual([
      'story/entry', 'story/entry', // the choice (Accept), then "Dana can now see..."
      'story/entry', 'phone/cue', // request: in the log, then drawn
      'story/entry', 'phone/cue', // request-outcome
      'story/entry', // Monday.
      'story/entry', 'phone/cue', // message
      'story/choices',
      'ledger/changed',
      'session/saved',
    ]);
    const cues = log.filter((e) => e.type === 'phone/cue').map((e) => (e.payload as SessionEvents['phone/cue']).cue.type);
    expect(cues).toEqual(['request', 'request-outcome', 'message']);
    const afterOutcome = log[5]!.payload as SessionEvents['phone/cue'];
    expect(afterOutcome.state.request).toEqual({ kind: 'friend', name: 'Dana Whitfield', outcome: 'accepted' });
    const choices = log[9]!.payload as SessionEvents['story/choices'];
    expect(choices.discuss).toBe('Do you reply?');
    expect(choices.choices.map((c) => c.text)).toEqual(['Reply kindly', 'Tell your manager']);
    const entries = log.slice(0, 2).map((e) => (e.payload as SessionEvents['story/entry']).entry);
    expect(entries).toEqual([{ kind: 'choice', text: 'Accept', step: 0 }, { kind: 'line', text: 'Dana can now see your weekends.', feedback: true }]);
    const saved = log[11]!.payload as SessionEvents['session/saved'];
    expect(saved.save).toEqual({ version: SAVE_VERSION, scenario: ID, fingerprint: meta.fingerprint, choices: [0], savedAt: FIXED.toISOString() });
    const ledger = log[10]!.payload as SessionEvents['ledger/changed'];
    expect(ledger.ledger.decisions[0]!.feedback).toEqual(['Dana can now see your weekends.']);
  });

  it('detects the ending, even on an empty line, and emits story/ended', () => {
    const session = Session.start(fresh(), meta, [], clock);
    session.choose(0);
    const log = record(session);
    session.choose(0);
    expect(log.map((e) => e.type)).toEqual(['story/entry', 'story/entry', 'story/entry', 'phone/cue', 'story/ended', 'ledger/changed', 'session/saved']);
    expect(log[4]!.payload).toEqual({ ending: { level: 'advice', title: 'A word in supervision' } });
    const snap = session.snapshot();
    expect(snap.finished).toBe(true);
    expect(snap.ending).toEqual({ level: 'advice', title: 'A word in supervision' });
    expect(snap.choices).toEqual([]);
    expect(snap.phone.thread?.messages.map((m) => [m.text, m.mine])).toEqual([
      ['you still my social worker?', false],
      ['Yes, see you Tuesday.', true],
    ]);
    expect(session.isFinished).toBe(true);
    expect(() => session.choose(0)).toThrow(RangeError);
  });

  it('detects an ending that follows a text line', () => {
    const session = Session.start(fresh(), meta, [1, 1, 0], clock);
    expect(session.snapshot().ending).toEqual({ level: 'no-concerns', title: 'Boundaries kept' });
    expect(session.snapshot().transcript.at(-1)).toEqual({ kind: 'line', text: 'Well done.', feedback: false });
  });

  it.each([-1, 3, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('choose(%s) out of range throws RangeError and changes nothing', (index) => {
    const session = Session.start(fresh(), meta, [], clock);
    const log = record(session);
    const before = session.snapshot();
    expect(() => session.choose(index)).toThrow(RangeError);
    expect(session.snapshot()).toEqual(before);
    expect(session.choicesMade).toEqual([]);
    expect(log).toEqual([]);
  });

  it.each([[[0]], [[1, 1]], [[2, 0]], [[1, 1, 1]]])('replaying %j reproduces the same snapshot, silently', (choices) => {
    const played = Session.start(fresh(), meta, [], clock);
    for (const c of choices) played.choose(c);
    const replayed = Session.start(fresh(), meta, played.choicesMade, clock);
    expect(replayed.snapshot()).toEqual(played.snapshot());
    expect(replayed.choicesMade).toEqual(choices);
    expect(replayed.toSave()).toEqual(played.toSave());
  });

  it('a replayed session carries on like the original', () => {
    const played = Session.start(fresh(), meta, [0], clock);
    const other = Session.start(fresh(), meta, [], clock);
    other.choose(0);
    played.choose(1);
    other.choose(1);
    expect(played.snapshot()).toEqual(other.snapshot());
  });

  it.each<[string, number[]]>([
    ['an index past the choices', [5]],
    ['a bad index at the second step', [0, 2]],
    ['more choices than the story has', [0, 0, 0]],
    ['a negative index', [-1]],
    ['a fractional index', [0.5]],
  ])('replay with %s throws ReplayError', (_name, choices) => {
    expect(() => Session.start(fresh(), meta, choices, clock)).toThrow(ReplayError);
  });

  it('toSave reflects the choices made, with the clock time', () => {
    const session = Session.start(fresh(), meta, [], clock);
    session.choose(1);
    session.choose(1);
    expect(session.toSave()).toEqual({ version: SAVE_VERSION, scenario: ID, fingerprint: meta.fingerprint, choices: [1, 1], savedAt: '2025-11-27T13:00:00.000Z' });
  });

  it('works with the compiler story object too', () => {
    const compiled = compileInk(`/virtual/${ID}.ink`, SOURCE);
    const session = Session.start(compiled.story! as unknown as InkStoryLike, meta, [0, 0], clock);
    expect(session.snapshot().ending?.level).toBe('advice');
  });

  it('a listener that throws does not stop the story or other listeners', () => {
    const session = Session.start(fresh(), meta, [], clock);
    const seen: string[] = [];
    const original = console.error;
    console.error = () => {};
    try {
      session.events.on('story/entry', () => {
        throw new Error('broken view');
      });
      session.events.on('story/entry', ({ entry }) => seen.push(entry.kind === 'phone' ? entry.cue.type : entry.text));
      session.choose(0);
    } finally {
      console.error = original;
    }
    expect(seen).toEqual(['Accept', 'Dana can now see your weekends.', 'request', 'request-outcome', 'Monday.', 'message']);
    expect(session.choicesMade).toEqual([0]);
  });
});

/* ------------------------------------------------------------------------------------------------ */


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
  it('menu → open → play → choose → debrief, saving after each choice and clearing at the end', async () => {
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
    app.showDebrief();
    expect(screenName(app)).toBe('debrief');
    expect(kv.data.has(SAVE_KEY)).toBe(false);
    expect(kv.data.has(ACTIVE_KEY)).toBe(false);
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
    second.app.showDebrief();
    expect(screenName(second.app)).toBe('debrief');
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

  it('a save whose choices no longer fit the story gives a warning and a fresh start', async () => {
    const kv = new MemoryStore();
    kv.set(SAVE_KEY, encodeSave({ version: SAVE_VERSION, scenario: ID, fingerprint: meta.fingerprint, choices: [0, 7], savedAt: FIXED.toISOString() }));
    const { app, notices } = makeApp(kv);
    await app.begin(ID, { resume: true });
    expect(notices).toEqual([{ level: 'warning', text: expect.stringMatching(/changed since your progress was saved/) }]);
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
    app.showDebrief();
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
    app.showDebrief();
    expect(screenName(app)).toBe('debrief');
    await app.restart();
    expect(screenName(app)).toBe('play');
    expect(app.currentSession!.choicesMade).toEqual([]);
  });

  it('sorts scenarios by order, then title', () => {
    const app = new App(
      [entry({ id: 'c', title: 'Charlie', order: undefined }), entry({ id: 'b', title: 'Bravo', order: 2 }), entry({ id: 'a', title: 'Alpha', order: 2 }), entry({ id: 'z', title: 'Zulu', order: 1 })],
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

/* Bugs found by these tests and since fixed in src/core: each test pins the behaviour we want. */
describe('App: regressions (once open bugs)', () => {
  // Was: every error in Session.start read as "your save no longer fits", then begin() rejected and the
  // screen stayed on 'loading'. A story that fails on its first Continue (here an unbound EXTERNAL) is a
  // StoryError now: an error notice and the menu.
  it('a story that fails at its first line gives an error notice and the menu', async () => {
    const broken = compileInk('/virtual/broken.ink', 'EXTERNAL ring()\nHello.\n~ ring()\n-> END\n');
    expect(broken.diagnostics).toEqual([]);
    const { app, notices } = makeApp(new MemoryStore(), [entry({}, async () => new Story(broken.json!) as unknown as InkStoryLike)]);
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
