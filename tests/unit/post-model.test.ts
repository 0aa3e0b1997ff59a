/**
 * The committed judge (src/content/post-check-model.ts) is exactly what scripts/train-post-model.mjs makes from
 * the labelled posts: training is deterministic (fixed order, fixed steps, folds fixed by position), so
 * regenerating gives the same file. Retrain after editing the posts, the features or the usage vocabulary.
 */
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import * as analyser from '../../src/core/post-check/analyser.ts';
import { buildModelSource, MODEL_FILE } from '../../scripts/train-post-model.mjs';

describe('the post checker judge', () => {
  it('is what the training script makes from the labelled posts, and the same on a second run', { timeout: 60_000 }, async () => {
    const first = buildModelSource(analyser);
    const formatted = await format(first.source, { filepath: MODEL_FILE, ...(await resolveConfig(MODEL_FILE)) });
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(formatted);
    expect(buildModelSource(analyser).source).toBe(first.source);
  });

  it('has a threshold learnt by cross-validation and every usage group weighed', () => {
    const src = readFileSync(MODEL_FILE, 'utf8');
    expect(src).toMatch(/JUDGE_THRESHOLD = -?\d/);
    for (const prior of analyser.FEATURE_PRIORS.keys()) expect(src).toContain(`${prior} `);
  });
});
