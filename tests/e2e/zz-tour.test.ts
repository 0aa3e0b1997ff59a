import { it } from 'vitest';
import { openPage, screenName, screenshot, SIZES, useBrowser } from './harness.ts';
const env = useBrowser();
it.each(['lock-it-down', 'think-before-you-post', 'the-page', 'connected-practice'])('tour %s', async (id) => {
  const { page, context } = await openPage(env.browser, env.url, SIZES.projector);
  await page.goto(`${env.url}?play=${id}`);
  await page.waitForSelector('[data-ready=story], [data-ready=intro]');
  if ((await screenName(page)) === 'intro') { await screenshot(page, `tour-${id}-intro`); await page.getByRole('button', { name: 'Begin' }).click(); }
  await page.waitForSelector('[data-ready=story]');
  await page.waitForFunction(() => document.documentElement.dataset.graphics !== undefined, undefined, { timeout: 15_000 });
  for (let step = 0; step < 30; step++) {
    if ((await screenName(page)) === 'debrief') break;
    await page.waitForTimeout(700);
    await screenshot(page, `tour-${id}-${String(step).padStart(2, '0')}`);
    if ((await page.locator('button.to-debrief').count()) > 0) { await page.keyboard.press('1'); await page.waitForSelector('[data-ready=debrief]'); break; }
    const count = await page.locator('button.choice').count();
    await page.keyboard.press(String(((step * 2) % count) + 1));
    await page.waitForFunction(({ before }) => document.querySelector('button.to-debrief') !== null || document.querySelectorAll('.chosen').length > before, { before: step });
  }
  await context.close();
}, 120_000);
