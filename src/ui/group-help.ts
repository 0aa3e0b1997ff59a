/**
 * The facilitator's key help: the list of keys (in the presenter's settings) and the same list as a modal
 * dialog (? in the projector window and the presenter window). The words are in
 * src/content/copy/group-presenter.ts.
 */
import { GROUP_PRESENTER_COPY } from '../content/copy/group-presenter.ts';
import { activeHtmlElement, h } from './dom.ts';
import { KEY_HELP } from './group-keys.ts';

export function keyList(): HTMLElement {
  return h('dl', { className: 'keylist' }, ...KEY_HELP.flatMap(([k, w]) => [h('dt', {}, k), h('dd', {}, w)]));
}

/** The key help as a modal dialog. */
export function helpDialog(): { el: HTMLElement; toggle(): void; close(): void; isOpen(): boolean } {
  let returnTo: HTMLElement | null = null;
  const heading = h('h2', { id: 'ghelp-title', tabindex: -1 }, GROUP_PRESENTER_COPY.help.heading);
  const el = h(
    'div',
    { className: 'ghelp', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'ghelp-title', hidden: true },
    h('div', { className: 'ghelp-head' }, heading, h('button', { type: 'button', onclick: () => api.close() }, GROUP_PRESENTER_COPY.help.close)),
    keyList(),
    h('p', {}, GROUP_PRESENTER_COPY.help.clicker),
  );
  const api = {
    el,
    isOpen: () => !el.hidden,
    toggle: () => (el.hidden ? api.open() : api.close()),
    open: () => {
      returnTo = activeHtmlElement();
      el.hidden = false;
      heading.focus();
    },
    close: () => {
      if (el.hidden) return;
      el.hidden = true;
      returnTo?.focus?.();
    },
  };
  return api;
}
