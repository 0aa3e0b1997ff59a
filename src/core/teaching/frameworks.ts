/**
 * Lookups over the standards frameworks the debrief can speak in. The frameworks, their clauses and
 * mappings are data in src/content/frameworks.ts, and the regulators by nation in src/content/regulators.ts.
 */
import { FRAMEWORK_IDS, HCPC_2008_INTRO, HCPC_2024, SWE_2019, type Clause, type DebriefFramework, type FrameworkId } from '../../content/frameworks.ts';
import { HCPC_2008 } from '../../content/standards.ts';

export { FRAMEWORK_IDS, MAPPED_HCPC_2008 } from '../../content/frameworks.ts';
export type { Clause, DebriefFramework, Equivalence, FrameworkId, MappedStandard } from '../../content/frameworks.ts';
export { REGULATORS } from '../../content/regulators.ts';
export type { Regulator } from '../../content/regulators.ts';

export const DEFAULT_FRAMEWORK: FrameworkId = 'hcpc-2008';

export function isFrameworkId(value: unknown): value is FrameworkId {
  return typeof value === 'string' && (FRAMEWORK_IDS as readonly string[]).includes(value);
}

/** The handout's own framework: each standard is its own clause, mapped to itself. */
const hcpc2008: DebriefFramework = {
  ...HCPC_2008_INTRO,
  clauses: HCPC_2008.standards.map((s) => ({ code: String(s.number), title: s.title, short: s.short, verified: s.verified })),
  mapping: Object.fromEntries(HCPC_2008.standards.map((s) => [s.number, { codes: [String(s.number)], verified: true }])),
};

export const DEBRIEF_FRAMEWORKS: readonly DebriefFramework[] = [hcpc2008, SWE_2019, HCPC_2024];

export function debriefFramework(id: FrameworkId): DebriefFramework {
  return DEBRIEF_FRAMEWORKS.find((f) => f.id === id) ?? hcpc2008;
}

export interface Equivalent {
  clauses: Clause[];
  verified: boolean;
  note?: string;
}

/** The clauses of `framework` that stand for HCPC-2008 standard `number`. */
export function equivalentOf(framework: DebriefFramework, number: number): Equivalent | undefined {
  const eq = framework.mapping[number];
  if (!eq) return undefined;
  const clauses = eq.codes.map((code) => framework.clauses.find((c) => c.code === code)).filter((c): c is Clause => c !== undefined);
  return { clauses, verified: eq.verified, ...(eq.note ? { note: eq.note } : {}) };
}
