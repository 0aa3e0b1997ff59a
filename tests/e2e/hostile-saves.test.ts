/**
 * Hostile and unlucky storage, in a real browser: every key the solo game keeps (a save per scenario, the
 * active scenario, notes per scenario, preferences) with corrupt, foreign, oversized, prototype-polluting
 * and wrong-type values; blocked and full storage; a second tab; back/forward; a reload mid-choice and on
 * the debrief; drafts with control characters, lone surrogates and 10,000 characters; and undo. Each case
 * asserts a clear message or safe handling, that nothing else stored is lost, and no console error.
 * One browser context for the file (pages of their own only where a case needs one), text only
 * (`?renderer=none`), no fixed waits.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { encodeSave, type SaveData } from '../../src/core/story/save.ts';
import { Session } from '../../src/core/story/session.ts';
import { checkStory } from '../../src/story-tools/stories.ts';
import { cleanPage, root, useBrowser } from './harness.ts';
import { seededPlay } from './seed.ts';

const env = useBrowser();

const SAVE = 'public-profile:save:the-request';
const ACTIVE = 'public-profile:active';
const NOTES = 'public-profile:notes:the-request';
const PREFS = 'public-profile:preferences';
/** Another scenario's save and notes: every case checks they come through untouched. */
const OTHER_SAVE = 'public-profile:save:lock-it-down';
const OTHER_NOTES = 'public-profile:notes:lock-it-down';

/** Play a scenario in node, the game's own core: the save at the first point where `stop` holds, or at the end. */
function playTo(scenario: string, stop: (session: Session) => boolean = () => false): { save: SaveData; choices: string[] } {
  const check = checkStory(path.join(root, 'stories', `${scenario}.ink`), { walk: false });
  const session = Session.start(check.compile.story!, check.meta!);
  while (!session.isFinished && !stop(session)) session.choose(0);
  return { save: session.toSave(), choices: session.choicePoints.map((p) => p.choices.map((c) => c.text).join('|')) };
}

const request = seededPlay('the-request');
const requestSave = JSON.parse(request.save) as SaveData;
const finished = encodeSave(playTo('the-request').save);
const composing = playTo('think-before-you-post', (s) => s.snapshot().phone.forms.some((f) => f.kind === 'composer')).save;
const other = seededPlay('lock-it-down').save;
const otherNotes = JSON.stringify({ 'A question?': 'My answer, kept.' });
const valid = (over: Record<string, unknown>) => JSON.stringify({ ...requestSave, ...over });

let context: BrowserContext;
let release: (() => Promise<void>) | undefined;
let page: Page;
let errors: string[];
const dialogs: string[] = [];

