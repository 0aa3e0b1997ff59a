/**
 * The start-up watch: a tiny script inlined into index.html (vite.config.ts, with its hash in the page's
 * Content-Security-Policy), so it runs even when the game's own script never arrives. If the game has not
 * marked `<html data-started>` within the timeout, the "Loading…" line becomes a message with a Reload
 * button. It fetches nothing. `bootWatchScript` turns the function below into the inline script's text.
 */
import { FAULT_COPY } from '../content/copy/faults.ts';

/** How long the page may show "Loading…" before it says the game has not started. */
export const BOOT_TIMEOUT_MS = 10_000;

export interface BootWatchWords {
  message: string;
  reload: string;
}

/** Runs in the page as a classic inline script: no imports, no closures over this module. */
export function watchBoot(words: BootWatchWords, timeoutMs: number): void {
  window.setTimeout(() => {
    const html = document.documentElement;
    const panel = document.getElementById('panel');
    if (html.hasAttribute('data-started') || !panel) return;
    const message = document.createElement('p');
    message.className = 'boot-stalled';
    message.setAttribute('role', 'alert');
    message.textContent = words.message;
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = words.reload;
    reload.addEventListener('click', () => location.reload());
    panel.replaceChildren(message, reload);
    html.dataset.ready = 'not-started';
  }, timeoutMs);
}

/** The inline script's exact text (its CSP hash is taken over this). */
export function bootWatchScript(): string {
  const words: BootWatchWords = { message: FAULT_COPY.notStarted, reload: FAULT_COPY.reload };
  return `(${watchBoot.toString()})(${JSON.stringify(words)}, ${BOOT_TIMEOUT_MS});`;
}

/** The game's script has run: the watch stands down. */
export function markStarted(): void {
  document.documentElement.dataset.started = '';
}
