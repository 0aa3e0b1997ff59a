/**
 * The bench's helpers (`npm run bench`, tests/bench/bench.mjs): options, formatting, the build and bundle
 * sizes, the baseline pages, a static server and the browser measurements. No figure here is a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import chromiumConfig from '../chromium.json' with { type: 'json' };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
/** The bench's own build: npm test's end-to-end tests serve dist/ meanwhile, and the two may run at once. */
const BENCH_DIST = path.join(ROOT, 'tests', 'output', 'bench-dist');
const STORY_ID = 'the-request';
const STORY_FILE = path.join(ROOT, 'stories', `${STORY_ID}.ink`);
const OUTPUT = path.join(ROOT, 'tests', 'output', 'bench.json');

const TARGETS = {
  jsGzipKB: 300, // all JavaScript shipped ≤ 300 kB gzipped (kB = 1,000 bytes, as Vite prints)
  firstChoiceKB: 150, // what a learner downloads before the first scenario's first choice, gzipped
  firstTextRatio: 1.2,
  firstFrameRatio: 1.0,
  framePacingRatio: 1.0, // the busiest phone animation's frame p95 ≤ the bare Phaser Canvas page's
  choiceP75Ms: 50, // a choice to the next paint (Event Timing), p75
  longestFrameMs: 100, // no frame longer while the phone animates after a choice
  idleBusyPercent: 5,
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumConfig.executablePath;
const CHROMIUM_ARGS = chromiumConfig.args;
const VIEWPORT = { width: 1280, height: 720 };
const GAME = { width: 720, height: 1080, background: 0x1d2733 }; // src/game/theme.ts WORLD
const LOAD_TIMEOUT_MS = 20_000;

// ---------------------------------------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = { build: true, sizesOnly: false, runs: 7, idleSeconds: 5, settleSeconds: 3, choices: 8 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (name) => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} needs a positive number`);
      return v;
    };
    if (a === '--no-build') opts.build = false;
    else if (a === '--sizes') opts.sizesOnly = true;
    else if (a === '--runs') opts.runs = Math.max(5, Math.round(num(a)));
    else if (a === '--idle-seconds') opts.idleSeconds = num(a);
    else if (a === '--settle-seconds') opts.settleSeconds = num(a);
    else if (a === '--choices') opts.choices = Math.round(num(a));
    else if (a === '--help' || a === '-h') {
      console.log('node tests/bench/bench.mjs [--no-build] [--sizes] [--runs N≥5] [--idle-seconds S] [--settle-seconds S] [--choices N]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------- helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const kB = (bytes) => bytes / 1000;
const fmtKB = (bytes) => `${kB(bytes).toFixed(2)} kB`;
const fmtMs = (ms) => (typeof ms === 'number' ? `${ms.toFixed(0)} ms` : '—');
const fmtPct = (p) => (typeof p === 'number' ? `${p.toFixed(1)} %` : '—');
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).toSorted((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return { median: median(v), min: v.length ? Math.min(...v) : null, max: v.length ? Math.max(...v) : null, samples: values };
}

function table(headers, rows, align = []) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function step(text) {
  console.log(`\n▶ ${text}`);
}

// ---------------------------------------------------------------------------------------------- 1. build + sizes

function buildGame(outDir = BENCH_DIST) {
  const viteBin = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = (performance.now() - t0) / 1000;
  if (res.status !== 0) {
    process.stderr.write(res.stdout ?? '');
    process.stderr.write(res.stderr ?? '');
    throw new Error(`vite build failed (exit ${res.status ?? res.signal})`);
  }
  return seconds;
}

function measureSizes(dist = DIST) {
  const dir = path.join(dist, 'assets');
  if (!existsSync(path.join(dist, 'index.html')) || !existsSync(dir)) {
    throw new Error(`${path.relative(ROOT, dist)}/ has no build: run without --no-build (or \`npx vite build\`) first`);
  }
  const files = readdirSync(dir)
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map((f) => {
      const buf = readFileSync(path.join(dir, f));
      return { file: `assets/${f}`, kind: f.endsWith('.css') ? 'css' : 'js', raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    })
    .toSorted((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  const js = files.filter((f) => f.kind === 'js');
  const totalJsRaw = js.reduce((s, f) => s + f.raw, 0);
  const totalJsGzip = js.reduce((s, f) => s + f.gzip, 0);
  return { files, totalJsRaw, totalJsGzip, pass: kB(totalJsGzip) <= TARGETS.jsGzipKB };
}

// ---------------------------------------------------------------------------------------------- 2. baselines

async function compileStoryJson() {
  const { Compiler, CompilerOptions } = await import('inkjs/full');
  const source = readFileSync(STORY_FILE, 'utf8').replace(/^\uFEFF/, '');
  const baseDir = path.dirname(STORY_FILE);
  const errors = [];
  const fileHandler = {
    ResolveInkFilename: (name) => path.resolve(baseDir, name),
    LoadInkFileContents: (name) => readFileSync(path.resolve(baseDir, name), 'utf8').replace(/^\uFEFF/, ''),
  };
  const onError = (message, type) => {
    if (type === undefined || type === 2 || /ERROR/.test(String(message))) errors.push(String(message));
  };
  const compiler = new Compiler(source, new CompilerOptions(STORY_FILE, [], false, onError, fileHandler));
  let story;
  try {
    story = compiler.Compile();
  } catch (error) {
    throw new Error(`cannot compile ${path.relative(ROOT, STORY_FILE)}: ${errors.join('; ') || error.message}`, { cause: error });
  }
  if (!story) throw new Error(`cannot compile ${path.relative(ROOT, STORY_FILE)}: ${errors.join('; ')}`);
  return story.ToJson();
}

const INK_PAGE_HTML = `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bench baseline: plain ink</title><link rel="icon" href="data:," /></head>
  <body><main id="story"></main><script type="module" src="./main.js"></script></body>
</html>
`;

// Only the inkjs runtime and the compiled story: continue to the first choices, show them, mark.
const INK_PAGE_JS = `import { Story } from 'inkjs';
import json from './story.js';

const story = new Story(json);
const root = document.getElementById('story');
const lines = [];
while (story.canContinue) {
  const text = story.Continue().trim();
  if (text) lines.push(text);
}
for (const text of lines) {
  const p = document.createElement('p');
  p.textContent = text;
  root.append(p);
}
const choices = document.createElement('div');
story.currentChoices.forEach((choice, i) => {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'choice';
  button.textContent = choice.text;
  button.addEventListener('click', () => story.ChooseChoiceIndex(i));
  choices.append(button);
});
root.append(choices);
document.documentElement.dataset.ready = 'story';
performance.mark('pp:first-text');
`;

const PHASER_PAGE_HTML = `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bench baseline: bare Phaser</title><link rel="icon" href="data:," />
    <style>html, body { margin: 0; height: 100%; } #stage { height: 100%; }</style></head>
  <body><div id="stage"></div><script type="module" src="./main.js"></script></body>
</html>
`;

// The prebuilt Phaser bundle, one empty scene, the game's size/scale/background; banner and audio off as in the game.
// Two variants: Phaser's default renderer choice (AUTO, which picks WebGL here), and Canvas, which the game uses.
const phaserPageJs = (type) => `import Phaser from 'phaser';

class Empty extends Phaser.Scene {
  constructor() { super('empty'); }
}
const game = new Phaser.Game({
  type: Phaser.${type},
  parent: document.getElementById('stage'),
  width: ${GAME.width},
  height: ${GAME.height},
  backgroundColor: ${GAME.background},
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [Empty],
});
game.events.once('postrender', () => {
  performance.mark('pp:first-frame');
  document.documentElement.dataset.graphics = game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
});
`;

/** Resolve a bare import from the project as Node's ESM resolver does ("import" condition = what Vite picks). */
function resolveFromProject(specifier) {
  return fileURLToPath(import.meta.resolve(specifier));
}

async function buildBaselines(tmp) {
  const { build } = await import('vite');
  const storyJson = await compileStoryJson();
  const pages = {
    ink: { html: INK_PAGE_HTML, files: { 'main.js': INK_PAGE_JS, 'story.js': `export default JSON.parse(${JSON.stringify(storyJson)});\n` } },
    phaser: { html: PHASER_PAGE_HTML, files: { 'main.js': phaserPageJs('AUTO') } },
    phaserCanvas: { html: PHASER_PAGE_HTML, files: { 'main.js': phaserPageJs('CANVAS') } },
  };
  const alias = [
    { find: /^inkjs$/, replacement: resolveFromProject('inkjs') },
    { find: /^phaser$/, replacement: resolveFromProject('phaser') },
  ];
  const out = {};
  for (const [name, page] of Object.entries(pages)) {
    const src = path.join(tmp, 'src', name);
    mkdirSync(src, { recursive: true });
    writeFileSync(path.join(src, 'index.html'), page.html);
    for (const [file, text] of Object.entries(page.files)) writeFileSync(path.join(src, file), text);
    const outDir = path.join(tmp, 'out', name);
    await build({
      configFile: false,
      root: src,
      base: './',
      logLevel: 'warn',
      publicDir: false,
      cacheDir: path.join(tmp, 'vite-cache'),
      resolve: { alias },
      build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 5000, reportCompressedSize: false },
    });
    const assets = readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    const raw = assets.reduce((s, f) => s + statSync(path.join(outDir, 'assets', f)).size, 0);
    const gzip = assets.reduce((s, f) => s + gzipSync(readFileSync(path.join(outDir, 'assets', f)), { level: 9 }).length, 0);
    out[name] = { dir: outDir, jsRaw: raw, jsGzip: gzip };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- static server

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** mounts: [[urlPrefix, dir]], longest prefix first. */
function startServer(mounts) {
  const sorted = [...mounts].toSorted((a, b) => b[0].length - a[0].length);
  // The handler catches every failure itself (404 or 500), so its promise never rejects: it is let run.
  const serve = async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      const pathname = decodeURIComponent(url.pathname);
      const mount = sorted.find(([prefix]) => pathname === prefix.replace(/\/$/, '') || pathname.startsWith(prefix));
      if (!mount) throw Object.assign(new Error('no mount'), { code: 'ENOENT' });
      const [prefix, dir] = mount;
      if (pathname === prefix.replace(/\/$/, '') && prefix !== '/') {
        res.writeHead(301, { Location: prefix + url.search }).end();
        return;
      }
      let rel = pathname.slice(prefix.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = path.resolve(dir, rel);
      if (file !== dir && !file.startsWith(dir + path.sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'EISDIR';
      res.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(missing ? 'Not found' : String(error));
    }
  };
  const server = http.createServer((req, res) => {
    void serve(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

// ---------------------------------------------------------------------------------------------- browser runs

/** Open `url` in a fresh (cache-less) context and wait until every mark in `marks` exists. */
async function openCold(browser, url, marks) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    await page.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), marks, {
      polling: 25,
      timeout: LOAD_TIMEOUT_MS,
    });
  } catch (error) {
    const state = await page
      .evaluate(() => ({ ready: document.documentElement.dataset.ready, marks: performance.getEntriesByType('mark').map((m) => m.name) }))
      .catch(() => ({}));
    await context.close().catch(() => {});
    throw new Error(
      `${url}: waiting for ${marks.join(' + ')} failed (${error.message.split('\n')[0]}); page state ${JSON.stringify(state)}; ${problems.join(' | ') || 'no page errors'}`,
      { cause: error },
    );
  }
  return { context, page, problems };
}

async function readPage(page) {
  return page.evaluate(() => {
    // Runs in the page, so its helpers live here, not at module scope.
    const [firstText, firstFrame] = ['pp:first-text', 'pp:first-frame'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null);
    const buttons = [...document.querySelectorAll('button.choice')].map((b) => (b.querySelector('.choice-text') ?? b).textContent.trim());
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      firstText,
      firstFrame,
      ready: document.documentElement.dataset.ready ?? null,
      graphics: document.documentElement.dataset.graphics ?? null,
      choices: buttons,
      operable: buttons.length > 0 && [...document.querySelectorAll('button.choice')].every((b) => !b.disabled && b.getClientRects().length > 0),
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      transferred: performance.getEntriesByType('resource').reduce((s, r) => s + (r.transferSize || 0), nav?.transferSize || 0),
    };
  });
}

async function coldLoad(browser, url, marks) {
  const { context, page, problems } = await openCold(browser, url, marks);
  try {
    const result = await readPage(page);
    return { ...result, problems };
  } finally {
    await context.close();
  }
}

/** Load, wait for `marks`, settle, then sample CDP TaskDuration over the window. */
async function idleCost(browser, url, marks, opts) {
  const { context, page, problems } = await openCold(browser, url, marks);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await sleep(opts.settleSeconds * 1000);
    const sample = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const a = await sample();
    await sleep(opts.idleSeconds * 1000);
    const b = await sample();
    const busySeconds = b.TaskDuration - a.TaskDuration;
    const windowSeconds = b.Timestamp - a.Timestamp || opts.idleSeconds;
    const info = await readPage(page);
    return {
      busyPercent: (busySeconds / windowSeconds) * 100,
      busySeconds,
      windowSeconds,
      scriptSeconds: b.ScriptDuration - a.ScriptDuration,
      layoutSeconds: b.LayoutDuration - a.LayoutDuration,
      graphics: info.graphics,
      problems,
    };
  } finally {
    await context.close();
  }
}

/**
 * The options of the side-by-side tools (bench-compare.mjs, bench-trace.mjs): `--dist label=dir` (at least one),
 * `--rounds N`, and any tool's own options in `extra` (name → reads its value, if any, with `next()`, into opts).
 */
function parseDistArgs(argv, defaults, extra = {}) {
  const opts = { dists: [], ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dist') {
      const [label, dir] = argv[++i].split('=');
      opts.dists.push({ label, dir: path.resolve(dir) });
    } else if (a === '--rounds') opts.rounds = Number(argv[++i]);
    else if (a in extra) extra[a](opts, () => argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  if (opts.dists.length === 0) throw new Error('give at least one --dist label=dir');
  return opts;
}

export {
  ROOT,
  DIST,
  BENCH_DIST,
  STORY_ID,
  STORY_FILE,
  OUTPUT,
  TARGETS,
  CHROMIUM,
  CHROMIUM_ARGS,
  VIEWPORT,
  GAME,
  LOAD_TIMEOUT_MS,
  parseArgs,
  parseDistArgs,
  sleep,
  kB,
  fmtKB,
  fmtMs,
  fmtPct,
  verdict,
  median,
  stats,
  table,
  step,
  buildGame,
  measureSizes,
  compileStoryJson,
  buildBaselines,
  resolveFromProject,
  startServer,
  openCold,
  readPage,
  coldLoad,
  idleCost,
};
