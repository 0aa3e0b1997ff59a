/**
 * The playable phone: every shipped scenario played to its end by tapping the drawn phone wherever a
 * choice is bound to it (`#phone:`), by mouse and by touch, and once by keyboard alone; the saves match.
 * At each choice point the same choice is taken on every run: the first one bound to the phone, else the
 * first. Where a settings panel or a picture chooser is open, its last control is changed once: on the
 * phone in the tap runs, with the keyboard in the keyboard run.
 * The keyboard run goes on to each scenario's debrief (key 1 at the last passage) and checks it: every
 * section, the sources linked to the references, and (on the first scenario's) axe-core's WCAG A and AA rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_SCENARIOS } from '../../src/story-tools/coverage-report.ts';
import { axeViolations, cleanPage, root, screenshot, skipRegionQuestion, useBrowser, type Lent, type Watched } from './harness.ts';

const env = useBrowser();

/**
 * The ways the phone is tapped. One list: more sizes (a phone, by touch) go here. The mouse run asks for
 * reduced motion (no rising cards, no pulsing rings: the drawn phone's other way, and a fifth less CPU for
 * the run, as its bigger canvas is drawn in software); the touch run taps the phone with its animations on.
 */
const TAP_RUNS = [
  { name: 'mouse at 1366×768', viewport: { width: 1366, height: 768 }, touch: false, reducedMotion: 'reduce' },
  { name: 'touch at 390×844', viewport: { width: 390, height: 844 }, touch: true, reducedMotion: 'no-preference' },
] as const;

interface Hotspot {
  control: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The form control a run changes once at a choice point, read from the text panel's own form. */
interface FormEdit {
  /** The phone control that does it (`setting:…` or `picture:…`). */
  control: string;
  /** The DOM input the keyboard uses, and how. */
  selector: string;
  key: 'Space' | 'ArrowDown';
}

const keyboardSaves = new Map<string, unknown>();
/** axe-core's findings on the first scenario's debrief, every section open (undefined: not scanned). */
let debriefViolations: string[] | undefined;

/** The save as stored, without the moment it was written. */
async function savedPlay(page: Page, scenario: string): Promise<unknown> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `public-profile:save:${scenario}`);
  expect(raw, `a save for ${scenario}`).toBeTruthy();
  const save = JSON.parse(raw!) as Record<string, unknown>;
  delete save.savedAt;
  return save;
}

async function startScenario(page: Page, scenario: string, query: string): Promise<void> {
  await page.goto(`${env.url}?play=${scenario}${query}`);
  await page.waitForSelector('[data-ready=story], [data-ready=intro]');
  await skipRegionQuestion(page);
  if ((await page.evaluate(() => document.documentElement.dataset.ready)) === 'intro') {
    await page.locator('.actions button.primary').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-ready=story]');
  }
}

/** The choice to take (the first bound to the phone, else the first) and its control. */
async function pickChoice(page: Page): Promise<{ index: number; control: string | undefined; end: boolean }> {
  // Attached, not visible: on a small screen the story may be a tab away while the phone shows.
  await page.waitForSelector('button.choice', { state: 'attached' });
  return page.evaluate(() => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('button.choice')];
    if (buttons.some((b) => b.classList.contains('to-debrief'))) return { index: 0, control: undefined, end: true };
    const bound = buttons.findIndex((b) => b.dataset.phone);
    return { index: Math.max(0, bound), control: bound >= 0 ? buttons[bound]!.dataset.phone : undefined, end: false };
  });
}

/** The last control of an open settings panel or picture chooser, if one is open. */
async function formEdit(page: Page): Promise<FormEdit | undefined> {
  return page.evaluate(() => {
    const inputs = [...document.querySelectorAll<HTMLInputElement>('.pieces input[type=checkbox], .pieces input[type=radio]')].filter(
      (i) => i.name !== 'post_photo' && i.name !== 'post_check_in',
    );
    const last = inputs.at(-1);
    if (!last) return undefined;
    if (last.name === 'profile_picture')
      return { control: `picture:${last.value}`, selector: `.pieces input[name=profile_picture][value="${last.value}"]`, key: 'Space' as const };
    if (last.type === 'checkbox') return { control: `setting:${last.name}`, selector: `.pieces input[name="${last.name}"]`, key: 'Space' as const };
    return { control: `setting:${last.name}`, selector: `.pieces input[name="${last.name}"]:checked`, key: 'ArrowDown' as const };
  });
}

const chosenCount = (page: Page) => page.evaluate(() => document.querySelectorAll('.chosen').length);

async function waitForNextPoint(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelector('button.to-debrief') !== null || document.querySelectorAll('.chosen').length > n, before);
}

/**
 * Wait until the phone shows this control live for the choices now on screen; a point in it, in page pixels.
 * Successive taps alternate between its left and right parts: two touches at one spot in quick succession
 * are a double tap, whose second half the game ignores (as it ignores a double click's).
 */
let side = 1;
async function hotspotCentre(page: Page, control: string): Promise<{ x: number; y: number }> {
  side = -side;
  const step = await chosenCount(page);
  const handle = await page.waitForFunction(
    (want) => {
      const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
      if (!canvas || canvas.dataset.hotspotsStep !== String(want.step)) return undefined;
      const spots = JSON.parse(canvas.dataset.hotspots ?? '[]') as Hotspot[];
      const spot = spots.find((s) => s.control === want.control);
      if (!spot) return undefined;
      const box = canvas.getBoundingClientRect();
      return {
        x: box.left + ((spot.x + spot.width / 2 + (want.side * spot.width) / 4) * box.width) / canvas.width,
        y: box.top + ((spot.y + spot.height / 2) * box.height) / canvas.height,
      };
    },
    { control, step, side },
    { timeout: 15_000 },
  );
  return (await handle.jsonValue())!;
}

