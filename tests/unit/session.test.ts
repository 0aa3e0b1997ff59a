/** StoryRunner (inkjs output → typed lines, tags and choices) and Session (one play-through). The App is in app.test.ts. */
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { SAVE_VERSION } from '../../src/core/story/save.ts';
import { ReplayError, Session, type SessionEvents } from '../../src/core/story/session.ts';
import { StoryRunner, type InkStoryLike } from '../../src/core/story/story-runner.ts';
import { clock, compiled, FIXED, fresh, ID, json, meta, record, SOURCE } from './test-night.ts';

describe('the test story', () => {
  it('compiles without diagnostics', () => {
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.json).toBeTruthy();
  });
});

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
      [
        0,
        'Accept',
        [
          { framework: 'hcpc-2008', standard: 3, impact: 'breach' },
          { framework: 'hcpc-2008', standard: 1, impact: 'risk' },
        ],
      ],
      [1, 'Ignore it', [{ framework: 'hcpc-2008', standard: 3, impact: 'upheld' }]],
      [
        2,
        'Decline and explain',
        [
          { framework: 'hcpc-2008', standard: 3, impact: 'upheld' },
          { framework: 'hcpc-2008', standard: 13, impact: 'upheld' },
        ],
      ],
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
    const runner = new StoryRunner(new Story(compiled.json!));
    const [line] = runner.continue().lines;
    expect(line!.text).toBe('Hello.');
    expect(line!.tags).toEqual([]);
    expect(line!.tagErrors).toHaveLength(2);
    expect(line!.feedback).toBe(false);
  });

  it('stops a story that loops without choices', () => {
    const compiled = compileInk('/virtual/loop.ink', '-> loop\n== loop ==\nAgain.\n-> loop\n');
    const runner = new StoryRunner(new Story(compiled.json!));
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
      'story/entry',
      'story/entry', // the choice (Accept), then "Dana can now see..."
      'story/entry',
      'phone/cue', // request: in the log, then drawn
      'story/entry',
      'phone/cue', // request-outcome
      'story/entry', // Monday.
      'story/entry',
      'phone/cue', // message
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
    expect(entries).toEqual([
      { kind: 'choice', text: 'Accept', step: 0 },
      { kind: 'line', text: 'Dana can now see your weekends.', feedback: true },
    ]);
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
    expect(session.toSave()).toEqual({
      version: SAVE_VERSION,
      scenario: ID,
      fingerprint: meta.fingerprint,
      choices: [1, 1],
      savedAt: '2025-11-27T13:00:00.000Z',
    });
  });

  it('works with the compiler story object too', () => {
    const compiled = compileInk(`/virtual/${ID}.ink`, SOURCE);
    const session = Session.start(compiled.story!, meta, [0, 0], clock);
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
