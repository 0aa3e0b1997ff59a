/**
 * The before-and-after judgement check (solo play only; group mode never shows it): six short calls before
 * the first scenario, in a skippable dialog, and six different ones on the debrief, with the change shown.
 */
import { JUDGEMENT_AFTER, JUDGEMENT_BEFORE, judgementChange, type JudgementItem, type JudgementStore } from '../core/teaching/judgement.ts';
import { JUDGEMENT_COPY } from '../content/copy/judgement.ts';
import { h } from './dom.ts';
import { showFirstRunDialog } from './first-run-dialog.ts';

/** One fieldset per item, two radio buttons each; `read` returns the answers so far. */
function itemsForm(items: readonly JudgementItem[], prefix: string): { els: HTMLElement[]; read: () => Record<string, boolean> } {
  const radios = items.map((item) => {
    const yes = h('input', { type: 'radio', name: `${prefix}-${item.id}`, id: `${prefix}-${item.id}-good`, value: 'good' });
    const no = h('input', { type: 'radio', name: `${prefix}-${item.id}`, id: `${prefix}-${item.id}-bad`, value: 'bad' });
    return { item, yes, no };
  });
  const els = radios.map(({ item, yes, no }) =>
    h(
      'fieldset',
      { className: 'judgement-item', 'data-item': item.id },
      h('legend', {}, item.situation),
      h('span', { className: 'settings-choice' }, yes, h('label', { for: yes.id }, JUDGEMENT_COPY.good)),
      h('span', { className: 'settings-choice' }, no, h('label', { for: no.id }, JUDGEMENT_COPY.bad)),
    ),
  );
  const read = () => {
    const out: Record<string, boolean> = {};
    for (const { item, yes, no } of radios) if (yes.checked || no.checked) out[item.id] = yes.checked;
    return out;
  };
  return { els, read };
}

/** Before the first scenario, once: answered or skipped, then on to the scenario. */
export function askJudgementOnce(store: JudgementStore, go: () => void): void {
  if (store.get().before !== undefined) {
    go();
    return;
  }
  const { els, read } = itemsForm(JUDGEMENT_BEFORE, 'judge-before');
  const status = h('p', { className: 'settings-hint', role: 'status' });
  showFirstRunDialog({
    className: 'judgement-question',
    titleId: 'judgement-title',
    aboutId: 'judgement-about',
    title: JUDGEMENT_COPY.beforeHeading,
    about: JUDGEMENT_COPY.beforeIntro,
    body: [...els, status],
    goLabel: JUDGEMENT_COPY.done,
    skipLabel: JUDGEMENT_COPY.skip,
    onGo: (close) => {
      const answers = read();
      const left = JUDGEMENT_BEFORE.length - Object.keys(answers).length;
      if (left > 0) {
        status.textContent = JUDGEMENT_COPY.incomplete(left);
        return;
      }
      store.set({ before: answers });
      close();
      go();
    },
    onSkip: () => {
      store.set({ before: 'skipped' });
      go();
    },
  });
}

/** On the debrief: the parallel set, then the change; nothing when the check was skipped. */
export function judgementSection(store: JudgementStore): HTMLElement | null {
  const state = store.get();
  if (!state.before || state.before === 'skipped') return null;
  const body = h('div', {});
  const details = h('details', { className: 'card more judgement', id: 'debrief-judgement' }, h('summary', {}, h('h2', {}, JUDGEMENT_COPY.afterHeading)), body);
  const showChange = () => {
    const s = store.get();
    const change = judgementChange(s);
    if (!change || !s.after) return;
    const after = s.after;
    body.replaceChildren(
      h('p', { className: 'judgement-change', role: 'status' }, JUDGEMENT_COPY.change(change.before.right, change.after.right, change.after.of)),
      h(
        'ul',
        { className: 'judgement-results' },
        ...JUDGEMENT_AFTER.map((item) =>
          h(
            'li',
            {},
            h('p', {}, h('strong', {}, item.situation)),
            h('p', {}, JUDGEMENT_COPY.yourCall(after[item.id] === true), ' ', after[item.id] === item.good ? JUDGEMENT_COPY.right : JUDGEMENT_COPY.wrong),
            h('p', { className: 'meta' }, item.why),
          ),
        ),
      ),
    );
  };
  if (state.after) {
    showChange();
    return details;
  }
  const { els, read } = itemsForm(JUDGEMENT_AFTER, 'judge-after');
  const status = h('p', { className: 'meta', role: 'status' });
  body.append(
    h('p', { className: 'meta' }, JUDGEMENT_COPY.afterIntro),
    ...els,
    status,
    h(
      'button',
      {
        type: 'button',
        className: 'primary',
        onclick: () => {
          const answers = read();
          const left = JUDGEMENT_AFTER.length - Object.keys(answers).length;
          if (left > 0) {
            status.textContent = JUDGEMENT_COPY.incomplete(left);
            return;
          }
          store.set({ after: answers });
          showChange();
        },
      },
      JUDGEMENT_COPY.see,
    ),
  );
  return details;
}
