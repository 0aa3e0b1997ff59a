/**
 * Where the drawing code says "a learner could tap this". The phone's painters call `mark` for every
 * control they draw (a request's buttons, the thread's send button, a setting's switch...), in the
 * coordinates of the container they draw into. What a tap does is decided elsewhere: by default nothing.
 */
import type Phaser from 'phaser';
import { liveControls, type PhoneControl } from '../../core/phone/controls.ts';
import type { PhoneState } from '../../core/phone/phone.ts';
import type { StoryChoice } from '../../core/story/story-runner.ts';
import { drawSlowly } from '../render-gate.ts';

export interface PhoneHotspots {
  mark(control: PhoneControl, parent: Phaser.GameObjects.Container, x: number, y: number, width: number, height: number): void;
  /** The phone is about to draw this state from scratch (its earlier marks are gone with their drawing). */
  begin?(state: PhoneState): void;
  /** The drawing is done. */
  end?(): void;
}

/** Draws nothing interactive: for the projector's phone and for tests of the drawing alone. */
export const NO_HOTSPOTS: PhoneHotspots = { mark: () => {} };

/** What the live hotspots need from outside the game. */
export interface HotspotHost {
  /** The choices on offer now (empty when none: the story has ended, or a choice is being taken). */
  choices(): readonly StoryChoice[];
  /** A tap on a live control: the text panel takes the bound choice or edits the form (src/ui/panel.ts). */
  tap(control: PhoneControl, event: Event): void;
  reducedMotion(): boolean;
  /** How many choices have been taken: published with the hotspots, so a test knows they are up to date. */
  step(): number;
  /** Keep drawing for this long (the render gate sleeps otherwise). */
  wake(ms: number): void;
}

interface Mark {
  control: PhoneControl;
  parent: Phaser.GameObjects.Container;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The same rectangle in the game's coordinates, worked out when the drawing is done. */
  world?: { x: number; y: number; width: number; height: number };
}

/** The "tap me" ring round a live control. */
const RING = { colour: 0xf59e0b, width: 5, pad: 6, radius: 16 } as const;

/**
 * The solo game's hotspots: only the controls bound to a current choice (or an open form's controls) are
 * live. They get a ring (pulsing twice, unless motion is reduced) and a pointer cursor; a click or a tap on
 * one goes to the text panel, which takes it exactly as the matching button or form control would. The
 * canvas's own pointer events are used (the game's Phaser build leaves out Phaser's input plugin); a touch
 * tap arrives as a click too. The live rectangles are published on the canvas as `data-hotspots` (in the
 * canvas's own pixels) for the end-to-end tests.
 */
export class LiveHotspots implements PhoneHotspots {
  private marks: Mark[] = [];
  private state: PhoneState | undefined;
  private live: Mark[] = [];
  private rings: Phaser.GameObjects.Graphics[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly host: HotspotHost,
  ) {
    const canvas = scene.game.canvas;
    canvas.addEventListener('click', this.onClick);
    canvas.addEventListener('pointermove', this.onMove);
    scene.events.once('shutdown', () => {
      canvas.removeEventListener('click', this.onClick);
      canvas.removeEventListener('pointermove', this.onMove);
      canvas.style.cursor = '';
      delete canvas.dataset.hotspots;
      delete canvas.dataset.hotspotsStep;
    });
  }

  begin(state: PhoneState): void {
    this.state = state;
    this.marks = [];
    this.live = [];
    this.rings = [];
  }

  mark(control: PhoneControl, parent: Phaser.GameObjects.Container, x: number, y: number, width: number, height: number): void {
    this.marks.push({ control, parent, x, y, width, height });
  }

  end(): void {
    for (const m of this.marks) m.world = this.toWorld(m);
    this.refresh();
  }

  /** The drawing is out of date (a cue is on its way): nothing is live until it is drawn again. */
  suspend(): void {
    for (const ring of this.rings) ring.destroy();
    this.rings = [];
    this.live = [];
    this.publish();
  }

