/**
 * One transcript: what the session tells the views ('story/entry') is exactly what its snapshot keeps, with
 * content notes, support and phone forms already resolved; App.choose says whether a choice was taken.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { analysePost } from '../../src/core/post-check/analyser.ts';
import { providePostChecker } from '../../src/core/post-check/checker.ts';
import { App, type Notice } from '../../src/core/app/app.ts';
import { MemoryStore, SaveStore } from '../../src/core/app/storage.ts';
import { describeCue } from '../../src/core/phone/describe-cue.ts';
import { QUIET_CUES, type PhoneCue } from '../../src/core/phone/phone.ts';
import { Session, type ScenarioMeta, type TranscriptEntry } from '../../src/core/story/session.ts';
import type { InkStoryLike } from '../../src/core/story/story-runner.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/pieces/phone-pieces.ink');

const NOTES_SOURCE = `#title: Notes
#summary: A line with a content note and support.
Monday.
Next, a comment about you. #content-note: Abusive language #content-note: about your family
"You should be sacked." #support
* [Report it]
    You report it. #feedback
    -> END
`;

const meta = (id: string): ScenarioMeta => ({ id, title: id, summary: '', minutes: undefined, order: undefined, contentNotes: [], fingerprint: 'f' });
const compile = (file: string, source: string): string => {
  const compiled = compileInk(file, source);
  if (!compiled.json) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
  return compiled.json;
};

let piecesJson = '';
let notesJson = '';
beforeAll(() => {
  providePostChecker(analysePost);
  piecesJson = compile(FIXTURE, readFileSync(FIXTURE, 'utf8'));
  notesJson = compile('/virtual/notes.ink', NOTES_SOURCE);
});
const story = (json: string): InkStoryLike => new Story(json);

/** Listen to a session's entries from now on. */
function entriesOf(session: Session): TranscriptEntry[] {
  const seen: TranscriptEntry[] = [];
  session.events.on('story/entry', ({ entry }) => seen.push(entry));
  return seen;
}

describe("the session's entries", () => {
  it('are the snapshot transcript, entry for entry, through a whole play-through with every phone piece', () => {
    const session = Session.start(story(piecesJson), meta('phone-pieces'));
    const start = session.snapshot().transcript;
    const seen = entriesOf(session);
    while (!session.isFinished) session.choose(0);
    const transcript = session.snapshot().transcript;
    expect(transcript.length).toBeGreaterThan(start.length);
    expect([...start, ...seen]).toEqual(transcript);
    // The very same objects, not copies that could drift apart.
    seen.forEach((entry, i) => expect(entry).toBe(transcript[start.length + i]));
  });

  it('carry phone events resolved: search results, the forms a choice submitted, the published post', () => {
    const session = Session.start(story(piecesJson), meta('phone-pieces'));
    const seen = entriesOf(session);
    while (!session.isFinished) session.choose(0);
    const cues = seen.flatMap((e): PhoneCue[] => (e.kind === 'phone' ? [e.cue] : []));
    const submitted = cues.filter((c) => c.type === 'submit');
    expect(submitted.length).toBeGreaterThan(0);
    for (const cue of submitted) expect(cue.forms?.length).toBeGreaterThan(0);
    const searches = cues.filter((c) => c.type === 'search');
    const published = cues.filter((c) => c.type === 'publish');
    expect(searches.length).toBeGreaterThan(0);
    expect(published.length).toBeGreaterThan(0);
    for (const cue of searches) expect(cue.results).toBeDefined();
    for (const cue of published) expect(cue.post).toBeDefined();
    // Cues that only change the drawing stay out of the transcript.
    expect(cues.filter((c) => QUIET_CUES.has(c.type))).toEqual([]);
  });

  it('carry content notes and support resolved from the tags', () => {
    const session = Session.start(story(notesJson), meta('notes'));
    expect(session.snapshot().transcript).toEqual([
      { kind: 'line', text: 'Monday.', feedback: false },
      { kind: 'line', text: 'Next, a comment about you.', feedback: false, contentNote: 'Abusive language about your family' },
      { kind: 'line', text: '"You should be sacked."', feedback: false, support: true },
    ]);
    expect(session.snapshot().support).toBe(true);
    const seen = entriesOf(session);
    session.choose(0);
    expect(seen).toEqual([
      { kind: 'choice', text: 'Report it', step: 0 },
      { kind: 'line', text: 'You report it.', feedback: true },
    ]);
  });

  it('are not emitted while a save is replayed', () => {
    const replayed = Session.start(story(notesJson), meta('notes'), [0]);
    const seen = entriesOf(replayed);
    expect(replayed.snapshot().transcript.at(-1)).toEqual({ kind: 'line', text: 'You report it.', feedback: true });
    expect(seen).toEqual([]);
  });
});

