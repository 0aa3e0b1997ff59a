/**
 * Checks the stories against what the game must teach: the coverage matrix (each of the handout's risks,
 * practice points and cited standards × scenario) and the judgement balance (how often the open, engaged
 * option is the better one). The items themselves are data in src/content/handout.ts.
 */
import { HANDOUT_STANDARDS, PRACTICES, RISKS, type CoverageItem } from '../../content/handout.ts';

export { HANDOUT_STANDARDS, PRACTICES, RISKS } from '../../content/handout.ts';
export type { CoverageItem, CoverageKind, CoversSlug } from '../../content/handout.ts';

export const COVERAGE_ITEMS: readonly CoverageItem[] = [...RISKS, ...PRACTICES, ...HANDOUT_STANDARDS];

/** The slugs `#covers` accepts. */
export const COVERS_SLUGS: readonly string[] = [...RISKS, ...PRACTICES].map((i) => i.slug);

export function findCoverageItem(slug: string): CoverageItem | undefined {
  return COVERAGE_ITEMS.find((i) => i.slug === slug);
}

/** Each item must be exercised by at least this many decision points across the scenarios. */
export const MIN_COVERAGE = 2;
/** At least this share of decision points must be ones where the open, engaged option is the better one. */
export const MIN_OPEN_SHARE = 0.3;

/** How a choice scores, for comparing options at one decision point: upheld +1, at risk −1, breached −3. */
export function choiceScore(impacts: readonly { impact: 'upheld' | 'risk' | 'breach' }[]): number {
  let score = 0;
  for (const { impact } of impacts) score += impact === 'upheld' ? 1 : impact === 'risk' ? -1 : -3;
  return score;
}

export interface DecisionChoiceFacts {
  text: string;
  score: number;
  open: boolean;
  cautious: boolean;
  /** The impacts its `#hcpc` tags record, in order (for "defensible"); absent in hand-made facts. */
  impacts?: readonly ('upheld' | 'risk' | 'breach')[];
}

/** Overall targets for how the decisions read (see `longestIsBest` and `isDilemma`). */
export const MAX_LONGEST_BEST_SHARE = 0.35;
export const MIN_DILEMMA_SHARE = 0.5;

/**
 * The best option gives itself away by its length: the single longest option (by characters; a tie for
 * longest does not count) is one of the top-scoring options.
 */
export function longestIsBest(choices: readonly DecisionChoiceFacts[]): boolean {
  return extremeIsBest(choices, Math.max);
}

/** The mirror image, also a give-away once cutting the best options short becomes a habit: the single shortest option is a top-scoring one. */
export function shortestIsBest(choices: readonly DecisionChoiceFacts[]): boolean {
  return extremeIsBest(choices, Math.min);
}

function extremeIsBest(choices: readonly DecisionChoiceFacts[], pick: (...n: number[]) => number): boolean {
  if (choices.length < 2) return false;
  const lengths = choices.map((c) => c.text.trim().length);
  const extreme = pick(...lengths);
  if (lengths.filter((l) => l === extreme).length > 1) return false;
  const top = Math.max(...choices.map((c) => c.score));
  return choices[lengths.indexOf(extreme)]!.score === top;
}

/**
 * An option is defensible when what it does to the standards is upheld or mixed: at least one standard
 * upheld and none breached (at risk alongside upheld is "mixed"). An option with no scores, or only "at
 * risk", is not.
 */
export function isDefensible(choice: DecisionChoiceFacts): boolean {
  const impacts = choice.impacts ?? [];
  return impacts.includes('upheld') && !impacts.includes('breach');
}

/** A real dilemma: more than one option at the decision point is defensible. */
export function isDilemma(choices: readonly DecisionChoiceFacts[]): boolean {
  return choices.filter(isDefensible).length >= 2;
}

/**
 * A decision point is "open is better" when the option marked `#open` scores higher than every other
 * option, and an option marked `#cautious` (over-caution, withdrawal) is among those it beats: so
 * over-caution visibly costs something.
 */
export function openIsBetter(choices: readonly DecisionChoiceFacts[]): boolean {
  const open = choices.filter((c) => c.open);
  if (open.length === 0) return false;
  const best = Math.max(...open.map((c) => c.score));
  const others = choices.filter((c) => !c.open);
  if (others.length === 0) return false;
  return others.every((c) => c.score < best) && others.some((c) => c.cautious);
}

export interface DecisionPointFacts {
  scenario: string;
  /** Where it is in the story (ink path of its choices), unique within the scenario. */
  id: string;
  line: number | undefined;
  covers: string[];
  /** Handout standards scored by any of its options. */
  standards: number[];
  choices: DecisionChoiceFacts[];
}

export interface CoverageReport {
  scenarios: string[];
  /** item slug → scenario → decision points exercising it. */
  cells: Map<string, Map<string, number>>;
  totals: Map<string, number>;
  decisionPoints: number;
  openBetter: number;
  openBetterByScenario: Map<string, { points: number; open: number }>;
  /** Decision points where the best option is also the longest (see `longestIsBest`). */
  longestBest: number;
  /** Decision points where the best option is the shortest (see `shortestIsBest`). */
  shortestBest: number;
  /** Decision points with more than one defensible option (see `isDilemma`). */
  dilemmas: number;
  /** The same counts per scenario. */
  readingByScenario: Map<string, { points: number; longestBest: number; shortestBest: number; dilemmas: number }>;
  /** Items below MIN_COVERAGE. */
  short: CoverageItem[];
}

