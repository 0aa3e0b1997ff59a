/**
 * Group sessions in Chromium: a whole session with a projector window and a presenter window (kept in step,
 * also after the presenter is closed and reopened), votes, reveal, the road not taken and the summary
 * downloads; the same with clicker keys alone (and a reload on the way); the projector theme's sizes,
 * line count and contrast at four window sizes; axe-core; blocked pop-ups; corrupt saved state.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, root, screenshot, useBrowser } from './harness.ts';
import { checkTheme } from './projector-theme.ts';

const env = useBrowser();
const axeSource = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

const PROJECTOR_SIZES = {
  '1024x768': { width: 1024, height: 768 },
  '1280x800': { width: 1280, height: 800 },
  '1280x720': { width: 1280, height: 720 },
  '1920x1080': { width: 1920, height: 1080 },
} as const;

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await a.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

const kind = (page: Page) => page.evaluate(() => document.getElementById('group')?.dataset.screen ?? '');
const footer = (page: Page) => page.locator('.gposition').innerText();
const screenText = (page: Page) => page.locator('.gscreen').innerText();

/** Press the presenter's Next and wait until the projector has moved on (the command crosses windows). */
async function presenterNext(presenter: Page, page: Page): Promise<void> {
  const before = await page.evaluate(() => `${document.querySelector('.gposition')?.textContent}|${document.querySelector('.gscreen')?.textContent}`);
  await presenter.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForFunction((b) => `${document.querySelector('.gposition')?.textContent}|${document.querySelector('.gscreen')?.textContent}` !== b, before);
}

/**
 * Press S until a new presenter window opens: until the projector has seen the old one close, S only
 * focuses it. Waits on the window's arrival, never for a fixed time.
 */
async function reopenPresenter(page: Page): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const opened = page.context().waitForEvent('page', { timeout: 2_000 });
    await page.keyboard.press('s');
    try {
      return await opened;
    } catch (error) {
      if (attempt >= 15) throw error;
    }
  }
}

/** Wait until the road not taken has been played out. */
async function roadReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.gscreen')?.textContent?.includes('Working it out'));
}

