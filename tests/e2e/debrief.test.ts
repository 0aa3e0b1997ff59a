/**
 * The debrief as a learner first meets it, at 1366×768 in one page: the regulator asked once before the
 * first scenario (Scotland here) names the standards after each choice, on the debrief and in the record;
 * the optional judgement check before and after shows the change; the outcome, the decisions that mattered
 * most and the standards touched are in the first viewport, and the whole debrief with its sections closed
 * is at most three screens, with no words for the makers; it survives a reload; it prints to at most two A4
 * pages; the record downloads as a document; the map of the road not taken matches the checker's walk, and
 * a rewind from it plays on to a debrief comparing both runs. axe-core checks the dialog and the open map.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { axeViolations, downloadText, nextFrames, cleanPage, playToDebrief, root, useBrowser, screenshot } from './harness.ts';
import { checkStory } from '../../src/story-tools/stories.ts';
import { JUDGEMENT_AFTER, JUDGEMENT_BEFORE } from '../../src/content/judgement.ts';
import { finishSeeded, seededPlay, seedSave } from './seed.ts';

const env = useBrowser();
const VIEWPORT = { width: 1366, height: 768 };
/** Words for the makers, not the learner: never on the debrief, open or closed. */
const MAKERS_WORDS = /the handout|this project|not checked|our summary|our reading/i;

