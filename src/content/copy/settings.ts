/**
 * The words on the Settings dialog: sound, reduced motion and the standards framework, with their hints.
 * The frameworks' names come from the framework data.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
import type { ReducedMotionSetting, SmallScreenView } from '../../core/app/preferences.ts';

export const SETTINGS_COPY = {
  /** The button that opens the dialog (on the menu, the play header and the debrief). */
  open: 'Settings',
  /** If the dialog's code (a chunk of its own) could not be fetched. */
  failed: 'Settings could not open. Check your connection, then try again.',
  heading: 'Settings',
  done: 'Done',
  sound: {
    legend: 'Sound',
    on: 'Sound on',
    volume: 'Volume',
    volumeValue: (percent: string) => `${percent}%`,
    roomTone: 'Quiet room tone while you play',
    test: 'Play a test sound',
    hint: 'Every sound also shows a caption, and the story says in words what happened: nothing depends on hearing it.',
  },
  motion: {
    legend: 'Reduced motion',
    about: 'Stops the phone and the page sliding, fading and scrolling smoothly.',
    options: { system: 'Follow my device', on: 'On: keep the screen still', off: 'Off' } satisfies Record<ReducedMotionSetting, string>,
    deviceAsks: 'Your device asks for reduced motion.',
    deviceDoesNotAsk: 'Your device does not ask for reduced motion.',
  },
  smallScreen: {
    legend: 'On a small screen',
    about: 'On a phone the drawn phone and the story take turns: switch with the Phone and Story buttons at the top, or swipe sideways.',
    options: { phone: 'Open on the phone', story: 'Open on the story' } satisfies Record<SmallScreenView, string>,
    follow: 'Show the story by itself when new choices arrive',
  },
  framework: {
    legend: 'Standards in the debrief',
    about: 'The handout cites the HCPC’s 2008 standards. Social workers in England have followed Social Work England’s standards since 2 December 2019.',
  },
} as const;
