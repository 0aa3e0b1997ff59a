/**
 * The Settings dialog: sound on/off, volume, room tone, reduced motion, the small-screen view, where the
 * learner practises and the debrief's framework. A native modal <dialog> (focus
 * stays inside, Escape closes, focus returns to the button that opened it). Every change applies at once
 * and is remembered through PlayerPreferences.
 */
import { DEBRIEF_FRAMEWORKS } from '../core/teaching/frameworks.ts';
import { SMALL_SCREEN_VIEWS, type PlayerPreferences, type Preferences, type ReducedMotionSetting, type SmallScreenView } from '../core/app/preferences.ts';
import { h } from './dom.ts';
import { deviceAsksForReducedMotion } from './motion.ts';
import { SETTINGS_COPY } from '../content/copy/settings.ts';
import { REGION_COPY } from '../content/copy/region.ts';
import { regionRadios } from './region-question.ts';

const MOTION_OPTIONS: { value: ReducedMotionSetting; label: string }[] = (['system', 'on', 'off'] as const).map((value) => ({
  value,
  label: SETTINGS_COPY.motion.options[value],
}));

export interface SettingsDialogOptions {
  prefs: PlayerPreferences;
  /** Plays (and captions) a sample sound, so the player can judge the volume. */
  sample: () => void;
}

export class SettingsDialog {
  private dialog: HTMLDialogElement | undefined;
  private soundOn!: HTMLInputElement;
  private volume!: HTMLInputElement;
  private volumeOut!: HTMLOutputElement;
  private roomTone!: HTMLInputElement;
  private readonly frameworks = new Map<string, HTMLInputElement>();
  private regions = new Map<string, HTMLInputElement>();
  private motion = new Map<ReducedMotionSetting, HTMLInputElement>();
  private views = new Map<SmallScreenView, HTMLInputElement>();
  private follow!: HTMLInputElement;
  private deviceHint!: HTMLElement;
  private sampleTimer: number | undefined;

  constructor(private readonly options: SettingsDialogOptions) {
    options.prefs.events.on('preferences/changed', ({ preferences }) => this.sync(preferences));
  }

