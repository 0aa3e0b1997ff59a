/**
 * Builds the debrief as plain data from the ledger: the views only render it. Per standard it says what
 * the player did, why it matters, what good practice says and where that comes from, in the framework
 * the player chose; then the ending and what it would mean in real life, reflection prompts, where to get
 * support, who regulates social workers where, and the references cited.
 */
import { standardOutcomes, impactTotals, type Ledger, type Decision } from './ledger.ts';
import { ENDING_LEVEL_LABELS, ENDING_LEVELS, HCPC_2008, type Impact } from './standards.ts';
import type { EndingValue, StandardImpact } from '../story/tag-specs.ts';
import { DEBRIEF_FRAMEWORKS, debriefFramework, REGULATORS, type Clause, type FrameworkId, type Regulator } from './frameworks.ts';
import { ENDING_IN_REAL_LIFE, GENERAL_REFLECTIONS, PRACTICE_TEACHING, STANDARD_TEACHING, SUPPORT, type SupportContact } from '../../content/teaching.ts';
import { findReference, HANDOUT_CORRECTIONS, type Reference } from './references.ts';
import { findCoverageItem } from './coverage.ts';
import { IMPACT_LABELS } from '../../content/standards.ts';
import { mdBlock, mdInline } from '../text/export-text.ts';
import { choiceScore } from './coverage.ts';
import type { RegionSetting } from '../../content/regions.ts';

export { IMPACT_LABELS };
export {
  findRegion,
  hcpcBeside,
  namedStandardLabel,
  shortStandardLabel,
  standardHeading,
  standardName,
  standardNameLine,
  type StandardName,
} from './debrief-names.ts';
import { findRegion, standardHeading, standardName, type StandardName } from './debrief-names.ts';

export interface GoodPractice {
  slug: string;
  /** The handout's risk or practice point, e.g. "Good practice 8: Search your own name regularly". */
  point: string;
  /** The point in plain words, without the handout's numbering: "Search your own name regularly". */
  title: string;
  advice: string;
  settings: string[];
  sources: Reference[];
}

export interface DebriefStandard {
  /** HCPC 2008/2012 number: what the story scored. */
  number: number;
  handoutTitle: string;
  /** The heading in the chosen framework, e.g. "Social Work England 2.2: Respect people's dignity and privacy". */
  heading: string;
  clauses: Clause[];
  /** The mapping to this framework was confirmed by the brief (always true for the handout's own numbering). */
  mappingVerified: boolean;
  /** Some clause's wording is our summary and was not checked. */
  wordingUnverified: boolean;
  mappingNote: string | undefined;
  outcome: Impact;
  counts: Record<Impact, number>;
  decisions: { decision: Decision; impact: Impact }[];
  why: string;
  goodPractice: GoodPractice[];
  sources: Reference[];
}

/** One of the two or three decisions that mattered most: what the learner chose, what it did, the better move. */
export interface KeyDecision {
  step: number;
  choiceText: string;
  impacts: { name: StandardName; impact: Impact }[];
  /** The first sentence of the feedback that followed it. */
  whatItDid: string;
  /** The option at the same point that scores best, when it scores better than the learner's. */
  better: { text: string; impacts: { name: StandardName; impact: Impact }[] } | undefined;
}

/** The options offered at each choice taken (`Session.choicePoints`), to find the better move. */
export type OfferedOptions = readonly { readonly choices: readonly { text: string; impacts: readonly StandardImpact[] }[] }[];

export interface DebriefData {
  scenarioTitle: string;
  /** The learner's regulator, when they said where they practise. */
  region: { id: string; regulator: string; codeName: string } | undefined;
  /** Two or three decisions that mattered most, in the order they were taken. */
  keyDecisions: KeyDecision[];
  /** Every standard touched, named in the learner's regulator's code beside HCPC, with its outcome. */
  touched: { name: StandardName; outcome: Impact }[];
  /** Each good-practice point once, across every standard touched. */
  practice: GoodPractice[];
  ending: (EndingValue & { label: string; meaning: string; realLife: string; rank: number; of: number }) | undefined;
  framework: { id: FrameworkId; short: string; name: string; publisher: string; edition: string; appliesTo: string; source: Reference | undefined };
  /** Every framework the debrief can speak in, for a switcher. */
  frameworks: { id: FrameworkId; short: string }[];
  standards: DebriefStandard[];
  /** Standards the handout highlights that this play-through did not touch, named in the chosen framework. */
  untouchedHighlighted: { number: number; heading: string }[];
  decisions: readonly Decision[];
  totals: Record<Impact, number>;
  reflections: string[];
  /** Where to get support: present when abuse or a sanction appeared, or the ending was serious. */
  support: readonly SupportContact[] | undefined;
  regulators: readonly Regulator[];
  corrections: { text: string; sources: Reference[] }[];
  /** Every source cited above, once, in citation order. */
  references: Reference[];
}

