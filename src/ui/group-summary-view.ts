/** The session summary on screen and on paper, and its downloads (Markdown and JSON, made in the page). */
import { IMPACT_LABELS } from '../core/teaching/debrief-names.ts';
import { summaryFileName, summaryToJson, summaryToMarkdown, type GroupSummary } from '../core/group/summary.ts';
import type { Impact } from '../core/teaching/standards.ts';
import { h } from './dom.ts';
import { COMMON_COPY } from '../content/copy/common.ts';
import { GROUP_SUMMARY_COPY } from '../content/copy/group-summary.ts';

export const IMPACT_ICONS: Readonly<Record<Impact, string>> = COMMON_COPY.impactIcons;

export function impactBadge(impact: Impact, text: string): HTMLElement {
  return h('span', { className: `gbadge gbadge-${impact}` }, h('span', { 'aria-hidden': 'true' }, `${IMPACT_ICONS[impact]} `), text);
}

/** Save a file the browser makes itself: a Blob and a download link, nothing sent anywhere. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, className: 'visually-hidden' }, name);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The summary's buttons. The machine-readable (JSON) download is the presenter's (`json: true`), never the room's screen. */
export function summaryActions(summary: GroupSummary, extra: HTMLElement[] = [], options: { json: boolean } = { json: true }): HTMLElement {
  return h(
    'div',
    { className: 'gactions summary-actions' },
    h(
      'button',
      { type: 'button', 'data-key': 'dl-md', onclick: () => download(summaryFileName(summary, 'md'), 'text/markdown', summaryToMarkdown(summary)) },
      GROUP_SUMMARY_COPY.downloadMarkdown,
    ),
    options.json
      ? h(
          'button',
          { type: 'button', 'data-key': 'dl-json', onclick: () => download(summaryFileName(summary, 'json'), 'application/json', summaryToJson(summary)) },
          GROUP_SUMMARY_COPY.downloadJson,
        )
      : null,
    h('button', { type: 'button', 'data-key': 'print', onclick: () => window.print() }, GROUP_SUMMARY_COPY.print),
    ...extra,
  );
}

/** The standards tally: a short list that fits a projector screen. */
export function renderTally(summary: GroupSummary, headingLevel: 'h2' | 'h3' | 'h4' = 'h2', compact = false): HTMLElement {
  const list = h('ul', { className: compact ? 'gtally gtally-compact' : 'gtally' });
  for (const st of summary.standards) {
    list.append(h('li', {}, impactBadge(st.outcome, st.outcomeLabel), compact ? ` ${st.name}` : GROUP_SUMMARY_COPY.tally.standard(st.number, st.title)));
  }
  if (summary.standards.length === 0) list.append(h('li', {}, GROUP_SUMMARY_COPY.tally.none));
  const t = summary.totals;
  return h(
    'section',
    { className: 'gtally-wrap', 'aria-label': GROUP_SUMMARY_COPY.tally.label },
    h(headingLevel, {}, GROUP_SUMMARY_COPY.tally.heading),
    list,
    h('p', {}, GROUP_SUMMARY_COPY.tally.totals(summary.decisions.length, t.upheld, t.risk, t.breach)),
  );
}

/** Every decision in full: for the presenter, for print. */
export function renderSummaryFull(summary: GroupSummary, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const sub = headingLevel === 'h2' ? 'h3' : 'h4';
  const section = h('section', { className: 'summary-full', 'aria-label': GROUP_SUMMARY_COPY.full.label });
  section.append(
    h(headingLevel, {}, GROUP_SUMMARY_COPY.full.heading(summary.scenario.title)),
    h('p', {}, GROUP_SUMMARY_COPY.full.about(summary.date, summary.framework, summary.finished)),
  );
  if (summary.ending)
    section.append(h('p', { className: 'gending-line' }, h('strong', {}, GROUP_SUMMARY_COPY.full.outcome(summary.ending.label)), summary.ending.title));
  section.append(renderTally(summary, sub));
  for (const d of summary.decisions) {
    const options = h('ol', {});
    for (const o of d.options)
      options.append(h('li', {}, GROUP_SUMMARY_COPY.full.option(o.text, o.votes), o.taken ? h('strong', {}, GROUP_SUMMARY_COPY.full.taken) : null));
    section.append(
      h(
        'article',
        { className: 'summary-decision' },
        h(sub, {}, GROUP_SUMMARY_COPY.full.decision(d.number)),
        d.prompt ? h('p', {}, h('strong', {}, GROUP_SUMMARY_COPY.full.discussed), d.prompt) : null,
        h('p', {}, GROUP_SUMMARY_COPY.full.vote(d.totalVotes)),
        options,
        h('p', {}, h('strong', {}, GROUP_SUMMARY_COPY.full.takenLabel), GROUP_SUMMARY_COPY.full.takenHow(d.taken, d.howLabel)),
        d.impacts.length
          ? h('p', {}, ...d.impacts.flatMap((i) => [impactBadge(i.impact, IMPACT_LABELS[i.impact]), GROUP_SUMMARY_COPY.full.impact(i.standard, i.title)]))
          : null,
        ...d.consequences.map((c) => h('p', { className: 'gconsequence' }, c)),
        ...d.feedback.map((f) => h('p', { className: 'gfeedback' }, h('strong', {}, COMMON_COPY.whyItMatters), f)),
      ),
    );
  }
  if (summary.decisions.length === 0) section.append(h('p', {}, GROUP_SUMMARY_COPY.full.none));
  return section;
}
