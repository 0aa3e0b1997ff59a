/**
 * The tokens the post checker's word model reads (see scripts/train-post-model.mjs): words of the lower-case
 * shadow text (accents stripped, apostrophes straightened; digits as "#", so "7.30am" and "9am" look alike) and
 * each pair of neighbouring words. Offsets point into the original text (the shadow keeps its length). Pure.
 */
import { shadow } from './shadow.ts';

const TOKEN = /[\p{L}\p{N}']+/gu;

export interface ModelToken {
  token: string;
  start: number;
  end: number;
}

/** Words with their offsets into `text` (pairs span both words). */
export function modelTokenSpans(text: string): ModelToken[] {
  const words: ModelToken[] = [];
  for (const m of shadow(text).lower.matchAll(TOKEN))
    words.push({ token: m[0].replace(/\p{N}+/gu, '#').replace(/^'+|'+$/g, ''), start: m.index, end: m.index + m[0].length });
  const pairs = words.slice(1).map((w, i) => ({ token: `${words[i]!.token}_${w.token}`, start: words[i]!.start, end: w.end }));
  return [...words.filter((w) => w.token !== ''), ...pairs];
}

export const modelTokens = (text: string): string[] => modelTokenSpans(text).map((t) => t.token);
