/** Types for src/core/random.js (plain JavaScript, so the Node scripts import it without a build). */
/** A generator of numbers in [0, 1) from a 32-bit seed (mulberry32). */
export declare function mulberry32(seed: number): () => number;
/** A 32-bit seed from a string (FNV-1a over its UTF-16 code units). */
export declare function seedOf(text: string): number;
