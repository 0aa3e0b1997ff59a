import Phaser from 'phaser';
import type { PhoneState } from '../../core/phone/phone.ts';
import { PhoneView, PHONE_SIZE } from '../objects/phone-view.ts';
import type { RenderGate } from '../render-gate.ts';
import { WORLD } from '../theme.ts';

/**
 * The projector's design canvas: the phone with a narrow margin (solo play's 720×1080 leaves room for the
 * lamp light beside a wider column; the projector's column is a third of the window, so the phone fills it).
 */
export const PROJECTOR_WORLD = { width: PHONE_SIZE.width + 60, height: WORLD.height };

/**
 * Group mode's phone (src/game/start-projector-phone.ts): draws whatever phone state the group session is
 * at, handed in by the projector window. It has no App and no cues of its own, so it redraws the whole state
 * when it changes (the facilitator's key press) and lets the render gate put the loop to sleep.
 */
// oxlint-disable-next-line import/no-named-as-default-member -- Phaser's default export is its namespace (our production build exports only that)
export class ProjectorPhoneScene extends Phaser.Scene {
  private phone: PhoneView | undefined;
  private latest: PhoneState | null = null;

  constructor(private readonly gate: () => RenderGate | undefined) {
    super('projector-phone');
  }

  create(): void {
    const g = this.add.graphics();
    g.fillGradientStyle(WORLD.desk, WORLD.desk, WORLD.background, WORLD.background, 1).fillRect(0, 0, PROJECTOR_WORLD.width, PROJECTOR_WORLD.height);
    this.phone = new PhoneView(this, (PROJECTOR_WORLD.width - PHONE_SIZE.width) / 2, (PROJECTOR_WORLD.height - PHONE_SIZE.height) / 2);
    this.draw();
  }

  /** Draw this state now if the scene is running, else when it starts. */
  show(state: PhoneState | null): void {
    this.latest = state;
    if (this.phone) this.draw();
  }

  private draw(): void {
    const phone = this.phone!;
    phone.root.setVisible(this.latest !== null);
    if (this.latest) phone.draw(this.latest);
    this.gate()?.wake();
  }
}
