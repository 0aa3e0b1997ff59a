/** Group sessions on a small story: the road not taken, and the GroupController (the facilitation loop over a Session). */
import { beforeAll, describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import type { ScenarioEntry } from '../../src/core/app/app.ts';
import { GroupController, type GroupView } from '../../src/core/group/controller.ts';
import { timerRemaining, type Para } from '../../src/core/group/model.ts';
import { ASK_MS, encodeGroupState, GROUP_STATE_KEY, groupLiveKey, groupStateKey, GroupStore, LIVE_MS, type TabChannel } from '../../src/core/group/state.ts';
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
  if (compiled.diagnostics.length > 0 || !compiled.json) throw new Error(`the test story does not compile: ${JSON.stringify(compiled.diagnostics)}`);
  json = compiled.json;
  meta = { id: 'test-night', title: 'Test night', summary: 'A small story.', minutes: 3, order: 1, contentNotes: [], fingerprint: compiled.fingerprint! };
});
const load = async (): Promise<InkStoryLike> => new Story(json);
const describeCue = (cue: { type: string }) => (cue.type === 'request-outcome' ? 'Request accepted' : cue.type === 'notification' ? 'Notification' : undefined);

const p = (kind: Para['kind'], text: string): Para => ({ kind, text });
// The road not taken is worked out in promise callbacks only (this file's story loads at once), so one
// turn of the event loop sees it done: no time to wait.
const settle = () => new Promise((r) => setImmediate(r));
/** The texts of the paragraphs on a screen that has them ([] on a screen that has none). */
const parasOf = (screen: object): string[] => ('paras' in screen && Array.isArray(screen.paras) ? screen.paras.map((para: Para) => para.text) : []);

describe('the road not taken', () => {
  it('splits a consequence from the next scene at the last feedback line', () => {
    expect(splitReveal([p('text', 'a'), p('feedback', 'b'), p('phone', 'c'), p('text', 'd')])).toEqual({
      reveal: [p('text', 'a'), p('feedback', 'b'), p('phone', 'c')],
      rest: [p('text', 'd')],
    });
    expect(splitReveal([p('text', 'a')])).toEqual({ reveal: [], rest: [p('text', 'a')] });
  });

  it('plays the other option on a fresh copy of the story', async () => {
    const road = await roadNotTaken(load, meta, { choices: [] }, 0, describeCue);
    expect(road.text).toBe('Accept');
    expect(road.paras.map((para) => para.text)).toEqual(['You tap Accept.', 'Request accepted', 'Dana can now see your weekends.']);
    expect(road.impacts.map((i) => `${i.standard} ${i.impact}`)).toEqual(['3 breach', '1 risk']);
    const last = await roadNotTaken(load, meta, { choices: [2] }, 1, describeCue);
    expect(last.feedback).toEqual(['Nobody knows.']);
    expect(last.ending).toEqual({ level: 'advice', title: 'A word in supervision' });
  });
});

/** The projector tabs' BroadcastChannel: a message reaches every other tab on it, a moment later. */
function tabBus() {
  const tabs = new Set<(message: unknown) => void>();
  return {
    tabs,
    join(): TabChannel {
      let mine: ((message: unknown) => void) | undefined;
      return {
        post: (message) => {
          for (const other of tabs) if (other !== mine) queueMicrotask(() => other(structuredClone(message)));
        },
        listen: (handler) => {
          mine = handler;
          tabs.add(handler);
        },
      };
    },
  };
}

