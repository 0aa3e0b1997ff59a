/** The committed word model is what scripts/train-post-model.mjs makes from the labelled posts (retrain after editing them). */
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { modelTokens } from '../../src/core/post-check/model-tokens.ts';
import { buildModelSource, HELD_OUT, MODEL_FILE } from '../../scripts/train-post-model.mjs';

describe('the post checker word model', () => {
  it('is up to date with the labelled posts, and never trained on the held-out set', async () => {
    const { source } = buildModelSource(modelTokens);
    const formatted = await format(source, { filepath: MODEL_FILE, ...(await resolveConfig(MODEL_FILE)) });
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(formatted);
    for (const f of HELD_OUT) expect(source).not.toContain(f);
  });
});
