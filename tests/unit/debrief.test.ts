import { describe, expect, it } from 'vitest';
import { buildDebrief, IMPACT_LABELS } from '../../src/core/teaching/debrief.ts';
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
