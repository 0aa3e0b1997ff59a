/** What every part of the drawn phone shares: its geometry, text style, avatars and the apps' marks. */
import type Phaser from 'phaser';
import { PLATFORMS, type PlatformMark } from '../../content/platforms.ts';
import { isAppId } from '../../core/phone/pieces.ts';
import { FONT, PLATFORM_LOOKS, WORLD } from '../theme.ts';

type Scene = Phaser.Scene;
type Container = Phaser.GameObjects.Container;

export const PHONE_W = 540;
export const PHONE_H = 1000;
export const BEZEL = 20;
export const SCREEN_W = PHONE_W - BEZEL * 2;
export const SCREEN_H = PHONE_H - BEZEL * 2;
export const STATUS_H = 56;
export const HEADER_H = 104;
/** An app's tab bar along the bottom of the screen, with the home indicator under it. */
export const TAB_H = 92;

/**
 * A picture painted once with the canvas 2D API and then reused by key (a portrait, a photo, an app's header
 * or tab bar). A plain canvas, added as an image: Phaser's CanvasTexture reads every pixel back when it is
 * made (getImageData), which the phone never needs.
 */
export function painted(scene: Scene, key: string, w: number, h: number, paint: (ctx: CanvasRenderingContext2D) => void): string {
  if (scene.textures.exists(key)) return key;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return key;
  paint(ctx);
  scene.textures.create(key, canvas, w, h)?.add('__BASE', 0, 0, 0, w, h);
  return key;
}

type Text = Phaser.GameObjects.Text;
type TextStyle = Partial<Phaser.Types.GameObjects.Text.TextStyle>;

/**
 * Font metrics by CSS font: Phaser measures a font (on a canvas of its own) for every Text it makes unless it
 * is told them, and the phone uses a handful of fonts for dozens of texts.
 */
const METRICS = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/**
 * Keeps the phone's Text objects from one drawing of the screen to the next. A redraw after a choice shows
 * mostly the same words (the clock, the names, the buttons, the earlier messages): the same words in the same
 * style get the same object back, already laid out and painted on its own canvas, instead of a new one made,
 * measured, wrapped and painted (and the old one destroyed). Texts not asked for again are destroyed at `end`.
 */
export class TextPool {
  private inUse = new Map<string, Text[]>();
  private free = new Map<string, Text[]>();
  private readonly keys = new WeakMap<Text, string>();

  constructor(private readonly scene: Scene) {
    pools.set(scene, this);
    scene.events.once('shutdown', () => {
      if (pools.get(scene) === this) pools.delete(scene);
    });
  }

  /** A new drawing starts: every text may be reused; none is shown until asked for again. */
  begin(): void {
    for (const [key, list] of this.inUse) {
      for (const t of list) {
        t.parentContainer?.remove(t);
        t.removeFromDisplayList();
        this.scene.tweens.killTweensOf(t);
      }
      const free = this.free.get(key);
      if (free) free.push(...list);
      else this.free.set(key, list);
    }
    this.inUse = new Map();
  }

  /** The drawing is done: what it did not use goes. */
  end(): void {
    const unused = [...this.free.values()].flat();
    this.free = new Map();
    for (const t of unused) t.destroy();
  }

  take(x: number, y: number, value: string, style: TextStyle): Text {
    const key = `${JSON.stringify(style)}\u0000${value}`;
    let t = this.free.get(key)?.pop();
    if (t) {
      t.addToDisplayList();
      t.setPosition(x, y).setOrigin(0, 0).setAlpha(1).setScale(1).setAngle(0).setVisible(true);
    } else {
      const font = `${style.fontStyle ?? ''} ${String(style.fontSize)} ${style.fontFamily ?? ''}`;
      const metrics = METRICS.get(font);
      t = this.scene.add.text(x, y, value, metrics ? { ...style, metrics } : style);
      if (!metrics) METRICS.set(font, t.style.getTextMetrics());
      this.keys.set(t, key);
      // Destroyed by its drawer (no room for it) or with its container: forget it.
      t.once('destroy', () => this.forget(t!));
    }
    const list = this.inUse.get(key);
    if (list) list.push(t);
    else this.inUse.set(key, [t]);
    return t;
  }

  private forget(t: Text): void {
    const key = this.keys.get(t);
    if (key === undefined) return;
    for (const map of [this.inUse, this.free]) {
      const list = map.get(key);
      const i = list?.indexOf(t) ?? -1;
      if (i >= 0) list!.splice(i, 1);
    }
  }
}

const pools = new WeakMap<Scene, TextPool>();

export function text(scene: Scene, x: number, y: number, value: string, size: number, colour = WORLD.ink, opts: TextStyle = {}): Text {
  const style: TextStyle = { fontFamily: FONT, fontSize: `${size}px`, color: colour, ...opts };
  const pool = pools.get(scene);
  return pool ? pool.take(x, y, value, style) : scene.add.text(x, y, value, style);
}

/** Draws a platform's mark (src/content/platforms.ts names it), or the search app's: a simple shape inside a rounded square. */
export function drawLogo(scene: Scene, x: number, y: number, size: number, platform: string): Container {
  const look = PLATFORM_LOOKS[platform];
  const c = scene.add.container(x, y);
  const g = scene.add.graphics();
  g.fillStyle(look?.colour ?? (platform === 'seek' ? 0x334155 : 0x64748b), 1).fillRoundedRect(0, 0, size, size, size * 0.24);
  g.fillStyle(0xffffff, 1).lineStyle(Math.max(2, size * 0.07), 0xffffff, 1);
  const s = size;
  const mark: PlatformMark | 'magnifier' | undefined = isAppId(platform) ? PLATFORMS[platform].mark : platform === 'seek' ? 'magnifier' : undefined;
  switch (mark) {
    case 'house': // Hearth: a house with a warm door
      g.fillTriangle(s * 0.18, s * 0.5, s * 0.5, s * 0.2, s * 0.82, s * 0.5);
      g.fillRect(s * 0.28, s * 0.48, s * 0.44, s * 0.32);
      g.fillStyle(look!.colour, 1).fillRoundedRect(s * 0.44, s * 0.6, s * 0.12, s * 0.2, 2);
      break;
    case 'speech-bubble': // Shout
      g.fillRoundedRect(s * 0.18, s * 0.22, s * 0.64, s * 0.42, s * 0.12);
      g.fillTriangle(s * 0.3, s * 0.6, s * 0.46, s * 0.6, s * 0.26, s * 0.8);
      break;
    case 'camera': // Lens
      g.strokeRoundedRect(s * 0.18, s * 0.28, s * 0.64, s * 0.48, s * 0.12);
      g.strokeCircle(s * 0.5, s * 0.52, s * 0.13);
      g.fillCircle(s * 0.7, s * 0.38, s * 0.035);
      break;
    case 'briefcase': // Guild
      g.fillRoundedRect(s * 0.18, s * 0.36, s * 0.64, s * 0.42, s * 0.06);
      g.strokeRoundedRect(s * 0.38, s * 0.22, s * 0.24, s * 0.16, s * 0.04);
      g.fillStyle(look!.colour, 1).fillRect(s * 0.18, s * 0.52, s * 0.64, s * 0.04);
      break;
    case 'magnifier': // Seek, the search app
      g.strokeCircle(s * 0.44, s * 0.44, s * 0.19);
      g.lineStyle(Math.max(3, s * 0.1), 0xffffff, 1).lineBetween(s * 0.58, s * 0.58, s * 0.78, s * 0.78);
      break;
    default:
      g.fillCircle(s / 2, s / 2, s * 0.2);
  }
  c.add(g);
  return c;
}
