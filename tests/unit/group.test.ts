/** Group sessions: votes and decisions, the timer, pages, screens, saved state, the protocol and the summary. The controller and the road not taken are in group-controller.test.ts. */
import { describe, expect, it } from 'vitest';
import {
  addVote,
  candidates,
  formatClock,
  locateScreen,
  newTimer,
  paginate,
  resolveDecision,
  ROAD_PAGE_STRIDE,
  screenList,
  setVote,
  timerExtend,
  timerExpired,
  timerPause,
  timerRemaining,
  timerReset,
  timerStart,
  type Para,
} from '../../src/core/group/model.ts';
import { message, parseAudienceMessage, parseCommand, parsePresenterMessage, PROTOCOL } from '../../src/core/group/protocol.ts';
import { revealLayout, roadPages, type RoadView } from '../../src/core/group/view.ts';
import { decodeGroupState, encodeGroupState, GroupStore } from '../../src/core/group/state.ts';
import { buildGroupSummary, summaryToJson, summaryToMarkdown } from '../../src/core/group/summary.ts';
import { recordDecision, addFeedback, EMPTY_LEDGER } from '../../src/core/teaching/ledger.ts';
import { HCPC_2008 } from '../../src/core/teaching/standards.ts';
import { BlockedStore } from './test-stores.ts';
import { savedState } from './group-saved.ts';

describe('votes and decisions', () => {
  it('adds and sets hands within bounds', () => {
    expect(addVote([0, 0, 0], 1, 1)).toEqual([0, 1, 0]);
    expect(addVote([0, 1, 0], 1, -5)).toEqual([0, 0, 0]);
    expect(addVote([0, 998, 0], 1, 5)).toEqual([0, 999, 0]);
    expect(setVote([0, 0], 0, 12)).toEqual([12, 0]);
    expect(() => addVote([0, 0], 2, 1)).toThrow(/no option 3/);
    expect(() => setVote([0, 0], 0, -1)).toThrow(RangeError);
    expect(() => setVote([0, 0], 0, 1.5)).toThrow(RangeError);
  });

  it('finds the majority, a tie, or nothing, and never picks a tie silently', () => {
    expect(resolveDecision([0, 0, 0], null)).toEqual({ state: 'none' });
    expect(resolveDecision([3, 7, 2], null)).toEqual({ state: 'majority', index: 1, votes: 7, total: 12 });
    const tie = resolveDecision([5, 1, 5], null);
    expect(tie).toEqual({ state: 'tie', tied: [0, 2], votes: 5, total: 11 });
    expect(candidates([5, 1, 5], tie)).toEqual([0, 2]);
    expect(candidates([0, 0, 0], { state: 'none' })).toEqual([0, 1, 2]);
  });

  it("records how the facilitator's pick relates to the room", () => {
    expect(resolveDecision([3, 7, 2], 0)).toEqual({ state: 'override', index: 0, how: 'override' });
    expect(resolveDecision([3, 7, 2], 1)).toEqual({ state: 'override', index: 1, how: 'majority' });
    expect(resolveDecision([5, 1, 5], 2)).toEqual({ state: 'override', index: 2, how: 'tie-break' });
    expect(resolveDecision([0, 0], 1)).toEqual({ state: 'override', index: 1, how: 'facilitator' });
  });
});

describe('the discussion timer (injected clock)', () => {
  it('starts, pauses, extends and never goes below zero', () => {
    let t = newTimer(120_000);
    expect(timerRemaining(t, 1_000)).toBe(120_000);
    t = timerStart(t, 10_000);
    expect(timerRemaining(t, 40_000)).toBe(90_000);
    t = timerPause(t, 40_000);
    expect(timerRemaining(t, 500_000)).toBe(90_000); // paused: time does not pass
    t = timerStart(t, 600_000);
    expect(timerRemaining(t, 690_000)).toBe(0);
    expect(timerExpired(t, 690_000)).toBe(true);
    expect(timerRemaining(t, 999_000)).toBe(0);
    t = timerExtend(t, 700_000); // ran out 10 s ago: another minute from now
    expect(timerRemaining(t, 700_000)).toBe(60_000);
    expect(timerExtend(newTimer(120_000), 0).durationMs).toBe(180_000);
    expect(timerReset(t)).toEqual({ durationMs: 120_000, startedAt: null, elapsedBeforeMs: 0 });
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(100)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
  });
});

const para = (n: number): Para => ({ kind: 'text', text: 'x'.repeat(n) });