async function load(query = ''): Promise<void> {
  await page.goto(`${env.url}?renderer=none${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready && document.getElementById('panel')?.dataset.screen !== 'loading');
}

/** Storage as the case wants it (and the bystanders), then a fresh load of the game. */
async function seed(entries: [string, string][], query = ''): Promise<void> {
  await page.evaluate(
    (all) => {
      localStorage.clear();
      for (const [k, v] of all) localStorage.setItem(k, v);
    },
    [[OTHER_SAVE, other], [OTHER_NOTES, otherNotes], ...entries] as [string, string][],
  );
  await load(query);
}

const notices = () => page.locator('#notices').innerText();
const screen = () => page.evaluate(() => document.getElementById('panel')?.dataset.screen);
const stored = (key: string) => page.evaluate((k) => localStorage.getItem(k), key);

async function bystandersKept(): Promise<void> {
  expect(await stored(OTHER_SAVE)).toBe(other);
  expect(await stored(OTHER_NOTES)).toBe(otherNotes);
  expect(await page.evaluate(() => 'polluted' in Object.prototype || 'x' in Object.prototype)).toBe(false);
}

beforeAll(async () => {
  ({ context, page, errors, release } = await cleanPage(env.browser, env.url, { width: 1024, height: 768 }));
  // A bound against a hang, not a speed check: at load 20 and above a reload here took over 5 s.
  page.setDefaultTimeout(30_000);
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await load();
});
afterAll(async () => {
  await release?.();
});

const READ = /could not be read/;
const polluting = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}';

describe('every key with bad values: a clear message or safe handling, nothing else lost', () => {
  const cases: { name: string; seed: [string, string][]; screen: string; notice: RegExp | null; gone?: string[]; kept?: string[] }[] = [
    {
      name: 'save: not JSON',
      seed: [
        [SAVE, '{not json'],
        [ACTIVE, 'the-request'],
      ],
      screen: 'menu',
      notice: READ,
      gone: [SAVE],
    },
    {
      name: 'save: a JSON list',
      seed: [
        [SAVE, '[1,2,3]'],
        [ACTIVE, 'the-request'],
      ],
      screen: 'menu',
      notice: READ,
    },
    {
      name: 'save: wrong types',
      seed: [
        [SAVE, valid({ choices: '0,1', savedAt: 7 })],
        [ACTIVE, 'the-request'],
      ],
      screen: 'menu',
      notice: READ,
    },
    {
      name: 'save: prototype-polluting',
      seed: [
        [SAVE, `${polluting.slice(0, -1)},"version":1,"scenario":"the-request","fingerprint":"x","choices":[0],"draft":{"__proto__":{"polluted":1}}}`],
        [ACTIVE, 'the-request'],
      ],
      screen: 'menu',
      notice: READ,
    },
    {
      name: 'save: oversized',
      seed: [
        [SAVE, valid({ pad: 'x'.repeat(40_000) })],
        [ACTIVE, 'the-request'],
      ],
      screen: 'menu',
      notice: /could not be read \(too long\)/,
    },
    {
      name: 'save: a choice out of range (item 7)',
      seed: [[SAVE, valid({ choices: [...requestSave.choices, 99] })]],
      screen: 'menu',
      notice: null,
      kept: [SAVE],
    },
    {
      name: 'save: foreign (another scenario under this key)',
      seed: [
        [SAVE, valid({ scenario: 'the-page' })],
        [ACTIVE, 'the-request'],
      ],
      screen: 'menu',
      notice: /different scenario/,
    },
    {
      name: 'save: from another app',
      seed: [
        [SAVE, '{"foo":"bar"}'],
        [ACTIVE, 'the-request'],
      ],
      screen: 'menu',
      notice: /different version/,
    },
    {
      name: 'save: the end marker of the wrong type',
      seed: [
        [SAVE, valid({ finished: 'yes' })],
        [ACTIVE, 'the-request'],
      ],
      screen: 'menu',
      notice: READ,
    },
    {
      name: 'active: markup',
      seed: [
        [SAVE, request.save],
        [ACTIVE, '<img src=x onerror=alert(1)>'],
      ],
      screen: 'menu',
      notice: null,
      kept: [SAVE],
    },
    { name: 'active: an unknown scenario', seed: [[ACTIVE, 'no-such-scenario']], screen: 'menu', notice: null },
    {
      name: 'active: __proto__',
      seed: [
        [SAVE, request.save],
        [ACTIVE, '__proto__'],
      ],
      screen: 'menu',
      notice: null,
      kept: [SAVE],
    },
    {
      name: 'notes: not JSON (on a debrief)',
      seed: [
        [SAVE, finished],
        [ACTIVE, 'the-request'],
        [NOTES, '{nope'],
      ],
      screen: 'debrief',
      notice: null,
      kept: [SAVE],
    },
    {
      name: 'notes: prototype-polluting, wrong types',
      seed: [
        [SAVE, finished],
        [ACTIVE, 'the-request'],
        [NOTES, `${polluting.slice(0, -1)},"q":5,"r":["x"],"s":null}`],
      ],
      screen: 'debrief',
      notice: null,
      kept: [SAVE],
    },
    {
      name: 'notes: oversized',
      seed: [
        [SAVE, finished],
        [ACTIVE, 'the-request'],
        [NOTES, JSON.stringify({ q: 'n'.repeat(200_000) })],
      ],
      screen: 'debrief',
      notice: null,
      kept: [SAVE],
    },
    { name: 'preferences: not JSON', seed: [[PREFS, '{{{']], screen: 'menu', notice: /saved settings could not be read/ },
    {
      name: 'preferences: prototype-polluting, wrong types',
      seed: [[PREFS, `${polluting.slice(0, -1)},"captions":"yes","volume":1e99}`]],
      screen: 'menu',
      notice: /saved settings could not be read/,
    },
  ];

  it.each(cases)('$name', async (c) => {
    await seed(c.seed);
    expect(await screen()).toBe(c.screen);
    await expect.poll(notices).toMatch(c.notice ?? /^$/);
    for (const key of c.gone ?? []) expect(await stored(key)).toBeNull();
    for (const key of c.kept ?? []) expect(await stored(key)).toBe(c.seed.find(([k]) => k === key)![1]);
    await bystandersKept();
    expect(errors).toEqual([]);
  });

  it('a choice out of range, resumed, says the save could not be read (not that the scenario changed)', async () => {
    await seed([[SAVE, valid({ choices: [...requestSave.choices, 99] })]], '&play=the-request');
    await page.getByRole('button', { name: /^Continue \(/ }).click();
    await page.waitForSelector('[data-ready=story]');
    await expect.poll(notices).toMatch(/saved progress could not be read \(saved choice 99/);
    expect(await notices()).not.toMatch(/changed|updated/);
    await bystandersKept();
  });
});

describe('reloads, tabs and history', () => {
  it('a reload on the debrief returns to the same debrief, notes and all; leaving it clears it', async () => {
    await seed([
      [SAVE, request.save],
      [ACTIVE, 'the-request'],
    ]);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForSelector('button.choice');
    await page.keyboard.press(String(request.last + 1));
    await page.locator('button.to-debrief').click();
    await page.waitForSelector('[data-ready=debrief]');
    await page.locator('#debrief-reflect > summary').click();
    await page.locator('#reflect-0').fill('What I would do differently.');
    const before = await page.locator('#panel').innerText();
    await page.reload();
    await page.waitForSelector('[data-ready=debrief]');
    expect(await page.locator('#panel').innerText()).toBe(before);
    expect(await page.locator('#reflect-0').inputValue()).toBe('What I would do differently.');
    await page.getByRole('button', { name: 'Choose another scenario' }).click();
    await page.waitForSelector('[data-ready=menu]');
    expect(await stored(SAVE)).toBeNull();
    expect(await page.locator('.resume').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await bystandersKept();
  });

  it('"Clear my notes" can be undone', async () => {
    await seed([
      [SAVE, finished],
      [ACTIVE, 'the-request'],
      [NOTES, '{}'],
    ]);
    await page.locator('#debrief-reflect > summary').click();
    await page.locator('#reflect-0').fill('Keep me');
    await page.getByRole('button', { name: 'Clear my notes' }).click();
    expect(await page.locator('#reflect-0').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('#reflect-0').inputValue()).toBe('Keep me');
    expect(JSON.parse((await stored(NOTES))!)).toEqual({ [await page.locator('label[for=reflect-0]').innerText()]: 'Keep me' });
  });

  it('"Start it again" on the resume card can be undone, back to the same place', async () => {
    await seed([
      [SAVE, request.save],
      [ACTIVE, 'the-request'],
    ]);
    await page.getByRole('button', { name: 'Start it again' }).click();
    await page.waitForSelector('[data-ready=story]');
    expect(await stored(SAVE)).toBeNull();
    await expect.poll(notices).toMatch(/earlier progress in “.*” \(\d+ decisions?\) was cleared/);
    await page.locator('#notices').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.chosen').count()).toBe(request.steps - 1);
    expect(JSON.parse((await stored(SAVE))!).choices).toEqual(requestSave.choices);
  });

  it('a reload mid-choice leaves a save that reads back (before or after that choice)', async () => {
    await seed([
      [SAVE, request.save],
      [ACTIVE, 'the-request'],
    ]);
    await page.getByRole('button', { name: 'Start it again' }).click();
    await page.waitForSelector('button.choice');
    await page.keyboard.press('1');
    await page.reload();
    await page.waitForSelector('[data-ready]');
    await page.waitForFunction(() => document.getElementById('panel')?.dataset.screen === 'menu');
    expect(await notices()).toBe('');
    const steps = (await stored(SAVE)) === null ? 0 : (JSON.parse((await stored(SAVE))!) as SaveData).choices.length;
    expect(steps).toBeLessThanOrEqual(1);
    expect(await page.locator('.resume').count()).toBe(steps);
  });

  it('back returns to the game with its save intact', async () => {
    await seed([
      [SAVE, request.save],
      [ACTIVE, 'the-request'],
    ]);
    await page.goto(`${env.url}?renderer=none&play=no-such`);
    await page.waitForSelector('[data-ready=menu]');
    await page.goBack();
    await page.waitForSelector('[data-ready=menu]');
    expect(await page.locator('.resume').count()).toBe(1);
    expect(await stored(SAVE)).toBe(request.save);
    expect(errors).toEqual([]);
  });

  it('a second tab that starts again is noticed by the first, which chooses to keep its own progress', async () => {
    await seed([
      [SAVE, request.save],
      [ACTIVE, 'the-request'],
    ]);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForSelector('button.choice');
    const second = await context.newPage();
    second.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await second.goto(`${env.url}?renderer=none`);
    await second.getByRole('button', { name: 'Start it again' }).click();
    await second.waitForSelector('[data-ready=story]');
    await expect.poll(notices).toMatch(/cleared in another tab/);
    await page.getByRole('button', { name: /Keep playing here/ }).click();
    expect(JSON.parse((await stored(SAVE))!).choices).toEqual(requestSave.choices);
    await expect.poll(() => second.locator('#notices').innerText()).toMatch(/changed in another tab/);
    await second.getByRole('button', { name: /Load the other tab/ }).click();
    await expect.poll(() => second.locator('.chosen').count()).toBe(request.steps - 1);
    await second.close();
    expect(errors).toEqual([]);
  });
});

/** Another page in the same context, its storage broken by `script` before the game runs. */
async function pageWith(script: string): Promise<Page> {
  const p = await context.newPage();
  p.setDefaultTimeout(30_000);
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => errors.push(e.message));
  await p.addInitScript(script);
  return p;
}

describe('storage that fails', () => {
  it('blocked: said once after the first choice, and play goes on', async () => {
    const blocked = await pageWith(
      `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`,
    );
    await blocked.goto(`${env.url}?renderer=none&play=the-request`);
    await blocked.locator('button.choice').first().click();
    await blocked.waitForSelector('.chosen');
    expect(await blocked.locator('#notices .notice').allInnerTexts()).toEqual([expect.stringMatching(/blocking storage.*keep playing/s)]);
    expect(await blocked.locator('button.choice').count()).toBeGreaterThan(0);
    await blocked.close();
    expect(errors).toEqual([]);
  });

  it('full (quota): said after the next choice, and the last save stands', async () => {
    await seed([
      [SAVE, request.save],
      [ACTIVE, 'the-request'],
    ]);
    const full = await pageWith(
      `const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) { if (String(k).startsWith('public-profile:save:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); return set.call(this, k, v); };`,
    );
    await full.goto(`${env.url}?renderer=none`);
    await full.getByRole('button', { name: 'Continue', exact: true }).click();
    await full.locator('button.choice').first().click();
    await expect.poll(() => full.locator('#notices').innerText()).toMatch(/storage is full/);
    expect(await stored(SAVE)).toBe(request.save);
    await full.close();
    await bystandersKept();
    expect(errors).toEqual([]);
  });
});

