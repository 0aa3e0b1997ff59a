/**
 * Howler behind a small, unbreakable interface. Howler loads lazily, once the first text and the phone are up
 * (prepare(), in an idle moment while the learner reads) or with the first cue, and each sound file when it is
 * first played, so neither delays the first text or stalls the first choice, and nothing is fetched while the
 * sound is off.
 * Every call into Howler is guarded: a blocked, missing or undecodable sound is logged once (console.info,
 * not an error: it is not the player's problem) and play goes on. Captions are shown elsewhere, whatever
 * happens here, so no information depends on the sound working.
 */
import type { Preferences } from '../core/app/preferences.ts';
import type { SoundCueName } from '../core/app/sound-cues.ts';
import feedback from '../../assets/sounds/feedback.wav';
import message from '../../assets/sounds/message.wav';
import negative from '../../assets/sounds/negative.wav';
import notification from '../../assets/sounds/notification.wav';
import positive from '../../assets/sounds/positive.wav';
import request from '../../assets/sounds/request.wav';
import roomTone from '../../assets/sounds/room-tone.wav';
import send from '../../assets/sounds/send.wav';
import { messageOf } from '../core/errors.ts';
import { lazy } from '../core/lazy.ts';
import { chunk } from './chunks.ts';
// Types only: Howler itself is fetched with the first cue (load()), in a chunk of its own.
import type * as HowlerTypes from 'howler';
import type { Howl } from 'howler';

/** Howler's chunk: retried if the network drops, never a failure remembered (src/core/lazy.ts). */
const loadHowler = lazy(chunk(() => import('howler')));

type HowlerModule = typeof HowlerTypes;
type SoundName = SoundCueName | 'room-tone';

/** Served from our own origin (hashed file names, so the browser may cache them for good). */
const URLS: Record<SoundName, string> = { notification, message, request, send, feedback, positive, negative, 'room-tone': roomTone };

/** A cue asked for while Howler was still loading plays only if it is still this fresh when ready. */
const STALE_MS = 1500;
const ROOM_TONE_FADE_MS = 1200;
const ROOM_TONE_STOP_MS = 400;

/** Resolves after the next paint, in the first idle moment (or after a second at most). */
function afterPaintIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0));
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(idle);
    else idle();
  });
}

/** What counts as the player's first gesture (the events that let a page start sound). */
const GESTURES = ['keydown', 'pointerdown', 'touchend', 'click'] as const;

export class SoundPlayer {
  private howler: HowlerModule | undefined;
  private loading: Promise<void> | undefined;
  private unavailable = false;
  private readonly howls = new Map<SoundName, Howl>();
  private readonly failed = new Set<SoundName>();
  private readonly logged = new Set<string>();
  private pending: { name: SoundCueName; at: number }[] = [];
  private inPlay = false;
  private roomToneId: number | undefined;
  /** The player has pressed a key, tapped or clicked in this page (the first such event, trusted). */
  private gestured = false;

  constructor(private prefs: Preferences) {
    document.addEventListener('visibilitychange', () => this.updateRoomTone());
    // The room tone waits for the player's first gesture (Howler may be ready before it: prepare()).
    const firstGesture = (event: Event) => {
      if (!event.isTrusted) return;
      for (const type of GESTURES) window.removeEventListener(type, firstGesture, true);
      this.gestured = true;
      window.setTimeout(() => this.updateRoomTone(), 0);
    };
    for (const type of GESTURES) window.addEventListener(type, firstGesture, { capture: true, passive: true });
  }

  /** The preferences changed: apply volume and mute at once (Howler still loads with prepare() or the first cue). */
  apply(prefs: Preferences): void {
    this.prefs = prefs;
    if (prefs.soundOn && !this.loading) this.unavailable = false;
    this.guard('volume', () => {
      this.howler?.Howler.volume(prefs.volume);
      this.howler?.Howler.mute(!prefs.soundOn);
    });
    this.updateRoomTone();
  }

  /** Room tone plays only while a scenario is being played (and only when switched on). */
  setInPlay(inPlay: boolean): void {
    this.inPlay = inPlay;
    this.updateRoomTone();
  }

  /** Play a cue. Never throws; does nothing when the sound is off or unavailable. */
  play(name: SoundCueName): void {
    if (!this.prefs.soundOn || this.unavailable || this.failed.has(name)) return;
    if (!this.howler) {
      this.pending.push({ name, at: performance.now() });
      this.load();
      return;
    }
    const howl = this.howl(name);
    this.guard(`play ${name}`, () => howl?.play());
  }

