/**
 * The project's one seeded random-number generator, mulberry32: small, fast and the same on every run and
 * machine, so whatever is "random" (the judge's cross-validation folds in scripts/train-post-model.mjs, the
 * room tone's noise in scripts/make-sounds.mjs, the faces in src/game/objects/phone-art.ts) comes out the same
 * each time. Plain JavaScript with its types beside it (random.d.ts), so the Node scripts import it without a
 * build and the game's TypeScript imports it too. Pure.
 */

/** A generator of numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a string (FNV-1a over its UTF-16 code units): the same text, the same numbers. */
export function seedOf(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}