describe('drafts', () => {
  /** The text, made in the page (lone surrogates do not survive the trip from node intact). */
  type Draft = { unit: string; times: number };
  const open = async (draft: Draft) => {
    dialogs.length = 0;
    await seed([
      [SAVE.replace('the-request', 'think-before-you-post'), encodeSave(composing)],
      [ACTIVE, 'think-before-you-post'],
    ]);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const box = page.locator('textarea[name=post_text]');
    await box.evaluate((el: HTMLTextAreaElement, d) => {
      el.value = d.unit.repeat(d.times);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, draft);
    return box;
  };

  it.each([
    ['control characters and lone surrogates, back after a reload', { unit: '\u0000\u0007\u001b[31m \ud800 \udfff ✓', times: 20 }, 'reload'],
    ['10,000 ordinary characters, back after Menu', { unit: 'a', times: 10_000 }, 'menu'],
  ] as const)('a draft of %s', async (_name, draft, how) => {
    const box = await open(draft);
    if (how === 'menu') await page.getByRole('button', { name: 'Menu' }).click();
    else await page.reload();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    expect(await box.evaluate((el: HTMLTextAreaElement, d) => el.value === d.unit.repeat(d.times), draft)).toBe(true);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a draft of 10,000 characters JSON writes six-fold: too big to keep, said at once, the choices stay saved, and leaving asks first', async () => {
    await open({ unit: '\u0001\ud800', times: 5_000 });
    await expect.poll(notices).toMatch(/unsent text is too long to keep/);
    await page.reload();
    await page.waitForSelector('[data-ready=menu]');
    expect(dialogs).toEqual(['beforeunload']);
    expect(JSON.parse((await stored('public-profile:save:think-before-you-post'))!).choices).toEqual(composing.choices);
    expect(errors).toEqual([]);
  });
});
