/**
 * The one escaper for text that leaves the page (the CPD record, the group summary's Markdown and JSON) and
 * for player or URL input echoed back in a message. Player and story text is made inert, never trusted:
 *
 * - bidirectional controls (U+202A–202E, U+2066–2069, U+200E/F, U+061C) are removed, so an unbalanced
 *   U+202E cannot reorder what follows it; so are other control characters and invisible zero-width
 *   characters (U+200B, U+2060, U+FEFF; the joiners U+200C/D stay, emoji sequences need them);
 * - every line break (CR LF, CR, U+2028/2029, vertical tab, form feed) becomes one `\n`;
 * - in Markdown, HTML-significant characters and the syntax of links, images, emphasis, code, headings,
 *   tables and quotes are backslash-escaped (CommonMark renders `\<` as `<`: the text reads as written);
 *   a `javascript:`-style scheme loses its colon's meaning (`javascript\:`), so nothing becomes a link;
 * - a block (a quote, a list item) keeps every line of a multi-line text inside it.
 *
 * Framework-free: the core's unit tests run it in node.
 */

/** Bidi embeddings, overrides, isolates and marks. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 controls but tab and line feed (other breaks are normalised first); invisible zero-width characters. */
// oxlint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF]/g;
// oxlint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks here
const BREAKS = /\r\n|[\r\u000B\u000C\u2028\u2029\u0085]/g;
/** Schemes a renderer might turn into script or a local file, however they are spelt. */
const SCHEMES = /\b((?:java|vb)script|data|file)(\s*):/gi;
/** Characters with a meaning in Markdown or HTML wherever they stand in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>#|~&!]/g;

/** Player or story text made safe to show or keep: no bidi or control characters, one kind of line break. */
export function cleanText(text: string): string {
  return text.replace(BREAKS, '\n').replace(BIDI, '').replace(CONTROLS, '').replace(/\t/g, ' ');
}

/** Input echoed back in a message (a URL parameter, a scenario id): cleaned, on one line, at most `max` characters. */
export function echoInput(text: string, max = 40): string {
  const one = cleanText(text).replace(/\s+/g, ' ').trim();
  // By grapheme (what a reader sees as one character), so no emoji or accented letter is cut in half.
  const chars = Array.from(new Intl.Segmenter('en-GB', { granularity: 'grapheme' }).segment(one), (s) => s.segment);
  return chars.length <= max ? one : `${chars.slice(0, max - 1).join('')}…`;
}

/** One line of text escaped for Markdown, including what would start a block at the start of a line. */
function escapeLine(line: string): string {
  const escaped = line.trimStart().replace(INLINE_SYNTAX, '\\$&').replace(SCHEMES, '$1$2\\:');
  // A list marker, an ordered-list number or a setext underline at the start of a line.
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text for one Markdown line (a heading, a table cell, a sentence): line breaks become spaces. */
export function mdInline(text: string): string {
  return escapeLine(
    cleanText(text)
      .replace(/\s*\n\s*/g, ' ')
      .trim(),
  );
}

/**
 * A multi-line text inside a Markdown block: `first` starts it (e.g. `"> "`, `"- "`, `""`) and `rest` starts
 * each later line (`"> "` keeps a quote's lines in the quote, `"  "` a list item's). Blank lines stay inside
 * the block too (a quote's blank line is `">"`).
 */
export function mdBlock(text: string, first: string, rest: string = first): string {
  const lines = cleanText(text).trim().split('\n');
  return lines
    .map((line, i) => {
      const prefix = i === 0 ? first : rest;
      const body = escapeLine(line.trimEnd());
      return body ? prefix + body : prefix.trimEnd();
    })
    .join('\n');
}

/**
 * JSON for a download: every string cleaned as above, and `<`, `>` and `&` written as `\u003c`, `\u003e` and
 * `\u0026` (still the same JSON), so the file is inert even if someone pastes it into a page.
 */
export function exportJson(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? cleanText(v) : v), 2);
  return `${json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for an HTML document the player downloads (the learning record): cleaned as above, then every
 * character with a meaning in HTML escaped, so nothing in it becomes markup, a link or a script. Line
 * breaks stay line breaks (the record shows them with `white-space: pre-wrap`).
 */
export function htmlText(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