describe('pages and screens', () => {
  it('fits paragraphs onto pages and splits a long one at sentence ends', () => {
    expect(paginate([], { charsPerLine: 50, lines: 8 })).toEqual([[]]);
    const pages = paginate([para(100), para(100), para(100), para(100)], { charsPerLine: 50, lines: 8 });
    expect(pages.length).toBe(2);
    const long = { kind: 'text' as const, text: 'This is a sentence that goes on. '.repeat(40).trim() };
    const split = paginate([long], { charsPerLine: 50, lines: 8 });
    expect(split.length).toBeGreaterThan(2);
    for (const page of split) for (const p of page) expect(p.text.length).toBeLessThanOrEqual(8 * 50);
    expect(
      split
        .flat()
        .map((p) => p.text)
        .join(' '),
    ).toBe(long.text);
  });

  it('uses the page-note line when everything fits on one page, and fills a page with whole sentences', () => {
    const budget = { charsPerLine: 50, lines: 6 };
    // 3 paragraphs of 2 lines each (6.6 with gaps) fit in 6 + the unused page-note line.
    expect(paginate([para(90), para(90), para(90)], budget).length).toBe(1);
    const sentences = { kind: 'feedback' as const, text: 'One sentence that is fairly long here. '.repeat(8).trim() };
    const pages = paginate([para(40), sentences], budget);
    expect(pages.length).toBe(2);
    expect(pages[0]!.length).toBe(2); // the short one, then the first sentences of the long one
    expect(pages[0]![1]!.kind).toBe('feedback');
    expect(
      pages
        .flat()
        .filter((p) => p.kind === 'feedback')
        .map((p) => p.text)
        .join(' '),
    ).toBe(sentences.text);
  });

  it('lists the screens in order, stopping at the open choice', () => {
    const list = screenList(
      [
        { passagePages: 2, committed: true, revealPages: 1, alternatives: 2 },
        { passagePages: 1, committed: false, revealPages: 0, alternatives: 1 },
      ],
      { roadNotTaken: true, finished: false, endPages: 0 },
    );
    expect(list.map((s) => `${s.step}${s.kind[0]}${s.page}`)).toEqual(['0p0', '0p1', '0c0', '0r0', '0r0', '0r50', '1p0', '1c0']);
    expect(list.map((s) => s.kind).slice(0, 6)).toEqual(['passage', 'passage', 'choice', 'reveal', 'road', 'road']);
    // An alternative whose whole feedback takes two pages has two screens, numbered from its own stride.
    const paged = screenList([{ passagePages: 1, committed: true, revealPages: 1, alternatives: 2, roadPages: [2, 1] }], {
      roadNotTaken: true,
      finished: false,
      endPages: 0,
    });
    expect(paged.filter((s) => s.kind === 'road').map((s) => s.page)).toEqual([0, 1, ROAD_PAGE_STRIDE]);
    const noRoad = screenList([{ passagePages: 1, committed: true, revealPages: 1, alternatives: 2 }], { roadNotTaken: false, finished: true, endPages: 2 });
    expect(noRoad.map((s) => s.kind)).toEqual(['passage', 'choice', 'reveal', 'end', 'end', 'summary']);
    // A remembered page that no longer exists (the window was resized) lands on the nearest screen.
    expect(locateScreen(list, { step: 0, kind: 'passage', page: 5 })).toBe(1);
    expect(locateScreen(list, { step: 1, kind: 'choice', page: 0 })).toBe(7);
    expect(locateScreen(list, { step: 1, kind: 'reveal', page: 0 })).toBe(7); // not there yet: the nearest earlier
  });
});

/** One option not taken, played out: these paragraphs, ending the story or not. */
const outcome = (paras: Para[], ending: boolean): RoadView => ({
  status: 'ready',
  outcome: {
    option: 1,
    text: 'Accept',
    impacts: [],
    paras,
    feedback: [],
    ending: ending ? { level: 'advice', title: 'A word from your manager' } : undefined,
  },
});

/** A decided step whose reveal is these paragraphs. */
const revealed = (reveal: Para[]) => ({ options: [{ text: 'Accept' }, { text: 'Decline' }], decision: { taken: 1, reveal, impacts: [] } });

describe('the reveal in pages', () => {
  const budget = { charsPerLine: 40, lines: 11, fullCharsPerLine: 60 };
  const step = revealed;
  it('sits beside the phone when it fits there in as few pages', () => {
    const short: Para[] = [
      { kind: 'text', text: 'You decline.' },
      { kind: 'feedback', text: 'Explaining keeps things honest.' },
    ];
    expect(revealLayout(step(short), budget)).toEqual({ pages: [short], besidePhone: true });
  });
  it('takes the full width when that takes fewer pages (text first)', () => {
    // Two paragraphs of 200 characters: 12.4 lines beside the phone (two pages), 8.4 at the full width (one).
    const long: Para[] = [0, 1].map((i) => ({ kind: 'text', text: `${'word '.repeat(39)}${i}.` }));
    expect(revealLayout(step(long), budget)).toEqual({ pages: [long], besidePhone: false });
    expect(revealLayout(step(long), { ...budget, fullCharsPerLine: undefined })).toMatchObject({ besidePhone: true, pages: [[long[0]], [long[1]]] });
  });
});

