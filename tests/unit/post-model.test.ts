/**
 * The committed judge (src/content/post-check-model.ts) is what scripts/train-post-model.mjs makes from its
 * inputs. A full retraining takes too long for `npm test`, so the model file records a hash of everything the
 * training reads (the labelled posts, the features' code and word lists, the script) and this test recomputes
 * it: editing any of them without running `node scripts/train-post-model.mjs` fails here. Training itself is
 * deterministic (fixed order, fixed steps, fixed-seed folds), checked by training twice on a small subset.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as analyser from '../../src/core/post-check/analyser.ts';
import { formatWeights, parseWeights } from '../../src/core/post-check/judge.ts';
import { JUDGE_WEIGHTS } from '../../src/content/post-check-model.ts';
import { loadExamples, MODEL_FILE, SETTINGS, trainingInputsHash, trainJudge } from '../../scripts/train-post-model.mjs';

describe('the post checker judge', () => {
  it('was trained on the current posts, features and word lists (their hash is the one in the model file)', () => {
    const recorded = /Training inputs: ([0-9a-f]{16})/.exec(readFileSync(MODEL_FILE, 'utf8'))?.[1];
    expect(recorded, 'retrain: node scripts/train-post-model.mjs').toBe(trainingInputsHash());
  });

  it('trains deterministically: the same posts give the same weights and threshold twice', () => {
    const examples = loadExamples(analyser.postFeatures, ['post-corpus-heldout-13.json']);
    const settings = { ...SETTINGS, steps: 100, folds: 2, repeats: 1 };
    const a = trainJudge(examples, settings, analyser.FEATURE_PRIORS);
    const b = trainJudge(examples, settings, analyser.FEATURE_PRIORS);
    expect(a.weights.size).toBeGreaterThan(10);
    expect([...b.weights]).toEqual([...a.weights]);
    expect([b.bias, b.threshold]).toEqual([a.bias, a.threshold]);
  });

  it('has a threshold learnt by cross-validation and every usage group weighed', () => {
    const src = readFileSync(MODEL_FILE, 'utf8');
    expect(src).toMatch(/JUDGE_THRESHOLD = -?\d/);
    const weights = parseWeights(JUDGE_WEIGHTS);
    for (const prior of analyser.FEATURE_PRIORS.keys()) expect(weights.has(prior), prior).toBe(true);
  });

  it('reads its weights back exactly as the training wrote them (a line per weight, its features after it)', () => {
    const weights = parseWeights(JUDGE_WEIGHTS);
    expect(weights.size).toBeGreaterThan(100);
    for (const w of weights.values()) expect(Number.isFinite(w) && w !== 0).toBe(true);
    expect(formatWeights(weights)).toBe(JUDGE_WEIGHTS);
    const made = formatWeights(
      new Map([
        ['b', 0.5],
        ['a', 0.5],
        ['c', -1.2],
        ['R:x.cue', 2],
      ]),
    );
    expect(made).toBe('-1.2 c\n.5 a b\n2 R:x.cue');
    expect([...parseWeights(made)].toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).toEqual([
      ['R:x.cue', 2],
      ['a', 0.5],
      ['b', 0.5],
      ['c', -1.2],
    ]);
  });
});
