/**
 * The Settings button (menu, play header, debrief). The dialog behind it (src/ui/settings-dialog.ts, with its
 * words) is a chunk of its own: nobody needs it to read the first text or take the first choice. It is fetched
 * as the learner reaches for the button (the pointer over it, a touch, keyboard focus) and built and opened
 * on the click, as before, once it is here.
 */
import { SETTINGS_COPY } from '../content/copy/settings.ts';
import { lazy } from '../core/lazy.ts';
import { chunk } from '../adapters/chunks.ts';
import { h } from './dom.ts';
import type { SettingsDialog, SettingsDialogOptions } from './settings-dialog.ts';

const dialogChunk = lazy(chunk(() => import('./settings-dialog.ts')));
/** Starts fetching the dialog (a failure here is left to the click, which tries again). */
const prefetch = () => void dialogChunk().catch(() => undefined);

export interface SettingsButtonOptions extends SettingsDialogOptions {
  /** Tells the learner the dialog could not be fetched (a click tries again). */
  failed: (text: string) => void;
}

export class SettingsButton {
  private dialog: SettingsDialog | undefined;

  constructor(private readonly options: SettingsButtonOptions) {}

  /** A button that opens the dialog. */
  button(): HTMLButtonElement {
    return h(
      'button',
      {
        type: 'button',
        className: 'quiet settings-button',
        'aria-haspopup': 'dialog',
        onpointerenter: prefetch,
        ontouchstart: prefetch,
        onfocus: prefetch,
        onclick: () => void this.open(),
      },
      SETTINGS_COPY.open,
    );
  }

  async open(): Promise<void> {
    try {
      const { SettingsDialog } = await dialogChunk();
      this.dialog ??= new SettingsDialog(this.options);
      this.dialog.open();
    } catch {
      this.options.failed(SETTINGS_COPY.failed);
    }
  }
}
