#!/usr/bin/env node
// Projector screens per decision point, per shipped scenario: `node scripts/projector-screens.mjs`
// (also a section of `npm run bench`). Plays each scenario along the sample paths (projector-show.ts) and
// counts passage + reveal + road-not-taken screens at each choice point, paged by line count (`paginate`,
// before) and by meaning (`composePages`, after). Target (the trainers' issue): a mean ≤ 8 per decision
// point, and The request ≤ 50 screens in all (84 before). Options: --size 1920×1080 (default 1024×768), --json,
// and to try another budget than the projector view measures: --lines N, --cpl N.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENS_TARGET = { meanPerDecision: 8, theRequestTotal: 50 };

/** The figures, one row per scenario: { id, title, before, after } with mean per decision and total screens. */
export async function measureProjectorScreens(size = '1024×768', override = {}) {
  const { runnerImport } = await import('vite');
  const load = async (file) => (await runnerImport(path.join(ROOT, file), { root: ROOT, configFile: false, logLevel: 'error' })).module;
  const show = await load('src/story-tools/projector-show.ts');
  const { paginate, paraLines } = await load('src/core/group/model.ts');
  const { composePages } = await load('src/core/group/compose.ts');
  const budget = show.PROJECTOR_BUDGETS[size] && { ...show.PROJECTOR_BUDGETS[size], ...override };
  if (!budget) throw new Error(`no budget for ${size}; try ${Object.keys(show.PROJECTOR_BUDGETS).join(' or ')}`);
  return show.shippedScenarios(path.join(ROOT, 'stories')).map(({ meta, newStory }) => {
    const plays = show.SAMPLE_PICKERS.map((p) => show.playThrough(newStory, meta, p.pick(), budget));
    const figures = (paginator) => {
      const counts = plays.map((play) => show.countScreens(play, paginator));
      const perDecision = counts.flatMap((c) => c.perDecision);
      const totals = counts.map((c) => c.total);
      const per = (key) => counts.reduce((a, c) => a + c[key], 0) / perDecision.length;
      return {
        meanPerDecision: perDecision.reduce((a, b) => a + b, 0) / perDecision.length,
        split: { passage: per('passage'), reveal: per('reveal'), road: per('road') },
        maxPerDecision: Math.max(...perDecision),
        meanTotal: totals.reduce((a, b) => a + b, 0) / totals.length,
        maxTotal: Math.max(...totals),
        forbiddenCuts: plays.reduce((n, play) => n + show.forbiddenCuts(play, paginator, paraLines), 0),
      };
    };
    return {
      id: meta.id,
      title: meta.title,
      paths: plays.length,
      decisions: plays.reduce((n, p) => n + p.steps.length, 0),
      before: figures(paginate),
      after: figures(composePages),
    };
  });
}

const f = (x) => x.toFixed(1);

export function formatProjectorScreens(rows, size) {
  const header = [
    'scenario',
    'decisions',
    'mean/decision before → after',
    '(passage + reveal + road, after)',
    'max/decision',
    'screens in all (mean, max) before → after',
    'forbidden cuts before → after',
  ];
  const body = rows.map((r) => [
    r.title,
    String(r.decisions),
    `${f(r.before.meanPerDecision)} → ${f(r.after.meanPerDecision)}`,
    `${f(r.after.split.passage)} + ${f(r.after.split.reveal)} + ${f(r.after.split.road)}`,
    `${r.before.maxPerDecision} → ${r.after.maxPerDecision}`,
    `${f(r.before.meanTotal)}, ${r.before.maxTotal} → ${f(r.after.meanTotal)}, ${r.after.maxTotal}`,
    `${r.before.forbiddenCuts} → ${r.after.forbiddenCuts}`,
  ]);
  const all = (key) => rows.reduce((s, r) => s + r[key].meanPerDecision * r.decisions, 0) / rows.reduce((s, r) => s + r.decisions, 0);
  body.push(['all scenarios', String(rows.reduce((s, r) => s + r.decisions, 0)), `${f(all('before'))} → ${f(all('after'))}`, '', '', '', '']);
  const cells = [header, ...body];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const request = rows.find((r) => r.id === 'the-request');
  return [
    `Projector screens at ${size}, ${rows[0]?.paths ?? 0} paths per scenario (passage + reveal + road not taken per decision; "in all" adds the choice screen, the end and the summary; forbidden cuts: posts and messages, and paragraphs or cards that fit on a screen, cut across screens)`,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map(line),
    `target: mean ≤ ${SCREENS_TARGET.meanPerDecision} per decision in every scenario → ${rows.every((r) => r.after.meanPerDecision <= SCREENS_TARGET.meanPerDecision) ? 'PASS' : 'MISS'}` +
      (request
        ? `; The request ≤ ${SCREENS_TARGET.theRequestTotal} screens in all (longest path ${request.after.maxTotal}) → ${request.after.maxTotal <= SCREENS_TARGET.theRequestTotal ? 'PASS' : 'MISS'}`
        : ''),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const size = args.includes('--size') ? args[args.indexOf('--size') + 1].replace('x', '×') : '1024×768';
  const option = (name) => (args.includes(name) ? { [name === '--cpl' ? 'charsPerLine' : 'lines']: Number(args[args.indexOf(name) + 1]) } : {});
  const rows = await measureProjectorScreens(size, { ...option('--lines'), ...option('--cpl') });
  console.log(args.includes('--json') ? JSON.stringify(rows, null, 2) : formatProjectorScreens(rows, size));
}
