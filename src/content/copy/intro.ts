/**
 * The words on the intro screen (before a scenario starts): loading, the content notes, and the buttons.
 * The scenario's title, summary and notes themselves come from its .ink file.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const INTRO_COPY = {
  loading: (title: string) => `Loading “${title}”…`,
  notesHeading: 'Before you start',
  notesStop: 'You can stop at any time with the Menu button, and the story offers to skip the hardest parts.',
  continue: (steps: number) => `Continue (${steps} decision${steps === 1 ? '' : 's'} made)`,
  startAgain: 'Start again',
  begin: 'Begin',
  backToMenu: 'Back to the menu',
} as const;
