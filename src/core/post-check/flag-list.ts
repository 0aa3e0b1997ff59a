/**
 * The checker's flags as the composer lists them: one entry per kind for what is in the text, its words quoted
 * together ("s47, core group, tomorrow") with how many times the draft has them; one entry per item for the
 * photo, check-in and audience; at most `max` entries, the rest counted as "and N more". A post that names a
 * child 800 times gets one flag for names, not 800 (a list 169,000 px tall), and a case diary one flag for its
 * case words, not a wall.
 */
import type { PostFlag } from './types.ts';

export interface FlagEntry {
  /** The first flag of its kind (a serious one if any), with `match` set to its words as listed. */
  flag: PostFlag;
  /** How many times the draft has them (1 for photo, check-in and audience flags). */
  count: number;
  /** The distinct words, as first typed, in the order the draft has them. */
  matches: string[];
}

export interface FlagList {
  entries: FlagEntry[];
  /** Entries not listed (beyond `max`). */
  more: number;
}

/** As many entries as the composer lists before "and N more". */
export const MAX_LISTED_FLAGS = 8;
/** As many distinct words as one entry quotes before "…". */
export const MAX_LISTED_WORDS = 5;

const norm = (s: string): string => s.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();

export function groupFlags(flags: readonly PostFlag[], max = MAX_LISTED_FLAGS): FlagList {
  const byKey = new Map<string, FlagEntry & { seen: Set<string> }>();
  for (const flag of flags) {
    const key = flag.start < 0 ? `${flag.kind}\u0000x\u0000${norm(flag.match)}` : `${flag.kind}\u0000t`;
    const entry = byKey.get(key);
    if (entry) {
      entry.count += 1;
      if (!entry.seen.has(norm(flag.match))) {
        entry.seen.add(norm(flag.match));
        entry.matches.push(flag.match);
      }
      // Serious wins: a repeat never hides the graver reading.
      if (flag.severity === 'serious' && entry.flag.severity !== 'serious') entry.flag = flag;
    } else byKey.set(key, { flag, count: 1, matches: [flag.match], seen: new Set([norm(flag.match)]) });
  }
  // Serious first, then the order the draft has them in (Map keeps insertion order; sort is stable).
  const all = [...byKey.values()]
    .map(({ flag, count, matches }) => {
      const listed = matches.slice(0, MAX_LISTED_WORDS).join(', ') + (matches.length > MAX_LISTED_WORDS ? ', …' : '');
      return { flag: { ...flag, match: listed }, count, matches };
    })
    .toSorted((a, b) => Number(b.flag.severity === 'serious') - Number(a.flag.severity === 'serious'));
  return { entries: all.slice(0, max), more: Math.max(0, all.length - max) };
}
