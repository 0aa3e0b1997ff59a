/**
 * The speaker view (the presenter window) on a laptop: miniatures of the projector now and next (the
 * projector's own screens, scaled), the position, the timer, vote entry and the controls at a glance; a
 * decision run from the keyboard alone; nothing in the Next preview gives the answer away before the reveal.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, tabTo, useBrowser } from './harness.ts';
import { axe, footer, kind } from './group-helpers.ts';

const env = useBrowser();

/** What a verdict on a standard looks like on a screen: none of it may show before the reveal. */
const VERDICTS = /Upheld|At risk|Breach|Standard \d/i;

/** The text of a miniature's projector screen ('' when hidden or not drawn). */
const mini = (presenter: Page, which: 'now' | 'next', part: 'h1' | '.gscreen' = '.gscreen') =>
  presenter.evaluate(
    (arg) => {
      const box = document.querySelector<HTMLElement>(`.pmini-${arg.which} .pmini`);
      if (!box || box.hidden) return '';
      const doc = box.querySelector('iframe')?.contentDocument;
      return doc?.querySelector(arg.part === 'h1' ? '.gscreen h1' : '.gscreen')?.textContent ?? '';
    },
    { which, part },
  );

/** Everything the presenter's stage says, its own words and the miniatures' screens. */
const stageText = (presenter: Page) =>
  presenter.evaluate(() => {
    const stage = document.querySelector('.pstage');
    const frames = [...(stage?.querySelectorAll('iframe') ?? [])].map((f) => f.contentDocument?.body.textContent ?? '');
    return `${stage?.textContent ?? ''} ${frames.join(' ')}`;
  });

const projectorScreen = (page: Page) => page.evaluate(() => document.querySelector('.gscreen')?.textContent ?? '');

/** The miniature of the projector now matches the projector, word for word. */
async function inStep(presenter: Page, page: Page): Promise<void> {
  await presenter.waitForFunction(
    (text) => {
      const box = document.querySelector<HTMLIFrameElement>('.pmini-now iframe');
      return box?.contentDocument?.querySelector('.gscreen')?.textContent === text;
    },
    await projectorScreen(page),
    { timeout: 5000 },
  );
}

/** Press a key in the presenter window; wait until the projector has moved on. */
async function press(presenter: Page, page: Page, key: string): Promise<void> {
  const before = `${await footer(page)}|${await projectorScreen(page)}`;
  await presenter.keyboard.press(key);
  await page.waitForFunction((b) => `${document.querySelector('.gposition')?.textContent}|${document.querySelector('.gscreen')?.textContent}` !== b, before);
  await inStep(presenter, page);
}

const focused = (p: Page) => p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? document.activeElement?.tagName ?? '');

async function openSpeakerView(viewport: { width: number; height: number }) {
  const watched = await openPage(env.browser, env.url, viewport, { bypassCSP: true });
  const { page, context } = watched;
  await page.goto(`${env.url}?mode=group&play=the-request`);
  await page.waitForSelector('[data-ready=group-passage]');
  const popup = context.waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await popup;
  // The presenter window opens at 1000×760; on the trainer's laptop it is made the size of the screen.
  await presenter.setViewportSize(viewport);
  await presenter.waitForSelector('[data-presenter=connected]');
  await inStep(presenter, page);
  return { ...watched, presenter };
}

