/**
 * What the room may see: no option's standards or verdicts in the view of a decision not yet revealed (only
 * in the presenter's notes), the road not taken with every line of its feedback, standards named in words in
 * the chosen framework, and the phone's forms described without solo play's "(below, before the choices)".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { GroupController, type GroupView } from '../../src/core/group/controller.ts';
import { GroupStore } from '../../src/core/group/state.ts';
import { MemoryStore } from '../../src/core/app/storage.ts';
import { describeCue } from '../../src/core/phone/describe-cue.ts';
import { namedStandardLabel } from '../../src/core/teaching/debrief.ts';
import type { FrameworkId } from '../../src/core/teaching/frameworks.ts';
import type { ScenarioMeta } from '../../src/core/story/session.ts';
import type { InkStoryLike } from '../../src/core/story/story-runner.ts';

const WHY = [
  'Kind, and Kai is warm tonight.',
  'But a service user’s family can now see your weekends, your friends and where you live, and they did not ask to be part of your private life.',
  'Accepting also blurs your role: the next difficult visit is harder when the family feels you are a friend.',
  'A polite decline, with the reason given in person, keeps the relationship professional and kind.',
];

const SOURCE = `#title: Leak night
#summary: A small story for the leak tests.
Sunday evening. Kai's mum sends you a friend request.
#discuss: What do you do?
* [Accept #hcpc: 3 breach #hcpc: 2 risk]
    You tap Accept.
${WHY.map((w) => `    ${w} #feedback`).join('\n')}
    -> fin
* [Decline and explain #hcpc: 3 upheld #hcpc: 13 upheld]
    You decline, and explain on Monday.
    Explaining keeps things honest. #feedback
    -> fin
* [Ignore it #hcpc: 1 risk]
    You put the phone down. #pictures
    Ignoring it leaves Kai's mum guessing. #feedback
    -> fin

=== fin ===
Monday.
#ending: no-concerns Boundaries kept
-> END
`;

let json: string;
let meta: ScenarioMeta;
beforeAll(() => {
  const compiled = compileInk('/virtual/stories/leak-night.ink', SOURCE);
  if (compiled.diagnostics.length > 0 || !compiled.json) throw new Error(`the test story does not compile: ${JSON.stringify(compiled.diagnostics)}`);
  json = compiled.json;
  meta = { id: 'leak-night', title: 'Leak night', summary: 'A small story.', minutes: 3, order: 1, contentNotes: [], fingerprint: compiled.fingerprint! };
});
const settle = () => new Promise((r) => setImmediate(r));

async function session(frameworkId?: FrameworkId) {
  const group = new GroupController({
    scenarios: [{ meta, load: async (): Promise<InkStoryLike> => new Story(json) }],
    store: new GroupStore(new MemoryStore()),
    clock: () => 1_000_000,
    describe: (cue) => describeCue(cue, 'group'),
    newId: () => 'session-leak-0001',
    ...(frameworkId ? { frameworkId } : {}),
  });
  const views: GroupView[] = [];
  group.events.on('group/view', (v) => views.push(v));
  await group.init({ play: 'leak-night' });
  return { group, views, last: () => views[views.length - 1]! };
}

/** Everything in a view except the presenter's notes (and the summary of decisions already revealed). */
const roomSide = (v: GroupView) => JSON.stringify({ ...v, notes: undefined, summary: v.summary?.decisions.length ? v.summary : null });
const VERDICTS = /upheld|"risk"|breach|"impacts"|"standard"|Standard \d|SWE \d/i;

