/** Colours and type for the drawn world. Platforms are fictional (src/content/platforms.ts); their marks are drawn in code. */
import { PLATFORMS } from '../content/platforms.ts';

export const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const WORLD = {
  width: 720,
  height: 1080,
  background: 0x1d2733,
  desk: 0x2b3a4a,
  phoneBody: 0x0e1116,
  screen: 0xf4f6f8,
  ink: '#1b1f24',
  muted: '#5b6570',
  white: '#ffffff',
};

export interface PlatformLook {
  name: string;
  tagline: string;
  colour: number;
  css: string;
}

/** Each app's look, from the one platform record. */
export const PLATFORM_LOOKS: Record<string, PlatformLook> = Object.fromEntries(
  Object.entries(PLATFORMS).map(([id, p]) => [id, { name: p.name, tagline: p.tagline, colour: Number.parseInt(p.colour.slice(1), 16), css: p.colour }]),
);
