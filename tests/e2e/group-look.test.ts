/**
 * The projector's look: each scenario's drawn motif (its own picture, hidden from screen readers, on the menu;
 * on each scenario's first screen, never over a line of text, in group-clicker.test.ts), the vote bars that grow (and do not
 * with reduced motion, the device's or the game's own setting), and, with SCREENSHOTS=1, the screens the
 * README shows (tests/output/screenshots/group-look-<screen>-<size>.png).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cleanPage, screenshot, SCREENSHOTS, useBrowser } from './harness.ts';
import { checkTheme } from './projector-theme.ts';
import { kind, PROJECTOR_SIZES, roadReady, screenText } from './group-helpers.ts';

const env = useBrowser();
const IDS = ['the-request', 'lock-it-down', 'think-before-you-post', 'the-page', 'connected-practice', 'the-group-chat', 'looking-them-up'];

/** Each motif on the page: its scenario, whether it is hidden from screen readers, and its drawing. */
const motifs = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.gmain svg.gmotif')].map((svg) => ({
      id: svg.getAttribute('data-motif') ?? '',
      hidden: svg.getAttribute('aria-hidden') === 'true',
      drawing: svg.innerHTML,
      shown: svg.getBoundingClientRect().width > 10 && getComputedStyle(svg).display !== 'none',
    })),
  );

/** The hands for the first option and one for the second (number keys): a majority, shown as bars. */
async function hands(page: Page): Promise<void> {
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await page.waitForFunction(() => document.querySelector('.gcount')?.textContent === '2 hands ✓ most');
}

/** The bar fill's transition once the hands are in, and its width when it has settled. */
const barMotion = (page: Page) =>
  page.evaluate(() => {
    const fill = document.querySelector('.gbar-fill') as HTMLElement;
    const style = getComputedStyle(fill);
    return { duration: style.transitionDuration, property: style.transitionProperty };
  });

describe('each scenario has its own drawn motif', () => {
  it('on the menu, one a scenario, all different, hidden from screen readers, and the theme holds', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, PROJECTOR_SIZES['1024x768']);
    await page.goto(`${env.url}?mode=group`);
    await page.waitForSelector('[data-ready=group-menu]');
    const found = await motifs(page);
    expect(found.map((m) => m.id)).toEqual(IDS);
    expect(found.every((m) => m.hidden && m.shown)).toBe(true);
    expect(new Set(found.map((m) => m.drawing)).size).toBe(IDS.length);
    expect(await checkTheme(page)).toEqual([]);
    expect(errors).toEqual([]);
    await release();
  });
});

/** From the first screen to the first choice point, by Page Down. */
async function toChoice(page: Page): Promise<void> {
  for (let guard = 0; guard < 40 && (await kind(page)) !== 'choice'; guard++) await page.keyboard.press('PageDown');
  expect(await kind(page)).toBe('choice');
}

describe('the vote bars grow, unless motion is reduced', () => {
  it('with no preference the bar fill has a transition on its width', async () => {
    const { page, release } = await cleanPage(env.browser, env.url, PROJECTOR_SIZES['1024x768']);
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    await toChoice(page);
    await hands(page);
    const motion = await barMotion(page);
    expect(motion.property).toMatch(/width|all/);
    expect(motion.duration).not.toBe('0s');
    await release();
  });

  it('with the device asking for reduced motion the bar fill has none', async () => {
    const { page, release } = await cleanPage(env.browser, env.url, PROJECTOR_SIZES['1024x768'], { reducedMotion: 'reduce' });
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    await toChoice(page);
    await hands(page);
    expect((await barMotion(page)).duration).toBe('0s');
    await release();
  });

  it("with the game's own reduced-motion setting on the bar fill has none", async () => {
    const { page, release } = await cleanPage(env.browser, env.url, PROJECTOR_SIZES['1024x768']);
    await page.goto(env.url);
    await page.evaluate(() =>
      localStorage.setItem(
        'public-profile:preferences',
        JSON.stringify({ version: 1, soundOn: false, volume: 0.7, roomTone: true, reducedMotion: 'on', framework: 'hcpc-2008' }),
      ),
    );
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduce-motion'))).toBe(true);
    await toChoice(page);
    await hands(page);
    expect((await barMotion(page)).duration).toBe('0s');
    await release();
  });
});

// Screenshots for the README's reader, written only with SCREENSHOTS=1: every screen they show is also checked
// on the way by group-clicker.test.ts (1024×768, every scenario) and group.test.ts (1920×1080).
describe.runIf(SCREENSHOTS).each(Object.entries({ '1024x768': PROJECTOR_SIZES['1024x768'], '1920x1080': PROJECTOR_SIZES['1920x1080'] }))(
  'the screens the README shows, at %s',
  (_size, viewport) => {
    it('the menu, a passage, the choice (discussing, then with hands), reveal, road not taken, end and summary', async () => {
      const { page, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, viewport);
      const shot = async (name: string) => {
        expect(await checkTheme(page), name).toEqual([]);
        // The motif fades in (half a second): the picture is taken once it has.
        if (SCREENSHOTS) await page.waitForTimeout(600);
        await screenshot(page, `group-look-${name}`);
      };
      await page.goto(`${env.url}?mode=group`);
      await page.waitForSelector('[data-ready=group-menu]');
      await shot('menu');
      await page.goto(`${env.url}?mode=group&play=the-request`);
      await page.waitForSelector('[data-ready=group-passage]');
      await shot('passage');
      const seen = new Set<string>();
      for (let guard = 0; guard < 200; guard++) {
        const k = await kind(page);
        if (k === 'summary') break;
        if (k === 'choice') {
          if (!seen.has('choice')) await shot('choice-discuss');
          await hands(page);
          // Let the bars grow before the picture.
          await page.waitForTimeout(600);
          if (!seen.has('choice')) await shot('choice-hands');
          seen.add('choice');
          await page.keyboard.press('PageDown');
          await page.waitForSelector('[data-ready=group-reveal]');
          if (!seen.has('reveal')) await shot('reveal');
          seen.add('reveal');
          continue;
        }
        if (k === 'road') {
          await roadReady(page);
          if (!seen.has('road')) await shot('road');
          seen.add('road');
        }
        if (k === 'end' && !seen.has('end')) {
          await shot('end');
          seen.add('end');
        }
        await page.keyboard.press('PageDown');
      }
      expect(await kind(page)).toBe('summary');
      await shot('summary');
      expect([...seen].toSorted()).toEqual(['choice', 'end', 'reveal', 'road']);
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await release();
    });

    it('the hate page on the phone, in "The page"', async () => {
      const { page, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, viewport);
      const shot = async (name: string) => {
        expect(await checkTheme(page), name).toEqual([]);
        // The motif fades in (half a second): the picture is taken once it has.
        if (SCREENSHOTS) await page.waitForTimeout(600);
        await screenshot(page, `group-look-${name}`);
      };
      await page.goto(`${env.url}?mode=group&play=the-page`);
      await page.waitForSelector('[data-ready=group-passage]');
      for (let guard = 0; guard < 40 && !/STOLE my kids/.test(await screenText(page)); guard++) {
        if ((await kind(page)) === 'choice') await hands(page);
        await page.keyboard.press('PageDown');
      }
      expect(await screenText(page)).toMatch(/STOLE my kids/);
      await shot('hate-page');
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await release();
    });
  },
);
