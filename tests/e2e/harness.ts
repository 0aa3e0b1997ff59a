/**
 * End-to-end harness: serves the production build (dist/) with Vite's preview server and drives Debian's
 * Chromium through playwright-core. Records console errors and any request that leaves the page's origin.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, inject } from 'vitest';
import chromiumConfig from '../chromium.json' with { type: 'json' };

export const root = path.resolve(import.meta.dirname, '../..');
export const screenshotDir = path.join(root, 'tests/output/screenshots');
/** `SCREENSHOTS=1 npm run test:e2e` writes the screenshots; otherwise `screenshot()` takes none. */
export const SCREENSHOTS = process.env.SCREENSHOTS === '1';
/** Hooks that start a server and a browser (or build): generous, as the machine may be busy. */
const HOOK_TIMEOUT = 180_000;

export const CHROMIUM_ARGS: string[] = chromiumConfig.args;
export const CHROMIUM_PATH: string = process.env.CHROMIUM_PATH ?? chromiumConfig.executablePath;

export const SIZES = {
  projector: { width: 1920, height: 1080 },
  laptop: { width: 1024, height: 768 },
} as const;

export async function startServer(outDir = 'dist'): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(path.join(root, outDir, 'index.html'))) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` first (npm test does).`);
  }
  // Imported here, not at the top: only a file with a build of its own (and the global setup) starts a server.
  const { preview } = await import('vite');
  const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/**
 * The preview server and the browser for a test file. Read `.url` and `.browser` in tests. The production
 * build's server is shared by every file (global-setup.ts); a file with a build of its own (`outDir`) starts
 * its own server, closed after it. The browser is the worker's (see `workerBrowser`); the contexts a file
 * leaves open are closed after it, but for the clean pages handed back (`cleanPage`), which the next file uses.
 */
export function useBrowser(options: { outDir?: string; before?: () => Promise<void> } = {}): { readonly url: string; readonly browser: Browser } {
  let server: PreviewServer | undefined;
  const state = { url: '', browser: undefined as unknown as Browser };
  beforeAll(async () => {
    await options.before?.();
    if (options.outDir === undefined) {
      state.url = inject('e2eUrl');
    } else {
      const started = await startServer(options.outDir);
      server = started.server;
      state.url = started.url;
    }
    state.browser = await workerBrowser();
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await closeContexts(state.browser);
    await server?.close();
  }, HOOK_TIMEOUT);
  return state;
}

let shared: Promise<Browser> | undefined;

/**
 * One Chromium for every file a test worker runs (vitest.e2e.config.ts: `isolate: false`), launched when the
 * first file asks and again if it has gone (crashed or closed). A browser of each worker's own, not one for
 * the run: one shared over a connection was slower (every file's pages went through one browser process).
 * Launching one per file cost a second or more of the two cores each time. Playwright closes it when the
 * worker process exits.
 */
export async function workerBrowser(): Promise<Browser> {
  const current = await shared?.catch(() => undefined);
  if (current?.isConnected()) return current;
  shared = launch();
  return shared;
}

/**
 * Close every context a file left open in the worker's browser, so the next file starts with none but the
 * clean pages handed back (`cleanPage`), which the next file may use.
 */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  if (!browser?.isConnected()) return;
  const clean = new Set([...kept.values()].flat().map((e) => e.context));
  await Promise.all(
    browser
      .contexts()
      .filter((c) => !clean.has(c))
      .map((c) => c.close().catch(() => undefined)),
  );
}

/** A download's text. (The browser is shared over a connection, so the file is saved here first: `path()` is not available.) */
export async function downloadText(download: Download): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'public-profile-download-'));
  const file = path.join(dir, 'download');
  await download.saveAs(file);
  try {
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
  foreignRequests: string[];
}

