/**
 * Wires sound, captions, the player's preferences and reduced motion into the app, in one call from
 * main.ts. Cues come from the core (watchSoundCues); each is captioned whatever the sound does.
 */
import './sound.css';
import { SoundPlayer } from '../adapters/sound.ts';
import type { App } from '../core/app/app.ts';
import { PlayerPreferences } from '../core/app/preferences.ts';
import { CUE_SPACING_MS, scheduleCues, SOUND_CAPTIONS, watchSoundCues, type SoundCueName } from '../core/app/sound-cues.ts';
import type { KeyValueStore } from '../core/app/storage.ts';
import { SoundCaptions } from './captions.ts';
import { followMotionPreference } from './motion.ts';
import { SettingsButton } from './settings-button.ts';
import { setFlagStandardLabels } from './pieces-view.ts';
import { shortStandardLabel } from '../core/teaching/debrief-names.ts';
import type { FrameworkId } from '../core/teaching/frameworks.ts';

export interface SoundAndSettings {
  prefs: PlayerPreferences;
  settings: SettingsButton;
  /** For the Phaser scenes: whether to skip animation right now. */
  reducedMotion: () => boolean;
  /** Get sound ready in a quiet moment before the first cue (src/adapters/sound.ts, `prepare`). */
  prepareSound: () => void;
}

export function installSoundAndSettings(app: App, store: KeyValueStore): SoundAndSettings {
  const prefs = new PlayerPreferences(store);
  if (prefs.loadProblem) app.notice('warning', prefs.loadProblem);
  const reducedMotion = followMotionPreference(prefs);
  const player = new SoundPlayer(prefs.current);
  const captions = new SoundCaptions();
  prefs.events.on('preferences/changed', ({ preferences }) => player.apply(preferences));

  const cue = (name: SoundCueName, feedbackNumber = 0) => {
    captions.show(SOUND_CAPTIONS[name], prefs.current.soundOn);
    player.play(name);
    // From the feedback cue on (its words long on screen), the learner's next gesture brings the verdict. Only
    // the newest choice's feedback cue: an older one still waiting its turn must not release a newer verdict.
    if (name === 'feedback' && feedbackNumber === feedbackCues && watch.holding) waitForMoveOn();
  };

  // Cues raised by one choice arrive in the same task: gather them, then play them spaced out.
  let batch: SoundCueName[] = [];
  const watch = watchSoundCues(app.events, (name) => {
    if (batch.length === 0) queueMicrotask(flush);
    batch.push(name);
  });
  // A batch that follows close on the last (the verdict chime, then the next choice's cues) waits its turn.
  let quietAt = 0;
  /** Feedback cues scheduled so far: each is numbered, so only the newest one waits for the learner to move on. */
  let feedbackCues = 0;
  function flush(): void {
    const names = batch;
    batch = [];
    const now = performance.now();
    const start = Math.max(0, quietAt - now);
    for (const { name, delay: after } of scheduleCues(names)) {
      const delay = start + after;
      const number = name === 'feedback' ? ++feedbackCues : 0;
      quietAt = now + delay + CUE_SPACING_MS;
      if (delay === 0) cue(name, number);
      // A later cue of the batch is dropped if the player has left the scenario meanwhile.
      else window.setTimeout(() => app.currentScreen.name === 'play' && cue(name, number), delay);
    }
  }
  // The verdict chime of a choice waits for the learner's next gesture once its feedback is on screen
  // (painted) and its feedback cue has played: a key, a tap or click, a turn of the wheel. Then it plays,
  // before anything that gesture does (the next choice's cues wait their turn).
  let listening = false;
  const gestures = ['keydown', 'pointerdown', 'wheel'] as const;
  const onGesture = (event: Event) => {
    if (event instanceof KeyboardEvent && ['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
    listening = false;
    for (const type of gestures) window.removeEventListener(type, onGesture, true);
    if (app.currentScreen.name === 'play') watch.moveOn();
  };
  function waitForMoveOn(): void {
    if (listening) return;
    listening = true;
    requestAnimationFrame(() => {
      for (const type of gestures) window.addEventListener(type, onGesture, { capture: true, passive: true });
    });
  }

  app.events.on('app/screen', (screen) => player.setInPlay(screen.name === 'play'));
  // The debrief speaks in the framework the player chose (and switches in place when it changes).
  const followFramework = (id: FrameworkId) => {
    app.setFramework(id);
    // The post checker's flags name standards in it too (the handout's plain numbers by default).
    setFlagStandardLabels(id === 'hcpc-2008' ? undefined : (n) => shortStandardLabel(id, n));
  };
  followFramework(prefs.current.framework);
  app.setRegion(prefs.current.region);
  prefs.events.on('preferences/changed', ({ preferences }) => {
    followFramework(preferences.framework);
    app.setRegion(preferences.region);
  });
  const settings = new SettingsButton({ prefs, sample: () => cue('notification'), failed: (text) => app.notice('warning', text) });
  return { prefs, settings, reducedMotion, prepareSound: () => player.prepare() };
}
