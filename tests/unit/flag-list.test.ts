/** The composer's checker lists one entry per kind (its words together), with a count, and caps the list. */
import { describe, expect, it } from 'vitest';
import { groupFlags, MAX_LISTED_FLAGS } from '../../src/core/post-check/flag-list.ts';
import { analysePost } from '../../src/core/post-check/analyser.ts';

const context = { people: ['Shona Price'], places: ['Wrenford'] };
const draft = (text: string) => ({ text, platform: 'hearth', audience: 'public' });

describe('groupFlags', () => {
  it('a post repeating a name 1,666 times: one flag for it, with its count', () => {
    const analysis = analysePost(draft('Shona '.repeat(1666)), context);
    expect(analysis.flags.length).toBeGreaterThan(1000); // the analyser reports every mention
    const list = groupFlags(analysis.flags);
    const names = list.entries.filter((e) => e.flag.kind === 'name');
    expect(names).toHaveLength(1);
    expect(names[0]!.count).toBe(1666);
    expect(list.entries.length).toBeLessThanOrEqual(MAX_LISTED_FLAGS);
  });

  it('one entry per kind: its words quoted together, each once as first typed, with the total count', () => {
    const list = groupFlags(analysePost(draft('Shona. shona. SHONA. Shona Price.'), context).flags);
    const names = list.entries.filter((e) => e.flag.kind === 'name');
    expect(names.map((e) => [e.flag.match, e.count, e.matches])).toEqual([['Shona, Shona Price', 4, ['Shona', 'Shona Price']]]);
  });

  it('a case diary is one case-word entry, not a wall; photo details stay one entry each', () => {
    const a = analysePost(
      {
        ...draft('s47 this morning, strategy meeting at 2, core group tomorrow, LAC review Friday, CP plan signed.'),
        photo: { id: 'p', label: 'desk', shows: ['a case file', 'the office sign'] },
      },
      context,
    );
    const list = groupFlags(a.flags);
    expect(list.entries.filter((e) => e.flag.kind === 'case-word')).toHaveLength(1);
    expect(list.entries.filter((e) => e.flag.kind === 'date-time')).toHaveLength(1);
    expect(list.entries.filter((e) => e.flag.kind === 'photo').map((e) => e.flag.match)).toEqual(['a case file', 'the office sign']);
    expect(list.entries.length).toBeLessThanOrEqual(6);
  });

  it('caps the list: "and N more", serious flags first', () => {
    const flags = Array.from({ length: 20 }, (_, i) => ({
      // Photo details are listed one each, so twenty of them make twenty entries.
      kind: 'photo' as const,
      match: `Street ${i}`,
      start: -1,
      end: -1,
      why: 'x',
      standards: [2],
      severity: i === 19 ? ('serious' as const) : ('caution' as const),
    }));
    const list = groupFlags(flags, 8);
    expect(list.entries).toHaveLength(8);
    expect(list.more).toBe(12);
    expect(list.entries[0]!.flag.match).toBe('Street 19');
  });
});