describe('the speaker view', () => {
  it('at 1366×768: the projector now and next, and a decision by the keyboard alone', async () => {
    const { page, context, presenter, errors } = await openSpeakerView({ width: 1366, height: 768 });

    // Now: the projector's screen itself (its heading and every word), drawn small.
    expect(await mini(presenter, 'now', 'h1')).toBe(await page.locator('.gscreen h1').innerText());
    expect(await mini(presenter, 'now')).toBe(await projectorScreen(page));
    // At a glance, with no scrolling: both miniatures, the position, Next and the timer.
    for (const selector of ['.pmini-now .pmini', '.pmini-next .pmini', '.pnow h2', '[data-key=next]', '.ptimer']) {
      const box = await presenter.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.y + box!.height, selector).toBeLessThanOrEqual(768);
      expect(box!.width, selector).toBeGreaterThan(0);
    }
    const miniBox = (await presenter.locator('.pmini-now .pmini').boundingBox())!;
    expect(miniBox.width).toBeGreaterThan(400);
    // The miniature keeps the projector's proportions.
    expect(Math.abs(miniBox.width / miniBox.height - 1366 / 768)).toBeLessThan(0.02);
    expect(await axe(presenter)).toEqual([]);
    await screenshot(presenter, 'group-presenter-speaker-view');

    // Next, from the keyboard in the presenter window: each preview is what the projector then shows.
    for (let guard = 0; guard < 20 && (await kind(page)) === 'passage'; guard++) {
      const next = await mini(presenter, 'next');
      expect(next).not.toBe('');
      expect(await stageText(presenter)).not.toMatch(VERDICTS);
      await press(presenter, page, 'PageDown');
      expect(await projectorScreen(page)).toBe(next);
    }
    expect(await kind(page)).toBe('choice');

    // The live choice: Next decides, so there is no next screen to show, only what Next will do.
    expect(await mini(presenter, 'next')).toBe('');
    await expect.poll(() => presenter.locator('.pmini-next .pmini-words').innerText()).toMatch(/nothing to preview/);
    expect(await stageText(presenter)).not.toMatch(VERDICTS);

    // Hands by the keyboard alone: Tab to option 2's "one more hand" and press it three times; the focus stays.
    await presenter.locator('body').focus();
    await tabTo(presenter, /One more hand for option 2/);
    for (let i = 0; i < 3; i++) {
      await presenter.keyboard.press('Enter');
      await presenter.waitForFunction((n) => document.querySelector<HTMLInputElement>('[data-key=votes-1]')?.value === String(n), i + 1);
      expect(await focused(presenter)).toBe('plus-1');
    }
    // Every control shows where the focus is.
    const outline = await presenter.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return `${s.outlineStyle} ${parseFloat(s.outlineWidth)}`;
    });
    expect(outline).toMatch(/^solid [2-9]/);
    await inStep(presenter, page);
    expect(await projectorScreen(page)).toMatch(/3/);
    expect(await stageText(presenter)).not.toMatch(VERDICTS);
    // The presenter's own keys, as in the projector window: T starts the timer.
    await presenter.keyboard.press('t');
    await expect.poll(() => presenter.locator('[data-key=timer-toggle]').innerText()).toBe('Pause');
    expect(await axe(presenter)).toEqual([]);
    await screenshot(presenter, 'group-presenter-speaker-choice');

    // Take option 2 with its button (Tab, Enter); the focus stays in the controls through the redraws.
    await tabTo(presenter, /Take option 2/);
    await presenter.keyboard.press('Enter');
    await presenter.waitForFunction(() => document.querySelector('.ptaking')?.textContent?.includes('to be taken'));
    expect(await stageText(presenter)).not.toMatch(VERDICTS);
    // R reveals; the Take buttons go with the choice, and the focus goes to Next rather than the page's top.
    await press(presenter, page, 'r');
    expect(await kind(page)).toBe('reveal');
    expect(await focused(presenter)).toBe('next');
    expect(await mini(presenter, 'now', 'h1')).toBe(await page.locator('.gscreen h1').innerText());
    expect(await mini(presenter, 'now')).toBe(await projectorScreen(page));
    await expect.poll(() => mini(presenter, 'next')).not.toBe('');
    expect(await axe(presenter)).toEqual([]);
    await screenshot(presenter, 'group-presenter-speaker-reveal');

    // B blanks the projector; the miniature says so.
    await presenter.keyboard.press('b');
    await page.waitForSelector('.group-blackout');
    await expect.poll(() => presenter.locator('.pmini-now .pmini-label').innerText()).toMatch(/blanked/);
    await presenter.keyboard.press('b');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at 1280×800: side by side, and Tab reaches every control with the focus in view', async () => {
    const { page, context, presenter } = await openSpeakerView({ width: 1280, height: 800 });
    await press(presenter, page, 'PageDown');
    const now = (await presenter.locator('.pmini-now .pmini').boundingBox())!;
    const controls = (await presenter.locator('.pcontrols').boundingBox())!;
    expect(now.x + now.width).toBeLessThanOrEqual(controls.x);
    // Tab goes through the controls (never into a miniature), each shown in the window as it gets the focus.
    await presenter.locator('body').focus();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await presenter.keyboard.press('Tab');
      const at = await presenter.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return { key: el.dataset.key ?? el.tagName, inStage: el.closest('.pstage') !== null, top: r.top, bottom: r.bottom };
      });
      if (at.key === 'BODY') break;
      expect(at.inStage).toBe(false);
      expect(at.bottom).toBeGreaterThan(0);
      expect(at.top).toBeLessThan(800);
      seen.add(at.key);
    }
    for (const key of ['back', 'next', 'reveal', 'blackout', 'timer-toggle', 'timer-extend', 'timer-reset', 'menu']) expect(seen).toContain(key);
    await screenshot(presenter, 'group-presenter-speaker-view');
    await context.close();
  });
});