/** A fresh context and page that records console errors, page errors and requests to other origins. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = SIZES.projector,
  options: { bypassCSP?: boolean; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<Watched> {
  // bypassCSP only for tools the test injects (axe-core): the game itself runs under its own policy.
  const context = await browser.newContext({ viewport, bypassCSP: options.bypassCSP ?? false, reducedMotion: options.reducedMotion ?? 'no-preference' });
  const page = await context.newPage();
  const { errors, foreignRequests } = watch(page, baseUrl);
  return { context, page, errors, foreignRequests };
}

/** Records a page's console errors and uncaught errors, and any request that leaves the game's origin. */
function watch(page: Page, baseUrl: string): { errors: string[]; foreignRequests: string[] } {
  const origin = new URL(baseUrl).origin;
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  return { errors, foreignRequests };
}

/** What `cleanPage` lends: a watched page, and `release()` to hand it back clean for the next test. */
export interface Lent extends Watched {
  /** Hand the page back (call it where the test would close its context). A page not handed back is never reused. */
  release(this: void): Promise<void>;
}

interface Kept {
  context: BrowserContext;
  page: Page;
  /** Init scripts the test added, undone on release. */
  undo: { dispose(): Promise<void> }[];
  /** The page's clock was used: it cannot be put back, so the page is not reused. */
  clockUsed: boolean;
}

/**
 * Pages handed back clean, by the context options a page cannot change (bypassCSP, hasTouch). A page lent
 * out is in no list, so tests at once (describe.concurrent) each get their own; one never handed back is
 * closed with the file's other contexts (useBrowser).
 */
const kept = new Map<string, Kept[]>();

async function keptPage(browser: Browser, key: string, options: { bypassCSP: boolean; hasTouch: boolean }): Promise<Kept> {
  const free = kept.get(key) ?? [];
  kept.set(key, free);
  for (let entry = free.pop(); entry; entry = free.pop()) {
    if (!entry.page.isClosed() && browser.contexts().includes(entry.context)) return entry;
  }
  const context = await browser.newContext({ ...options, viewport: SIZES.projector, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const entry: Kept = { context, page, undo: [], clockUsed: false };
  // What a test adds to the page and could leave behind is noted, to be undone on release.
  const addInitScript = page.addInitScript.bind(page);
  page.addInitScript = (async (...args: Parameters<Page['addInitScript']>) => {
    const undo = await addInitScript(...args);
    entry.undo.push(undo);
    return undo;
  }) as Page['addInitScript'];
  for (const method of ['install', 'pauseAt', 'setFixedTime', 'setSystemTime', 'fastForward', 'runFor', 'resume'] as const) {
    const original = page.clock[method].bind(page.clock) as (...a: unknown[]) => Promise<void>;
    (page.clock as unknown as Record<string, unknown>)[method] = (...a: unknown[]) => {
      entry.clockUsed = true;
      return original(...a);
    };
  }
  return entry;
}

/**
 * Like `openPage`, but on a page the worker keeps from test to test, made clean for each: no storage
 * (local, session, IndexedDB, caches, cookies, the HTTP cache), no routes, init scripts, listeners or media
 * emulation left by the test before, no other tab open, the viewport asked for. A test that gives it back with
 * `release()` (where it would close its context) lets the next use the same browser context and renderer:
 * on this 2-core machine a new context and page with the game's first load cost about 2.4 CPU-s, the same
 * page's navigation about 0.8. A page whose clock was used, or that was not given back, is not reused.
 * Context options a page cannot change (bypassCSP, hasTouch) have a kept page each.
 */
export async function cleanPage(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = SIZES.projector,
  options: { bypassCSP?: boolean; reducedMotion?: 'reduce' | 'no-preference'; hasTouch?: boolean } = {},
): Promise<Lent> {
  const bypassCSP = options.bypassCSP ?? false;
  const hasTouch = options.hasTouch ?? false;
  const key = `${bypassCSP} ${hasTouch}`;
  const entry = await keptPage(browser, key, { bypassCSP, hasTouch });
  const { context, page } = entry;
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: null, colorScheme: null, forcedColors: null, reducedMotion: options.reducedMotion ?? 'no-preference' });
  const { errors, foreignRequests } = watch(page, baseUrl);
  // The game's origin, whose storage release() clears. (Named here: a bare `origin` type-checks against the
  // DOM's global but is undefined in Node, and release() then threw and closed every page instead of keeping it.)
  const gameOrigin = new URL(baseUrl).origin;
  const release = async (): Promise<void> => {
    if (entry.clockUsed || page.isClosed()) {
      await context.close().catch(() => undefined);
      return;
    }
    try {
      page.removeAllListeners();
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      for (const undo of entry.undo.splice(0)) await undo.dispose();
      await Promise.all(
        context
          .pages()
          .filter((p) => p !== page)
          .map((p) => p.close()),
      );
      // Away from the game first (it saves as it goes), then its origin's storage and the cache cleared.
      await page.goto('about:blank', { timeout: 15_000 });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: gameOrigin, storageTypes: 'all' });
      // The HTTP cache too. (Keeping it from test to test was tried on 2026-12-03: a game load from the cache
      // cost no less CPU than one from the server, twelve loads each way, and whole runs showed no difference.)
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
      await context.setOffline(false);
      await context.clearPermissions();
      page.setDefaultTimeout(30_000);
      page.setDefaultNavigationTimeout(30_000);
      kept.get(key)!.push(entry);
    } catch (error) {
      // Not made clean (the page crashed or went away meanwhile): closed, never reused. Said, so that a fault in
      // the cleaning itself cannot again go unseen while every page is thrown away.
      console.warn(`cleanPage: a page could not be made clean, so it is closed (${error instanceof Error ? error.message : String(error)})`);
      await context.close().catch(() => undefined);
    }
  };
  return { context, page, errors, foreignRequests, release };
}

