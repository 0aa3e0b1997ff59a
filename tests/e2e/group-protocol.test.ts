/**
 * Group sessions in Chromium, the room's screen and the windows' protocol: the projector theme's sizes, line
 * count and contrast in the most cramped window; a window wider than 16:9; the presenter reconnecting, one presenter
 * at a time, projector tabs with sessions of their own; blocked pop-ups; corrupt saved state.
 */
import { describe, expect, it } from 'vitest';
import { nextFrames, cleanPage, openPage, screenshot, useBrowser } from './harness.ts';
import { checkTheme } from './projector-theme.ts';
import { axe, footer, kind, presenterNext, PROJECTOR_SIZES, roadReady } from './group-helpers.ts';

const env = useBrowser();

// The protocol between windows is the subject here, not the drawn phone: the projector plays as text.
describe('the projector theme at every size', () => {
  // 1024×768 is walked screen by screen for every scenario by group-clicker.test.ts, and 1920×1080 by
  // group.test.ts; here the shortest 16:9 window (the most cramped).
  const cases: { name: string; viewport: { width: number; height: number }; route: 'third' | 'last' }[] = [
    { name: '1280x720', viewport: PROJECTOR_SIZES['1280x720'], route: 'third' },
  ];
  it.each(cases)('text sizes, lines and contrast at $name (the room takes the $route option)', async ({ viewport, route }) => {
    const { page, release } = await cleanPage(env.browser, env.url, viewport);
    await page.goto(`${env.url}?mode=group&renderer=none&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    const sizes = await page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.querySelector('.gscreen p')!).fontSize),
      heading: parseFloat(getComputedStyle(document.querySelector('.gscreen h1')!).fontSize),
      vh: window.innerHeight,
    }));
    expect(sizes.body).toBeGreaterThanOrEqual(0.04 * sizes.vh);
    expect(sizes.heading).toBeGreaterThanOrEqual(0.06 * sizes.vh);
    // Every screen of a whole session, with votes for the screens that show them.
    let screens = 0;
    for (let guard = 0; guard < 300; guard++) {
      const k = await kind(page);
      if (k === 'road') await roadReady(page);
      const label = await footer(page);
      expect(await checkTheme(page), `${label} at ${viewport.width}x${viewport.height}`).toEqual([]);
      screens++;
      if (k === 'summary') break;
      if (k === 'choice' && (await page.locator('.gvotes').count()) === 0) {
        const count = await page.locator('.goptions li').count();
        const pick = route === 'last' ? count : Math.min(3, count);
        await page.keyboard.press(String(pick));
        await page.keyboard.press(String(pick));
        await page.keyboard.press('1');
        continue;
      }
      await page.keyboard.press('PageDown');
    }
    expect(await kind(page)).toBe('summary');
    expect(screens).toBeGreaterThan(30);
    await release();
  });
});

describe('a window wider than 16:9', () => {
  it('pillarboxes the projector frame in the middle', async () => {
    const { page, release } = await cleanPage(env.browser, env.url, { width: 2560, height: 1080 });
    await page.goto(`${env.url}?mode=group&renderer=none&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    const box = await page.locator('.gmain').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(1080 * (16 / 9) + 1);
    expect(Math.abs(box!.x - (2560 - box!.width) / 2)).toBeLessThan(2);
    expect(await checkTheme(page)).toEqual([]);
    await release();
  });
});

describe('the presenter window reconnects', () => {
  it('after the projector window reloads, and an old presenter window is refused', async () => {
    const { page, context, release, errors } = await cleanPage(env.browser, env.url, PROJECTOR_SIZES['1280x720']);
    await page.goto(`${env.url}?mode=group&renderer=none&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const presenter = await popup;
    await presenter.waitForSelector('[data-presenter=connected]');
    const first = await footer(page);
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((l) => document.querySelector('.gposition')?.textContent !== l, first);
    const label = await footer(page);
    // The projector reloads: the presenter notices the silence, then its pings reach the resumed session.
    await page.reload();
    await page.waitForSelector('[data-ready^=group-passage]');
    expect(await footer(page)).toBe(label);
    await presenter.waitForFunction((l) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${l}`, label);
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await page.waitForFunction((l) => document.querySelector('.gposition')?.textContent !== l, label);
    await presenter.waitForFunction((l) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${l}`, await footer(page));
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBe('connected');
    // A presenter window for another session (say, left open from yesterday) is told so and changes nothing.
    const stale = context.waitForEvent('page');
    await page.evaluate(() => window.open('?mode=group&view=presenter&session=yesterday-0000', 'stale'));
    const old = await stale;
    await old.waitForFunction(() => document.querySelector('.pconn')?.textContent?.includes('refused'));
    expect(errors).toEqual([]);
    await release();
  });
});

describe('one presenter at a time, and what only the presenter sees', () => {
  it('the presenter starts a scenario and stays linked; a second presenter is told and can take over; hints stay off the projector', async () => {
    const { page, context, release, errors } = await cleanPage(env.browser, env.url, PROJECTOR_SIZES['1280x720']);
    await page.goto(`${env.url}?mode=group&renderer=none`);
    await page.waitForSelector('[data-ready=group-menu]');
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const presenter = await popup;
    await presenter.waitForSelector('[data-presenter=connected]');
    // Start from the presenter's own button: it stays linked.
    await presenter.getByRole('button', { name: /The request/ }).click();
    await page.waitForSelector('[data-ready=group-passage]');
    await presenter.waitForFunction(() => document.querySelector('.pnow h2')?.textContent?.startsWith('On the projector: Decision 1'), undefined, {
      timeout: 5000,
    });
    while ((await kind(page)) !== 'choice') await presenterNext(presenter, page);

    // A facilitator's slip: the hint goes to the presenter, never onto the projector.
    await page.keyboard.press('9');
    await presenter.waitForFunction(() => document.querySelector('.pmessage')?.textContent?.includes('There is no option 9'), undefined, { timeout: 5000 });
    expect(await page.locator('body').innerText()).not.toMatch(/no option 9/);

    // A second presenter window for the same session is told it is a second one; the first keeps control.
    const session = new URL(presenter.url()).searchParams.get('session') ?? '';
    const secondOpened = context.waitForEvent('page');
    await page.evaluate((id) => {
      // The projector counts the second window's pings as they arrive (a condition to wait on, not a fixed time).
      const win = window.open(`?mode=group&view=presenter&session=${id}`, 'second-presenter');
      const seen = { pings: 0 };
      Object.assign(window, { secondPings: seen });
      window.addEventListener('message', (e) => {
        if (e.source === win && (e.data as { kind?: string } | null)?.kind === 'ping') seen.pings++;
      });
    }, session);
    const second = await secondOpened;
    await second.getByRole('button', { name: 'Take over' }).waitFor({ timeout: 5000 });
    expect(await second.locator('.pconn').innerText()).toMatch(/another presenter window/i);
    // Its pings go on (one a second): two of them reach the projector and must not take control.
    await page.waitForFunction(() => (window as unknown as { secondPings: { pings: number } }).secondPings.pings >= 2, undefined, { timeout: 10_000 });
    expect(await second.evaluate(() => document.documentElement.dataset.presenter)).toBe('second');
    await presenterNext(presenter, page);
    // Taking over is explicit; the first is then told, with the same button.
    await second.getByRole('button', { name: 'Take over' }).click();
    await second.waitForSelector('[data-presenter=connected]', { timeout: 5000 });
    await presenter.getByRole('button', { name: 'Take over' }).waitFor({ timeout: 5000 });
    await presenterNext(second, page);
    expect(errors).toEqual([]);
    await release();
  });
});

describe('projector tabs', () => {
  it('two projector tabs keep their own sessions; a new tab offers the saved one, resumes nothing blindly, and a clicker resumes it', async () => {
    const { page, context, errors } = await openPage(env.browser, env.url, PROJECTOR_SIZES['1280x720']);
    await page.goto(`${env.url}?mode=group&renderer=none&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    while ((await kind(page)) !== 'choice') await page.keyboard.press('PageDown');
    const label = await footer(page);
    const other = await context.newPage();
    await other.goto(`${env.url}?mode=group&renderer=none`);
    // Not resumed blindly, and not offered while tab A has it open.
    await other.waitForSelector('[data-ready=group-menu]', { timeout: 5000 });
    expect(await other.locator('.gsaved').count()).toBe(0);
    // Tab A reloads: its own session, where it was.
    await page.reload();
    await page.waitForSelector('[data-ready=group-choice]');
    expect(await footer(page)).toBe(label);
    // Tab A is closed: the other tab now offers its session, and resumes it only when asked.
    await page.close({ runBeforeUnload: true });
    await other.reload();
    await other.waitForSelector('[data-ready=group-menu]');
    expect(await other.locator('.gsaved').innerText()).toMatch(/The request/);
    // By keys alone (a clicker): Page Down past the scenarios to the saved session, then the start key.
    for (let i = 0; i < 20 && (await other.locator('.gsaved .gpointed').count()) === 0; i++) await other.keyboard.press('PageDown');
    expect(await other.locator('.gsaved .gpointed').innerText()).toMatch(/Resume “The request”.*◀ highlighted/s);
    expect(await other.locator('.gscenarios .gpointed').count()).toBe(0);
    await other.keyboard.press('F5');
    await other.waitForSelector('[data-ready=group-choice]');
    expect(await footer(other)).toBe(label);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a projector tab that crashed', () => {
  it('is restored within seconds and carries on its own session (it is not taken for a duplicate)', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, PROJECTOR_SIZES['1280x720']);
    await page.goto(`${env.url}?mode=group&renderer=none&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    while ((await kind(page)) !== 'choice') await page.keyboard.press('PageDown');
    const label = await footer(page);
    // A crash leaves the tab's claim fresh (no pagehide released it), as if the page that made it were still
    // open; then the tab is restored, with its id in sessionStorage.
    await page
      .evaluate(() => {
        const id = sessionStorage.getItem('public-profile:group-tab');
        localStorage.setItem(`public-profile:group:live:${id}`, JSON.stringify({ owner: 'the-crashed-page', at: Date.now() }));
        Object.assign(window, { crashed: true });
        location.reload();
      })
      .catch(() => undefined); // the page goes away under the call
    await page.waitForFunction(() => !('crashed' in window) && document.documentElement.dataset.ready === 'group-choice', undefined, { timeout: 10_000 });
    expect(await footer(page)).toBe(label);
    expect(await page.locator('.gnotices').innerText()).not.toMatch(/another tab/);
    expect(errors).toEqual([]);
    await release();
  });
});

describe('when things go wrong', () => {
  it('blocked pop-ups: the presenter controls appear on screen; single-key shortcuts can be turned off', async () => {
    const { page, context, errors } = await openPage(env.browser, env.url, PROJECTOR_SIZES['1280x800'], { bypassCSP: true });
    await context.addInitScript(() => {
      window.open = () => null;
    });
    await page.goto(`${env.url}?mode=group&renderer=none&play=the-request`);
    await page.waitForSelector('[data-ready=group-passage]');
    await page.keyboard.press('s');
    await page.waitForSelector('.gpanel:not([hidden])');
    expect(await page.locator('.gnotices').innerText()).toMatch(/For the facilitator: Pop-ups are blocked/);
    while ((await kind(page)) !== 'choice') await page.getByRole('button', { name: 'Next', exact: true }).click();
    // A slip with the on-screen controls open: nothing is counted, and the reducer's message (the presenter
    // window's, checked above) is not put in front of the room.
    const counts = await page.locator('.gcount').allInnerTexts();
    await page.keyboard.press('9');
    await nextFrames(page);
    expect(await page.locator('.gcount').allInnerTexts()).toEqual(counts);
    expect(counts.every((c) => c.startsWith('0 hands'))).toBe(true);
    expect(await page.evaluate(() => document.body.textContent)).not.toMatch(/no option 9/);
    await page.getByLabel('Hands for option 3').fill('4');
    await page.getByLabel('Hands for option 3').press('Tab');
    await page.waitForSelector('.gvotes');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'group-onscreen-panel');
    // Single-key shortcuts off: 1 no longer counts a hand; Page Down still works.
    await page.getByLabel('Single-key shortcuts (letters and numbers)').uncheck();
    await page.locator('.gmain').focus();
    await page.keyboard.press('1');
    expect(await page.locator('.gcount').first().innerText()).toMatch(/^0 hands/);
    await page.keyboard.press('PageDown'); // the majority: Next reveals it
    await page.waitForSelector('[data-ready=group-reveal]');
    // The help dialog opens with the Controls panel's keys list too (and ? is off now, so use the panel).
    expect(errors).toEqual([]);
    await context.close();
  });

  it('corrupt saved state: a clear message and a fresh start', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, PROJECTOR_SIZES['1280x800'], { bypassCSP: true });
    await page.goto(`${env.url}?mode=group&renderer=none`);
    await page.waitForSelector('[data-ready=group-menu]');
    await page.evaluate(() => localStorage.setItem('public-profile:group', '{"version":1,"scenario":"the-request","decisions":[{"taken":-3}]}'));
    await page.reload();
    await page.waitForSelector('[data-ready=group-menu]');
    // With no presenter window the start-up notice is on the projector, as the facilitator's, outside the story.
    expect(await page.locator('.gnotices').innerText()).toMatch(
      /For the facilitator: The saved group session could not be read \(.+\), so a fresh group session starts/,
    );
    expect(await page.locator('.gscreen').innerText()).not.toMatch(/could not be read/);
    expect(await page.evaluate(() => localStorage.getItem('public-profile:group'))).toBeNull();
    await page.keyboard.press('?');
    expect(await page.getByRole('dialog', { name: 'Keys for the facilitator' }).isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'group-help');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await release();
  });
});
