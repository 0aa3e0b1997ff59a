/**
 * The drawn phone on the projector: in group mode the same Phaser phone as solo play sits in a left column
 * beside the text on the story's screens, follows the session (a friend request, the privacy settings as the
 * facilitator sets them), is hidden for the road not taken, sleeps when nothing moves, and leaves the
 * projector theme's sizes and contrast intact. With `?renderer=none` the text plays alone, full width; the
 * presenter window never has a canvas.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cleanPage, screenshot, SIZES, useBrowser } from './harness.ts';
import { checkTheme } from './projector-theme.ts';

const env = useBrowser();

const kind = (page: Page) => page.evaluate(() => document.getElementById('group')?.dataset.screen ?? '');

/** What the room reads about the phone beside it: the story's words on the projector and the note on its forms. */
const projectorText = (page: Page) => page.locator('.gmain').innerText();

/** Page Down until the projector shows one of these screens. */
async function pageDownUntil(page: Page, kinds: string[]): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const k = await kind(page);
    if (kinds.includes(k)) return;
    if (k === 'road') await page.waitForFunction(() => !document.querySelector('.gscreen')?.textContent?.includes('Working it out'));
    await page.keyboard.press('PageDown');
  }
  throw new Error(`the projector never showed ${kinds.join(' or ')}`);
}

/** At the next discussion: one hand for option 1, reveal it. */
async function decide(page: Page): Promise<void> {
  await pageDownUntil(page, ['choice']);
  await page.keyboard.press('1');
  await page.keyboard.press('r');
  await page.waitForSelector('[data-ready=group-reveal]');
}

/** Wait until the phone's canvas has been drawn and the render gate has let the loop sleep. */
async function phoneDrawn(page: Page): Promise<void> {
  await page.waitForSelector('.gstage canvas');
  await page.waitForFunction(() => document.documentElement.dataset.graphics === 'canvas' && document.documentElement.dataset.render === 'idle', undefined, {
    timeout: 15_000,
  });
}

/** What is drawn in the canvas: how much of it is not the backdrop, how many colours, and a digest. */
function canvasPixels(page: Page): Promise<{ drawn: number; colours: number; digest: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.gstage canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    let drawn = 0;
    let digest = 0;
    let samples = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      samples++;
      colours.add((r >> 3) * 1024 + (g >> 3) * 32 + (b >> 3));
      // The backdrop is a dark blue-grey gradient (#1d2733 to #2b3a4a): anything else is the phone.
      const backdrop = r >= 0x1a && r <= 0x2e && g >= 0x24 && g <= 0x3d && b >= 0x30 && b <= 0x4d && b > r;
      if (!backdrop) drawn++;
      digest = (digest * 31 + r * 7 + g * 3 + b) % 1_000_000_007;
    }
    return { drawn: drawn / samples, colours: colours.size, digest };
  });
}

/** The phone's column and the text column, side by side inside the projector frame. */
function layout(page: Page) {
  return page.evaluate(() => {
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: page.evaluate sends this function alone
    const box = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el || getComputedStyle(el).display === 'none') return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width, height: r.height };
    };
    const main = document.querySelector('.gmain')!;
    const style = getComputedStyle(main);
    return {
      main: box('.gmain')!,
      mainContent: main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      stage: box('.gstage'),
      canvas: box('.gstage canvas'),
      text: box('.gscreen')!,
      bodyFont: parseFloat(getComputedStyle(document.querySelector('.gscreen p, .gscreen li') ?? document.querySelector('.gscreen')!).fontSize),
      vh: window.innerHeight,
    };
  });
}

async function phoneBesideText(page: Page, name: string): Promise<void> {
  await phoneDrawn(page);
  const l = await layout(page);
  const pixels = await canvasPixels(page);
  const problems: string[] = [];
  if (!l.stage || !l.canvas) problems.push('no phone column or no canvas');
  else {
    // The phone takes a left column of about a third of the frame (a little less at 4:3); the text is to its right.
    const share = l.stage.width / l.main.width;
    if (share < 0.25 || share > 0.4) problems.push(`the phone's column is ${(share * 100).toFixed(0)}% of the frame`);
    if (l.canvas.right > l.text.left + 1) problems.push('the canvas runs under the text');
    if (l.canvas.height < 0.6 * l.vh) problems.push(`the canvas is only ${l.canvas.height}px tall`);
  }
  if (l.bodyFont < 0.04 * l.vh) problems.push(`body text ${l.bodyFont}px is under 4% of the window's height`);
  // The phone is 540×1000 of the 600×1080 canvas (83%): drawn, not blank.
  if (pixels.drawn < 0.6 || pixels.colours < 20) problems.push(`the canvas looks blank (${(pixels.drawn * 100).toFixed(0)}% drawn, ${pixels.colours} colours)`);
  problems.push(...(await checkTheme(page)));
  expect(problems.map((p) => `${name}: ${p}`)).toEqual([]);
}

