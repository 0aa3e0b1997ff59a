#!/usr/bin/env node
/**
 * Chooses the judge's settings on training authors only: for each validation split, a judge is trained (threshold
 * and all, as scripts/train-post-model.mjs trains the shipped one) without a handful of whole authors, and scores
 * their posts through the whole analyser (the floor included). Prints caught and false flags per split and
 * averaged, and the cost that picks settings: the miss rate plus the false-flag rate (both targets are 5 %, so
 * each point of either counts the same).
 *
 *   node scripts/validate-post-model.mjs                      the current SETTINGS
 *   node scripts/validate-post-model.mjs '{"l1":0.0003}'      SETTINGS with these changed (several JSON arguments: one run each)
 *   add --misses to list the held-out posts it gets wrong, with their kinds
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { AUTHORS, caseDraft, loadAnalyserModule, loadExamples, SETTINGS, trainJudge } from './train-post-model.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Three fixed splits of six authors each (two sets, 60 posts to flag and 40 clean, per author), none of them in
 * two splits; each mixes authors from the ninth to thirtieth with two of the newest (thirty-first to thirty-eighth).
 */
export const SPLITS = [
  ['tenth', 'twelfth', 'seventeenth', 'twentyThird', 'thirtyFirst', 'thirtyFifth'],
  ['thirteenth', 'nineteenth', 'twentyFifth', 'thirtieth', 'thirtySecond', 'thirtySixth'],
  ['fourteenth', 'twentyFirst', 'twentySeventh', 'eleventh', 'thirtyThird', 'thirtySeventh'],
];

export function validate(analyser, examples, settings, { misses = false } = {}) {
  const results = [];
  for (const split of SPLITS) {
    const held = new Set(split);
    const model = trainJudge(
      examples.filter((e) => !held.has(e.author)),
      settings,
      analyser.FEATURE_PRIORS,
    );
    const r = {
      split,
      flag: 0,
      caught: 0,
      clean: 0,
      falseFlags: 0,
      weights: model.weights.size,
      threshold: model.threshold,
      wrong: /** @type {string[]} */ ([]),
    };
    for (const author of split)
      for (const file of AUTHORS[author]) {
        const corpus = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures', file), 'utf8'));
        for (const c of corpus.cases) {
          const a = analyser.analysePost(caseDraft(c), corpus.context, model);
          if (c.expected === 'flag') {
            r.flag += 1;
            if (!a.clean) r.caught += 1;
            else if (misses) r.wrong.push(`missed [${c.kind}] ${c.text}`);
          } else {
            r.clean += 1;
            if (!a.clean) {
              r.falseFlags += 1;
              if (misses) r.wrong.push(`false flag [${c.kind}] ${c.text}  → ${a.flags.map((f) => `${f.kind}:${f.match}`).join(' | ')}`);
            }
          }
        }
      }
    results.push(r);
  }
  return results;
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const misses = process.argv.includes('--misses');
  const variants = process.argv.slice(2).filter((a) => a !== '--misses');
  const analyser = await loadAnalyserModule();
  const examples = loadExamples(analyser.postFeatures);
  for (const variant of variants.length > 0 ? variants : ['{}']) {
    const settings = { ...SETTINGS, ...JSON.parse(variant) };
    const results = validate(analyser, examples, settings, { misses });
    const lines = [`settings ${JSON.stringify(settings)}`];
    let recall = 0;
    let ff = 0;
    for (const r of results) {
      recall += r.caught / r.flag / results.length;
      ff += r.falseFlags / r.clean / results.length;
      lines.push(
        `  without ${r.split.join(', ')}: ${pct(r.caught / r.flag)} caught (${r.caught}/${r.flag}), ${pct(r.falseFlags / r.clean)} false flags (${r.falseFlags}/${r.clean}); ${r.weights} weights, threshold ${r.threshold}`,
      );
      if (misses) for (const w of r.wrong) lines.push(`    ${w}`);
    }
    lines.push(`  average: ${pct(recall)} caught, ${pct(ff)} false flags; cost (miss + false-flag rate) ${pct(1 - recall + ff)}`);
    console.log(lines.join('\n'));
  }
}
