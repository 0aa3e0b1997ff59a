/**
 * Group mode with the phone's forms: at a decision with privacy settings (or a post, or a picture), the
 * facilitator fills them in from the presenter view as the room agrees; the projector says so, the values
 * reach the story with the decision, the reveal shows what was set, and a reload resumes with them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, nextFrames, cleanPage, screenshot, SIZES, useBrowser } from './harness.ts';
import { checkTheme } from './projector-theme.ts';

const env = useBrowser();

/** Is the projector's position ("Decision 4: Reveal, page 2 of 3") on the last page of its screen? */
function lastPage(label: string): boolean {
  const m = / page (\d+) of (\d+)/.exec(label);
  return !m || m[1] === m[2];
}

const screenKind = (page: Page) => page.evaluate(() => document.getElementById('group')?.dataset.screen ?? '');

/** Next on the presenter until the projector shows one of these screens. */
async function nextUntil(presenter: Page, page: Page, kinds: string[]): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (kinds.includes(await screenKind(page))) return;
    const before = await page.locator('.gposition').innerText();
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((b) => document.querySelector('.gposition')?.textContent !== b, before).catch(() => undefined);
  }
  throw new Error(`the projector never showed ${kinds.join(' or ')}`);
}

/** The facilitator takes an option; wait until the projector shows the decision before pressing Next. */
async function takeOption(presenter: Page, page: Page, option: number): Promise<void> {
  await presenter.getByRole('button', { name: `Take option ${option}`, exact: true }).click();
  await page.waitForFunction((n) => document.querySelector('.gscreen li.glead .gnum')?.textContent === String(n), option);
}

/** At the room's next discussion, the facilitator takes an option, and the room moves past the reveal. */
async function take(presenter: Page, page: Page, option: number): Promise<void> {
  await nextUntil(presenter, page, ['choice']);
  await takeOption(presenter, page, option);
  await nextUntil(presenter, page, ['reveal']);
  await nextUntil(presenter, page, ['passage', 'choice']);
}

describe('group mode with the phone’s forms', () => {
  it('the facilitator sets the privacy settings in the presenter view; the story and the reveal follow', async () => {
    const { page, context, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, SIZES.projector, { bypassCSP: true });
    await page.goto(`${env.url}?mode=group&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const presenter = await popup;
    await presenter.setViewportSize({ width: 1000, height: 760 });
    await presenter.waitForSelector('[data-presenter=connected]');

    await take(presenter, page, 1); // Shona's request
    await take(presenter, page, 1); // supervision
    await take(presenter, page, 1); // the search: work through your settings
    await nextUntil(presenter, page, ['choice']);
    await presenter.locator('.pforms input[name=hearth_search_engines]').waitFor();
    expect(await presenter.locator('.pforms').innerText()).toMatch(/Hearth: privacy settings/);
    // The projector says what is on the phone.
    expect(await page.locator('.gforms-note').innerText()).toMatch(/a profile picture to choose and Hearth privacy settings/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await checkTheme(page)).toEqual([]);
    await screenshot(page, 'group-forms-discuss');
    await page.setViewportSize(SIZES.laptop);
    await nextFrames(page); // the resize has been handled and laid out
    expect(await checkTheme(page)).toEqual([]);
    await screenshot(page, 'group-forms-discuss');
    await page.setViewportSize(SIZES.projector);

    await presenter.locator('.pforms input[name=hearth_search_engines]').uncheck();
    await presenter.locator('.pforms input[name=hearth_friend_requests][value=friends-of-friends]').check();
    await presenter.locator('.pforms input[name=profile_picture][value=landscape]').check();
    expect(await axeViolations(presenter)).toEqual([]);
    await screenshot(presenter, 'group-forms-presenter');

    // Take it: the reveal on the projector shows what the room set, and the story branched on it.
    await takeOption(presenter, page, 1);
    await nextUntil(presenter, page, ['reveal']);
    // The reveal may run to several pages (beside the drawn phone the text column is narrower): read them all.
    const position = () => page.locator('.gposition').innerText();
    let reveal = await page.locator('.gscreen').innerText();
    for (let i = 0; i < 30 && !lastPage(await position()); i++) {
      const before = await position();
      await presenter.getByRole('button', { name: 'Next', exact: true }).click();
      await page.waitForFunction((b) => document.querySelector('.gposition')?.textContent !== b, before);
      reveal += `\n${await page.locator('.gscreen').innerText()}`;
    }
    expect(reveal).toMatch(/Let search engines link to your profile: off/);
    expect(reveal).toMatch(/Profile picture: a hillside at sunset/);
    expect(await checkTheme(page)).toEqual([]);
    await screenshot(page, 'group-forms-reveal');

    // A reload resumes the session with the settings the room chose.
    await page.reload();
    await page.waitForSelector('[data-ready^=group-]');
    // Saved under this projector tab's own id (kept in the tab across the reload).
    const state = await page.evaluate(() => localStorage.getItem(`public-profile:group:session:${sessionStorage.getItem('public-profile:group-tab')}`) ?? '');
    expect(state).toContain('"hearth_search_engines":false');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await release();
  });
});
