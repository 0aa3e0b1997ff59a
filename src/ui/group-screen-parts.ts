/**
 * The pieces of the projector's screens (group-audience.ts): paragraphs, option lists, page notes, the
 * standards a choice touches (named in words in the chosen framework, with their verdicts) and the road not
 * taken, laid out to compare at a glance: the option, its verdict per standard, then what it leads to and why.
 */
import type { AudienceScreen, NamedImpact } from '../core/group/controller.ts';
import { HOW_LABELS, type Para } from '../core/group/model.ts';
import { IMPACT_LABELS } from '../core/teaching/debrief-names.ts';
import { PLATFORMS } from '../content/platforms.ts';
import type { PieceForm } from '../core/phone/pieces.ts';
import { h, present } from './dom.ts';
import { impactBadge } from './group-summary-view.ts';
import { COMMON_COPY } from '../content/copy/common.ts';
import { GROUP_PROJECTOR_COPY } from '../content/copy/group-projector.ts';

/** The phone's open forms in a few words, for the projector. */
export function formsInWords(forms: readonly PieceForm[]): string {
  return forms
    .map((f) =>
      f.kind === 'settings'
        ? GROUP_PROJECTOR_COPY.forms.settings(PLATFORMS[f.platform].name)
        : f.kind === 'composer'
          ? GROUP_PROJECTOR_COPY.forms.composer(PLATFORMS[f.platform].name)
          : GROUP_PROJECTOR_COPY.forms.pictures,
    )
    .join(GROUP_PROJECTOR_COPY.forms.and);
}

export function paraEl(p: Para): HTMLElement {
  if (p.kind === 'feedback') return h('p', { className: 'gfeedback' }, h('strong', {}, COMMON_COPY.whyItMatters), p.text);
  if (p.kind === 'phone') return h('p', { className: 'gphone' }, h('span', { className: 'gphone-label' }, COMMON_COPY.phone), ' ', p.text);
  if (p.kind === 'note') return h('p', { className: 'gnote' }, h('strong', {}, COMMON_COPY.contentNote), p.text);
  if (p.kind === 'support') return h('p', { className: 'gsupport' }, p.text);
  return h('p', {}, p.text);
}

type ChoiceScreen = Extract<AudienceScreen, { kind: 'choice' }>;

/** Each option's last bar width (by choice point and option), so a new count grows the bar from where it was. */
const barWidths = new Map<string, number>();

/**
 * The choice screen, as the room goes through it: the options to discuss; their hands as bars once any are
 * counted; on a tie or no hands, the facilitator's highlight; the option taken. Every state says itself in
 * words as well as style (the leader "✓ most", the highlight, the option taken).
 */
