/**
 * Sound, captions, settings and reduced motion on the production build: every cue shows a caption (with the
 * sound on, off, or failing), failed audio never breaks play, the Settings dialog works from the keyboard
 * and is remembered, reduced motion follows the setting and the device, and axe finds nothing with the
 * dialog open.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, nextFrames, cleanPage, screenshot, SIZES, tabTo, skipRegionQuestion, useBrowser } from './harness.ts';

const env = useBrowser();
const PREFS_KEY = 'public-profile:preferences';
/** Polls wait this long: the machine may be busy (two shared cores). */
// Guards against a hang, not a measure of speed: a busy machine decodes the cues late.
const POLL = { timeout: 30_000 };

/** What the page logs of each caption shown and each gesture, with the state of the story at that moment. */
type SoundLogEntry = { caption?: string; gesture?: string; feedback: number; chosen: number };
const isChime = (e: SoundLogEntry) => /chime/.test(e.caption ?? '');

/** Where the caption playUntilCaption read ended on screen (its bottom edge, CSS px). */
let lastCaptionBottom = Number.NaN;

/** Take the first choice until a caption shows (or give up after `max` choices). */
async function playUntilCaption(page: Page, max = 8): Promise<string> {
  for (let step = 0; step < max; step++) {
    await page.waitForSelector('button.choice');
    const before = await page.locator('.chosen').count();
    await page.keyboard.press('1');
    await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n || document.querySelector('.to-debrief'), before);
    // Read at once, with its place: a caption leaves after a few seconds, and a busy machine may be slow. Its
    // place is where it comes to rest: it rises 0.5rem as it appears (sound.css), so the offset its animation
    // still gives it is taken off (read mid-rise, one that fits at rest was once 768.16 px down a 768 px window).
    const caption = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.sound-caption');
      if (!el) return undefined;
      const rising = new DOMMatrixReadOnly(getComputedStyle(el).transform === 'none' ? undefined : getComputedStyle(el).transform).m42;
      return { text: el.innerText, bottom: el.getBoundingClientRect().bottom - rising };
    });
    if (caption !== undefined) {
      lastCaptionBottom = caption.bottom;
      return caption.text;
    }
  }
  throw new Error('no caption appeared');
}

async function storePrefs(page: Page, prefs: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('prefs-seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('prefs-seeded', '1');
      }
    },
    [PREFS_KEY, JSON.stringify({ version: 1, ...prefs })] as const,
  );
}

