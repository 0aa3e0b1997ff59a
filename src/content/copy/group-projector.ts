/**
 * The words on group mode's projector screen (the audience view): each screen's heading and lines, the
 * footer, the messages for the facilitator, and what the projector says to a presenter window it refuses.
 * The story's text, the endings and the standards' names come from the story and the teaching data.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
const hands = (n: number) => `${n} ${n === 1 ? 'hand' : 'hands'}`;

export const GROUP_PROJECTOR_COPY = {
  /** The browser tab: with a scenario running, and without. */
  documentTitle: (scenario: string | undefined) => (scenario ? `${scenario}: group session` : 'Group session: Public Profile'),
  /** The footer's place when no scenario runs. */
  position: 'Group session',
  timer: (text: string) => `Timer ${text}`,
  controls: 'Controls',
  controlsLabel: 'Presenter controls',
  messagesLabel: 'Messages for the facilitator',
  /** Before each message on the projector (shown only while no presenter window is connected). */
  forFacilitator: 'For the facilitator: ',
  blackout: 'The screen is blanked. Press B to bring it back.',
  presenterOpen: 'The presenter view is open in a second window: put it on your own screen.',
  popupsBlocked: 'Pop-ups are blocked in this browser, so the presenter controls are on this screen instead. Press P to show or hide them.',
  noFullscreen: 'This browser would not switch to full screen.',
  /** Sent to a presenter window from an earlier session (it shows "refused this presenter view: …"). */
  staleSession: 'it belongs to an earlier session. Close it and press S in the projector window.',
  page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  standardsLabel: 'Standards',
  forms: {
    settings: (app: string) => `${app} privacy settings`,
    composer: (app: string) => `a post to write on ${app}`,
    pictures: 'a profile picture to choose',
    and: ' and ',
  },
  menu: {
    heading: 'Group session',
    intro: 'Choose a scenario. The room discusses each choice, votes, then sees what happens.',
    startLabel: (title: string) => `Start “${title}” with the room`,
    /** "Press S …, or [play alone instead]." */
    keys: 'Press S for the presenter view, ? for the keys, or ',
    playAlone: 'play alone instead',
    keysEnd: '.',
    clicker: 'With a clicker: Page Down highlights a scenario or a saved session, the start key (F5) starts or resumes it.',
    highlighted: ' ◀ highlighted',
    saved: 'Saved sessions',
    savedIntro: 'Sessions saved in this browser by other projector tabs. This tab resumes none of them unless you choose one.',
    resume: (title: string, decisions: number, when: string) => `Resume “${title}” (${decisions} ${decisions === 1 ? 'decision' : 'decisions'}, saved ${when})`,
  },
  loading: 'Loading…',
  /** The choice screen: discussion, the show of hands and the decision, one screen. */
  choice: {
    discuss: 'Discuss',
    voting: 'Show of hands',
    deciding: 'The room decides',
    decided: 'The room decided',
    noPrompt: 'What would you do, and why?',
    forms: (forms: string) => `On the phone: ${forms}. The facilitator sets it as the room agrees; the reveal shows what was set.`,
    count: (votes: number, leader: boolean) => `${hands(votes)}${leader ? ' ✓ most' : ''}`,
    total: (total: number) => `${hands(total)} in all.`,
    tie: (options: readonly number[]) => `A tie between options ${options.join(' and ')}. The facilitator decides.`,
    noHands: 'No hands counted. The facilitator decides.',
    highlighted: ' ◀ highlighted',
    taken: ' ✓ chosen',
    chosenBy: (how: string, done: boolean) => `Chosen by ${how}.${done ? '' : ' Next reveals what happens.'}`,
  },
  reveal: {
    heading: 'What happened',
    chosen: 'The room chose: ',
  },
  road: {
    heading: (page: number, of: number) => `The road not taken (${page} of ${of})`,
    chosen: 'If the room had chosen: ',
    loading: 'Working it out…',
    failed: (message: string) => `This option could not be played (${message}).`,
    ending: 'It would have ended here: ',
  },
  end: {
    heading: 'How it ended',
    outcome: (label: string) => `Outcome: ${label}. `,
    meaning: (meaning: string) => ` ${meaning}`,
  },
  summary: {
    heading: 'Session summary',
    noEnding: 'The scenario did not reach an ending.',
    newSession: 'New session',
    confirmNewSession: 'Press again to discard this summary and start a new session (any other key keeps it)',
  },
} as const;
