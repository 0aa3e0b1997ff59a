/**
 * A reload at every decision point of every shipped scenario, and on the debrief, returns to the same
 * state. Each story in stories/ is compiled as the build does and played in node with the app model over an
 * in-memory store; at every decision point the page is "reloaded" (a new App over the same storage, which
 * reads the save back through decodeSave) and must show exactly what the old one did, an unsent draft
 * included. The reloaded app plays on, so every save along the path is read back by the next.
 */
import path from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { App, type Notice, type ScenarioEntry } from '../../src/core/app/app.ts';
import { MemoryStore, SaveStore } from '../../src/core/app/storage.ts';
import { analysePost } from '../../src/core/post-check/analyser.ts';
import { providePostChecker } from '../../src/core/post-check/checker.ts';
import { checkStory, findStories, scenarioId } from '../../src/story-tools/stories.ts';

providePostChecker(analysePost);
const root = path.resolve(import.meta.dirname, '../..');
const files = findStories(path.join(root, 'stories'));

/** Each story compiled once for the file (both of its paths play it); a fresh Story for every load. */
const compiled = new Map<string, ScenarioEntry>();
function entryFor(file: string): ScenarioEntry {
  let entry = compiled.get(file);
  if (!entry) {
    const check = checkStory(file, { walk: false });
    const json = check.compile.json;
    if (!json || !check.meta) throw new Error(`${scenarioId(file)} does not compile`);
    compiled.set(file, (entry = { meta: check.meta, load: async () => new Story(json) }));
  }
  return entry;
}

async function reload(entries: ScenarioEntry[], kv: MemoryStore, notices: Notice[]): Promise<App> {
  const app = new App(entries, new SaveStore(kv));
  app.events.on('app/notice', (n) => notices.push(n));
  await app.init();
  return app;
}

let draftsTotal = 0;

describe('a reload at every decision point and on the debrief returns to the same state', () => {
  it('there are shipped scenarios to walk', () => expect(files.length).toBeGreaterThanOrEqual(5));

  for (const file of files) {
    // Vary the path: a different option at each step, so more of each story is reloaded into.
    for (const [label, pick] of [
      ['first options', (_step: number, _count: number) => 0],
      ['varied options', (step: number, count: number) => (step * 7 + 1) % count],
    ] as const) {
      it(`${scenarioId(file)} (${label})`, async () => {
        const entries = [entryFor(file)];
        const id = entries[0]!.meta.id;
        const kv = new MemoryStore();
        const notices: Notice[] = [];
        let app = await reload(entries, kv, notices);
        await app.begin(id, { resume: false });
        let drafts = 0;
        for (let step = 0; app.currentScreen.name === 'play' && !app.currentSession!.isFinished; step++) {
          expect(step).toBeLessThan(200);
          const session = app.currentSession!;
          // An unsent draft where the composer is open: saved as typed, put back on reload.
          const composing = session.snapshot().phone.forms.some((f) => f.kind === 'composer');
          if (composing) {
            app.updateForm({ post_text: `Unsent draft at step ${step} \u0007 \ud800 ✓` });
            drafts++;
          }
          const before = session.snapshot();
          // oxlint-disable-next-line eslint/no-await-in-loop -- each reload reads the save the last app wrote
          app = await reload(entries, kv, notices);
          // Nothing to offer before the first choice unless there is a draft (a fresh start is the same state).
          const offer = step === 0 && !composing ? undefined : { scenario: { id }, steps: step };
          expect(app.currentScreen).toMatchObject({ name: 'menu', resume: offer });
          // oxlint-disable-next-line eslint/no-await-in-loop -- as above
          await app.begin(id, { resume: true });
          const after = app.currentScreen;
          expect(after.name, `step ${step}`).toBe('play');
          if (after.name !== 'play') return;
          expect(after.snapshot, `step ${step}`).toEqual(before);
          expect(app.hasUnsavedText()).toBe(false);
          expect(app.choose(pick(step, before.choices.length))).toEqual({ ok: true });
        }
        // The last passage: on to the debrief, then reload on it.
        await app.showDebrief();
        const debrief = app.currentScreen;
        expect(debrief.name).toBe('debrief');
        app = await reload(entries, kv, notices);
        expect(app.currentScreen).toEqual(debrief);
        // Reloaded again: still the debrief; left, it is gone and the menu offers nothing.
        app = await reload(entries, kv, notices);
        expect(app.currentScreen).toEqual(debrief);
        app.showMenu();
        expect(app.currentScreen).toEqual({ name: 'menu', resume: undefined });
        expect(kv.data.size).toBe(0);
        expect(notices).toEqual([]);
        draftsTotal += drafts;
      });
    }
  }

  it('the walks reloaded into an open composer with an unsent draft', () => expect(draftsTotal).toBeGreaterThan(0));
});
