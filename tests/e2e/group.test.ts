/**
 * Group sessions in Chromium: a whole session with a projector window and a presenter window (kept in step,
 * also after the presenter is closed and reopened), votes, reveal, the road not taken and the summary
 * downloads; axe-core. The clicker alone, for every scenario, is in group-clicker.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadText, cleanPage, screenshot, useBrowser } from './harness.ts';
import { checkTheme } from './projector-theme.ts';
import { axe, footer, kind, presenterNext, PROJECTOR_SIZES, reopenPresenter, roadReady, screenText } from './group-helpers.ts';

const env = useBrowser();

// At a full HD projector; 1024×768 is walked whole, every scenario, by group-clicker.test.ts (and its README
// screenshots are group-look.test.ts's).
describe.each(Object.entries({ '1920x1080': PROJECTOR_SIZES['1920x1080'] }))(
  'a whole group session with a projector window and a presenter window at %s',
  (size, viewport) => {
    it('votes, reveals, the road not taken and the summary, in step across both windows', async () => {
      const { page, context, release, errors, foreignRequests } = await cleanPage(env.browser, env.url, viewport, { bypassCSP: true });
      await page.goto(env.url);
      await page.waitForSelector('[data-ready=menu]');
      // The single-player menu has a way into group mode.
      await page.getByRole('button', { name: 'Run a group session on a projector' }).click();
      await page.waitForSelector('[data-ready=group-menu]');
      expect(await axe(page)).toEqual([]);
      expect(await checkTheme(page)).toEqual([]);
      await screenshot(page, 'group-01-menu');

      await page.getByRole('button', { name: /Start “The request”/ }).click();
      await page.waitForSelector('[data-ready=group-passage]');
      expect(await screenText(page)).toMatch(/Sunday evening/);
      await screenshot(page, 'group-02-passage');

      // The presenter view opens in a second window and says hello; the projector answers.
      const popup = context.waitForEvent('page');
      await page.keyboard.press('s');
      const presenter = await popup;
      await presenter.waitForSelector('[data-presenter=connected]');
      const inStep = async () => {
        await presenter.waitForFunction((label) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${label}`, await footer(page), {
          timeout: 5000,
        });
      };
      await inStep();

      const seen = new Set<string>();
      const shot = async (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        expect(await checkTheme(page), name).toEqual([]);
        expect(await axe(page), name).toEqual([]);
        await screenshot(page, name);
      };

      let decision = 0;
      for (let guard = 0; guard < 200; guard++) {
        const k = await kind(page);
        if (k === 'summary') break;
        if (k === 'passage') {
          await shot(`group-02-passage`);
          await presenterNext(presenter, page);
        } else if (k === 'choice') {
          // The presenter shows the same prompt and the upcoming choices, with notes.
          const prompt = await page.locator('.gprompt').innerText();
          await presenter.waitForFunction((p) => document.querySelector('.pchoice')?.textContent?.includes(p), prompt);
          const count = await page.locator('.goptions li').count();
          expect(await presenter.locator('.poptions > li').count()).toBe(count);
          if (decision === 0) {
            await presenter.getByRole('button', { name: 'Start' }).click();
            await page.waitForFunction(() => /Timer \d:\d\d left/.test(document.querySelector('.gtimer')?.textContent ?? ''));
          }
          await shot('group-03-discuss');
          // Votes typed in the presenter window: a clear majority for one option, varied by decision.
          const pick = (decision + 1) % count;
          for (let i = 0; i < count; i++) {
            await presenter.getByLabel(`Hands for option ${i + 1}`).fill(String(i === pick ? 9 : i));
            await presenter.getByLabel(`Hands for option ${i + 1}`).press('Tab');
          }
          // The same screen shows the hands as they come in, the leader in words.
          await page.waitForFunction((p) => document.querySelectorAll('.gcount')[p]?.textContent === '9 hands ✓ most', pick);
          expect(await kind(page)).toBe('choice');
          expect(await page.locator('h1').innerText()).toBe('Show of hands');
          await shot('group-04-vote');
          if (decision === 0) await screenshot(presenter, 'group-04-presenter-at-vote');
          await inStep();
          await presenter.getByRole('button', { name: 'Reveal' }).click();
          await page.waitForSelector('[data-ready=group-reveal]');
          await shot('group-06-reveal');
          decision++;
          if (decision === 2) {
            // Close the presenter window and open it again: it comes back in step.
            await presenter.close();
            const reopened = await reopenPresenter(page);
            await reopened.waitForSelector('[data-presenter=connected]');
            await reopened.waitForFunction((label) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${label}`, await footer(page));
            return finish(reopened);
          }
        } else if (k === 'road') {
          await roadReady(page);
          expect(await screenText(page)).toMatch(/If the room had chosen:/);
          await shot('group-07-road');
          await presenterNext(presenter, page);
        } else {
          await presenterNext(presenter, page);
        }
      }
      throw new Error('the session did not finish');

      async function finish(presenterNow: Page): Promise<void> {
        await inStepWith(presenterNow);
        // The rest of the session from the projector window's keys, votes by number keys.
        for (let guard = 0; guard < 200; guard++) {
          const k = await kind(page);
          if (k === 'summary') break;
          if (k === 'choice') {
            await page.keyboard.press('1');
            await page.keyboard.press('1');
            await page.keyboard.press('2');
            await page.waitForFunction(() => document.querySelector('.gcount')?.textContent === '2 hands ✓ most');
            await page.keyboard.press('PageDown'); // the majority: Next reveals it
            await page.waitForSelector('[data-ready=group-reveal]');
            await inStepWith(presenterNow);
          } else if (k === 'road') {
            await roadReady(page);
            await page.keyboard.press('PageDown');
          } else if (k === 'end') {
            await shot('group-08-end');
            await page.keyboard.press('PageDown');
          } else await page.keyboard.press('PageDown');
        }
        expect(await kind(page)).toBe('summary');
        await shot('group-09-summary');
        await inStepWith(presenterNow);
        expect(await presenterNow.locator('.psummary').innerText()).toMatch(/Download Markdown/);
        expect(await axe(presenterNow)).toEqual([]);
        await screenshot(presenterNow, 'group-10-presenter');

        // Downloads, made in the page: Markdown and JSON.
        const md = presenterNow.waitForEvent('download');
        await presenterNow.getByRole('button', { name: 'Download Markdown' }).click();
        const mdText = await downloadText(await md);
        expect(mdText).toMatch(/^# Group session summary: The request/);
        expect(mdText).toMatch(/### Decision 1[\s\S]*9 votes \(taken\)/);
        expect(mdText).toMatch(/## Standards tally/);
        expect(mdText).toMatch(/Why it matters: /);
        // The machine-readable download is the presenter's: the room's screen offers none.
        expect(await page.getByRole('button', { name: 'Download JSON' }).count()).toBe(0);
        const json = presenterNow.waitForEvent('download');
        await presenterNow.getByRole('button', { name: 'Download JSON' }).click();
        const data = JSON.parse(await downloadText(await json));
        expect(data.format).toBe('public-profile-group-summary');
        expect(data.finished).toBe(true);
        expect(data.decisions.length).toBeGreaterThanOrEqual(4);
        expect(
          data.decisions[0].options.some((o: { votes: number; taken: boolean }) => o.votes === 9 && o.taken),
          JSON.stringify(data.decisions[0]),
        ).toBe(true);
        expect(data.ending).toBeTruthy();

        // Print: only the summary, in full.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.gprint-only').isVisible()).toBe(true);
        expect(await page.locator('.gfoot').isVisible()).toBe(false);
        await page.emulateMedia({ media: 'screen' });

        expect(errors).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await release();
        void size;
      }

      async function inStepWith(p: Page): Promise<void> {
        await p.waitForFunction((label) => document.querySelector('.pnow h2')?.textContent === `On the projector: ${label}`, await footer(page), {
          timeout: 5000,
        });
      }
    });
  },
);
