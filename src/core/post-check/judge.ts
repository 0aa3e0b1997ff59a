/**
 * The post checker's judge: a logistic regression over what the rules found in a post and the words in it,
 * trained by scripts/train-post-model.mjs on the labelled posts (tests/fixtures/post-corpus*.json) and shipped
 * as data (src/content/post-check-model.ts). "The model decides, the rules explain": the judge says whether a
 * post is about someone you work with (or otherwise needs a flag); the rules' findings, which name the words
 * and the standard, are what the learner is shown. Pure; no DOM.
 *
 * Features are strings. Rule findings and context are capitalised and prefixed (`R:case-word.cue` a finding of
 * that kind and tier, `Y:visit` the reason it gives, `C:general` a context the rules read, `U:adults` a usage
 * group from src/content/post-check-usage.ts); words and word pairs are lower case as `modelTokens` makes them,
 * with the story's people, places and employer written `@name`, `@place`, `@employer` so that what is learnt
 * from one story's names carries to another's.
 */

export interface JudgeModel {
  bias: number;
  /** The score (log-odds) above which a post is flagged: learnt out of sample, by cross-validation. */
  threshold: number;
  weights: ReadonlyMap<string, number>;
}

/** "feature weight feature weight …" → a map. */
export function parseWeights(source: string): Map<string, number> {
  const out = new Map<string, number>();
  const parts = source.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) out.set(parts[i]!, Number(parts[i + 1]));
  return out;
}

/** The judge's log-odds for a set of features (each counted once), and what each present feature added. */
export function judgeScore(features: Iterable<string>, model: JudgeModel): { score: number; added: Map<string, number> } {
  let score = model.bias;
  const added = new Map<string, number>();
  for (const f of features) {
    if (added.has(f)) continue;
    const w = model.weights.get(f);
    if (w === undefined) continue;
    added.set(f, w);
    score += w;
  }
  return { score, added };
}
