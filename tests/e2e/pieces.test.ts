/**
 * The phone's pieces, end to end on a production build of the fixture story that uses every one
 * (tests/fixtures/pieces/phone-pieces.ink): each appears in response to its tag, works by keyboard, and
 * what the player does in it reaches the story. Screenshots of each at both sizes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildStories, openPage, screenshot, SIZES, useBrowser } from './harness.ts';

const OUT = 'tests/output/dist-pieces';
const env = useBrowser({ outDir: OUT, before: () => buildStories('tests/fixtures/pieces', OUT) });

async function choose(page: Page, key: string): Promise<void> {
  const before = await page.locator('.chosen').count();
  await page.keyboard.press(key);
  await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n, before);
}

const lastPassage = (page: Page) => page.locator('.passage').last().innerText();

describe('the phone pieces', () => {
  for (const [label, size] of Object.entries(SIZES)) {
    it(`each piece appears, works by keyboard and reaches the story (${label})`, async () => {
      const { page, errors, foreignRequests, context } = await openPage(env.browser, env.url, size);
      await page.goto(`${env.url}?play=phone-pieces`);
      await page.waitForSelector('[data-ready=story]');
      await page.waitForFunction(() => document.querySelector('#stage canvas') !== null);
      await screenshot(page, 'pieces-request');
      await choose(page, '1'); // delete request
      await screenshot(page, `pieces-message`);
      await choose(page, '1'); // reply
      await screenshot(page, `pieces-feed`);
      // Profile and picture chooser
      await expect(page.locator('.piece').count()).resolves.toBe(1);
      await page.locator('input[name=profile_picture][value=headshot]').focus();
      await page.keyboard.press('Space');
      await screenshot(page, `pieces-pictures`);
      await page.locator('button.choice').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('.chosen').length >= 3);
      expect(await lastPassage(page)).toContain('Picture now: headshot');
      // Settings
      await page.locator('input[name=hearth_future_posts][value=friends]').check();
      await page.locator('input[name=hearth_search_engines]').focus();
      await page.keyboard.press('Space');
      await screenshot(page, `pieces-settings`);
      await choose(page, '1');
      expect(await lastPassage(page)).toContain('Hearth future posts: friends. Search engines: false.');
      await page.locator('input[name=shout_protected]').check();
      await choose(page, '1');
      expect(await lastPassage(page)).toContain('Shout protected: true.');
      await screenshot(page, `pieces-search`);
      const log = await page.locator('.log').innerText();
      expect(log).toContain('Web search for “Alex Morgan”');
      expect(log).toContain('These posts are protected');
      await choose(page, '1');
      await screenshot(page, `pieces-hate-page`);
      await choose(page, '1');
      // Composer
      await page.locator('button.draft').first().click();
      await page.locator('input[name=post_check_in][value="Wrenford Family Court"]').check();
      await page.waitForFunction(() => document.querySelectorAll('.flag').length > 0);
      await screenshot(page, `pieces-composer`);
      await choose(page, '1');
      expect(await lastPassage(page)).toMatch(/Posted to public with \d+ flags\. Serious: true\. Identifies: true\./);
      await screenshot(page, `pieces-published`);
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }
});