describe('a sound cue shows its caption', () => {
  it.each(Object.entries(SIZES))('with the sound on, at %s size: caption shown, sounds loaded from our origin', async (_size, viewport) => {
    const { page, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, viewport);
    const wavs: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.wav')) wavs.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    const howlerRequests: string[] = [];
    page.on('request', (r) => {
      if (/howler/.test(r.url())) howlerRequests.push(r.url());
    });
    // Count audio contexts: Howler's should be the only one open (Phaser's sound is compiled out).
    await page.addInitScript(() => {
      const contexts: AudioContext[] = [];
      const Original = window.AudioContext;
      window.AudioContext = class extends Original {
        constructor(options?: AudioContextOptions) {
          super(options);
          contexts.push(this);
        }
      };
      Object.assign(window, { audioContexts: contexts, sounded: [] as number[] });
      // Record every buffer that starts playing (Howler's one-sample unlock buffer included).
      // oxlint-disable-next-line typescript/unbound-method -- the original, called below with apply(this) on each node
      const start = AudioBufferSourceNode.prototype.start;
      AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<typeof start>) {
        (window as unknown as { sounded: number[] }).sounded.push(this.buffer?.duration ?? 0);
        return start.apply(this, args);
      };
    });
    const openContexts = () =>
      page.evaluate(() => (window as unknown as { audioContexts: AudioContext[] }).audioContexts.filter((c) => c.state !== 'closed').length);
    await page.goto(env.url + '?play=the-request');
    await page.waitForSelector('[data-ready=story]');
    await page.waitForFunction(() => document.documentElement.dataset.graphics !== undefined, undefined, { timeout: 15_000 });
    // Before any gesture, once the text and the phone are up, Howler is fetched and makes its one audio context
    // while the learner reads (main.ts, SoundPlayer.prepare): making it at the first choice stalled that
    // choice's frames. It may start suspended until the first gesture; never a second one.
    await expect.poll(openContexts, POLL).toBe(1);
    expect(howlerRequests).toHaveLength(1);
    const caption = await playUntilCaption(page);
    expect(caption).toMatch(/♪\s*(Notification|Message|Request|Message sent|Feedback) sound/);
    expect(caption).not.toMatch(/sound off/);
    // The caption is visible, on screen, and hidden from screen readers (the story log says it in words).
    expect(lastCaptionBottom).toBeLessThanOrEqual(viewport.height);
    expect(await page.locator('.sound-captions').getAttribute('aria-hidden')).toBe('true');
    await screenshot(page, 'sound-caption');
    // Each sound was fetched when first played, from our own origin; the audio context runs.
    await expect.poll(() => wavs.length, POLL).toBeGreaterThanOrEqual(1);
    expect(wavs.every((w) => w.startsWith('200 '))).toBe(true);
    expect(wavs.some((w) => w.includes('room-tone'))).toBe(false); // off unless asked for
    await expect.poll(() => page.evaluate(() => (window as unknown as { Howler?: { ctx?: { state: string } } }).Howler?.ctx?.state), POLL).toBe('running');
    // A cue really played: a buffer of a cue's length (0.3-0.7 s) was started. (A cue asked for while Howler
    // was still loading is played only if still fresh; moving on from the feedback brings its verdict chime now.)
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { sounded: number[] }).sounded.filter((d) => d > 0.25 && d < 0.75).length), POLL)
      .toBeGreaterThan(0);
    expect(howlerRequests).toHaveLength(1); // one lazy chunk, fetched once
    expect(await openContexts()).toBe(1);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await release();
  });

  it('with the sound off, the caption still shows (marked "sound off") and no sound is fetched', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    await storePrefs(page, { soundOn: false });
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (/\.wav$|howler/.test(r.url())) fetched.push(r.url());
    });
    await page.goto(env.url + '?play=the-request&renderer=none');
    await page.waitForSelector('[data-ready=story]');
    const caption = await playUntilCaption(page);
    expect(caption).toMatch(/(sound|chime)\s*\(sound off\)/);
    await screenshot(page, 'sound-caption-muted');
    expect(fetched).toEqual([]);
    expect(errors).toEqual([]);
    await release();
  });

  it('the room tone, when switched on, loads and loops during play only', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    await storePrefs(page, { roomTone: true });
    const wavs: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.wav')) wavs.push(new URL(r.url()).pathname);
    });
    await page.goto(env.url + '?play=the-request&renderer=none');
    await page.waitForSelector('[data-ready=story]');
    await page.waitForLoadState('networkidle'); // everything the page fetches by itself has been fetched
    expect(wavs).toEqual([]); // nothing before the player's first gesture, even on a deep link into play
    await playUntilCaption(page);
    await expect.poll(() => wavs.some((w) => w.includes('room-tone')), POLL).toBe(true);
    const loopPlaying = () =>
      page.evaluate(() => {
        // oxlint-disable-next-line eslint/no-underscore-dangle -- Howler's own field, read to check what it loaded
        const howls = (window as unknown as { Howler: { _howls: { _src: string | string[]; _loop: boolean; playing(): boolean }[] } }).Howler._howls;
        // oxlint-disable-next-line eslint/no-underscore-dangle -- Howler's own fields, read to check what it loaded
        return howls.some((h) => h._loop && String(h._src).includes('room-tone') && h.playing());
      });
    await expect.poll(loopPlaying, POLL).toBe(true);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.waitForSelector('[data-ready=menu]');
    await expect.poll(loopPlaying, POLL).toBe(false);
    expect(errors).toEqual([]);
    await release();
  });
});

