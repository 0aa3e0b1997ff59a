/**
 * The top-level error boundary: an uncaught error or an unhandled rejection anywhere (a story, the drawn
 * phone, a lazy chunk) shows one readable message with a Reload button. Nothing is cleared: the save is
 * written after every choice, so a reload carries on from the last one. Later, different problems are
 * counted on the same message, not stacked; the same problem again (a broken frame, every frame) is not. The events are not cancelled, so the browser still logs each error (the
 * end-to-end tests' console checks see them).
 */
import { FAULT_COPY } from '../content/copy/faults.ts';
import { messageOf } from '../core/errors.ts';
import { h } from './dom.ts';

/** Error events that report no failure (no error object): ResizeObserver's "loop completed/limit exceeded". */
const BENIGN = /^ResizeObserver loop/;

export function installErrorBoundary(target: Window = window): () => void {
  let box: HTMLElement | undefined;
  let moreEl: HTMLElement | undefined;
  let more = 0;
  const seen = new Set<string>();
  const show = (detail: string): void => {
    if (seen.has(detail)) return;
    seen.add(detail);
    if (!box) {
      moreEl = h('p', { className: 'fault-more', hidden: true });
      box = h(
        'div',
        { className: 'fault', role: 'alert' },
        h('p', {}, FAULT_COPY.crashed(detail)),
        h('p', {}, FAULT_COPY.nothingLost),
        moreEl,
        h('button', { type: 'button', className: 'primary', onclick: () => location.reload() }, FAULT_COPY.reload),
      );
      document.body.prepend(box);
      document.documentElement.dataset.fault = '';
      return;
    }
    more += 1;
    if (moreEl) {
      moreEl.hidden = false;
      moreEl.textContent = FAULT_COPY.more(more);
    }
  };
  const onError = (event: ErrorEvent): void => {
    // Not a failure: the browser's note that a ResizeObserver (the presenter's miniatures) took another frame.
    if (!event.error && BENIGN.test(event.message)) return;
    show(event.error === undefined || event.error === null ? event.message || 'unknown error' : messageOf(event.error));
  };
  const onRejection = (event: PromiseRejectionEvent): void => show(messageOf(event.reason));
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
