/**
 * The composer's checker on its labelled corpus (tests/fixtures/post-corpus.json): recall ≥ 95 % of the posts
 * that should be flagged, false flags on ≤ 5 % of the clean ones. Every labelled set is in the judge's training
 * (scripts/train-post-model.mjs), so this checks the fit; how it does on writing it has not seen is the
 * never-trained sets' and held-out authors' figures that `npm run bench` and scripts/post-check-report.mjs print, not asserted.
 */
import { describe, expect, it } from 'vitest';
import { analysePost, type PostContext, type PostDraft, type PostPhoto } from '../../src/core/post-check/analyser.ts';
import corpus from '../fixtures/post-corpus.json' with { type: 'json' };
import heldOut from '../fixtures/post-corpus-heldout.json' with { type: 'json' };

interface Case {
  text: string;
  expected: string;
  kind: string;
  why: string;
  audience?: string;
  photo?: PostPhoto;
  checkIn?: string;
}

const KINDS = ['age', 'case-shorthand', 'implied-case', 'contempt', 'name', 'place', 'time', 'check-in', 'photo', 'employer'];
const cases = corpus.cases as Case[];
const context = corpus.context as PostContext;
const draftOf = (c: Case): PostDraft => ({
  text: c.text,
  platform: 'hearth',
  audience: c.audience ?? 'public',
  ...(c.photo ? { photo: c.photo } : {}),
  ...(c.checkIn ? { checkIn: c.checkIn } : {}),
});

describe('the post checker on its labelled corpus', () => {
  it('is big and varied enough: 150+ posts, 60+ clean, every kind both ways, one line of reasoning each', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.expected === 'clean').length).toBeGreaterThanOrEqual(60);
    for (const kind of KINDS) expect(cases.filter((c) => c.kind === kind && c.expected === 'flag').length, kind).toBeGreaterThanOrEqual(8);
    for (const c of [...cases, ...(heldOut.cases as Case[])]) {
      expect(['flag', 'clean']).toContain(c.expected);
      expect(c.why.trim().length).toBeGreaterThan(5);
    }
    expect(new Set(cases.map((c) => c.text)).size).toBe(cases.length);
    expect(heldOut.cases.filter((c) => cases.some((d) => d.text === c.text))).toEqual([]);
  });

  it('catches at least 95% of the posts that should be flagged, and flags at most 5% of the clean ones', () => {
    const missed = cases.filter((c) => c.expected === 'flag' && analysePost(draftOf(c), context).clean).map((c) => c.text);
    const falseFlags = cases.filter((c) => c.expected === 'clean' && !analysePost(draftOf(c), context).clean).map((c) => c.text);
    const shouldFlag = cases.filter((c) => c.expected === 'flag').length;
    const clean = cases.length - shouldFlag;
    expect(missed.length / shouldFlag, `missed: ${missed.join(' | ')}`).toBeLessThanOrEqual(0.05);
    expect(falseFlags.length / clean, `false flags: ${falseFlags.join(' | ')}`).toBeLessThanOrEqual(0.05);
  });

  it('every flag on the corpus is one or two plain sentences with its standards and the exact words', () => {
    for (const c of cases) {
      for (const f of analysePost(draftOf(c), context).flags) {
        expect(f.why.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length).toBeLessThanOrEqual(2);
        expect(f.standards.length).toBeGreaterThan(0);
        expect(f.start < 0 || f.match === c.text.slice(f.start, f.end)).toBe(true);
      }
    }
  });
});
