/** Group sessions on a small story: the road not taken, and the GroupController (the facilitation loop over a Session). */
import { beforeAll, describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import type { ScenarioEntry } from '../../src/core/app/app.ts';
import { GroupController, type GroupView } from '../../src/core/group/controller.ts';
import { timerRemaining, type Para } from '../../src/core/group/model.ts';
import { encodeGroupState, GROUP_STATE_KEY, GroupStore } from '../../src/core/group/state.ts';
import { savedState } from './group-saved.ts';
import { roadNotTaken, splitReveal } from '../../src/core/group/road-not-taken.ts';
import type { ScenarioMeta } from '../../src/core/story/session.ts';
import { MemoryStore } from '../../src/core/app/storage.ts';
import type { InkStoryLike } from '../../src/core/story/story-runner.ts';

const SOURCE = `#title: Test night
#summary: A small story for the group tests.
Sunday evening.
Your phone buzzes. #notification: Dana wants to be friends
#discuss: What might Dana be hoping for?
* [Accept #hcpc: 3 breach #hcpc: 1 risk]
    You tap Accept. #request-outcome: accepted
    Dana can now see your weekends. #feedback
    -> monday
* [Ignore it #hcpc: 3 upheld]
    You put the phone down.
    -> monday
* [Decline and explain #hcpc: 3 upheld #hcpc: 13 upheld]
    You decline.
    Explaining keeps things honest. #feedback
    -> monday

=== monday ===
Monday. Your manager asks how the weekend went.
#discuss: Do you tell her?
* [Tell your manager #hcpc: 13 upheld]
    She thanks you. #feedback
    -> fin_good
* [Say nothing #hcpc: 13 risk]
    Nobody knows. #feedback
    -> fin_advice

=== fin_good ===
Well done.
#ending: no-concerns Boundaries kept
-> END

=== fin_advice ===
A quiet word later.
#ending: advice A word in supervision
-> END
`;

let json: string;
let meta: ScenarioMeta;
beforeAll(() => {
  const compiled = compileInk('/virtual/stories/test-night.ink', SOURCE);
  expect(compiled.diagnostics).toEqual([]);
  json = compiled.json!;
  meta = { id: 'test-night', title: 'Test night', summary: 'A small story.', minutes: 3, order: 1, contentNotes: [], fingerprint: compiled.fingerprint! };
});
const load = async (): Promise<InkStoryLike> => new Story(json) as unknown as InkStoryLike;
const describeCue = (cue: { type: string }) => (cue.type === 'request-outcome' ? 'Request accepted' : cue.type === 'notification' ? 'Notification' : undefined);

describe('the road not taken', () => {
  it('splits a consequence from the next scene at the last feedback line', () => {
    const p = (kind: Para['kind'], text: string): Para => ({ kind, text });
    expect(splitReveal([p('text', 'a'), p('feedback', 'b'), p('phone', 'c'), p('text', 'd')])).toEqual({
      reveal: [p('text', 'a'), p('feedback', 'b'), p('phone', 'c')],
      rest: [p('text', 'd')],
    });
    expect(splitReveal([p('text', 'a')])).toEqual({ reveal: [], rest: [p('text', 'a')] });
  });

  it('plays the other option on a fresh copy of the story', async () => {
    const road = await roadNotTaken(load, meta, { choices: [] }, 0, describeCue as never);
    expect(road.text).toBe('Accept');
    expect(road.paras.map((p) => p.text)).toEqual(['You tap Accept.', 'Request accepted', 'Dana can now see your weekends.']);
    expect(road.impacts.map((i) => `${i.standard} ${i.impact}`)).toEqual(['3 breach', '1 risk']);
    const last = await roadNotTaken(load, meta, { choices: [2] }, 1, describeCue as never);
    expect(last.feedback).toEqual(['Nobody knows.']);
    expect(last.ending).toEqual({ level: 'advice', title: 'A word in supervision' });
  });
});

describe('GroupController', () => {
  function make(kv = new MemoryStore(), now = { t: 1_000_000 }) {
    const entry: ScenarioEntry = { meta, load };
    let id = 0;
    const group = new GroupController({
      scenarios: [entry],
      store: new GroupStore(kv),
      clock: () => now.t,
      describe: describeCue as never,
      newId: () => `session-0000000${++id}`,
    });
    const views: GroupView[] = [];
    const notices: string[] = [];
    group.events.on('group/view', (v) => views.push(v));
    group.events.on('group/notice', (n) => notices.push(n.text));
    const last = () => views[views.length - 1]!;
    return { group, views, notices, last, kv, now };
  }
  // The road not taken is worked out in promise callbacks only (this file's story loads at once), so one
  // turn of the event loop sees it done: no time to wait.
  const settle = () => new Promise((r) => setImmediate(r));

  it('runs discuss → vote → decide → reveal → the road not taken, and back never undoes', async () => {
    const { group, last } = make();
    await group.init({ play: 'test-night' });
    expect(last().screen.kind).toBe('passage');
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'discuss', prompt: 'What might Dana be hoping for?', options: ['Accept', 'Ignore it', 'Decline and explain'] });
    // A digit on the discuss screen counts a hand and moves to the vote.
    group.dispatch({ type: 'vote', option: 2, delta: 1 });
    expect(last().screen).toMatchObject({ kind: 'vote', votes: [0, 0, 1] });
    group.dispatch({ type: 'set-votes', option: 2, value: 9 });
    group.dispatch({ type: 'set-votes', option: 0, value: 4 });
    expect(last().current?.outcome).toEqual({ state: 'majority', index: 2, votes: 9, total: 13 });
    group.dispatch({ type: 'next' });
    expect(last().screen.kind).toBe('decide');
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'reveal', choice: 'Decline and explain', how: 'majority' });
    if (last().screen.kind === 'reveal')
      expect((last().screen as { paras: Para[] }).paras.map((p) => p.text)).toEqual(['You decline.', 'Explaining keeps things honest.']);
    await settle();
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'road', page: 0, of: 2, road: { status: 'ready', outcome: { text: 'Accept' } } });
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'road', page: 1, road: { status: 'ready', outcome: { text: 'Ignore it' } } });
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'passage', step: 1 });
    if (last().screen.kind === 'passage') expect((last().screen as { paras: Para[] }).paras[0]!.text).toMatch(/^Monday/);
    // Back to the first decision: it shows the decision made and votes cannot change it.
    for (let i = 0; i < 4; i++) group.dispatch({ type: 'back' });
    expect(last().screen).toMatchObject({ kind: 'decide', step: 0, taken: { index: 2, how: 'majority' } });
    group.dispatch({ type: 'choose', option: 0 });
    expect(last().message).toMatch(/has been taken/);
    expect(last().summary?.decisions.length).toBe(1);
    for (let i = 0; i < 4; i++) group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'passage', step: 1 });
  });

  it('a tie is never picked silently: the facilitator highlights and takes an option', async () => {
    const { group, last } = make();
    await group.init({ play: 'test-night' });
    group.dispatch({ type: 'next' });
    group.dispatch({ type: 'vote', option: 0, delta: 2 });
    group.dispatch({ type: 'vote', option: 2, delta: 2 });
    group.dispatch({ type: 'next' }); // decide
    group.dispatch({ type: 'next' }); // tie: highlight the first tied option
    expect(last().screen).toMatchObject({ kind: 'decide', pointer: 0, taken: null });
    expect(last().message).toMatch(/A tie between options 1 and 3/);
    group.dispatch({ type: 'next' }); // highlight the next tied option
    expect(last().current?.pointer).toBe(2);
    group.dispatch({ type: 'take-pointer' });
    expect(last().current?.outcome).toEqual({ state: 'override', index: 2, how: 'tie-break' });
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'reveal', choice: 'Decline and explain', how: 'tie-break' });
  });

  it('with no votes, a number key on the decide screen is the facilitator choosing; R reveals', async () => {
    const { group, last } = make();
    await group.init({ play: 'test-night' });
    group.dispatch({ type: 'reveal' });
    expect(last().message).toMatch(/Reveal works/); // on a passage screen
    group.dispatch({ type: 'next' });
    group.dispatch({ type: 'reveal' });
    expect(last().screen.kind).toBe('decide');
    expect(last().message).toMatch(/No votes yet/);
    group.dispatch({ type: 'choose', option: 1 });
    group.dispatch({ type: 'reveal' });
    expect(last().screen).toMatchObject({ kind: 'reveal', choice: 'Ignore it', how: 'facilitator' });
  });

  it("the presenter's Take button decides from the vote screen, over the room's majority", async () => {
    const { group, last } = make();
    await group.init({ play: 'test-night' });
    group.dispatch({ type: 'next' });
    group.dispatch({ type: 'set-votes', option: 0, value: 5 });
    group.dispatch({ type: 'take', option: 1 });
    expect(last().screen).toMatchObject({ kind: 'decide', outcome: { state: 'override', index: 1, how: 'override' } });
    group.dispatch({ type: 'reveal' });
    expect(last().screen).toMatchObject({ kind: 'reveal', choice: 'Ignore it', how: 'override' });
    expect(last().summary?.decisions[0]).toMatchObject({ how: 'override', howLabel: "the facilitator's override", totalVotes: 5 });
  });

  it('the timer never moves the session on', async () => {
    const { group, last, now } = make();
    await group.init({ play: 'test-night' });
    group.dispatch({ type: 'next' });
    group.dispatch({ type: 'timer', action: 'toggle' });
    now.t += 10 * 60_000;
    group.dispatch({ type: 'timer', action: 'extend' });
    expect(last().screen.kind).toBe('discuss');
    expect(timerRemaining(last().timer, now.t)).toBe(60_000);
  });

  it('plays to the end and the summary; a reload resumes where the room was', async () => {
    const kv = new MemoryStore();
    const first = make(kv);
    await first.group.init({ play: 'test-night' });
    const take = (option: number, votes: number) => {
      while (!['discuss', 'vote', 'decide'].includes(first.last().screen.kind)) first.group.dispatch({ type: 'next' });
      first.group.dispatch({ type: 'set-votes', option, value: votes });
      first.group.dispatch({ type: 'reveal' });
    };
    take(2, 5);
    await settle();
    // Reload in the middle of the second vote.
    while (first.last().screen.kind !== 'discuss') first.group.dispatch({ type: 'next' });
    first.group.dispatch({ type: 'vote', option: 1, delta: 3 });
    const before = first.last();
    const second = make(kv);
    await second.group.init();
    expect(second.notices.join(' ')).toMatch(/Resumed the group session/);
    expect(second.last().screen).toEqual(before.screen);
    expect(second.last().sessionId).toBe(before.sessionId);
    second.group.dispatch({ type: 'reveal' });
    expect(second.last().screen).toMatchObject({ kind: 'reveal', choice: 'Say nothing' });
    while (second.last().screen.kind !== 'summary') second.group.dispatch({ type: 'next' });
    const summary = second.last().summary!;
    expect(summary.finished).toBe(true);
    expect(summary.decisions.map((d) => [d.taken, d.totalVotes])).toEqual([
      ['Decline and explain', 5],
      ['Say nothing', 3],
    ]);
    expect(summary.ending?.label).toBe('Advice');
    second.group.dispatch({ type: 'next' });
    expect(second.last().screen.kind).toBe('summary');
  });

  it('corrupt saved state: a clear message and a fresh start', async () => {
    const kv = new MemoryStore();
    kv.set(GROUP_STATE_KEY, '{"version":1,"scenario":"test-night"');
    const { group, notices, last } = make(kv);
    await group.init();
    expect(notices).toEqual([expect.stringMatching(/could not be read \(not valid JSON\), so a fresh group session starts/)]);
    expect(last().screen.kind).toBe('menu');
    expect(kv.get(GROUP_STATE_KEY)).toBeNull();
  });

  it('saved decisions that no longer fit the story: a message and the menu', async () => {
    const kv = new MemoryStore();
    kv.set(
      GROUP_STATE_KEY,
      encodeGroupState(
        savedState({ fingerprint: meta.fingerprint, decisions: [{ taken: 1, votes: [0, 4], how: 'majority' }], at: { step: 0, kind: 'vote', page: 0 } }),
      ),
    );
    const { group, notices, last } = make(kv);
    await group.init();
    expect(notices.join(' ')).toMatch(/could not be resumed .*fresh group session/);
    expect(last().screen.kind).toBe('menu');
  });
});
