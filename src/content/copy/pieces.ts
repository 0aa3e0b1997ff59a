/**
 * The words on the phone's pieces, the forms above the choices: the privacy settings sheet, the profile
 * picture chooser, the post composer and its checker's advice. The settings' own labels and help, the
 * audiences and the pictures' names are data (src/core/phone); the checker's findings come from it.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const PIECES_COPY = {
  /** How a checker flag names standards when no framework was chosen: the handout's plain numbers. */
  flagStandards: (numbers: readonly number[]) => `Standard${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`,
  settings: {
    title: (app: string) => `${app}: privacy settings`,
    note: 'Change what you like here, then take one of the choices below to carry on.',
  },
  pictures: {
    title: 'Choose your profile picture',
    legend: 'Profile picture (everyone can see it, whatever your other settings)',
  },
  composer: {
    title: 'Write a post',
    note: 'Nothing is posted until you take a choice below. The checker only advises: you decide.',
    draftsNote: 'Start from a draft, or write your own:',
    draft: (n: number, text: string) => `Draft ${n}: ${text}`,
    text: 'Your post',
    count: (length: number, max: number) => `${length.toLocaleString('en-GB')} of ${max.toLocaleString('en-GB')} characters`,
    app: 'App',
    audience: 'Who can see it',
    photo: 'Add a photo',
    noPhoto: 'No photo',
    checkIn: 'Check in at a place',
    noCheckIn: 'No check-in',
  },
  advice: {
    heading: 'Before you post',
    loading: 'The checker is loading…',
    empty: 'Write something, or start from a draft.',
    clean: 'Nothing here looks risky. Read it once more as a stranger would.',
    serious: 'Serious',
    caution: 'Caution',
    standards: (standards: string) => ` ${standards}.`,
    /** After a flag the draft repeats: how often. */
    times: (n: number) => (n > 1 ? ` (${n.toLocaleString('en-GB')} times)` : ''),
    /** The last line of a capped list of flags. */
    more: (n: number) => `And ${n.toLocaleString('en-GB')} more ${n === 1 ? 'thing' : 'things'} to think about.`,
  },
} as const;
