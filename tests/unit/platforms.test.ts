/** The four platforms are defined once (src/content/platforms.ts); every list of apps is derived from it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PICTURES } from '../../src/content/pictures.ts';
import { PLATFORMS } from '../../src/content/platforms.ts';
import { APP_IDS, AUDIENCES, isAppId, PICTURE_IDS, PLATFORM_SETTINGS, SCREEN_IDS } from '../../src/core/phone/pieces.ts';
import { PLATFORMS as TAG_PLATFORMS } from '../../src/core/story/tag-specs.ts';

describe('the platform record', () => {
  it('lists the four apps in the home screen order; stories may also open the home and lock screens', () => {
    expect(APP_IDS).toEqual(['hearth', 'shout', 'lens', 'guild']);
    expect(SCREEN_IDS).toEqual(['hearth', 'shout', 'lens', 'guild', 'home', 'lock']);
    expect(TAG_PLATFORMS).toEqual(SCREEN_IDS);
    expect(isAppId('home')).toBe(false);
    expect(isAppId('toString')).toBe(false);
  });

  it('gives every app its settings and audiences, each setting writing a variable named after the app', () => {
    for (const id of APP_IDS) {
      expect(PLATFORM_SETTINGS[id]).toBe(PLATFORMS[id].settings);
      expect(AUDIENCES[id]).toBe(PLATFORMS[id].audiences);
      expect(PLATFORMS[id].audiences.length).toBeGreaterThan(0);
      for (const c of PLATFORMS[id].settings) expect(c.variable.startsWith(`${id}_`)).toBe(true);
    }
  });

  it('defines each app colour once: the CSS repeats none of them (the DOM pieces read the record)', () => {
    const css = readFileSync(path.resolve(import.meta.dirname, '../../src/ui/pieces.css'), 'utf8').toLowerCase();
    expect(APP_IDS.filter((id) => css.includes(PLATFORMS[id].colour.toLowerCase()))).toEqual([]);
    expect(APP_IDS.map((id) => PLATFORMS[id].colour).filter((colour) => !/^#[0-9a-f]{6}$/.test(colour))).toEqual([]);
  });

  it('offers each picture once', () => {
    expect(new Set(PICTURE_IDS).size).toBe(PICTURES.length);
  });
});
