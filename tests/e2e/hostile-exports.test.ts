/**
 * Hostile input, table-driven: what a player types (reflection notes, a post) and what a link carries
 * (`?play=`, `?mode=`, `?renderer=`, `?debug`) is shown as text and leaves the page inert (the CPD record is
 * read back from the real download); a long value never pushes a notice's dismiss button off screen; the
 * server sends the security headers and another origin cannot frame the game. A few pages do all the cases.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadText, cleanPage, SIZES, useBrowser } from './harness.ts';
import { seededPlay, seedSave } from './seed.ts';

const env = useBrowser();

/** A page that frames `src`. */
const framer = (src: string) => `<!doctype html><title>framer</title><iframe src="${src}" width="800" height="600"></iframe>`;

/** The scenario opened by its link, with no notice. */
async function opens(page: Page, title: string): Promise<void> {
  await page.waitForSelector('[data-ready=story], [data-ready=intro]');
  expect(await page.locator('#panel h1, #panel h2').first().innerText()).toBe(title);
  expect(await page.locator('.notice').count()).toBe(0);
}

/** The notice quotes the value cleaned and at most 40 characters long, as text, and its × stays on screen. */
async function noticeEchoes(page: Page, echoed: string, selector = '.notice'): Promise<void> {
  const notice = page.locator(selector).first();
  await notice.waitFor();
  const text = await notice.locator('p').innerText();
  expect(text).toContain(`"${echoed}"`);
  expect(text.length).toBeLessThan(160);
  expect(BIDI.test(text)).toBe(false);
  const close = notice.getByRole('button', { name: 'Dismiss this message' });
  const box = (await close.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await close.click();
  expect(await page.locator(selector).count()).toBe(0);
}

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** What in a Markdown file a renderer could turn into markup, a link, an image or a reordered line. */
function unsafeMarkdown(md: string): string[] {
  const found: string[] = [];
  if (/(^|[^\\])</m.test(md)) found.push('raw <');
  if (/(^|[^\\])\[/m.test(md)) found.push('raw [');
  if (/(?:java|vb)script\s*:/i.test(md)) found.push('live javascript: scheme');
  if (BIDI.test(md)) found.push('bidi control');
  // oxlint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(md)) found.push('control character');
  return found;
}

/** Set by any script a hostile text might manage to run. */
const pwned = (page: Page) => page.evaluate(() => 'pwned' in window || document.querySelector('img[src=x], .advice script, #panel script') !== null);

/** Note texts for the CPD record, each with a word that must survive (escaped, but readable). */
const NOTES: [name: string, text: string, survives: string][] = [
  ['raw HTML', '<b onclick="window.pwned=1">bold</b> and <img src=x onerror="window.pwned=1">', 'bold'],
  ['a script element', '<script>window.pwned = 1</script>after', 'after'],
  ['a javascript: link', '[click me](javascript:window.pwned=1) and <javascript:alert(1)> and JaVaScRiPt :x', 'click me'],
  ['a Markdown image', '![tracker](https://evil.example/pixel.png "t")', 'tracker'],
  ['line breaks that would leave the quote', 'first line\n# A heading?\n- a list?\n\n> quote?\r\n---\r<div>x</div>', 'first line'],
  ['an unbalanced U+202E', 'I agree\u202E with my manager', 'with my manager'],
  ['other bidi controls', 'a\u2066b\u2067c\u2068d\u200Fe\u061Cf\u202Dg', 'abcdefg'],
  ['zero-width and control characters', 'zero\u200Bwidth\u0000nul\u0007bell\u001Besc\uFEFFbom', 'zerowidthnulbellescbom'],
  ['10,000 characters', 'long '.repeat(2000), 'long long'],
  ['emoji and surrogate pairs', 'Proud 👩🏽‍⚕️ of 𝒯𝒽𝑒 team 🎉', '👩🏽‍⚕️'],
];

describe('hostile input', () => {
  describe('hostile text in the player’s notes and posts', () => {
    it('the CPD download keeps every note inert and inside its quote', async () => {
      const { page, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, SIZES.laptop);
      const play = seededPlay('the-request', () => 0);
      await seedSave(page, play);
      await page.goto(`${env.url}?play=the-request&renderer=none`);
      await page.getByRole('button', { name: /^Continue \(/ }).press('Enter');
      await page.waitForSelector('button.choice');
      await page.keyboard.press(String(play.last + 1));
      await page.waitForSelector('button.to-debrief');
      await page.keyboard.press('1');
      await page.waitForSelector('[data-ready=debrief]');
      await page.locator('#debrief-reflect > summary').click();
      const boxes = page.locator('textarea[id^=reflect-]');
      const count = await boxes.count();
      expect(count).toBeGreaterThan(1);
      // The player's own text is isolated in the page as well.
      expect(await boxes.first().getAttribute('dir')).toBe('auto');

      // All the notes in one download: dealt round the boxes, one after another in a box (the 10,000
      // characters come last in theirs, as a box keeps at most 4,000 and cuts what follows).
      const texts: string[] = Array.from({ length: count }, () => '');
      for (const [i, [, text]] of NOTES.entries()) texts[i % count] += `${texts[i % count] ? '\n' : ''}${text}`;
      for (const [i, text] of texts.entries()) await boxes.nth(i).fill(text);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download for your CPD record' }).click()]);
      const md = await downloadText(download);
      expect(unsafeMarkdown(md)).toEqual([]);
      for (const [name, , survives] of NOTES) expect(md.replace(/\\/g, ''), name).toContain(survives);
      // Every line of every answer stays in its quote: under a prompt ("- …"), only "  > " lines until the next.
      const lines = md.slice(md.indexOf('## Reflection'), md.indexOf('## ', md.indexOf('## Reflection') + 3)).split('\n');
      const stray = lines.filter((l) => l.trim() && !l.startsWith('- ') && !/^ {2}> ?/.test(l) && !/^ {2}\S/.test(l) && l !== '## Reflection');
      expect(stray).toEqual([]);
      expect(md.length).toBeLessThan(60_000);
      expect(await pwned(page)).toBe(false);
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await release();
    });

    const POSTS: [name: string, text: string, check: (advice: string, flags: number) => void][] = [
      [
        'a name repeated 1,666 times',
        'Kerry '.repeat(1666),
        (advice, flags) => (expect(flags).toBeLessThanOrEqual(8), expect(advice).toMatch(/Kerry”? \(1,666 times\)/)),
      ],
      ['HTML and a script', '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> Kerry', (advice) => expect(advice).toMatch(/Kerry/)],
      ['U+202E before a name', '\u202EKerry at court today', (advice) => expect(advice).toMatch(/Kerry/)],
      [
        '10,000 characters of places and names',
        'Wrenford Family Court, Kerry, Castle Street. '.repeat(230).slice(0, 10_000),
        (_a, flags) => expect(flags).toBeLessThanOrEqual(8),
      ],
      ['emoji and surrogates', '🎉 Kerry 👩🏽‍⚕️ 𝒯𝒽𝑒 end', (advice) => expect(advice).toMatch(/Kerry/)],
    ];

    it('the composer’s checker: grouped, capped flags; the text stays text', async () => {
      const { page, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, SIZES.laptop);
      await page.goto(`${env.url}?play=think-before-you-post&renderer=none`);
      await page.getByRole('button', { name: 'Begin' }).click();
      const post = page.locator('textarea[name=post_text]');
      for (let step = 0; step < 5 && !(await post.isVisible()); step++) {
        await page.waitForSelector('button.choice');
        await page.keyboard.press('1');
        await page.waitForFunction((n) => document.querySelector('textarea[name=post_text]') !== null || document.querySelectorAll('.chosen').length > n, step);
      }
      expect(await post.getAttribute('dir')).toBe('auto');
      for (const [name, text, check] of POSTS) {
        // Wait for this text's advice, not the last one's.
        const before = await page.locator('.advice').innerText();
        await post.fill(text);
        await page.waitForFunction(
          (b) => document.querySelectorAll('.flag').length > 0 && (document.querySelector('.advice') as HTMLElement).innerText !== b,
          before,
        );
        const advice = await page.locator('.advice').innerText();
        const flags = await page.locator('.flag').count();
        check(advice, flags);
        expect(flags, name).toBeLessThanOrEqual(8);
        expect(await page.locator('.advice').evaluate((el) => el.getBoundingClientRect().height), name).toBeLessThan(2500);
        expect(await page.locator('.advice q:not([dir=auto])').count(), name).toBe(0);
        expect(await pwned(page), name).toBe(false);
      }
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await release();
    });
  });

  const LONG = 'https://lms.example.org/launch/' + 'x'.repeat(3000);

  /** Links with odd parameters: what the player then sees. */
  const LINKS: [name: string, query: string, expectation: (page: Page) => Promise<void>][] = [
    ['?play= 3,000 characters long', `?play=${encodeURIComponent(LONG)}`, (p) => noticeEchoes(p, 'https://lms.example.org/launch/xxxxxxxx…')],
    ['?play= with HTML', `?play=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`, (p) => noticeEchoes(p, '<img src=x onerror="window.pwned=1">')],
    ['?play= with U+202E', `?play=${encodeURIComponent('evil\u202Egnp.exe')}`, (p) => noticeEchoes(p, 'evilgnp.exe')],
    ['?play= unknown', '?play=no-such-scenario', (p) => noticeEchoes(p, 'no-such-scenario')],
    ['?play= repeated: the first counts', '?play=the-request&play=%3Cb%3E', (p) => opens(p, 'The request')],
    ['?mode= unknown: the game alone', '?mode=%3Cscript%3E', async (p) => void (await p.waitForSelector('[data-ready=menu]'))],
    ['?renderer= unknown: plays on', '?renderer=%3Cimg%3E&play=the-request', (p) => opens(p, 'The request')],
    ['?debug: no app model in the production build', '?debug', async (p) => expect(await p.evaluate(() => 'publicProfile' in window)).toBe(false)],
    [
      '?mode=group&debug: no controller in the production build',
      '?mode=group&debug',
      async (p) => {
        await p.waitForSelector('[data-ready=group-menu]');
        expect(await p.evaluate(() => 'publicProfileGroup' in window)).toBe(false);
      },
    ],
    ['?mode=group&play= long', `?mode=group&play=${encodeURIComponent(LONG)}`, (p) => noticeEchoes(p, 'https://lms.example.org/launch/xxxxxxxx…', '.gnotice')],
  ];

  describe('odd links', () => {
    it('each link: a clear message or the game, nothing injected; long values on a narrow phone too', async () => {
      const { page, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, SIZES.laptop);
      const narrow = LINKS.filter(([name]) => name.includes('long')).map(([name, query, expectation]) => [`${name}, 360 px wide`, query, expectation] as const);
      for (const [name, query, expectation] of [...LINKS, ...narrow]) {
        if (name.endsWith('360 px wide')) await page.setViewportSize({ width: 360, height: 640 });
        await page.goto(`${env.url}${query}${query.includes('renderer') ? '' : '&renderer=none'}`);
        await expectation(page).catch((e: Error) => {
          throw new Error(`${name}: ${e.message}`);
        });
        expect(await pwned(page), name).toBe(false);
      }
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await release();
    });
  });

  describe('hosting', () => {
    it('the server sends the security headers; another origin cannot frame the game, the game itself can', async () => {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const response = (await page.goto(env.url))!;
      const headers = response.headers();
      expect(headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
      expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);

      // A page on another origin (answered here, nothing leaves the machine) and one on the game's own.
      await context.route('https://evil.example/**', (route) => route.fulfill({ contentType: 'text/html', body: framer(`${env.url}?renderer=none`) }));
      await context.route(`${env.url}framer.html`, (route) => route.fulfill({ contentType: 'text/html', body: framer(`${env.url}?renderer=none`) }));
      /** Whether the game loaded in the page's frame (a frame the browser refused holds an error page, no panel). */
      const framed = async (url: string): Promise<boolean> => {
        await page.goto(url); // the load event waits for the frame, refused or not
        const child = page.frames().find((f) => f !== page.mainFrame());
        return (await child?.evaluate(() => document.getElementById('panel') !== null).catch(() => false)) === true;
      };
      expect(await framed('https://evil.example/')).toBe(false);
      expect(await framed(`${env.url}framer.html`)).toBe(true);
      await context.close();
    });
  });
});
