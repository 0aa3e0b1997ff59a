/**
 * The words on the menu screen: the game's title and pitch, the resume offer, the scenario cards, the
 * ways to group mode and the Sources page, and the notifications on the lock screen drawn beside it.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const MENU_COPY = {
  title: 'Public Profile',
  lede: 'Practise the judgement calls social workers face online: requests, posts, privacy and what others say about you. Every choice is mapped to your professional standards.',
  resume: {
    heading: 'Continue where you left off',
    /** `when` is the save's date and time, or '' when unknown. */
    summary: (title: string, steps: number, when: string) => `“${title}”: ${steps} decision${steps === 1 ? '' : 's'} made${when ? `, ${when}` : ''}.`,
    continue: 'Continue',
    startAgain: 'Start it again',
  },
  scenariosHeading: 'Scenarios',
  scenariosLabel: 'Scenarios',
  minutes: (minutes: number) => `About ${minutes} minutes`,
  // Notes are sentences of their own ("…without detail."): joined by a space, not "; " after the full stop.
  contentNotes: (notes: readonly string[]) => `Content notes: ${notes.map((n) => (/[.!?]$/.test(n) ? n : `${n}.`)).join(' ')}`,
  play: 'Play',
  playLabel: (title: string) => `Play “${title}”`,
  noScenarios: 'No scenarios were found in stories/.',
  groupSession: 'Run a group session on a projector',
  sources: 'Sources and references',
  /** The phone's lock screen behind the menu (src/game/scenes/title-scene.ts). */
  lockScreen: {
    guild: '3 colleagues shared new practice research',
    hearth: 'It has been a while since your privacy check-up',
  },
} as const;