describe('GroupController', () => {
  let made = 0;
  function make(
    kv = new MemoryStore(),
    now = { t: 1_000_000 },
    tab: { tabId?: string; bus?: ReturnType<typeof tabBus>; wait?: (ms: number) => Promise<void> } = {},
  ) {
    const entry: ScenarioEntry = { meta, load };
    // Each controller is a tab of its own: ids never repeat across tabs.
    const prefix = `tab${String(++made).padStart(3, '0')}`;
    let id = 0;
    const group = new GroupController({
      scenarios: [entry],
      store: new GroupStore(kv),
      clock: () => now.t,
      describe: describeCue,
      newId: () => `${prefix}-session-${++id}`,
      ...(tab.tabId ? { tabId: tab.tabId } : {}),
      ...(tab.bus ? { channel: tab.bus.join() } : {}),
      // Time passes once what is under way has happened (messages delivered): a macrotask later.
      wait: tab.wait ?? ((ms) => new Promise<void>((resolve) => setImmediate(() => ((now.t += ms), resolve())))),
    });
    const views: GroupView[] = [];
    const notices: string[] = [];
    group.events.on('group/view', (v) => views.push(v));
    group.events.on('group/notice', (n) => notices.push(n.text));
    const last = () => views[views.length - 1]!;
    return { group, views, notices, last, kv, now };
  }

  it('a ?play= that matches no scenario is echoed shortened to 40 characters, with no bidi controls', async () => {
    const { group, notices } = make();
    await group.init({ play: `\u202E${'y'.repeat(3000)}` });
    expect(notices).toEqual([`There is no scenario called "${'y'.repeat(39)}…". Choose one from the list.`]);
  });

  it('runs the choice (discuss, hands, decide) → reveal → the road not taken, and back never undoes', async () => {
    const { group, last } = make();
    await group.init({ play: 'test-night' });
    expect(last().screen.kind).toBe('passage');
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({
      kind: 'choice',
      prompt: 'What might Dana be hoping for?',
      options: ['Accept', 'Ignore it', 'Decline and explain'],
      total: 0,
    });
    // A digit on the choice screen counts a hand; the screen stays (its bars grow).
    group.dispatch({ type: 'choose', option: 2 });
    expect(last().screen).toMatchObject({ kind: 'choice', votes: [0, 0, 1], total: 1 });
    group.dispatch({ type: 'set-votes', option: 2, value: 9 });
    group.dispatch({ type: 'set-votes', option: 0, value: 4 });
    expect(last().current?.outcome).toEqual({ state: 'majority', index: 2, votes: 9, total: 13 });
    // Next on the choice with a majority takes it and reveals: one screen from discussion to the reveal.
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'reveal', choice: 'Decline and explain', how: 'majority' });
    expect(parasOf(last().screen)).toEqual(['You decline.', 'Explaining keeps things honest.']);
    await settle();
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'road', alternative: 0, of: 2, road: { status: 'ready', text: 'Accept' } });
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'road', alternative: 1, road: { status: 'ready', text: 'Ignore it' } });
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'passage', step: 1 });
    expect(parasOf(last().screen)[0]).toMatch(/^Monday/);
    // Back to the first decision: it shows the decision made and votes cannot change it.
    for (let i = 0; i < 4; i++) group.dispatch({ type: 'back' });
    expect(last().screen).toMatchObject({ kind: 'choice', step: 0, live: false, taken: { index: 2, how: 'majority' } });
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
    group.dispatch({ type: 'next' }); // tie: highlight the first tied option, on the same screen
    expect(last().screen).toMatchObject({ kind: 'choice', pointer: 0, taken: null });
    expect(last().message).toMatch(/A tie between options 1 and 3/);
    group.dispatch({ type: 'next' }); // highlight the next tied option
    expect(last().current?.pointer).toBe(2);
    group.dispatch({ type: 'take-pointer' });
    expect(last().current?.outcome).toEqual({ state: 'override', index: 2, how: 'tie-break' });
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({ kind: 'reveal', choice: 'Decline and explain', how: 'tie-break' });
  });

  it('with no votes, R highlights an option; then a number key is the facilitator choosing; R reveals', async () => {
    const { group, last } = make();
    await group.init({ play: 'test-night' });
    group.dispatch({ type: 'reveal' });
    expect(last().message).toMatch(/Reveal works/); // on a passage screen
    group.dispatch({ type: 'next' });
    group.dispatch({ type: 'reveal' });
    expect(last().screen).toMatchObject({ kind: 'choice', pointer: 0 });
    expect(last().message).toMatch(/No votes entered/);
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
    expect(last().screen).toMatchObject({ kind: 'choice', outcome: { state: 'override', index: 1, how: 'override' } });
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
    expect(last().screen.kind).toBe('choice');
    expect(timerRemaining(last().timer, now.t)).toBe(60_000);
  });

  it('plays to the end and the summary; a reload resumes where the room was', async () => {
    const kv = new MemoryStore();
    const first = make(kv);
    await first.group.init({ play: 'test-night' });
    const take = (option: number, votes: number) => {
      while (first.last().screen.kind !== 'choice') first.group.dispatch({ type: 'next' });
      first.group.dispatch({ type: 'set-votes', option, value: votes });
      first.group.dispatch({ type: 'reveal' });
    };
    take(2, 5);
    await settle();
    // Reload in the middle of the second vote.
    while (first.last().screen.kind !== 'choice') first.group.dispatch({ type: 'next' });
    first.group.dispatch({ type: 'vote', option: 1, delta: 3 });
    const before = first.last();
    first.group.release(); // the tab reloads: it keeps its id (sessionStorage)
    const second = make(kv, undefined, { tabId: first.group.id });
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
      groupStateKey('session-12345678'),
      encodeGroupState(
        savedState({ fingerprint: meta.fingerprint, decisions: [{ taken: 1, votes: [0, 4], how: 'majority' }], at: { step: 0, kind: 'choice', page: 0 } }),
      ),
    );
    const { group, notices, last } = make(kv, undefined, { tabId: 'session-12345678' });
    await group.init();
    expect(notices.join(' ')).toMatch(/could not be resumed .*fresh group session/);
    expect(last().screen.kind).toBe('menu');
  });

  it('starting a scenario keeps the id a presenter window was opened with (the Start button on the presenter)', async () => {
    const { group, last } = make();
    await group.init();
    const linked = group.id; // the presenter window was opened with this id
    expect(last().screen.kind).toBe('menu');
    group.dispatch({ type: 'start', scenario: 'test-night' });
    await settle();
    expect(last().screen.kind).toBe('passage');
    expect(last().sessionId).toBe(linked);
    expect(group.id).toBe(linked);
  });

  it('a clicker alone starts a scenario from the menu: Page Down moves through the list, F5 starts', async () => {
    const { group, last } = make();
    await group.init();
    group.dispatch({ type: 'next' }); // highlight the first scenario
    expect(last().screen).toMatchObject({ kind: 'menu', pointer: 0 });
    group.dispatch({ type: 'take-pointer' }); // the start key (F5) or Enter
    await settle();
    expect(last().screen.kind).toBe('passage');
    expect(last().scenario?.id).toBe('test-night');
  });

  it('a clicker alone resumes a saved session from the menu: the highlight goes on past the scenarios', async () => {
    const kv = new MemoryStore();
    const now = { t: 1_000_000 };
    const a = make(kv, now);
    await a.group.init({ play: 'test-night' });
    a.group.dispatch({ type: 'next' });
    a.group.dispatch({ type: 'vote', option: 2, delta: 4 });
    const aScreen = a.last().screen;
    a.group.release(); // tab A is closed
    const b = make(kv, now);
    await b.group.init();
    b.group.dispatch({ type: 'next' }); // the one scenario
    expect(b.last().screen).toMatchObject({ kind: 'menu', pointer: 0, savedPointer: null });
    b.group.dispatch({ type: 'next' }); // then A's saved session
    expect(b.last().screen).toMatchObject({ kind: 'menu', pointer: null, savedPointer: 0, saved: [{ sessionId: a.group.id }] });
    expect(b.last().nextAction).toMatch(/Resume the highlighted saved session/);
    b.group.dispatch({ type: 'take-pointer' }); // the start key (F5) or Enter
    await settle();
    expect(b.notices.join(' ')).toMatch(/Resumed the group session/);
    expect(b.last().screen).toEqual(aScreen);
    expect(b.group.id).not.toBe(a.group.id); // carried on under this tab's id
  });

  it('what the shell could not do is a notice (seen with no presenter window too), never a reducer message', async () => {
    const kv = new MemoryStore();
    const now = { t: 1_000_000 };
    const a = make(kv, now);
    await a.group.init({ play: 'test-night' });
    a.group.release();
    const b = make(kv, now);
    await b.group.init();
    expect(b.last().screen).toMatchObject({ kind: 'menu', saved: [{ sessionId: a.group.id }] });
    // Tab A comes back before B's facilitator presses Resume on the (older) menu.
    const a2 = make(kv, now, { tabId: a.group.id });
    await a2.group.init();
    b.group.dispatch({ type: 'resume', session: a.group.id });
    await settle();
    expect(b.notices).toEqual([expect.stringMatching(/open in another tab or window: carry it on there/)]);
    expect(b.last().message).toBeNull();
    expect(b.last().screen).toMatchObject({ kind: 'menu', saved: [] });
    b.group.dispatch({ type: 'start', scenario: 'no-such-thing' });
    expect(b.notices[1]).toMatch(/There is no scenario called "no-such-thing"/);
    expect(b.last().message).toBeNull();
  });

  it('"New session" on the summary asks first: a second press (button or clicker) discards it', async () => {
    const { group, last } = make();
    await group.init({ play: 'test-night' });
    for (let i = 0; i < 60 && last().screen.kind !== 'summary'; i++) {
      if (last().screen.kind === 'choice' && last().current) group.dispatch({ type: 'choose', option: 0 });
      group.dispatch({ type: 'next' });
    }
    expect(last().screen.kind).toBe('summary');
    group.dispatch({ type: 'menu' });
    expect(last().screen.kind).toBe('summary'); // not yet: it asks
    expect(last().confirm).toBe('menu');
    group.dispatch({ type: 'back' }); // anything else cancels
    expect(last().confirm).toBeNull();
    group.dispatch({ type: 'next' });
    expect(last().screen.kind).toBe('summary');
    // The clicker: Next at the summary asks, Next again ends the session.
    group.dispatch({ type: 'next' });
    expect(last().screen.kind).toBe('summary');
    expect(last().confirm).toBe('menu');
    group.dispatch({ type: 'next' });
    expect(last().screen.kind).toBe('menu');
  });

  it('two projector tabs keep their own sessions; a new tab offers the saved ones and resumes none blindly', async () => {
    const kv = new MemoryStore();
    const a = make(kv);
    await a.group.init({ play: 'test-night' });
    a.group.dispatch({ type: 'next' });
    a.group.dispatch({ type: 'vote', option: 1, delta: 2 });
    const aScreen = a.last().screen;
    const b = make(kv);
    await b.group.init();
    expect(b.group.id).not.toBe(a.group.id);
    // A's session is open in tab A: not offered (it could only be taken from under it).
    expect(b.last().screen).toMatchObject({ kind: 'menu', saved: [] });
    b.group.dispatch({ type: 'start', scenario: 'test-night' });
    await settle();
    b.group.dispatch({ type: 'next' });
    b.group.dispatch({ type: 'vote', option: 0, delta: 5 });
    // Tab A reloads (its id is kept in the tab): it resumes its own session, not B's.
    a.group.release();
    // While it is gone, a new tab offers it (and B's, which B holds, not).
    const c = make(kv);
    await c.group.init();
    expect(c.last().screen).toMatchObject({ kind: 'menu', saved: [{ sessionId: a.group.id, title: 'Test night', decisions: 0 }] });
    const a2 = make(kv, undefined, { tabId: a.group.id });
    await a2.group.init();
    expect(a2.notices.join(' ')).toMatch(/Resumed the group session/);
    expect(a2.last().screen).toEqual(aScreen);
  });

  it('a second tab opened on a session that is open elsewhere is told so and does not overwrite it', async () => {
    const kv = new MemoryStore();
    const a = make(kv);
    await a.group.init({ play: 'test-night' });
    a.group.dispatch({ type: 'next' });
    const before = [...kv.data.entries()].filter(([k]) => k.includes(a.group.id));
    // A duplicated tab carries the same tab id while tab A is still open.
    const dup = make(kv, undefined, { tabId: a.group.id });
    await dup.group.init();
    expect(dup.notices.join(' ')).toMatch(/open in another (window|tab)/);
    expect(dup.group.id).not.toBe(a.group.id);
    dup.group.dispatch({ type: 'start', scenario: 'test-night' });
    await settle();
    dup.group.dispatch({ type: 'next' });
    dup.group.dispatch({ type: 'next' });
    expect([...kv.data.entries()].filter(([k]) => k.includes(a.group.id) && !k.includes(':live:'))).toEqual(before.filter(([k]) => !k.includes(':live:')));
  });

  it('a tab that crashed and came back within seconds carries on its own session, not a duplicate', async () => {
    const kv = new MemoryStore();
    const now = { t: 1_000_000 };
    const bus = tabBus();
    const a = make(kv, now, { bus });
    await a.group.init({ play: 'test-night' });
    a.group.dispatch({ type: 'next' });
    a.group.dispatch({ type: 'vote', option: 1, delta: 2 });
    const before = a.last();
    // The tab crashes: no release, its page (and its end of the channel) gone; it is restored a second later.
    bus.tabs.clear();
    now.t += 1_000;
    expect(new GroupStore(kv).heldElsewhere(a.group.id, 'the-restored-page', now.t)).toBe(true);
    const back = make(kv, now, { tabId: a.group.id, bus });
    await back.group.init();
    expect(back.notices.join(' ')).not.toMatch(/another tab/);
    expect(back.notices.join(' ')).toMatch(/Resumed the group session/);
    expect(back.group.id).toBe(a.group.id);
    expect(back.last().screen).toEqual(before.screen);
    // It holds its session again: another tab leaves it alone.
    const other = make(kv, now, { bus });
    await other.group.init();
    expect(other.last().screen).toMatchObject({ kind: 'menu', saved: [] });
  });

  it.each(['answers', 'refreshes'] as const)('a duplicated tab is told apart from a reload: the original %s meanwhile', async (original) => {
    const kv = new MemoryStore();
    const now = { t: 1_000_000 };
    const bus = tabBus();
    // The original answers on the channel, or (no channel in it) says so again with its heartbeat.
    const a = make(kv, now, original === 'answers' ? { bus } : {});
    await a.group.init({ play: 'test-night' });
    a.group.dispatch({ type: 'next' });
    const claim = kv.get(groupLiveKey(a.group.id));
    const saved = kv.get(groupStateKey(a.group.id));
    const meanwhile: (string | null)[] = [];
    const wait = async (ms: number) => {
      // While the duplicate asks, its own heartbeat claims nothing (the original's claim stays as it was),
      // and a key pressed on its menu starts nothing over the original's session.
      dup.group.heartbeat();
      meanwhile.push(kv.get(groupLiveKey(a.group.id)));
      dup.group.dispatch({ type: 'next' });
      dup.group.dispatch({ type: 'take-pointer' }); // a start clears the session's place at once
      meanwhile.push(kv.get(groupStateKey(a.group.id)));
      await new Promise((resolve) => setImmediate(resolve)); // time passes once the messages are delivered
      now.t += ms;
      if (original === 'refreshes') a.group.heartbeat();
    };
    const dup = make(kv, now, { tabId: a.group.id, bus, wait });
    await dup.group.init();
    expect(meanwhile, original).toEqual([claim, saved]);
    expect(dup.notices.join(' '), original).toMatch(/open in another (window|tab)/);
    expect(dup.group.id, original).not.toBe(a.group.id);
    expect(dup.last().screen.kind, original).toBe('menu');
  });

  it('a claim that has gone stale is no contest: the tab carries on at once, without asking', async () => {
    const kv = new MemoryStore();
    const now = { t: 1_000_000 };
    const a = make(kv, now);
    await a.group.init({ play: 'test-night' });
    now.t += LIVE_MS;
    let asked = 0;
    const back = make(kv, now, { tabId: a.group.id, bus: tabBus(), wait: async () => void asked++ });
    await back.group.init();
    expect(asked).toBe(0);
    expect(back.group.id).toBe(a.group.id);
    expect(ASK_MS).toBeLessThan(LIVE_MS); // a live original is heard from before its claim could go stale
  });
});