describe.each(Object.entries({ '1920x1080': PROJECTOR_SIZES['1920x1080'], '1024x768': PROJECTOR_SIZES['1024x768'] }))(
  'a whole group session with a projector window and a presenter window at %s',
  (size, viewport) => {
    it('votes, reveals, the road not taken and the summary, in step across both windows', async () => {
      const { page, context, errors, foreignRequests } = await openPage(env.browser, env.url, viewport, { bypassCSP: true });
      await page.goto(env.url);
      await page.waitForSelector('[data-ready=menu]');
      // The single-player menu has a way into group mode.
      await page.getByRole('button', { name: 'Run a group session on a projector' }).click();
      await page.waitForSelector('[data-ready=group-menu]');
      expect(await axe(page)).toEqual([]);
      expect(await checkTheme(page)).toEqual([]);
      await screenshot(page, 'group-01-menu');

      await page.getByRole('button', { name: /Start “The request”/ }).click();
      await page.waitForSelector('[data-ready=group-passage]');
      expect(await screenText(page)).toMatch(/Sunday evening/);
      await screenshot(page, 'group-02-passage');

      // The presenter view opens in a second window and says hello; the projector answers.
      const popup = context.waitForEvent('page');
      await page.keyboard.press('s');
      const presenter = await popup;
      await presenter.waitForSelector('[data-presenter=connected]');
      const inStep = async () => {
        await presenter.waitForFunction((label) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${label}`, await footer(page), {
          timeout: 5000,
        });
      };
      await inStep();

      const seen = new Set<string>();
      const shot = async (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        expect(await checkTheme(page), name).toEqual([]);
        expect(await axe(page), name).toEqual([]);
        await screenshot(page, name);
      };

      let decision = 0;
      for (let guard = 0; guard < 200; guard++) {
        const k = await kind(page);
        if (k === 'summary') break;
        if (k === 'passage') {
          await shot(`group-02-passage`);
          await presenterNext(presenter, page);
        } else if (k === 'discuss') {
          // The presenter shows the same prompt and the upcoming choices, with notes.
          const prompt = await page.locator('.gprompt').innerText();
          await presenter.waitForFunction((p) => document.querySelector('.pchoice')?.textContent?.includes(p), prompt);
          const count = await page.locator('.goptions li').count();
          expect(await presenter.locator('.poptions > li').count()).toBe(count);
          if (decision === 0) {
            await presenter.getByRole('button', { name: 'Start' }).click();
            await page.waitForFunction(() => /Timer \d:\d\d left/.test(document.querySelector('.gtimer')?.textContent ?? ''));
          }
          await shot('group-03-discuss');
          // Votes typed in the presenter window: a clear majority for one option, varied by decision.
          const pick = (decision + 1) % count;
          for (let i = 0; i < count; i++) {
            await presenter.getByLabel(`Hands for option ${i + 1}`).fill(String(i === pick ? 9 : i));
            await presenter.getByLabel(`Hands for option ${i + 1}`).press('Tab');
          }
          await page.waitForSelector('[data-ready=group-vote]');
          await page.waitForFunction((p) => document.querySelectorAll('.gcount')[p]?.textContent?.startsWith('9 hands'), pick);
          await shot('group-04-vote');
          if (decision === 0) await screenshot(presenter, 'group-04-presenter-at-vote');
          await presenterNext(presenter, page);
          await page.waitForSelector('[data-ready=group-decide]');
          expect(await screenText(page)).toContain('Chosen by most hands');
          await shot('group-05-decide');
          await inStep();
          await presenter.getByRole('button', { name: 'Reveal' }).click();
          await page.waitForSelector('[data-ready=group-reveal]');
          await shot('group-06-reveal');
          decision++;
          if (decision === 2) {
            // Close the presenter window and open it again: it comes back in step.
            await presenter.close();
            const reopened = await reopenPresenter(page);
            await reopened.waitForSelector('[data-presenter=connected]');
            await reopened.waitForFunction((label) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${label}`, await footer(page));
            return finish(reopened);
          }
        } else if (k === 'road') {
          await roadReady(page);
          expect(await screenText(page)).toMatch(/If the room had chosen:/);
          await shot('group-07-road');
          await presenterNext(presenter, page);
        } else {
          await presenterNext(presenter, page);
        }
      }
      throw new Error('the session did not finish');

      async function finish(presenterNow: Page): Promise<void> {
        await inStepWith(presenterNow);
        // The rest of the session from the projector window's keys, votes by number keys.
        for (let guard = 0; guard < 200; guard++) {
          const k = await kind(page);
          if (k === 'summary') break;
          if (k === 'discuss') {
            await page.keyboard.press('1');
            await page.keyboard.press('1');
            await page.keyboard.press('2');
            await page.waitForSelector('[data-ready=group-vote]');
            await page.keyboard.press('PageDown'); // decide
            await page.keyboard.press('r'); // reveal
            await page.waitForSelector('[data-ready=group-reveal]');
            await inStepWith(presenterNow);
          } else if (k === 'road') {
            await roadReady(page);
            await page.keyboard.press('PageDown');
          } else if (k === 'end') {
            await shot('group-08-end');
            await page.keyboard.press('PageDown');
          } else await page.keyboard.press('PageDown');
        }
        expect(await kind(page)).toBe('summary');
        await shot('group-09-summary');
        await inStepWith(presenterNow);
        expect(await presenterNow.locator('.psummary').innerText()).toMatch(/Download Markdown/);
        expect(await axe(presenterNow)).toEqual([]);
        await screenshot(presenterNow, 'group-10-presenter');

        // Downloads, made in the page: Markdown and JSON.
        const md = presenterNow.waitForEvent('download');
        await presenterNow.getByRole('button', { name: 'Download Markdown' }).click();
        const mdText = readFileSync((await (await md).path())!, 'utf8');
        expect(mdText).toMatch(/^# Group session summary: The request/);
        expect(mdText).toMatch(/### Decision 1[\s\S]*9 votes \(taken\)/);
        expect(mdText).toMatch(/## Standards tally/);
        expect(mdText).toMatch(/Why it matters: /);
        const json = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Download JSON' }).click();
        const data = JSON.parse(readFileSync((await (await json).path())!, 'utf8'));
        expect(data.format).toBe('public-profile-group-summary');
        expect(data.finished).toBe(true);
        expect(data.decisions.length).toBeGreaterThanOrEqual(4);
        expect(
          data.decisions[0].options.some((o: { votes: number; taken: boolean }) => o.votes === 9 && o.taken),
          JSON.stringify(data.decisions[0]),
        ).toBe(true);
        expect(data.ending).toBeTruthy();

        // Print: only the summary, in full.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.gprint-only').isVisible()).toBe(true);
        expect(await page.locator('.gfoot').isVisible()).toBe(false);
        await page.emulateMedia({ media: 'screen' });

        expect(errors).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await context.close();
        void size;
      }

      async function inStepWith(p: Page): Promise<void> {
        await p.waitForFunction((label) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${label}`, await footer(page), {
          timeout: 5000,
        });
      }
    });
  },
);

describe('a clicker alone drives a whole session', () => {
  it('Page Down, Page Up, B and the start key (F5), with a reload on the way', async () => {
    const viewport = PROJECTOR_SIZES['1280x720'];
    const { page, context, errors, foreignRequests } = await openPage(env.browser, env.url, viewport);
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    const press = (key: string) => page.keyboard.press(key);

    // Blackout and back.
    await press('b');
    expect(await page.locator('.gblackout').isVisible()).toBe(true);
    await screenshot(page, 'group-clicker-blackout');
    await press('b');
    expect(await page.locator('.gblackout').isVisible()).toBe(false);

    let decisions = 0;
    let reloaded = false;
    for (let guard = 0; guard < 300; guard++) {
      const k = await kind(page);
      if (k === 'summary') break;
      if (k === 'decide' && (await page.locator('.gdecision').count()) === 0) {
        // No hands counted: Page Down moves the highlight, the start key takes it, Page Down reveals.
        await press('PageDown');
        expect(await page.locator('.gpointed').count()).toBe(1);
        await press('PageDown');
        await press('F5');
        expect(await screenText(page)).toMatch(/Chosen by the facilitator's choice/);
        await press('PageDown');
        await page.waitForSelector('[data-ready=group-reveal]');
        decisions++;
        // Back goes to the decision, which stays made; forward again.
        await press('PageUp');
        expect(await kind(page)).toBe('decide');
        expect(await screenText(page)).toMatch(/Chosen by/);
        await press('PageDown');
        expect(await kind(page)).toBe('reveal');
        if (decisions === 2 && !reloaded) {
          reloaded = true;
          const before = await footer(page);
          const text = await screenText(page);
          await page.reload();
          await page.waitForSelector('[data-ready=group-reveal]');
          expect(await footer(page)).toBe(before);
          expect(await screenText(page)).toBe(text);
          expect(await page.locator('.gnotices').innerText()).toMatch(/Resumed the group session/);
        }
        continue;
      }
      if (k === 'road') await roadReady(page);
      await press('PageDown');
    }
    expect(await kind(page)).toBe('summary');
    expect(decisions).toBeGreaterThanOrEqual(4);
    expect(reloaded).toBe(true);
    expect(await page.locator('.gscreen > .gtally-wrap .gtally').innerText()).toMatch(/Standard \d+/);
    await screenshot(page, 'group-clicker-summary');
    expect(await page.evaluate(() => document.documentElement.dataset.wakeLock)).toMatch(/^(on|refused|unsupported)$/);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('the projector theme at every size', () => {
  const cases: { name: string; viewport: { width: number; height: number }; route: 'third' | 'last' }[] = [
    ...Object.entries(PROJECTOR_SIZES).map(([name, viewport]) => ({ name, viewport, route: 'third' as const })),
    { name: '1024x768', viewport: PROJECTOR_SIZES['1024x768'], route: 'last' },
    { name: '1280x720', viewport: PROJECTOR_SIZES['1280x720'], route: 'last' },
  ];
  it.each(cases)('text sizes, lines and contrast at $name (the room takes the $route option)', async ({ viewport, route }) => {
    const { page, context } = await openPage(env.browser, env.url, viewport);
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    const sizes = await page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.querySelector('.gscreen p')!).fontSize),
      heading: parseFloat(getComputedStyle(document.querySelector('.gscreen h1')!).fontSize),
      vh: window.innerHeight,
    }));
    expect(sizes.body).toBeGreaterThanOrEqual(0.04 * sizes.vh);
    expect(sizes.heading).toBeGreaterThanOrEqual(0.06 * sizes.vh);
    // Every screen of a whole session, with votes for the screens that show them.
    let screens = 0;
    for (let guard = 0; guard < 300; guard++) {
      const k = await kind(page);
      if (k === 'road') await roadReady(page);
      const label = await footer(page);
      expect(await checkTheme(page), `${label} at ${viewport.width}x${viewport.height}`).toEqual([]);
      screens++;
      if (k === 'summary') break;
      if (k === 'discuss') {
        const count = await page.locator('.goptions li').count();
        const pick = route === 'last' ? count : Math.min(3, count);
        await page.keyboard.press(String(pick));
        await page.keyboard.press(String(pick));
        await page.keyboard.press('1');
        continue;
      }
      await page.keyboard.press('PageDown');
    }
    expect(await kind(page)).toBe('summary');
    expect(screens).toBeGreaterThan(30);
    await context.close();
  });
});

describe('a window wider than 16:9', () => {
  it('pillarboxes the projector frame in the middle', async () => {
    const { page, context } = await openPage(env.browser, env.url, { width: 2560, height: 1080 });
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    const box = await page.locator('.gmain').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(1080 * (16 / 9) + 1);
    expect(Math.abs(box!.x - (2560 - box!.width) / 2)).toBeLessThan(2);
    expect(await checkTheme(page)).toEqual([]);
    await context.close();
  });
});

describe('the presenter window reconnects', () => {
  it('after the projector window reloads, and an old presenter window is refused', async () => {
    const { page, context, errors } = await openPage(env.browser, env.url, PROJECTOR_SIZES['1280x720']);
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const presenter = await popup;
    await presenter.waitForSelector('[data-presenter=connected]');
    const first = await footer(page);
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((l) => document.querySelector('.gposition')?.textContent !== l, first);
    const label = await footer(page);
    // The projector reloads: the presenter notices the silence, then its pings reach the resumed session.
    await page.reload();
    await page.waitForSelector('[data-ready^=group-passage]');
    expect(await footer(page)).toBe(label);
    await presenter.waitForFunction((l) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${l}`, label);
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((l) => document.querySelector('.gposition')?.textContent !== l, label);
    await presenter.waitForFunction((l) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${l}`, await footer(page));
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBe('connected');
    // A presenter window for another session (say, left open from yesterday) is told so and changes nothing.
    const stale = context.waitForEvent('page');
    await page.evaluate(() => window.open('?mode=group&view=presenter&session=yesterday-0000', 'stale'));
    const old = await stale;
    await old.waitForFunction(() => document.querySelector('.pconn')?.textContent?.includes('refused'));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('when things go wrong', () => {
  it('blocked pop-ups: the presenter controls appear on screen; single-key shortcuts can be turned off', async () => {
    const { page, context, errors } = await openPage(env.browser, env.url, PROJECTOR_SIZES['1280x800'], { bypassCSP: true });
    await context.addInitScript(() => {
      window.open = () => null;
    });
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    await page.keyboard.press('s');
    await page.waitForSelector('.gpanel:not([hidden])');
    expect(await page.locator('.gnotices').innerText()).toMatch(/Pop-ups are blocked/);
    while ((await kind(page)) !== 'discuss') await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByLabel('Hands for option 3').fill('4');
    await page.getByLabel('Hands for option 3').press('Tab');
    await page.waitForSelector('[data-ready=group-vote]');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'group-onscreen-panel');
    // Single-key shortcuts off: 1 no longer counts a hand; Page Down still works.
    await page.getByLabel('Single-key shortcuts (letters and numbers)').uncheck();
    await page.locator('.gmain').focus();
    await page.keyboard.press('1');
    expect(await page.locator('.gcount').first().innerText()).toMatch(/^0 hands/);
    await page.keyboard.press('PageDown');
    await page.waitForSelector('[data-ready=group-decide]');
    // The help dialog opens with the Controls panel's keys list too (and ? is off now, so use the panel).
    expect(errors).toEqual([]);
    await context.close();
  });

  it('corrupt saved state: a clear message and a fresh start', async () => {
    const { page, context, errors } = await openPage(env.browser, env.url, PROJECTOR_SIZES['1280x800'], { bypassCSP: true });
    await page.goto(`${env.url}?mode=group`);
    await page.waitForSelector('[data-ready=group-menu]');
    await page.evaluate(() => localStorage.setItem('public-profile:group', '{"version":1,"scenario":"the-request","decisions":[{"taken":-3}]}'));
    await page.reload();
    await page.waitForSelector('[data-ready=group-menu]');
    expect(await page.locator('.gnotices').innerText()).toMatch(/The saved group session could not be read \(.+\), so a fresh group session starts/);
    expect(await page.evaluate(() => localStorage.getItem('public-profile:group'))).toBeNull();
    await page.keyboard.press('?');
    expect(await page.getByRole('dialog', { name: 'Keys for the facilitator' }).isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'group-help');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  });
});
