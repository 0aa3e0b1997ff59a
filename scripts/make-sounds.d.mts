/** Types for scripts/make-sounds.mjs (plain JavaScript, so `npm run sounds` runs on Node 20 without a build). */
export declare const CUE_RATE: number;
export declare const ROOM_TONE_RATE: number;
export declare const SOUND_DIR: string;
export declare function encodeWav(samples: ArrayLike<number>, rate: number): Uint8Array;
/** Every sound the game plays, as file name → WAV bytes. */
export declare function renderSounds(): Map<string, Uint8Array>;
