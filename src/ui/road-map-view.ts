/**
 * The map of the road not taken, on the debrief (solo play): every decision point of the scenario, from the
 * build's walk of the story, as a road from the first decision to the last. The learner's own choice is
 * marked at each point they met; every other option shows its standards, its feedback and the ending
 * levels it can still reach, with a button to go back to that decision and take it. A list of lists with
 * headings, so a keyboard or a screen reader reads it in order; it prints when opened. Loaded when opened.
 */
import type { StandardName } from '../core/teaching/debrief-names.ts';
import { IMPACT_LABELS, standardNameLine } from '../core/teaching/debrief-names.ts';
import { pathOnMap, type RoadMap } from '../core/teaching/road-map.ts';
import { ENDING_LEVEL_LABELS, type Impact } from '../core/teaching/standards.ts';
import { COMMON_COPY } from '../content/copy/common.ts';
import { MAP_COPY } from '../content/copy/road-map.ts';
import { h } from './dom.ts';

export interface RoadMapViewOptions {
  load: () => Promise<RoadMap>;
  /** The options offered at each step the learner took, and the text of the one taken. */
  offered: readonly { readonly choices: readonly { text: string }[] }[];
  taken: readonly string[];
  name: (standard: number) => StandardName;
  /** Go back to `step` and take option `option` (its position among the options offered then). */
  rewind: (step: number, option: number) => void;
}

const badge = (impact: Impact) =>
  h('span', { className: `badge badge-${impact}` }, h('span', { 'aria-hidden': 'true' }, COMMON_COPY.impactIcons[impact] + ' '), IMPACT_LABELS[impact]);

export function roadMapSection(options: RoadMapViewOptions): HTMLDetailsElement {
  const body = h('div', { className: 'road-map-body' }, h('p', { className: 'meta', role: 'status' }, MAP_COPY.loading));
  const details = h('details', { className: 'card more road-map-section', id: 'debrief-map' }, h('summary', {}, h('h2', {}, MAP_COPY.heading)), body);
  let started = false;
  details.addEventListener('toggle', () => {
    if (!details.open || started) return;
    started = true;
    options
      .load()
      .then((map) => body.replaceChildren(...drawMap(map, options)))
      .catch(() => body.replaceChildren(h('p', { className: 'meta', role: 'alert' }, MAP_COPY.failed)));
  });
  return details;
}

function drawMap(map: RoadMap, o: RoadMapViewOptions): HTMLElement[] {
  const path = pathOnMap(map, o.offered, o.taken);
  const points = map.map((point, i) => {
    const mine = path.get(i);
    const items = point.options.map((option, n) => {
      const taken = mine?.option === n;
      const offeredIndex = mine ? (o.offered[mine.step]?.choices.findIndex((c) => c.text === option.text) ?? -1) : -1;
      const ends = option.endings.map((l) => ENDING_LEVEL_LABELS[l].label);
      return h(
        'li',
        { className: `map-option ${taken ? 'taken' : 'other'}`, 'data-option': String(n) },
        h('p', { className: 'map-option-text' }, h('strong', {}, taken ? MAP_COPY.yourChoice : MAP_COPY.option), option.text),
        option.impacts.length
          ? h(
              'ul',
              { className: 'impact-list' },
              ...option.impacts.map((impact) => h('li', {}, badge(impact.impact), ` ${standardNameLine(o.name(impact.standard))}`)),
            )
          : null,
        taken ? null : h('p', { className: 'feedback' }, option.feedback.join(' ')),
        ends.length ? h('p', { className: 'map-ends' }, MAP_COPY.ends(ends)) : null,
        mine && !taken && offeredIndex >= 0
          ? h('button', { type: 'button', className: 'quiet rewind', onclick: () => o.rewind(mine.step, offeredIndex) }, MAP_COPY.rewind(i + 1))
          : null,
      );
    });
    return h(
      'li',
      { className: `map-point ${mine ? 'met' : 'not-met'}`, 'data-point': point.id, ...(mine ? { 'data-step': String(mine.step) } : {}) },
      h('h3', {}, MAP_COPY.point(i + 1, map.length), h('span', { className: 'map-met' }, mine ? MAP_COPY.met : MAP_COPY.notMet)),
      point.discuss ? h('p', { className: 'map-discuss' }, point.discuss) : null,
      h('ul', { className: 'map-options' }, ...items),
    );
  });
  return [h('p', { className: 'meta' }, MAP_COPY.intro), h('ol', { className: 'road-map', 'aria-label': MAP_COPY.heading }, ...points)];
}
