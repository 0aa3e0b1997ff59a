/**
 * The scenarios' motifs (src/content/motifs.ts): every shipped scenario (stories/*.ink) has one, each its own
 * drawing, within its 64×64 grid, in colours dark enough to draw on the projector's paper.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOTIFS } from '../../src/content/motifs.ts';

const STORIES = path.resolve(import.meta.dirname, '../../stories');
const ids = readdirSync(STORIES)
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.replace(/\.ink$/, ''));

/** WCAG relative luminance of a #rrggbb colour, and the contrast of two. */
const lum = (hex: string) =>
  [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: string, b: string) => {
  const [x, y] = [lum(a), lum(b)].toSorted((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('scenario motifs', () => {
  it('every shipped scenario has one, and there are none for scenarios that do not exist', () => {
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(MOTIFS).toSorted()).toEqual(ids.toSorted());
  });

  it('each is its own drawing', () => {
    const drawings = Object.values(MOTIFS).map((m) => JSON.stringify(m.shapes));
    expect(new Set(drawings).size).toBe(drawings.length);
    expect(new Set(Object.values(MOTIFS).map((m) => m.accent)).size).toBe(drawings.length);
  });

  it.each(Object.entries(MOTIFS))('%s keeps to its grid and its colours', (_id, motif) => {
    expect(motif.about.length).toBeGreaterThan(10);
    expect(motif.shapes.length).toBeGreaterThanOrEqual(3);
    for (const shape of motif.shapes) {
      expect(shape.fill ?? shape.stroke, JSON.stringify(shape)).toBeDefined();
      // Every number on the grid (a radius, too, stays on it).
      const off = Object.entries(shape.at).filter(([, value]) => typeof value === 'number' && (value < 0 || value > 64));
      expect(off, JSON.stringify(shape)).toEqual([]);
    }
    // The accent bears white lines and shows on the paper (3:1, as for graphics); the tint is pale.
    expect(contrast(motif.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(motif.accent, '#fbf8f3')).toBeGreaterThanOrEqual(3);
    expect(lum(motif.tint)).toBeGreaterThan(0.7);
  });
});
