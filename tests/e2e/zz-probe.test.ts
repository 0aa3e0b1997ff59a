import { it } from 'vitest';
import { openPage, screenshot, SIZES, useBrowser } from './harness.ts';
const env = useBrowser();
it('probe', async () => {
  const { page, context } = await openPage(env.browser, env.url, SIZES.projector);
  await page.goto(`${env.url}?play=the-request`);
  await page.waitForSelector('[data-ready=story]');
  for (const k of ['4', '1']) { const n = await page.locator('.chosen').count(); await page.keyboard.press(k); await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n, n); }
  await screenshot(page, 'probe-search');
  { const n = await page.locator('.chosen').count(); await page.keyboard.press('1'); await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n, n); }
  await screenshot(page, 'probe-checkup');
  await page.locator('input[name=profile_picture][value=landscape]').check();
  await page.locator('input[name=hearth_search_engines]').uncheck();
  await page.locator('input[name=hearth_friend_requests][value=friends-of-friends]').check();
  { const n = await page.locator('.chosen').count(); await page.keyboard.press('1'); await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n, n); }
  await screenshot(page, 'probe-after');
  await context.close();
});
