/**
 * The in-story content notes and support boxes (the debrief shows the support box too). With the debrief's
 * styles, which they share: those load with the page, the debrief's code when it is first shown.
 */
import './debrief.css';
import { SUPPORT } from '../content/support.ts';
import { COMMON_COPY } from '../content/copy/common.ts';
import { h } from './dom.ts';

/** A content note shown just before distressing material in the story. */
export function contentNoteEl(text: string): HTMLElement {
  return h('aside', { className: 'content-note', 'aria-label': COMMON_COPY.contentNoteLabel }, h('p', {}, h('strong', {}, COMMON_COPY.contentNote), text));
}

/** Where to get support: shown wherever abuse or a sanction appears. */
export function supportEl(level: 'h2' | 'h3'): HTMLElement {
  return h(
    'aside',
    { className: 'support card', 'aria-label': COMMON_COPY.supportHeading },
    h(level, {}, COMMON_COPY.supportHeading),
    h('ul', {}, ...SUPPORT.map((s) => h('li', {}, h('strong', {}, `${s.who}. `), s.what))),
  );
}