describe('describeCue', () => {
  it('has words for the cues the log tells and none for those only drawn', () => {
    expect(describeCue({ type: 'notification', text: 'Dana sent you a request', platform: 'hearth' })).toBe(
      'Notification from Hearth: Dana sent you a request',
    );
    expect(describeCue({ type: 'message', from: 'Kai', text: 'hiya' })).toBe('Message from Kai: “hiya”');
    expect(describeCue({ type: 'request-outcome', outcome: 'declined' })).toBe('Request declined');
    expect(describeCue({ type: 'platform', platform: 'hearth' })).toBeUndefined();
    expect(describeCue({ type: 'time', text: 'Sun 21:40' })).toBeUndefined();
    expect(describeCue({ type: 'form', values: {} })).toBeUndefined();
  });
});

/** A story with two options that fails (as an ink runtime error would) when either is taken. */
function failingAtTheChoice(): InkStoryLike {
  let told = false;
  return {
    get canContinue() {
      return !told;
    },
    Continue() {
      told = true;
      return 'A fork in the road.\n';
    },
    currentTags: [],
    currentChoices: [
      { text: 'Left', index: 0, tags: [] },
      { text: 'Right', index: 1, tags: [] },
    ],
    ChooseChoiceIndex() {
      throw new Error('ink ran out of road');
    },
    globalTags: ['title: Broken'],
    ResetState() {},
  };
}

async function playing(load: () => InkStoryLike) {
  const app = new App([{ meta: meta('s'), load: async () => load() }], new SaveStore(new MemoryStore()));
  const notices: Notice[] = [];
  const entries: TranscriptEntry[] = [];
  app.events.on('app/notice', (n) => notices.push(n));
  app.events.on('story/entry', ({ entry }) => entries.push(entry));
  await app.begin('s', { resume: false });
  return { app, notices, entries };
}

describe('App.choose', () => {
  it('says ok when the choice is taken, and the app forwards its entries', async () => {
    const { app, notices, entries } = await playing(() => story(notesJson));
    expect(app.choose(0)).toEqual({ ok: true });
    expect(entries.map((e) => e.kind)).toEqual(['choice', 'line']);
    expect(app.currentSession!.choicesMade).toEqual([0]);
    expect(notices).toEqual([]);
  });

  it.each([3, -1, 0.5])('refuses choice %s, which is not on offer, and changes nothing', async (index) => {
    const { app, notices, entries } = await playing(() => story(notesJson));
    const before = app.currentSession!.snapshot();
    expect(app.choose(index)).toEqual({ ok: false, message: expect.stringMatching(/no choice/) });
    expect(app.currentSession!.snapshot()).toEqual(before);
    expect(entries).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('refuses a choice the story fails at, with the message the player is shown', async () => {
    const { app, notices, entries } = await playing(failingAtTheChoice);
    const result = app.choose(1);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('ink ran out of road') });
    expect(notices).toEqual([{ level: 'error', text: result.ok ? '' : result.message }]);
    expect(app.currentSession!.choicesMade).toEqual([]);
    expect(app.currentSession!.snapshot().transcript).toEqual([{ kind: 'line', text: 'A fork in the road.', feedback: false }]);
    expect(entries).toEqual([]);
  });

  it('refuses when nothing is being played, or the scenario has ended', async () => {
    const idle = new App([], new SaveStore(new MemoryStore()));
    expect(idle.choose(0)).toEqual({ ok: false, message: expect.any(String) });
    const { app } = await playing(() => story(notesJson));
    expect(app.choose(0)).toEqual({ ok: true });
    expect(app.currentSession!.isFinished).toBe(true);
    expect(app.choose(0)).toEqual({ ok: false, message: expect.stringMatching(/ended/) });
  });
});
