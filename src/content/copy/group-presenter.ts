/**
 * The words on group mode's presenter view: the facilitator's controls (in the presenter window, or on
 * the projector's screen when pop-ups are blocked), the discussion timer, the connection messages and the
 * key help. The story's text and the standards' names come from the story and the teaching data.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
const hands = (n: number) => `${n} hand${n === 1 ? '' : 's'}`;

export const GROUP_PRESENTER_COPY = {
  heading: 'Presenter view',
  /** The presenter window's tab. */
  documentTitle: 'Presenter view: Public Profile',
  hide: 'Hide controls (P)',
  connection: {
    connecting: 'Connecting to the projector window…',
    noProjector: 'This presenter view has no projector window. Open the game with ?mode=group, then press S there.',
    refused: (reason: string) => `The projector window refused this presenter view: ${reason}`,
    closed: 'The projector window has been closed. Open the game there again and press S.',
    reconnecting: 'Reconnecting to the projector window…',
    fullscreen: 'Full screen is for the projector window: click it, then press F.',
    thisIsPresenter: 'This is the presenter view.',
    second:
      'Another presenter window has control of this projector, so this one changes nothing. Take over to control it from here (the other window is told).',
    takeOver: 'Take over',
  },
  notices: 'Messages',
  menu: {
    heading: 'Choose a scenario',
    start: (title: string) => `Start “${title}”`,
    saved: 'Saved sessions from other tabs',
    resume: (title: string, decisions: number) => `Resume “${title}” (${decisions} ${decisions === 1 ? 'decision' : 'decisions'} taken)`,
  },
  now: {
    label: 'On the projector',
    heading: (label: string) => `On the projector: ${label}`,
    position: (index: number, total: number, live: boolean, next: string) =>
      `Screen ${index} of ${total}${live ? '' : ' (looking back: decisions stay made)'}. ${next}.`,
    blackedOut: 'The projector is blanked (blackout).',
    back: 'Back',
    next: 'Next',
    reveal: 'Reveal',
    blackout: 'Blackout',
    endBlackout: 'End blackout',
    shown: 'Text on the projector now',
  },
  /** The speaker view's miniatures of the projector (group-presenter-preview.ts). */
  preview: {
    label: 'The projector now and next',
    now: 'Now on the projector',
    next: 'Next',
    nowFrame: 'Miniature of the projector now',
    nextFrame: 'Miniature of the screen Next will show',
    blackedOut: (label: string) => `${label} (blanked: the room sees black)`,
    /** No next screen to show: the live choice (the reveal waits for the room's decision), the last screen, the menu. */
    noNext: (action: string, deciding: boolean) =>
      deciding ? `The reveal is not made until the room decides, so there is nothing to preview. ${action}.` : `${action}.`,
  },
  /** How the presenter follows the projector's words (screenWords). */
  shown: {
    feedback: (text: string) => `Why it matters: ${text}`,
    phone: (text: string) => `Phone: ${text}`,
    chosen: (choice: string) => `The room chose: ${choice}`,
    road: (text: string) => `If the room had chosen: ${text}`,
  },
  outcome: {
    finished: 'The scenario has finished.',
    majority: (option: number, votes: number, total: number) => `Most hands: option ${option} (${votes} of ${total}).`,
    override: (option: number, how: string) => `Taking option ${option}: ${how}.`,
    tie: (options: readonly number[]) => `A tie between options ${options.join(' and ')}: you decide.`,
    none: 'No votes yet.',
    total: (outcome: string, total: number) => `${outcome} ${hands(total)} in all.`,
  },
  decision: {
    heading: (number: number) => `Decision ${number}`,
    prompt: 'Discussion prompt: ',
    noPrompt: 'none in the story; ask the room what they would do and why.',
    toBeTaken: ' (to be taken)',
    highlighted: ' (highlighted)',
    notes: 'Notes: ',
    noNotes: 'Notes: no standards tagged.',
    noteStandard: (label: string) => ` ${label}`,
    noteSeparator: '; ',
    /** The notes (standards per option) are hidden until the presenter asks: many trainers mirror this screen. */
    showNotes: 'Show my notes (standards per option)',
    hideNotes: 'Hide my notes',
    notesShown: 'Your notes are showing. The room can’t see this window — unless your screen is mirrored to the projector.',
    notesHidden: 'Your notes (the standards each option touches) are hidden, so nothing gives the answer away before the reveal.',
    /** On the projector's own screen (pop-ups blocked), the room sees the controls: no notes there. */
    notesElsewhere: 'These controls are on the projector, so the notes on the standards stay hidden until the reveal (they are in the presenter window, S).',
    handsLabel: (option: number) => `Hands for option ${option}`,
    badHands: 'A number of hands must be a whole number from 0 to 999.',
    fewer: '−',
    fewerLabel: (option: number) => `One hand fewer for option ${option}`,
    more: '+',
    moreLabel: (option: number) => `One more hand for option ${option}`,
    take: (option: number) => `Take option ${option}`,
    hint: '“Take option” shows the room the facilitator’s decision; Next or R then reveals it.',
  },
  forms: 'The phone at this decision',
  timer: {
    label: 'Discussion timer',
    heading: 'Timer',
    up: 'Time is up',
    running: (left: string) => `${left} left`,
    paused: (left: string) => `${left} left (paused)`,
    notStarted: (left: string) => `${left} (not started)`,
    start: 'Start',
    pause: 'Pause',
    extend: '+1 minute',
    reset: 'Reset',
  },
  summary: {
    label: 'Summary',
    finished: 'Summary',
    soFar: 'Summary so far',
    every: 'Show every decision',
  },
  end: {
    label: 'End the session and choose another scenario',
    confirm: 'Press again to end the session (the summary so far stays downloadable until then)',
    cancel: 'Keep the session',
  },
  settings: {
    label: 'Settings',
    heading: 'Settings',
    roadNotTaken: 'Show the road not taken after each reveal',
    singleKeys: 'Single-key shortcuts (letters and numbers)',
    keys: 'Keys',
  },
  help: {
    heading: 'Keys for the facilitator',
    close: 'Close',
    clicker:
      'A clicker works too: Page Down is Next, Page Up is Back, its blank button is blackout, its start button (F5) starts a highlighted scenario, resumes a highlighted saved session or takes a highlighted option. Holding a key down counts once. Single-key shortcuts can be turned off in the presenter settings.',
  },
  /** The key list for the help dialog (the keys themselves are in src/ui/group-keys.ts). */
  keys: [
    [
      'Space, → or Page Down',
      'Next screen (at the choice: reveal the decision, or on a tie highlight an option; in the menu: highlight a scenario, then the saved sessions; at the summary: twice to end the session)',
    ],
    ['Page Up or ←', 'Back to the previous screen (a decision stays made); in the menu, highlight the one before'],
    ['1 to 9', 'Add a hand for that option; once an option is highlighted (a tie, or no hands), take that option'],
    ['Shift + 1 to 9', 'Take a hand away from that option'],
    ['R', 'Reveal the decision'],
    [
      'F5 or Enter',
      'Take the highlighted option (when the room is tied or did not vote); in the menu, start the highlighted scenario or resume the highlighted saved session',
    ],
    ['B or .', 'Blackout: blank the projector, and back'],
    ['T', 'Start or pause the discussion timer'],
    ['+', 'One more minute on the timer'],
    ['F', 'Full screen (in the projector window)'],
    ['S', 'Open the presenter view in a second window'],
    ['P', 'Show or hide the presenter controls on this screen'],
    ['?', 'This help'],
  ],
} as const;
