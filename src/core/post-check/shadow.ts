/**
 * The post checker's shadow texts (see below): what its patterns run on instead of the post itself.
 */

// The shadow texts. Patterns do not run on the text itself but on two copies of the same length, so every
// offset still points into the original:
//   cased: letters without accents ("Zoë" → "Zoe", one UTF-16 unit for one); curly apostrophes → "'"; the
//          hyphen-like dashes → "-"; any whitespace → " "; every other character that is neither ASCII nor a
//          letter, digit or combining mark (emoji, curly quotes, em dashes) → "~" per UTF-16 unit.
//   lower: the same, lower-cased where that keeps the length.
// Then a "word character" is anything outside the ASCII punctuation, a small class that is quick to compile
// (`\p{L}` classes in every pattern made the first analysis take a noticeable fraction of a second), and the
// patterns can be written in lower case without the `i` flag.

const APOSTROPHES = new Set(['’', 'ʼ', '‘', '`', '′']);
const HYPHENS = new Set(['‐', '‑', '–', '−']);
export const LETTER = /\p{L}/u;
const WORD_LIKE = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const MARK = /\p{M}/gu;

export interface Shadow {
  cased: string;
  lower: string;
}

export function shadow(text: string): Shadow {
  const cased: string[] = [];
  const lower: string[] = [];
  for (const ch of text) {
    let c: string;
    const code = ch.charCodeAt(0);
    if (code < 0x80) c = code === 0x60 ? "'" : code <= 0x20 && SPACE.test(ch) ? ' ' : ch;
    else if (APOSTROPHES.has(ch)) c = "'";
    else if (HYPHENS.has(ch)) c = '-';
    else if (LETTER.test(ch)) {
      const base = ch.normalize('NFD').replace(MARK, '');
      c = base.length === ch.length ? base : ch;
    } else if (WORD_LIKE.test(ch)) c = ch;
    else c = (SPACE.test(ch) ? ' ' : '~').repeat(ch.length);
    cased.push(c);
    const l = c.toLowerCase();
    lower.push(l.length === c.length ? l : c);
  }
  return { cased: cased.join(''), lower: lower.join('') };
}
