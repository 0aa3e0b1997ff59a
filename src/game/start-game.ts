/**
 * Boots Phaser beside the text panel and keeps its scenes in step with the app's screens. Loaded lazily by
 * main.ts after the first text is on screen.
 */
import Phaser from 'phaser';
import type { App, Screen } from '../core/app/app.ts';
import type { PhoneControl } from '../core/phone/controls.ts';
import { provideContext, type GameContext } from './context.ts';
import { RenderGate } from './render-gate.ts';
import { SceneKeys, type SceneKey } from './scene-keys.ts';
import { BootScene } from './scenes/boot-scene.ts';
import { DebriefScene } from './scenes/debrief-scene.ts';
import { PlayScene } from './scenes/play-scene.ts';
import { TitleScene } from './scenes/title-scene.ts';
import { WORLD } from './theme.ts';
import { PHONE_SIZE } from './objects/phone-view.ts';

export interface StartOptions {
  parent: HTMLElement;
  app: App;
  /** Whether to skip animation now (the player's setting, else the device's); defaults to the device's. */
  reducedMotion?: () => boolean;
  /** Where a tap on the drawn phone's live controls goes (the text panel); without it the phone is only drawn. */
  tapPhone?: (control: PhoneControl, event: Event) => void;
  /**
   * Whether the phone should fill a tall, narrow stage (a small screen, where the stage is the whole view):
   * then the world is framed close around the phone instead of shown whole. Defaults to never.
   */
  frameThePhone?: () => boolean;
}

/** The drawn phone's box in the world, with a margin (play-scene.ts centres the phone in the world). */
const PHONE_FRAME = { width: PHONE_SIZE.width + 40, height: PHONE_SIZE.height + 40 };

/**
 * The game's size for a stage of `width` × `height` CSS px. The whole world (as on a laptop) unless the
 * phone is to fill the stage: then the phone (plus a margin) fills it across or down, whichever comes first,
 * and the frame takes the stage's shape, so Scale.FIT draws the phone as large as the stage allows.
 */
export function frameFor(width: number, height: number, fillWithPhone: boolean): { width: number; height: number } {
  const aspect = width / height;
  if (!fillWithPhone || !(aspect > 0)) return { width: WORLD.width, height: WORLD.height };
  const frameHeight = Math.max(PHONE_FRAME.height, Math.round(PHONE_FRAME.width / aspect));
  return { width: Math.round(frameHeight * aspect), height: frameHeight };
}

function sceneFor(screen: Screen): SceneKey {
  if (screen.name === 'play') return SceneKeys.Play;
  if (screen.name === 'debrief') return SceneKeys.Debrief;
  return SceneKeys.Title;
}

export function startGame({ parent, app, reducedMotion, tapPhone, frameThePhone = () => false }: StartOptions): Phaser.Game {
  const motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  // oxlint-disable-next-line import/no-named-as-default-member -- Phaser's default export is its namespace (our production build exports only that)
  const game = new Phaser.Game({
    // Our Phaser build has only the Canvas renderer (see vite.config.ts): fast without a GPU, no WebGL needed.
    // oxlint-disable-next-line import/no-named-as-default-member -- Phaser's default export is its namespace (our production build exports only that)
    type: Phaser.CANVAS,
    parent,
    width: WORLD.width,
    height: WORLD.height,
    backgroundColor: WORLD.background,
    banner: false,
    audio: { noAudio: true }, // Howler owns sound
    // The DOM panel takes all input; the phone's hotspots listen on the canvas themselves (phone-hotspots.ts).
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // oxlint-disable-next-line import/no-named-as-default-member -- Phaser's default export is its namespace (our production build exports only that)
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true, roundPixels: false },
    scene: [BootScene, TitleScene, PlayScene, DebriefScene],
    // Only the scene plugins we use (our Phaser build leaves out the loader, input and lights plugins).
    plugins: { default: ['Clock', 'TweenManager'] },
  });
  const gate = new RenderGate(game);
  const context: GameContext = { app, gate, reducedMotion: reducedMotion ?? (() => motionQuery?.matches ?? false), tapPhone };
  provideContext(game, context);
  game.events.once('postrender', () => {
    performance.mark('pp:first-frame');
    document.documentElement.dataset.graphics = 'canvas';
  });

  app.events.on('app/screen', (screen) => {
    const key = sceneFor(screen);
    gate.wake();
    for (const scene of game.scene.getScenes(false)) {
      const k = scene.sys.settings.key;
      if (k !== key && k !== SceneKeys.Boot && game.scene.isActive(k)) game.scene.stop(k);
    }
    // Restart so the scene draws the new screen's state (a new scenario, a new debrief).
    if (game.scene.isActive(key)) game.scene.getScene(key)?.scene.restart();
    else if (game.isBooted) game.scene.start(key);
  });
  // A resized window re-fits the canvas: draw once more.
  window.addEventListener('resize', () => gate.wake(250));
  // The stage itself may change size or shape without the window doing so (shown again on a small screen's
  // Phone view, a phone turned round): frame the world for it, re-fit, and draw.
  const reframe = () => {
    const { width, height } = parent.getBoundingClientRect();
    if (width < 1 || height < 1 || !game.isBooted) return; // hidden: fitted when shown again
    const frame = frameFor(width, height, frameThePhone());
    game.scale.getParentBounds(); // Phaser itself checks the parent only every half second, while drawing
    if (frame.width !== game.scale.width || frame.height !== game.scale.height) game.scale.setGameSize(frame.width, frame.height);
    else game.scale.refresh();
    gate.wake(250);
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(reframe).observe(parent);
  game.events.once('ready', reframe);
  // Every scene's camera looks at the world's centre (where the phone is), whatever the frame's size.
  game.events.on('prerender', () => {
    for (const scene of game.scene.getScenes(true)) {
      const camera = scene.cameras.main;
      camera.setScroll((WORLD.width - camera.width) / 2, (WORLD.height - camera.height) / 2);
    }
  });
  motionQuery?.addEventListener?.('change', () => gate.wake());
  return game;
}
