/** The composer's checker lists one flag per kind and matched text, with a count, and caps the list. */
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

  it('the same text in other letter case is one flag; another text is another', () => {
    const list = groupFlags(analysePost(draft('Shona. shona. SHONA. Shona Price.'), context).flags);
    const names = list.entries.filter((e) => e.flag.kind === 'name');
    expect(names.map((e) => [e.flag.match, e.count])).toEqual([
      ['Shona', 3],
      ['Shona Price', 1],
    ]);
  });

  it('caps the list: "and N more", serious flags first', () => {
    const flags = Array.from({ length: 20 }, (_, i) => ({
      kind: 'place' as const,
      match: `Street ${i}`,
      start: i * 10,
      end: i * 10 + 5,
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
