/** The facilitator's key map (src/ui/group-keys.ts): plain logic over a key event, so it runs in node. */
import { describe, expect, it } from 'vitest';
import { keyAction } from '../../src/ui/group-keys.ts';

const key = (k: string, more: { code?: string; shiftKey?: boolean; ctrlKey?: boolean; tag?: string } = {}) =>
  ({
    key: k,
    code: more.code ?? '',
    shiftKey: more.shiftKey ?? false,
    ctrlKey: more.ctrlKey ?? false,
    altKey: false,
    metaKey: false,
    target: { tagName: more.tag ?? 'H1' },
  }) as unknown as KeyboardEvent;

describe('facilitator keys', () => {
  it('maps a clicker and the keyboard to commands', () => {
    expect(keyAction(key('PageDown'), true)).toEqual({ command: { type: 'next' } });
    expect(keyAction(key('ArrowRight'), true)).toEqual({ command: { type: 'next' } });
    expect(keyAction(key(' '), true)).toEqual({ command: { type: 'next' } });
    expect(keyAction(key('PageUp'), true)).toEqual({ command: { type: 'back' } });
    expect(keyAction(key('ArrowLeft'), true)).toEqual({ command: { type: 'back' } });
    expect(keyAction(key('b'), true)).toEqual({ command: { type: 'blackout' } });
    expect(keyAction(key('.'), true)).toEqual({ command: { type: 'blackout' } });
    expect(keyAction(key('R'), true)).toEqual({ command: { type: 'reveal' } });
    expect(keyAction(key('F5'), true)).toEqual({ command: { type: 'take-pointer' } });
    expect(keyAction(key('3', { code: 'Digit3' }), true)).toEqual({ command: { type: 'choose', option: 2 } });
    expect(keyAction(key('£', { code: 'Digit3', shiftKey: true }), true)).toEqual({ command: { type: 'vote', option: 2, delta: -1 } });
    expect(keyAction(key('f'), true)).toEqual({ ui: 'fullscreen' });
    expect(keyAction(key('s'), true)).toEqual({ ui: 'presenter' });
    expect(keyAction(key('?', { shiftKey: true }), true)).toEqual({ ui: 'help' });
  });

  it('with single-key shortcuts off, only the Page, arrow and Space keys act', () => {
    expect(keyAction(key('b'), false)).toBeUndefined();
    expect(keyAction(key('1', { code: 'Digit1' }), false)).toBeUndefined();
    expect(keyAction(key('?'), false)).toBeUndefined();
    expect(keyAction(key('PageDown'), false)).toEqual({ command: { type: 'next' } });
  });

  it('leaves typing, buttons and browser shortcuts alone', () => {
    expect(keyAction(key('1', { code: 'Digit1', tag: 'INPUT' }), true)).toBeUndefined();
    expect(keyAction(key(' ', { tag: 'BUTTON' }), true)).toBeUndefined();
    expect(keyAction(key('Enter', { tag: 'BUTTON' }), true)).toBeUndefined();
    expect(keyAction(key('r', { ctrlKey: true }), true)).toBeUndefined();
  });
});
