#!/usr/bin/env node
/**
 * Synthesises every sound the game plays and writes them as small mono 16-bit PCM WAV files to
 * assets/sounds/ (`npm run sounds`). No samples, no downloads, no dependencies: sine partials with
 * soft envelopes for the cues, and spectrally shaped noise (from a seeded generator) for the room tone.
 * The output is deterministic; tests/unit/sounds.test.ts re-renders it in memory and checks that the
 * committed files are byte for byte what this script makes, so this script stays the source of truth.
 *
 * The palette is deliberately gentle: soft attacks, no harsh partials, nothing louder than -6 dBFS. The
 * "at risk" cue is a low, soft falling pair, not a buzzer: the game must not teach fear.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../src/core/random.js';

export const CUE_RATE = 22050;
export const ROOM_TONE_RATE = 11025;
/** Samples in the room-tone loop (a power of two for the FFT): 65,536 at 11,025 Hz is about 5.9 s. */
const ROOM_TONE_SAMPLES = 1 << 16;
export const SOUND_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets/sounds');

// ------------------------------------------------------------------------------------------- building blocks

/** The project's seeded generator (mulberry32), so the "random" parts are the same on every run. */
const prng = mulberry32;

const midi = (note) => 440 * 2 ** ((note - 69) / 12);

/**
 * A soft bell-like note added into `out`: a few sine partials, each with its own exponential decay, a short
 * raised-cosine attack, and (optionally) a gentle pitch glide from `glideFrom` times the pitch.
 */
function addNote(out, rate, { at, freq, gain, decay, attack = 0.006, partials = [[1, 1]], glideFrom = 1, glideTime = 0.05 }) {
  const start = Math.round(at * rate);
  const length = out.length - start;
  for (const [ratio, level, decayScale = 1] of partials) {
    let phase = 0;
    for (let i = 0; i < length; i++) {
      const t = i / rate;
      const glide = glideFrom === 1 ? 1 : 1 + (glideFrom - 1) * Math.exp(-t / glideTime);
      phase += (2 * Math.PI * freq * ratio * glide) / rate;
      const rise = t < attack ? 0.5 - 0.5 * Math.cos((Math.PI * t) / attack) : 1;
      const env = rise * Math.exp(-t / (decay * decayScale));
      out[start + i] += gain * level * env * Math.sin(phase);
    }
  }
}

/** Band-limited noise burst (seeded), for the soft "swish" of a sent message. */
function addSwish(out, rate, { at, duration, gain, seed, from, to }) {
  const rand = prng(seed);
  const start = Math.round(at * rate);
  const n = Math.min(out.length - start, Math.round(duration * rate));
  // Two cascaded one-pole low-passes and a one-pole high-pass whose corner sweeps from `from` to `to` Hz.
  let lp1 = 0;
  let lp2 = 0;
  let hpPrev = 0;
  let hpOut = 0;
  for (let i = 0; i < n; i++) {
    const x = rand() * 2 - 1;
    const p = i / n;
    const corner = from + (to - from) * p;
    const a = 1 - Math.exp((-2 * Math.PI * corner * 2) / rate);
    lp1 += a * (x - lp1);
    lp2 += a * (lp1 - lp2);
    const hpA = Math.exp((-2 * Math.PI * corner * 0.5) / rate);
    hpOut = hpA * (hpOut + lp2 - hpPrev);
    hpPrev = lp2;
    const env = Math.sin(Math.PI * p) ** 2;
    out[start + i] += gain * env * hpOut;
  }
}

/** Scale to a peak of `peak` (0-1) and fade the last `fade` seconds to silence, so nothing clicks. */
function finish(samples, rate, { peak, fade = 0.06 }) {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  const scale = max > 0 ? peak / max : 0;
  const fadeN = Math.round(fade * rate);
  for (let i = 0; i < samples.length; i++) {
    const left = samples.length - 1 - i;
    const f = left < fadeN ? 0.5 - 0.5 * Math.cos((Math.PI * left) / fadeN) : 1;
    samples[i] *= scale * f;
  }
  return samples;
}

