/** "The request" played from the menu to the debrief with the keyboard alone, at projector and laptop sizes. */
import { describe, expect, it } from 'vitest';
import { cleanPage, playToDebrief, screenName, screenshot, SIZES, skipRegionQuestion, useBrowser, tabTo } from './harness.ts';
import { resumeToDebrief, seededPlay, seedSave } from './seed.ts';

const env = useBrowser();

describe.each(Object.entries(SIZES))('keyboard-only play at %s size', (sizeName, viewport) => {
  it('plays "The request" from the menu to the debrief', async () => {
    const { page, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, viewport);
    await page.goto(env.url);
    await page.waitForSelector('[data-ready=menu]');
    await page.waitForFunction(() => document.documentElement.dataset.graphics !== undefined, undefined, { timeout: 15_000 });
    await screenshot(page, 'menu');

    await tabTo(page, /Play “The request”/);
    await page.keyboard.press('Enter');
    await skipRegionQuestion(page);
    await page.waitForSelector('[data-ready=story]');
    expect(await page.locator('.log').innerText()).toMatch(/Shona/);
    await screenshot(page, 'play-start');

    // First choice point: Tab to the second option and take it with Enter, as a keyboard user would.
    const firstChoices = await page.locator('button.choice').allInnerTexts();
    await page.keyboard.press('Enter'); // from the passage, Enter moves to the choices
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain(
      firstChoices[1]!
        .replace(/^\d\s*/, '')
        .trim()
        .slice(0, 20),
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 1);
    // Focus moves to the new passage, so it is read from the top; Tab then reaches the choices.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('passage'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      firstChoices[1]!
        .replace(/^\d\s*/, '')
        .trim()
        .slice(0, 20),
    );
    // The phone shows the request in the text panel too (no information only in the graphics).
    expect(await page.locator('.phone-event').count()).toBeGreaterThan(0);

    // Then number keys, varying the option taken.
    await playToDebrief(page, (step, count) => (step + 1) % count, 40, { stopAtEnd: true }).catch(async (e) => {
      await screenshot(page, 'play-stuck');
      throw e;
    });
    // The last passage stays on screen until the player moves on.
    expect(await screenName(page)).toBe('play');
    expect(await page.locator('.log .feedback').count()).toBeGreaterThan(0);
    await screenshot(page, 'play-end');
    // Only the text panel scrolls: the page itself (and so the phone) stays put.
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(viewport.height);
    await page.keyboard.press('1');
    await page.waitForSelector('[data-ready=debrief]');
    expect(await screenName(page)).toBe('debrief');
    const debrief = await page.locator('#panel').innerText();
    expect(debrief).toMatch(/Debrief: The request/);
    expect(debrief).toMatch(/HCPC (1|3|13) · /);
    expect(debrief).toMatch(/Outcome \d of 5/);
    expect(debrief).toMatch(/You chose:/);
    await screenshot(page, 'debrief');

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await release();
  });
});

describe('the debrief follows the choices', () => {
  it('different routes reach different outcomes on the ladder', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url + '?play=the-request', SIZES.projector);
    // Always the last option: resumed from a save one choice from the end, replayed in the page.
    const last = seededPlay('the-request', (_step, count) => count - 1);
    await seedSave(page, last);
    // The outcomes are the subject, not the drawn phone: text only, to spare the CPU (the runs above draw it).
    await resumeToDebrief(page, env.url, last, '&renderer=none');
    const lastRoute = await page.locator('.ending-level').innerText();
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Play again' }).press('Enter');
    await page.waitForSelector('[data-ready=story]');
    await playToDebrief(page, () => 0); // always the first option, played key by key
    const firstRoute = await page.locator('.ending-level').innerText();
    expect(firstRoute).not.toEqual(lastRoute);
    expect(errors).toEqual([]);
    await release();
  });
});