describe.each(Object.entries({ '1024x768': SIZES.laptop, '1920x1080': SIZES.projector }))('the phone on the projector at %s', (_size, viewport) => {
  it('the friend request, the privacy settings as the facilitator sets them, hidden for the road not taken', async () => {
    const { page, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, viewport);
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    // The first text is on the page first; the phone's column is already there for the canvas to fill.
    expect(await page.locator('.gscreen h1').innerText()).toBe('The request');
    expect(await page.locator('.gstage').isVisible()).toBe(true);

    // The friend request: on the phone at the first choice point.
    await pageDownUntil(page, ['choice']);
    expect(await projectorText(page)).toMatch(/What might Shona be hoping for\?[\s\S]*\bAccept\b/);
    await phoneBesideText(page, 'the friend request');
    await screenshot(page, 'group-phone-request');

    // This reveal is long: beside the phone it would take more pages than at the full width, so the phone gives
    // way (text first); the road not taken is another story's phone, so its text always takes the width.
    await page.keyboard.press('1');
    await page.keyboard.press('r');
    await page.waitForSelector('[data-ready=group-reveal]');
    const reveal = await layout(page);
    expect(reveal.stage).toBeNull();
    expect(reveal.text.width).toBeGreaterThan(0.85 * reveal.mainContent);
    expect(await checkTheme(page)).toEqual([]);
    await screenshot(page, 'group-phone-reveal');
    await pageDownUntil(page, ['road']);
    await page.waitForFunction(() => !document.querySelector('.gscreen')?.textContent?.includes('Working it out'));
    const road = await layout(page);
    expect(road.stage).toBeNull();
    expect(road.text.width).toBeGreaterThan(0.85 * road.mainContent);
    expect(road.text.left - road.main.left).toBeLessThan(0.1 * road.main.width);
    expect(await checkTheme(page)).toEqual([]);
    await screenshot(page, 'group-phone-road');

    // Two more decisions, then the privacy settings are open on the phone.
    await decide(page);
    await decide(page);
    await pageDownUntil(page, ['choice']);
    expect(await page.locator('.gforms-note').innerText()).toMatch(/Hearth privacy settings/);
    await phoneBesideText(page, 'the privacy settings');
    const before = await canvasPixels(page);
    await screenshot(page, 'group-phone-settings');

    // The facilitator switches a setting in the on-screen controls (P): the drawn phone follows.
    await page.keyboard.press('p');
    const setting = page.locator('.gpanel .pforms input[name=hearth_search_engines]');
    await setting.uncheck();
    expect(await setting.isChecked()).toBe(false);
    await expect.poll(async () => (await canvasPixels(page)).digest, { timeout: 10_000 }).not.toBe(before.digest);
    await phoneDrawn(page);
    await screenshot(page, 'group-phone-settings-set');

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await release();
  });
});

describe('the phone starts while the menu is up', () => {
  it('Phaser loads on the menu (no column yet); the column and the canvas appear with the story', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    await page.goto(`${env.url}?mode=group`);
    await page.waitForSelector('[data-ready=group-menu]');
    // The menu takes the full width; the phone's chunk arrives meanwhile and draws into the hidden column.
    await page.waitForFunction(() => document.documentElement.dataset.graphics === 'canvas');
    expect(await page.locator('.gstage').isVisible()).toBe(false);
    const menu = await layout(page);
    expect(menu.text.width).toBeGreaterThan(0.85 * menu.mainContent);
    await page.getByRole('button', { name: /Start “The request”/ }).click();
    await page.waitForSelector('[data-ready=group-passage]');
    await pageDownUntil(page, ['choice']);
    await phoneBesideText(page, 'started from the menu');
    await screenshot(page, 'group-phone-from-menu');
    expect(errors).toEqual([]);
    await release();
  });
});

describe('the projector without graphics, and the presenter window', () => {
  it.each(Object.entries({ '1024x768': SIZES.laptop, '1920x1080': SIZES.projector }))(
    '?renderer=none at %s: no canvas, the text full width',
    async (_size, viewport) => {
      const { page, release, errors } = await cleanPage(env.browser, env.url, viewport);
      await page.goto(`${env.url}?mode=group&play=the-request&renderer=none`);
      await page.waitForSelector('[data-ready=group-passage]');
      await pageDownUntil(page, ['choice']);
      expect(await page.locator('canvas').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.classList.contains('text-only'))).toBe(true);
      const l = await layout(page);
      expect(l.stage).toBeNull();
      expect(l.text.width).toBeGreaterThan(0.85 * l.mainContent);
      expect(l.text.left - l.main.left).toBeLessThan(0.1 * l.main.width);
      expect(await checkTheme(page)).toEqual([]);
      await screenshot(page, 'group-phone-none');
      expect(errors).toEqual([]);
      await release();
    },
  );

  it('the presenter window draws no phone', async () => {
    const { page, context, release, errors } = await cleanPage(env.browser, env.url, SIZES.projector);
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    await phoneDrawn(page);
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const presenter = await popup;
    await presenter.waitForSelector('[data-presenter=connected]');
    await page.keyboard.press('PageDown');
    await presenter.waitForFunction(() => document.querySelector('.pnow h2')?.textContent?.includes('Decision 1'));
    expect(await presenter.locator('canvas').count()).toBe(0);
    expect(await presenter.locator('.gstage').count()).toBe(0);
    expect(errors).toEqual([]);
    await release();
  });
});
