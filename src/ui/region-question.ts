/**
 * Before the first scenario (solo play only): one short, skippable question, where the learner practises,
 * so the debrief, the reveal and the record name each standard in their own regulator's code. Asked once;
 * the answer (or "skipped") is a preference, changed later in Settings. A native modal <dialog>.
 */
import type { PlayerPreferences } from '../core/app/preferences.ts';
import { REGIONS, type RegionId } from '../content/regions.ts';
import { REGION_COPY } from '../content/copy/region.ts';
import { h } from './dom.ts';
import { showFirstRunDialog } from './first-run-dialog.ts';

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
  showFirstRunDialog({
    className: 'region-question',
    titleId: 'region-question-title',
    aboutId: 'region-question-about',
    title: REGION_COPY.question,
    about: REGION_COPY.about,
    body: [h('fieldset', {}, h('legend', { className: 'visually-hidden' }, REGION_COPY.question), ...els)],
    goLabel: REGION_COPY.go,
    skipLabel: REGION_COPY.skip,
    onGo: (close) => {
      prefs.set({ region: picked ?? 'skipped' });
      close();
      go();
    },
    onSkip: () => {
      prefs.set({ region: 'skipped' });
      go();
    },
  });
}
