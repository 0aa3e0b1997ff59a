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

export function text(
  scene: Scene,
  x: number,
  y: number,
  value: string,
  size: number,
  colour = WORLD.ink,
  opts: Partial<Phaser.Types.GameObjects.Text.TextStyle> = {},
) {
  return scene.add.text(x, y, value, { fontFamily: FONT, fontSize: `${size}px`, color: colour, ...opts });
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
