/**
 * Lookups over the standards frameworks. The data (the HCPC 2008/2012 standards, the impacts, the ladder of
 * endings and their labels) is in src/content/standards.ts.
 */
import { ENDING_LEVELS, HCPC_2008, type EndingLevel, type Framework, type Standard } from '../../content/standards.ts';

export { ENDING_LEVEL_LABELS, ENDING_LEVELS, HCPC_2008, IMPACTS } from '../../content/standards.ts';
export type { EndingLevel, Framework, Impact, Standard, StandardNumber } from '../../content/standards.ts';

export const FRAMEWORKS: readonly Framework[] = [HCPC_2008];

export function findStandard(framework: Framework, number: number): Standard | undefined {
  return framework.standards.find((st) => st.number === number);
}

export function isEndingLevel(value: string): value is EndingLevel {
  return (ENDING_LEVELS as readonly string[]).includes(value);
}
