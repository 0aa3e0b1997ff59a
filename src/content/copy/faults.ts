/**
 * The words on the safety nets: the message when the game has not started (its script never arrived), and
 * the message when something has gone wrong while playing. Both offer a reload and say nothing is lost.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const FAULT_COPY = {
  /** Shown by the start-up watch (src/ui/boot-watch.ts) when the game's script has not run in time. */
  notStarted: 'Public Profile has not started. Check your connection and reload.',
  reload: 'Reload',
  /** The top-level error boundary (src/ui/error-boundary.ts). */
  crashed: (detail: string) => `Something went wrong in Public Profile (${detail}).`,
  nothingLost: 'Your progress is saved after each choice: reload the page to carry on from your last choice.',
  more: (count: number) => `${count} more ${count === 1 ? 'problem' : 'problems'} since.`,
} as const;
