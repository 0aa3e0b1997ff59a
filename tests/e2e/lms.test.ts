/**
 * The game inside a learning platform, as one would run it: `npm run package` makes the SCORM 1.2 and 2004
 * packages (and the single file) from the production build; each is imported as an LMS does (unzip, read
 * imsmanifest.xml, check every file it names is there), and its SCO launched in a frame under a page that
 * provides the API from scorm-again, a real LMS-side runtime. The learner plays by keyboard to the debrief,
 * leaves mid-scenario and comes back to the same passage. Every value the game sets is checked here against
 * the specs' own limits and vocabularies (scorm-again is laxer than the specs). The single file plays from
 * file:// with no request at all.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKey, closeContexts, root, workerBrowser } from './harness.ts';
import { SHIPPED_SCENARIOS } from '../../src/story-tools/coverage-report.ts';
import type { Browser } from 'playwright-core';

const OUT = path.join(root, 'tests/output/lms');
/** The single file, made by `npm run package` into a folder of its own (kept from run to run). */
const SINGLE_OUT = path.join(root, 'tests/output/lms-single');
const SINGLE_FILE = path.join(SINGLE_OUT, 'public-profile-offline.html');
const LMS = 'http://lms.test';
type Version = '1.2' | '2004';
const TAG: Record<Version, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };

/** The specs' own rules, written out here rather than taken from the game or from scorm-again. */
const SPEC = {
  '1.2': {
    suspendData: 4096,
    location: 255,
    // RTE 3.4.2 CMITimespan: HHHH:MM:SS.SS, hours 2 to 4 digits, optional 1-2 decimal places.
    timespan: /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
    // CMITime: HH:MM:SS(.SS)
    time: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/,
    identifier: /^[A-Za-z0-9_.-]{1,255}$/,
    status: new Set(['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted']),
    exit: new Set(['time-out', 'suspend', 'logout', '']),
    result: new Set(['correct', 'wrong', 'unanticipated', 'neutral']),
    response: /^[0-9a-z]$/, // a choice's response: single characters
    objectiveStatus: new Set(['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted']),
  },
  '2004': {
    suspendData: 64_000,
    location: 1000,
    // ISO 8601 duration as RTE 4.2 timeinterval(second,10,2): at least one part, seconds to two decimals.
    timespan: /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
    time: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?$/,
    identifier: /^urn:[a-z0-9][a-z0-9-]{0,31}:\S{1,3990}$/, // long_identifier_type: a URI (a URN here)
    status: new Set(['completed', 'incomplete', 'not attempted', 'unknown']),
    exit: new Set(['timeout', 'suspend', 'logout', 'normal', '']),
    result: new Set(['correct', 'incorrect', 'unanticipated', 'neutral']),
    response: /^[^\s,[\]]{1,250}$/, // short_identifier_type
    objectiveStatus: new Set(['passed', 'failed', 'unknown', 'completed', 'incomplete', 'not attempted']),
  },
} as const;

const POST_WORDS = 'Zebrafinch';
/** The longest post the composer allows, identifying on purpose: its words must never reach the LMS. */
const LONG_POST = `Court today for the Pryce children at Wrenford Family Court. ${POST_WORDS} `.padEnd(10_000, 'and so on ');

interface Logged {
  el: string;
  v: string;
  ok: boolean;
}

interface Unpacked {
  dir: string;
  launch: string;
  launchData: string;
  files: string[];
}

/** Imports a package as an LMS does: unzip, read the manifest, check that every file it names is there. */
function importPackage(zip: string, into: string): Unpacked {
  rmSync(into, { recursive: true, force: true });
  const entries = unzipSync(readFileSync(zip));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    mkdirSync(path.dirname(path.join(into, name)), { recursive: true });
    writeFileSync(path.join(into, name), data);
  }
  const manifest = readFileSync(path.join(into, 'imsmanifest.xml'), 'utf8');
  const resource = /<resource\b([^>]*)>([\s\S]*?)<\/resource>/.exec(manifest);
  if (!resource) throw new Error(`${zip}: no resource in imsmanifest.xml`);
  const href = /\bhref="([^"]+)"/.exec(resource[1]!)?.[1];
  const item = /<item\b([^>]*)>([\s\S]*?)<\/item>/.exec(manifest);
  const parameters = /\bparameters="([^"]*)"/.exec(item?.[1] ?? '')?.[1]?.replace(/&amp;/g, '&') ?? '';
  const launchData = /<adlcp:data[Ff]rom[Ll][Mm][Ss]>([^<]*)</.exec(item?.[2] ?? '')?.[1] ?? '';
  const files = [...resource[2]!.matchAll(/<file href="([^"]+)"\s*\/>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  return { dir: into, launch: `${href}${parameters}`, launchData, files };
}

