/** Builds the debrief as plain data from the ledger: the views only render it. */
import { standardOutcomes, impactTotals, type Ledger, type StandardOutcome, type Decision } from './ledger.ts';
import { ENDING_LEVEL_LABELS, ENDING_LEVELS, type Framework, type Impact, type Standard } from './standards.ts';
import type { EndingValue } from './tag-specs.ts';

export const IMPACT_LABELS: Record<Impact, string> = {
  upheld: 'Upheld',
  risk: 'At risk',
  breach: 'Breached',
};

export interface DebriefData {
  scenarioTitle: string;
  ending: (EndingValue & { label: string; meaning: string; rank: number; of: number }) | undefined;
  framework: { name: string; publisher: string; edition: string };
  standards: StandardOutcome[];
  /** Standards the handout highlights that this play-through did not touch. */
  untouchedHighlighted: Standard[];
  decisions: readonly Decision[];
  totals: Record<Impact, number>;
}

export function buildDebrief(input: {
  scenarioTitle: string;
  ledger: Ledger;
  ending: EndingValue | undefined;
  framework: Framework;
}): DebriefData {
  const { scenarioTitle, ledger, ending, framework } = input;
  const standards = standardOutcomes(ledger, framework);
  const touched = new Set(standards.map((s) => s.standard.number));
  return {
    scenarioTitle,
    ending: ending
      ? {
          ...ending,
          ...ENDING_LEVEL_LABELS[ending.level],
          rank: ENDING_LEVELS.indexOf(ending.level) + 1,
          of: ENDING_LEVELS.length,
        }
      : undefined,
    framework: { name: framework.name, publisher: framework.publisher, edition: framework.edition },
    standards,
    untouchedHighlighted: framework.standards.filter((s) => s.highlighted && !touched.has(s.number)),
    decisions: ledger.decisions,
    totals: impactTotals(ledger),
  };
}
