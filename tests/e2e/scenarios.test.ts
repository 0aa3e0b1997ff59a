/**
 * The debrief's standards framework, switched from the debrief and from Settings (production build,
 * Chromium), in group mode too, and the Sources page. The debrief reached by resuming a save made by
 * playing in node (tests/e2e/seed.ts), replayed in the page, one choice from the end.
 * Every scenario's debrief (its sections, sources and axe-core rules) is checked where the scenario is
 * played to its end by keyboard, in tests/e2e/phone-play.test.ts; tests/e2e/play.test.ts plays "The
 * request" from the menu in full at two sizes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, downloadText, cleanPage, screenshot, SIZES, tabTo, useBrowser } from './harness.ts';
import { resumeToDebrief, seededPlay, seedSave } from './seed.ts';

const env = useBrowser();

const standardHeadings = (page: Page) => page.locator('.standards > li > h3').allTextContents();

describe('the standards framework', () => {
  it('switching it changes how the debrief names the standards, from the debrief and from Settings, and is remembered', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.projector, { bypassCSP: true });
    const firstOptions = seededPlay('the-request', () => 0);
    await seedSave(page, firstOptions);
    // The debrief's words are the subject, not the drawn phone: text only, to spare the CPU (the phone is drawn
    // beside a resumed debrief in debrief.test.ts and robust.test.ts's accessibility scans).
    await resumeToDebrief(page, env.url, firstOptions, '&renderer=none');
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
    await resumeToDebrief(page, env.url, lastOptions, '&renderer=none');
    expect((await standardHeadings(page)).every((t) => t.startsWith('HCPC (2024) '))).toBe(true);
    expect(errors).toEqual([]);
    await release();
  });

  it('group mode names the standards in the chosen framework on the reveal', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.projector, { bypassCSP: true });
    await page.addInitScript(() => localStorage.setItem('public-profile:preferences', JSON.stringify({ version: 1, framework: 'swe-2019' })));
    // The reveal's words are the subject: text only (group.test.ts and group-clicker.test.ts reveal beside the drawn phone).
    await page.goto(`${env.url}?mode=group&play=the-request&renderer=none`);
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
    await release();
  });

  it('the Sources page lists the references and the notes on the handout', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop, { bypassCSP: true });
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
    await release();
  });
});
