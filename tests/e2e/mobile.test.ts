/**
 * On a phone (390×844, touch): the drawn phone is the main view and the story one tap (or swipe) away;
 * the switch is two real buttons; nothing new yanks the view, a marker shows instead; every control is a
 * 44×44 px target at least; nothing scrolls sideways; the sound captions never lie over the phone or the
 * newest text. One page, played by tapping, a few choices, then the debrief.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, nextFrames, screenshot, useBrowser } from './harness.ts';

const env = useBrowser();
const PHONE = { width: 390, height: 844 };
/** WCAG 2.5.5 (AAA) and the platforms' own guidance: 44 CSS px each way. */
const MIN_TARGET = 44;

/**
 * Every control on screen smaller than MIN_TARGET either way, described. A radio button or checkbox is
 * tapped through its label, so its label is measured; a link inside a sentence is exempt (WCAG 2.5.8).
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const selector = 'button, a[href], input, select, textarea, summary, [role=button], [role=tab]';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      if (el.closest('dialog:not([open])')) continue;
      let target: Element = el;
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) target = el.labels?.[0] ?? el;
      const r = target.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden
      if (r.bottom < 0 || r.top > document.documentElement.scrollHeight) continue; // off screen (the skip link)
      if (el.tagName === 'A' && el.parentElement && (el.parentElement.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1) continue;
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        const name = (el.getAttribute('aria-label') ?? target.textContent ?? el.id ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        out.push(
          `${el.tagName.toLowerCase()}${el.className ? '.' + el.className.split(' ').join('.') : ''} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return out;
  }, MIN_TARGET);
}

/** Sideways scrolling of the page or the story's column, in px (0 when none). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const wrap = document.getElementById('panel-wrap')!;
    return Math.max(document.scrollingElement!.scrollWidth - innerWidth, wrap.scrollWidth - wrap.clientWidth, 0);
  });
}

async function checkTargets(page: Page, where: string): Promise<void> {
  expect.soft(await smallTargets(page), `controls under ${MIN_TARGET}×${MIN_TARGET} px on ${where}`).toEqual([]);
  expect.soft(await sidewaysOverflow(page), `sideways scrolling on ${where}`).toBe(0);
}

const view = (page: Page) => page.evaluate(() => document.documentElement.dataset.view);
const shown = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.checkVisibility());
const badge = (page: Page, name: string) => page.locator(`.view-tab[data-view=${name}] .view-badge`).evaluate((el) => !(el as HTMLElement).hidden);

/** A sideways swipe with one finger, as touch events (Chromium's own, through the DevTools protocol). */
async function swipe(page: Page, fromX: number, toX: number, y = 400): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const steps = [fromX, (fromX + toX) / 2, toX];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: steps[0]!, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: steps[1]!, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: steps[2]!, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Whether two boxes overlap (by more than a hair). */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** The caption now showing must not lie over the drawn phone or the newest text (whichever is in view). */
async function captionsClear(page: Page): Promise<void> {
  // The newest caption, read in one step: a new one may be put in front of it at any moment.
  const caption = await page.evaluate(() => {
    const r = document.querySelector('.sound-caption')?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  });
  expect(caption, 'a caption shows').not.toBeNull();
  const canvas = (await page.locator('#stage canvas').isVisible()) ? await page.locator('#stage canvas').boundingBox() : null;
  const newest = await page.evaluate(() => {
    const passages = [...document.querySelectorAll('.log .passage')];
    const last = passages.at(-1)?.lastElementChild;
    if (!last?.checkVisibility()) return null;
    const r = last.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  expect(canvas !== null && overlap(caption!, canvas), 'caption over the phone').toBe(false);
  expect(newest !== null && overlap(caption!, newest), 'caption over the newest text').toBe(false);
  const strip = await page.evaluate(() => {
    const el = document.getElementById('captions')!;
    return `${JSON.stringify(el.getBoundingClientRect())} ${el.innerHTML} ${[...el.querySelectorAll('.sound-caption')].map((c) => JSON.stringify(c.getBoundingClientRect())).join(' ')}`;
  });
  expect(caption!.y + caption!.height, strip).toBeLessThanOrEqual(PHONE.height);
}

/** The drawn phone is on screen, as wide as the view, and painted (its light screen at the centre). */
async function phoneDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.graphics === 'canvas', undefined, { timeout: 20_000 });
  await page.waitForFunction(() => document.documentElement.dataset.render === 'idle', undefined, { timeout: 15_000 });
  const box = await page.locator('#stage canvas').boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(-0.5);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width + 0.5);
  // The phone fills the view's width: far bigger than the whole desk scene would be (390 / 720 of the world).
  expect(box!.width).toBeGreaterThan(PHONE.width * 0.9);
  const centre = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas')!;
    const [r, g, b] = canvas.getContext('2d')!.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data;
    return r! + g! + b!;
  });
  expect(centre, 'the phone screen drawn at the centre').toBeGreaterThan(600);
}

