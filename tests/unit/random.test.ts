/**
 * The project's one seeded generator (src/core/random.js): the judge's cross-validation folds, the room tone's
 * noise and the phone's faces all depend on its exact numbers, so a change here would silently retrain the
 * judge, re-render the sounds and redraw every face. These values were the three copies' before they became one.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32, seedOf } from '../../src/core/random.js';

describe('the seeded generator', () => {
  it('gives mulberry32’s numbers for a seed, the same every time', () => {
    const a = mulberry32(20240);
    expect([a(), a(), a()]).toEqual([0.9638727416750044, 0.2619946151971817, 0.16451123706065118]);
    const b = mulberry32(20240);
    expect(b()).toBe(0.9638727416750044);
  });

  it('seeds from text with FNV-1a, as the phone’s faces do', () => {
    expect(seedOf('')).toBe(2166136261);
    expect(seedOf('Alex')).toBe(1708213605);
    expect(mulberry32(seedOf('picture:x'))()).toBe(0.9516681146342307);
  });
});
