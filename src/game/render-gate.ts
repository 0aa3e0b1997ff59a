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
  /** Frames to render whatever happens, after a wake (the change it was woken for must reach the screen). */
  private renderFrames = SETTLE_FRAMES;
  private stepping = false;

  constructor(private readonly game: Phaser.Game) {
    game.events.on('postrender', this.check);
    this.mark('drawing');
  }

  /** Draw for at least `ms` more (e.g. a timed banner), then sleep when idle. */
  wake(ms = 0): void {
    this.idleFrames = 0;
    this.renderFrames = SETTLE_FRAMES;
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

  /**
   * A still frame: the only animations are tweens waiting out a delay (a notification held on screen before
   * it slides away) and nothing was woken since the last frames were drawn. The loop keeps time for them, but
   * draws nothing: a frame drawn again unchanged costs as much as one that moves (measured with `npm run bench`).
   */
  private still(): boolean {
    if (this.renderFrames > 0) return false;
    let waiting = false;
    for (const scene of this.game.scene.getScenes(true)) {
      for (const tween of scene.tweens.getTweens()) {
        if (!tween.data.every((d) => 'isDelayed' in d && d.isDelayed())) return false;
        waiting = true;
      }
    }
    return waiting;
  }

  /** Once the loop runs: each step updates the scenes, and renders them unless the frame is still. */
  private stepThroughGate(): void {
    if (this.stepping) return;
    this.stepping = true;
    const loop = this.game.loop;
    const step = loop.callback;
    loop.callback = (time, delta) => {
      if (this.still()) {
        this.game.headlessStep(time, delta);
        return;
      }
      if (this.renderFrames > 0) this.renderFrames--;
      step(time, delta);
    };
  }

  private check = (): void => {
    this.stepThroughGate();
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
