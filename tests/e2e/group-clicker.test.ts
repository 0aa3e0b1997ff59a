/**
 * A clicker alone (Page Down, Page Up, its blank key B and its start key F5) runs a whole group session of
 * every scenario on a 1024×768 projector, from the menu to the summary and back. On every screen on the way:
 * the projector theme holds (sizes, contrast, lines, nothing cut off), the drawn phone sits beside the story's
 * screens (or gives way to a screen too long for it), and no page of story, reveal, road not taken or ending
 * stops in the middle of a sentence. Each scenario's motif is on its first screen, over no text. The first scenario also blanks the screen and survives
 * a reload. With reduced motion (the screens are the subject, not their motion; group.test.ts plays a whole
 * session with it on): the drawn phone's animations cost about 15% of this file's CPU.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cleanPage, screenshot, useBrowser } from './harness.ts';
import { checkTheme } from './projector-theme.ts';
import { footer, kind, PROJECTOR_SIZES, roadReady, screenText } from './group-helpers.ts';
import { PROJECTOR_BUDGETS } from '../../src/story-tools/projector-show.ts';
import { SHIPPED_SCENARIOS } from '../../src/story-tools/coverage-report.ts';

const env = useBrowser();
const SCENARIOS = SHIPPED_SCENARIOS.length;

/**
 * The screen in one trip to the page: its kind, its place (the footer), the phone column's state, whether the
 * projector shows verdict words, what is on screen to act on, and how its text ends where the next screen
 * goes on with the same story (the last paragraph that is not a phone card, shown whole; a page note says
 * whether more pages follow).
 */
const readScreen = (page: Page, verdicts: RegExp) =>
  page.evaluate((source) => {
    const root = document.getElementById('group');
    const screen = document.querySelector('.gscreen');
    const paras = [...(screen?.querySelectorAll('.gbody > p') ?? [])].filter((p) => !p.classList.contains('gphone'));
    const [, at, of] = /(\d+) of (\d+)/.exec(screen?.querySelector('.gpage')?.textContent ?? '') ?? [];
    const stage = document.querySelector<HTMLElement>('.gstage');
    return {
      kind: root?.dataset.screen ?? '',
      label: document.querySelector<HTMLElement>('.gposition')?.innerText ?? '',
      phone: root?.dataset.phone ?? '',
      stageShown: !!stage && stage.getClientRects().length > 0 && getComputedStyle(stage).visibility !== 'hidden',
      verdicts: new RegExp(source).test(document.querySelector<HTMLElement>('.gmain')?.innerText ?? ''),
      undecided: !screen?.querySelector('.gpointed') && !screen?.querySelector('.gvotes'),
      ending: { text: paras[paras.length - 1]?.textContent?.trim() ?? '', more: at !== undefined && Number(at) < Number(of) },
    };
  }, verdicts.source);

/**
 * The scenario's motif on its first screen: one, hidden from screen readers, shown, and over no line of text.
 * Returns what is wrong, in words.
 */
const motifProblems = (page: Page) =>
  page.evaluate(() => {
    const found = [...document.querySelectorAll<SVGElement>('.gmain svg.gmotif')];
    if (found.length !== 1) return [`${found.length} motifs on the first screen`];
    const svg = found[0]!;
    const problems: string[] = [];
    if (svg.getAttribute('aria-hidden') !== 'true') problems.push('the motif is not hidden from screen readers');
    const m = svg.getBoundingClientRect();
    if (m.width <= 10 || getComputedStyle(svg).display === 'none') problems.push('the motif is not shown');
    const walker = document.createTreeWalker(document.querySelector('.gmain')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || n.parentElement?.closest('[aria-hidden=true], .gprint-only')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects())
        if (r.width > 0 && r.left < m.right && r.right > m.left && r.top < m.bottom && r.bottom > m.top)
          problems.push(`the motif covers "${n.textContent.trim().slice(0, 30)}"`);
    }
    return problems;
  });

/** The verdicts and standards as the reveal shows them (the story's own words may say "at risk"). */
const VERDICTS = /[✓!✕✗] ?(Upheld|At risk|Breached)|Standard \d+ ·|SWE \d|SSSC|NISCC|SCW/;

