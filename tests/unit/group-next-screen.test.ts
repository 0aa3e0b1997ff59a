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
const settle = () => new Promise((r) => setImmediate(r)).then(() => new Promise((r) => setImmediate(r))).then(() => new Promise((r) => setImmediate(r)));

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
  return { group, views, last };
}

type Move = { before: GroupView; after: GroupView };

/** Next, screen by screen to the summary (a hand for option 1 at each choice): every view before a Next, and after it. */
async function walk(group: GroupController, last: () => GroupView, moves: Move[] = []): Promise<Move[]> {
  await settle();
  const before = last();
  if (before.screen.kind === 'summary' || moves.length > 100) return moves;
  if (before.screen.kind === 'choice' && before.current && before.current.total === 0) group.dispatch({ type: 'set-votes', option: 0, value: 3 });
  const voted = last();
  group.dispatch({ type: 'next' });
  await settle();
  moves.push({ before: voted, after: last() });
  return walk(group, last, moves);
}

const kinds = (m: Move) => `${m.before.screen.kind} → ${m.after.screen.kind}`;
const pageOf = (v: GroupView) => ('page' in v.screen ? v.screen.page : -1);

describe('GroupView.next', () => {
  it('is the screen Next shows: passage → passage, passage → choice, none at the live choice, reveal → road → passage, end → summary', async () => {
    const { group, views, last } = await session();
    await group.init({ play: 'test-night' });
    // A small page budget cuts the passages into pages.
    group.setBudget({ charsPerLine: 14, lines: 3 });
    const moves = await walk(group, last);
    expect(last().screen.kind).toBe('summary');

    // Wherever there was a preview, Next showed exactly that screen.
    const previewed = moves.filter((m) => m.before.next !== null);
    expect(previewed.length).toBeGreaterThan(5);
    expect(previewed.filter((m) => JSON.stringify(m.after.screen) !== JSON.stringify(m.before.next)).map(kinds)).toEqual([]);

    const find = (from: string, to: string) => moves.find((m) => kinds(m) === `${from} → ${to}`);
    const pp = find('passage', 'passage');
    expect(pp?.before.next).toMatchObject({ kind: 'passage', step: 0, page: pageOf(pp!.before) + 1 });
    // The choice to come: the room's hands, no standards.
    const pc = find('passage', 'choice');
    expect(pc?.before.next).toMatchObject({ kind: 'choice', step: 0, live: true, options: ['Accept', 'Ignore it', 'Decline and explain'] });
    expect(JSON.stringify(pc?.before.next)).not.toMatch(/impact|breach|upheld|risk/);
    const rr = find('reveal', 'road');
    expect(rr?.before.next).toMatchObject({ kind: 'road', step: 0, alternative: 0, road: { status: 'ready' } });
    const rp = find('road', 'passage');
    expect(rp?.before.next).toMatchObject({ kind: 'passage', step: 1, page: 0 });
    const es = find('end', 'summary');
    expect(es?.before.next).toMatchObject({ kind: 'summary' });

    // At the live choice Next decides: the reveal does not exist yet, so no preview at all, only words.
    const live = views.filter((v) => v.screen.kind === 'choice' && v.screen.live);
    expect(live.length).toBeGreaterThan(2);
    expect(live.map((v) => v.next)).toEqual(live.map(() => null));
    expect(live.map((v) => v.nextAction)).toContain('Next: reveal option 1');
    // The last screen: Next ends the session (asked twice), in words only.
    expect(last().next).toBeNull();
    expect(last().nextAction).toMatch(/last screen/);
  });

  it('a decision taken by the facilitator: still no preview of its reveal until Next', async () => {
    const { group, last } = await session();
    await group.init({ play: 'test-night' });
    group.dispatch({ type: 'next' });
    group.dispatch({ type: 'take', option: 2 });
    expect(last().screen).toMatchObject({ kind: 'choice', live: true });
    expect(last().next).toBeNull();
    expect(last().nextAction).toBe('Next: reveal option 3');
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
