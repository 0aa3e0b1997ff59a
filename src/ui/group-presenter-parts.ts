/**
 * The presenter's words beside its controls (group-presenter.ts): how the decision stands, the notes on an
 * option's standards (shown only when the presenter asks), and the words the room is reading.
 */
import type { GroupView, NamedImpact } from '../core/group/controller.ts';
import { HOW_LABELS } from '../core/group/model.ts';
import { IMPACT_LABELS } from '../core/teaching/debrief-names.ts';
import { h } from './dom.ts';
import { impactBadge } from './group-summary-view.ts';
import { GROUP_PRESENTER_COPY } from '../content/copy/group-presenter.ts';

export function outcomeText(view: GroupView): string {
  const c = view.current;
  if (!c) return view.finished ? GROUP_PRESENTER_COPY.outcome.finished : '';
  const o = c.outcome;
  switch (o.state) {
    case 'majority':
      return GROUP_PRESENTER_COPY.outcome.majority(o.index + 1, o.votes, o.total);
    case 'override':
      return GROUP_PRESENTER_COPY.outcome.override(o.index + 1, HOW_LABELS[o.how]);
    case 'tie':
      return GROUP_PRESENTER_COPY.outcome.tie(o.tied.map((t) => t + 1));
    default:
      return GROUP_PRESENTER_COPY.outcome.none;
  }
}

/** One option's notes: its verdict per standard, named in the chosen framework. */
export function optionNotes(impacts: readonly NamedImpact[]): HTMLElement {
  return h(
    'p',
    { className: 'pnotes' },
    impacts.length ? GROUP_PRESENTER_COPY.decision.notes : GROUP_PRESENTER_COPY.decision.noNotes,
    ...impacts.flatMap((imp, i) => [
      i > 0 ? GROUP_PRESENTER_COPY.decision.noteSeparator : '',
      impactBadge(imp.impact, IMPACT_LABELS[imp.impact]),
      GROUP_PRESENTER_COPY.decision.noteStandard(imp.label),
    ]),
  );
}

const paras = (list: { kind: string; text: string }[]) =>
  list.map((p) =>
    p.kind === 'feedback' ? GROUP_PRESENTER_COPY.shown.feedback(p.text) : p.kind === 'phone' ? GROUP_PRESENTER_COPY.shown.phone(p.text) : p.text,
  );

/** The words the room is reading, for the trainer to follow on their own screen. */
export function screenWords(view: GroupView): string[] {
  const s = view.screen;
  switch (s.kind) {
    case 'passage':
    case 'end':
      return paras(s.paras);
    case 'reveal':
      return [GROUP_PRESENTER_COPY.shown.chosen(s.choice), ...paras(s.paras)];
    case 'road':
      return s.road.status === 'ready' ? [GROUP_PRESENTER_COPY.shown.road(s.road.text), ...paras(s.road.paras)] : [];
    default:
      return [];
  }
}