  open(): void {
    const dialog = this.dialog ?? this.build();
    this.sync(this.options.prefs.current);
    this.deviceHint.textContent = deviceAsksForReducedMotion() ? SETTINGS_COPY.motion.deviceAsks : SETTINGS_COPY.motion.deviceDoesNotAsk;
    if (!dialog.open) dialog.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  private build(): HTMLDialogElement {
    const set = (change: Partial<Preferences>) => this.options.prefs.set(change);
    this.soundOn = h('input', { type: 'checkbox', id: 'settings-sound', onchange: () => set({ soundOn: this.soundOn.checked }) });
    this.volume = h('input', {
      type: 'range',
      id: 'settings-volume',
      min: 0,
      max: 100,
      step: 5,
      'aria-describedby': 'settings-volume-value',
      oninput: () => {
        set({ volume: Number(this.volume.value) / 100 });
        this.showVolume();
      },
      // Let the player hear the new level once they let go (or stop pressing the arrow keys).
      onchange: () => {
        window.clearTimeout(this.sampleTimer);
        this.sampleTimer = window.setTimeout(() => this.options.sample(), 300);
      },
    });
    this.volumeOut = h('output', { id: 'settings-volume-value', for: 'settings-volume' });
    this.roomTone = h('input', { type: 'checkbox', id: 'settings-room-tone', onchange: () => set({ roomTone: this.roomTone.checked }) });
    this.deviceHint = h('p', { className: 'settings-hint', id: 'settings-motion-device' });
    const radios = MOTION_OPTIONS.map(({ value, label }) => {
      const input = h('input', {
        type: 'radio',
        name: 'settings-motion',
        id: `settings-motion-${value}`,
        value,
        onchange: () => set({ reducedMotion: value }),
      });
      this.motion.set(value, input);
      return h('div', { className: 'settings-choice' }, input, h('label', { for: input.id }, label));
    });

    const sound = h(
      'fieldset',
      {},
      h('legend', {}, SETTINGS_COPY.sound.legend),
      h('div', { className: 'settings-choice' }, this.soundOn, h('label', { for: 'settings-sound' }, SETTINGS_COPY.sound.on)),
      h('div', { className: 'settings-volume' }, h('label', { for: 'settings-volume' }, SETTINGS_COPY.sound.volume), this.volume, this.volumeOut),
      h('div', { className: 'settings-choice' }, this.roomTone, h('label', { for: 'settings-room-tone' }, SETTINGS_COPY.sound.roomTone)),
      h('button', { type: 'button', onclick: () => this.options.sample() }, SETTINGS_COPY.sound.test),
      // The test sound's caption shows here, in the dialog, beside the button (src/ui/captions.ts).
      h('div', { className: 'caption-slot', 'aria-hidden': 'true' }),
      h('p', { className: 'settings-hint' }, SETTINGS_COPY.sound.hint),
    );
    const viewRadios = SMALL_SCREEN_VIEWS.map((value) => {
      const input = h('input', { type: 'radio', name: 'settings-view', id: `settings-view-${value}`, value, onchange: () => set({ smallScreenView: value }) });
      this.views.set(value, input);
      return h('div', { className: 'settings-choice' }, input, h('label', { for: input.id }, SETTINGS_COPY.smallScreen.options[value]));
    });
    this.follow = h('input', { type: 'checkbox', id: 'settings-view-follow', onchange: () => set({ smallScreenFollow: this.follow.checked }) });
    const smallScreen = h(
      'fieldset',
      { 'aria-describedby': 'settings-view-about' },
      h('legend', {}, SETTINGS_COPY.smallScreen.legend),
      h('p', { className: 'settings-hint', id: 'settings-view-about' }, SETTINGS_COPY.smallScreen.about),
      ...viewRadios,
      h('div', { className: 'settings-choice' }, this.follow, h('label', { for: 'settings-view-follow' }, SETTINGS_COPY.smallScreen.follow)),
    );
    const motion = h(
      'fieldset',
      { 'aria-describedby': 'settings-motion-about settings-motion-device' },
      h('legend', {}, SETTINGS_COPY.motion.legend),
      h('p', { className: 'settings-hint', id: 'settings-motion-about' }, SETTINGS_COPY.motion.about),
      ...radios,
      this.deviceHint,
    );
    const frameworkRadios = DEBRIEF_FRAMEWORKS.map((f) => {
      const input = h('input', {
        type: 'radio',
        name: 'settings-framework',
        id: `settings-framework-${f.id}`,
        value: f.id,
        onchange: () => set({ framework: f.id }),
      });
      this.frameworks.set(f.id, input);
      return h('div', { className: 'settings-choice' }, input, h('label', { for: input.id }, f.short));
    });
    const standards = h(
      'fieldset',
      { 'aria-describedby': 'settings-framework-about' },
      h('legend', {}, SETTINGS_COPY.framework.legend),
      h('p', { className: 'settings-hint', id: 'settings-framework-about' }, SETTINGS_COPY.framework.about),
      ...frameworkRadios,
    );
    const regionChoice = regionRadios('settings-region', (id) => set({ region: id }));
    this.regions = regionChoice.inputs;
    const region = h(
      'fieldset',
      { 'aria-describedby': 'settings-region-about' },
      h('legend', {}, REGION_COPY.legend),
      h('p', { className: 'settings-hint', id: 'settings-region-about' }, REGION_COPY.settingsAbout),
      ...regionChoice.els,
    );
    const dialog = h(
      'dialog',
      { className: 'settings', 'aria-labelledby': 'settings-title' },
      h('h2', { id: 'settings-title' }, SETTINGS_COPY.heading),
      h('div', { className: 'settings-groups' }, sound, motion, smallScreen, region, standards),
      h(
        'div',
        { className: 'actions settings-actions' },
        h('button', { type: 'button', className: 'primary', onclick: () => this.close() }, SETTINGS_COPY.done),
      ),
    );
    // Keys pressed in the dialog stay in the dialog: 1-9 must not take a story choice behind it.
    dialog.addEventListener('keydown', (event) => event.stopPropagation());
    // A click on the backdrop (outside the dialog's box) closes it, as Escape does.
    dialog.addEventListener('click', (event) => {
      if (event.target !== dialog) return;
      const r = dialog.getBoundingClientRect();
      const inside = event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
      if (!inside) this.close();
    });
    document.body.append(dialog);
    this.dialog = dialog;
    return dialog;
  }

  private showVolume(): void {
    const percent = SETTINGS_COPY.sound.volumeValue(this.volume.value);
    this.volumeOut.textContent = percent;
    this.volume.setAttribute('aria-valuetext', percent);
  }

  private sync(p: Preferences): void {
    if (!this.dialog) return;
    this.soundOn.checked = p.soundOn;
    this.volume.value = String(Math.round(p.volume * 100));
    this.showVolume();
    this.roomTone.checked = p.roomTone;
    for (const [value, input] of this.motion) input.checked = value === p.reducedMotion;
    for (const [value, input] of this.frameworks) input.checked = value === p.framework;
    for (const [value, input] of this.regions) input.checked = value === p.region;
    for (const [value, input] of this.views) input.checked = value === p.smallScreenView;
    this.follow.checked = p.smallScreenFollow;
  }
}
