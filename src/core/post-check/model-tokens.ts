/**
 * The tokens the post checker's judge reads (see scripts/train-post-model.mjs): words of the lower-case shadow
 * text (accents stripped, apostrophes straightened; digits as "#", so "7.30am" and "9am" look alike) and each
 * pair of neighbouring words. A word inside one of the story's names, places or its employer can be masked
 * (`@name`, `@place`, `@employer`), so what is learnt from one story carries to another. Offsets point into the
 * original text (the shadow keeps its length). Pure.
 */
import { shadow } from './shadow.ts';

const TOKEN = /[\p{L}\p{N}']+/gu;

export interface ModelToken {
  token: string;
  start: number;
  end: number;
}

/** Words with their offsets into `text` (pairs span both words); `mask` may rename a word by where it is. */
export function modelTokenSpans(text: string, mask?: (start: number, end: number) => string | undefined, lower = shadow(text).lower): ModelToken[] {
  const words: ModelToken[] = [];
  for (const m of lower.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    words.push({ token: mask?.(start, end) ?? m[0].replace(/\p{N}+/gu, '#').replace(/^'+|'+$/g, ''), start, end });
  }
  const pairs = words.slice(1).map((w, i) => ({ token: `${words[i]!.token}_${w.token}`, start: words[i]!.start, end: w.end }));
  return [...words.filter((w) => w.token !== ''), ...pairs];
}

export const modelTokens = (text: string): string[] => modelTokenSpans(text).map((t) => t.token);
