/** Save and resume, bad saves, blocked storage, no WebGL, and accessibility scans. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, cleanPage, playToDebrief, screenName, screenshot, SIZES, skipRegionQuestion, useBrowser } from './harness.ts';
import { resumeToDebrief, seededPlay, seedNow } from './seed.ts';

const env = useBrowser();

async function takeChoices(page: Page, indices: number[]): Promise<void> {
  for (const [n, i] of indices.entries()) {
    await page.waitForSelector('button.choice');
    await page.keyboard.press(String(i + 1));
    await page.waitForFunction((count) => document.querySelectorAll('.chosen').length >= count, n + 1);
  }
}

describe('save and resume', () => {
  it('reloading mid-scenario offers to continue, and continues where the player was', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    await page.goto(env.url + '?play=the-request');
    await page.waitForSelector('[data-ready=story]');
    await takeChoices(page, [2, 0]);
    const chosenBefore = await page.locator('.chosen').allInnerTexts();
    const choicesBefore = await page.locator('button.choice').allInnerTexts();

    await page.goto(env.url); // reload, without the deep link
    await page.waitForSelector('[data-ready=menu]');
    await expect.poll(() => page.locator('.resume').innerText()).toMatch(/2 decisions made/);
    await screenshot(page, 'resume-offer');
    await page.getByRole('button', { name: 'Continue', exact: true }).press('Enter');
    await page.waitForSelector('[data-ready=story]');
    expect(await page.locator('.chosen').allInnerTexts()).toEqual(chosenBefore);
    expect(await page.locator('button.choice').allInnerTexts()).toEqual(choicesBefore);
    await expect.poll(() => page.locator('.resumed').count()).toBe(1);
    // And play goes on from there to the end.
    await playToDebrief(page, () => 0).catch(() => undefined);
    await page.waitForSelector('[data-ready=debrief]');
    expect(errors).toEqual([]);
    await release();
  });

  // Corrupt, foreign, hostile and blocked saves are cases of tests/e2e/hostile-saves.test.ts; this one is not.
  it.each([
    [
      'for a story that has changed',
      JSON.stringify({ version: 1, scenario: 'the-request', fingerprint: '0000000000000000', choices: [0, 1], savedAt: '2026-01-01T00:00:00Z' }),
      /updated since you saved/,
    ],
  ])('a save that is %s gets a clear message and a fresh start', async (_kind, raw, message) => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    await page.addInitScript((value) => {
      localStorage.setItem('public-profile:save:the-request', value);
      localStorage.setItem('public-profile:active', 'the-request');
    }, raw);
    // The save's message and the fresh start are the subject, not the drawn phone: text only, to spare the CPU.
    await page.goto(env.url + '?renderer=none');
    await page.waitForSelector('[data-ready=menu]');
    await expect
      .poll(() =>
        page
          .locator('.notice')
          .allInnerTexts()
          .then((t) => t.join(' ')),
      )
      .toMatch(message);
    expect(await page.locator('.resume').count()).toBe(0);
    await page.getByRole('button', { name: 'Play “The request”' }).press('Enter');
    await skipRegionQuestion(page);
    await page.waitForSelector('[data-ready=story]');
    expect(await page.locator('.chosen').count()).toBe(0);
    expect(errors).toEqual([]);
    await release();
  });
});

describe('no graphics, no problem', () => {
  // No WebGL at all (the Canvas renderer draws the phone) is a case of tests/e2e/hostile-faults.test.ts.
  it('?renderer=none plays in the text panel alone', async () => {
    const { page, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, SIZES.laptop);
    await page.goto(env.url + '?play=the-request&renderer=none');
    await page.waitForSelector('[data-ready=story]');
    expect(await page.evaluate(() => document.documentElement.classList.contains('text-only'))).toBe(true);
    expect(await page.locator('canvas').count()).toBe(0);
    await playToDebrief(page, () => 1);
    expect(await screenName(page)).toBe('debrief');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await release();
  });
});

describe('accessibility (axe-core, WCAG 2.2 A and AA rules)', () => {
  const scan = axeViolations;

  it.each(Object.entries(SIZES))('menu, play and debrief have no violations at %s size', async (_name, viewport) => {
    const { page, release } = await cleanPage(env.browser, env.url, viewport, { bypassCSP: true });
    await page.goto(env.url);
    await page.waitForSelector('[data-ready=menu]');
    expect(await scan(page)).toEqual([]);
    await page.getByRole('button', { name: 'Play “The request”' }).press('Enter');
    await skipRegionQuestion(page);
    await page.waitForSelector('[data-ready=story]');
    await takeChoices(page, [0]);
    expect(await scan(page)).toEqual([]);
    // The debrief, reached from a save one choice from the end (the path is not under test here).
    const play = seededPlay('the-request', () => 0);
    await seedNow(page, play);
    await resumeToDebrief(page, env.url, play);
    expect(await scan(page)).toEqual([]);
    await release();
  });
});

describe('reflow (WCAG 1.4.10): a 320 px wide window, like 400% zoom on a laptop', () => {
  it('the story view shows the text alone, with no sideways scrolling, and still plays', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, { width: 320, height: 640 });
    await page.goto(env.url + '?play=the-request');
    await page.waitForSelector('[data-ready=story]');
    // A small screen opens on the drawn phone; the story is one button away (src/ui/view-switch.ts).
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    const widths = await page.evaluate(() => ({
      page: document.scrollingElement!.scrollWidth,
      panel: document.getElementById('panel-wrap')!.scrollWidth,
      stageShown: getComputedStyle(document.getElementById('stage')!).display !== 'none',
    }));
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.panel).toBeLessThanOrEqual(320);
    expect(widths.stageShown).toBe(false);
    await takeChoices(page, [0]);
    await screenshot(page, 'reflow');
    expect(errors).toEqual([]);
    await release();
  });
});

describe('privacy', () => {
  it('the built page carries a Content-Security-Policy that allows only its own origin', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    // The policy is the page's, drawn phone or not (the phone's own console errors are watched by every test that draws it).
    await page.goto(env.url + '?renderer=none');
    await page.waitForSelector('[data-ready=menu]');
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/connect-src 'self'/);
    // The browser itself refuses a request to another origin.
    const blocked = await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(blocked).toBe('refused');
    // And no string becomes markup: Trusted Types are required, so an injected innerHTML throws.
    const markup = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
        return 'parsed';
      } catch {
        return 'refused';
      }
    });
    expect(markup).toBe('refused');
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    await release();
  });
});
