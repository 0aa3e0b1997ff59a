/**
 * The words on the Sources page (from the menu), and on the sections it shares with the end of the
 * debrief: who regulates social workers, the notes on the handout, the references. The regulators and
 * the references themselves are data in src/content/references.ts and the frameworks.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const SOURCES_COPY = {
  heading: 'Sources and references',
  lede: 'The game’s facts come from these sources, written in our own words. Items marked “not checked” are cited by the source handout but could not be confirmed.',
  regulatorsHeading: 'Who regulates social workers',
  regulator: {
    nation: (nation: string) => `${nation}: `,
    line: (name: string, since: string | undefined, standards: string) => `${name}${since ? ` (since ${since})` : ''}. ${standards}.`,
  },
  correctionsHeading: 'Notes on the handout',
  referencesHeading: 'References',
  unverified: ' Not checked by this project.',
  backToMenu: 'Back to the menu',
} as const;
