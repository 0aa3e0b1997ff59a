/**
 * How the drawn phone looks, screen by screen: each app's feed, a chat, a request, the settings, the
 * composer and the hate page, reached quickly by seeding a save at the choice point that shows it (played
 * in node with the game's own core, then resumed in the page). Always: each screen draws without errors and
 * the text panel carries the words for what the phone shows (a photo, tags, a check-in, a screenshot).
 * With SCREENSHOTS=1: a PNG of every screen at 1366×768 and 390×844, to judge by eye.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PhoneState } from '../../src/core/phone/phone.ts';
import { encodeSave } from '../../src/core/story/save.ts';
import { Session } from '../../src/core/story/session.ts';
import { checkStory } from '../../src/story-tools/stories.ts';
import { cleanPage, phoneSettled, root, screenshot, SCREENSHOTS, useBrowser } from './harness.ts';
import { seedNow, type SeededPlay } from './seed.ts';

const env = useBrowser();

/** Play `scenario` in node taking the first option, until the phone at a choice point is what `shows` wants. */
function seedAt(scenario: string, shows: (phone: PhoneState) => boolean): SeededPlay {
  const check = checkStory(path.join(root, 'stories', `${scenario}.ink`), { walk: false });
  if (!check.compile.story || !check.meta) throw new Error(`${scenario} does not compile`);
  const session = Session.start(check.compile.story, check.meta);
  for (let step = 0; !session.isFinished && step < 200; step++) {
    if (step > 0 && shows(session.snapshot().phone)) return { scenario, save: encodeSave(session.toSave()), last: 0, steps: step };
    session.choose(0);
  }
  throw new Error(`${scenario}: no choice point shows that screen`);
}

interface Screen {
  name: string;
  play: () => SeededPlay;
  /** Words the text panel must hold for this screen. */
  says: string[];
  /** Checked on every run (the rest only when screenshots are taken). */
  always?: boolean;
}

const SCREENS: Screen[] = [
  {
    name: 'hearth-feed',
    play: () => seedAt('lock-it-down', (p) => p.platform === 'hearth' && p.view === 'feed' && (p.feeds.hearth ?? []).some((post) => post.tagged.length > 0)),
    says: ["Photo in that post: Jo's front room", 'That post is checked in at Elm Road, Stannerby', 'Tagged in that post: Jo Harper'],
    always: true,
  },
  {
    name: 'hearth-comments',
    play: () => seedAt('lock-it-down', (p) => p.platform === 'hearth' && p.view === 'feed' && (p.feeds.hearth ?? []).some((post) => post.comments.length >= 3)),
    says: [],
  },
  {
    name: 'shout-feed',
    play: () => seedAt('lock-it-down', (p) => p.platform === 'shout' && (p.feeds.shout ?? []).some((post) => post.screenshot)),
    says: ['A screenshot of a Hearth post by Jo Harper: “Another Monday'],
  },
  {
    name: 'group-chat',
    play: () => seedAt('the-group-chat', (p) => (p.thread?.messages ?? []).some((m) => m.screenshot)),
    says: ['A screenshot of a Hearth post by Leah Tanner'],
    always: true,
  },
  { name: 'home', play: () => seedAt('lock-it-down', (p) => p.platform === 'home' && p.notifications.length > 0), says: [] },
  { name: 'shout-thread', play: () => seedAt('connected-practice', (p) => p.view === 'inbox' && p.thread?.with === 'Hannah Okafor'), says: [] },
  { name: 'lens-request', play: () => seedAt('the-request', (p) => p.platform === 'lens' && p.request?.outcome === 'pending'), says: [] },
  {
    name: 'guild-request',
    play: () => seedAt('the-request', (p) => p.platform === 'guild' && p.view === 'inbox' && p.request?.outcome === 'pending'),
    says: [],
  },
  { name: 'lens-settings', play: () => seedAt('lock-it-down', (p) => p.platform === 'lens' && p.view === 'settings'), says: [] },
  { name: 'hearth-request', play: () => seedAt('the-page', (p) => p.platform === 'hearth' && p.request?.outcome === 'pending'), says: [] },
  { name: 'composer', play: () => seedAt('think-before-you-post', (p) => p.view === 'composer'), says: [] },
  {
    name: 'hate-page',
    play: () => seedAt('the-page', (p) => p.view === 'hate-page' && (p.hatePage?.posts.length ?? 0) > 0),
    says: ["Photo in that post: Jo at her sister's birthday"],
  },
];

async function show(page: Page, baseUrl: string, play: SeededPlay): Promise<void> {
  await seedNow(page, play);
  await page.goto(`${baseUrl}?play=${play.scenario}`);
  await page.waitForSelector('[data-ready=intro]');
  await page.getByRole('button', { name: /^Continue \(/ }).press('Enter');
  await page.waitForSelector('[data-ready=story]');
  await page.waitForSelector('button.choice', { state: 'attached' }); // on a small screen the story may be a tab away
}

const SIZES_TO_SHOOT = SCREENSHOTS
  ? [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]
  : [{ width: 1366, height: 768 }];

describe('the phone looks like the apps', () => {
  for (const viewport of SIZES_TO_SHOOT) {
    it(`each screen draws, and the text panel says what it shows (${viewport.width}×${viewport.height})`, async () => {
      const { page, release, errors } = await cleanPage(env.browser, env.url, viewport);
      await page.goto(env.url);
      await page.waitForSelector('[data-ready=menu]');
      for (const screen of SCREENS.filter((s) => SCREENSHOTS || s.always)) {
        await show(page, env.url, screen.play());
        const log = await page.locator('.log').innerText();
        for (const words of screen.says) expect(log, screen.name).toContain(words);
        // Where the phone is shown, it has finished drawing with the Canvas renderer (no error so far).
        await phoneSettled(page);
        const graphics = await page.evaluate(() => document.documentElement.dataset.graphics);
        expect(viewport.width < 1024 || graphics === 'canvas', `${screen.name}: graphics ${graphics}`).toBe(true);
        await screenshot(page, `phone-${screen.name}`);
      }
      expect(errors).toEqual([]);
      await release();
    });
  }
});
