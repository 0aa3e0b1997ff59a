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
  // One training run (16 fits): generous, so a busy machine cannot fail it. The committed file was made by another
  // run in another process, so matching it shows the training gives the same output every time.
  it('is what the training script makes from the labelled posts', { timeout: 300_000 }, async () => {
    const { source } = buildModelSource(analyser);
    const formatted = await format(source, { filepath: MODEL_FILE, ...(await resolveConfig(MODEL_FILE)) });
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(formatted);
  });

  it('has a threshold learnt by cross-validation and every usage group weighed', () => {
    const src = readFileSync(MODEL_FILE, 'utf8');
    expect(src).toMatch(/JUDGE_THRESHOLD = -?\d/);
    for (const prior of analyser.FEATURE_PRIORS.keys()) expect(src).toContain(`${prior} `);
  });
});
