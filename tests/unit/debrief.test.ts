import { describe, expect, it } from 'vitest';
import { buildDebrief, findRegion, IMPACT_LABELS, standardName, standardNameLine } from '../../src/core/teaching/debrief.ts';
import { learningRecordHtml } from '../../src/core/teaching/learning-record.ts';
import { addFeedback, EMPTY_LEDGER, recordDecision, type Ledger } from '../../src/core/teaching/ledger.ts';
import { ENDING_LEVEL_LABELS, ENDING_LEVELS, HCPC_2008, type EndingLevel, type Impact } from '../../src/core/teaching/standards.ts';
import type { EndingValue, StandardImpact } from '../../src/core/story/tag-specs.ts';
import { ENDING_IN_REAL_LIFE } from '../../src/content/teaching.ts';

const h = (standard: number, impact: Impact): StandardImpact => ({ framework: HCPC_2008.id, standard, impact });

function ledgerOf(...impactsPerDecision: StandardImpact[][]): Ledger {
  return impactsPerDecision.reduce<Ledger>((l, impacts, i) => recordDecision(l, { choiceText: `choice ${i + 1}`, impacts, discuss: undefined }), EMPTY_LEDGER);
}

const debrief = (ledger: Ledger, ending?: EndingValue) => buildDebrief({ scenarioTitle: 'A quiet Sunday', ledger, ending });