/** Play a started scenario to its last passage; `tap` is how the phone is tapped (none: keyboard alone). Returns the number of taps. */
async function playOut(page: Page, tap: ((x: number, y: number) => Promise<void>) | undefined): Promise<number> {
  let taps = 0;
  for (let step = 0; step < 60; step++) {
    const { index, control, end } = await pickChoice(page);
    if (end) return taps;
    const edit = await formEdit(page);
    if (edit) {
      if (tap) {
        const at = await hotspotCentre(page, edit.control);
        const before = await page.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)?.checked, edit.selector);
        await tap(at.x, at.y);
        taps++;
        // The phone's tap goes through the panel's own form control.
        if (edit.key === 'Space' && edit.control.startsWith('setting:')) {
          await page.waitForFunction(([sel, was]) => document.querySelector<HTMLInputElement>(sel)?.checked !== was, [edit.selector, before] as const);
        } else {
          await page.waitForFunction((sel) => document.querySelector<HTMLInputElement>(sel)?.checked === true || sel.endsWith(':checked'), edit.selector);
        }
      } else {
        await page.focus(edit.selector);
        await page.keyboard.press(edit.key);
      }
    }
    const before = await chosenCount(page);
    if (tap && control) {
      const at = await hotspotCentre(page, control);
      await tap(at.x, at.y);
      taps++;
    } else {
      await page.keyboard.press(String(index + 1));
    }
    await waitForNextPoint(page, before);
  }
  throw new Error('did not reach the end');
}

/** A scenario's title, from its story's `#title:` tag. */
const titleOf = (scenario: string) => /^#\s*title:\s*(.+)$/m.exec(readFileSync(path.join(root, 'stories', `${scenario}.ink`), 'utf8'))![1]!.trim();

/** The debrief on screen: the first screen says it all; the rest is in sections the learner opens (opened here). */
async function checkDebrief(page: Page, scenario: string): Promise<void> {
  expect(await page.locator('details.more[open]').count()).toBe(0);
  for (const summary of await page.locator('details.more > summary').all()) await summary.click();
  const text = await page.locator('#panel').innerText();
  expect(text).toContain(`Debrief: ${titleOf(scenario)}`);
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
  expect(await page.locator('.standards > li > h3').count()).toBeGreaterThan(0);
  // axe-core once, on the first scenario's debrief with every section open (checked after the runs): the other
  // debriefs are the same screen with other story text (about 1.3 CPU-s a scan). The debrief is scanned too in
  // debrief.test.ts (the road map open) and robust.test.ts (at the laptop and projector sizes).
  if (scenario === SHIPPED_SCENARIOS[0]) debriefViolations = await axeViolations(page);
  await screenshot(page, `debrief-${scenario}`);
  await page.locator('.standards > li').first().scrollIntoViewIfNeeded();
  await screenshot(page, `debrief-${scenario}-standards`);
}

describe('by keyboard alone (text only), on to the debrief', () => {
  let watched: Lent;
  beforeAll(async () => {
    // bypassCSP only for axe-core, which the test injects on the debrief.
    watched = await cleanPage(env.browser, env.url, { width: 1366, height: 768 }, { bypassCSP: true });
  });
  afterAll(async () => watched.release());

  it.each(SHIPPED_SCENARIOS)('plays %s to its end, and its debrief has every section', async (scenario) => {
    const { page } = watched;
    await startScenario(page, scenario, '&renderer=none');
    await playOut(page, undefined);
    keyboardSaves.set(scenario, await savedPlay(page, scenario));
    await page.keyboard.press('1');
    await page.waitForSelector('[data-ready=debrief]');
    await checkDebrief(page, scenario);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  it(`has no axe violation on the debrief of ${SHIPPED_SCENARIOS[0]}, every section open`, () => {
    expect(debriefViolations).toEqual([]);
  });
});

describe.each(TAP_RUNS)('tapping the drawn phone, $name', ({ viewport, touch, reducedMotion }) => {
  let watched: Watched;
  let total = 0;
  beforeAll(async () => {
    const context = await env.browser.newContext({ viewport, hasTouch: touch, reducedMotion });
    watched = { context, page: await context.newPage(), errors: [], foreignRequests: [] };
    watched.page.on('pageerror', (e) => watched.errors.push(e.message));
  });
  afterAll(async () => watched.context.close());

  it.each(SHIPPED_SCENARIOS)('plays %s to its end with the same save as the keyboard', async (scenario) => {
    const { page } = watched;
    await startScenario(page, scenario, '');
    await page.waitForSelector('#stage canvas');
    const tap = touch ? (x: number, y: number) => page.touchscreen.tap(x, y) : (x: number, y: number) => page.mouse.click(x, y);
    total += await playOut(page, tap);
    expect(await savedPlay(page, scenario)).toEqual(keyboardSaves.get(scenario));
    expect(watched.errors).toEqual([]);
  });

  it('took choices and changed forms on the phone all through', () => {
    // Requests, replies, posts, a report, blocks, settings and pictures, over the seven scenarios.
    expect(total).toBeGreaterThan(15);
  });
});