export function choiceContent(s: ChoiceScreen, forms: string | null): HTMLElement[] {
  const c = GROUP_PROJECTOR_COPY.choice;
  // The option taken: the story's, once decided; before that, the facilitator's (a majority is only the leader).
  const picked = s.taken?.index ?? (s.outcome.state === 'override' ? s.outcome.index : null);
  const how = s.taken ? HOW_LABELS[s.taken.how] : s.outcome.state === 'override' ? HOW_LABELS[s.outcome.how] : null;
  const deciding = s.live && picked === null && s.pointer !== null;
  const counted = s.total > 0;
  const leader = s.outcome.state === 'majority' ? s.outcome.index : -1;
  const pool = s.outcome.state === 'tie' ? s.outcome.tied : s.options.map((_, i) => i);
  const most = Math.max(1, ...s.votes);
  const heading = !s.live ? c.decided : picked !== null || deciding ? c.deciding : counted ? c.voting : c.discuss;
  const status =
    picked !== null
      ? c.chosenBy(how ?? HOW_LABELS.majority, !s.live)
      : deciding
        ? s.outcome.state === 'tie'
          ? c.tie(s.outcome.tied.map((t) => t + 1))
          : c.noHands
        : counted
          ? c.total(s.total)
          : (s.prompt ?? c.noPrompt);
  const list = h('ol', { className: counted ? 'goptions gvotes' : 'goptions' });
  s.options.forEach((text, i) => {
    const votes = s.votes[i] ?? 0;
    const key = `${s.step}:${i}:${text}`; // the option's words too: another session's step 1 is another choice
    const width = Math.round((votes / most) * 100);
    const fill = h('span', { className: 'gbar-fill', style: `width:${barWidths.get(key) ?? 0}%` });
    barWidths.set(key, width);
    // The bar grows from its last width on the next frame (the theme's transition; none with reduced motion).
    if (counted) requestAnimationFrame(() => (fill.style.width = `${width}%`));
    const mark = i === picked ? c.taken : i === s.pointer && s.live ? c.highlighted : null;
    list.append(
      h(
        'li',
        {
          className: [
            i === picked || (picked === null && i === leader) ? 'glead' : '',
            deciding && !pool.includes(i) ? 'gdim' : '',
            i === s.pointer && s.live ? 'gpointed' : '',
          ]
            .join(' ')
            .trim(),
        },
        h('span', { className: 'gnum', 'aria-hidden': 'true' }, String(i + 1)),
        h(
          'span',
          { className: 'gopt' },
          h('span', { className: 'gopt-text' }, text, mark ? h('strong', { className: 'gpointer' }, mark) : null),
          counted ? h('span', { className: 'gcount' }, c.count(votes, picked === null && i === leader)) : null,
          counted ? h('span', { className: 'gbar', 'aria-hidden': 'true' }, fill) : null,
        ),
      ),
    );
  });
  return present([
    h1(heading),
    h('p', { className: picked !== null ? 'gprompt gdecision' : 'gprompt' }, status),
    list,
    forms && s.live && !counted && picked === null ? h('p', { className: 'gforms-note' }, c.forms(forms)) : null,
  ]);
}

/** A screen's heading: focusable, so the screen reader reads each new screen from the top. */
export const h1 = (text: string) => h('h1', { tabindex: -1 }, text);
export const pageNote = (page: number, pages: number) => (pages > 1 ? h('p', { className: 'gpage' }, GROUP_PROJECTOR_COPY.page(page + 1, pages)) : null);
export const options = (texts: string[], mark?: (i: number) => HTMLElement | null, cls?: (i: number) => string) =>
  h(
    'ol',
    { className: 'goptions' },
    ...texts.map((t, i) =>
      h(
        'li',
        { className: cls?.(i) ?? '' },
        h('span', { className: 'gnum', 'aria-hidden': 'true' }, String(i + 1)),
        h('span', { className: 'gopt' }, t, mark?.(i) ?? null),
      ),
    ),
  );

/** The verdict per standard, one standard a line: "✗ Breached  SWE 2.2 · privacy and dignity". */
export function impactsEl(impacts: readonly NamedImpact[]): HTMLElement | null {
  if (impacts.length === 0) return null;
  return h(
    'ul',
    { className: 'gimpacts', 'aria-label': GROUP_PROJECTOR_COPY.standardsLabel },
    ...impacts.map((i) => h('li', {}, impactBadge(i.impact, IMPACT_LABELS[i.impact]), ` ${i.label}`)),
  );
}

/** One page of one alternative of the road not taken. */
export function roadContent(s: Extract<AudienceScreen, { kind: 'road' }>): HTMLElement[] {
  const road = s.road;
  const title = h1(GROUP_PROJECTOR_COPY.road.heading(s.alternative + 1, s.of));
  const chosen = h('p', { className: 'gchosen' }, h('strong', {}, GROUP_PROJECTOR_COPY.road.chosen), road.text);
  if (road.status === 'loading') return [title, chosen, h('p', { role: 'status' }, GROUP_PROJECTOR_COPY.road.loading)];
  if (road.status === 'error') return [title, chosen, h('p', {}, GROUP_PROJECTOR_COPY.road.failed(road.message))];
  const last = s.page === s.pages - 1;
  return present([
    title,
    chosen,
    impactsEl(road.impacts),
    h('div', { className: 'gbody' }, ...road.paras.map(paraEl)),
    last && road.ending ? h('p', {}, h('strong', {}, GROUP_PROJECTOR_COPY.road.ending), road.ending.title) : null,
    pageNote(s.page, s.pages),
  ]);
}
