/** The presenter reads the projector's view from a window message: every view the controller makes passes the guard; broken ones do not. */
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { GroupController, type GroupView } from '../../src/core/group/controller.ts';
import { GroupStore } from '../../src/core/group/state.ts';
import { isGroupView } from '../../src/core/group/view-guard.ts';
import { MemoryStore } from '../../src/core/app/storage.ts';
import type { ScenarioMeta } from '../../src/core/story/session.ts';
import type { InkStoryLike } from '../../src/core/story/story-runner.ts';

const SOURCE = `#title: Guard night
Sunday evening.
#discuss: What now?
* [Accept #hcpc: 3 breach]
    You tap Accept. #feedback
    -> fin
* [Ignore it #hcpc: 3 upheld]
    You put the phone down.
    -> fin

=== fin ===
Done.
#ending: no-concerns Boundaries kept
-> END
`;

describe('isGroupView', () => {
  it('accepts every view a session produces, after the structured clone postMessage makes', async () => {
    const compiled = compileInk('/virtual/stories/guard-night.ink', SOURCE);
    expect(compiled.diagnostics).toEqual([]);
    const json = compiled.json!;
    const meta: ScenarioMeta = {
      id: 'guard-night',
      title: 'Guard night',
      summary: 'A tiny story.',
      minutes: 1,
      order: 1,
      contentNotes: [],
      fingerprint: compiled.fingerprint!,
    };
    const group = new GroupController({
      scenarios: [{ meta, load: async (): Promise<InkStoryLike> => new Story(json) }],
      store: new GroupStore(new MemoryStore()),
      clock: () => 1_000_000,
      describe: () => undefined,
      newId: () => 'session-00000001',
    });
    const views: GroupView[] = [];
    group.events.on('group/view', (v) => views.push(structuredClone(v)));
    await group.init({ play: 'guard-night' });
    group.dispatch({ type: 'next' });
    group.dispatch({ type: 'vote', option: 1, delta: 3 });
    for (let i = 0; i < 8; i++) group.dispatch({ type: 'next' });
    group.dispatch({ type: 'menu' });
    const kinds = new Set(views.map((v) => v.screen.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['passage', 'choice', 'reveal', 'end', 'menu']));
    for (const v of views) expect(isGroupView(v)).toBe(true);
    // The presenter's Next preview comes through too, a screen or none.
    expect(views.some((v) => v.next !== null)).toBe(true);
    expect(views.some((v) => v.next === null)).toBe(true);

    const good = views.find((v) => v.current !== null)!;
    const broken: unknown[] = [
      null,
      'view',
      { ...good, screen: { kind: 'nonsense' } },
      { ...good, settings: undefined },
      { ...good, settings: { roadNotTaken: true, singleKeys: 'yes' } },
      { ...good, timer: { durationMs: 1 } },
      { ...good, position: { index: 0 } },
      { ...good, current: { ...good.current, votes: ['1'] } },
      { ...good, forms: { step: 0 } },
      { ...good, blackout: 'no' },
      { ...good, next: undefined },
      { ...good, next: { kind: 'nonsense' } },
      { ...good, next: 'passage' },
    ];
    for (const b of broken) expect(isGroupView(b)).toBe(false);
  });
});
