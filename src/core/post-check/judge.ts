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

/**
 * "weight feature feature …" lines, one per weight (features sharing a weight are written once after it, which
 * keeps the chunk small) → a map.
 */
export function parseWeights(source: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of source.split('\n')) {
    const [weight, ...features] = line.split(' ');
    for (const f of features) out.set(f, Number(weight));
  }
  return out;
}

/** A map of weights as `parseWeights` reads them: weights ascending, features in code-point order within each. */
export function formatWeights(weights: ReadonlyMap<string, number>): string {
  const byWeight = new Map<number, string[]>();
  for (const [f, w] of weights) byWeight.set(w, [...(byWeight.get(w) ?? []), f]);
  return [...byWeight.entries()]
    .toSorted(([a], [b]) => a - b)
    .map(([w, fs]) => `${String(w).replace(/^(-?)0\./, '$1.')} ${fs.toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(' ')}`)
    .join('\n');
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
