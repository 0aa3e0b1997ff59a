#!/usr/bin/env node
/**
 * Where the main thread's time goes before the first text, in CPU time (which holds on a busy machine, unlike
 * wall time): `node tests/bench/bench-trace.mjs --dist a=path/to/dist [--dist b=other/dist] [--rounds N]`.
 *
 * Cold loads of each build (`?play=the-request`) and of the bench's plain ink page, interleaved round by round,
 * each traced in Chromium (`browser.startTracing`), and per load the renderer main thread's CPU (the trace's
 * thread time of its tasks) from navigation to `pp:main-start`, from there to `pp:first-text`, and from there to
 * `pp:first-frame`, with every thread's CPU to the first text; then each build's medians. `--detail` also prints
 * the main thread's self CPU by trace event from `pp:main-start` to the first text (V8's compiles included). A
 * figure, never a test.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { buildBaselines, CHROMIUM, CHROMIUM_ARGS, median, parseDistArgs, startServer, table, VIEWPORT } from './bench-lib.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8', 'disabled-by-default-v8.compile'];
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const ms = (v) => (typeof v === 'number' ? v.toFixed(0) : '—');

/** Thread CPU (ms) of the top-level tasks of `events` that start in [from, to). */
const cpu = (events, from, to) => events.reduce((s, e) => (e.ph === 'X' && TASK.has(e.name) && e.ts >= from && e.ts < to ? s + (e.tdur ?? 0) / 1000 : s), 0);

/** Self CPU by event name (children's thread time taken off their parent's) in [from, to). */
function selfCpu(events, from, to) {
  const xs = events.filter((e) => e.ph === 'X' && e.tdur !== undefined && e.ts >= from && e.ts < to).toSorted((a, b) => a.ts - b.ts || b.dur - a.dur);
  const by = {};
  const stack = [];
  for (const e of xs) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) by[parent.name] = (by[parent.name] ?? 0) - e.tdur / 1000;
    by[e.name] = (by[e.name] ?? 0) + e.tdur / 1000;
    stack.push(e);
  }
  return by;
}

async function traceLoad(browser, url, lastMark) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, lastMark, { polling: 25, timeout: 30_000 });
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    // The page's main thread is the one that made the first-text mark; navigation start is the time origin of the marks.
    const mark = events.find((e) => e.name === 'pp:first-text' && e.cat.includes('blink.user_timing'));
    const thread = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid);
    const t0 = mark.ts - marks['pp:first-text'] * 1000;
    const at = (name) => (marks[name] === undefined ? undefined : t0 + marks[name] * 1000);
    const text = at('pp:first-text');
    const start = at('pp:main-start');
    return {
      firstText: marks['pp:first-text'],
      toMain: start === undefined ? undefined : cpu(thread, t0, start),
      mainToText: start === undefined ? undefined : cpu(thread, start, text),
      main: cpu(thread, t0, text),
      toFrame: at('pp:first-frame') === undefined ? undefined : cpu(thread, text, at('pp:first-frame')),
      allThreads: cpu(events, t0, text),
      detail: start === undefined ? undefined : selfCpu(thread, start, text),
    };
  } finally {
    await context.close();
  }
}

async function main() {
  const opts = parseDistArgs(process.argv.slice(2), { rounds: 5, detail: false }, { '--detail': (o) => (o.detail = true) });
  const { chromium } = await import('playwright-core');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pp-trace-'));
  const baselines = await buildBaselines(tmp);
  const { server, origin } = await startServer([['/baseline/ink/', baselines.ink.dir], ...opts.dists.map((d) => [`/${d.label}/`, d.dir])]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const pages = [
    { label: 'ink', url: `${origin}/baseline/ink/`, last: 'pp:first-text' },
    ...opts.dists.map((d) => ({ label: d.label, url: `${origin}/${d.label}/?play=the-request`, last: 'pp:first-frame' })),
  ];
  const samples = Object.fromEntries(pages.map((p) => [p.label, []]));
  const load0 = os.loadavg()[0];
  try {
    for (let round = 0; round <= opts.rounds; round++) {
      for (const p of pages.map((_, i) => pages[(i + round) % pages.length])) {
        const r = await traceLoad(browser, p.url, p.last);
        if (round === 0) continue; // a warm-up round: the browser's first loads are slower
        samples[p.label].push(r);
        console.log(
          `round ${round} ${p.label}: first text ${ms(r.firstText)} ms; main thread CPU ${ms(r.main)} ms (to main.ts ${ms(r.toMain)}, then ${ms(r.mainToText)}), then to the first frame ${ms(r.toFrame)}; all threads ${ms(r.allThreads)} ms (load ${os.loadavg()[0].toFixed(1)})`,
        );
        if (opts.detail && r.detail) {
          const top = Object.entries(r.detail)
            .filter(([, v]) => v >= 1)
            .toSorted((a, b) => b[1] - a[1]);
          console.log(`  main.ts → first text, self CPU: ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | ')}`);
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const med = (label, key) => ms(median(samples[label].map((r) => r[key])));
  console.log(`\nmedians of ${opts.rounds} rounds, main-thread CPU in ms (1-min load average ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)})`);
  console.log(
    table(
      ['page', 'first text (wall)', 'main CPU to text', 'to main.ts', 'main.ts → text', 'text → frame', 'all threads to text'],
      pages.map((p) => [
        p.label,
        med(p.label, 'firstText'),
        med(p.label, 'main'),
        med(p.label, 'toMain'),
        med(p.label, 'mainToText'),
        med(p.label, 'toFrame'),
        med(p.label, 'allThreads'),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
