/**
 * The words on the sound captions: the caption shown beside the phone for every sound cue (heard or
 * not), and the marks beside it. src/core/app/sound-cues.ts hands these captions out with each cue.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
import type { SoundCueName } from '../../core/app/sound-cues.ts';

export const SOUND_COPY = {
  captions: {
    notification: 'Notification sound',
    message: 'Message sound',
    request: 'Request sound',
    send: 'Message sent sound',
    feedback: 'Feedback sound',
    positive: 'Standards upheld chime',
    negative: 'Standards at risk chime',
  } satisfies Record<SoundCueName, string>,
  icon: '♪',
  muted: '(sound off)',
} as const;
