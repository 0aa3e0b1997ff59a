/**
 * Saves and notes across tabs, and work that must not be lost by leaving: the browser side of the app's
 * save coordination (src/core/app/app.ts).
 *
 * Tabs learn of each other's writes from the `storage` event. Chosen over BroadcastChannel and Web Locks
 * because the thing to coordinate *is* localStorage: the event fires in every other tab of the origin for
 * exactly the writes (and removals, and a clear of everything) that matter, with no extra messages to send
 * or locks to hold, and it comes from any writer, even a tab still running an older build. A tab never
 * locks another out; it is told when its save changed elsewhere and chooses which progress to keep.
 *
 * Also: the choice and undo notices, the `beforeunload` prompt (only while unsent text or notes are not
 * stored) and one request for persistent storage once notes exist.
 */
import type { App } from '../core/app/app.ts';
import { NOTES_PREFIX, type ReflectionNotes } from '../core/teaching/reflection-notes.ts';
import { SAVES_COPY } from '../content/copy/saves.ts';
import { COMMON_COPY } from '../content/copy/common.ts';
import { h } from './dom.ts';

interface Action {
  label: string;
  run: () => unknown;
}

/** A notice with buttons: taking one (or ×) removes it. One per `kind` at a time. */
function choiceNotice(notices: HTMLElement, kind: string, text: string, actions: Action[], level: 'warning' | 'info' = 'warning'): HTMLElement {
  notices.querySelector(`[data-choice="${kind}"]`)?.remove();
  const item = h(
    'div',
    { className: `notice notice-${level} notice-choice`, role: level === 'warning' ? 'alert' : 'status', 'data-choice': kind },
    h('p', {}, text),
    h(
      'div',
      { className: 'actions' },
      ...actions.map((a) =>
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              item.remove();
              void a.run();
            },
          },
          a.label,
        ),
      ),
    ),
    h('button', { type: 'button', className: 'notice-close', 'aria-label': COMMON_COPY.dismissLabel, onclick: () => item.remove() }, COMMON_COPY.dismiss),
  );
  notices.append(item);
  return item;
}

/** Ask once for storage the browser will not clear under pressure; refused or unsupported is fine. */
function persistOnce(): () => void {
  let asked = false;
  return () => {
    if (asked) return;
    asked = true;
    try {
      void navigator.storage?.persist?.().catch(() => false);
    } catch {
      /* not offered here: the notes stay in ordinary storage */
    }
  };
}

function notesStored(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(NOTES_PREFIX)) return true;
  } catch {
    /* storage blocked: no notes stored */
  }
  return false;
}

export function installSaveSync({ app, notes, notices }: { app: App; notes: ReflectionNotes; notices: HTMLElement }): void {
  const persist = persistOnce();
  notes.afterStore = persist;
  if (notesStored()) persist();

  app.events.on('app/save-conflict', ({ scenario, removed }) => {
    const text = removed ? SAVES_COPY.conflict.removed(scenario.title) : SAVES_COPY.conflict.changed(scenario.title);
    choiceNotice(notices, 'save', text, [
      { label: SAVES_COPY.conflict.useOther, run: () => app.useOtherSave() },
      { label: SAVES_COPY.conflict.keepThis, run: () => app.keepThisTab() },
    ]);
  });
  app.events.on('app/undo', ({ text, undo }) => {
    choiceNotice(notices, 'undo', text, [{ label: SAVES_COPY.undo.button, run: undo }], 'info');
  });
  // A new screen (or a choice taken) makes an offer to undo "Start it again" stale.
  app.events.on('app/screen', (screen) => {
    if (screen.name !== 'play' && screen.name !== 'loading') notices.querySelector('[data-choice="undo"]')?.remove();
  });
  app.events.on('session/saved', () => notices.querySelector('[data-choice="undo"]')?.remove());

  window.addEventListener('storage', (event) => {
    if (event.storageArea !== null && event.storageArea !== window.localStorage) return;
    app.storageChanged(event.key);
    const screen = app.currentScreen;
    if (screen.name !== 'debrief' || (event.key !== null && event.key !== NOTES_PREFIX + screen.scenario.id)) return;
    const id = screen.scenario.id;
    if (!notes.changedElsewhere(id)) return;
    notes.hold(id);
    choiceNotice(notices, 'notes', SAVES_COPY.conflict.notesChanged(screen.scenario.title), [
      {
        label: SAVES_COPY.conflict.notesUseOther,
        run: () => {
          notes.takeStored(id);
          void app.showDebrief(); // drawn again with the stored notes
        },
      },
      { label: SAVES_COPY.conflict.notesKeepThis, run: () => notes.keepMine(id) },
    ]);
  });

  // Only when leaving would lose text: everything else is saved as it is typed.
  window.addEventListener('beforeunload', (event) => {
    if (!app.hasUnsavedText() && !notes.unsaved) return;
    event.preventDefault();
    event.returnValue = '';
  });
}