describe('buildDebrief', () => {
  it.each<[EndingLevel, number, string]>([
    ['no-concerns', 1, 'No concerns'],
    ['advice', 2, 'Advice'],
    ['investigation', 3, 'Investigation'],
    ['referral', 4, 'Referral to the regulator'],
    ['sanction', 5, 'Sanction'],
  ])('labels and ranks the %s ending (%i of 5)', (level, rank, label) => {
    const d = debrief(EMPTY_LEDGER, { level, title: 'The title' });
    expect(d.ending).toEqual({
      level,
      title: 'The title',
      label,
      meaning: ENDING_LEVEL_LABELS[level].meaning,
      realLife: ENDING_IN_REAL_LIFE[level],
      rank,
      of: 5,
    });
    expect(d.ending!.meaning.length).toBeGreaterThan(20);
  });

  it('the ladder runs from best to worst', () => {
    expect([...ENDING_LEVELS]).toEqual(['no-concerns', 'advice', 'investigation', 'referral', 'sanction']);
  });

  it('has no ending when the story gave none', () => {
    expect(debrief(EMPTY_LEDGER).ending).toBeUndefined();
  });

  it('carries the title and the framework description', () => {
    const d = debrief(EMPTY_LEDGER);
    expect(d.scenarioTitle).toBe('A quiet Sunday');
    expect(d.framework).toMatchObject({ id: 'hcpc-2008', name: HCPC_2008.name, publisher: HCPC_2008.publisher, edition: HCPC_2008.edition });
  });

  it("the handout's highlighted standards are 1, 2, 3 and 13", () => {
    expect(HCPC_2008.standards.filter((s) => s.highlighted).map((s) => s.number)).toEqual([1, 2, 3, 13]);
    expect(HCPC_2008.standards.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it.each<[string, StandardImpact[][], number[]]>([
    ['nothing touched', [], [1, 2, 3, 13]],
    ['only non-highlighted standards touched', [[h(10, 'breach'), h(7, 'upheld')]], [1, 2, 3, 13]],
    ['1 and 13 touched', [[h(1, 'upheld')], [h(13, 'risk')]], [2, 3]],
    ['a breach still counts as touched', [[h(2, 'breach'), h(3, 'upheld')]], [1, 13]],
    ['all four touched', [[h(13, 'upheld'), h(3, 'risk'), h(2, 'breach'), h(1, 'upheld')]], []],
    ['another framework does not touch HCPC standards', [[{ framework: 'swe-2019', standard: 2, impact: 'upheld' }]], [1, 2, 3, 13]],
  ])('untouchedHighlighted: %s', (_name, decisions, expected) => {
    const d = debrief(ledgerOf(...decisions));
    expect(d.untouchedHighlighted.map((s) => s.number)).toEqual(expected);
    expect(d.untouchedHighlighted.every((s) => HCPC_2008.standards.find((st) => st.number === s.number)?.highlighted)).toBe(true);
  });

  it('lists touched standards in order with their worst outcome, and the totals', () => {
    const ledger = ledgerOf([h(3, 'breach'), h(1, 'risk')], [h(3, 'upheld')], [h(13, 'upheld'), h(1, 'upheld')]);
    const d = debrief(ledger, { level: 'investigation', title: 'Looked into' });
    expect(d.standards.map((s) => [s.number, s.outcome, IMPACT_LABELS[s.outcome]])).toEqual([
      [1, 'risk', 'At risk'],
      [3, 'breach', 'Breached'],
      [13, 'upheld', 'Upheld'],
    ]);
    expect(d.totals).toEqual({ upheld: 3, risk: 1, breach: 1 });
    expect(d.untouchedHighlighted.map((s) => s.number)).toEqual([2]);
  });

  it('totals are zero for an empty ledger', () => {
    expect(debrief(EMPTY_LEDGER).totals).toEqual({ upheld: 0, risk: 0, breach: 0 });
    expect(debrief(EMPTY_LEDGER).standards).toEqual([]);
  });

  it('passes the decisions through, with their feedback', () => {
    const ledger = addFeedback(ledgerOf([h(3, 'breach')]), 'Dana can now see your weekends.');
    const d = debrief(ledger);
    expect(d.decisions).toBe(ledger.decisions);
    expect(d.decisions[0]!.feedback).toEqual(['Dana can now see your weekends.']);
  });

  it('labels every impact', () => {
    expect(IMPACT_LABELS).toEqual({ upheld: 'Upheld', risk: 'At risk', breach: 'Breached' });
  });
});

const offered = (...options: [string, StandardImpact[]][]) => ({ choices: options.map(([text, impacts]) => ({ text, impacts })) });
const nameIn = (region: Parameters<typeof findRegion>[0], n: number) => standardNameLine(standardName(n, 'hcpc-2008', findRegion(region)));

describe('the first screen and the record', () => {
  const ledger = [recordDecision(EMPTY_LEDGER, { choiceText: 'Accept', impacts: [h(1, 'breach')], discuss: undefined })].map((l) =>
    addFeedback(l, 'A friendship blurs the boundary. Say no kindly.'),
  )[0]!;
  const two = recordDecision(ledger, { choiceText: 'Explain in person', impacts: [h(1, 'upheld'), h(7, 'upheld')], discuss: undefined });
  const three = recordDecision(two, { choiceText: 'Ignore it', impacts: [h(3, 'risk')], discuss: undefined });
  const four = recordDecision(three, { choiceText: 'Continue', impacts: [], discuss: undefined });
  const options = [
    offered(['Accept', [h(1, 'breach')]], ['Explain in person', [h(1, 'upheld')]], ['Ignore', [h(1, 'risk')]]),
    offered(['Explain in person', [h(1, 'upheld'), h(7, 'upheld')]], ['Message', [h(7, 'risk')]]),
    offered(['Ignore it', [h(3, 'risk')]], ['Tell your manager', [h(3, 'upheld')]]),
    offered(['Continue', []]),
  ];

  it('picks the decisions that mattered most, worst first, shown in order, with the better move', () => {
    const d = buildDebrief({ scenarioTitle: 'T', ledger: four, ending: undefined, offered: options });
    expect(d.keyDecisions.map((k) => k.choiceText)).toEqual(['Accept', 'Explain in person', 'Ignore it']);
    expect(d.keyDecisions[0]!.whatItDid).toBe('A friendship blurs the boundary.');
    expect(d.keyDecisions[0]!.better?.text).toBe('Explain in person');
    expect(d.keyDecisions[1]!.better).toBeUndefined();
    expect(d.keyDecisions[2]!.better?.text).toBe('Tell your manager');
    expect(buildDebrief({ scenarioTitle: 'T', ledger: four, ending: undefined, offered: options }).keyDecisions.length).toBeLessThanOrEqual(3);
  });

  it('names each standard in the learner’s regulator’s code beside HCPC', () => {
    expect(nameIn('england', 2)).toBe('SWE 2.6 · confidential information; 2.2 · privacy and dignity (HCPC 2)');
    expect(nameIn('student', 2)).toBe('SWE 2.6 · confidential information; 2.2 · privacy and dignity (HCPC 2)');
    expect(nameIn('scotland', 3)).toMatch(/^SSSC Code 5\.8 · .+ \(HCPC 3\)$/);
    expect(nameIn('scotland', 2)).toMatch(/^SSSC Codes of Practice \(HCPC 2 · .+\)$/);
    expect(nameIn('wales', 1)).toMatch(/^Social Care Wales Code of Professional Practice \(HCPC 1 · .+\)$/);
    expect(nameIn('northern-ireland', 13)).toMatch(/^NISCC Standards of Conduct and Practice \(HCPC 13 · .+\)$/);
    expect(nameIn('unset', 2)).toMatch(/^HCPC 2 · /);
    const d = buildDebrief({ scenarioTitle: 'T', ledger: four, ending: undefined, region: 'scotland' });
    expect(d.region?.regulator).toBe('SSSC');
    expect(d.touched.map((t) => t.name.number)).toEqual([1, 3, 7]);
  });

  it('each good-practice point once across the standards', () => {
    const d = buildDebrief({ scenarioTitle: 'T', ledger: four, ending: undefined });
    const slugs = d.practice.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBeGreaterThan(0);
  });

  it('the record is an HTML document with the activity, the learning, the reflection and the plan, every text inert', () => {
    const d = buildDebrief({ scenarioTitle: 'T <b>', ledger: four, ending: { level: 'advice', title: 'A word' }, offered: options, region: 'wales' });
    const html = learningRecordHtml(d, { date: '2026-12-02', notes: { [d.reflections[0]!]: '<img src=x onerror=alert(1)>\nline two' }, minutes: 12 });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;\nline two');
    expect(html).toContain('T &lt;b&gt;');
    for (const heading of ['The activity', 'What I learned', 'What I will do differently', 'Peer reflection']) expect(html).toContain(heading);
    expect(html).toContain('Social Care Wales');
    expect(html).toMatch(/about 12 minutes/);
    expect(html).not.toMatch(/the handout|this project|not checked|our summary/i);
  });
});
