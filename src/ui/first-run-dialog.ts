/**
 * The questions asked once before the first scenario (where the learner practises; the judgement check): a
 * native modal <dialog> with a form, a primary button and Skip. Shared behaviour: keys pressed in it stay in
 * it (a number key must not take a story choice behind it), Escape skips as Skip does, and the first input
 * has the focus.
 */
import { h } from './dom.ts';

export interface FirstRunDialog {
  /** The dialog's class (besides `settings`) and the ids of its heading and its explanation. */
  className: string;
  titleId: string;
  aboutId: string;
  title: string;
  about: string;
  /** The questions themselves, between the explanation and the buttons. */
  body: HTMLElement[];
  goLabel: string;
  skipLabel: string;
  /** The primary button (or Enter); `close` ends the dialog. */
  onGo: (close: () => void) => void;
  onSkip: () => void;
}

/** Shows the dialog now; it removes itself when answered or skipped. */
export function showFirstRunDialog(options: FirstRunDialog): void {
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  const skip = () => {
    close();
    options.onSkip();
  };
  const dialog = h(
    'dialog',
    { className: `settings ${options.className}`, 'aria-labelledby': options.titleId, 'aria-describedby': options.aboutId },
    h(
      'form',
      {
        method: 'dialog',
        onsubmit: (event: Event) => {
          event.preventDefault();
          options.onGo(close);
        },
      },
      h('h2', { id: options.titleId }, options.title),
      h('p', { className: 'settings-hint', id: options.aboutId }, options.about),
      ...options.body,
      h(
        'div',
        { className: 'actions settings-actions' },
        h('button', { type: 'submit', className: 'primary' }, options.goLabel),
        h('button', { type: 'button', onclick: skip }, options.skipLabel),
      ),
    ),
  );
  dialog.addEventListener('keydown', (event) => event.stopPropagation());
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    skip();
  });
  document.body.append(dialog);
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input')?.focus();
}