const refs = (ids: readonly string[]): Reference[] => ids.map((id) => findReference(id)).filter((r): r is Reference => r !== undefined);

function pointLabel(slug: string): string {
  const item = findCoverageItem(slug);
  if (!item) return slug;
  return `${item.kind === 'risk' ? 'Risk' : 'Good practice'} ${item.number}: ${item.label}`;
}

function goodPractice(slug: string): GoodPractice | undefined {
  const t = PRACTICE_TEACHING[slug];
  if (!t) return undefined;
  return { slug, point: pointLabel(slug), title: findCoverageItem(slug)?.label ?? slug, advice: t.advice, settings: t.settings, sources: refs(t.sources) };
}

const firstSentence = (text: string): string => {
  const m = /^.*?[.!?](?=\s|$)/s.exec(text.trim());
  return (m ? m[0] : text).trim();
};

/** The decisions that mattered most: the worst-scored first, then those with a better move, at most three. */
export function keyDecisions(decisions: readonly Decision[], offered: OfferedOptions | undefined, name: (n: number) => StandardName, max = 3): KeyDecision[] {
  const scored = decisions.filter((d) => d.impacts.length > 0);
  const named = (impacts: readonly StandardImpact[]) =>
    impacts.filter((i) => i.framework === HCPC_2008.id).map((i) => ({ name: name(i.standard), impact: i.impact }));
  const rows = scored.map((d) => {
    const score = choiceScore(d.impacts);
    const options = offered?.[d.step]?.choices ?? [];
    let better: { text: string; impacts: readonly StandardImpact[]; score: number } | undefined;
    for (const o of options) {
      if (o.text === d.choiceText || o.impacts.length === 0) continue;
      const s = choiceScore(o.impacts);
      if (s > score && (!better || s > better.score)) better = { text: o.text, impacts: o.impacts, score: s };
    }
    return { d, score, gap: better ? better.score - score : 0, better };
  });
  const chosen = rows
    .toSorted((a, b) => a.score - b.score || b.gap - a.gap || b.d.impacts.length - a.d.impacts.length || a.d.step - b.d.step)
    .slice(0, max)
    .toSorted((a, b) => a.d.step - b.d.step);
  return chosen.map(({ d, better }) => ({
    step: d.step,
    choiceText: d.choiceText,
    impacts: named(d.impacts),
    whatItDid: d.feedback[0] ? firstSentence(d.feedback[0]) : '',
    better: better ? { text: better.text, impacts: named(better.impacts) } : undefined,
  }));
}

export function buildDebrief(input: {
  scenarioTitle: string;
  ledger: Ledger;
  ending: EndingValue | undefined;
  frameworkId?: FrameworkId;
  /** The scenario's own reflection prompts (#reflect). */
  reflect?: readonly string[];
  /** Support was signposted during play (#support). */
  supportShown?: boolean;
  /** Where the learner practises (Settings, or the first-run question). */
  region?: RegionSetting;
  /** The options offered at each choice taken, for the better move. */
  offered?: OfferedOptions;
}): DebriefData {
  const { scenarioTitle, ledger, ending } = input;
  const frameworkId = input.frameworkId ?? 'hcpc-2008';
  const framework = debriefFramework(frameworkId);
  const outcomes = standardOutcomes(ledger, HCPC_2008);
  const cited: Reference[] = [];
  const cite = (list: Reference[]) => {
    for (const r of list) if (!cited.includes(r)) cited.push(r);
    return list;
  };
  const frameworkSource = findReference(framework.referenceId);
  if (frameworkSource) cite([frameworkSource]);

  const standards: DebriefStandard[] = outcomes.map((o) => {
    const number = o.standard.number;
    const teaching = STANDARD_TEACHING[number];
    const named = standardHeading(frameworkId, number);
    // Good practice: what the player's decisions on this standard covered first, then the standard's own.
    const slugs: string[] = [];
    for (const { decision } of o.decisions) for (const slug of decision.covers ?? []) if (!slugs.includes(slug)) slugs.push(slug);
    for (const slug of teaching?.practice ?? []) if (!slugs.includes(slug)) slugs.push(slug);
    const practice = slugs
      .slice(0, 3)
      .map(goodPractice)
      .filter((g): g is GoodPractice => g !== undefined);
    for (const g of practice) cite(g.sources);
    return {
      number,
      handoutTitle: o.standard.title,
      heading: named.heading,
      clauses: named.clauses,
      mappingVerified: named.verified,
      wordingUnverified: named.wordingUnverified,
      mappingNote: named.note,
      outcome: o.outcome,
      counts: o.counts,
      decisions: o.decisions,
      why: teaching?.why ?? o.standard.title,
      goodPractice: practice,
      sources: cite(refs(teaching?.sources ?? [])),
    };
  });
  const touched = new Set(standards.map((s) => s.number));
  const rank = ending ? ENDING_LEVELS.indexOf(ending.level) : -1;
  const serious = rank >= ENDING_LEVELS.indexOf('investigation');
  const corrections = HANDOUT_CORRECTIONS.map((c) => ({ text: c.text, sources: cite(refs(c.sources)) }));
  cite(refs(REGULATORS.map((r) => r.referenceId)));
  const region = findRegion(input.region);
  const name = (n: number) => standardName(n, frameworkId, region);
  const practice: GoodPractice[] = [];
  for (const s of standards) for (const g of s.goodPractice) if (!practice.some((p) => p.slug === g.slug)) practice.push(g);
  return {
    scenarioTitle,
    region: region ? { id: region.id, regulator: region.regulator, codeName: region.codeName } : undefined,
    keyDecisions: keyDecisions(ledger.decisions, input.offered, name),
    touched: standards.map((s) => ({ name: name(s.number), outcome: s.outcome })),
    practice,
    ending: ending
      ? {
          ...ending,
          ...ENDING_LEVEL_LABELS[ending.level],
          realLife: ENDING_IN_REAL_LIFE[ending.level],
          rank: rank + 1,
          of: ENDING_LEVELS.length,
        }
      : undefined,
    framework: {
      id: framework.id,
      short: framework.short,
      name: framework.name,
      publisher: framework.publisher,
      edition: framework.edition,
      appliesTo: framework.appliesTo,
      source: frameworkSource,
    },
    frameworks: DEBRIEF_FRAMEWORKS.map((f) => ({ id: f.id, short: f.short })),
    standards,
    untouchedHighlighted: HCPC_2008.standards
      .filter((s) => s.highlighted && !touched.has(s.number))
      .map((s) => ({ number: s.number, heading: standardHeading(frameworkId, s.number).heading })),
    decisions: ledger.decisions,
    totals: impactTotals(ledger),
    reflections: [...(input.reflect ?? []), ...GENERAL_REFLECTIONS],
    support: serious || input.supportShown ? SUPPORT : undefined,
    regulators: REGULATORS,
    corrections,
    references: cited,
  };
}