async function lmsPage(browser: Browser, sco: Unpacked, version: Version): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const requests: string[] = [];
  const errors: string[] = [];
  const scormAgain = readFileSync(path.join(root, `node_modules/scorm-again/dist/${version === '1.2' ? 'scorm12' : 'scorm2004'}.js`), 'utf8');
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    if (url.origin !== LMS) return route.abort();
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: LMS_PAGE });
    if (url.pathname === '/scorm-again.js') return route.fulfill({ contentType: 'text/javascript', body: scormAgain });
    const file = path.join(sco.dir, decodeURIComponent(url.pathname.replace(/^\/sco\//, '')));
    if (!file.startsWith(sco.dir) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not in the package' });
    const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : undefined;
    return route.fulfill({ body: readFileSync(file), ...(type ? { contentType: type } : {}) });
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${LMS}/`);
  return { page, requests, errors };
}

/** The LMS: scorm-again's API on the window, every call logged, the SCO in a frame. */
const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again.js"></script></head>
<body style="margin:0"><iframe id="sco" title="Course" style="width:1366px;height:768px;border:0"></iframe></body></html>`;

/** Launches (or relaunches) the SCO with the LMS's record of the previous session. */
async function launchSco(page: Page, version: Version, sco: Unpacked, previous: unknown): Promise<Frame> {
  await page.evaluate(
    ({ v, prev, href, data }) => {
      const w = window as unknown as Record<string, unknown> & { lmsLog: Logged[]; lmsFailCommit: boolean };
      const Api = (v === '1.2' ? w.Scorm12API : w.Scorm2004API) as new (s: object) => Record<string, (...a: string[]) => string> & {
        loadFromJSON(j: unknown, el: string): void;
        renderCommitCMI(t: boolean): unknown;
      };
      const api = new Api({ autocommit: false, logLevel: 5 });
      const start: Record<string, unknown> = (prev as Record<string, unknown>) ?? {};
      const learner =
        v === '1.2' ? { core: { student_id: 'learner-7', student_name: 'Learner, Test', ...(start.core as object) } } : { learner_id: 'learner-7' };
      api.loadFromJSON({ ...start, ...learner, launch_data: data }, '');
      w.lmsLog = [];
      w.lmsFailCommit = false;
      const P = v === '1.2' ? 'LMS' : '';
      for (const name of [`${P}SetValue`, `${P}Commit`, v === '1.2' ? 'LMSFinish' : 'Terminate', `${P}Initialize`]) {
        const original = api[name]!.bind(api);
        api[name] = (...args: string[]) => {
          if (name.endsWith('Commit') && w.lmsFailCommit) return 'false';
          const ok = original(...args);
          w.lmsLog.push({ el: name.endsWith('SetValue') ? args[0]! : name, v: args[1] ?? '', ok: ok === 'true' || (ok as unknown) === true });
          return ok;
        };
      }
      w[v === '1.2' ? 'API' : 'API_1484_11'] = api;
      // The drawn phone is not this test's subject (the single file's test draws it): text only, to spare the CPU.
      (document.getElementById('sco') as HTMLIFrameElement).src = `/sco/${href}&renderer=none`;
    },
    { v: version, prev: previous, href: sco.launch, data: sco.launchData },
  );
  const handle = await page.waitForSelector('#sco');
  const frame = (await handle.contentFrame())!;
  // Past "loading": a scenario's story is fetched when it is opened.
  await frame.waitForSelector('#panel[data-screen]:not([data-screen=loading])');
  return frame;
}

/** Leaves the course (the SCO's page goes away) and returns what the LMS would keep for the next launch. */
async function closeSco(page: Page, version: Version): Promise<{ cmi: Record<string, unknown>; log: Logged[] }> {
  return page.evaluate((v) => {
    const w = window as unknown as Record<string, unknown> & { lmsLog: Logged[] };
    const frame = document.getElementById('sco') as HTMLIFrameElement;
    frame.src = 'about:blank';
    return new Promise<{ cmi: Record<string, unknown>; log: Logged[] }>((resolve) => {
      frame.addEventListener(
        'load',
        () => {
          const api = w[v === '1.2' ? 'API' : 'API_1484_11'] as { cmi: { toJSON(): Record<string, unknown> } };
          const cmi = JSON.parse(JSON.stringify(api.cmi)) as Record<string, unknown>;
          // What an LMS does on the next launch of a suspended attempt.
          const exit = v === '1.2' ? (cmi.core as Record<string, unknown>).exit : cmi.exit;
          if (exit === 'suspend') {
            if (v === '1.2') (cmi.core as Record<string, unknown>).entry = 'resume';
            else cmi.entry = 'resume';
          }
          resolve({ cmi, log: w.lmsLog });
        },
        { once: true },
      );
    });
  }, version);
}

async function screen(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.getElementById('panel')?.dataset.screen ?? '');
}

/** Takes choices by number key until `steps` choices are made or the debrief shows. */
async function play(frame: Frame, page: Page, steps: number, pick: (count: number) => number = () => 0): Promise<void> {
  for (let i = 0; i < steps; i++) {
    if ((await screen(frame)) === 'debrief') return;
    await frame.waitForSelector('button.choice');
    const composer = frame.locator('textarea[name=post_text]');
    if ((await composer.count()) > 0 && (await composer.inputValue()) === '') await composer.fill(LONG_POST);
    const before = await frame.locator('.chosen').count();
    const toDebrief = (await frame.locator('button.to-debrief').count()) > 0;
    await frame.locator('#panel').focus();
    await page.keyboard.press(String(pick(await frame.locator('button.choice').count()) + 1));
    if (toDebrief) await frame.waitForSelector('[data-ready=debrief]');
    else await frame.waitForFunction((n) => document.querySelector('button.to-debrief') !== null || document.querySelectorAll('.chosen').length > n, before);
  }
}

/** The story's last passage on screen: what "the same passage" means after a relaunch. */
async function lastPassage(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const lines = [...document.querySelectorAll('#panel .line:not(.feedback)')];
    return lines.at(-1)?.textContent?.trim() ?? '';
  });
}

/** Every value set, checked against the spec. */
function checkAgainstSpec(version: Version, log: Logged[]): void {
  const spec = SPEC[version];
  const problems: string[] = [];
  for (const { el, v } of log) {
    if (el === 'cmi.suspend_data' && v.length > spec.suspendData) problems.push(`suspend_data is ${v.length} characters`);
    if (v.includes(POST_WORDS)) problems.push(`${el} carries the learner's post`);
    if (el.endsWith('location') && v.length > spec.location) problems.push(`${el} is ${v.length} characters`);
    if (el.endsWith('session_time') && !spec.timespan.test(v)) problems.push(`${el} "${v}" is not a timespan`);
    if (/^cmi\.(core\.lesson_status|completion_status)$/.test(el) && !spec.status.has(v)) problems.push(`${el} "${v}"`);
    if (/^cmi\.(core\.)?exit$/.test(el) && !spec.exit.has(v)) problems.push(`${el} "${v}"`);
    if (/^cmi\.interactions\.\d+\.id$/.test(el) && !spec.identifier.test(v)) problems.push(`${el} "${v}"`);
    if (/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/.test(el) && !spec.identifier.test(v)) problems.push(`${el} "${v}"`);
    if (/^cmi\.objectives\.\d+\.id$/.test(el) && !spec.identifier.test(v)) problems.push(`${el} "${v}"`);
    if (/^cmi\.interactions\.\d+\.type$/.test(el) && v !== 'choice') problems.push(`${el} "${v}"`);
    if (/^cmi\.interactions\.\d+\.result$/.test(el) && !spec.result.has(v)) problems.push(`${el} "${v}"`);
    if (/^cmi\.interactions\.\d+\.(student|learner)_response$/.test(el) && !spec.response.test(v)) problems.push(`${el} "${v}"`);
    if (/^cmi\.interactions\.\d+\.(time|timestamp)$/.test(el) && !spec.time.test(v)) problems.push(`${el} "${v}"`);
    if (/^cmi\.objectives\.\d+\.(status|success_status|completion_status)$/.test(el) && !spec.objectiveStatus.has(v)) problems.push(`${el} "${v}"`);
    if (el.endsWith('score.raw') && !(Number(v) >= 0 && Number(v) <= 100)) problems.push(`${el} "${v}"`);
    if (el.endsWith('score.scaled') && !(Number(v) >= -1 && Number(v) <= 1)) problems.push(`${el} "${v}"`);
    if (el.endsWith('progress_measure') && !(Number(v) >= 0 && Number(v) <= 1)) problems.push(`${el} "${v}"`);
  }
  expect(problems).toEqual([]);
}

const last = (log: Logged[], el: string) => log.findLast((l) => l.el === el)?.v;
const interactions = (log: Logged[]) => new Set(log.filter((l) => /^cmi\.interactions\.\d+\.id$/.test(l.el)).map((l) => l.el)).size;

/** `npm run package` from the build npm test has just made (dist/). */
const pack = (out: string, ...options: string[]) =>
  execFileSync(process.execPath, [path.join(root, 'scripts/package.mjs'), '--from=dist', `--out=${out}`, ...options], { cwd: root, stdio: 'pipe' });

let browser: Browser;
const packages: Record<string, string> = {};

beforeAll(async () => {
  // From the build npm test has just made (dist/): the packages, as `npm run package` makes them.
  pack(OUT, '--per-scenario=think-before-you-post', '--no-single');
  // The single file is a build of its own (not made from dist/): made again only when what it is made from
  // has changed since the last run (the key, a hash of the build's inputs, is kept beside it).
  const key = buildKey('stories', ['scripts/package.mjs']);
  const keyFile = path.join(SINGLE_OUT, '.build-key');
  if (!existsSync(SINGLE_FILE) || !existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) {
    pack(SINGLE_OUT);
    writeFileSync(keyFile, key);
  }
  for (const version of ['1.2', '2004'] as const) {
    packages[`all-${version}`] = path.join(OUT, `public-profile-${TAG[version]}.zip`);
    packages[`post-${version}`] = path.join(OUT, `public-profile-think-before-you-post-${TAG[version]}.zip`);
  }
  browser = await workerBrowser();
});
afterAll(async () => {
  await closeContexts(browser);
});

describe('the packages an LMS imports', () => {
  it('name every file they hold, launch a file that is there, and say their version and completion rule', () => {
    for (const version of ['1.2', '2004'] as const) {
      for (const kind of ['all', 'post'] as const) {
        const sco = importPackage(packages[`${kind}-${version}`]!, path.join(OUT, `check-${kind}-${TAG[version]}`));
        const manifest = readFileSync(path.join(sco.dir, 'imsmanifest.xml'), 'utf8');
        expect(manifest).toContain(version === '1.2' ? '<schemaversion>1.2</schemaversion>' : '<schemaversion>2004 4th Edition</schemaversion>');
        const missing = sco.files.filter((f) => !existsSync(path.join(sco.dir, f)));
        expect(missing).toEqual([]);
        expect(sco.files).toContain('index.html');
        expect(sco.files.length).toBeGreaterThan(5);
        expect(sco.launch).toMatch(new RegExp(`^index\\.html\\?scorm=${version.replace('.', '\\.')}`));
        expect(sco.launchData).toBe(kind === 'all' ? 'complete=all' : 'complete=think-before-you-post;play=think-before-you-post');
      }
    }
  });
});

describe.each(['1.2', '2004'] as const)('SCORM %s in a frame', (version) => {
  it('plays to the debrief by keyboard, resumes at the same passage after a relaunch, and records within the spec', async () => {
    const sco = importPackage(packages[`post-${version}`]!, path.join(OUT, `post-${TAG[version]}`));
    const { page, requests, errors } = await lmsPage(browser, sco, version);
    try {
      let frame = await launchSco(page, version, sco, undefined);
      // Straight into the scenario (no menu): a one-scenario package, its content notes first.
      expect(await screen(frame)).toBe('intro');
      await frame.getByRole('button', { name: 'Begin' }).click();
      await frame.waitForSelector('#panel[data-screen=play]');
      await play(frame, page, 3);
      // The post was sent (its words typed above): the learner is told they stay in this browser.
      await expect.poll(() => frame.locator('#notices').textContent()).toMatch(/not your post’s words/);
      const passage = await lastPassage(frame);
      const chosen = await frame.locator('.chosen').count();
      const first = await closeSco(page, version);
      checkAgainstSpec(version, first.log);
      expect(first.log.some((l) => l.el === (version === '1.2' ? 'LMSFinish' : 'Terminate'))).toBe(true);
      expect(last(first.log, version === '1.2' ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');
      expect(last(first.log, version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe('incomplete');
      const suspend = last(first.log, 'cmi.suspend_data') ?? '';
      expect(suspend.length).toBeGreaterThan(0);
      expect(interactions(first.log)).toBeGreaterThan(0);

      // A new attempt window: the same passage, the same choices, nothing lost. The browser's own storage
      // is cleared first, so this is the LMS's record at work, not the cache.
      await page.evaluate(() => localStorage.clear());
      frame = await launchSco(page, version, sco, first.cmi);
      expect(await screen(frame)).toBe('play');
      expect(await frame.locator('.chosen').count()).toBe(chosen);
      expect(await lastPassage(frame)).toBe(passage);
      await expect.poll(() => frame.locator('#notices').textContent()).toMatch(/Welcome back/);

      // The LMS loses its connection for a while: one clear message, play goes on.
      await page.evaluate(() => ((window as unknown as { lmsFailCommit: boolean }).lmsFailCommit = true));
      await play(frame, page, 1);
      await expect.poll(() => frame.locator('#notices').textContent()).toMatch(/not accepting your progress/);
      await page.evaluate(() => ((window as unknown as { lmsFailCommit: boolean }).lmsFailCommit = false));

      await play(frame, page, 40);
      expect(await screen(frame)).toBe('debrief');
      const second = await closeSco(page, version);
      checkAgainstSpec(version, second.log);
      expect(last(second.log, version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe('completed');
      expect(Number(last(second.log, version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw'))).toBeGreaterThanOrEqual(0);
      expect(interactions(first.log) + interactions(second.log)).toBeGreaterThanOrEqual(4);
      // The post's words stayed on the device: not in any value (checked above), and the learner was told.
      expect(errors).toEqual([]);
      expect(requests.filter((r) => !r.startsWith(LMS))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the whole-game package', () => {
  it('opens on the menu, counts one scenario of all towards "all", and resumes into the scenario left', async () => {
    const version = '2004';
    const sco = importPackage(packages[`all-${version}`]!, path.join(OUT, `all-${TAG[version]}`));
    const { page } = await lmsPage(browser, sco, version);
    try {
      let frame = await launchSco(page, version, sco, undefined);
      expect(await screen(frame)).toBe('menu');
      await frame
        .locator('#panel')
        .getByRole('button', { name: /The request/ })
        .first()
        .click();
      // The first scenario from the menu asks where the learner practises, then offers a judgement check:
      // a learner may skip both.
      for (const dialog of ['dialog.region-question[open]', 'dialog.judgement-question[open]']) {
        if ((await frame.locator(dialog).count()) > 0) await page.keyboard.press('Escape');
      }
      await frame.waitForSelector('button.choice');
      await play(frame, page, 2);
      const passage = await lastPassage(frame);
      const first = await closeSco(page, version);
      await page.evaluate(() => localStorage.clear());
      frame = await launchSco(page, version, sco, first.cmi);
      expect(await screen(frame)).toBe('play');
      expect(await lastPassage(frame)).toBe(passage);
      await play(frame, page, 40);
      const second = await closeSco(page, version);
      checkAgainstSpec(version, second.log);
      expect(last(second.log, 'cmi.completion_status')).toBe('incomplete');
      expect(Number(last(second.log, 'cmi.progress_measure'))).toBeCloseTo(1 / SHIPPED_SCENARIOS.length, 2);
    } finally {
      await page.context().close();
    }
  });
});

describe('the single file', () => {
  it('plays from file:// to a debrief with no request at all', async () => {
    const file = SINGLE_FILE;
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const requests: string[] = [];
    const errors: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url());
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    try {
      await page.goto(`file://${file}?play=the-request`);
      await page.waitForSelector('#panel[data-screen=play]');
      const frame = page.mainFrame();
      await play(frame, page, 40);
      expect(await screen(frame)).toBe('debrief');
      // The phone was drawn too (Phaser inlined): the canvas exists.
      expect(await page.locator('#stage canvas').count()).toBe(1);
      expect(requests.filter((r) => r !== `file://${file}?play=the-request`)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