  /** The choices changed (or a form was edited): ring the controls that are live now, and only those. */
  refresh(): void {
    for (const ring of this.rings) ring.destroy();
    this.rings = [];
    const state = this.state;
    const live = state ? liveControls(this.host.choices(), state) : [];
    this.live = this.marks.filter((m) => live.includes(m.control) && m.parent.active);
    const reduced = this.host.reducedMotion();
    for (const m of this.live) {
      const ring = this.scene.add.graphics();
      ring
        .lineStyle(RING.width, RING.colour, 1)
        .strokeRoundedRect(m.x - RING.pad, m.y - RING.pad, m.width + RING.pad * 2, m.height + RING.pad * 2, RING.radius);
      m.parent.add(ring);
      this.rings.push(ring);
      // A slow pulse: drawn at ~20 frames a second (src/game/render-gate.ts).
      if (!reduced) drawSlowly(this.scene.tweens.add({ targets: ring, alpha: 0.25, duration: 450, yoyo: true, repeat: 1, ease: 'Sine.easeInOut' }));
    }
    if (this.live.length && !reduced) this.host.wake(2000);
    else this.host.wake(100);
    // Said once drawn: the camera (which frames the phone on a small screen) is placed as a frame renders.
    this.scene.game.events.off('postrender', this.publishOnce);
    this.scene.game.events.once('postrender', this.publishOnce);
  }

  private publishOnce = (): void => this.publish();

  private toWorld(m: Mark): NonNullable<Mark['world']> {
    const matrix = m.parent.getWorldTransformMatrix();
    const a = matrix.transformPoint(m.x, m.y);
    const b = matrix.transformPoint(m.x + m.width, m.y + m.height);
    return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
  }

  private publish(): void {
    const canvas = this.scene.game.canvas;
    canvas.dataset.hotspotsStep = String(this.host.step());
    canvas.dataset.hotspots = JSON.stringify(
      this.live.map((m) => {
        const w = this.toCanvas(m.world ?? this.toWorld(m));
        return { control: m.control, x: Math.round(w.x), y: Math.round(w.y), width: Math.round(w.width), height: Math.round(w.height) };
      }),
    );
  }

  /**
   * A world rectangle in the canvas's own pixels. On a small screen the camera frames the phone (it scrolls,
   * src/game/start-game.ts), so world and canvas pixels differ there; on a laptop they are the same.
   */
  private toCanvas(w: NonNullable<Mark['world']>): NonNullable<Mark['world']> {
    const cam = this.scene.cameras.main;
    const view = cam.worldView;
    return { x: (w.x - view.x) * cam.zoom + cam.x, y: (w.y - view.y) * cam.zoom + cam.y, width: w.width * cam.zoom, height: w.height * cam.zoom };
  }

  /** The live control under a pointer event, if any (the canvas is scaled to fit: map back to the game's pixels). */
  private hit(event: MouseEvent): Mark | undefined {
    const canvas = this.scene.game.canvas;
    const box = canvas.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return undefined;
    const x = ((event.clientX - box.left) * canvas.width) / box.width;
    const y = ((event.clientY - box.top) * canvas.height) / box.height;
    return this.live.find((m) => {
      if (m.world === undefined) return false;
      const w = this.toCanvas(m.world);
      return x >= w.x && x <= w.x + w.width && y >= w.y && y <= w.y + w.height;
    });
  }

  private onClick = (event: MouseEvent): void => {
    const mark = this.hit(event);
    if (!mark) return;
    event.preventDefault();
    this.host.tap(mark.control, event);
  };

  private onMove = (event: PointerEvent): void => {
    const cursor = this.hit(event) ? 'pointer' : '';
    const canvas = this.scene.game.canvas;
    if (canvas.style.cursor !== cursor) canvas.style.cursor = cursor;
  };
}
