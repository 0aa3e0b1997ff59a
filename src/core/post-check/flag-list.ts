/**
 * The checker's flags as the composer lists them: one entry per kind and matched text, however often the
 * draft repeats it (with how many times), and at most `max` entries, the rest counted as "and N more". A
 * post that names a child 800 times gets one flag for the name, not 800 (a list 169,000 px tall).
 */
import type { PostFlag } from './types.ts';

export interface FlagEntry {
  /** The first occurrence: its severity, why, standards and the match as written. */
  flag: PostFlag;
  /** How many times the draft has it (1 for photo, check-in and audience flags). */
  count: number;
}

export interface FlagList {
  entries: FlagEntry[];
  /** Entries not listed (beyond `max`). */
  more: number;
}

/** As many entries as the composer lists before "and N more". */
export const MAX_LISTED_FLAGS = 8;

export function groupFlags(flags: readonly PostFlag[], max = MAX_LISTED_FLAGS): FlagList {
  const byKey = new Map<string, FlagEntry>();
  for (const flag of flags) {
    const key = `${flag.kind}\u0000${flag.start < 0 ? 'x' : 't'}\u0000${flag.match.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim()}`;
    const entry = byKey.get(key);
    if (entry) {
      entry.count += 1;
      // Serious wins: a repeat never hides the graver reading.
      if (flag.severity === 'serious' && entry.flag.severity !== 'serious') entry.flag = { ...flag, match: entry.flag.match };
    } else byKey.set(key, { flag, count: 1 });
  }
  // Serious first, then the order the draft has them in (Map keeps insertion order; sort is stable).
  const all = [...byKey.values()].toSorted((a, b) => Number(b.flag.severity === 'serious') - Number(a.flag.severity === 'serious'));
  return { entries: all.slice(0, max), more: Math.max(0, all.length - max) };
}
