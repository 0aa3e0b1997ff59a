/**
 * Where the drawing code says "a learner could tap this". The phone's painters call `mark` for every
 * control they draw (a request's buttons, the thread's send button, a setting's switch...), in the
 * coordinates of the container they draw into. What a tap does is decided elsewhere: by default nothing.
 */
import type Phaser from 'phaser';
import type { PhoneControl } from '../../core/phone/controls.ts';

export interface PhoneHotspots {
  mark(control: PhoneControl, parent: Phaser.GameObjects.Container, x: number, y: number, width: number, height: number): void;
}

/** Draws nothing interactive: for the projector's phone and for tests of the drawing alone. */
export const NO_HOTSPOTS: PhoneHotspots = { mark: () => {} };