/** A sentence ends with its stop, perhaps inside a closing quote or bracket (or is a label such as "Why it matters:"). */
const SENTENCE_END = /[.!?…:]["”’)\]]*$/;

describe('a clicker alone runs a whole session of every scenario at 1024x768', () => {
  it.each(Array.from({ length: SCENARIOS }, (_, i) => i))('scenario %i from the menu to the summary', async (index) => {
    const { page, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, PROJECTOR_SIZES['1024x768'], { reducedMotion: 'reduce' });
    await page.goto(`${env.url}?mode=group`);
    await page.waitForSelector('[data-ready=group-menu]');
    const press = (key: string) => page.keyboard.press(key);
    expect(await page.locator('.gscenarios li').count()).toBe(SCENARIOS);
    // From the menu: Page Down highlights the scenarios in turn, the start key starts the highlighted one.
    for (let i = 0; i <= index; i++) await press('PageDown');
    const title = (await page.locator('.gscenarios .gpointed').innerText())
      .split('\n')[0]!
      .replace(/ ◀ highlighted/, '')
      .trim();
    await press('F5');
    await page.waitForSelector('[data-ready=group-passage]');
    // The pages are cut for the budget the screen counter assumes (src/story-tools/projector-show.ts).
    const budget = PROJECTOR_BUDGETS['1024×768'];
    // (measured once the typeface has loaded: a fallback font holds other numbers, and is not what the room sees).
    const expected = `${budget.charsPerLine}x${budget.lines}, full width ${budget.fullCharsPerLine}`;
    await page.waitForFunction((e) => document.documentElement.dataset.pageBudget === e, expected, { timeout: 10_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.dataset.pageBudget)).toBe(expected);

    // Its own motif on its first screen (drawn in code), never over the text.
    expect(await motifProblems(page)).toEqual([]);

    if (index === 0) {
      await press('b');
      expect(await page.locator('.gblackout').isVisible()).toBe(true);
      await screenshot(page, 'group-clicker-blackout');
      await press('b');
      expect(await page.locator('.gblackout').isVisible()).toBe(false);
    }

    const problems: string[] = [];
    const phones = new Set<string>();
    let decisions = 0;
    let screens = 0;
    let reloaded = false;
    for (let guard = 0; guard < 300; guard++) {
      if ((await kind(page)) === 'road') await roadReady(page);
      const at = await readScreen(page, VERDICTS);
      const k = at.kind;
      const where = `${title}, ${at.label}`;
      screens++;
      problems.push(...(await checkTheme(page)).map((p) => `${where}: ${p}`));
      // The drawn phone beside the story's screens; a screen too long to sit beside it takes the full width.
      phones.add(at.phone);
      if (at.phone === 'crowded' && at.stageShown) problems.push(`${where}: crowded, but the phone is still shown`);
      if ((k === 'passage' || k === 'reveal' || k === 'road' || k === 'end') && at.ending.more && at.ending.text && !SENTENCE_END.test(at.ending.text))
        problems.push(`${where}: the page ends mid-sentence ("…${at.ending.text.slice(-40)}")`);
      // Before a reveal (every story page and choice screen), no verdict or standard is on the projector.
      if ((k === 'passage' || k === 'choice') && at.verdicts) problems.push(`${where}: a verdict or a standard before the reveal`);
      if (k === 'summary') break;
      if (k === 'choice' && at.undecided) {
        // No hands counted: Page Down highlights an option (more presses, another option), the start key takes it.
        const options = await page.locator('.goptions li').count();
        for (let i = 0; i <= decisions % options; i++) await press('PageDown');
        expect(await page.locator('.gpointed').count()).toBe(1);
        await press('F5');
        expect(await screenText(page)).toMatch(/Chosen by the facilitator's choice/);
        await press('PageDown');
        await page.waitForSelector('[data-ready=group-reveal]');
        decisions++;
        // Back shows the choice, decided; forward again.
        await press('PageUp');
        expect(await kind(page)).toBe('choice');
        expect(await screenText(page)).toMatch(/Chosen by/);
        await press('PageDown');
        expect(await kind(page)).toBe('reveal');
        if (index === 0 && decisions === 2 && !reloaded) {
          reloaded = true;
          const before = await footer(page);
          const text = await screenText(page);
          await page.reload();
          await page.waitForSelector('[data-ready=group-reveal]');
          expect(await footer(page)).toBe(before);
          expect(await screenText(page)).toBe(text);
          expect(await page.locator('.gnotices').innerText()).toMatch(/Resumed the group session/);
        }
        continue;
      }
      await press('PageDown');
    }
    expect(problems).toEqual([]);
    // The story's screens had the phone; the road not taken and the summary the full width.
    expect([...phones]).toEqual(expect.arrayContaining(['none', 'shown']));
    expect(await kind(page)).toBe('summary');
    expect(decisions).toBeGreaterThanOrEqual(4);
    if (index === 0) expect(reloaded).toBe(true);
    expect(await page.locator('.gscreen > .gtally-wrap .gtally').innerText()).toMatch(/Standard \d+/);
    await screenshot(page, `group-clicker-summary-${index + 1}`);
    console.log(`${title}: ${screens} screens, ${decisions} decisions by clicker at 1024×768`);
    expect(await page.evaluate(() => document.documentElement.dataset.wakeLock)).toMatch(/^(on|refused|unsupported)$/);
    // And ends it: Page Down at the summary asks first, a second press returns to the menu.
    await press('PageDown');
    expect(await kind(page)).toBe('summary');
    expect(await page.locator('.gscreen').innerText()).toMatch(/again/);
    await press('PageDown');
    await page.waitForSelector('[data-ready=group-menu]', { timeout: 5000 });
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await release();
  });
});
