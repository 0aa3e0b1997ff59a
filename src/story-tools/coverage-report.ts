/**
 * The teaching coverage of the shipped scenarios: which of the handout's risks, good-practice points and
 * standards each decision point exercises, and how many decisions reward the open, engaged option.
 * Shared by `npm run coverage` and the content tests.
 */
import path from 'node:path';
import { coverageReport, formatCoverage, type CoverageReport, type DecisionPointFacts } from '../core/teaching/coverage.ts';
import { checkStory, findStories, scenarioId, type StoryCheck } from './stories.ts';

/**
 * The shipped scenarios, by id: the teaching brief (tests/content/stories.test.ts) and the coverage
 * minimums hold for these. A trainer's new story in stories/ only has to pass the checker.
 */
export const SHIPPED_SCENARIOS = [
  'the-request',
  'lock-it-down',
  'think-before-you-post',
  'the-page',
  'connected-practice',
  'the-group-chat',
  'looking-them-up',
] as const;

export interface StoriesCoverage {
  checks: StoryCheck[];
  points: DecisionPointFacts[];
  report: CoverageReport;
  /** The matrix and balance as text, with the walk counts. */
  text: string;
}

/** The coverage of the stories in `dir` (only those with the ids in `only`, when given). */
export function storiesCoverage(
  dir: string,
  check: (file: string) => StoryCheck = (f) => checkStory(f, { cache: true }),
  only?: readonly string[],
): StoriesCoverage {
  const files = findStories(dir)
    .filter((f) => !only || only.includes(scenarioId(f)))
    .toSorted((a, b) => order(check(a)) - order(check(b)) || a.localeCompare(b));
  const checks = files.map(check);
  const ids = files.map(scenarioId);
  // The walk leaves each point's `scenario` empty for its caller to fill: filled in place, with the story's own id.
  const points = checks.flatMap((c, i) => (c.walk?.decisionPoints ?? []).map((p) => Object.assign(p, { scenario: ids[i]! })));
  const report = coverageReport(points, ids);
  const short = Object.fromEntries(ids.map((id, i) => [id, `S${i + 1}`]));
  const legend = checks.map((c, i) => `  S${i + 1} = ${c.meta?.title ?? ids[i]} (${path.basename(c.file)})`).join('\n');
  const walks = checks
    .map((c) => {
      const w = c.walk;
      if (!w) return `  ${path.basename(c.file)}: not walked (it does not compile)`;
      return `  ${path.basename(c.file)}: ${w.states} choice points, ${w.choices} choices taken, ${w.paths} complete play-throughs, ${w.decisionPoints.length} decision points, ${w.endings.length} endings (${[...new Set(w.endings.map((e) => e.level))].join(', ')})`;
    })
    .join('\n');
  const text = `Scenarios:\n${legend}\n\nCoverage (decision points exercising each item; every item needs at least 2):\n\n${formatCoverage(report, short)}\n\nExhaustive walk:\n${walks}`;
  return { checks, points, report, text };
}

function order(check: StoryCheck): number {
  return check.meta?.order ?? Number.MAX_SAFE_INTEGER;
}