describe('on a phone (390×844, touch)', () => {
  it('the phone first, the story a tap or swipe away, big targets, no sideways scrolling, captions clear', async () => {
    // bypassCSP only for axe-core, injected by the test.
    const context = await env.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce', bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(env.url);
    await page.waitForSelector('[data-ready=menu]');
    // Out of a scenario: the story alone, no switch.
    expect(await shown(page, '.view-tabs')).toBe(false);
    await checkTargets(page, 'the menu');
    await screenshot(page, 'mobile-menu');

    await page.getByRole('button', { name: 'Play “The request”' }).tap();
    await page.waitForSelector('dialog.region-question[open]');
    await checkTargets(page, 'the first-run question');
    await screenshot(page, 'mobile-region-question');
    await page.locator('dialog.region-question[open] button', { hasText: /skip/i }).first().tap();
    if (await page.locator('dialog.judgement-question[open]').count()) {
      await checkTargets(page, 'the judgement check');
      await page.locator('dialog.judgement-question[open] button', { hasText: /skip/i }).first().tap();
    }
    await page.waitForSelector('[data-ready=story]');

    // In play: the phone is the main view; the switch is two real buttons, the phone's pressed.
    expect(await view(page)).toBe('phone');
    const tabs = page.locator('.view-tab');
    expect(await tabs.allInnerTexts()).toEqual(['Phone', 'Story']);
    expect(await tabs.evaluateAll((els) => els.map((el) => `${el.tagName} ${el.getAttribute('aria-pressed')}`))).toEqual(['BUTTON true', 'BUTTON false']);
    expect(await shown(page, '#panel-wrap')).toBe(false);
    await phoneDrawn(page);
    await checkTargets(page, 'the phone view');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'mobile-phone-view');

    // A tap on Story shows the story; the choices are taken by tapping.
    await page.locator('.view-tab[data-view=story]').tap();
    expect(await view(page)).toBe('story');
    expect(await shown(page, '#stage')).toBe(false);
    expect(await shown(page, '#panel-wrap')).toBe(true);
    await checkTargets(page, 'the story view');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'mobile-story-view');
    for (let step = 0; step < 2; step++) {
      const before = await page.locator('.chosen').count();
      await page.locator('button.choice').first().tap();
      await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n, before);
      // The view stays on the story; the phone's news is marked on its button, not forced on the learner.
      expect(await view(page)).toBe('story');
      await page.locator('.sound-caption').first().waitFor();
      await captionsClear(page);
      await checkTargets(page, `the story after choice ${step + 1}`);
    }
    expect(await badge(page, 'phone')).toBe(true);
    await screenshot(page, 'mobile-story-caption');

    // A swipe rightwards goes back to the phone (and clears its marker); leftwards, to the story.
    await swipe(page, 60, 300);
    expect(await view(page)).toBe('phone');
    expect(await badge(page, 'phone')).toBe(false);
    await phoneDrawn(page);

    // New choices while the phone is shown: a marker on Story, and the view stays on the phone.
    const before = await page.locator('.chosen').count();
    await page.keyboard.press('1');
    await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n, before);
    expect(await view(page)).toBe('phone');
    expect(await badge(page, 'story')).toBe(true);
    expect(await page.locator('.view-tab[data-view=story]').evaluate((el) => el.textContent)).toMatch(/Story.*new/);
    await page.locator('.sound-caption').first().waitFor();
    await captionsClear(page);
    await nextFrames(page);
    await screenshot(page, 'mobile-phone-caption');
    await swipe(page, 300, 60);
    expect(await view(page)).toBe('story');
    expect(await badge(page, 'story')).toBe(false);

    // The switch works from the keyboard too: arrow keys between the two buttons.
    await page.locator('.view-tab[data-view=story]').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await view(page)).toBe('phone');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-view'))).toBe('phone');
    await page.keyboard.press('ArrowRight');
    expect(await view(page)).toBe('story');

    // Settings: every control a good size; the learner can choose to open on the story.
    await page.locator('.play-header').getByRole('button', { name: 'Settings' }).tap();
    await page.waitForSelector('dialog.settings[open]');
    await checkTargets(page, 'the Settings dialog');
    await screenshot(page, 'mobile-settings');
    await page.locator('label[for=settings-view-story]').tap();
    await page.getByRole('button', { name: 'Done' }).tap();
    expect(
      await page.evaluate(() => (JSON.parse(localStorage.getItem('public-profile:preferences') ?? '{}') as { smallScreenView?: string }).smallScreenView),
    ).toBe('story');

    // To the end and the debrief (keys are quickest here; the debrief is text, the story alone).
    for (let step = 0; step < 40 && (await page.locator('button.to-debrief').count()) === 0; step++) {
      const n = await page.locator('.chosen').count();
      await page.keyboard.press('1');
      await page.waitForFunction((k) => document.querySelectorAll('.chosen').length > k || document.querySelector('button.to-debrief'), n);
      await checkTargets(page, `the story at step ${n + 2}`);
    }
    await page.locator('button.to-debrief').tap();
    await page.waitForSelector('[data-ready=debrief]');
    expect(await shown(page, '.view-tabs')).toBe(false);
    await checkTargets(page, 'the debrief');
    await screenshot(page, 'mobile-debrief');

    // The post composer (another scenario, opened straight from its link): its fields and buttons too.
    await page.goto(env.url + '?play=think-before-you-post');
    await page.waitForSelector('[data-ready=intro]'); // its content notes first
    await checkTargets(page, 'a scenario’s content notes');
    await page.locator('#panel .actions button.primary').tap();
    await page.waitForSelector('[data-ready=story]');
    expect(await view(page)).toBe('story'); // as the learner chose in Settings
    for (let step = 0; step < 12 && (await page.locator('textarea').count()) === 0; step++) {
      const n = await page.locator('.chosen').count();
      await page.keyboard.press('1');
      await page.waitForFunction((k) => document.querySelectorAll('.chosen').length > k || document.querySelector('button.to-debrief'), n);
    }
    await page.locator('textarea').first().scrollIntoViewIfNeeded();
    await checkTargets(page, 'the post composer');
    await screenshot(page, 'mobile-composer');
    expect(errors).toEqual([]);
    await context.close();
  });
});
