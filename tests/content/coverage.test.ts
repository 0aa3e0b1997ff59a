/**
 * The teaching checks themselves: the walker finds decision points, what they cover, options without
 * feedback and the fewest decisions on a path; "open is better" and the matrix count what they should.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/story-tools/stories.ts';
import {
  coverageReport,
  isDefensible,
  isDilemma,
  longestIsBest,
  openIsBetter,
  shortestIsBest,
  COVERAGE_ITEMS,
  MAX_LONGEST_BEST_SHARE,
  MIN_COVERAGE,
  MIN_DILEMMA_SHARE,
  MIN_OPEN_SHARE,
} from '../../src/core/teaching/coverage.ts';
import { SHIPPED_SCENARIOS, storiesCoverage } from '../../src/story-tools/coverage-report.ts';
import { findStories } from '../../src/story-tools/stories.ts';
import { warmWalkCache } from '../../src/story-tools/walk-warm.ts';

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
      { text: 'Share the research', score: 2, open: true, cautious: false, impacts: ['upheld', 'upheld'] },
      { text: 'Keep quiet', score: 1, open: false, cautious: true, impacts: ['upheld'] },
    ]);
    expect(isDilemma(first!.choices)).toBe(true);
    expect(isDilemma(second!.choices)).toBe(false);
    expect(openIsBetter(first!.choices)).toBe(true);
    expect(openIsBetter(second!.choices)).toBe(false);
  });
});

/** A choice's facts: its score, and whether it is the open or the cautious option. */
const c = (score: number, open = false, cautious = false) => ({ text: '', score, open, cautious });

/** A decision point in `scenario` covering `covers`, scoring `standards`; `open`: the open option scores best. */
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

describe('openIsBetter', () => {
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

/** A choice with this text, score and impacts. */
const t = (text: string, score: number, impacts: ('upheld' | 'risk' | 'breach')[] = []) => ({ text, score, open: false, cautious: false, impacts });

describe('how the decisions read', () => {
  it.each([
    ['the single longest option scores best', [t('Decline, and explain at the next visit', 3), t('Accept', -2)], true],
    ['the longest option is not the best', [t('Accept it: it would feel rude not to', -2), t('Decline', 3)], false],
    ['a tie for longest gives nothing away', [t('Refuse it', 3), t('Accept it', -2), t('Ignore it', 1)], false],
    ['one option is no decision', [t('Go on', 0)], false],
  ])('longest is best: %s', (_name, choices, expected) => {
    expect(longestIsBest(choices)).toBe(expected);
  });

  it('shortest is best is the mirror image', () => {
    expect(shortestIsBest([t('Decline', 3), t('Accept it: it would feel rude not to', -2)])).toBe(true);
    expect(shortestIsBest([t('Accept', -2), t('Decline, and explain at the next visit', 3)])).toBe(false);
  });

  it.each([
    ['upheld only', ['upheld'], true],
    ['mixed: upheld and at risk', ['upheld', 'risk'], true],
    ['at risk only', ['risk'], false],
    ['anything breached', ['upheld', 'upheld', 'breach'], false],
    ['no scores at all', [], false],
  ] as const)('an option is defensible when upheld or mixed, never breached: %s', (_name, impacts, expected) => {
    expect(isDefensible(t('x', 0, [...impacts]))).toBe(expected);
  });

  it('a dilemma has two or more defensible options', () => {
    expect(isDilemma([t('a', 2, ['upheld', 'upheld']), t('b', 0, ['upheld', 'risk']), t('c', -3, ['breach'])])).toBe(true);
    expect(isDilemma([t('a', 2, ['upheld', 'upheld']), t('b', -1, ['risk']), t('c', -3, ['breach'])])).toBe(false);
  });

  it('counts both per scenario and overall', () => {
    const p = (scenario: string, choices: ReturnType<typeof t>[]) => ({
      scenario,
      id: scenario + choices.length,
      line: 1,
      covers: [],
      standards: [1],
      choices,
    });
    const report = coverageReport(
      [
        p('s1', [t('Decline, and explain at the next visit', 3, ['upheld']), t('Accept', -1, ['risk'])]),
        p('s1', [t('Decline', 1, ['upheld']), t('Ignore it', 1, ['upheld']), t('Accept it straight away', -3, ['breach'])]),
        p('s2', [t('Report it', 2, ['upheld']), t('Say nothing at all about it', -1, ['risk'])]),
      ],
      ['s1', 's2'],
    );
    expect(report.longestBest).toBe(1);
    expect(report.shortestBest).toBe(2);
    expect(report.dilemmas).toBe(1);
    expect(report.readingByScenario.get('s1')).toEqual({ points: 2, longestBest: 1, shortestBest: 1, dilemmas: 1 });
    expect(report.readingByScenario.get('s2')).toEqual({ points: 1, longestBest: 0, shortestBest: 1, dilemmas: 0 });
  });
});

// Walks come from the shared walk cache; any not cached yet are walked first, side by side (and a story
// another test file is walking right now is waited for, not walked twice).
const storiesDir = path.resolve(import.meta.dirname, '../../stories');
await warmWalkCache(findStories(storiesDir));

describe('the shipped scenarios read as real decisions', () => {
  const { report, text } = storiesCoverage(storiesDir, undefined, SHIPPED_SCENARIOS);
  const share = (n: number) => n / report.decisionPoints;

  it('all of them are walked', () => {
    expect(report.scenarios.length).toBe(SHIPPED_SCENARIOS.length);
    expect(report.decisionPoints).toBeGreaterThan(0);
  });

  it(`every risk, practice point and standard is met by at least ${MIN_COVERAGE} decisions, and the open option is better in at least ${MIN_OPEN_SHARE * 100}%`, () => {
    for (const item of COVERAGE_ITEMS) expect(report.totals.get(item.slug), item.slug).toBeGreaterThanOrEqual(MIN_COVERAGE);
    expect(share(report.openBetter)).toBeGreaterThanOrEqual(MIN_OPEN_SHARE);
  });

  it(`the best option is the longest at no more than ${MAX_LONGEST_BEST_SHARE * 100}% of decision points (nor the shortest)`, () => {
    expect(share(report.longestBest), text).toBeLessThanOrEqual(MAX_LONGEST_BEST_SHARE);
    expect(share(report.shortestBest), text).toBeLessThanOrEqual(MAX_LONGEST_BEST_SHARE);
  });

  it(`more than one option is defensible at ${MIN_DILEMMA_SHARE * 100}% of decision points or more`, () => {
    expect(share(report.dilemmas), text).toBeGreaterThanOrEqual(MIN_DILEMMA_SHARE);
  });
});
