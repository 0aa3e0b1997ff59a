/**
 * Nothing gives the answer away before the reveal, at 1024×768: walking a whole decision, no verdict
 * ("Upheld", "At risk", "Breached") and no standard's name anywhere on the projector (the on-screen controls
 * opened with P included) or in the presenter window with its notes off. The notes show on request, with
 * "the room can't see this" while shown; after the reveal the verdicts and the named standards are there,
 * and the road not taken shows each alternative's standards and whole feedback within the projector theme.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cleanPage, screenshot, SIZES, useBrowser } from './harness.ts';
import { checkTheme } from './projector-theme.ts';

const env = useBrowser();

const VERDICT = /upheld|at risk|breach/i;
/** A standard's label in any framework: "Standard 3 · personal conduct", "SWE 2.2 · …", "HCPC (2024) 5 · …", "standard 3". */
const STANDARD = /\bstandard \d|\bSWE \d|HCPC \(20\d\d\)/i;

const kind = (page: Page) => page.evaluate(() => document.getElementById('group')?.dataset.screen ?? '');
/** Every word in the window, shown or not (closed details, hidden panels): nothing may hide there either. */
const allText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

async function clean(page: Page, where: string): Promise<void> {
  const text = await allText(page);
  expect(text, where).not.toMatch(VERDICT);
  expect(text, where).not.toMatch(STANDARD);
}

describe('nothing leaks before the reveal', () => {
  it('projector, on-screen controls and the presenter (notes off) stay clear until the reveal', async () => {
    const { page, context, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    // Words are the subject, not the drawn phone: text only, to spare the CPU (group.test.ts and
    // group-clicker.test.ts walk whole sessions, the road not taken too, beside the drawn phone).
    await page.goto(`${env.url}?mode=group&play=the-request&renderer=none`);
    await page.waitForSelector('[data-ready=group-passage]');
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const presenter = await popup;
    await presenter.setViewportSize(SIZES.laptop);
    await presenter.waitForSelector('[data-presenter=connected]');
    const shown = (label: string) =>
      presenter.waitForFunction((l) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${l}`, label, { timeout: 5000 });

    // The whole decision: the story, then the choice screen as the room discusses, and with the hands counted.
    const walked: string[] = [];
    let counted = false;
    for (let guard = 0; guard < 30; guard++) {
      const k = await kind(page);
      const label = await page.locator('.gposition').innerText();
      await shown(label);
      walked.push(counted ? 'choice with hands' : k);
      await clean(page, `projector at ${label}${counted ? ' with hands' : ''}`);
      await clean(presenter, `presenter at ${label}`);
      // The on-screen controls (P), as the projector shows them when pop-ups are blocked.
      await page.keyboard.press('p');
      await page.waitForSelector('.gpanel:not([hidden]) .pchoice, .gpanel:not([hidden]) .pnow');
      await clean(page, `on-screen controls at ${label}`);
      if (k === 'choice') await screenshot(page, 'group-leak-onscreen-controls');
      await page.locator('.gpanel button[data-key=close]').click();
      await page.waitForSelector('.gpanel[hidden]', { state: 'attached' });
      if (counted) break;
      if (k === 'choice') {
        await presenter.getByLabel('Hands for option 1').fill('7');
        await presenter.getByLabel('Hands for option 1').press('Tab');
        await page.waitForSelector('.gvotes');
        counted = true;
      } else {
        await presenter.getByRole('button', { name: 'Next', exact: true }).click();
        await page.waitForFunction((l) => document.querySelector('.gposition')?.textContent !== l, label);
      }
    }
    expect(walked).toEqual(expect.arrayContaining(['passage', 'choice', 'choice with hands']));

    // The presenter's notes: off by default, shown on request with "the room can't see this", hidden again.
    const toggle = presenter.locator('button[data-key=notes]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await presenter.waitForSelector('.pnotes');
    expect(await presenter.locator('.pchoice').innerText()).toMatch(VERDICT);
    expect(await presenter.locator('.pchoice').innerText()).toMatch(/Standard \d+ · \w/);
    expect(await presenter.locator('.pnotes-state').innerText()).toMatch(/The room can’t see this/);
    expect(await presenter.locator('button[data-key=notes]').getAttribute('aria-pressed')).toBe('true');
    await screenshot(presenter, 'group-leak-presenter-notes');
    await clean(page, 'projector while the presenter shows its notes');
    await presenter.locator('button[data-key=notes]').click();
    await presenter.waitForSelector('.pnotes', { state: 'detached' });
    await clean(presenter, 'presenter with its notes hidden again');

    // The reveal: the decided option's verdicts and named standards are on the projector.
    await presenter.getByRole('button', { name: 'Reveal' }).click();
    await page.waitForSelector('[data-ready=group-reveal]');
    const reveal = await page.locator('.gscreen').innerText();
    expect(reveal).toMatch(VERDICT);
    expect(reveal).toMatch(/Standard \d+ · \w/);

    // The road not taken: every alternative's verdict per standard and its "why", within the theme.
    const roads: { text: string; verdicts: number; theme: string[] }[] = [];
    for (let guard = 0; guard < 30; guard++) {
      const k = await kind(page);
      if (k === 'passage' || k === 'choice') break;
      if (k === 'road') {
        await page.waitForFunction(() => !document.querySelector('.gscreen')?.textContent?.includes('Working it out'));
        if (roads.length === 0) await screenshot(page, 'group-leak-road');
        roads.push({
          text: await page.locator('.gscreen').innerText(),
          verdicts: await page.locator('.gscreen .gimpacts li').count(),
          theme: await checkTheme(page),
        });
      }
      await page.keyboard.press('PageDown');
    }
    expect(roads.length).toBeGreaterThanOrEqual(2);
    for (const road of roads) {
      expect(road.text).toMatch(/If the room had chosen:/);
      expect(road.text).toMatch(/Why it matters/);
      expect(road.text.match(/Standard \d+ · \w/g)?.length ?? 0, road.text).toBe(road.verdicts);
      expect(road.theme, road.text).toEqual([]);
    }
    expect(errors).toEqual([]);
    await release();
  });
});
