/**
 * How a standard is named for the learner (their regulator's code, the chosen framework, HCPC beside it):
 * what the panel, the settings and the projector need while playing. The debrief itself (its teaching text
 * and references) is built in src/core/teaching/debrief.ts, a chunk fetched when a debrief is first shown.
 */
import { HCPC_2008 } from './standards.ts';
import { debriefFramework, equivalentOf, type Clause, type FrameworkId } from './frameworks.ts';
import { IMPACT_LABELS } from '../../content/standards.ts';
import { REGIONS, type Region, type RegionSetting } from '../../content/regions.ts';

export { IMPACT_LABELS };

/** A standard as the learner's own regulator names it, beside the HCPC standard the scenario scores. */
export interface StandardName {
  number: number;
  /** In the learner's regulator's code (or the chosen framework): "SWE 2.2 · privacy and dignity". */
  own: string;
  /** The HCPC standard the scenario scores: "HCPC 2 · confidentiality". */
  hcpc: string;
  /** `own` names a clause of the code (not just the code as a whole). */
  clause: boolean;
}

/** How a standard is named in a framework: its equivalent clauses, or the handout's own title. */
export function standardHeading(
  frameworkId: FrameworkId,
  number: number,
): { heading: string; clauses: Clause[]; verified: boolean; wordingUnverified: boolean; note: string | undefined } {
  const framework = debriefFramework(frameworkId);
  const eq = equivalentOf(framework, number);
  const own = HCPC_2008.standards.find((s) => s.number === number);
  if (!eq || eq.clauses.length === 0) {
    return {
      heading: `HCPC (2008) standard ${number}: ${own?.title ?? ''}`,
      clauses: [],
      verified: false,
      wordingUnverified: !own?.verified,
      note: 'No equivalent recorded for this framework.',
    };
  }
  const heading = `${framework.headingPrefix} ${eq.clauses.map((c) => c.code).join(' and ')}: ${eq.clauses.map((c) => c.title).join('; ')}`;
  return { heading, clauses: eq.clauses, verified: eq.verified, wordingUnverified: eq.clauses.some((c) => !c.verified), note: eq.note };
}

/** A short label for a projector: "Standard 3", "SWE 5, 5.2, 5.6", "HCPC (2024) 9". */
export function shortStandardLabel(frameworkId: FrameworkId, number: number): string {
  const framework = debriefFramework(frameworkId);
  if (frameworkId === 'hcpc-2008') return `${framework.labelPrefix} ${number}`;
  const eq = equivalentOf(framework, number);
  if (!eq || eq.clauses.length === 0) return `HCPC (2008) standard ${number}`;
  return `${framework.labelPrefix} ${eq.clauses.map((c) => c.code).join(', ')}`;
}

/**
 * A standard named in words for a projector, in the chosen framework: "SWE 2.2 · privacy and dignity",
 * "SWE 5 · safe, respectful practice; 5.6 · technology and social media", "Standard 3 · personal conduct".
 */
export function namedStandardLabel(frameworkId: FrameworkId, number: number): string {
  const framework = debriefFramework(frameworkId);
  const eq = equivalentOf(framework, number);
  if (!eq || eq.clauses.length === 0) {
    const own = HCPC_2008.standards.find((s) => s.number === number);
    return `HCPC (2008) standard ${number}${own ? ` · ${own.short}` : ''}`;
  }
  return `${framework.labelPrefix} ${eq.clauses.map((c) => `${c.code} · ${c.short}`).join('; ')}`;
}

export function findRegion(setting: RegionSetting | undefined): Region | undefined {
  return REGIONS.find((r) => r.id === setting);
}

/**
 * A standard named for the learner: in their regulator's code where they said where they practise (a
 * clause where one is known, else the code by name), otherwise in the chosen framework; always beside the
 * HCPC standard the scenario scores.
 */
export function standardName(number: number, frameworkId: FrameworkId = 'hcpc-2008', region?: Region): StandardName {
  const own = HCPC_2008.standards.find((s) => s.number === number);
  const hcpc = `HCPC ${number}${own ? ` · ${own.short}` : ''}`;
  if (!region) return { number, own: frameworkId === 'hcpc-2008' ? hcpc : namedStandardLabel(frameworkId, number), hcpc, clause: true };
  if (region.framework) return { number, own: namedStandardLabel(region.framework, number), hcpc, clause: true };
  const clause = region.clauses?.[number];
  if (clause) return { number, own: `${region.prefix} ${clause.code} · ${clause.short}`, hcpc, clause: true };
  return { number, own: region.codeName.replace(/^the /, ''), hcpc, clause: false };
}

/** What stands beside the learner's own name for a standard: "HCPC 2", or in full when the code has no clause for it. */
export function hcpcBeside(n: StandardName): string {
  return n.clause ? `HCPC ${n.number}` : n.hcpc;
}

/** "SWE 2.2 · privacy and dignity (HCPC 2)", or the HCPC name alone when that is what the learner reads. */
export function standardNameLine(n: StandardName): string {
  return n.own === n.hcpc ? n.hcpc : `${n.own} (${hcpcBeside(n)})`;
}
