/**
 * Where a paragraph may be cut for the projector: at sentence ends outside quotations. Found by hand
 * because the cases that matter here defeat a plain /[.!?]/ and Intl.Segmenter alike: a quoted post
 * with full stops inside it, "Mr." and "e.g.", "10.30", emoji after the full stop, right-to-left scripts.
 * A cut is only ever made at white space, so a word, a number or an emoji sequence is never broken.
 */

/** Sentence-ending marks, Latin and others (Arabic question mark, Urdu full stop, CJK full-width). */
const TERMINATORS = new Set(['.', '!', '?', '…', '؟', '۔', '。', '！', '？']);
/** What may follow the mark and still belong to the sentence: closing quotes and brackets. */
const CLOSERS = new Set([')', ']', '"', "'", '”', '’', '»']);
/** Words whose full stop ends the word, not the sentence, even before a capital ("Mr. Hill", "cf. Section 3"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'rev',
  'cllr',
  'sgt',
  'insp',
  'det',
  'supt',
  'jr',
  'sr',
  'e.g',
  'i.e',
  'cf',
  'vs',
  'approx',
  'dept',
  'tel',
  'ref',
]);

const WORD = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;
/** An emoji and its modifiers: kept with the sentence before it ("Social work life. 😂"). */
const EMOJI_PART = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3/u;

const isWordChar = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * Quotations as [open, close] index pairs (close is the closing mark's index). “…”, «…» and straight "…"
 * pair up; ‘…’ and '…' too, told from apostrophes (don't, Mary’s) by the letters either side. A mark that
 * never closes quotes nothing: a stray quote must not glue the rest of a paragraph into one sentence.
 */
export function quotationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let double: number | undefined;
  let single: number | undefined;
  const closeDouble = (at: number) => {
    spans.push([double!, at]);
    if (single !== undefined && single > double!) single = undefined; // a single quote left open inside
    double = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“' || ch === '«') {
      if (double === undefined) double = i;
    } else if (ch === '”' || ch === '»') {
      if (double !== undefined) closeDouble(i);
    } else if (ch === '"') {
      if (double === undefined) double = i;
      else closeDouble(i);
    } else if (ch === '‘') {
      if (single === undefined) single = i;
    } else if (ch === "'" || ch === '’') {
      const before = isWordChar(text[i - 1]);
      const after = isWordChar(text[i + 1]);
      if (before && after) continue; // an apostrophe inside a word
      if (single === undefined) {
        if (!before && after) single = i;
      } else if (!after) {
        spans.push([single, i]);
        single = undefined;
      }
    }
  }
  return spans;
}

/** The word that ends at `dot` (exclusive), without opening quotes or brackets. */
function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
  return text.slice(start, dot).replace(/^[("'“‘«[]+/u, '');
}

/** Skip back over emoji (and the spaces between them and the sentence) from `end` (exclusive). */
function skipEmojiBack(text: string, end: number): number {
  let i = end;
  let sawEmoji = false;
  while (i > 0) {
    const ch = text[i - 1]!;
    // Surrogate pairs: test the whole code point ending here.
    const cp = i >= 2 && /[\udc00-\udfff]/.test(ch) ? text.slice(i - 2, i) : ch;
    if (EMOJI_PART.test(cp)) {
      i -= cp.length;
      sawEmoji = true;
    } else if (sawEmoji && SPACE.test(ch)) i--;
    else break;
  }
  return sawEmoji ? i : end;
}

/**
 * Does the text before the white space at `gap` end a sentence, given the first character after the white
 * space (`next`)? The mark must stand outside every quotation; a quotation that itself ends with a mark
 * ends the sentence too (`"Stop." Then…`), but not when the sentence runs on (`"Stop," she said.`).
 */
function endsSentenceAt(text: string, gap: number, next: string, quoted: Uint8Array): boolean {
  if (LOWER.test(next) || EMOJI_PART.test(next) || CLOSERS.has(next)) return false;
  if (quoted[gap]) return false;
  let i = skipEmojiBack(text, gap);
  while (i > 0 && CLOSERS.has(text[i - 1]!)) i--;
  const mark = text[i - 1];
  if (mark === undefined || !TERMINATORS.has(mark)) return false;
  if (mark !== '.') return true;
  const word = wordBefore(text, i - 1).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (word === 'no' && /\d/.test(next)) return false; // "No. 10"
  if (/^\p{Lu}$/u.test(wordBefore(text, i - 1))) return false; // an initial: "Jo H. Harper"
  return true;
}

/**
 * The sentences of a paragraph as [start, end) spans that cover it exactly, in order; each takes the white
 * space after it. Joining the slices gives back the text, character for character.
 */
export function sentenceSpans(text: string): [number, number][] {
  // Marked once, so a long paragraph with many quotations costs time in proportion to its length.
  const quoted = new Uint8Array(text.length);
  for (const [open, close] of quotationSpans(text)) quoted.fill(1, open + 1, close);
  const spans: [number, number][] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!SPACE.test(text[i]!) || i === 0 || SPACE.test(text[i - 1]!)) {
      i++;
      continue;
    }
    let after = i;
    while (after < text.length && SPACE.test(text[after]!)) after++;
    if (after < text.length && endsSentenceAt(text, i, String.fromCodePoint(text.codePointAt(after)!), quoted)) {
      spans.push([start, after]);
      start = after;
    }
    i = after;
  }
  if (start < text.length || spans.length === 0) spans.push([start, text.length]);
  return spans;
}

/** The sentences of a paragraph as strings (each with the white space after it). */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map(([a, b]) => text.slice(a, b));
}
