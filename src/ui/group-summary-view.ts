/** The session summary on screen and on paper, and its downloads (Markdown and JSON, made in the page). */
import { IMPACT_LABELS } from '../core/teaching/debrief.ts';
import { summaryFileName, summaryToJson, summaryToMarkdown, type GroupSummary } from '../core/group/summary.ts';
import type { Impact } from '../core/teaching/standards.ts';
import { h } from './dom.ts';

export const IMPACT_ICONS: Record<Impact, string> = { upheld: '✓', risk: '!', breach: '✕' };

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

export function summaryActions(summary: GroupSummary, extra: HTMLElement[] = []): HTMLElement {
  return h(
    'div',
    { className: 'gactions summary-actions' },
    h('button', { type: 'button', 'data-key': 'dl-md', onclick: () => download(summaryFileName(summary, 'md'), 'text/markdown', summaryToMarkdown(summary)) }, 'Download Markdown'),
    h('button', { type: 'button', 'data-key': 'dl-json', onclick: () => download(summaryFileName(summary, 'json'), 'application/json', summaryToJson(summary)) }, 'Download JSON'),
    h('button', { type: 'button', 'data-key': 'print', onclick: () => window.print() }, 'Print'),
    ...extra,
  );
}

/** The standards tally: a short list that fits a projector screen. */
export function renderTally(summary: GroupSummary, headingLevel: 'h2' | 'h3' = 'h2', compact = false): HTMLElement {
  const list = h('ul', { className: compact ? 'gtally gtally-compact' : 'gtally' });
  for (const st of summary.standards) {
    list.append(h('li', {}, impactBadge(st.outcome, st.outcomeLabel), compact ? ` Standard ${st.number}` : ` Standard ${st.number}: ${st.title}`));
  }
  if (summary.standards.length === 0) list.append(h('li', {}, 'No standards touched yet.'));
  const t = summary.totals;
  return h(
    'section',
    { className: 'gtally-wrap', 'aria-label': 'Standards tally' },
    h(headingLevel, {}, 'Standards tally'),
    list,
    h('p', {}, `${summary.decisions.length} decision${summary.decisions.length === 1 ? '' : 's'}: ${t.upheld} upheld, ${t.risk} at risk, ${t.breach} breached.`),
  );
}

/** Every decision in full: for the presenter, for print. */
export function renderSummaryFull(summary: GroupSummary, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const sub = headingLevel === 'h2' ? 'h3' : 'h4';
  const section = h('section', { className: 'summary-full', 'aria-label': 'Every decision' });
  section.append(
    h(headingLevel, {}, `Session summary: ${summary.scenario.title}`),
    h('p', {}, `${summary.date}. ${summary.framework}. ${summary.finished ? 'Scenario finished.' : 'Scenario not finished.'}`),
  );
  if (summary.ending) section.append(h('p', { className: 'gending-line' }, h('strong', {}, `Outcome: ${summary.ending.label}. `), summary.ending.title));
  section.append(renderTally(summary, sub as 'h3'));
  for (const d of summary.decisions) {
    const options = h('ol', {});
    for (const o of d.options) options.append(h('li', {}, `${o.text}: ${o.votes} vote${o.votes === 1 ? '' : 's'}`, o.taken ? h('strong', {}, ' (taken)') : null));
    section.append(
      h(
        'article',
        { className: 'summary-decision' },
        h(sub as 'h3', {}, `Decision ${d.number}`),
        d.prompt ? h('p', {}, h('strong', {}, 'Discussed: '), d.prompt) : null,
        h('p', {}, `The room's vote (${d.totalVotes} hand${d.totalVotes === 1 ? '' : 's'}):`),
        options,
        h('p', {}, h('strong', {}, 'Taken: '), `${d.taken}, by ${d.howLabel}.`),
        d.impacts.length ? h('p', {}, ...d.impacts.flatMap((i) => [impactBadge(i.impact, IMPACT_LABELS[i.impact]), ` Standard ${i.standard}: ${i.title}. `])) : null,
        ...d.consequences.map((c) => h('p', { className: 'gconsequence' }, c)),
        ...d.feedback.map((f) => h('p', { className: 'gfeedback' }, h('strong', {}, 'Why it matters: '), f)),
      ),
    );
  }
  if (summary.decisions.length === 0) section.append(h('p', {}, 'No decisions were taken.'));
  return section;
}
