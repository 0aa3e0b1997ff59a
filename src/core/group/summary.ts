/**
 * The session summary a trainer takes away: every decision with the room's vote, the option taken and what
 * it led to (the standards it touched and the feedback), the standards tally and the ending. Plain data,
 * rendered as Markdown or JSON. It holds no personal data: nobody's name or vote is recorded, only counts.
 */
import { IMPACT_LABELS } from '../teaching/debrief-names.ts';
import { HOW_LABELS, totalVotes, type DecisionHow } from './model.ts';
import { impactTotals, standardOutcomes, type Ledger } from '../teaching/ledger.ts';
import { namedStandardLabel, standardHeading } from '../teaching/debrief-names.ts';
import { debriefFramework, type FrameworkId } from '../teaching/frameworks.ts';
import { ENDING_LEVEL_LABELS, findStandard, type Framework, type Impact } from '../teaching/standards.ts';
import type { EndingValue, StandardImpact } from '../story/tag-specs.ts';
import { exportJson, mdBlock, mdInline } from '../text/export-text.ts';

export const SUMMARY_FORMAT = 'public-profile-group-summary';

export interface SummaryDecisionInput {
  prompt: string | undefined;
  options: string[];
  votes: number[];
  taken: number;
  how: DecisionHow;
  impacts: StandardImpact[];
  feedback: string[];
  consequences: string[];
}

export interface GroupSummary {
  format: typeof SUMMARY_FORMAT;
  version: 1;
  scenario: { id: string; title: string };
  /** The day of the session (no time, no names). */
  date: string;
  framework: string;
  finished: boolean;
  decisions: {
    number: number;
    prompt: string | null;
    options: { number: number; text: string; votes: number; taken: boolean }[];
    totalVotes: number;
    taken: string;
    how: DecisionHow;
    howLabel: string;
    impacts: { standard: number; title: string; impact: Impact; label: string }[];
    feedback: string[];
    consequences: string[];
  }[];
  /** `name`: the standard in a few words in the chosen framework, for the projector ("SWE 2.2 · privacy and dignity"). */
  standards: { number: number; title: string; name: string; outcome: Impact; outcomeLabel: string; upheld: number; risk: number; breach: number }[];
  totals: Record<Impact, number>;
  ending: { level: string; label: string; title: string } | null;
}

export function buildGroupSummary(input: {
  scenario: { id: string; title: string };
  date: Date;
  decisions: readonly SummaryDecisionInput[];
  ledger: Ledger;
  ending: EndingValue | undefined;
  finished: boolean;
  framework: Framework;
  /** The framework the summary names the standards in (scores stay in the handout's numbering). */
  frameworkId?: FrameworkId;
}): GroupSummary {
  const { framework } = input;
  const named = input.frameworkId && input.frameworkId !== 'hcpc-2008' ? input.frameworkId : undefined;
  const titleOf = (n: number, fallback: string) => (named ? standardHeading(named, n).heading : fallback);
  return {
    format: SUMMARY_FORMAT,
    version: 1,
    scenario: { id: input.scenario.id, title: input.scenario.title },
    date: input.date.toISOString().slice(0, 10),
    framework: named ? `${debriefFramework(named).name} (${debriefFramework(named).edition}); scored in the handout's HCPC 2008 numbering` : framework.name,
    finished: input.finished,
    decisions: input.decisions.map((d, i) => ({
      number: i + 1,
      prompt: d.prompt ?? null,
      options: d.options.map((text, j) => ({ number: j + 1, text, votes: d.votes[j] ?? 0, taken: j === d.taken })),
      totalVotes: totalVotes(d.votes),
      taken: d.options[d.taken] ?? '',
      how: d.how,
      howLabel: HOW_LABELS[d.how],
      impacts: d.impacts
        .filter((imp) => imp.framework === framework.id)
        .map((imp) => ({
          standard: imp.standard,
          title: titleOf(imp.standard, findStandard(framework, imp.standard)?.title ?? `Standard ${imp.standard}`),
          impact: imp.impact,
          label: IMPACT_LABELS[imp.impact],
        })),
      feedback: [...d.feedback],
      consequences: [...d.consequences],
    })),
    standards: standardOutcomes(input.ledger, framework).map((o) => ({
      number: o.standard.number,
      title: titleOf(o.standard.number, o.standard.title),
      name: namedStandardLabel(input.frameworkId ?? 'hcpc-2008', o.standard.number),
      outcome: o.outcome,
      outcomeLabel: IMPACT_LABELS[o.outcome],
      upheld: o.counts.upheld,
      risk: o.counts.risk,
      breach: o.counts.breach,
    })),
    totals: impactTotals(input.ledger),
    ending: input.ending ? { level: input.ending.level, label: ENDING_LEVEL_LABELS[input.ending.level].label, title: input.ending.title } : null,
  };
}

/** Story text in the Markdown goes through the one export escaper (src/core/text/export-text.ts). */
const md = mdInline;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryToMarkdown(s: GroupSummary): string {
  const out: string[] = [];
  out.push(`# Group session summary: ${md(s.scenario.title)}`, '');
  out.push(`Date: ${s.date}  `, `Standards: ${md(s.framework)}  `, `Status: ${s.finished ? 'scenario finished' : 'scenario not finished'}`, '');
  if (s.ending) out.push(`**Outcome: ${md(s.ending.label)}.** ${md(s.ending.title)}`, '');
  out.push('## Standards tally', '');
  if (s.standards.length === 0) out.push('No standards were touched yet.', '');
  else {
    out.push('| Standard | Outcome | Upheld | At risk | Breached |', '|---|---|---|---|---|');
    for (const st of s.standards) out.push(`| ${st.number}: ${md(st.title)} | ${st.outcomeLabel} | ${st.upheld} | ${st.risk} | ${st.breach} |`);
    out.push('', `Across all decisions: ${s.totals.upheld} upheld, ${s.totals.risk} at risk, ${s.totals.breach} breached.`, '');
  }
  out.push('## Decisions', '');
  if (s.decisions.length === 0) out.push('No decisions were taken.', '');
  for (const d of s.decisions) {
    out.push(`### Decision ${d.number}`, '');
    if (d.prompt) out.push(mdBlock(`Discussed: ${d.prompt}`, ''), '');
    out.push(`The room's vote (${plural(d.totalVotes, 'hand')}):`, '');
    for (const o of d.options) out.push(`${o.number}. ${md(o.text)}: ${plural(o.votes, 'vote')}${o.taken ? ' (taken)' : ''}`);
    out.push('', `Taken: **${md(d.taken)}**, by ${d.howLabel}.`, '');
    if (d.impacts.length) out.push(`Standards: ${d.impacts.map((i) => `${i.standard} (${md(i.title)}) ${i.label.toLowerCase()}`).join('; ')}.`, '');
    // Every line of a consequence (a post over several lines) stays inside its quote.
    if (d.consequences.length) out.push(d.consequences.map((c) => mdBlock(c, '> ')).join('\n>\n'), '');
    for (const f of d.feedback) out.push(mdBlock(`Why it matters: ${f}`, ''), '');
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

export function summaryToJson(s: GroupSummary): string {
  return exportJson(s);
}

/** A file name for the downloads: the scenario and the date, nothing personal. */
export function summaryFileName(s: GroupSummary, ext: 'md' | 'json'): string {
  return `group-session-${s.scenario.id}-${s.date}.${ext}`;
}