describe('the road not taken in pages', () => {
  // 11 lines less the option's line and the paged footer's: 9 a page, four paragraphs of two lines (2.2 with the gap).
  const budget = { charsPerLine: 40, lines: 11, fullCharsPerLine: 60 };
  const feedback = Array.from({ length: 7 }, (_, i): Para => ({ kind: 'feedback', text: `${'word '.repeat(18).trim()} ${i}.` }));

  it('is cut for the full width (it never sits beside the phone)', () => {
    // Two paragraphs of 200 characters: 6.2 lines each at 40 characters a line, 4.2 at 60.
    const paras: Para[] = [0, 1].map((i) => ({ kind: 'text', text: `${'word '.repeat(39)}${i}.` }));
    expect(roadPages(outcome(paras, false), budget)).toEqual([paras]);
    expect(roadPages(outcome(paras, false), { ...budget, fullCharsPerLine: undefined })).toHaveLength(2);
  });

  it('keeps a line for "It would have ended here" on its last page only', () => {
    const withEnding = roadPages(outcome(feedback, true), budget);
    const without = roadPages(outcome(feedback, false), budget);
    expect(withEnding.flat()).toEqual(feedback);
    // The ending's line is taken from the last page, which has room, never from the pages before it.
    expect(without.map((p) => p.length)).toEqual([4, 3]);
    expect(withEnding.map((p) => p.length)).toEqual([4, 3]);
  });
});

