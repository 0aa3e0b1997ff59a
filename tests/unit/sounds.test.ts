/**
 * The sounds in assets/sounds are made by scripts/make-sounds.mjs. These tests re-render them in
 * memory: the committed files must be exactly what the script makes (regenerate with `npm run sounds`),
 * and every file must be a small, well-formed, unclipped mono 16-bit WAV.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUE_RATE, renderSounds, ROOM_TONE_RATE, SOUND_DIR } from '../../scripts/make-sounds.mjs';
import { SOUND_CUE_NAMES } from '../../src/core/app/sound-cues.ts';

const rendered = renderSounds();

interface Wav {
  rate: number;
  channels: number;
  bits: number;
  samples: Int16Array;
}

function parseWav(bytes: Uint8Array): Wav {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  expect(text(0)).toBe('RIFF');
  expect(v.getUint32(4, true)).toBe(bytes.length - 8);
  expect(text(8)).toBe('WAVE');
  expect(text(12)).toBe('fmt ');
  expect(v.getUint32(16, true)).toBe(16);
  expect(v.getUint16(20, true)).toBe(1); // PCM
  const channels = v.getUint16(22, true);
  const rate = v.getUint32(24, true);
  const bits = v.getUint16(34, true);
  expect(v.getUint32(28, true)).toBe(rate * channels * (bits / 8));
  expect(text(36)).toBe('data');
  const dataBytes = v.getUint32(40, true);
  expect(dataBytes).toBe(bytes.length - 44);
  const samples = new Int16Array(dataBytes / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = v.getInt16(44 + i * 2, true);
  return { rate, channels, bits, samples };
}

const peakOf = (samples: Int16Array) => samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0) / 32767;

describe('the synthesised sounds', () => {
  it('makes one file per cue plus the room tone, and nothing else is committed', () => {
    const expected = [...SOUND_CUE_NAMES.map((n) => `${n}.wav`), 'room-tone.wav'].toSorted();
    expect([...rendered.keys()].toSorted()).toEqual(expected);
    expect(readdirSync(SOUND_DIR).toSorted()).toEqual(expected);
  });

  it.each([...rendered.keys()])('%s: the committed file is exactly what the script makes', (file) => {
    const committed = new Uint8Array(readFileSync(path.join(SOUND_DIR, file)));
    // Compare lengths first for a readable failure, then the bytes.
    expect(committed.length).toBe(rendered.get(file)!.length);
    expect(Buffer.compare(Buffer.from(committed), Buffer.from(rendered.get(file)!))).toBe(0);
  });

  it.each(SOUND_CUE_NAMES.map((n) => `${n}.wav`))('%s: a short, soft, unclipped mono cue under 30 KB', (file) => {
    const bytes = rendered.get(file)!;
    expect(bytes.length).toBeLessThan(30_000);
    const wav = parseWav(bytes);
    expect(wav).toMatchObject({ rate: CUE_RATE, channels: 1, bits: 16 });
    const seconds = wav.samples.length / wav.rate;
    expect(seconds).toBeGreaterThanOrEqual(0.2);
    expect(seconds).toBeLessThanOrEqual(0.7);
    const peak = peakOf(wav.samples);
    expect(peak).toBeGreaterThan(0.25); // audible
    expect(peak).toBeLessThanOrEqual(0.5); // -6 dBFS at most: never clipped, never harsh
    // Starts and ends in silence: no click.
    expect(Math.abs(wav.samples[0]!)).toBeLessThan(100);
    expect(Math.abs(wav.samples[wav.samples.length - 1]!)).toBeLessThan(100);
  });

  it('the room tone is a quiet, seamless loop of a few seconds', () => {
    const wav = parseWav(rendered.get('room-tone.wav')!);
    expect(wav).toMatchObject({ rate: ROOM_TONE_RATE, channels: 1, bits: 16 });
    const seconds = wav.samples.length / wav.rate;
    expect(seconds).toBeGreaterThan(3);
    expect(seconds).toBeLessThan(8);
    const peak = peakOf(wav.samples);
    expect(peak).toBeGreaterThan(0.02);
    expect(peak).toBeLessThanOrEqual(0.15); // about -18 dBFS: a room, not a noise
    // The step from the last sample back to the first is no bigger than the steps inside the loop.
    const s = wav.samples;
    let largestStep = 0;
    for (let i = 1; i < s.length; i++) largestStep = Math.max(largestStep, Math.abs(s[i]! - s[i - 1]!));
    expect(Math.abs(s[0]! - s[s.length - 1]!)).toBeLessThanOrEqual(largestStep);
  });

  it('the cues sound different from one another', () => {
    const files = SOUND_CUE_NAMES.map((n) => rendered.get(`${n}.wav`)!);
    const distinct = new Set(files.map((b) => Buffer.from(b).toString('base64')));
    expect(distinct.size).toBe(files.length);
  });
});
