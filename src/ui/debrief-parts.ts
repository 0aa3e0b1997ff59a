/**
 * What only the debrief and the references page need, in one chunk of its own: fetched when one of them is
 * first shown (src/ui/panel.ts), so a learner's first text and choices do not wait for it.
 */
export { renderDebrief, renderReferences, saveFile, slug } from './debrief-view.ts';
export { learningRecordHtml } from '../core/teaching/learning-record.ts';
export { roadMapSection } from './road-map-view.ts';