describe('the debrief at 1366×768', () => {
  it('says it all on the first screen, in the learner’s regulator’s words, and keeps a record worth keeping', async () => {
    const { page, context, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, VIEWPORT, { bypassCSP: true });
    // A mixed route, so there is a better move to show; resumed one choice from the end.
    const play = seededPlay('the-request', (step, count) => (step + 1) % count);
    await seedSave(page, play);
    await page.goto(env.url);
    await page.waitForSelector('[data-ready=menu]');

    // The first scenario from the menu: the question first, once.
    await page.getByRole('button', { name: 'Play “The request”' }).click();
    await page.waitForSelector('dialog.region-question[open]');
    await page.getByLabel('Scotland (SSSC)').check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    // Then the optional judgement check: six calls, here every one "a good call".
    await page.waitForSelector('dialog.judgement-question[open]');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    expect(await page.locator('dialog.judgement-question [role=status]').innerText()).toBe('6 still to answer.');
    for (const item of JUDGEMENT_BEFORE) await page.locator(`#judge-before-${item.id}-good`).check();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.waitForSelector('[data-ready=intro]');
    await page.getByRole('button', { name: /^Continue \(/ }).press('Enter');
    await page.waitForSelector('[data-ready=story]');
    // After each choice's feedback: the standards, in the regulator's code beside HCPC.
    const verdicts = await page.locator('.verdicts').allInnerTexts();
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.join('\n')).toMatch(/SSSC/);
    expect(verdicts.join('\n')).toMatch(/\(HCPC \d+\)/);
    await finishSeeded(page, play);
    await nextFrames(page);

    // The first viewport: outcome, key decisions, standards touched.
    const inView = await page.evaluate(() =>
      ['.ending', '.key-decisions', '.touched'].map((sel) => {
        const el = document.querySelector(sel);
        if (!el) return `${sel}: missing`;
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight ? 'ok' : `${sel}: ${Math.round(r.top)}–${Math.round(r.bottom)}`;
      }),
    );
    await screenshot(page, 'debrief-first-screen');
    expect(inView).toEqual(['ok', 'ok', 'ok']);
    expect(await page.locator('.key-decisions li.key').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.key-decisions li.key').count()).toBeLessThanOrEqual(3);
    expect(await page.locator('.key-better').first().innerText()).toMatch(/better move|strongest option/);
    expect(await page.locator('.touched').innerText()).toMatch(/SSSC/);
    // No framework list on the debrief: it is in Settings.
    expect(await page.locator('#debrief-framework').count()).toBe(0);
    // Sections closed: at most three screens.
    const height = await page.evaluate(() => document.querySelector('.panel-wrap')!.scrollHeight);
    expect(height).toBeLessThanOrEqual(3 * VIEWPORT.height);
    expect(await page.locator('details.more[open]').count()).toBe(0);
    const all = await page.evaluate(() => document.getElementById('panel')!.textContent ?? '');
    expect(all).not.toMatch(MAKERS_WORDS);
    // The outcome ladder's other levels are legible: text at full contrast, not dimmed.
    const ladder = await page
      .locator('.ladder li:not(.current)')
      .evaluateAll((lis) => lis.map((li) => [getComputedStyle(li).color, getComputedStyle(li).opacity]));
    for (const [color, opacity] of ladder) {
      expect(color).toBe('rgb(27, 31, 36)');
      expect(opacity).toBe('1');
    }

    // The parallel set on the debrief, answered as good practice says: the change is shown.
    await page.locator('#debrief-judgement > summary').click();
    for (const item of JUDGEMENT_AFTER) await page.locator(`#judge-after-${item.id}-${item.good ? 'good' : 'bad'}`).check();
    await page.getByRole('button', { name: 'See what changed' }).click();
    const beforeRight = JUDGEMENT_BEFORE.filter((i) => i.good).length;
    expect(await page.locator('.judgement-change').innerText()).toBe(`Before: ${beforeRight} of 6 calls matched good practice. After: 6 of 6.`);
    await page.locator('#debrief-judgement > summary').click();

    // A reflection answer, then a reload: the same debrief, answer and all.
    await page.locator('#debrief-reflect > summary').click();
    await page.locator('#reflect-0').fill('Explain the boundary to Shona face to face.\n<script>window.pwned=1</script>');
    const before = await page.locator('.debrief-summary').innerText();
    await page.reload();
    await page.waitForSelector('[data-ready=debrief]');
    expect(await page.locator('.debrief-summary').innerText()).toBe(before);

    // The record: an HTML document that opens anywhere, with the regulator, the answer (inert) and the plan.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your CPD record' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cpd-record-the-request-\d{4}-\d\d-\d\d\.html$/);
    const html = await downloadText(download);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
    const doc = await context.newPage();
    await doc.setContent(html);
    const text = await doc.locator('body').innerText();
    expect(text).toMatch(/CPD record: The request/);
    expect(text).toMatch(/The activity/);
    expect(text).toMatch(/What I learned/);
    expect(text).toMatch(/My reflection|What I will do differently/);
    expect(text).toContain('Explain the boundary to Shona face to face.');
    expect(text).toMatch(/Peer reflection/);
    expect(text).toContain(`Judgement check: ${beforeRight} of 6 calls matched good practice before the scenario, 6 of 6 after.`);
    expect(text).toMatch(/SSSC/);
    expect(text).not.toMatch(MAKERS_WORDS);
    expect(await doc.evaluate(() => 'pwned' in window)).toBe(false);
    await doc.close();

    // Printed: at most two A4 pages, nothing wider than the page.
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('#panel *')]
        .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > width + 1)
        .map((el) => el.tagName + '.' + el.className);
    });
    expect(overflow).toEqual([]);
    expect(await page.locator('.print-reflection').innerText()).toContain('Explain the boundary to Shona face to face.');
    // Back to no emulation: page.pdf() then lays the page out for print (with 'screen' emulated it would not).
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);

    // The map of the road not taken: every decision point and option the checker's walk finds, in its order.
    await page.locator('#debrief-map > summary').click();
    await page.waitForSelector('.road-map');
    expect(await axeViolations(page)).toEqual([]);
    const drawn = await page
      .locator('.map-point')
      .evaluateAll((points) =>
        points.map((p) => ({ id: p.getAttribute('data-point'), options: [...p.querySelectorAll('.map-option-text')].map((o) => o.textContent ?? '') })),
      );
    const walk = checkStory(path.join(root, 'stories', 'the-request.ink'), { cache: true }).walk!;
    expect(walk.decisionPoints.length).toBeGreaterThanOrEqual(4);
    expect(drawn.map((p) => p.id)).toEqual(walk.decisionPoints.map((p) => p.id));
    walk.decisionPoints.forEach((point, i) => {
      expect(drawn[i]!.options.length, point.id).toBe(point.choices.length);
      for (const [n, choice] of point.choices.entries()) expect(drawn[i]!.options[n], point.id).toContain(choice.text);
    });
    // The learner's path: one choice marked at each decision point met.
    const met = await page.locator('.map-point.met').count();
    expect(met).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.map-point.met .map-option.taken').count()).toBe(met);
    expect(await page.locator('.map-point.not-met .map-option.taken').count()).toBe(0);
    // Legible at 1024×768 too: the map's text keeps its size.
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(
      await page
        .locator('.map-option')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(16);

    // Rewind from the map: back to the second decision met, the other option taken, then play on.
    const other = page.locator('.map-point.met .map-option.other:has(button.rewind)').nth(1);
    const otherText = (await other.locator('.map-option-text').innerText()).replace(/^Option:\s*/, '');
    await other.getByRole('button', { name: /^Go back to decision \d+ and take this$/ }).click();
    await page.waitForSelector('[data-ready=story]');
    expect(await page.locator('.chosen').last().innerText()).toContain(otherText);
    await playToDebrief(page, () => 0);
    await nextFrames(page);
    const compare = page.locator('.compare');
    expect(await compare.innerText()).toMatch(/Before you went back[\s\S]*This time/);
    expect(await compare.locator('tbody tr').count()).toBe(3);
    expect(await compare.innerText()).toContain(otherText);

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await release();
  });
});