describe('nothing leaks before the reveal', () => {
  it('no view of an unrevealed decision carries a standard or a verdict, except the presenter notes', async () => {
    const { group, views, last } = await session('swe-2019');
    group.dispatch({ type: 'next' }); // the choice: discuss
    group.dispatch({ type: 'vote', option: 0, delta: 3 }); // hands
    group.dispatch({ type: 'take', option: 2 }); // the facilitator's pick
    expect(last().screen).toMatchObject({ kind: 'choice', outcome: { state: 'override', index: 2 } });
    for (const v of views) expect(roomSide(v), v.screen.kind).not.toMatch(VERDICTS);
    // The presenter's notes hold them, named in the framework chosen in Settings.
    expect(last().notes?.options[0]!.map((i) => `${i.impact}: ${i.label}`)).toEqual([
      'breach: SWE 5 · safe, respectful practice; 5.2 · conduct outside work; 5.6 · technology and social media',
      'risk: SWE 2.6 · confidential information; 2.2 · privacy and dignity',
    ]);
    // After the reveal, the decided option's standards show.
    group.dispatch({ type: 'next' });
    expect(last().screen).toMatchObject({
      kind: 'reveal',
      impacts: [
        {
          standard: 1,
          impact: 'risk',
          label: 'SWE 1 · rights and wellbeing; 1.7 · power and authority; 2.3 · professional relationships; 2.7 · conflicts of interest',
        },
      ],
    });
    expect(last().notes).toBeNull();
  });
});

describe('the road not taken teaches in full', () => {
  it('carries every line of every alternative’s feedback, over pages of its own when needed', async () => {
    const { group, last } = await session();
    group.setBudget({ charsPerLine: 40, lines: 6 });
    group.dispatch({ type: 'next' });
    group.dispatch({ type: 'take', option: 2 });
    group.dispatch({ type: 'next' }); // reveal
    await settle();
    while (last().screen.kind === 'reveal') group.dispatch({ type: 'next' });
    const seen = new Map<string, { feedback: string[]; impacts: string[]; pages: number }>();
    for (let guard = 0; guard < 40 && last().screen.kind === 'road'; guard++) {
      const s = last().screen;
      if (s.kind !== 'road' || s.road.status !== 'ready') throw new Error(`the road is not ready: ${JSON.stringify(s)}`);
      const entry = seen.get(s.road.text) ?? { feedback: [], impacts: s.road.impacts.map((i) => `${i.impact} ${i.label}`), pages: s.pages };
      entry.feedback.push(...s.road.paras.filter((p) => p.kind === 'feedback').map((p) => p.text));
      seen.set(s.road.text, entry);
      group.dispatch({ type: 'next' });
    }
    const accept = seen.get('Accept')!;
    expect(accept.pages).toBeGreaterThan(1);
    expect(accept.feedback.join(' ')).toBe(WHY.join(' '));
    // Every page repeats the verdict per standard, named in words (the handout's framework by default).
    expect(accept.impacts).toEqual(['breach Standard 3 · personal conduct', 'risk Standard 2 · confidentiality']);
    expect(seen.get('Decline and explain')!.feedback).toEqual(['Explaining keeps things honest.']);
    expect(last().position.label).toMatch(/^Ending|^Decision/);
  });

  it('names the standards in words in each framework', () => {
    expect(namedStandardLabel('swe-2019', 2)).toBe('SWE 2.6 · confidential information; 2.2 · privacy and dignity');
    expect(namedStandardLabel('hcpc-2008', 13)).toBe('Standard 13 · honesty and integrity');
    expect(namedStandardLabel('hcpc-2024', 2)).toBe('HCPC (2024) 5 · confidentiality');
    expect(namedStandardLabel('swe-2019', 11)).toBe('HCPC (2008) standard 11 · infection risks');
  });
});

describe('solo play’s layout words stay off the projector', () => {
  it('describes an open form without "(below, before the choices)" in a group', () => {
    const cues = [{ type: 'pictures' }, { type: 'settings', platform: 'hearth' }, { type: 'composer', platform: 'hearth' }] as const;
    for (const cue of cues) {
      expect(describeCue(cue as never)).toMatch(/below, before the choices/);
      expect(describeCue(cue as never, 'group')).not.toMatch(/below|before the choices/);
    }
    expect(describeCue({ type: 'settings', platform: 'hearth' } as never, 'group')).toBe('Hearth privacy settings are open');
  });
});
