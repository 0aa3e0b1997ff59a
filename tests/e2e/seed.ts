/**
 * Reaching the debrief without playing key by key, where the path is not what a test is about: the
 * scenario is played in node with the game's own core (the same compile and Session as the browser), and
 * its save, one choice short of the end, is put in the page's localStorage (the key and format of
 * src/core/app/storage.ts and src/core/story/save.ts). The page then resumes it (a real replay in the
 * browser), takes the last choice by key and opens the debrief.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { analysePost } from '../../src/core/post-check/analyser.ts';
import { providePostChecker } from '../../src/core/post-check/checker.ts';
import { encodeSave } from '../../src/core/story/save.ts';
import { Session } from '../../src/core/story/session.ts';
import { checkStory } from '../../src/story-tools/stories.ts';
import { root } from './harness.ts';

providePostChecker(analysePost);

const SAVE_PREFIX = 'public-profile:save:';
const ACTIVE_KEY = 'public-profile:active';

export interface SeededPlay {
  scenario: string;
  /** The save after every choice but the last (a finished play-through leaves no save). */
  save: string;
  /** The last choice, to take in the page. */
  last: number;
  /** Choices in the whole play-through. */
  steps: number;
}

/** Play `scenario` from stories/ in node, taking `pick(step, count)` at each choice point. */
export function seededPlay(scenario: string, pick: (step: number, count: number) => number = () => 0): SeededPlay {
  const check = checkStory(path.join(root, 'stories', `${scenario}.ink`), { walk: false });
  if (!check.compile.story || !check.meta) throw new Error(`${scenario} does not compile`);
  const session = Session.start(check.compile.story, check.meta);
  let save = '';
  let last = -1;
  for (let step = 0; !session.isFinished; step++) {
    if (step > 200) throw new Error(`${scenario}: no end after 200 choices`);
    save = encodeSave(session.toSave());
    last = pick(step, session.currentChoices.length);
    session.choose(last);
  }
  return { scenario, save, last, steps: session.choicesMade.length };
}

/**
 * Put the save in the page's storage before its scripts run, once (a reload afterwards keeps what the game
 * itself wrote). For a page already on the game's origin, `seedNow` writes it at once.
 */
export async function seedSave(page: Page, play: SeededPlay): Promise<void> {
  await page.addInitScript(
    ([key, value, active, scenario]) => {
      const flag = `seeded:${value}`;
      if (sessionStorage.getItem(flag)) return;
      localStorage.setItem(key, value);
      localStorage.setItem(active, scenario);
      sessionStorage.setItem(flag, '1');
    },
    [SAVE_PREFIX + play.scenario, play.save, ACTIVE_KEY, play.scenario] as const,
  );
}

export async function seedNow(page: Page, play: SeededPlay): Promise<void> {
  await page.evaluate(
    ([key, value, active, scenario]) => {
      localStorage.setItem(key, value);
      localStorage.setItem(active, scenario);
    },
    [SAVE_PREFIX + play.scenario, play.save, ACTIVE_KEY, play.scenario] as const,
  );
}

/**
 * With the save seeded: open the scenario by its link, take "Continue" on its intro, then `finishSeeded`.
 * `more` is added to the link (e.g. `&renderer=none` where the drawn phone is not the subject).
 */
export async function resumeToDebrief(page: Page, baseUrl: string, play: SeededPlay, more = ''): Promise<void> {
  await page.goto(`${baseUrl}?play=${play.scenario}${more}`);
  await page.waitForSelector('[data-ready=intro]');
  await page.getByRole('button', { name: /^Continue \(/ }).press('Enter');
  await finishSeeded(page, play);
}

/** Resumed one choice from the end: take the last choice by its number key, then the debrief with key 1. */
export async function finishSeeded(page: Page, play: SeededPlay): Promise<void> {
  await page.waitForSelector('[data-ready=story]');
  await page.waitForSelector('button.choice');
  await page.keyboard.press(String(play.last + 1));
  await page.waitForSelector('button.to-debrief');
  await page.keyboard.press('1');
  await page.waitForSelector('[data-ready=debrief]');
}
