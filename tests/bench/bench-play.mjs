/**
 * The bench's measures of play (`npm run bench`, tests/bench/bench.mjs), each in a fresh browser context:
 *
 *  - choices: a scripted play-through of the first choices of "The request" by key (1, 1, 1…), recording
 *    Event Timing entries (PerformanceObserver type 'event', durationThreshold 16: the measure behind INP)
 *    per interaction, and every frame (requestAnimationFrame intervals) from each key press until the phone
 *    has finished animating (`<html data-render="idle">`, src/game/render-gate.ts);
 *  - the bare Phaser Canvas page's frame intervals while its loop runs, at the same viewport;
 *  - what a learner downloads from opening the game to the first scenario's first choice.
 *
 * No figure here is a test: they are printed with their targets.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOAD_TIMEOUT_MS, sleep } from './bench-lib.mjs';

/** Records every frame's interval and every Event Timing entry, from before the page's scripts run. */
const RECORDER = () => {
  const rec = { frames: [], events: [], recording: false, drew: false };
  Object.defineProperty(window, 'benchRecorder', { value: rec });
  // Phaser clears its whole canvas (720×1080, src/game/theme.ts WORLD) before it draws a frame: a frame in
  // which that happened is one the phone was drawn in (the render gate skips drawing still frames).
  const proto = CanvasRenderingContext2D.prototype;
  const clearRect = Object.getOwnPropertyDescriptor(proto, 'clearRect').value;
  proto.clearRect = function (...args) {
    if (this.canvas.width === 720 && this.canvas.height === 1080) rec.drew = true;
    return Reflect.apply(clearRect, this, args);
  };
  let last = 0;
  const tick = (t) => {
    if (rec.recording && last) rec.frames.push({ at: t, ms: t - last, drew: rec.drew });
    rec.drew = false;
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      rec.events.push({
        name: e.name,
        id: e.interactionId,
        start: e.startTime,
        duration: e.duration,
        input: e.processingStart - e.startTime,
        processing: e.processingEnd - e.processingStart,
        presentation: e.startTime + e.duration - e.processingEnd,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

const percentile = (values, p) => {
  const v = values.filter(Number.isFinite).toSorted((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
};

/**
 * Take `count` choices by key (always the first option) at `viewport`, from `?play=` on a fresh context.
 * Returns per choice: the interaction's Event Timing duration (undefined when under 16 ms: not reported),
 * the frames from the key press to the phone's rest, and how long that took.
 */
async function playChoices(browser, url, viewport, count = 8) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(RECORDER);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    await page.waitForFunction(() => document.documentElement.dataset.graphics && document.querySelector('button.choice'), undefined, {
      timeout: LOAD_TIMEOUT_MS,
      polling: 50,
    });
    const restful = () => page.waitForFunction(() => document.documentElement.dataset.render === 'idle', undefined, { timeout: LOAD_TIMEOUT_MS, polling: 50 });
    await restful();
    await sleep(300);
    const choices = [];
    for (let i = 0; i < count; i++) {
      const before = await page.evaluate(() => {
        window.benchRecorder.frames.length = 0;
        window.benchRecorder.recording = true;
        return { chosen: document.querySelectorAll('.chosen').length, screen: document.getElementById('panel')?.dataset.screen };
      });
      if (before.screen !== 'play' || (await page.locator('button.choice').count()) === 0) break;
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.press('1');
      await page.waitForFunction(
        (n) => document.querySelectorAll('.chosen').length > n || document.getElementById('panel')?.dataset.screen !== 'play',
        before.chosen,
        {
          timeout: LOAD_TIMEOUT_MS,
          polling: 20,
        },
      );
      // The phone animates after the text is painted: wait for it to start, then to come to rest.
      await sleep(100);
      await restful();
      const r = await page.evaluate((start) => {
        const rec = window.benchRecorder;
        rec.recording = false;
        const events = rec.events.filter((e) => e.start >= start - 1 && e.id > 0);
        return { frames: rec.frames.map((f) => f.ms), drawn: rec.frames.filter((f) => f.drew).map((f) => f.ms), events, restMs: performance.now() - start };
      }, t0);
      const worst = r.events.toSorted((a, b) => b.duration - a.duration)[0];
      choices.push({ step: i + 1, inp: worst?.duration, worstEvent: worst, frames: r.frames, drawn: r.drawn, restMs: r.restMs });
      await sleep(200);
    }
    return { choices, problems };
  } finally {
    await context.close();
  }
}

/** The bare Phaser page's frame intervals over `seconds` while its loop runs (nothing asleep). */
async function phaserFrames(browser, url, viewport, seconds = 3) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(RECORDER);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    await page.waitForFunction(() => performance.getEntriesByName('pp:first-frame').length > 0, undefined, { timeout: LOAD_TIMEOUT_MS });
    await sleep(500);
    await page.evaluate(() => {
      window.benchRecorder.recording = true;
    });
    await sleep(seconds * 1000);
    // Every frame of the bare page is drawn (its loop never sleeps).
    return await page.evaluate(() => window.benchRecorder.frames.map((f) => f.ms));
  } finally {
    await context.close();
  }
}

/** Summaries of a play-through: INP-like p75, the longest frame, and the busiest animation's frame p95. */
function summarisePlay(run) {
  const taken = run.choices.length;
  // An interaction under 16 ms is not reported: it counts as 16 (the threshold), never as missing.
  const inps = run.choices.map((c) => c.inp ?? 16);
  // Each choice's window: every frame until the phone rests (the longest is the "no frame over" figure), and
  // the frames the phone was drawn in; the busiest animation is the one drawn in the most frames, and its p95
  // is taken over those (a still frame, drawn by nothing, is cheap and would flatter it).
  const windows = run.choices.map((c) => ({
    step: c.step,
    frames: c.frames.length,
    drawn: c.drawn.length,
    p95: percentile(c.drawn, 95),
    max: Math.max(0, ...c.frames),
  }));
  const busiest = windows.toSorted((a, b) => b.drawn - a.drawn)[0];
  return {
    taken,
    inpP75: percentile(inps, 75),
    inpMax: Math.max(0, ...inps),
    inps,
    longestFrame: Math.max(0, ...windows.map((w) => w.max)),
    busiest,
    windows,
    worstEvents: run.choices.map((c) => c.worstEvent).filter(Boolean),
  };
}

/**
 * Everything fetched from opening the menu to the first scenario's first choices on screen (a learner
 * who presses Play and skips the two first-run questions), gzipped at level 9 as a server would send it
 * (fonts and sounds as they are). `phase` splits it: before the first text, and what the phone brings.
 */
async function firstChoiceDownload(browser, origin, dist) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  try {
    await page.goto(`${origin}/`, { timeout: LOAD_TIMEOUT_MS });
    await page.waitForSelector('[data-ready=menu]', { timeout: LOAD_TIMEOUT_MS });
    await page.locator('button', { hasText: /^Play/ }).first().click();
    for (const dialog of ['dialog.region-question[open]', 'dialog.judgement-question[open]']) {
      await sleep(200);
      if ((await page.locator(dialog).count()) > 0) await page.keyboard.press('Escape');
    }
    await page.waitForSelector('button.choice', { timeout: LOAD_TIMEOUT_MS });
    // Whatever the page asked for while the first choices appeared (the phone's code, a sound…).
    await sleep(1500);
  } finally {
    await context.close();
  }
  const files = [];
  for (const u of new Set(urls)) {
    const { pathname, origin: o } = new URL(u);
    if (o !== origin) continue;
    const file = path.join(dist, pathname === '/' ? 'index.html' : decodeURIComponent(pathname));
    if (!existsSync(file)) continue;
    const buf = readFileSync(file);
    const packed = /\.(woff2?|wav|mp3|ogg|png|jpe?g|webp)$/.test(file);
    files.push({
      file: path.basename(file),
      raw: buf.length,
      sent: packed ? buf.length : gzipSync(buf, { level: 9 }).length,
      phaser: /phaser|start-game|phone-view/.test(file),
    });
  }
  const total = files.reduce((s, f) => s + f.sent, 0);
  const phone = files.filter((f) => f.phaser).reduce((s, f) => s + f.sent, 0);
  return { files, total, phone, text: total - phone };
}

export { RECORDER, percentile, playChoices, phaserFrames, summarisePlay, firstChoiceDownload };
