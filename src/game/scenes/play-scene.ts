import type { PhoneCue, PhoneState } from '../../core/phone/phone.ts';
import { PhoneView, PHONE_SIZE } from '../objects/phone-view.ts';
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
    this.phone = new PhoneView(this, (WORLD.width - PHONE_SIZE.width) / 2, (WORLD.height - PHONE_SIZE.height) / 2);
    this.pending = [];
    this.latest = undefined;
    this.scheduled = false;
    const { app, gate } = this.ctx;
    const snapshot = app.currentSession?.snapshot();
    if (snapshot) this.phone.draw(snapshot.phone);
    this.subs.add(
      app.events.on('phone/cue', ({ cue, state }) => {
        // One choice can bring several cues. Batch them, and draw after the browser has painted the new
        // text: the words must never wait for the graphics.
        this.pending.push(cue);
        this.latest = state;
        if (this.scheduled) return;
        this.scheduled = true;
        requestAnimationFrame(() => setTimeout(() => this.flush(), 0));
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
    // Render in the next frame, not in this task: waking a sleeping loop renders at once, and building the
    // phone and rendering it in one task made one long frame (measured with `npm run bench`).
    requestAnimationFrame(() => this.ctx.gate.wake(ms + 200));
  }
}