  /**
   * Sound is on: fetch Howler and make its audio context now, while the learner reads (main.ts calls this once
   * the first text and the phone are up), so that the first cue, at the first choice, neither waits for Howler
   * nor stalls that moment's frames: making the first audio context of a browser session can block the page
   * for a long task (120-200 ms measured here in headless Chromium, which has no sound device). Made before
   * any gesture, the context starts suspended; Howler resumes it on the learner's first key press or tap.
   */
  prepare(): void {
    if (this.prefs.soundOn) this.load();
  }

  /** Howler, fetched once (the sounds are fetched one by one, when first played). */
  private load(): void {
    if (this.loading || this.unavailable) return;
    this.loading = this.fetchHowler();
  }

  private async fetchHowler(): Promise<void> {
    let module: HowlerModule;
    try {
      module = await loadHowler();
    } catch (error) {
      // Retried with backoff already; a later switch of the sound (apply) tries once more.
      this.unavailable = true;
      this.loading = undefined;
      this.pending = [];
      this.note('load', `Sound is unavailable (${messageOf(error)}); the game plays on with captions.`);
      return;
    }
    // Howler's set-up makes the audio context, which can take a long task (600 ms measured on a machine with
    // no sound device): not in the moment of a choice, but once the browser has painted and is idle.
    await afterPaintIdle();
    this.howler = module;
    this.guard('set-up', () => {
      module.Howler.volume(this.prefs.volume);
      module.Howler.mute(!this.prefs.soundOn);
    });
    // A cue that waited too long is not played late, but its sound is fetched: it will be wanted again.
    const now = performance.now();
    const pending = this.pending;
    this.pending = [];
    for (const { name, at } of pending) {
      if (now - at < STALE_MS) this.play(name);
      else this.howl(name);
    }
    this.updateRoomTone();
  }

  private howl(name: SoundName): Howl | undefined {
    const existing = this.howls.get(name);
    if (existing || !this.howler) return existing;
    let howl: Howl | undefined;
    this.guard(`load ${name}`, () => {
      howl = new this.howler!.Howl({
        src: [URLS[name]],
        format: ['wav'],
        loop: name === 'room-tone',
        preload: true,
        onloaderror: (_id, error) => {
          this.failed.add(name);
          this.note(`loaderror ${name}`, `The "${name}" sound could not be loaded (${String(error)}); its caption still shows.`);
          if (name === 'room-tone') this.roomToneId = undefined;
        },
        onplayerror: (_id, error) => {
          this.note(`playerror ${name}`, `The "${name}" sound could not play (${String(error)}); its caption still shows.`);
        },
      });
    });
    if (howl) this.howls.set(name, howl);
    return howl;
  }

  private updateRoomTone(): void {
    // Not before the player's first gesture: an audio context starts blocked until then.
    const wanted = this.inPlay && this.prefs.soundOn && this.prefs.roomTone && document.visibilityState !== 'hidden' && this.gestured;
    if (!this.howler) {
      if (wanted) this.load();
      return;
    }
    if (wanted && this.roomToneId === undefined && !this.failed.has('room-tone')) {
      const howl = this.howl('room-tone');
      this.guard('room tone', () => {
        const id = howl?.play();
        if (howl && typeof id === 'number') {
          this.roomToneId = id;
          howl.fade(0, 1, ROOM_TONE_FADE_MS, id);
        }
      });
    } else if (!wanted && this.roomToneId !== undefined) {
      // Fade out rather than cut off; the stop that follows is guarded like every other call.
      const howl = this.howls.get('room-tone');
      const id = this.roomToneId;
      this.roomToneId = undefined;
      this.guard('room tone', () => {
        const volume = howl?.volume(id);
        howl?.fade(typeof volume === 'number' ? volume : this.prefs.volume, 0, ROOM_TONE_STOP_MS, id);
      });
      window.setTimeout(() => this.guard('room tone', () => howl?.stop(id)), ROOM_TONE_STOP_MS + 50);
    }
  }

  /** Run a Howler call; a failure is noted once and never reaches the game. */
  private guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.note(what, `Sound problem (${what}): ${messageOf(error)}; the game plays on with captions.`);
    }
  }

  private note(key: string, text: string): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    console.info(text);
  }
}
