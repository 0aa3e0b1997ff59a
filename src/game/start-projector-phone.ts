/**
 * Group mode's drawn phone, for the projector window: the same PhoneView as solo play, in a Phaser game of
 * its own with one scene, fed the group session's phone state by src/ui/group-audience.ts. Loaded lazily
 * by src/ui/group-mode.ts after the first projector text is on screen; the presenter window never loads it.
 */
import Phaser from 'phaser';
import type { PhoneState } from '../core/phone/phone.ts';
import { RenderGate } from './render-gate.ts';
import { PROJECTOR_WORLD, ProjectorPhoneScene } from './scenes/projector-phone-scene.ts';
import { WORLD } from './theme.ts';

export interface ProjectorPhone {
  /** Draw this phone state (null: no phone). Unchanged states are not redrawn. */
  show(state: PhoneState | null): void;
}

export function startProjectorPhone({ parent }: { parent: HTMLElement }): ProjectorPhone {
  // The scene exists before the game (Phaser takes it in the config), the gate after: the scene asks for it.
  const held: { gate?: RenderGate } = {};
  const scene = new ProjectorPhoneScene(() => held.gate);
  // oxlint-disable-next-line import/no-named-as-default-member -- Phaser's default export is its namespace (our production build exports only that)
  const game = new Phaser.Game({
    // oxlint-disable-next-line import/no-named-as-default-member -- as in start-game.ts: Canvas only
    type: Phaser.CANVAS,
    parent,
    width: PROJECTOR_WORLD.width,
    height: PROJECTOR_WORLD.height,
    backgroundColor: WORLD.background,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false }, // the projector's keys belong to the DOM
    // expandParent off: the column may be hidden (the menu) when Phaser starts, and Phaser would then give it
    // an inline 100% size that covers the text. It is sized by group-phone.css alone.
    // oxlint-disable-next-line import/no-named-as-default-member -- Phaser's default export is its namespace
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, expandParent: false },
    render: { antialias: true, roundPixels: false },
    scene: [scene],
    plugins: { default: ['Clock', 'TweenManager'] },
  });
  const gate = new RenderGate(game);
  held.gate = gate;
  game.events.once('postrender', () => {
    document.documentElement.dataset.graphics = 'canvas';
  });
  // A resized window (or a column that appears) re-fits the canvas: draw once more.
  window.addEventListener('resize', () => gate.wake(250));
  let last = '';
  let size = '';
  return {
    show(state) {
      // The column appears and disappears with the screens (and Phaser may have started while it was hidden):
      // fit the canvas to it now rather than at Phaser's next periodic check.
      const now = `${parent.clientWidth}x${parent.clientHeight}`;
      if (now !== size) {
        size = now;
        if (game.scale.getParentBounds()) game.scale.refresh();
        gate.wake(250);
      }
      const json = JSON.stringify(state);
      if (json === last) return;
      last = json;
      scene.show(state);
    },
  };
}
