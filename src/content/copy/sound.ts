/**
 * The words for sounds: the caption shown beside the phone for every sound cue (whether or not it is
 * heard), and the mark for a sound that played with the sound off.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
import type { SoundCueName } from '../../core/app/sound-cues.ts';

export const SOUND_COPY = {
  captions: {
    notification: 'Notification sound',
    message: 'Message sound',
    request: 'Request sound',
    send: 'Message sent sound',
    positive: 'Standards upheld chime',
    negative: 'Standards at risk chime',
  } satisfies Record<SoundCueName, string>,
  icon: '♪',
  muted: '(sound off)',
} as const;
