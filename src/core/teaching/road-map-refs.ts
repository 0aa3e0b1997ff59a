/**
 * The map of the road not taken as shipped refers to the story's own words instead of repeating them: each
 * option's text, its feedback lines and the point's #discuss prompt are written, where the build found them
 * (src/story-tools/road-map-refs.ts), as a reference to the compiled ink JSON's text entries (its `"^…"`
 * strings, numbered in document order). A reference is
 *  - a number `i`: text entry i;
 *  - or `[i, n, skip]`: the n entries from i joined, less the first `skip` characters (a tag's `discuss: `);
 * and in both cases with runs of spaces and tabs made one and the ends trimmed, as ink prints a line. Any
 * string not found that way is kept as written. The build keeps a reference only when it resolves to exactly
 * the string it replaces, so the resolved map is the map the checker's walk made.
 */
import { isRecord } from '../guards.ts';

/** The text entries of a compiled ink story (parsed JSON), in document order, without their `^`. */
export function inkTexts(json: unknown): string[] {
  const texts: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.startsWith('^')) texts.push(v.slice(1));
    } else if (Array.isArray(v)) {
      for (const x of v) visit(x);
    } else if (isRecord(v)) {
      for (const x of Object.values(v)) visit(x);
    }
  };
  visit(json);
  return texts;
}

/** A line as ink prints it: runs of spaces and tabs made one, the ends trimmed. */
export const printed = (text: string): string => text.replace(/[ \t]+/g, ' ').trim();

const isIndex = (v: unknown, length: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < length;

/** The string a reference stands for; a string is itself; anything else (malformed) is undefined. */
export function resolveText(ref: unknown, texts: readonly string[]): string | undefined {
  if (typeof ref === 'string') return ref;
  if (isIndex(ref, texts.length)) return printed(texts[ref]!);
  if (!Array.isArray(ref) || ref.length !== 3) return undefined;
  const [start, count, skip] = ref as unknown[];
  if (!isIndex(start, texts.length) || !isIndex(count, texts.length - start + 1) || count < 1) return undefined;
  if (typeof skip !== 'number' || !Number.isInteger(skip) || skip < 0) return undefined;
  return printed(
    texts
      .slice(start, start + count)
      .join('')
      .slice(skip),
  );
}

/**
 * The map with its references resolved against the story's text entries. Only the places a reference may
 * stand (option text, feedback lines, discuss) are read; a reference that resolves to nothing is left as it
 * was, so `asRoadMap` drops its option or point as malformed.
 */
export function resolveRoadMapRefs(map: unknown, texts: readonly string[]): unknown {
  if (!Array.isArray(map)) return map;
  const text = (ref: unknown): unknown => resolveText(ref, texts) ?? ref;
  return map.map((point) => {
    if (!isRecord(point)) return point;
    const resolved: Record<string, unknown> = { ...point };
    if ('discuss' in point && point.discuss !== undefined) resolved.discuss = text(point.discuss);
    if (Array.isArray(point.options))
      resolved.options = point.options.map((option) => {
        if (!isRecord(option)) return option;
        return {
          ...option,
          text: text(option.text),
          feedback: Array.isArray(option.feedback) ? option.feedback.map(text) : option.feedback,
        };
      });
    return resolved;
  });
}
