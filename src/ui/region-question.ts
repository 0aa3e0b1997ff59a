/**
 * Before the first scenario (solo play only): one short, skippable question, where the learner practises,
 * so the debrief, the reveal and the record name each standard in their own regulator's code. Asked once;
 * the answer (or "skipped") is a preference, changed later in Settings. A native modal <dialog>.
 */
import type { PlayerPreferences } from '../core/app/preferences.ts';
import { REGIONS, type RegionId } from '../content/regions.ts';
import { REGION_COPY } from '../content/copy/region.ts';
import { h } from './dom.ts';

/** Radio buttons for the regions, for this question and for Settings. */
export function regionRadios(name: string, onPick: (id: RegionId) => void): { inputs: Map<string, HTMLInputElement>; els: HTMLElement[] } {
  const inputs = new Map<string, HTMLInputElement>();
  const els = REGIONS.map((r) => {
    const input = h('input', { type: 'radio', name, id: `${name}-${r.id}`, value: r.id, onchange: () => onPick(r.id) });
    inputs.set(r.id, input);
    return h('div', { className: 'settings-choice' }, input, h('label', { for: input.id }, r.label));
  });
  return { inputs, els };
}

/** Asks once, then goes on to the scenario whatever the answer. */
export function askRegionOnce(prefs: PlayerPreferences, go: () => void): void {
  if (prefs.current.region !== 'unset') {
    go();
    return;
  }
  let picked: RegionId | undefined;
  const { els } = regionRadios('first-run-region', (id) => (picked = id));
  const finish = (answer: 'picked' | 'skipped') => {
    if (answer === 'picked' && picked) prefs.set({ region: picked });
    else prefs.set({ region: 'skipped' });
    dialog.close();
    dialog.remove();
    go();
  };
  const dialog = h(
    'dialog',
    { className: 'settings region-question', 'aria-labelledby': 'region-question-title', 'aria-describedby': 'region-question-about' },
    h(
      'form',
      {
        method: 'dialog',
        onsubmit: (event: Event) => {
          event.preventDefault();
          finish(picked ? 'picked' : 'skipped');
        },
      },
      h('h2', { id: 'region-question-title' }, REGION_COPY.question),
      h('p', { className: 'settings-hint', id: 'region-question-about' }, REGION_COPY.about),
      h('fieldset', {}, h('legend', { className: 'visually-hidden' }, REGION_COPY.question), ...els),
      h(
        'div',
        { className: 'actions settings-actions' },
        h('button', { type: 'submit', className: 'primary' }, REGION_COPY.go),
        h('button', { type: 'button', onclick: () => finish('skipped') }, REGION_COPY.skip),
      ),
    ),
  );
  // Keys pressed here stay here: a number key must not take a story choice behind it.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());
  // Escape skips the question, as the Skip button does.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    finish('skipped');
  });
  document.body.append(dialog);
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input')?.focus();
}
