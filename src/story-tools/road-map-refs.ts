/**
 * Build side of src/core/teaching/road-map-refs.ts: writes the map of the road not taken with references to
 * the compiled story's text entries in place of the words it shares with them (option texts, feedback lines,
 * #discuss prompts), so a story's chunk carries each of those words once. A reference is kept only when it
 * resolves to exactly the string it replaces; anything else stays written out. Never a guess.
 */
import type { RoadMap } from '../core/teaching/road-map.ts';
import { printed, resolveText } from '../core/teaching/road-map-refs.ts';

/** The most consecutive text entries one reference joins (a line split by inline markup). */
const MAX_RUN = 8;

type Ref = string | number | [number, number, number];

/** Finds strings among a story's text entries; each answer is checked by the resolver itself. */
export function textFinder(texts: readonly string[]): (s: string) => Ref {
  const single = new Map<string, number>();
  texts.forEach((t, i) => {
    const p = printed(t);
    if (!single.has(p)) single.set(p, i);
  });
  const found = new Map<string, Ref>();
  const search = (s: string): Ref => {
    const whole = single.get(s);
    if (whole !== undefined) return whole;
    if (s.length === 0) return s;
    const head = s.slice(0, Math.min(s.length, 12)).replace(/ .*$/, '');
    for (let i = 0; i < texts.length; i++) {
      let joined = '';
      for (let n = 1; n <= MAX_RUN && i + n <= texts.length; n++) {
        joined += texts[i + n - 1]!;
        // The string starts within the first entry: try each place its first word occurs there.
        for (let at = joined.indexOf(head); at >= 0 && at < texts[i]!.length; at = joined.indexOf(head, at + 1)) {
          const ref: Ref = [i, n, at];
          if (resolveText(ref, texts) === s) return ref;
        }
      }
    }
    return s;
  };
  return (s) => {
    let ref = found.get(s);
    if (ref === undefined) found.set(s, (ref = search(s)));
    if (resolveText(ref, texts) !== s) throw new Error(`road-map reference for "${s}" does not resolve to it`);
    return ref;
  };
}

/** The map as shipped: its shared words as references to the story's text entries (`inkTexts`). */
export function mapWithRefs(map: RoadMap, texts: readonly string[]): unknown[] {
  const find = textFinder(texts);
  return map.map((point) => ({
    ...point,
    discuss: point.discuss === undefined ? undefined : find(point.discuss),
    options: point.options.map((o) => ({ ...o, text: find(o.text), feedback: o.feedback.map(find) })),
  }));
}