export function coverageReport(points: readonly DecisionPointFacts[], scenarios: readonly string[]): CoverageReport {
  const cells = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const item of COVERAGE_ITEMS) {
    cells.set(item.slug, new Map(scenarios.map((s) => [s, 0])));
    totals.set(item.slug, 0);
  }
  const byScenario = new Map(scenarios.map((s) => [s, { points: 0, open: 0 }]));
  const reading = new Map(scenarios.map((s) => [s, { points: 0, longestBest: 0, shortestBest: 0, dilemmas: 0 }]));
  let openBetter = 0;
  let longestBest = 0;
  let shortestBest = 0;
  let dilemmas = 0;
  for (const p of points) {
    const slugs = new Set([...p.covers, ...p.standards.map((n) => `standard-${n}`)]);
    for (const slug of slugs) {
      const row = cells.get(slug);
      if (!row) continue;
      row.set(p.scenario, (row.get(p.scenario) ?? 0) + 1);
      totals.set(slug, (totals.get(slug) ?? 0) + 1);
    }
    const tally = byScenario.get(p.scenario) ?? { points: 0, open: 0 };
    tally.points++;
    if (openIsBetter(p.choices)) {
      tally.open++;
      openBetter++;
    }
    byScenario.set(p.scenario, tally);
    const read = reading.get(p.scenario) ?? { points: 0, longestBest: 0, shortestBest: 0, dilemmas: 0 };
    read.points++;
    if (longestIsBest(p.choices)) {
      read.longestBest++;
      longestBest++;
    }
    if (shortestIsBest(p.choices)) {
      read.shortestBest++;
      shortestBest++;
    }
    if (isDilemma(p.choices)) {
      read.dilemmas++;
      dilemmas++;
    }
    reading.set(p.scenario, read);
  }
  return {
    scenarios: [...scenarios],
    cells,
    totals,
    decisionPoints: points.length,
    openBetter,
    openBetterByScenario: byScenario,
    longestBest,
    shortestBest,
    dilemmas,
    readingByScenario: reading,
    short: COVERAGE_ITEMS.filter((i) => (totals.get(i.slug) ?? 0) < MIN_COVERAGE),
  };
}

/** The matrix as a plain-text table (item × scenario, with totals) and the judgement balance. */
const itemLabel = (i: CoverageItem): string => `${i.kind === 'risk' ? 'Risk' : i.kind === 'practice' ? 'Practice' : 'HCPC'} ${i.number}: ${i.slug}`;
const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - s.length));
const lpad = (s: string, w: number): string => ' '.repeat(Math.max(0, w - s.length)) + s;

export function formatCoverage(report: CoverageReport, shortNames: Record<string, string> = {}): string {
  const cols = report.scenarios.map((s) => shortNames[s] ?? s);
  const label = itemLabel;
  const first = Math.max(24, ...COVERAGE_ITEMS.map((i) => label(i).length));
  const widths = cols.map((c) => Math.max(c.length, 3));
  const lines: string[] = [];
  lines.push(`${pad('Item', first)} | ${cols.map((c, i) => pad(c, widths[i]!)).join(' | ')} | Total`);
  lines.push(`${'-'.repeat(first)}-|-${widths.map((w) => '-'.repeat(w)).join('-|-')}-|------`);
  for (const item of COVERAGE_ITEMS) {
    const row = report.cells.get(item.slug)!;
    const total = report.totals.get(item.slug) ?? 0;
    const cells = report.scenarios.map((s, i) => lpad(String(row.get(s) ?? 0), widths[i]!));
    lines.push(`${pad(label(item), first)} | ${cells.join(' | ')} | ${lpad(String(total), 5)}${total < MIN_COVERAGE ? '  < ' + MIN_COVERAGE : ''}`);
  }
  lines.push('');
  const share = report.decisionPoints ? report.openBetter / report.decisionPoints : 0;
  lines.push(
    `Judgement balance: ${report.openBetter} of ${report.decisionPoints} decision points (${Math.round(share * 100)}%) are ones where the open, engaged option is the better one (goal: at least ${Math.round(MIN_OPEN_SHARE * 100)}%).`,
  );
  for (const s of report.scenarios) {
    const t = report.openBetterByScenario.get(s)!;
    lines.push(`  ${shortNames[s] ?? s}: ${t.open} of ${t.points}`);
  }
  lines.push('');
  const pct = (n: number) => `${report.decisionPoints ? Math.round((n / report.decisionPoints) * 100) : 0}%`;
  lines.push(
    `Give-aways: the best option is also the longest at ${report.longestBest} of ${report.decisionPoints} decision points (${pct(report.longestBest)}; goal: at most ${Math.round(MAX_LONGEST_BEST_SHARE * 100)}%).`,
  );
  lines.push(
    `The mirror image: the best option is the shortest at ${report.shortestBest} of ${report.decisionPoints} (${pct(report.shortestBest)}; kept under the same ${Math.round(MAX_LONGEST_BEST_SHARE * 100)}%).`,
  );
  lines.push(
    `Dilemmas: more than one option is defensible (upheld or mixed, nothing breached) at ${report.dilemmas} of ${report.decisionPoints} (${pct(report.dilemmas)}; goal: at least ${Math.round(MIN_DILEMMA_SHARE * 100)}%).`,
  );
  for (const s of report.scenarios) {
    const r = report.readingByScenario.get(s)!;
    const ofScenario = (n: number) => (r.points ? `${Math.round((n / r.points) * 100)}%` : '0%');
    lines.push(
      `  ${shortNames[s] ?? s}: longest is best ${r.longestBest} of ${r.points} (${ofScenario(r.longestBest)}), shortest is best ${r.shortestBest} (${ofScenario(r.shortestBest)}), dilemmas ${r.dilemmas} (${ofScenario(r.dilemmas)})`,
    );
  }
  return lines.join('\n');
}