describe('sound that teaches, not tells', () => {
  it('a verdict chime never sounds before its feedback is on screen: a neutral cue first, the chime when the learner moves on', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    // Sound off: captions appear whenever a cue plays (or would), so their order is the sounds' order.
    await storePrefs(page, { soundOn: false });
    await page.addInitScript(() => {
      const log: SoundLogEntry[] = [];
      Object.assign(window, { soundLog: log });
      // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: everything it uses is defined inside
      const state = () => ({
        // The feedback on the newest choice, on screen (its passage is the last one).
        feedback: document.querySelectorAll('.log .passage:last-child .feedback').length,
        chosen: document.querySelectorAll('.chosen').length,
      });
      // Registered before the game's own listeners, so a gesture is logged before anything it sets off.
      for (const type of ['keydown', 'pointerdown', 'wheel']) window.addEventListener(type, () => log.push({ gesture: type, ...state() }), true);
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.addedNodes)
            if (node instanceof HTMLElement && node.classList.contains('sound-caption')) {
              log.push({ caption: node.querySelector('.sound-caption-text')?.textContent ?? '', ...state() });
            }
      }).observe(document, { childList: true, subtree: true });
    });
    const soundLog = () => page.evaluate(() => (window as unknown as { soundLog: SoundLogEntry[] }).soundLog);
    await page.goto(env.url + '?play=the-request&renderer=none');
    await page.waitForSelector('[data-ready=story]');
    // Take the first choice until one's consequence is captioned (a choice that touched the standards).
    for (let step = 0; step < 8 && !(await soundLog()).some((e) => e.caption === 'Feedback sound'); step++) {
      const before = await page.locator('.chosen').count();
      await page.keyboard.press('1');
      await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n, before);
    }
    await page.locator('.sound-caption-text', { hasText: 'Feedback sound' }).waitFor();
    // The feedback cue is the last of its choice's batch, and it came with the feedback on screen.
    let log = await soundLog();
    const feedbackCue = log.findLast((e) => e.caption === 'Feedback sound')!;
    expect(feedbackCue.feedback).toBeGreaterThan(0);
    // No verdict yet: the learner has not moved on (the batch is over, and no chime is waiting on a timer).
    expect(log.filter(isChime)).toEqual([]);
    expect(await page.locator('.verdicts').count()).toBeGreaterThan(0); // the verdict is there in words meanwhile
    // The learner moves on (a key that takes no choice): now the chime.
    await page.keyboard.press('Tab');
    await page.locator('.sound-caption-text', { hasText: /chime/ }).waitFor();
    log = await soundLog();
    const chime = log.findIndex(isChime);
    const tab = log.findIndex((e) => e.gesture === 'keydown');
    expect(tab).toBeGreaterThan(log.indexOf(feedbackCue));
    expect(chime).toBeGreaterThan(tab);
    expect(log[chime]!.chosen).toBe(feedbackCue.chosen); // the same choice, still on screen with its feedback
    expect(log[chime]!.feedback).toBeGreaterThan(0);

    // Played on by number keys: every chime follows its own choice's feedback cue and a gesture after it.
    for (let step = 0; step < 5 && (await page.locator('.to-debrief').count()) === 0; step++) {
      const before = await page.locator('.chosen').count();
      await page.keyboard.press('1');
      await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n || document.querySelector('.to-debrief'), before);
    }
    await page.keyboard.press('Tab');
    await nextFrames(page);
    log = await soundLog();
    log.forEach((entry, i) => {
      if (!isChime(entry)) return;
      const cue = log.slice(0, i).findLastIndex((e) => e.caption === 'Feedback sound');
      expect(cue, `chime ${i} without a feedback cue before it`).toBeGreaterThanOrEqual(0);
      expect(
        log.slice(cue + 1, i).some((e) => e.gesture),
        `chime ${i} before the learner moved on: ${JSON.stringify(log)}`,
      ).toBe(true);
    });
    expect(log.filter(isChime).length).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await release();
  });
});

describe('failed audio never breaks play', () => {
  it.each([
    ['missing (404)', (page: Page) => page.route('**/*.wav', (r) => r.fulfill({ status: 404, body: 'not here' }))],
    ['undecodable', (page: Page) => page.route('**/*.wav', (r) => r.fulfill({ status: 200, contentType: 'audio/wav', body: 'not a wav file' }))],
    ['Howler itself missing', (page: Page) => page.route(/howler-[^/]*\.js$/, (r) => r.fulfill({ status: 404, body: '' }))],
  ])('sounds %s: captions show, choices go on, nothing is logged as an error', async (_kind, breakIt) => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    const infos: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'info') infos.push(m.text());
    });
    await breakIt(page);
    await page.goto(env.url + '?play=the-request&renderer=none');
    await page.waitForSelector('[data-ready=story]');
    await playUntilCaption(page);
    // Play on for a few more choices after the failure.
    for (let i = 0; i < 3; i++) {
      if (await page.locator('.to-debrief').count()) break;
      const before = await page.locator('.chosen').count();
      await page.keyboard.press('1');
      await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n || document.querySelector('.to-debrief'), before);
    }
    expect(await page.locator('button.choice').count()).toBeGreaterThan(0);
    await expect.poll(() => infos.join('\n'), POLL).toMatch(/sound|Sound/);
    // The browser reports the failed request itself ("Failed to load resource"); our code logs no error.
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    await release();
  });
});

