/**
 * The words on the play screen: the header, the story log's labels, the discussion prompt, the choices,
 * the end of a scenario. The story's own text comes from its .ink file; the words for each phone event
 * are made in src/ui/pieces-view.ts (describeCue).
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const PLAY_COPY = {
  menu: 'Menu',
  logLabel: 'Story',
  discussLabel: 'Discussion prompt',
  choicesLabel: 'Your choices',
  resumed: 'Welcome back: you are where you left off.',
  /** Read out (visually hidden) before the choice the player took. */
  youChose: 'You chose: ',
  thinkAboutIt: 'Think about it: ',
  search: {
    summary: (query: string, results: number) => `Web search for “${query}”: ${results} result${results === 1 ? '' : 's'} anyone can see.`,
    snippet: (snippet: string) => `: ${snippet}`,
    shows: (exposes: readonly string[]) => ` Shows ${exposes.join(', ')}.`,
  },
  ended: 'This is where the scenario ends.',
  toDebrief: 'See your debrief',
  /** Above the choices when some can also be taken on the drawn phone (hidden when there is no drawn phone). */
  phoneHint: 'Choices marked “on the phone” can also be done by tapping the phone.',
  /** On a choice bound to the drawn phone: shown as a small badge, and read out as part of the button. */
  onThePhone: 'on the phone',
  /** Before the standards a choice touched, after its feedback. */
  standardsLabel: 'Standards: ',
} as const;
