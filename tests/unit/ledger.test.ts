import { describe, expect, it } from 'vitest';
import {
  addFeedback,
  EMPTY_LEDGER,
  impactTotals,
  recordDecision,
  standardOutcomes,
  worst,
  type Decision,
  type Ledger,
} from '../../src/core/teaching/ledger.ts';
import { HCPC_2008, type Framework, type Impact } from '../../src/core/teaching/standards.ts';
import type { StandardImpact } from '../../src/core/story/tag-specs.ts';

const h = (standard: number, impact: Impact): StandardImpact => ({ framework: HCPC_2008.id, standard, impact });

function ledgerOf(...choices: { text: string; impacts: StandardImpact[]; discuss?: string }[]): Ledger {
  return choices.reduce<Ledger>((l, c) => recordDecision(l, { choiceText: c.text, impacts: c.impacts, discuss: c.discuss }), EMPTY_LEDGER);
}

/** Deep-freeze a value so any mutation throws (modules are strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('recordDecision', () => {
  it('numbers decisions from 0 and starts each with no feedback', () => {
    const l = ledgerOf({ text: 'Accept', impacts: [h(3, 'breach')], discuss: 'Why?' }, { text: 'Decline', impacts: [] });
    expect(l.decisions).toEqual<Decision[]>([
      { step: 0, choiceText: 'Accept', impacts: [h(3, 'breach')], discuss: 'Why?', feedback: [] },
      { step: 1, choiceText: 'Decline', impacts: [], discuss: undefined, feedback: [] },
    ]);
  });

  it('ignores step/feedback smuggled in through the input object', () => {
    const sneaky = { choiceText: 'A', impacts: [], discuss: undefined, step: 99, feedback: ['x'] } as unknown as Omit<Decision, 'step' | 'feedback'>;
    const l = recordDecision(EMPTY_LEDGER, sneaky);
    expect(l.decisions[0]).toMatchObject({ step: 0, feedback: [] });
  });
});

describe('addFeedback', () => {
  it('ignores feedback before any decision', () => {
    const l = addFeedback(EMPTY_LEDGER, 'Too early');
    expect(l.decisions).toEqual([]);
    expect(l).toBe(EMPTY_LEDGER);
  });

  it('attaches to the last decision only, in order, trimmed', () => {
    let l = ledgerOf({ text: 'A', impacts: [] }, { text: 'B', impacts: [] });
    l = addFeedback(l, '  First.  ');
    l = addFeedback(l, 'Second.');
    expect(l.decisions[0]!.feedback).toEqual([]);
    expect(l.decisions[1]!.feedback).toEqual(['First.', 'Second.']);
    l = recordDecision(l, { choiceText: 'C', impacts: [], discuss: undefined });
    l = addFeedback(l, 'Third.');
    expect(l.decisions.map((d) => d.feedback)).toEqual([[], ['First.', 'Second.'], ['Third.']]);
  });

  it.each(['', '   ', '\n\t'])('ignores blank feedback %j', (text) => {
    const l = ledgerOf({ text: 'A', impacts: [] });
    const after = addFeedback(l, text);
    expect(after).toBe(l);
    expect(after.decisions[0]!.feedback).toEqual([]);
  });
});

describe('worst', () => {
  it.each<[Impact, Impact, Impact]>([
    ['upheld', 'upheld', 'upheld'],
    ['upheld', 'risk', 'risk'],
    ['risk', 'upheld', 'risk'],
    ['risk', 'breach', 'breach'],
    ['breach', 'upheld', 'breach'],
    ['breach', 'risk', 'breach'],
  ])('worst(%s, %s) = %s', (a, b, expected) => {
    expect(worst(a, b)).toBe(expected);
  });
});

describe('standardOutcomes', () => {
  it('is empty for an empty ledger', () => {
    expect(standardOutcomes(EMPTY_LEDGER, HCPC_2008)).toEqual([]);
  });

  it('keeps the worst impact: a later good choice does not erase an earlier breach', () => {
    const l = ledgerOf({ text: 'A', impacts: [h(3, 'breach')] }, { text: 'B', impacts: [h(3, 'upheld')] }, { text: 'C', impacts: [h(3, 'risk')] });
    const [only, ...rest] = standardOutcomes(l, HCPC_2008);
    expect(rest).toEqual([]);
    expect(only!.standard.number).toBe(3);
    expect(only!.outcome).toBe('breach');
    expect(only!.counts).toEqual({ upheld: 1, risk: 1, breach: 1 });
    expect(only!.decisions.map((d) => [d.decision.choiceText, d.impact])).toEqual([
      ['A', 'breach'],
      ['B', 'upheld'],
      ['C', 'risk'],
    ]);
  });

  it('upgrades upheld → risk when risk comes later', () => {
    const l = ledgerOf({ text: 'A', impacts: [h(1, 'upheld')] }, { text: 'B', impacts: [h(1, 'risk')] }, { text: 'C', impacts: [h(1, 'upheld')] });
    expect(standardOutcomes(l, HCPC_2008).map((o) => [o.standard.number, o.outcome, o.counts])).toEqual([[1, 'risk', { upheld: 2, risk: 1, breach: 0 }]]);
  });

  it('orders by standard number, not by first appearance', () => {
    const l = ledgerOf({ text: 'A', impacts: [h(13, 'upheld'), h(2, 'risk')] }, { text: 'B', impacts: [h(9, 'breach'), h(1, 'upheld')] });
    expect(standardOutcomes(l, HCPC_2008).map((o) => o.standard.number)).toEqual([1, 2, 9, 13]);
  });

  it('counts repeats within one decision', () => {
    const l = ledgerOf({ text: 'A', impacts: [h(3, 'risk'), h(3, 'risk')] });
    const [o] = standardOutcomes(l, HCPC_2008);
    expect(o!.counts).toEqual({ upheld: 0, risk: 2, breach: 0 });
    expect(o!.decisions).toHaveLength(2);
  });

  it('links each outcome to the standard record of the framework', () => {
    const l = ledgerOf({ text: 'A', impacts: [h(2, 'breach')] });
    const [o] = standardOutcomes(l, HCPC_2008);
    expect(o!.standard).toBe(HCPC_2008.standards.find((s) => s.number === 2));
    expect(o!.standard.title).toMatch(/confidentiality/i);
  });

  it('ignores other frameworks and standards the framework does not have', () => {
    const l = ledgerOf({
      text: 'A',
      impacts: [{ framework: 'swe-2019', standard: 3, impact: 'breach' }, h(0, 'breach'), h(15, 'breach'), h(99, 'risk'), h(4, 'upheld')],
    });
    const outcomes = standardOutcomes(l, HCPC_2008);
    expect(outcomes.map((o) => [o.standard.number, o.outcome])).toEqual([[4, 'upheld']]);
  });

  it('scores against whichever framework it is given', () => {
    const other: Framework = {
      id: 'other',
      tagKey: 'other',
      name: 'Other',
      publisher: 'Nobody',
      edition: '1',
      standards: [{ number: 3, title: 'Three', short: 'three', highlighted: false, verified: false }],
    };
    const l = ledgerOf({ text: 'A', impacts: [h(3, 'upheld'), { framework: 'other', standard: 3, impact: 'breach' }] });
    expect(standardOutcomes(l, other).map((o) => [o.standard.title, o.outcome])).toEqual([['Three', 'breach']]);
    expect(standardOutcomes(l, HCPC_2008).map((o) => [o.standard.number, o.outcome])).toEqual([[3, 'upheld']]);
  });
});

describe('impactTotals', () => {
  it('is all zero for an empty ledger', () => {
    expect(impactTotals(EMPTY_LEDGER)).toEqual({ upheld: 0, risk: 0, breach: 0 });
  });

  it('counts every impact on every decision', () => {
    const l = ledgerOf(
      { text: 'A', impacts: [h(3, 'breach'), h(1, 'risk')] },
      { text: 'B', impacts: [] },
      { text: 'C', impacts: [h(3, 'upheld'), h(1, 'upheld'), h(13, 'upheld')] },
    );
    expect(impactTotals(l)).toEqual({ upheld: 3, risk: 1, breach: 1 });
  });
});

describe('immutability', () => {
  it('recordDecision and addFeedback return new ledgers and never touch their inputs', () => {
    const impacts = deepFreeze([h(3, 'breach')]);
    const l0 = deepFreeze(ledgerOf({ text: 'A', impacts: [h(1, 'upheld')] }));
    const snapshot = JSON.stringify(l0);

    const l1 = recordDecision(l0, deepFreeze({ choiceText: 'B', impacts, discuss: 'Why?' }));
    expect(l1).not.toBe(l0);
    expect(l1.decisions).toHaveLength(2);

    const l2 = addFeedback(l1, 'Because.');
    expect(l2).not.toBe(l1);
    expect(l2.decisions[1]).not.toBe(l1.decisions[1]);
    expect(l2.decisions[0]).toBe(l1.decisions[0]); // untouched decisions are shared, not copied
    expect(l1.decisions[1]!.feedback).toEqual([]);
    expect(l2.decisions[1]!.feedback).toEqual(['Because.']);

    expect(JSON.stringify(l0)).toBe(snapshot);
    expect(impacts).toEqual([h(3, 'breach')]);
  });

  it('standardOutcomes and impactTotals do not mutate the ledger, and outcomes are fresh each call', () => {
    const l = deepFreeze(ledgerOf({ text: 'A', impacts: [h(3, 'breach'), h(2, 'risk')] }, { text: 'B', impacts: [h(3, 'upheld')] }));
    const before = JSON.stringify(l);
    const first = standardOutcomes(l, HCPC_2008);
    impactTotals(l);
    first[1]!.counts.breach = 100;
    const second = standardOutcomes(l, HCPC_2008);
    expect(second[1]!.counts.breach).toBe(1);
    expect(second.find((o) => o.standard.number === 3)!.counts).toEqual({ upheld: 1, risk: 0, breach: 1 });
    expect(JSON.stringify(l)).toBe(before);
    expect(HCPC_2008.standards.every((s) => Object.keys(s).toSorted().join() === 'highlighted,number,short,title,verified')).toBe(true);
  });
});
