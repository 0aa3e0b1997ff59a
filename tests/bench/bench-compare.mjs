#!/usr/bin/env node
/**
 * Builds compared side by side: `node tests/bench/bench-compare.mjs --dist a=path/to/dist --dist b=other/dist`.
 *
 * Cold loads of each build (`?play=the-request`, as `npm run bench`) and of the bench's own plain ink and bare
 * Phaser Canvas pages, interleaved round by round (the order rotates each round, so no build always goes first
 * on a busy machine), and each build's medians: navigation → `pp:first-text` and → `pp:first-frame`, their
 * ratios to the baseline pages, and the game's other marks on the way (main.ts starting, the story fetched and
 * ready, the graphics requested and loaded). On this shared machine one run's timings cannot be compared with
 * another run's; within a run they can. A figure, never a test.
 *
 * Build a commit to compare with, e.g.: `git worktree add /tmp/old <commit>`, link node_modules, then
 * `npx vite build --outDir /tmp/dist-old` there.
 *
 * Options: --dist label=dir (twice or more), --rounds N (default 10), --query '?play=the-request'.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { buildBaselines, CHROMIUM, CHROMIUM_ARGS, fmtMs, openCold, parseDistArgs, readPage, startServer, stats, STORY_ID, table } from './bench-lib.mjs';

const MARKS = ['pp:main-start', 'pp:story-fetched', 'pp:story-ready', 'pp:first-text', 'pp:graphics-requested', 'pp:graphics-loaded', 'pp:first-frame'];

async function load(browser, url, marks) {
  const { context, page, problems } = await openCold(browser, url, marks);
  try {
    const info = await readPage(page);
    const times = await page.evaluate((names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])), MARKS);
    return { ...info, times, problems };
  } finally {
    await context.close();
  }
}

async function main() {
  const opts = parseDistArgs(process.argv.slice(2), { rounds: 10, query: `?play=${STORY_ID}` }, { '--query': (o, next) => (o.query = next()) });
  const { chromium } = await import('playwright-core');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pp-compare-'));
  const baselines = await buildBaselines(tmp);
  const mounts = [
    ['/baseline/ink/', baselines.ink.dir],
    ['/baseline/phaser-canvas/', baselines.phaserCanvas.dir],
    ...opts.dists.map((d) => [`/${d.label}/`, d.dir]),
  ];
  const { server, origin } = await startServer(mounts);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const pages = [
    { label: 'ink', url: `${origin}/baseline/ink/`, marks: ['pp:first-text'] },
    { label: 'canvas', url: `${origin}/baseline/phaser-canvas/`, marks: ['pp:first-frame'] },
    ...opts.dists.map((d) => ({ label: d.label, url: `${origin}/${d.label}/${opts.query}`, marks: ['pp:first-text', 'pp:first-frame'] })),
  ];
  const samples = Object.fromEntries(pages.map((p) => [p.label, []]));
  const load0 = os.loadavg()[0];
  try {
    for (let round = 0; round <= opts.rounds; round++) {
      const order = pages.map((_, i) => pages[(i + round) % pages.length]);
      const row = [];
      for (const p of order) {
        const r = await load(browser, p.url, p.marks);
        for (const problem of r.problems) console.log(`  ${p.label}: ${problem}`);
        if (round > 0) samples[p.label].push(r);
        row.push(`${p.label} ${fmtMs(r.firstText ?? r.firstFrame)}${r.firstText && r.firstFrame ? `/${fmtMs(r.firstFrame)}` : ''}`);
      }
      console.log(`${round === 0 ? 'warm-up' : `round ${round}`}: ${row.join('  ')}  (load ${os.loadavg()[0].toFixed(1)})`);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const ink = stats(samples.ink.map((r) => r.firstText)).median;
  const canvas = stats(samples.canvas.map((r) => r.firstFrame)).median;
  const rows = opts.dists.map((d) => {
    const s = samples[d.label];
    const med = (mark) => stats(s.map((r) => r.times[mark])).median;
    return [
      d.label,
      fmtMs(med('pp:first-text')),
      (med('pp:first-text') / ink).toFixed(2),
      fmtMs(med('pp:first-frame')),
      (med('pp:first-frame') / canvas).toFixed(2),
      ...MARKS.filter((m) => m !== 'pp:first-text' && m !== 'pp:first-frame').map((m) => fmtMs(med(m))),
    ];
  });
  console.log(`\nmedians of ${opts.rounds} rounds; plain ink page ${fmtMs(ink)}, bare Phaser Canvas page ${fmtMs(canvas)}`);
  console.log(
    table(
      ['build', 'first text', '× ink', 'first frame', '× canvas', 'main start', 'story fetched', 'story ready', 'graphics asked', 'graphics loaded'],
      rows,
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  // Pairwise: in how many rounds each build's first text came before the first build's.
  const first = opts.dists[0].label;
  for (const d of opts.dists.slice(1)) {
    const wins = samples[d.label].filter((r, i) => r.firstText < samples[first][i].firstText).length;
    console.log(`${d.label} showed the first text before ${first} in ${wins} of ${opts.rounds} rounds`);
  }
  console.log(`1-min load average ${load0.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