/**
 * A screenshot into tests/output/screenshots/, only when SCREENSHOTS=1 (returns its path); otherwise none is
 * taken and nothing waits. Before it, the drawn phone is let finish: see `phoneSettled`.
 */
export async function screenshot(page: Page, name: string): Promise<string | undefined> {
  if (!SCREENSHOTS) return undefined;
  mkdirSync(screenshotDir, { recursive: true });
  const vp = page.viewportSize();
  const file = path.join(screenshotDir, `${name}-${vp?.width}x${vp?.height}.png`);
  await phoneSettled(page);
  await page.screenshot({ path: file });
  return file;
}

/** Two animation frames in the page: what a resize or a DOM change sets off has been laid out and painted. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * Wait until Phaser has drawn the latest state: its render gate (src/game/render-gate.ts) marks
 * `<html data-render="idle">` when the loop goes to sleep, and "drawing" while it runs. Pages without the
 * drawn phone (text only, the presenter window, a projector screen without the phone, a narrow window, or
 * graphics not loaded in time) do not wait.
 */
export async function phoneSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const html = document.documentElement;
        // Group mode's projector draws its phone in .gstage (the presenter window has none).
        const group = document.getElementById('group');
        const stage = group ? group.querySelector('.gstage') : document.getElementById('stage');
        if (html.classList.contains('text-only') || !stage || getComputedStyle(stage).display === 'none') return true;
        return html.dataset.render === 'idle';
      },
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined); // a screenshot of a phone still drawing is better than none
  await nextFrames(page);
}

/** Tab until the focused element's text matches, as a keyboard user would. */
export async function tabTo(page: Page, text: RegExp, maxTabs = 40): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // A form control is known by its label (radio buttons and switches have no text of their own).
      const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])].map((l) => l.textContent ?? '').join(' ') : '';
      return el ? `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}${labels}` : '';
    });
    if (text.test(label)) return;
  }
  throw new Error(`could not reach ${text} with the Tab key`);
}

export async function screenName(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.getElementById('panel')?.dataset.screen);
}

