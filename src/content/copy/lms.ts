/**
 * The words on any screen about the learning platform (LMS): it would not start, it refused something,
 * progress kept on the device. A copy module: plain words (and small functions where a value goes in); it
 * imports nothing but types.
 */
export const LMS_COPY = {
  /** The LMS's API was found but would not start a session. */
  couldNotStart: 'Your learning platform did not respond, so it will not record this session. You can still play: your progress is kept in this browser.',
  /** The first refusal or lost connection of a session (said once). */
  trouble: (reason: string) =>
    `Your learning platform is not accepting your progress just now (${reason}). Keep playing: your progress is kept in this browser, and it is sent again with your next choice.`,
  /** The progress would not fit in the space the platform gives, even after leaving out old finished runs. */
  tooBig:
    'Your progress has grown too long for your learning platform to keep, so it keeps your last saved point. You can keep playing: your latest progress is kept in this browser.',
  /** Finished runs of other scenarios were left out of the platform's record to make room (completion is kept). */
  leftOut: (titles: string) =>
    `To make room, your learning platform no longer keeps the finished runs of ${titles} (it still records that you completed them). You can play them again at any time.`,
  /** Said once, the first time a post is sent inside a learning platform. */
  postStaysHere: 'Your learning platform records your choices and what the checker found in your post, but not your post’s words: they stay in this browser.',
  /** Coming back to a suspended attempt. */
  welcomeBack: (title: string) => `Welcome back: you are where you left off in “${title}”.`,
  /** What the platform handed back could not all be read. */
  unreadable: (detail: string) => `Some of your saved progress could not be read (${detail}), so that part starts afresh.`,
} as const;
