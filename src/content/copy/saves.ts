/**
 * The words on any screen about saved progress and notes (shown as notices): a save too big to keep, a save
 * changed in another tab, the undo after starting again, and a save that could not be replayed.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const SAVES_COPY = {
  /** Storage is full or blocked: play goes on without saving. */
  storageFull: "This browser's storage is full, so your progress is not being saved. You can keep playing.",
  storageBlocked: 'This browser is blocking storage, so your progress is not being saved. You can keep playing.',
  cannotRead: 'Saved progress cannot be read in this browser.',
  /** Why a save could not be used. */
  none: 'There is no saved progress.',
  corrupt: (detail: string) => `Your saved progress could not be read (${detail}), so this scenario will start afresh.`,
  otherVersion: 'Your saved progress is from a different version of the game, so this scenario will start afresh.',
  otherScenario: 'Your saved progress belongs to a different scenario.',
  storyChanged: 'This scenario has been updated since you saved, so it will start afresh.',
  /** Not even the choices fit in a save: nothing was written, so the last save stands. */
  tooBig:
    'Your latest progress is too big to save (very long text in a form), so the last save stands. You can keep playing, but if you leave this page you will return to your last saved point.',
  /** The unsent draft would make the save too big: the choices are saved, the draft is not. */
  draftTooBig: 'Your progress is saved, but your unsent text is too long to keep if you leave this page. Send it or shorten it before you go.',
  /** Saved choices that do not fit the story although it has not changed: the save itself is bad. */
  replayFailed: (detail: string) => `Your saved progress could not be read (${detail}), so this scenario will start afresh.`,
  /** A saved draft that no longer fits the open form. */
  draftLost: (detail: string) => `Your unsent text could not be put back (${detail}).`,
  conflict: {
    /** This tab's save was changed (or removed) by another tab of the game. */
    changed: (title: string) =>
      `Your progress in “${title}” was changed in another tab or window. This tab has stopped saving so neither is lost. Which do you want to keep?`,
    removed: (title: string) =>
      `Your saved progress in “${title}” was cleared in another tab or window. This tab has stopped saving so nothing more is lost. Which do you want to keep?`,
    useOther: 'Load the other tab’s progress',
    keepThis: 'Keep playing here (this becomes the save)',
    keptThis: 'This tab’s progress is the save again.',
    notesChanged: (title: string) =>
      `Your notes on “${title}” were changed in another tab or window. This tab has stopped saving them. Which do you want to keep?`,
    notesUseOther: 'Show the other tab’s notes',
    notesKeepThis: 'Keep the notes in this tab',
  },
  undo: {
    /** After "Start it again": the earlier progress can be brought back. */
    startedAgain: (title: string, steps: number) => `Your earlier progress in “${title}” (${steps} decision${steps === 1 ? '' : 's'}) was cleared.`,
    notesCleared: 'Notes cleared.',
    button: 'Undo',
    undone: 'Your earlier progress is back.',
  },
} as const;