describe('the Settings dialog', () => {
  it('works from the keyboard alone, applies at once, and is remembered after a reload', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    await page.goto(env.url);
    await page.waitForSelector('[data-ready=menu]');
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduce-motion'))).toBe(false);

    await tabTo(page, /^\s*Settings\s*$/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.settings[open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('settings-sound'); // focus moves into the dialog
    await page.keyboard.press('Space'); // sound off
    await page.keyboard.press('Tab'); // volume
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('settings-volume');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#settings-volume-value').innerText()).toBe('70%');
    await page.keyboard.press('Tab'); // room tone
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // test sound
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sound-caption').last().innerText(), POLL).toMatch(/Notification sound\s*\(sound off\)/);
    await page.keyboard.press('Tab'); // the reduced-motion radios: the checked one ("Follow my device")
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('settings-motion-system');
    await page.keyboard.press('ArrowDown'); // "On"
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduce-motion'))).toBe(true);
    // Tab stays inside the modal dialog (past its last control, the browser's own controls may come between).
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest('dialog') !== null)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.settings:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Settings'); // focus returns

    await page.reload();
    await page.waitForSelector('[data-ready=menu]');
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduce-motion'))).toBe(true);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.waitForSelector('dialog.settings[open]');
    expect(await page.locator('#settings-sound').isChecked()).toBe(false);
    expect(await page.locator('#settings-volume').inputValue()).toBe('70');
    expect(await page.locator('#settings-room-tone').isChecked()).toBe(true);
    expect(await page.locator('#settings-motion-on').isChecked()).toBe(true);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PREFS_KEY);
    expect(stored).toEqual({
      version: 1,
      soundOn: false,
      volume: 0.7,
      roomTone: true,
      reducedMotion: 'on',
      framework: 'hcpc-2008',
      region: 'unset',
      smallScreenView: 'phone',
      smallScreenFollow: false,
    });
    expect(errors).toEqual([]);
    await release();
  });

  it('opens during play; keys pressed inside it never take a choice behind it', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.projector);
    await page.goto(env.url + '?play=the-request&renderer=none');
    await page.waitForSelector('[data-ready=story]');
    const settings = page.locator('.play-header').getByRole('button', { name: 'Settings' });
    await settings.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.settings[open]');
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    expect(await page.locator('.chosen').count()).toBe(0);
    await page.getByRole('button', { name: 'Done' }).press('Enter');
    expect(await page.locator('dialog.settings[open]').count()).toBe(0);
    await page.keyboard.press('1'); // and, closed, the keys play again
    await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 1);
    expect(errors).toEqual([]);
    await release();
  });

  it('a corrupt stored setting gets a clear message and the usual settings', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    await page.addInitScript((key) => localStorage.setItem(key, '{not json'), PREFS_KEY);
    // The notice is the subject, not the drawn phone: text only, to spare the CPU.
    await page.goto(env.url + '?renderer=none');
    await page.waitForSelector('[data-ready=menu]');
    await expect
      .poll(
        () =>
          page
            .locator('.notice')
            .allInnerTexts()
            .then((t) => t.join(' ')),
        POLL,
      )
      .toMatch(/saved settings could not be read/);
    expect(errors).toEqual([]);
    await release();
  });
});

describe('reduced motion', () => {
  it('follows the device unless the player says otherwise', async () => {
    const { page, release, errors } = await cleanPage(env.browser, env.url, SIZES.laptop);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(env.url);
    await page.waitForSelector('[data-ready=menu]');
    const reduced = () => page.evaluate(() => document.documentElement.classList.contains('reduce-motion'));
    expect(await reduced()).toBe(true);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(reduced, POLL).toBe(false);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(reduced, POLL).toBe(true);
    // "Off" overrides the device.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.locator('#settings-motion-off').check();
    expect(await reduced()).toBe(false);
    // And animations really are off under the class.
    await page.locator('#settings-motion-on').check();
    await page.getByRole('button', { name: 'Play a test sound' }).click();
    expect(
      await page
        .locator('.sound-caption')
        .first()
        .evaluate((el) => getComputedStyle(el).animationName),
    ).toBe('none');
    expect(errors).toEqual([]);
    await release();
  });
});

describe('accessibility with the Settings dialog open (axe-core, WCAG 2.2 A and AA)', () => {
  it.each(Object.entries(SIZES))('no violations at %s size, in the menu and during play', async (_name, viewport) => {
    const { page, release } = await cleanPage(env.browser, env.url, viewport, { bypassCSP: true });
    const scan = async () => {
      // A caption fading in has not reached its final contrast yet: let animations settle first.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      return axeViolations(page);
    };
    await page.goto(env.url);
    await page.waitForSelector('[data-ready=menu]');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.waitForSelector('dialog.settings[open]');
    expect(await scan()).toEqual([]);
    await screenshot(page, 'settings-dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Play “The request”' }).click();
    await skipRegionQuestion(page);
    await page.waitForSelector('[data-ready=story]');
    await playUntilCaption(page);
    expect(await scan()).toEqual([]); // with a caption showing
    await page.locator('.play-header').getByRole('button', { name: 'Settings' }).click();
    await page.waitForSelector('dialog.settings[open]');
    expect(await scan()).toEqual([]);
    // A test sound's caption shows above the dialog's backdrop, not dimmed behind it.
    await page.getByRole('button', { name: 'Play a test sound' }).click();
    expect(await page.locator('dialog.settings .sound-caption').count()).toBeGreaterThan(0);
    expect(await scan()).toEqual([]);
    await screenshot(page, 'settings-dialog-play');
    await release();
  });
});
