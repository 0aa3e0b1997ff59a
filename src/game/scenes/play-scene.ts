import { PhoneView, PHONE_SIZE } from '../objects/phone-view.ts';
import { SceneKeys } from '../scene-keys.ts';
import { WORLD } from '../theme.ts';
import { BaseScene } from './base-scene.ts';

/** During a scenario: the phone follows the story's phone cues. */
export class PlayScene extends BaseScene {
  private phone!: PhoneView;

  constructor() {
    super(SceneKeys.Play);
  }

  create(): void {
    this.drawBackdrop();
    this.phone = new PhoneView(this, (WORLD.width - PHONE_SIZE.width) / 2, (WORLD.height - PHONE_SIZE.height) / 2);
    const { app, gate, reducedMotion } = this.ctx;
    const snapshot = app.currentSession?.snapshot();
    if (snapshot) this.phone.draw(snapshot.phone);
    this.subs.add(
      app.events.on('phone/cue', ({ cue, state }) => {
        this.phone.draw(state);
        const ms = this.phone.animate(cue, reducedMotion());
        gate.wake(ms + 200);
      }),
    );
    this.closeOnShutdown();
    gate.wake();
  }
}
