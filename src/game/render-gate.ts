/**
 * Lets Phaser's game loop sleep while nothing moves, and wakes it when something should. A static scene
 * rendered 60 times a second costs a whole CPU core on a laptop without a GPU; asleep it costs nothing.
 */
import type Phaser from 'phaser';

/** Frames to keep drawing after the last animation ends (lets the final state reach the screen). */
const SETTLE_FRAMES = 3;
/** A slow animation's frames: about 20 a second (a frame is drawn once this much has passed, less a little jitter). */
const SLOW_FRAME_MS = 50 - 5;

/** Tweens slow enough to be drawn at ~20 frames a second (see `drawSlowly`). */
const SLOW = new WeakSet<object>();

/**
 * Marks a tween as slow: while nothing but slow tweens (and delayed ones) run, the gate draws about 20 frames
 * a second instead of 60. For a gentle pulse (the amber ring round a tappable control) that looks the same and
 * costs a third of the drawing.
 */
export function drawSlowly<T extends object>(tween: T): T {
  SLOW.add(tween);
  return tween;
}

export class RenderGate {
  private idleFrames = 0;
  private holdUntil = 0;
  /** Frames to render whatever happens, after a wake (the change it was woken for must reach the screen). */
  private renderFrames = SETTLE_FRAMES;
  private stepping = false;
  /** A wake is waiting for the next animation frame. */
  private waking = false;
  /** When the loop last drew a frame (the loop's time). */
  private drawnAt = -Infinity;

  constructor(private readonly game: Phaser.Game) {
    game.events.on('postrender', this.check);
    this.mark('drawing');
  }

  /**
   * Draw for at least `ms` more (e.g. a timed banner), then sleep when idle. A sleeping loop wakes at the
   * next animation frame, not now: Phaser's `loop.wake()` steps and renders at once, inside whatever task
   * asked (a key press taking a choice, the phone being rebuilt), and made that task a long one.
   */
  wake(ms = 0): void {
    this.idleFrames = 0;
    this.renderFrames = SETTLE_FRAMES;
    this.holdUntil = Math.max(this.holdUntil, performance.now() + ms);
    this.mark('drawing');
    if (this.game.loop.running || this.waking) return;
    this.waking = true;
    requestAnimationFrame(() => {
      this.waking = false;
      if (!this.game.loop.running) this.game.loop.wake();
    });
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
   * What this frame needs. "still": the only animations are tweens waiting out a delay (a notification held
   * on screen before it slides away) and nothing was woken since the last frames were drawn; the loop keeps
   * time for them, but draws nothing (a frame drawn again unchanged costs as much as one that moves, measured
   * with `npm run bench`). "slow": besides those, only slow tweens run (`drawSlowly`): drawn at about 20 frames
   * a second. Otherwise "draw".
   */
  private need(): 'draw' | 'slow' | 'still' {
    if (this.renderFrames > 0) return 'draw';
    let waiting = false;
    let slow = false;
    for (const scene of this.game.scene.getScenes(true)) {
      for (const tween of scene.tweens.getTweens()) {
        if (tween.data.every((d) => 'isDelayed' in d && d.isDelayed())) waiting = true;
        else if (SLOW.has(tween)) slow = true;
        else return 'draw';
      }
    }
    return slow ? 'slow' : waiting ? 'still' : 'draw';
  }

  /** Once the loop runs: each step updates the scenes, and renders them unless the frame is still. */
  private stepThroughGate(): void {
    if (this.stepping) return;
    this.stepping = true;
    const loop = this.game.loop;
    const step = loop.callback;
    loop.callback = (time, delta) => {
      const need = this.need();
      // A slow frame is drawn once ~50 ms have passed since the last one drawn (every third frame at 60 Hz).
      if (need === 'still' || (need === 'slow' && time - this.drawnAt < SLOW_FRAME_MS)) {
        this.game.headlessStep(time, delta);
        return;
      }
      if (this.renderFrames > 0) this.renderFrames--;
      this.drawnAt = time;
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
