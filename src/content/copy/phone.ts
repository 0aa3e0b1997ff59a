/**
 * The words on the phone drawn beside the story (src/game/objects): the empty feed, requests, the mirrored
 * settings, search, composer and picture chooser; and the outcome ladder drawn there beside the debrief
 * (src/game/scenes/debrief-scene.ts). What the story puts on the phone (names, posts,
 * messages) comes from its .ink file; the apps' names and the settings' labels are data.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const PHONE_COPY = {
  nothingNew: 'Nothing new',
  /** A notification with no app. */
  messages: 'Messages',
  request: {
    wants: { friend: 'wants to be friends', follow: 'wants to follow you', connect: 'wants to connect' },
    accept: { friend: 'Confirm', other: 'Accept' },
    decline: { friend: 'Delete', other: 'Decline' },
    ignore: 'Ignore',
    outcome: { accepted: '✓ Accepted', declined: '✕ Declined', ignored: '… Left unanswered' },
  },
  /** The buttons on someone else's post, profile, page or thread. */
  actions: { report: 'Report', block: 'Block' },
  /** A message thread's input bar. */
  thread: { placeholder: 'Message…', send: 'Send' },
  post: {
    justNow: 'Just now',
    justNowTo: (audience: string) => `Just now · ${audience}`,
  },
  settings: {
    title: 'Privacy settings',
    on: 'On',
    off: 'Off',
  },
  search: {
    shows: (exposes: readonly string[]) => `Shows: ${exposes.join(', ')}`,
    nothing: 'Nothing about you on the open web',
  },
  hatePage: 'Public page · anyone can see and share it',
  composer: {
    /** The player's name when the story gives none. */
    you: 'You',
    placeholder: 'What’s on your mind?',
    photo: (label: string) => `Photo: ${label}`,
    checkIn: (place: string) => `at ${place}`,
    post: 'Post',
  },
  pictures: {
    title: 'Choose a profile picture',
    note: 'Everyone can see it, whatever your settings.',
    chosen: '✓ Chosen',
  },
  /** The outcome ladder drawn beside the debrief. */
  ladder: {
    heading: 'Outcome',
    totals: (upheld: number, risk: number, breach: number) => `${upheld} upheld · ${risk} at risk · ${breach} breached`,
  },
} as const;
