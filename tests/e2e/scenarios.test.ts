/**
 * All five scenarios, each from the menu to its debrief with the keyboard alone (production build,
 * Chromium), and the debrief's standards framework switched from the debrief and from Settings. One
 * scenario is played key by key; the others, whose debriefs are under test rather than the path, resume a
 * save made by playing the same choices in node (tests/e2e/seed.ts), replayed in the page, one choice from
 * the end. (tests/e2e/play.test.ts plays "The request" in full at two sizes.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, downloadText, openPage, playToDebrief, screenName, screenshot, SIZES, tabTo, skipRegionQuestion, useBrowser } from './harness.ts';
import { finishSeeded, resumeToDebrief, seededPlay, seedSave } from './seed.ts';

const env = useBrowser();

const SCENARIOS = [
  { id: 'the-request', title: 'The request' },
  { id: 'lock-it-down', title: 'Lock it down' },
  { id: 'think-before-you-post', title: 'Think before you post' },
  { id: 'the-page', title: 'The page' },
  { id: 'connected-practice', title: 'Connected practice' },
];

/** Played key by key, from its first choice to its debrief. */
const PLAYED_IN_FULL = 'think-before-you-post';

/** From the menu: Tab to the scenario's Play button, past the intro (content notes) with Begin (or Continue). */
async function startFromMenu(page: Page, title: string, button = /^\s*Begin\s*$/): Promise<void> {
  await page.waitForSelector('[data-ready=menu]');
  await tabTo(page, new RegExp(`Play “${title}”`), 80);
  await page.keyboard.press('Enter');
  await skipRegionQuestion(page);
  await page.waitForSelector('[data-ready=intro], [data-ready=story]');
  if ((await screenName(page)) === 'intro') {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('[data-ready=story]');
}

const standardHeadings = (page: Page) => page.locator('.standards > li > h3').allTextContents();

describe('every scenario plays from the menu to its debrief by keyboard', () => {
  it.each(SCENARIOS.map((s, i) => [s.title, s, i] as const))('%s', async (_title, scenario, n) => {
    const { page, context, errors, foreignRequests } = await openPage(env.browser, env.url, SIZES.laptop, { bypassCSP: true });
    // A different mix of options in each scenario.
    const pick = (step: number, count: number) => (step * 3 + n) % count;
    const play = scenario.id === PLAYED_IN_FULL ? undefined : seededPlay(scenario.id, pick);
    if (play) await seedSave(page, play);
    await page.goto(env.url + '?renderer=none'); // the story and its debrief: the drawn phone is other tests' subject
    await startFromMenu(page, scenario.title, play ? /^\s*Continue \(/ : undefined);
    // A fresh start has made no choices; a resumed save has its whole path replayed in the page.
    expect(await page.locator('.chosen').count()).toBe(play ? play.steps - 1 : 0);
    let steps: number;
    if (play) {
      await finishSeeded(page, play);
      steps = play.steps;
    } else {
      steps = await playToDebrief(page, pick, 60).catch(async (e) => {
        await screenshot(page, `scenario-${scenario.id}-stuck`);
        throw e;
      });
    }
    expect(steps).toBeGreaterThanOrEqual(4);
    // The first screen says it all; the rest is in sections the learner opens: open them all.
    expect(await page.locator('details.more[open]').count()).toBe(0);
    for (const summary of await page.locator('details.more > summary').all()) await summary.click();
    const text = await page.locator('#panel').innerText();
    expect(text).toContain(`Debrief: ${scenario.title}`);
    expect(text).toMatch(/Outcome \d of 5/);
    expect(text).toMatch(/In real life:/);
    expect(text).toMatch(/The decisions that mattered most/);
    expect(text).toMatch(/Standards touched/);
    expect(text).toMatch(/All your decisions/);
    expect(text).toMatch(/What each standard asks/);
    expect(text).toMatch(/Good practice, with the settings to use/);
    // Each standard cites its sources by title, publisher and year, linked to the references below.
    expect(text).toMatch(/Sources for this standard: .+ \([^)]+, [^)]*\d{4}/);
    const links = await page.locator('.standards .sources a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    expect(links.length).toBeGreaterThan(0);
    for (const hash of links) expect(await page.locator(hash).count(), hash).toBe(1);
    expect(text).toMatch(/Reflect/);
    expect(text).toMatch(/Who regulates social workers/);
    expect(text).toMatch(/England: Social Work England \(since 2 December 2019\)/);
    expect(text).toMatch(/References/);
    expect((await standardHeadings(page)).length).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `debrief-${scenario.id}`);
    await page.locator('.standards > li').first().scrollIntoViewIfNeeded();
    await screenshot(page, `debrief-${scenario.id}-standards`);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('the standards framework', () => {
  it('switching it changes how the debrief names the standards, from the debrief and from Settings, and is remembered', async () => {
    const { page, context, errors } = await openPage(env.browser, env.url, SIZES.projector, { bypassCSP: true });
    const firstOptions = seededPlay('the-request', () => 0);
    await seedSave(page, firstOptions);
    await resumeToDebrief(page, env.url, firstOptions);
    const handout = await standardHeadings(page);
    expect(handout.every((t) => /^HCPC \d+ · /.test(t))).toBe(true);
    // No framework list on the debrief: it is in Settings.
    expect(await page.locator('#debrief-framework').count()).toBe(0);

    // A reflection answer, typed before the switch, survives it (and goes into the download).
    await page.locator('#debrief-reflect > summary').click();
    await page.locator('#reflect-0').fill('Talk to Priya first.\nThen check my settings.');
    // From Settings, by keyboard: the radio group is one Tab stop, at the framework in use; the arrow keys move on.
    await page.getByRole('button', { name: 'Settings' }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.settings[open]');
    await tabTo(page, /HCPC 2008\/2012/);
    expect(await page.locator('#settings-framework-hcpc-2008').isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#settings-framework-swe-2019').isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.standards h3')?.textContent?.startsWith('SWE'));
    const swe = await standardHeadings(page);
    expect(swe.every((t) => /^SWE [\d.]+.* \(HCPC \d+\)/.test(t))).toBe(true);
    expect(swe).not.toEqual(handout);
    expect(await page.locator('#reflect-0').inputValue()).toBe('Talk to Priya first.\nThen check my settings.');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download for your CPD record' }).click();
    const markdown = await downloadText(await download);
    expect(markdown).toMatch(/^# Debrief: The request/);
    expect(markdown).toMatch(/## Social Work England /);
    expect(markdown).toContain('  > Talk to Priya first.\n  > Then check my settings.');
    await screenshot(page, 'debrief-swe');

    // HCPC 2016, revised 2024.
    await page.getByRole('button', { name: 'Settings' }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.settings[open]');
    await tabTo(page, /Social Work England 2019/);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#settings-framework-hcpc-2024').isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.standards h3')?.textContent?.startsWith('HCPC (2024)'));
    expect((await standardHeadings(page)).every((t) => t.startsWith('HCPC (2024) '))).toBe(true);

    // Remembered: the next debrief speaks in it too.
    const lastOptions = seededPlay('the-request', (_s, count) => count - 1);
    await seedSave(page, lastOptions);
    await page.reload();
    await resumeToDebrief(page, env.url, lastOptions);
    expect((await standardHeadings(page)).every((t) => t.startsWith('HCPC (2024) '))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('group mode names the standards in the chosen framework on the reveal', async () => {
    const { page, context, errors } = await openPage(env.browser, env.url, SIZES.projector, { bypassCSP: true });
    await page.addInitScript(() => localStorage.setItem('public-profile:preferences', JSON.stringify({ version: 1, framework: 'swe-2019' })));
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    const screen = () => page.evaluate(() => document.getElementById('group')?.dataset.screen ?? '');
    for (let i = 0; i < 12 && (await screen()) !== 'choice'; i++) await page.keyboard.press('PageDown');
    expect(await screen()).toBe('choice');
    await page.keyboard.press('3'); // a hand for option 3
    for (let i = 0; i < 6 && (await screen()) !== 'reveal'; i++) await page.keyboard.press('PageDown');
    expect(await screen()).toBe('reveal');
    expect(await page.locator('.gimpacts').innerText()).toMatch(/SWE [\d.]+/);
    expect(await page.locator('.gimpacts').innerText()).not.toMatch(/Standard \d/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Sources page lists the references and the notes on the handout', async () => {
    const { page, context, errors } = await openPage(env.browser, env.url, SIZES.laptop, { bypassCSP: true });
    await page.goto(env.url);
    await page.waitForSelector('[data-ready=menu]');
    await tabTo(page, /Sources and references/, 80);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-ready=references]');
    const text = await page.locator('#panel').innerText();
    expect(text).toMatch(/Twitter is now X/);
    expect(text).toMatch(/Michael Guthrie/);
    expect(text).toMatch(/Professionals Online Safety Helpline/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'references');
    expect(errors).toEqual([]);
    await context.close();
  });
});
