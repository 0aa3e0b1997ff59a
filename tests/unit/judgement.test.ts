import { describe, expect, it } from 'vitest';
import { decodeJudgement, JUDGEMENT_AFTER, JUDGEMENT_BEFORE, judgementChange, JudgementStore, score } from '../../src/core/teaching/judgement.ts';
import { COVERS_SLUGS } from '../../src/core/teaching/coverage.ts';
import { pathOnMap, sortLevels, type RoadMap } from '../../src/core/teaching/road-map.ts';
import { MemoryStore } from '../../src/core/app/storage.ts';

describe('the before-and-after judgement items (data a trainer edits)', () => {
  it.each([
    ['before', JUDGEMENT_BEFORE],
    ['after', JUDGEMENT_AFTER],
  ])('%s: at least six, at least two where engaging is the good call, at least two where it is not, real slugs', (_name, items) => {
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.filter((i) => i.good).length).toBeGreaterThanOrEqual(2);
    expect(items.filter((i) => !i.good).length).toBeGreaterThanOrEqual(2);
    for (const item of items) {
      expect(item.covers.length, item.id).toBeGreaterThan(0);
      for (const slug of item.covers) expect(COVERS_SLUGS).toContain(slug);
      expect(item.why.length, item.id).toBeGreaterThan(20);
    }
  });

  it('the two sets are parallel but different items, and together cover every risk and practice point', () => {
    const ids = [...JUDGEMENT_BEFORE, ...JUDGEMENT_AFTER].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = new Set(JUDGEMENT_BEFORE.map((i) => i.situation));
    expect(JUDGEMENT_AFTER.some((i) => texts.has(i.situation))).toBe(false);
    const covered = new Set<string>([...JUDGEMENT_BEFORE, ...JUDGEMENT_AFTER].flatMap((i) => i.covers));
    expect(COVERS_SLUGS.filter((s) => !covered.has(s))).toEqual([]);
  });
});

describe('the judgement answers', () => {
  it('are read strictly and scored', () => {
    expect(decodeJudgement(null)).toEqual({ before: undefined, after: undefined });
    expect(decodeJudgement('{not json')).toEqual({ before: undefined, after: undefined });
    expect(decodeJudgement(JSON.stringify({ before: 'skipped' })).before).toBe('skipped');
    const first = JUDGEMENT_BEFORE[0]!;
    const read = decodeJudgement(JSON.stringify({ before: { [first.id]: true, nonsense: true, [JUDGEMENT_BEFORE[1]!.id]: 'yes' } }));
    expect(read.before).toEqual({ [first.id]: true });
    const right = Object.fromEntries(JUDGEMENT_AFTER.map((i) => [i.id, i.good]));
    expect(score(right, JUDGEMENT_AFTER)).toEqual({ right: JUDGEMENT_AFTER.length, of: JUDGEMENT_AFTER.length });
    const store = new JudgementStore(new MemoryStore());
    store.set({ before: Object.fromEntries(JUDGEMENT_BEFORE.map((i) => [i.id, true])) });
    expect(judgementChange(store.get())).toBeUndefined();
    store.set({ after: right });
    expect(judgementChange(store.get())).toEqual({
      before: { right: JUDGEMENT_BEFORE.filter((i) => i.good).length, of: 6 },
      after: { right: 6, of: 6 },
    });
  });
});

const option = (text: string) => ({ text, impacts: [], feedback: [], endings: [] });

describe('the learner’s path on the map', () => {
  const map: RoadMap = [
    { id: 'a', discuss: undefined, options: [option('A1'), option('A2')] },
    { id: 'b', discuss: undefined, options: [option('B1'), option('B2'), option('B3')] },
    { id: 'c', discuss: undefined, options: [option('C1'), option('C2')] },
  ];
  it('finds each decision met by its options, and the option taken', () => {
    const offered = [{ choices: [{ text: 'A1' }, { text: 'A2' }] }, { choices: [{ text: 'Go on' }] }, { choices: [{ text: 'B2' }, { text: 'B3' }] }];
    const path = pathOnMap(map, offered, ['A2', 'Go on', 'B3']);
    expect([...path.entries()]).toEqual([
      [0, { step: 0, option: 1 }],
      [1, { step: 2, option: 2 }],
    ]);
  });
  it('orders ending levels best first', () => {
    expect(sortLevels(['referral', 'no-concerns', 'advice', 'referral'])).toEqual(['no-concerns', 'advice', 'referral']);
  });
});