const seconds = (s, rate = CUE_RATE) => new Float64Array(Math.round(s * rate));

/** Warm, rounded partials (mostly fundamental, a little octave and twelfth, decaying faster). */
const BELL = [
  [1, 1],
  [2, 0.22, 0.55],
  [3, 0.06, 0.35],
];
const SOFT = [
  [1, 1],
  [2, 0.12, 0.5],
];

// ------------------------------------------------------------------------------------------------- the cues

/** Each cue: [name, duration (s), how it is drawn]. Peaks stay at or below 0.5 (-6 dBFS). */
const CUES = {
  /** Two soft rising bell notes: something arrived on the phone. */
  notification(out, r) {
    addNote(out, r, { at: 0, freq: midi(79), gain: 0.8, decay: 0.16, partials: BELL }); // G5
    addNote(out, r, { at: 0.11, freq: midi(84), gain: 0.9, decay: 0.22, partials: BELL }); // C6
    return { peak: 0.45 };
  },
  /** A single round "bloop" that slides up a little: a direct message. */
  message(out, r) {
    addNote(out, r, { at: 0, freq: midi(76), gain: 1, decay: 0.11, partials: SOFT, glideFrom: 0.8, glideTime: 0.03 }); // E5
    addNote(out, r, { at: 0.09, freq: midi(83), gain: 0.55, decay: 0.12, partials: SOFT, glideFrom: 0.9, glideTime: 0.02 }); // B5
    return { peak: 0.45 };
  },
  /** Three light notes up a major triad: someone wants to connect. */
  request(out, r) {
    addNote(out, r, { at: 0, freq: midi(72), gain: 0.7, decay: 0.14, partials: BELL }); // C5
    addNote(out, r, { at: 0.09, freq: midi(76), gain: 0.7, decay: 0.14, partials: BELL }); // E5
    addNote(out, r, { at: 0.18, freq: midi(79), gain: 0.8, decay: 0.2, partials: BELL }); // G5
    return { peak: 0.42 };
  },
  /** A quick upward swish with a small tick: your message has gone. */
  send(out, r) {
    addSwish(out, r, { at: 0, duration: 0.2, gain: 1, seed: 0x5e9d, from: 500, to: 2400 });
    addNote(out, r, { at: 0.14, freq: midi(86), gain: 0.35, decay: 0.05, partials: SOFT }); // D6
    return { peak: 0.35 };
  },
  /** A warm rising fifth and octave: the choice upheld the standards. */
  positive(out, r) {
    addNote(out, r, { at: 0, freq: midi(72), gain: 0.65, decay: 0.22, partials: BELL }); // C5
    addNote(out, r, { at: 0.1, freq: midi(79), gain: 0.65, decay: 0.24, partials: BELL }); // G5
    addNote(out, r, { at: 0.2, freq: midi(84), gain: 0.55, decay: 0.28, partials: BELL }); // C6
    return { peak: 0.42 };
  },
  /**
   * One soft, level note, repeated once at the same pitch: "here is what followed". Neither rising nor
   * falling, so it says nothing of the verdict; that chime waits until the learner has read the feedback.
   */
  feedback(out, r) {
    addNote(out, r, { at: 0, freq: midi(74), gain: 0.7, decay: 0.12, attack: 0.012, partials: SOFT }); // D5
    addNote(out, r, { at: 0.12, freq: midi(74), gain: 0.55, decay: 0.14, attack: 0.012, partials: SOFT }); // D5
    return { peak: 0.38 };
  },
  /** Two low, soft falling notes (a gentle "hmm"), slow attack, no harsh partials: a standard is at risk. */
  negative(out, r) {
    addNote(out, r, { at: 0, freq: midi(67), gain: 0.8, decay: 0.2, attack: 0.025, partials: SOFT }); // G4
    addNote(out, r, { at: 0.16, freq: midi(64), gain: 0.8, decay: 0.26, attack: 0.03, partials: SOFT }); // E4
    return { peak: 0.36 };
  },
};

