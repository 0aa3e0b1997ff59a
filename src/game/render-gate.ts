/**
 * Lets Phaser's game loop sleep while nothing moves, and wakes it when something should. A static scene
 * rendered 60 times a second costs a whole CPU core on a laptop without a GPU; asleep it costs nothing.
 */
import type Phaser from 'phaser';

/** Frames to keep drawing after the last animation ends (lets the final state reach the screen). */
const SETTLE_FRAMES = 3;

export class RenderGate {
  private idleFrames = 0;
  private holdUntil = 0;

  constructor(private readonly game: Phaser.Game) {
    game.events.on('postrender', this.check);
    this.mark('drawing');
  }

  /** Draw for at least `ms` more (e.g. a timed banner), then sleep when idle. */
  wake(ms = 0): void {
    this.idleFrames = 0;
    this.holdUntil = Math.max(this.holdUntil, performance.now() + ms);
    this.mark('drawing');
    if (!this.game.loop.running) this.game.loop.wake();
  }

  /**
   * `<html data-render="drawing|idle">`: an idle signal for the end-to-end tests (a screenshot waits for
   * "idle" rather than for a fixed time).
   */
  private mark(state: 'drawing' | 'idle'): void {
    if (typeof document !== 'undefined' && document.documentElement.dataset.render !== state) document.documentElement.dataset.render = state;
  }

  private busy(): boolean {
    if (performance.now() < this.holdUntil) return true;
    for (const scene of this.game.scene.getScenes(true)) {
      // Timed events are covered by wake(ms) holds; Phaser's clock has no public list of them.
      if (scene.tweens.getTweens().length > 0) return true;
    }
    return false;
  }

  private check = (): void => {
    if (this.busy()) {
      this.idleFrames = 0;
      return;
    }
    if (++this.idleFrames > SETTLE_FRAMES) {
      // Sleep after this frame has rendered.
      queueMicrotask(() => {
        if (!this.busy() && this.game.loop.running) {
          this.game.loop.sleep();
          this.mark('idle');
        }
      });
    }
  };
}
