/**
 * The facilitator's keys, shared by the projector window, the presenter window and the on-screen panel.
 * A clicker sends PageUp / PageDown, B (or .) for blackout, and F5 from its start button.
 */
import type { GroupCommand } from '../core/group/protocol.ts';
import { GROUP_PRESENTER_COPY } from '../content/copy/group-presenter.ts';

export type KeyAction = { command: GroupCommand } | { ui: 'fullscreen' | 'presenter' | 'help' | 'panel' | 'close' };

/** The key list for the help dialog and the README: the words are in src/content/copy/group-presenter.ts. */
export const KEY_HELP: readonly (readonly [keys: string, what: string])[] = GROUP_PRESENTER_COPY.keys;

/** The tag name of an event's target (an element), or '' (the document, the window). */
const tagOf = (target: EventTarget | null): string => (target !== null && 'tagName' in target && typeof target.tagName === 'string' ? target.tagName : '');

/**
 * Which action a key press means. Character keys (letters, digits, punctuation) are skipped when the
 * facilitator has turned single-key shortcuts off; the clicker's Page keys and the arrows always work.
 */
export function keyAction(e: KeyboardEvent, singleKeys: boolean): KeyAction | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  const tag = tagOf(e.target);
  if (/^(INPUT|TEXTAREA|SELECT)$/.test(tag)) return undefined;
  const onControl = tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY';
  switch (e.key) {
    case 'PageDown':
    case 'ArrowRight':
      return { command: { type: 'next' } };
    case 'PageUp':
    case 'ArrowLeft':
      return { command: { type: 'back' } };
    case ' ':
      return onControl ? undefined : { command: { type: 'next' } };
    case 'F5':
      return { command: { type: 'take-pointer' } };
    case 'Enter':
      return onControl ? undefined : { command: { type: 'take-pointer' } };
    case 'Escape':
      return { ui: 'close' };
  }
  if (!singleKeys) return undefined;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code)?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : undefined);
  if (digit) {
    const option = Number(digit) - 1;
    return e.shiftKey ? { command: { type: 'vote', option, delta: -1 } } : { command: { type: 'choose', option } };
  }
  switch (e.key.toLowerCase()) {
    case 'b':
    case '.':
      return { command: { type: 'blackout' } };
    case 'r':
      return { command: { type: 'reveal' } };
    case 't':
      return { command: { type: 'timer', action: 'toggle' } };
    case '+':
    case '=':
      return { command: { type: 'timer', action: 'extend' } };
    case 'f':
      return { ui: 'fullscreen' };
    case 's':
      return { ui: 'presenter' };
    case 'p':
      return { ui: 'panel' };
    case '?':
    case '/':
      return { ui: 'help' };
  }
  return undefined;
}
