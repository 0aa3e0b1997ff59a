/** The facilitation reducer (src/core/group/facilitation.ts) on its own: plain data in, plain data out, effects as data. And the presenter gate (one presenter at a time). */
import { describe, expect, it } from 'vitest';
import { decided, initialState, opened, reduce, toMenu, withSaved, type FacilitationState, type StoryShape } from '../../src/core/group/facilitation.ts';
import { message, PresenterGate } from '../../src/core/group/protocol.ts';

const NOW = 1_000_000;
/** Two decisions' worth of story: three options then two, one page each. */
const shape = (committed: number): StoryShape => ({
  scenarios: ['test-night', 'other'],
  saved: [],
  steps: [
    { passagePages: 1, committed: committed > 0, revealPages: 1, alternatives: 2 },
    ...(committed > 0 ? [{ passagePages: 2, committed: committed > 1, revealPages: 1, alternatives: 1 }] : []),
  ],
  finished: committed > 1,
  endPages: committed > 1 ? 1 : 0,
});
const menu = (saved: string[] = []): FacilitationState =>
  initialState({ scenarios: ['test-night', 'other'], saved, steps: null, finished: false, endPages: 0 });
const running = (): FacilitationState => opened(menu(), shape(0), []);
const run = (s: FacilitationState, ...commands: Parameters<typeof reduce>[1][]) => commands.reduce((state, c) => reduce(state, c, NOW), s);

describe('the facilitation reducer', () => {
  it('steps through the screens and asks the shell to take the decision, changing nothing it does not own', () => {
    const s0 = running();
    expect(s0.at).toEqual({ step: 0, kind: 'passage', page: 0 });
    const s1 = run(s0, { type: 'next' }, { type: 'vote', option: 2, delta: 3 });
    expect(s1.at.kind).toBe('choice');
    expect(s1.current.votes).toEqual([0, 0, 3]);
    const s2 = reduce(s1, { type: 'next' }, NOW);
    expect(s2.effects).toEqual([{ type: 'take', option: 2, votes: [0, 0, 3], how: 'majority' }]);
    expect(s2.at).toEqual(s1.at); // the shell takes it, then `decided` moves on
    expect(s1.effects).toEqual([]); // the state before is untouched
    const s3 = decided({ ...s2, effects: [] }, shape(1), { votes: [0, 0, 3], how: 'majority' });
    expect(s3.at).toEqual({ step: 0, kind: 'reveal', page: 0 });
    expect(s3.current.votes).toEqual([0, 0]);
    expect(s3.decisions).toEqual([{ votes: [0, 0, 3], how: 'majority' }]);
  });

  it('one choice screen: number keys count hands; on a tie Next highlights and a number key takes; Next reveals', () => {
    const voting = run(running(), { type: 'next' }, { type: 'choose', option: 0 }, { type: 'choose', option: 2 });
    expect(voting.at).toEqual({ step: 0, kind: 'choice', page: 0 });
    expect(voting.current.votes).toEqual([1, 0, 1]);
    const deciding = reduce(voting, { type: 'next' }, NOW); // a tie: the facilitator's highlight, same screen
    expect(deciding).toMatchObject({ at: voting.at, current: { pointer: 0, override: null }, effects: [] });
    expect(deciding.message).toMatch(/A tie between options 1 and 3/);
    const picked = reduce(deciding, { type: 'choose', option: 2 }, NOW); // now a number key takes, not a hand
    expect(picked.current).toMatchObject({ votes: [1, 0, 1], override: 2, pointer: null });
    expect(reduce(picked, { type: 'next' }, NOW).effects).toEqual([{ type: 'take', option: 2, votes: [1, 0, 1], how: 'tie-break' }]);
    // A hand entered after the highlight goes back to voting.
    expect(reduce(deciding, { type: 'vote', option: 1, delta: 1 }, NOW).current).toMatchObject({ votes: [1, 1, 1], pointer: null });
  });

  it('turns a bad option into a message for the facilitator, never an exception', () => {
    const s = run(running(), { type: 'next' }, { type: 'choose', option: 8 });
    expect(s.message).toBe('There is no option 9.');
    expect(s.effects).toEqual([]);
  });

  it('a form, a start and a resume are effects for the shell', () => {
    expect(run(running(), { type: 'form', values: { post_text: 'hi' } }).effects).toEqual([{ type: 'form', values: { post_text: 'hi' } }]);
    expect(run(menu(), { type: 'start', scenario: 'other' }).effects).toEqual([{ type: 'start', scenario: 'other' }]);
    expect(run(menu(), { type: 'resume', session: 'session-12345678' }).effects).toEqual([{ type: 'resume', session: 'session-12345678' }]);
  });

  it('on the menu, Next and Back move a highlight through the scenarios and the start key starts it', () => {
    const s = run(menu(), { type: 'next' }, { type: 'next' });
    expect(s.menuPointer).toBe(1);
    expect(run(s, { type: 'next' }).menuPointer).toBe(0);
    expect(run(menu(), { type: 'back' }).menuPointer).toBe(1);
    expect(reduce(s, { type: 'take-pointer' }, NOW).effects).toEqual([{ type: 'start', scenario: 'other' }]);
    expect(run(menu(), { type: 'take-pointer' }).message).toMatch(/highlight a scenario/);
  });

  it('the highlight goes on through the saved sessions after the scenarios; the start key resumes the highlighted one', () => {
    const saved = menu(['session-aaaaaaaa', 'session-bbbbbbbb']);
    const third = run(saved, { type: 'next' }, { type: 'next' }, { type: 'next' });
    expect(third.menuPointer).toBe(2);
    expect(reduce(third, { type: 'take-pointer' }, NOW).effects).toEqual([{ type: 'resume', session: 'session-aaaaaaaa' }]);
    const last = run(saved, { type: 'back' });
    expect(last.menuPointer).toBe(3);
    expect(reduce(last, { type: 'take-pointer' }, NOW).effects).toEqual([{ type: 'resume', session: 'session-bbbbbbbb' }]);
    expect(run(last, { type: 'next' }).menuPointer).toBe(0); // round to the first scenario
    expect(run(saved, { type: 'take-pointer' }).message).toMatch(/or a saved session/);
    // Pure: the state it was given is untouched.
    expect(third.effects).toEqual([]);
    expect(saved.menuPointer).toBeNull();
  });

  it('when the saved sessions offered change, the highlight stays on its session, or is dropped with it', () => {
    const on = run(menu(['session-aaaaaaaa', 'session-bbbbbbbb']), { type: 'back' }); // session-bbbbbbbb
    expect(withSaved(on, ['session-cccccccc', 'session-aaaaaaaa', 'session-bbbbbbbb']).menuPointer).toBe(4);
    expect(withSaved(on, ['session-aaaaaaaa']).menuPointer).toBeNull();
    const scenario = run(on, { type: 'next' }); // the first scenario
    expect(withSaved(scenario, []).menuPointer).toBe(0);
    expect(withSaved(on, ['session-aaaaaaaa']).shape.saved).toEqual(['session-aaaaaaaa']);
    // A story has none; back on the menu the shell says which it offers.
    expect(toMenu(on, ['test-night']).shape.saved).toEqual([]);
  });

  it('ending a session asks first: the second press ends it, anything else in between cancels', () => {
    const summary = {
      ...opened(menu(), shape(2), [
        { votes: [1, 0, 0], how: 'majority' },
        { votes: [0, 1], how: 'majority' },
      ]),
      at: { step: 2, kind: 'summary' as const, page: 0 },
    };
    const asked = reduce(summary, { type: 'menu' }, NOW);
    expect(asked.confirm).toBe('menu');
    expect(asked.effects).toEqual([]);
    expect(reduce(asked, { type: 'menu' }, NOW).effects).toEqual([{ type: 'menu' }]);
    const cancelled = reduce(asked, { type: 'timer', action: 'toggle' }, NOW);
    expect(cancelled.confirm).toBeNull();
    expect(reduce(cancelled, { type: 'menu' }, NOW).effects).toEqual([]);
    // The clicker at the last screen: Next asks, Next again ends.
    const next = reduce(summary, { type: 'next' }, NOW);
    expect(next.confirm).toBe('menu');
    expect(reduce(next, { type: 'next' }, NOW).effects).toEqual([{ type: 'menu' }]);
    // Nothing to end on the menu.
    expect(reduce(menu(), { type: 'menu' }, NOW)).toMatchObject({ confirm: null, effects: [] });
  });

  it('after a blackout the first Next only brings the screen back', () => {
    const dark = run(running(), { type: 'blackout' });
    const back = reduce(dark, { type: 'next' }, NOW);
    expect(back.blackout).toBe(false);
    expect(back.at).toEqual(dark.at);
  });
});

