/**
 * Hostile conditions, table-driven: each lazy chunk failing once (it is retried and recovers) or always (a
 * clear message, and a later try works without a reload), the entry script missing (the start-up watch),
 * no 2D canvas, no WebGL, audio that throws, a resize mid-choice, double clicks, held and queued keys,
 * rapid Back/Forward, and uncaught errors and rejections (the error boundary). Every case checks a clear
 * message or safe handling, that nothing is lost, and that the console has no error it did not expect.
 * Fault cases run concurrently, each on a clean page of its own (harness.ts `cleanPage`); input cases run in turn on one page. The
 * retries' backoff is skipped with the page's fake clock, so no case waits on a fixed timer.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it, type ExpectStatic } from 'vitest';
import { cleanPage, nextFrames, SIZES, skipRegionQuestion, useBrowser, type Lent, type Watched } from './harness.ts';

const env = useBrowser();
/** The longest the retries wait in all (src/core/lazy.ts RETRY_DELAYS): fast-forwarded past. */
const BACKOFF_MS = 1600;
const SAVE_KEY = 'public-profile:save:the-request';

/** Fails the first `times` requests for a chunk (as if offline), then lets them through; `heal()` lets all through at once. */
async function failChunk(page: Page, chunk: RegExp, times = 1): Promise<{ requests: () => number; heal: () => void; ok: () => number }> {
  let requests = 0;
  let ok = 0;
  let healed = false;
  await page.route(chunk, async (route) => {
    requests += 1;
    if (!healed && requests <= times) return route.abort('internetdisconnected');
    const response = await route.fetch();
    if (response.ok()) ok += 1;
    return route.fulfill({ response });
  });
  return { requests: () => requests, heal: () => (healed = true), ok: () => ok };
}

const notices = (page: Page) =>
  page
    .locator('.notice')
    .allInnerTexts()
    .then((t) => t.join(' '));
const chosen = (page: Page) => page.locator('.chosen').count();

/** Opens a deep link to a scenario, past its intro (content notes) if it has one. */
async function story(page: Page, query: string): Promise<void> {
  await page.goto(env.url + query);
  await page.waitForSelector('[data-ready=story], [data-ready=intro]');
  if ((await page.evaluate(() => document.documentElement.dataset.ready)) === 'intro') {
    await page.getByRole('button', { name: /^\s*Begin\s*$/ }).click();
    await page.waitForSelector('[data-ready=story]');
  }
}

/** Takes choice 1 by key and waits for it to be taken. */
async function takeFirst(page: Page): Promise<void> {
  const before = await chosen(page);
  await page.keyboard.press('1');
  await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n, before);
}

/** Takes the first choice until a sound cue's caption shows (the first cue fetches Howler). */
async function playUntilCue(page: Page): Promise<void> {
  for (let i = 0; i < 8 && (await page.locator('.sound-caption').count()) === 0; i++) await takeFirst(page);
}

/**
 * Moves the page's fake clock on through the retries' backoff until `done` (each retry's wait starts only
 * when the previous attempt has failed, so the clock is moved in steps, not in one jump).
 */
async function skipBackoff(page: Page, done: () => Promise<boolean>): Promise<void> {
  for (let step = 0; step < 40; step++) {
    if (await done()) return;
    await page.clock.fastForward(BACKOFF_MS / 4);
  }
  throw new Error('still waiting after the backoff');
}

const inPage = (page: Page, predicate: () => boolean) => () => page.evaluate(predicate);

interface Case {
  name: string;
  run: (w: Watched, expect: ExpectStatic) => Promise<void>;
  /** Console errors this case causes on purpose (besides the failed requests it routes). */
  expectedErrors?: RegExp;
  /** Whether the error boundary's message is expected. */
  fault?: boolean;
}

