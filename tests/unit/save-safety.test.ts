/**
 * Saves and notes that lose nothing: one size limit checked before writing, unsent drafts kept, another
 * tab's change noticed (never silently overwritten), undo after "Start it again" and "Clear my notes".
 * Each test here failed before its fix.
 */
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { App, type Notice, type SaveConflict, type ScenarioEntry, type Undoable } from '../../src/core/app/app.ts';
import { MemoryStore, SaveStore } from '../../src/core/app/storage.ts';
import { decodeSave, encodeSave, MAX_SAVE_CHARS, SAVE_VERSION, SaveTooBigError, type SaveData } from '../../src/core/story/save.ts';
import { ReflectionNotes } from '../../src/core/teaching/reflection-notes.ts';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { FullStore } from './test-stores.ts';
import { fresh, ID, meta } from './test-night.ts';

const SAVE_KEY = `public-profile:save:${ID}`;
/** A post of control characters and lone surrogates: JSON writes each as six characters. */
const HOSTILE = '\u0001\ud800'.repeat(5_000);

const base = (over: Partial<SaveData> = {}): SaveData => ({
  version: SAVE_VERSION,
  scenario: ID,
  fingerprint: meta.fingerprint,
  choices: [0],
  savedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('one size limit for saves', () => {
  // Was: encodeSave wrote 60,000+ characters that decodeSave then refused as "too long".
  it('encodeSave refuses a save decodeSave would refuse', () => {
    const save = base({ inputs: { 0: { post_text: HOSTILE } } });
    expect(() => encodeSave(save)).toThrow(SaveTooBigError);
  });

  it('whatever encodeSave writes, decodeSave reads back', () => {
    const texts = ['', 'plain', '\u0000'.repeat(10_000), '\udfff'.repeat(5_400), '😀'.repeat(5_000), 'x'.repeat(10_000), '"\\'.repeat(5_000)];
    const saves = texts.flatMap((text) => [base({ inputs: { 0: { post_text: text } } }), base({ draft: { post_text: text } })]);
    const written: string[] = [];
    const refused: unknown[] = [];
    for (const save of saves) {
      try {
        written.push(encodeSave(save));
      } catch (error) {
        refused.push(error);
      }
    }
    expect(written.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e instanceof SaveTooBigError)).toBe(true);
    expect(written.filter((raw) => raw.length > MAX_SAVE_CHARS || !decodeSave(raw).ok)).toEqual([]);
  });

  it('a save too big to write leaves the last save as it was, and says so', () => {
    const kv = new MemoryStore();
    const saves = new SaveStore(kv);
    expect(saves.write(base())).toEqual({ ok: true });
    const before = kv.get(SAVE_KEY);
    const result = saves.write(base({ choices: [0, 1], inputs: { 1: { post_text: HOSTILE } } }));
    expect(result).toMatchObject({ ok: false, reason: 'too-big', message: expect.stringMatching(/too big to save.*last save stands/) });
    expect(kv.get(SAVE_KEY)).toBe(before);
  });

  it('an unsent draft too big to keep is what is dropped, never the choices', () => {
    const kv = new MemoryStore();
    const result = new SaveStore(kv).write(base({ choices: [0, 1], draft: { post_text: HOSTILE } }));
    expect(result).toEqual({ ok: true, draftDropped: true });
    const read = decodeSave(kv.get(SAVE_KEY));
    expect(read).toMatchObject({ ok: true, save: { choices: [0, 1] } });
    expect(read.ok && read.save.draft).toBeFalsy();
  });
});

/** A story that opens the post composer at once, then ends at either choice. */
const DRAFT_SOURCE = `#title: Draft night
#summary: The composer, for the draft tests.
You open the composer on Guild. #composer: guild
* [Post it]
    Posted.
    -> END
* [Close it]
    -> END
`;
const draftCompile = compileInk('/virtual/stories/draft-night.ink', DRAFT_SOURCE);
const draftEntry: ScenarioEntry = {
  meta: {
    id: 'draft-night',
    title: 'Draft night',
    summary: '',
    minutes: 1,
    order: 2,
    contentNotes: [],
    fingerprint: draftCompile.fingerprint!,
    usesComposer: true,
  },
  load: async () => new Story(draftCompile.json!),
};
const nightEntry: ScenarioEntry = { meta, load: async () => fresh() };

function tab(kv: MemoryStore | FullStore, entries: ScenarioEntry[] = [nightEntry, draftEntry]) {
  const app = new App(entries, new SaveStore(kv));
  const notices: Notice[] = [];
  const conflicts: SaveConflict[] = [];
  const undos: Undoable[] = [];
  app.events.on('app/notice', (n) => notices.push(n));
  app.events.on('app/save-conflict', (c) => conflicts.push(c));
  app.events.on('app/undo', (u) => undos.push(u));
  return { app, notices, conflicts, undos };
}

const postText = (app: App) => app.currentSession?.snapshot().phone.form.post_text;

describe('unsent drafts', () => {
  // Was: the draft lived only in the page; Menu or a reload lost it.
  it('are saved as typed and put back after Menu or a reload', async () => {
    const kv = new MemoryStore();
    const a = tab(kv);
    await a.app.begin('draft-night', { resume: false });
    a.app.updateForm({ post_text: 'Half a thought' });
    a.app.showMenu();
    expect(a.app.currentScreen).toMatchObject({ name: 'menu', resume: { scenario: { id: 'draft-night' }, steps: 0 } });
    const b = tab(kv);
    await b.app.init();
    await b.app.begin('draft-night', { resume: true });
    expect(postText(b.app)).toBe('Half a thought');
    expect(b.app.hasUnsavedText()).toBe(false);
    expect([...a.notices, ...b.notices]).toEqual([]);
  });

  it('one too big to keep is reported once, the choices are still saved, and leaving would lose it', async () => {
    const kv = new MemoryStore();
    const a = tab(kv);
    await a.app.begin('draft-night', { resume: false });
    a.app.updateForm({ post_text: HOSTILE });
    a.app.updateForm({ post_text: HOSTILE + 'x' });
    expect(a.notices).toEqual([{ level: 'warning', text: expect.stringMatching(/unsent text is too long to keep/) }]);
    expect(a.app.hasUnsavedText()).toBe(true);
    a.app.updateForm({ post_text: 'short' });
    expect(a.app.hasUnsavedText()).toBe(false);
  });

  it('with storage full, leaving would lose the text (and only then)', async () => {
    const a = tab(new FullStore());
    await a.app.begin('draft-night', { resume: false });
    expect(a.app.hasUnsavedText()).toBe(false);
    a.app.updateForm({ post_text: '   ' });
    expect(a.app.hasUnsavedText()).toBe(false);
    a.app.updateForm({ post_text: 'words' });
    expect(a.app.hasUnsavedText()).toBe(true);
  });
});

describe('a second tab', () => {
  // Was: tab B's "Start it again" replaced tab A's progress, and tab A was never told.
  it('changing the save is noticed; this tab stops saving until the player chooses to keep its own', async () => {
    const kv = new MemoryStore();
    const a = tab(kv);
    await a.app.begin(ID, { resume: false });
    a.app.choose(1);
    const b = tab(kv);
    await b.app.init();
    await b.app.begin(ID, { resume: false }); // "Start it again" in tab B
    a.app.storageChanged(SAVE_KEY);
    expect(a.conflicts).toMatchObject([{ scenario: { id: ID }, removed: true }]);
    b.app.choose(0);
    a.app.storageChanged(SAVE_KEY); // told once, not again
    expect(a.conflicts).toHaveLength(1);
    a.app.choose(1); // held: B's save is not overwritten
    expect(JSON.parse(kv.get(SAVE_KEY)!).choices).toEqual([0]);
    a.app.keepThisTab();
    expect(JSON.parse(kv.get(SAVE_KEY)!).choices).toEqual([1, 1]);
    expect(a.notices).toEqual([{ level: 'info', text: expect.stringMatching(/This tab’s progress is the save again/) }]);
    // Now tab B is told in turn, and can follow tab A.
    b.app.storageChanged(SAVE_KEY);
    expect(b.conflicts).toMatchObject([{ scenario: { id: ID }, removed: false }]);
    await b.app.useOtherSave();
    expect(b.app.currentSession!.choicesMade).toEqual([1, 1]);
    b.app.choose(0);
    expect(JSON.parse(kv.get(SAVE_KEY)!)).toMatchObject({ choices: [1, 1, 0], finished: true });
  });

  it('its own writes, other keys and other scenarios raise nothing; a tab on the menu updates its offer', async () => {
    const kv = new MemoryStore();
    const a = tab(kv);
    await a.app.begin(ID, { resume: false });
    a.app.choose(0);
    a.app.storageChanged(SAVE_KEY);
    a.app.storageChanged('public-profile:prefs');
    a.app.storageChanged('public-profile:save:draft-night');
    expect(a.conflicts).toEqual([]);
    const b = tab(kv);
    await b.app.init();
    expect(b.app.currentScreen).toMatchObject({ name: 'menu', resume: { steps: 1 } });
    a.app.choose(1);
    b.app.storageChanged(SAVE_KEY);
    expect(b.app.currentScreen).toMatchObject({ name: 'menu', resume: { steps: 2 } });
    b.app.storageChanged(null);
    expect(b.conflicts).toEqual([]);
  });

  it('a tab on the debrief whose save was cleared elsewhere is told too', async () => {
    const kv = new MemoryStore();
    const a = tab(kv);
    await a.app.begin(ID, { resume: false });
    for (const i of [1, 1, 0]) a.app.choose(i);
    await a.app.showDebrief();
    kv.remove(SAVE_KEY);
    a.app.storageChanged(null);
    expect(a.conflicts).toMatchObject([{ removed: true }]);
  });
});

describe('undo', () => {
  // Was: "Start it again" on the resume card deleted the progress at once, with no way back.
  it('"Start it again" can be undone, back to the same place', async () => {
    const kv = new MemoryStore();
    const a = tab(kv);
    await a.app.begin(ID, { resume: false });
    a.app.choose(1);
    a.app.choose(1);
    const before = a.app.currentSession!.snapshot();
    const b = tab(kv);
    await b.app.init();
    await b.app.begin(ID, { resume: false });
    expect(b.undos).toMatchObject([{ text: expect.stringMatching(/earlier progress in “Test night” \(2 decisions\) was cleared/) }]);
    expect(kv.get(SAVE_KEY)).toBeNull();
    await b.undos[0]!.undo();
    expect(b.app.currentScreen).toMatchObject({ name: 'play', snapshot: before });
    expect(b.notices).toEqual([{ level: 'info', text: expect.stringMatching(/earlier progress is back/) }]);
  });

  it('nothing to undo for a fresh start or a finished play-through', async () => {
    const kv = new MemoryStore();
    const a = tab(kv);
    await a.app.begin(ID, { resume: false });
    for (const i of [1, 1, 0]) a.app.choose(i);
    await a.app.showDebrief();
    await a.app.restart();
    expect(a.undos).toEqual([]);
  });

  // Was: "Clear my notes" removed them at once, with no way back.
  it('cleared notes can be put back', () => {
    const kv = new MemoryStore();
    const notes = new ReflectionNotes(kv);
    notes.set(ID, 'Q1', 'first');
    notes.set(ID, 'Q2', 'second');
    const before = notes.get(ID);
    notes.clear(ID);
    expect(notes.get(ID)).toEqual({});
    notes.restore(ID, before);
    expect(new ReflectionNotes(kv).get(ID)).toEqual({ Q1: 'first', Q2: 'second' });
  });
});

describe('notes in two tabs', () => {
  // Was: tab A's copy in memory overwrote tab B's notes at A's next keystroke.
  it('a change elsewhere is seen; held, this tab writes nothing until the player chooses', () => {
    const kv = new MemoryStore();
    const a = new ReflectionNotes(kv);
    const b = new ReflectionNotes(kv);
    a.set(ID, 'Q1', 'from A');
    expect(a.changedElsewhere(ID)).toBe(false);
    b.set(ID, 'Q1', 'from B');
    expect(a.changedElsewhere(ID)).toBe(true);
    a.hold(ID);
    a.set(ID, 'Q1', 'from A, more');
    expect(new ReflectionNotes(kv).get(ID)).toEqual({ Q1: 'from B' });
    expect(a.unsaved).toBe(true);
    a.keepMine(ID);
    expect(new ReflectionNotes(kv).get(ID)).toEqual({ Q1: 'from A, more' });
    expect(a.unsaved).toBe(false);
    b.takeStored(ID);
    expect(b.get(ID)).toEqual({ Q1: 'from A, more' });
  });

  it('ask for persistent storage once notes are stored', () => {
    const notes = new ReflectionNotes(new MemoryStore());
    let asked = 0;
    notes.afterStore = () => asked++;
    notes.clear(ID);
    expect(asked).toBe(0);
    notes.set(ID, 'Q1', 'text');
    expect(asked).toBe(1);
  });
});