describe('saved group state', () => {
  it('round-trips', () => {
    const s = savedState();
    expect(decodeGroupState(encodeGroupState(s))).toEqual({ ok: true, state: s });
  });

  it.each(['discuss', 'vote', 'decide'])('reads a session saved on the former "%s" screen as on the choice screen', (kind) => {
    const s = savedState();
    expect(decodeGroupState(JSON.stringify({ ...s, at: { ...s.at, kind } }))).toEqual({ ok: true, state: { ...s, at: { ...s.at, kind: 'choice' } } });
  });

  it.each([
    ['not JSON', '{oops'],
    ['an array', '[]'],
    ['negative votes', JSON.stringify({ ...savedState(), current: { votes: [-1, 2], override: null, pointer: null } })],
    ['fractional votes', JSON.stringify({ ...savedState(), decisions: [{ taken: 0, votes: [1.5, 0], how: 'majority' }] })],
    ['a taken option out of range', JSON.stringify({ ...savedState(), decisions: [{ taken: 4, votes: [1, 0], how: 'majority' }] })],
    ['an unknown way of deciding', JSON.stringify({ ...savedState(), decisions: [{ taken: 0, votes: [1, 0], how: 'coin' }] })],
    ['an unknown screen', JSON.stringify({ ...savedState(), at: { step: 0, kind: 'slides', page: 0 } })],
    ['a screen beyond the decisions', JSON.stringify({ ...savedState(), at: { step: 5, kind: 'choice', page: 0 } })],
    ['a bad timer', JSON.stringify({ ...savedState(), timer: { durationMs: 'long', startedAt: null, elapsedBeforeMs: 0 } })],
    ['missing settings', JSON.stringify({ ...savedState(), settings: undefined })],
    ['a bad session id', JSON.stringify({ ...savedState(), sessionId: '<script>' })],
    ['an override beyond the options', JSON.stringify({ ...savedState(), current: { votes: [0, 0], override: 7, pointer: null } })],
  ])('rejects %s with a clear message', (_what, raw) => {
    expect(decodeGroupState(raw)).toMatchObject({
      ok: false,
      problem: 'corrupt',
      message: expect.stringMatching(/could not be read .* a fresh group session starts/),
    });
  });

  it('reports another version and an empty store apart', () => {
    expect(decodeGroupState(JSON.stringify({ ...savedState(), version: 2 }))).toMatchObject({ ok: false, problem: 'version' });
    expect(decodeGroupState(null)).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('survives blocked storage', () => {
    const blocked = new GroupStore(new BlockedStore());
    expect(blocked.read().ok).toBe(false);
    expect(blocked.write(savedState()).ok).toBe(false);
    expect(() => blocked.clear()).not.toThrow();
  });
});

describe('the presenter protocol', () => {
  it('accepts exactly the known commands and messages', () => {
    expect(parseCommand({ type: 'next' })).toEqual({ type: 'next' });
    expect(parseCommand({ type: 'vote', option: 2, delta: 1 })).toEqual({ type: 'vote', option: 2, delta: 1 });
    expect(parseCommand({ type: 'take', option: 20 })).toBeUndefined();
    expect(parseCommand({ type: 'vote', option: 2, delta: 1.5 })).toBeUndefined();
    expect(parseCommand({ type: 'set-votes', option: 0, value: -1 })).toBeUndefined();
    expect(parseCommand({ type: 'timer', action: 'explode' })).toBeUndefined();
    expect(parseCommand({ type: 'start', scenario: '../etc' })).toBeUndefined();
    expect(parseCommand({ type: 'eval', code: '1' })).toBeUndefined();
    expect(parseCommand('next')).toBeUndefined();
    const hello = message.hello('session-12345678');
    expect(parsePresenterMessage(JSON.parse(JSON.stringify(hello)))).toEqual(hello);
    expect(parsePresenterMessage({ ...hello, protocol: 'other' })).toBeUndefined();
    expect(parsePresenterMessage({ ...hello, session: 'x' })).toBeUndefined();
    expect(parsePresenterMessage(message.command('session-12345678', { type: 'back' }))).toEqual(message.command('session-12345678', { type: 'back' }));
    expect(parsePresenterMessage({ protocol: PROTOCOL, kind: 'command', session: 'session-12345678', command: { type: 'nope' } })).toBeUndefined();
    expect(parseAudienceMessage(message.state('session-12345678', 3, { screen: { kind: 'menu' } }))).toMatchObject({ kind: 'state', seq: 3 });
    expect(parseAudienceMessage(message.state('session-12345678', 3, { screen: null }))).toBeUndefined();
  });
});

describe('the session summary', () => {
  it('builds Markdown and JSON with votes, the option taken, standards and feedback, and no names', () => {
    let ledger = recordDecision(EMPTY_LEDGER, {
      choiceText: 'Decline and explain',
      impacts: [{ framework: 'hcpc-2008', standard: 3, impact: 'upheld' }],
      discuss: 'Why?',
    });
    ledger = addFeedback(ledger, 'Explaining keeps things honest.');
    const summary = buildGroupSummary({
      scenario: { id: 'test-night', title: 'Test night' },
      date: new Date('2026-11-27T14:00:00Z'),
      decisions: [
        {
          prompt: 'What might Dana be hoping for?',
          options: ['Accept', 'Ignore it', 'Decline and explain'],
          votes: [2, 1, 9],
          taken: 2,
          how: 'majority',
          impacts: [{ framework: 'hcpc-2008', standard: 3, impact: 'upheld' }],
          feedback: ['Explaining keeps things honest.'],
          consequences: ['You decline.'],
        },
      ],
      ledger,
      ending: { level: 'no-concerns', title: 'Boundaries kept' },
      finished: true,
      framework: HCPC_2008,
    });
    const md = summaryToMarkdown(summary);
    expect(md).toContain('# Group session summary: Test night');
    expect(md).toContain('3. Decline and explain: 9 votes (taken)');
    expect(md).toContain('Taken: **Decline and explain**, by most hands.');
    expect(md).toContain('| 3: Keep high standards of personal conduct | Upheld | 1 | 0 | 0 |');
    expect(md).toContain('Why it matters: Explaining keeps things honest.');
    expect(md).toContain('**Outcome: No concerns.** Boundaries kept');
    const data = JSON.parse(summaryToJson(summary));
    expect(data.format).toBe('public-profile-group-summary');
    expect(data.decisions[0].options[2]).toEqual({ number: 3, text: 'Decline and explain', votes: 9, taken: true });
    expect(data.standards[0]).toMatchObject({ number: 3, outcome: 'upheld' });
    expect(data.date).toBe('2026-11-27');

    // Named in Social Work England's standards when that is the chosen framework; same scores underneath.
    const swe = buildGroupSummary({
      scenario: { id: 'test-night', title: 'Test night' },
      date: new Date('2026-11-27T14:00:00Z'),
      decisions: [
        {
          prompt: null as never,
          options: ['Accept', 'Decline'],
          votes: [0, 3],
          taken: 1,
          how: 'majority',
          impacts: [{ framework: 'hcpc-2008', standard: 3, impact: 'upheld' }],
          feedback: [],
          consequences: [],
        },
      ],
      ledger,
      ending: undefined,
      finished: false,
      framework: HCPC_2008,
      frameworkId: 'swe-2019',
    });
    expect(swe.framework).toMatch(/^Social Work England professional standards .*HCPC 2008 numbering/);
    expect(swe.standards[0]).toMatchObject({ number: 3, outcome: 'upheld', title: expect.stringMatching(/^Social Work England 5 and 5\.2 and 5\.6: /) });
    expect(swe.decisions[0]!.impacts[0]!.title).toMatch(/^Social Work England 5/);
  });
});
