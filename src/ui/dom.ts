/** A tiny element builder. Text always goes in as text nodes: story text can never inject markup. */
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'className') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

/** The children that are there: drops the nulls and falses a list of optional elements leaves. */
export function present<T>(items: readonly (T | null | undefined | false)[]): T[] {
  return items.filter((item): item is T => item !== null && item !== undefined && item !== false);
}

/** The focused element, if it is an HTML element (not the page's SVG or nothing). */
export function activeHtmlElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** The element an event happened on, if it is an HTML element. */
export function htmlTarget(event: Event): HTMLElement | null {
  return event.target instanceof HTMLElement ? event.target : null;
}

/** The input an input or change event came from (the listener is on an input, so anything else is a bug). */
export function inputTarget(event: Event): HTMLInputElement {
  if (!(event.target instanceof HTMLInputElement)) throw new Error(`a ${event.type} listener for an input heard something else`);
  return event.target;
}

/** A window we talk to by postMessage (a WindowProxy from another window fails `instanceof Window`). */
const isWindow = (v: unknown): v is Window => typeof v === 'object' && v !== null && 'postMessage' in v && 'closed' in v;

/** The window that opened this one, if any. */
export function openerWindow(): Window | null {
  const opener: unknown = window.opener;
  return isWindow(opener) ? opener : null;
}