/**
 * The debrief as Markdown, for the player's CPD record. Every text, the player's notes above all, goes
 * through the export escaper (src/core/text/export-text.ts): nothing in it becomes HTML, a link or an image.
 */
export function debriefMarkdown(d: DebriefData, date: string, notes: Readonly<Record<string, string>> = {}): string {
  const md = mdInline;
  const out: string[] = [
    `# Debrief: ${md(d.scenarioTitle)}`,
    '',
    `Played on ${md(date)}. Standards named in: ${md(d.framework.name)} (${md(d.framework.edition)}).`,
    '',
  ];
  if (d.ending)
    out.push(`## Outcome: ${md(d.ending.label)} — ${md(d.ending.title)}`, '', mdBlock(d.ending.meaning, ''), '', mdBlock(d.ending.realLife, ''), '');
  out.push(`Across ${d.decisions.length} decisions: ${d.totals.upheld} upheld, ${d.totals.risk} at risk, ${d.totals.breach} breached.`, '');
  for (const s of d.standards) {
    out.push(`## ${md(s.heading)} (${md(IMPACT_LABELS[s.outcome])})`, '');
    if (d.framework.id !== 'hcpc-2008') out.push(`HCPC standard ${s.number}: ${md(s.handoutTitle)}.`, '');
    out.push('What you did:', '');
    for (const { decision, impact } of s.decisions)
      out.push(mdBlock(`${IMPACT_LABELS[impact]}: ${decision.choiceText}${decision.feedback.length ? ` — ${decision.feedback.join(' ')}` : ''}`, '- ', '  '));
    out.push('', mdBlock(`Why it matters: ${s.why}`, ''), '');
    for (const g of s.goodPractice) out.push(mdBlock(`${g.point}. ${g.advice}${g.settings.length ? ` Settings: ${g.settings.join(' ')}` : ''}`, '- ', '  '));
    out.push('', `Sources: ${s.sources.map((r) => `${md(r.title)} (${md(r.publisher)}, ${r.year})`).join('; ')}.`, '');
  }
  out.push('## Reflection', '');
  for (const r of d.reflections) {
    out.push(mdBlock(r, '- ', '  '));
    const answer = notes[r]?.trim();
    // The player's answer: a quote inside the list item, every line of it (a later line cannot leave the quote).
    if (answer) out.push('', mdBlock(answer, '  > '), '');
  }
  out.push('');
  if (d.support) out.push('## Support', '', ...d.support.map((s) => mdBlock(`${s.who}: ${s.what}`, '- ', '  ')), '');
  out.push('## References', '', ...d.references.map((r) => mdBlock(`${r.author} (${r.year}). ${r.title}. ${r.publisher}.`, '- ', '  ')), '');
  return out.join('\n');
}