/** Play to the debrief by number keys, taking `pick(step, count)` at each choice point. */
export async function playToDebrief(
  page: Page,
  pick: (step: number, count: number) => number = () => 0,
  maxSteps = 40,
  options: { stopAtEnd?: boolean } = {},
): Promise<number> {
  for (let step = 0; step < maxSteps; step++) {
    if ((await screenName(page)) === 'debrief') return step;
    await page.waitForSelector('button.choice', { timeout: 5000 });
    if ((await page.locator('button.to-debrief').count()) > 0) {
      // The last passage stays on screen with one way on: key 1, like any choice.
      if (options.stopAtEnd) return step;
      await page.keyboard.press('1');
      await page.waitForSelector('[data-ready=debrief]');
      return step;
    }
    const count = await page.locator('button.choice').count();
    const index = pick(step, count);
    await page.keyboard.press(String(index + 1));
    await page.waitForFunction(({ before }) => document.querySelector('button.to-debrief') !== null || document.querySelectorAll('.chosen').length > before, {
      before: step,
    });
  }
  throw new Error('did not reach the debrief');
}

/** What a production build is made from: a change to any of these files builds again. */
const BUILD_INPUTS = ['src', 'assets', 'hosting', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * A production build of another folder of stories (e.g. the fixture that uses every phone piece), into
 * tests/output/. The game code is the same as dist/; only the stories differ. Built again only when its
 * inputs changed (a hash of them, kept in the folder as `.build-key`), so a run after a run reuses it.
 */
export async function buildStories(storiesDir: string, outDir: string): Promise<void> {
  const keyFile = path.join(root, outDir, '.build-key');
  const key = buildKey(storiesDir);
  if (existsSync(path.join(root, outDir, 'index.html')) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return;
  const { build } = await import('vite');
  const previous = process.env.PUBLIC_PROFILE_STORIES;
  process.env.PUBLIC_PROFILE_STORIES = storiesDir;
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.PUBLIC_PROFILE_STORIES;
    else process.env.PUBLIC_PROFILE_STORIES = previous;
  }
  writeFileSync(keyFile, key);
}

/** sha256 over every input file of a build (path and content), the stories folder's and any `more` files or folders. */
export function buildKey(storiesDir: string, more: string[] = []): string {
  const hash = createHash('sha256');
  const visit = (file: string): void => {
    const full = path.join(root, file);
    if (!existsSync(full)) hash.update(`missing ${file}\0`);
    else if (statSync(full).isDirectory()) for (const name of readdirSync(full).toSorted()) visit(path.join(file, name));
    else hash.update(`${file}\0`).update(readFileSync(full)).update('\0');
  };
  hash.update(`stories ${storiesDir}\0single ${process.env.PUBLIC_PROFILE_SINGLE_FILE ?? ''}\0`);
  for (const input of [...BUILD_INPUTS, storiesDir, ...more]) visit(input);
  return hash.digest('hex');
}

let axeSource: string | undefined;

/** axe-core's WCAG 2.0–2.2 A and AA rules on the page as it is. Open the page with `bypassCSP: true`. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  // Contrast is judged on what settles: a caption still fading in is not yet its own colour.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      // Every rule still runs on every node; only the violations are reported in full (for the passes and the
      // incomplete, axe works out a selector for one node a rule instead of each: a story screen's scan took some
      // 320 ms instead of 540).
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/**
 * The question asked once before the first scenario from the menu (where the learner practises): skipped
 * with Escape, as a learner may, when a test is not about it. It opens as the Play button is pressed, so it
 * is either open now or not asked.
 */
export async function skipRegionQuestion(page: Page): Promise<void> {
  if ((await page.locator('dialog.region-question[open]').count()) > 0) await page.keyboard.press('Escape');
  // Then the optional judgement check, asked once too.
  if ((await page.locator('dialog.judgement-question[open]').count()) > 0) await page.keyboard.press('Escape');
}