const DURATIONS = { notification: 0.55, message: 0.4, request: 0.6, send: 0.32, feedback: 0.45, positive: 0.65, negative: 0.65 };

// -------------------------------------------------------------------------------------------- the room tone

/** In-place iterative radix-2 FFT (inverse when `inverse`), on separate real and imaginary arrays. */
function fft(re, im, inverse) {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = ((inverse ? 2 : -2) * Math.PI) / size;
    const wr = Math.cos(angle);
    const wi = Math.sin(angle);
    for (let start = 0; start < n; start += size) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < size / 2; k++) {
        const a = start + k;
        const b = a + size / 2;
        const tr = re[b] * cr - im[b] * ci;
        const ti = re[b] * ci + im[b] * cr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
        const next = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = next;
      }
    }
  }
}

/**
 * A quiet, seamless room tone: noise shaped in the frequency domain (a soft low rumble falling off like
 * brown noise above 60 Hz, a faint band of "air", nothing below 30 Hz) with random phases, then turned back
 * into samples. Built as one period of a periodic signal, it loops without a seam or a click.
 */
function roomTone() {
  const n = ROOM_TONE_SAMPLES;
  const rate = ROOM_TONE_RATE;
  const rand = prng(0x12f0);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let k = 1; k < n / 2; k++) {
    const f = (k * rate) / n;
    if (f < 30 || f > 3200) continue;
    const rumble = 1 / Math.max(f, 60); // brown-ish above 60 Hz
    const air = f > 400 ? 0.06 / Math.sqrt(f) : 0; // a faint hiss of ventilation
    const edge = f > 2400 ? (3200 - f) / 800 : 1;
    const magnitude = (rumble + air) * edge;
    const phase = rand() * 2 * Math.PI;
    re[k] = magnitude * Math.cos(phase);
    im[k] = magnitude * Math.sin(phase);
    re[n - k] = re[k];
    im[n - k] = -im[k];
  }
  fft(re, im, true);
  let max = 0;
  for (const s of re) max = Math.max(max, Math.abs(s));
  const peak = 0.12; // about -18 dBFS: a room, not a noise
  return re.map((s) => (s / max) * peak);
}

// ------------------------------------------------------------------------------------------------------ WAV

/** A mono 16-bit PCM WAV file. */
export function encodeWav(samples, rate) {
  const dataBytes = samples.length * 2;
  const buf = new ArrayBuffer(44 + dataBytes);
  const v = new DataView(buf);
  const text = (at, s) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  v.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  v.setUint32(16, 16, true); // fmt chunk size
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true); // byte rate
  v.setUint16(32, 2, true); // block align
  v.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  v.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    v.setInt16(44 + i * 2, Math.round(s * 32767), true);
  }
  return new Uint8Array(buf);
}

/** Every sound, as file name → WAV bytes. */
export function renderSounds() {
  const files = new Map();
  for (const [name, draw] of Object.entries(CUES)) {
    const out = seconds(DURATIONS[name]);
    const options = draw(out, CUE_RATE);
    files.set(`${name}.wav`, encodeWav(finish(out, CUE_RATE, options), CUE_RATE));
  }
  files.set('room-tone.wav', encodeWav(roomTone(), ROOM_TONE_RATE));
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(SOUND_DIR, { recursive: true });
  for (const [file, bytes] of renderSounds()) {
    writeFileSync(path.join(SOUND_DIR, file), bytes);
    console.log(`${path.relative(process.cwd(), path.join(SOUND_DIR, file))}  ${(bytes.length / 1024).toFixed(1)} KiB`);
  }
}
