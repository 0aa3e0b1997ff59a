/**
 * The words on more than one screen: the notices' close button, the labels the story log and the projector
 * both use, the content-note and support boxes, the way back to the menu, loading, and start-up problems.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const COMMON_COPY = {
  /** The × on a notice, and what a screen reader calls it. */
  dismiss: '×',
  dismissLabel: 'Dismiss this message',
  /** Before the feedback on a choice, in the story log, the projector and the summary. */
  whyItMatters: 'Why it matters: ',
  /** The tag before a phone event in the story log and on the projector. */
  phone: 'Phone',
  /** A content note shown just before distressing material. */
  contentNote: 'Content note: ',
  contentNoteLabel: 'Content note',
  /** The support box, wherever abuse or a sanction appears. */
  supportHeading: 'Where to get support',
  backToMenu: 'Back to the menu',
  /** The marks beside an impact's label (the label itself is teaching data). */
  impactIcons: { upheld: '✓', risk: '!', breach: '✕' },
  /** A problem found in a story file, shown as a notice at start-up. */
  storyProblem: (problem: string) => `Story problem: ${problem}`,
  /**
   * A scenario id that matches none (from `?play=` or a stale link). `id` is echoed already shortened and
   * cleaned (src/core/text/export-text.ts `echoInput`); `then` says where to go next, if anywhere.
   */
  unknownScenario: (id: string, then?: 'menu' | 'list') =>
    `There is no scenario called "${id}".${then === 'menu' ? ' Choose one from the menu.' : then === 'list' ? ' Choose one from the list.' : ''}`,
  /** While the debrief's or the references page's code is fetched (it is a chunk of its own), and if it fails. */
  loadingPage: 'Loading…',
  pageFailed: 'This page could not load. Check your connection, then go back to the menu and try again.',
  groupModeFailed: (reason: string) => `Group mode could not start (${reason}). Reload the page, or play alone without ?mode=group.`,
} as const;
