/**
 * The presenter's "Next" preview (GroupView.next): the screen Next will show, built as the projector builds
 * its screen; none at the live choice, where Next makes the reveal (which must not exist before the room decides).
 */
import { describe, expect, it } from 'vitest';
import { GroupController, type GroupView } from '../../src/core/group/controller.ts';
import { GroupStore } from '../../src/core/group/state.ts';
import { MemoryStore } from '../../src/core/app/storage.ts';
import { compiled, fresh, meta } from './test-night.ts';

/** Let the road not taken be played out (promise callbacks, a few turns of the event loop). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};

async function session() {
  expect(compiled.diagnostics).toEqual([]);
  const group = new GroupController({
    scenarios: [{ meta, load: async () => fresh() }],
    store: new GroupStore(new MemoryStore()),
    clock: () => 1_000_000,
    describe: () => undefined,
    newId: () => 'session-next-0001',
  });
  const views: GroupView[] = [];
  group.events.on('group/view', (v) => views.push(structuredClone(v)));
  const last = () => views[views.length - 1]!;
  /** Next, after checking the preview: what Next shows is what the preview said it would. */
  const next = async () => {
    await settle();
    const before = last();
    group.dispatch({ type: 'next' });
    await settle();
    if (before.next) expect(last().screen).toEqual(before.next);
    return before;
  };
  return { group, last, next };
}

describe('GroupView.next', () => {
  it('is the screen Next shows: passage → passage, passage → choice, none at the live choice, reveal → road → passage, end → summary', async () => {
    const { group, last, next } = await session();
    await group.init({ play: 'test-night' });
    // A small page budget cuts the first passage into pages.
    group.setBudget({ charsPerLine: 14, lines: 3 });
    await settle();
    const first = last().screen;
    expect(first).toMatchObject({ kind: 'passage', step: 0, page: 0 });
    expect(first.kind === 'passage' && first.pages).toBeGreaterThan(1);
    expect(last().next).toMatchObject({ kind: 'passage', step: 0, page: 1 });

    // To the last page: Next there is the choice, with the room's hands and no standards.
    while (last().screen.kind === 'passage') {
      const s = last().screen;
      if (s.kind === 'passage' && s.page === s.pages - 1) {
        expect(last().next).toMatchObject({ kind: 'choice', step: 0, live: true, options: ['Accept', 'Ignore it', 'Decline and explain'] });
        expect(JSON.stringify(last().next)).not.toMatch(/impact|breach|upheld|risk/);
      }
      await next();
    }
    expect(last().screen).toMatchObject({ kind: 'choice', live: true });
    // At the live choice Next decides: the reveal does not exist yet, so there is no preview, only words.
    expect(last().next).toBeNull();
    expect(last().nextAction).toMatch(/highlight an option/);
    group.dispatch({ type: 'set-votes', option: 1, value: 5 });
    expect(last().next).toBeNull();
    expect(last().nextAction).toBe('Next: reveal option 2');
    group.dispatch({ type: 'take', option: 2 });
    expect(last().next).toBeNull();

    await next();
    expect(last().screen).toMatchObject({ kind: 'reveal', step: 0, choice: 'Decline and explain' });
    // Reveal → the road not taken (played out a moment later).
    await settle();
    while (last().screen.kind === 'reveal') {
      const s = last().screen;
      if (s.kind === 'reveal' && s.page === s.pages - 1)
        expect(last().next).toMatchObject({ kind: 'road', step: 0, alternative: 0, road: { status: 'ready', text: 'Accept' } });
      await next();
    }
    // The road not taken → the next passage.
    while (last().screen.kind === 'road') {
      const s = last().screen;
      const lastRoad = s.kind === 'road' && s.alternative === s.of - 1 && s.page === s.pages - 1;
      if (lastRoad) expect(last().next).toMatchObject({ kind: 'passage', step: 1, page: 0 });
      await next();
    }
    expect(last().screen).toMatchObject({ kind: 'passage', step: 1 });

    // Play on to the end: every preview on the way is what Next then shows.
    for (let guard = 0; guard < 200 && last().screen.kind !== 'end'; guard++) {
      if (last().screen.kind === 'choice' && last().current) {
        expect(last().next).toBeNull();
        group.dispatch({ type: 'set-votes', option: 0, value: 3 });
      }
      await next();
    }
    while (last().screen.kind === 'end') {
      const s = last().screen;
      if (s.kind === 'end' && s.page === s.pages - 1) expect(last().next).toMatchObject({ kind: 'summary' });
      await next();
    }
    expect(last().screen.kind).toBe('summary');
    // The last screen: Next ends the session (asked twice), in words only.
    expect(last().next).toBeNull();
    expect(last().nextAction).toMatch(/last screen/);
  });

  it('looking back at a decision taken: the preview is the screen after it', async () => {
    const { group, last } = await session();
    await group.init({ play: 'test-night' });
    group.dispatch({ type: 'next' });
    group.dispatch({ type: 'set-votes', option: 0, value: 2 });
    group.dispatch({ type: 'next' });
    await settle();
    expect(last().screen.kind).toBe('reveal');
    group.dispatch({ type: 'back' });
    expect(last().screen).toMatchObject({ kind: 'choice', live: false, taken: { index: 0 } });
    // Looking back, the reveal exists: the preview is that decision's reveal.
    expect(last().next).toMatchObject({ kind: 'reveal', step: 0, choice: 'Accept' });
  });
});
