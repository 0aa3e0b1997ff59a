/**
 * The teaching checks themselves: the walker finds decision points, what they cover, options without
 * feedback and the fewest decisions on a path; "open is better" and the matrix count what they should.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/story-tools/stories.ts';
import { coverageReport, openIsBetter, COVERAGE_ITEMS } from '../../src/core/teaching/coverage.ts';

const SOURCE = `#title: Tiny
#summary: Two decisions.

Start.
#covers: fear, think-first
#discuss: Share it?
+ [Share the research #open #hcpc: 1 upheld #hcpc: 13 upheld]
    Colleagues learn from it. #feedback
    -> second
+ [Keep quiet #cautious #hcpc: 13 upheld]
    Nobody learns anything. #feedback
    -> second

=== second ===
+ [Go on]
    -> third

=== third ===
A request arrives.
#discuss: Accept?
+ [Accept #hcpc: 3 breach]
    -> done
+ [Decline #hcpc: 3 upheld]
    Boundaries kept. #feedback
    -> done

=== done ===
The end. #ending: advice Done
-> END
`;

describe('the walker’s teaching facts', () => {
  const walk = checkStory(path.join(import.meta.dirname, 'tiny.ink'), { source: SOURCE }).walk!;

  it('finds the decision points (2+ options, one scored), not the single "Go on"', () => {
    expect(walk.decisionPoints.map((p) => p.covers)).toEqual([['fear', 'think-first'], []]);
    expect(walk.decisionPoints.map((p) => p.standards)).toEqual([[1, 13], [3]]);
    expect(walk.fewestDecisions).toBe(2);
  });

  it('reports an option with no #feedback before the next choice point', () => {
    expect(walk.missingFeedback).toEqual([{ line: expect.any(Number), choice: 'Accept' }]);
  });

  it('scores options and spots "open is better" only where the open option beats a cautious one', () => {
    const [first, second] = walk.decisionPoints;
    expect(first!.choices).toEqual([
      { text: 'Share the research', score: 2, open: true, cautious: false },
      { text: 'Keep quiet', score: 1, open: false, cautious: true },
    ]);
    expect(openIsBetter(first!.choices)).toBe(true);
    expect(openIsBetter(second!.choices)).toBe(false);
  });
});

describe('openIsBetter', () => {
  const c = (score: number, open = false, cautious = false) => ({ text: '', score, open, cautious });
  it.each([
    ['open beats a cautious option', [c(2, true), c(1, false, true)], true],
    ['a tie is not better', [c(1, true), c(1, false, true)], false],
    ['no cautious option to beat', [c(2, true), c(-1)], false],
    ['another option scores higher', [c(2, true), c(3), c(0, false, true)], false],
    ['no open option', [c(2), c(0, false, true)], false],
  ])('%s', (_name, choices, expected) => {
    expect(openIsBetter(choices)).toBe(expected);
  });
});

describe('coverageReport', () => {
  it('counts decision points per item and scenario, and lists items below the minimum', () => {
    const point = (scenario: string, covers: string[], standards: number[], open: boolean) => ({
      scenario,
      id: `${scenario}.${covers.join()}`,
      line: 1,
      covers,
      standards,
      choices: open
        ? [
            { text: 'a', score: 2, open: true, cautious: false },
            { text: 'b', score: 0, open: false, cautious: true },
          ]
        : [],
    });
    const report = coverageReport([point('s1', ['fear'], [1], true), point('s2', ['fear', 'contact'], [1, 2], false)], ['s1', 's2']);
    expect(report.cells.get('fear')).toEqual(
      new Map([
        ['s1', 1],
        ['s2', 1],
      ]),
    );
    expect(report.totals.get('standard-1')).toBe(2);
    expect(report.totals.get('contact')).toBe(1);
    expect(report.openBetter).toBe(1);
    expect(report.decisionPoints).toBe(2);
    const short = report.short.map((i) => i.slug);
    expect(short).toContain('contact');
    expect(short).not.toContain('fear');
    expect(short).not.toContain('standard-1');
    expect(short).toContain('standard-2');
    expect(short.length).toBe(COVERAGE_ITEMS.length - 2);
  });
});
