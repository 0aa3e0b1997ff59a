/** What the group-mode end-to-end tests share: projector sizes, reading the screen, the presenter's Next. */
import type { Page } from 'playwright-core';
import { axeViolations } from './harness.ts';

export const PROJECTOR_SIZES = {
  '1024x768': { width: 1024, height: 768 },
  '1280x800': { width: 1280, height: 800 },
  '1280x720': { width: 1280, height: 720 },
  '1920x1080': { width: 1920, height: 1080 },
} as const;

/** axe-core's WCAG 2.2 A and AA violations on the page (the harness's one runner). */
export const axe = axeViolations;

export const kind = (page: Page) => page.evaluate(() => document.getElementById('group')?.dataset.screen ?? '');
export const footer = (page: Page) => page.locator('.gposition').innerText();
export const screenText = (page: Page) => page.locator('.gscreen').innerText();

/** Press the presenter's Next and wait until the projector has moved on (the command crosses windows). */
export async function presenterNext(presenter: Page, page: Page): Promise<void> {
  const before = await page.evaluate(() => `${document.querySelector('.gposition')?.textContent}|${document.querySelector('.gscreen')?.textContent}`);
  await presenter.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForFunction((b) => `${document.querySelector('.gposition')?.textContent}|${document.querySelector('.gscreen')?.textContent}` !== b, before);
}

/**
 * Press S until a new presenter window opens: until the projector has seen the old one close, S only
 * focuses it. Waits on the window's arrival, never for a fixed time.
 */
export async function reopenPresenter(page: Page): Promise<Page> {
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
export async function roadReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.gscreen')?.textContent?.includes('Working it out'));
}