const CASES: Case[] = [
  {
    name: 'the post checker chunk fails twice (in the background, then as the story begins): retried, the story starts',
    run: async ({ page }, expect) => {
      await page.clock.install();
      const chunk = await failChunk(page, /\/analyser-[\w-]+\.js(\?retry=\d+)?$/, 2);
      await page.goto(env.url + '?play=think-before-you-post&renderer=none');
      await page.waitForSelector('[data-ready=intro]');
      await page.getByRole('button', { name: /^\s*Begin\s*$/ }).click();
      await skipBackoff(
        page,
        inPage(page, () => document.documentElement.dataset.ready === 'story'),
      );
      expect(chunk.ok()).toBe(1);
      expect(await notices(page)).toBe('');
    },
  },
  {
    name: 'the post checker chunk fails through every retry: a clear message, and choosing again works without a reload',
    run: async ({ page }, expect) => {
      await page.clock.install();
      const chunk = await failChunk(page, /\/analyser-[\w-]+\.js(\?retry=\d+)?$/, 1000);
      await page.goto(env.url + '?renderer=none');
      await page.waitForSelector('[data-ready=menu]');
      expect(chunk.requests()).toBe(0); // fetched only for a story with a composer
      await page.getByRole('button', { name: 'Play “Think before you post”' }).click();
      await skipRegionQuestion(page);
      await page.waitForSelector('[data-ready=intro]');
      await page.getByRole('button', { name: /^\s*Begin\s*$/ }).click();
      await skipBackoff(page, async () => /could not start/.test(await notices(page)));
      expect(await notices(page)).toMatch(/could not start.*choose again/i);
      expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBe('menu');
      chunk.heal(); // back online: choosing again works, no reload
      await page.getByRole('button', { name: 'Play “Think before you post”' }).click();
      await skipRegionQuestion(page);
      await page.waitForSelector('[data-ready=intro]');
      await page.getByRole('button', { name: /^\s*Begin\s*$/ }).click();
      await page.waitForSelector('[data-ready=story]');
      expect(chunk.ok()).toBe(1);
      // The checker works: a risky post is flagged in the composer when the story opens it.
      await takeFirst(page);
      const composer = page.locator('textarea[name=post_text]');
      for (let i = 0; i < 6 && (await composer.count()) === 0; i++) await takeFirst(page);
      await composer.fill('Long day in court with Dana from the Wrenford family case');
      await page.clock.fastForward(1000); // past the pause in typing the advice waits for
      await page.locator('.flag').first().waitFor();
    },
  },
  {
    name: 'a story chunk fails twice (it is fetched when opened, never preloaded): retried, the story starts',
    run: async ({ page }, expect) => {
      const chunk = await failChunk(page, /\/the-request-[\w-]+\.js(\?retry=\d+)?$/, 2); // the import, then its first retry
      await story(page, '?play=the-request&renderer=none');
      expect(chunk.requests()).toBeGreaterThanOrEqual(2);
      expect(await notices(page)).toBe('');
    },
  },
  {
    name: 'a story chunk fails always: a clear message, the save is kept, and Continue works once back online',
    run: async ({ page }, expect) => {
      await page.clock.install();
      await story(page, '?play=the-request&renderer=none');
      await takeFirst(page);
      await takeFirst(page);
      const save = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
      expect(save).toBeTruthy();
      const chunk = await failChunk(page, /\/the-request-[\w-]+\.js(\?retry=\d+)?$/, 1000);
      await page.goto(env.url + '?renderer=none');
      await page.waitForSelector('[data-ready=menu]');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await skipBackoff(page, async () => /could not start/.test(await notices(page)));
      expect(await notices(page)).toMatch(/“The request” could not start/);
      expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBe(save);
      chunk.heal();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.waitForSelector('[data-ready=story]');
      expect(await chosen(page)).toBe(2);
    },
  },
  {
    name: 'the graphics chunk fails once: retried, the phone is drawn',
    run: async ({ page }, expect) => {
      const chunk = await failChunk(page, /\/start-game-[\w-]+\.js(\?retry=\d+)?$/);
      await story(page, '?play=the-request');
      await page.waitForFunction(() => document.documentElement.dataset.graphics === 'canvas', undefined, { timeout: 15_000 });
      expect(chunk.requests()).toBe(2);
    },
  },
  {
    // Phaser is a dependency of the graphics chunk, not a chunk the game imports itself. Chromium (150) keeps a
    // failed module's error for the life of the page, for its importers too, so no retry inside the page can
    // fetch it again: the story plays on as text, and the next visit draws the phone.
    name: 'the Phaser chunk fails (its preload and its import): the story plays on as text, and the next visit draws the phone',
    run: async ({ page }, expect) => {
      const chunk = await failChunk(page, /\/phaser-[\w-]+\.js(\?retry=\d+)?$/, 2); // its preload, then the import
      await story(page, '?play=the-request');
      await page.waitForFunction(() => document.documentElement.classList.contains('text-only') || document.documentElement.dataset.graphics === 'canvas');
      await takeFirst(page);
      chunk.heal();
      await page.reload();
      await page.waitForSelector('[data-ready=story], [data-ready=intro]');
      await page.waitForFunction(() => document.documentElement.dataset.graphics === 'canvas', undefined, { timeout: 15_000 });
      expect(chunk.ok()).toBeGreaterThanOrEqual(1);
    },
  },
  {
    name: 'the group mode chunk fails twice: retried, the projector starts',
    run: async ({ page }, expect) => {
      const chunk = await failChunk(page, /\/group-mode-[\w-]+\.js(\?retry=\d+)?$/, 2);
      await page.goto(env.url + '?mode=group&renderer=none');
      await page.waitForFunction(() => document.documentElement.dataset.ready?.startsWith('group-'));
      expect(chunk.ok()).toBe(1);
    },
  },
  {
    name: 'group mode fails always: a clear message',
    run: async ({ page }) => {
      await page.clock.install();
      await failChunk(page, /\/group-mode-[\w-]+\.js(\?retry=\d+)?$/, 1000);
      await page.goto(env.url + '?mode=group&renderer=none');
      await skipBackoff(
        page,
        inPage(page, () => /Group mode could not start/.test(document.getElementById('panel')?.textContent ?? '')),
      );
    },
  },
  {
    name: 'the sound chunk fails once: retried, the sound loads',
    run: async ({ page }, expect) => {
      const chunk = await failChunk(page, /\/howler-[\w-]+\.js(\?retry=\d+)?$/);
      const infos: string[] = [];
      page.on('console', (m) => void (m.type() === 'info' && infos.push(m.text())));
      await story(page, '?play=the-request&renderer=none');
      await playUntilCue(page); // the first cue fetches Howler
      await expect.poll(() => chunk.ok(), { timeout: 10_000 }).toBe(1); // a bound, not a wait
      expect(chunk.requests()).toBe(2);
      expect(infos.join('\n')).not.toMatch(/Sound is unavailable/);
    },
  },
  {
    name: 'audio blocked (AudioContext throws): play goes on',
    run: async ({ page }) => {
      await page.addInitScript(() => {
        // oxlint-disable-next-line unicorn/consistent-function-scoping -- it runs in the page, where only this scope exists
        const blocked = function () {
          throw new DOMException('The audio device is blocked by policy', 'NotAllowedError');
        };
        Object.assign(window, { AudioContext: blocked, webkitAudioContext: blocked });
      });
      await story(page, '?play=the-request&renderer=none');
      for (let i = 0; i < 3; i++) await takeFirst(page);
    },
  },
  {
    name: 'the entry script never arrives: after 10 s a message with Reload, which starts the game once back',
    run: async ({ page }, expect) => {
      // The page's clock stands still but when moved on, however long the (busy) machine takes to load it. The pause
      // is a minute ahead of the real time at the call (no page is open yet, so the jump fires nothing): a target
      // just ahead of the install time could already be past on a loaded machine, and pauseAt cannot go back.
      await page.clock.install();
      await page.clock.pauseAt(Date.now() + 60_000);
      const entry = await failChunk(page, /\/index-[\w-]+\.js(\?retry=\d+)?$/, 1000);
      await page.goto(env.url);
      await page.clock.fastForward(9000);
      expect(await page.locator('.boot-stalled').count()).toBe(0); // not before its time
      await page.clock.fastForward(1100);
      const alert = page.getByRole('alert');
      await page.clock.resume(); // the game, once it loads, runs in real time
      await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toBe('Public Profile has not started. Check your connection and reload.');
      entry.heal();
      await page.getByRole('button', { name: 'Reload' }).click();
      await page.waitForSelector('[data-ready=menu]', { timeout: 60_000 }); // a bound against a hang: 30 s ran out at load 38
    },
  },
  {
    name: 'the game started: the start-up watch stays quiet',
    run: async ({ page }, expect) => {
      await page.clock.install();
      await story(page, '?play=the-request&renderer=none');
      await page.clock.fastForward(11_000);
      expect(await page.locator('.boot-stalled').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBe('story');
    },
  },
  {
    name: 'no 2D canvas: the text plays alone, and Phaser never starts',
    run: async ({ page }, expect) => {
      const phaser: string[] = [];
      page.on('request', (r) => void (/phaser-/.test(r.url()) && phaser.push(r.url())));
      await page.addInitScript(() => {
        HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
      });
      await story(page, '?play=the-request');
      await page.waitForFunction(() => document.documentElement.classList.contains('text-only'));
      await takeFirst(page);
      // The page preloads Phaser's chunk (fetched with the page, so it is ready after the first text); it never runs.
      expect(phaser.length).toBeLessThanOrEqual(1);
      expect(
        await page.evaluate(() => ({ canvas: document.querySelectorAll('canvas').length, graphics: document.documentElement.dataset.graphics ?? null })),
      ).toEqual({
        canvas: 0,
        graphics: null,
      });
    },
  },
  {
    name: 'no WebGL: the phone is drawn with the Canvas renderer',
    run: async ({ page }) => {
      await page.addInitScript(() => {
        // oxlint-disable-next-line typescript/unbound-method -- the original, called below with call(this)
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          return /webgl/i.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
        } as typeof HTMLCanvasElement.prototype.getContext;
      });
      await story(page, '?play=the-request');
      await page.waitForFunction(() => document.documentElement.dataset.graphics === 'canvas', undefined, { timeout: 15_000 });
    },
  },
  {
    name: 'an uncaught error (a broken handler): one readable message with Reload, and the save kept',
    expectedErrors: /^injected: the story broke$/,
    fault: true,
    run: async ({ page }, expect) => {
      await story(page, '?play=the-request&renderer=none');
      await takeFirst(page);
      const save = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
      await page.evaluate(() => {
        document.addEventListener('keydown', () => {
          throw new Error('injected: the story broke');
        });
      });
      await page.keyboard.press('x');
      await page.keyboard.press('y'); // the same problem again: still one message
      const alert = page.locator('.fault');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/Something went wrong in Public Profile \(injected: the story broke\)[\s\S]*saved after each choice/);
      expect(await page.locator('.fault').count()).toBe(1);
      expect(await page.locator('.fault-more').isHidden()).toBe(true); // the same problem twice is one problem
      expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBe(save);
      await page.getByRole('button', { name: 'Reload' }).click();
      await page.waitForFunction(() => /^(menu|intro|story)$/.test(document.documentElement.dataset.ready ?? ''));
      expect(await page.locator('.fault').count()).toBe(0);
      expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBe(save);
    },
  },
  {
    name: "ResizeObserver's loop note (an error event with no error, the presenter's miniatures cause it): no message, the controls stay usable",
    run: async ({ page }, expect) => {
      await story(page, '?play=the-request&renderer=none');
      await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.' })));
      await takeFirst(page);
      expect(await page.locator('.fault').count()).toBe(0);
    },
  },
  {
    name: 'an unhandled rejection: the same message, once, counting later problems',
    expectedErrors: /injected: (a promise was rejected|and another)/,
    fault: true,
    run: async ({ page }, expect) => {
      await story(page, '?play=the-request&renderer=none');
      await page.evaluate(() => {
        void Promise.reject(new Error('injected: a promise was rejected'));
        void Promise.reject(new Error('injected: and another'));
      });
      await expect.poll(() => page.locator('.fault-more').innerText(), { timeout: 10_000 }).toBe('1 more problem since.');
      expect(await page.locator('.fault').innerText()).toMatch(/\(injected: a promise was rejected\)/);
      expect(await page.locator('.fault').count()).toBe(1);
      await takeFirst(page); // and the game is still there to play
    },
  },
];

