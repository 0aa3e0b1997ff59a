import type { PhoneCue, PhoneState } from '../../core/phone/phone.ts';
import { PhoneView, PHONE_SIZE } from '../objects/phone-view.ts';
import { LiveHotspots, NO_HOTSPOTS } from '../objects/phone-hotspots.ts';
import { SceneKeys } from '../scene-keys.ts';
import { WORLD } from '../theme.ts';
import { BaseScene } from './base-scene.ts';

/** During a scenario: the phone follows the story's phone cues. */
export class PlayScene extends BaseScene {
  private phone!: PhoneView;
  private pending: PhoneCue[] = [];
  private latest: PhoneState | undefined;
  private scheduled = false;

  constructor() {
    super(SceneKeys.Play);
  }

  create(): void {
    this.drawBackdrop();
    const { app, gate, tapPhone, reducedMotion } = this.ctx;
    const live = tapPhone
      ? new LiveHotspots(this, {
          choices: () => (app.currentScreen.name === 'play' ? (app.currentSession?.currentChoices ?? []) : []),
          step: () => app.currentSession?.choicesMade.length ?? 0,
          tap: tapPhone,
          reducedMotion,
          wake: (ms) => gate.wake(ms),
        })
      : undefined;
    this.phone = new PhoneView(this, (WORLD.width - PHONE_SIZE.width) / 2, (WORLD.height - PHONE_SIZE.height) / 2, live ?? NO_HOTSPOTS);
    this.pending = [];
    this.latest = undefined;
    this.scheduled = false;
    const snapshot = app.currentSession?.snapshot();
    if (snapshot) this.phone.draw(snapshot.phone);
    this.subs.add(
      app.events.on('phone/cue', ({ cue, state }) => {
        // One choice can bring several cues. Batch them, and draw after the browser has painted the new
        // text: the words must never wait for the graphics.
        this.pending.push(cue);
        this.latest = state;
        // Until the phone is drawn again, nothing on it can be tapped (what is drawn is out of date).
        live?.suspend();
        if (this.scheduled) return;
        this.scheduled = true;
        requestAnimationFrame(() => setTimeout(() => this.flush(), 0));
      }),
      // New choices with nothing new to draw: the same phone, other controls live.
      app.events.on('story/choices', () => {
        if (!this.scheduled) live?.refresh();
      }),
      app.events.on('story/ended', () => {
        if (!this.scheduled) live?.refresh();
      }),
    );
    this.closeOnShutdown();
    gate.wake();
  }

  private flush(): void {
    this.scheduled = false;
    if (!this.sys.isActive() || !this.latest) return;
    const cues = this.pending;
    this.pending = [];
    this.phone.draw(this.latest);
    let ms = 0;
    const reduced = this.ctx.reducedMotion();
    // Animate the newest cue of each kind (the drawing already shows the rest).
    const newest = new Map(cues.map((c) => [c.type, c] as const));
    for (const cue of newest.values()) ms = Math.max(ms, this.phone.animate(cue, reduced));
    // Rendered in the next frame, not in this task (the gate wakes the loop at the next animation frame):
    // building the phone and rendering it in one task made one long frame (measured with `npm run bench`).
    this.ctx.gate.wake(ms + 200);
  }
}