describe('one presenter at a time (PresenterGate)', () => {
  const id = 'session-12345678';
  it('the first presenter keeps control; a second is told so until it takes over; the first is then the second', () => {
    const gate = new PresenterGate<string>(3_500);
    expect(gate.decide('first', message.hello(id), id, 0)).toEqual({ act: 'accept' });
    expect(gate.decide('second', message.hello(id), id, 500)).toEqual({ act: 'second' });
    expect(gate.decide('second', message.ping(id), id, 1_000)).toEqual({ act: 'second' });
    expect(gate.decide('second', message.command(id, { type: 'next' }), id, 1_200)).toEqual({ act: 'second' });
    // Pings from the second never switch control: the first's commands still count.
    expect(gate.decide('first', message.command(id, { type: 'next' }), id, 1_500)).toEqual({ act: 'accept' });
    expect(gate.decide('second', message.takeover(id), id, 2_000)).toEqual({ act: 'accept' });
    expect(gate.current).toBe('second');
    expect(gate.decide('first', message.ping(id), id, 2_500)).toEqual({ act: 'second' });
  });

  it('a presenter that has gone silent or said bye frees control; another session is refused', () => {
    const gate = new PresenterGate<string>(3_500);
    gate.decide('first', message.hello(id), id, 0);
    expect(gate.decide('second', message.ping(id), id, 4_000)).toEqual({ act: 'accept' });
    expect(gate.decide('second', message.bye(id), id, 4_100)).toEqual({ act: 'bye' });
    expect(gate.current).toBeNull();
    expect(gate.decide('third', message.hello('session-87654321'), id, 4_200)).toEqual({ act: 'refuse' });
  });
});