/** Input hazards, in order on one page of "The request" (each takes at most one choice of it). */
const ON_ONE_PAGE: Case[] = [
  {
    name: 'a resize mid-choice: one choice taken, the choices still there',
    run: async ({ page }, expect) => {
      const before = await chosen(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await takeFirst(page);
      await page.setViewportSize(SIZES.laptop);
      expect(await chosen(page)).toBe(before + 1);
      expect(await page.locator('button.choice').count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'a double click on a choice takes one choice',
    run: async ({ page }, expect) => {
      const before = await chosen(page);
      // A double click whose second click lands on a choice of the next set (where the choices stay put on screen).
      await page.locator('button.choice').first().click();
      await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n, before);
      const next = await page.locator('button.choice').first().boundingBox();
      await page.mouse.move(next!.x + 10, next!.y + 10);
      await page.mouse.down({ clickCount: 2 });
      await page.mouse.up({ clickCount: 2 });
      await nextFrames(page);
      expect(await chosen(page)).toBe(before + 1);
    },
  },
  {
    name: 'holding a digit key (auto-repeat) takes one choice',
    run: async ({ page }, expect) => {
      const before = await chosen(page);
      for (let i = 0; i < 8; i++) await page.keyboard.down('1'); // the second and later downs repeat
      await page.keyboard.up('1');
      await nextFrames(page);
      expect(await chosen(page)).toBe(before + 1);
    },
  },
  {
    name: 'holding Enter on the text takes no choice: the first press moves to the choices, repeats do nothing',
    run: async ({ page }, expect) => {
      const before = await chosen(page);
      await page.locator('.passage').last().focus();
      for (let i = 0; i < 8; i++) await page.keyboard.down('Enter');
      await page.keyboard.up('Enter');
      await nextFrames(page);
      expect(await chosen(page)).toBe(before);
    },
  },
  {
    name: 'keys queued while the page is busy take one choice, not the next one too',
    run: async ({ page }, expect) => {
      const before = await chosen(page);
      // Busy for 300 ms: both presses wait, and the second arrives after the first has shown new choices.
      void page.evaluate(() => {
        const end = performance.now() + 300;
        while (performance.now() < end);
      });
      await Promise.all([page.keyboard.press('1'), page.keyboard.press('2')]);
      await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n, before);
      await nextFrames(page);
      expect(await chosen(page)).toBe(before + 1);
    },
  },
];

/** What every case must end without: a console error it did not cause on purpose, a stray error message, a request off-origin. */
async function problemsAfter(c: Case, watched: Watched, errorsFrom = 0): Promise<string[]> {
  const errors = watched.errors.slice(errorsFrom);
  const problems = errors.filter((e) => !e.startsWith('Failed to load resource') && !(c.expectedErrors?.test(e) ?? false)).map((e) => `console: ${e}`);
  if (c.expectedErrors && !errors.some((e) => c.expectedErrors!.test(e))) problems.push(`no console error matching ${c.expectedErrors}`);
  if (!c.fault && (await watched.page.locator('.fault').count()) > 0) problems.push('the error boundary showed');
  problems.push(...watched.foreignRequests.map((u) => `off-origin request: ${u}`));
  return problems;
}

describe.concurrent('hostile conditions, each on a clean page of its own', () => {
  it.for(CASES.map((c) => [c.name, c] as const))('%s', async ([, c], { expect }) => {
    const watched = await cleanPage(env.browser, env.url, SIZES.laptop);
    try {
      await c.run(watched, expect);
      expect(await problemsAfter(c, watched)).toEqual([]);
    } finally {
      await watched.release();
    }
  });
});

describe('hostile input, in turn on one page', () => {
  let watched: Lent;
  beforeAll(async () => {
    watched = await cleanPage(env.browser, env.url, SIZES.laptop);
    await story(watched.page, '?play=the-request&renderer=none');
  });
  afterAll(() => watched?.release());

  it.for(ON_ONE_PAGE.map((c) => [c.name, c] as const))('%s', async ([, c], { expect }) => {
    const from = watched.errors.length;
    await c.run(watched, expect);
    expect(await problemsAfter(c, watched, from)).toEqual([]);
  });
});
