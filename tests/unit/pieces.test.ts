import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { analysePost } from '../../src/core/post-check/analyser.ts';
import { providePostChecker } from '../../src/core/post-check/checker.ts';
import { applyCue, cuesFromTags, INITIAL_PHONE, type PhoneCue, type PhoneState } from '../../src/core/phone/phone.ts';
import { formAssignments } from '../../src/core/phone/piece-variables.ts';
import { ALL_SETTING_CONTROLS, checkField, formFields, formVariants, initialSettings, PLATFORM_SETTINGS, type PieceForm } from '../../src/core/phone/pieces.ts';
import { decodeSave, encodeSave, SAVE_VERSION } from '../../src/core/story/save.ts';
import { searchResults } from '../../src/core/phone/search.ts';
import { ReplayError, Session, type ScenarioMeta } from '../../src/core/story/session.ts';
import type { InkStoryLike } from '../../src/core/story/story-runner.ts';
import { checkTag } from '../../src/core/story/tag-specs.ts';
import { isTagError, parseTag, type ParsedTag } from '../../src/core/story/tags.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/pieces/phone-pieces.ink');
let json = '';
const meta: ScenarioMeta = { id: 'phone-pieces', title: 'Pieces', summary: '', minutes: undefined, order: undefined, contentNotes: [], fingerprint: 'f' };
const fresh = (): InkStoryLike => new Story(json);
const vars = (session: Session) => (session as unknown as { runner: { story: { variablesState: { $(n: string): unknown } } } }).runner.story.variablesState;

beforeAll(() => {
  providePostChecker(analysePost);
  const compiled = compileInk(FIXTURE, readFileSync(FIXTURE, 'utf8'));
  if (!compiled.json) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
  json = compiled.json;
});

const tag = (input: string): ParsedTag => {
  const t = parseTag(input);
  if (isTagError(t)) throw new Error(t.error);
  return t;
};
const fold = (cues: PhoneCue[], from: PhoneState = INITIAL_PHONE): PhoneState => cues.reduce(applyCue, from);
const lastText = (s: Session) =>
  s
    .snapshot()
    .transcript.filter((e) => e.kind === 'line')
    .map((e) => (e as { text: string }).text)
    .slice(-3)
    .join(' ');

/** Play the fixture to its settings panel (request, message, feed, picture, profile). */
function toHearthSettings(): Session {
  const s = Session.start(fresh(), meta);
  for (let i = 0; i < 5; i++) s.choose(0);
  return s;
}

describe('piece tags', () => {
  it.each([
    ['post: Priya Shah: Great day', 'line', true],
    ['post: no colon here', 'line', false],
    ['comment: Tom: nice', 'line', true],
    ['reactions: 14', 'line', true],
    ['reactions: lots', 'line', false],
    ['settings: hearth', 'line', true],
    ['settings: myspace', 'line', false],
    ['pictures: headshot dog', 'line', true],
    ['pictures: headshot', 'line', false],
    ['pictures: headshot selfie', 'line', false],
    ['pictures: dog dog', 'line', false],
    ['photo: desk Your desk (shows: a case file, your lanyard)', 'line', true],
    ['photo: sunset The sunset', 'line', true],
    ['photo: Your desk', 'line', false],
    ['composer: lens', 'line', true],
    ['publish', 'line', true],
    ['publish: now', 'line', false],
    ['impact: 2 breach', 'line', true],
    ['impact: 2 breach', 'choice', false],
    ['impact: 15 breach', 'line', false],
    ['player: Alex Morgan', 'global', true],
    ['people: Dana Whitfield, Kai Mensah', 'global', true],
    ['people: ,', 'global', false],
    ['search: Alex Morgan', 'line', true],
    ['hate-page: Exposed', 'line', true],
  ] as const)('#%s on a %s: valid %s', (input, place, valid) => {
    expect(checkTag(tag(input), place).ok).toBe(valid);
  });

  it('reads a photo offer into id, description and what else it shows', () => {
    expect(checkTag(tag('photo: desk Your desk at five (shows: a case file, your lanyard)'), 'line').value).toEqual({
      id: 'desk',
      label: 'Your desk at five',
      shows: ['a case file', 'your lanyard'],
    });
  });
});

describe('the phone reducer for pieces', () => {
  it('fills the feed, the newest post comments and reactions, in the open app', () => {
    const s = fold(cuesFromTags(['platform: shout', 'post: Priya: Day one', 'post: Tom: Day two', 'comment: Ali: nice', 'reactions: 3'].map(tag)));
    expect(s.view).toBe('feed');
    expect(s.feeds.shout!.map((p) => p.text)).toEqual(['Day one', 'Day two']);
    expect(s.feeds.shout![1]!.comments).toEqual([{ author: 'Ali', text: 'nice' }]);
    expect(s.feeds.shout![1]!.reactions).toBe(3);
    expect(s.feeds.hearth).toBeUndefined();
  });

  it('puts posts on the hate page while it is open, not in the feed', () => {
    const s = fold(cuesFromTags(['platform: hearth', 'hate-page: Exposed', 'post: Anon: name and shame', 'comment: X: disgusting'].map(tag)));
    expect(s.view).toBe('hate-page');
    expect(s.hatePage).toEqual({
      name: 'Exposed',
      posts: [expect.objectContaining({ text: 'name and shame', comments: [{ author: 'X', text: 'disgusting' }] })],
    });
    expect(s.feeds.hearth).toBeUndefined();
  });

  it('going back to the same hate page keeps its comments; showing the same post again does not duplicate it', () => {
    const first = fold(
      cuesFromTags(['platform: hearth', 'hate-page: Exposed', 'post: Anon: name and shame', 'comment: X: disgusting', 'reactions: 10'].map(tag)),
    );
    const back = fold(
      cuesFromTags(
        ['platform: home', 'platform: hearth', 'hate-page: Exposed', 'post: Anon: name and shame', 'reactions: 40', 'post: Anon: she messaged me!'].map(tag),
      ),
      first,
    );
    expect(back.hatePage!.posts.map((p) => [p.text, p.comments.length, p.reactions])).toEqual([
      ['name and shame', 1, 40],
      ['she messaged me!', 0, 0],
    ]);
    // Another page starts empty.
    expect(fold(cuesFromTags(['hate-page: Other'].map(tag)), back).hatePage).toEqual({ name: 'Other', posts: [] });
  });

  it("a profile for 'me' or the player's name is the player's own", () => {
    const who = applyCue(INITIAL_PHONE, { type: 'identity', player: 'Alex Morgan', employer: undefined });
    expect(
      fold(
        [
          { type: 'profile', name: 'me' },
          { type: 'detail', text: 'Lives in Wrenford' },
        ],
        who,
      ).profile,
    ).toEqual({ name: 'Alex Morgan', mine: true, details: ['Lives in Wrenford'] });
    expect(fold([{ type: 'profile', name: 'alex morgan' }], who).profile?.mine).toBe(true);
    expect(fold([{ type: 'profile', name: 'Dana' }], who).profile?.mine).toBe(false);
  });

  it('opens a composer that collects its drafts, photos and check-ins, then closes it on submit', () => {
    let s = fold(cuesFromTags(['composer: hearth', 'draft: one', 'draft: two', 'photo: desk Desk (shows: a file)', 'check-in: Court'].map(tag)));
    expect(s.forms).toEqual([
      { kind: 'composer', platform: 'hearth', drafts: ['one', 'two'], photos: [{ id: 'desk', label: 'Desk', shows: ['a file'] }], checkIns: ['Court'] },
    ]);
    expect(s.form).toMatchObject({ post_text: '', post_platform: 'hearth', post_audience: 'public' });
    s = applyCue(s, { type: 'submit', values: { ...s.form, post_text: 'hello', post_photo: 'desk' } });
    expect(s.forms).toEqual([]);
    expect(s.composed).toMatchObject({ platform: 'hearth', text: 'hello', photo: { id: 'desk' } });
    s = applyCue(s, { type: 'publish' });
    expect(s.feeds.hearth![0]).toMatchObject({ text: 'hello', mine: true, audience: 'public', photo: 'Desk' });
    expect(s.published).toEqual([{ platform: 'hearth', audience: 'public', text: 'hello' }]);
  });

  it('a request or a conversation belongs to the app it arrived in (none on the lock screen)', () => {
    const onHearth = fold(cuesFromTags(['platform: hearth', 'request: friend Dana', 'message: Dana: hi'].map(tag)));
    expect(onHearth.request?.platform).toBe('hearth');
    expect(onHearth.thread?.platform).toBe('hearth');
    expect(applyCue(onHearth, { type: 'reply', text: 'hello' }).thread?.platform).toBe('hearth');
    expect(fold(cuesFromTags(['platform: lock', 'message: Kai: hi'].map(tag))).thread?.platform).toBeUndefined();
  });

  it('#publish with nothing composed changes nothing', () => {
    expect(applyCue(INITIAL_PHONE, { type: 'publish' })).toBe(INITIAL_PHONE);
  });
});

describe('form fields', () => {
  const settings: PieceForm = { kind: 'settings', platform: 'hearth' };
  const composer: PieceForm = { kind: 'composer', platform: 'lens', drafts: [], photos: [{ id: 'desk', label: 'Desk', shows: [] }], checkIns: ['Court'] };

  it('settings start from the story, then from a new account', () => {
    expect(formFields(settings, { hearth_future_posts: 'friends' })).toMatchObject({ hearth_future_posts: 'friends', hearth_search_engines: true });
  });

  it.each([
    [[settings], 'hearth_future_posts', 'friends', true],
    [[settings], 'hearth_future_posts', 'everyone-ever', false],
    [[settings], 'hearth_search_engines', false, true],
    [[settings], 'hearth_search_engines', 'no', false],
    [[settings], 'shout_protected', true, false], // not the open app's setting
    [[composer], 'post_text', '<script>alert(1)</script>', true],
    [[composer], 'post_text', 42, false],
    [[composer], 'post_photo', 'desk', true],
    [[composer], 'post_photo', 'beach', false],
    [[composer], 'post_check_in', 'Court', true],
    [[composer], 'post_check_in', 'Home', false],
    [[composer], 'post_platform', 'guild', true],
    [[composer], 'post_platform', 'myspace', false],
  ] as const)('case %#: a field value is accepted or refused', (forms, name, value, ok) => {
    expect(checkField(forms as readonly PieceForm[], { post_platform: 'lens' }, name, value).ok).toBe(ok);
  });

  it('an audience must belong to the chosen app', () => {
    expect(checkField([composer], { post_platform: 'lens' }, 'post_audience', 'close-friends').ok).toBe(true);
    expect(checkField([composer], { post_platform: 'lens' }, 'post_audience', 'friends').ok).toBe(false);
  });

  it('a very long post is cut at 10,000 characters, not refused', () => {
    const check = checkField([composer], {}, 'post_text', 'x'.repeat(12_000));
    expect(check.ok && (check.value as string).length).toBe(10_000);
  });

  it('gives the walker the settings as they are, locked down and open, without repeats', () => {
    const variants = formVariants([settings], initialSettings());
    expect(variants).toHaveLength(2); // the initial settings are already the open ones
    expect(variants.map((v) => v.hearth_future_posts)).toEqual(['public', 'only-me']);
  });

  it('gives the walker each draft, photo and check-in', () => {
    const variants = formVariants([{ ...composer, drafts: ['a', 'b'] }], {});
    expect(variants.map((v) => [v.post_text, v.post_audience, v.post_photo, v.post_check_in])).toEqual([
      ['', 'followers', '', ''],
      ['a', 'followers', '', ''],
      ['a', 'close-friends', '', ''],
      ['b', 'followers', '', ''],
      ['b', 'close-friends', '', ''],
      ['a', 'followers', 'desk', ''],
      ['a', 'followers', '', 'Court'],
    ]);
  });

  it('every setting has a label, help, and distinct open and private values', () => {
    for (const c of ALL_SETTING_CONTROLS) {
      expect(c.label.length).toBeGreaterThan(5);
      expect(c.help.length).toBeGreaterThan(10);
      expect(c.open).not.toEqual(c.private);
      expect(c.variable.startsWith(Object.keys(PLATFORM_SETTINGS).find((id) => PLATFORM_SETTINGS[id as 'hearth'].includes(c))! + '_')).toBe(true);
    }
  });

  it("turns a composed post into the analyser's variables", () => {
    const out = formAssignments(
      [composer],
      { post_text: 'Court again with Dana today', post_platform: 'lens', post_audience: 'followers', post_photo: '', post_check_in: 'Court' },
      { people: ['Dana Whitfield'] },
    );
    expect(out).toMatchObject({ post_text: 'Court again with Dana today', post_identifies: true, post_empty: false });
    expect(out.post_flags).toBeGreaterThan(0);
    const clean = formAssignments(
      [composer],
      { post_text: 'Lovely walk by the sea', post_platform: 'lens', post_audience: 'followers', post_photo: '', post_check_in: '' },
      { people: ['Dana Whitfield'] },
    );
    expect(clean).toMatchObject({
      post_flags: 0,
      post_serious: false,
      post_identifies: false,
      post_case_detail: false,
      post_derogatory: false,
      post_employer: false,
    });
  });
});

describe('search results', () => {
  const base = { query: 'Alex Morgan', player: 'Alex Morgan', employer: 'Wrenford Borough Council', picture: 'lanyard', published: [] };

  it('with a new account, a stranger finds every app, the job and the employer', () => {
    const results = searchResults({ ...base, settings: {} });
    expect(results.map((r) => r.source)).toEqual(['hearth', 'shout', 'lens', 'guild']);
    expect(results.flatMap((r) => r.exposes)).toEqual(
      expect.arrayContaining(['where you work', 'your photos', 'your profile picture, showing your council lanyard']),
    );
  });

  it('locked down, only a name and picture remain', () => {
    const locked = Object.fromEntries(ALL_SETTING_CONTROLS.map((c) => [c.variable, c.private]));
    const results = searchResults({ ...base, picture: 'landscape', settings: locked });
    expect(results.map((r) => r.source)).toEqual(['shout', 'lens']);
    expect(results.flatMap((r) => r.exposes)).toEqual(['your profile picture', 'your profile picture']);
  });

  it('shows a public post, but not a friends-only one or one hidden by "limit past posts"', () => {
    const post = { platform: 'hearth' as const, audience: 'public', text: 'Court again today' };
    expect(searchResults({ ...base, settings: {}, published: [post] })[0]!.snippet).toContain('Court again today');
    expect(searchResults({ ...base, settings: {}, published: [{ ...post, audience: 'friends' }] })[0]!.snippet).not.toContain('Court');
    expect(searchResults({ ...base, settings: { hearth_limit_old_posts: true }, published: [post] })[0]!.snippet).not.toContain('Court');
  });

  it('finds nothing about someone who is not the player', () => {
    expect(searchResults({ ...base, query: 'Dana Whitfield', settings: {} })).toEqual([]);
  });
});

describe('pieces in a session: what the player sets reaches the story', () => {
  it('settings go into the ink variables with the next choice, and the story reads them', () => {
    const s = toHearthSettings();
    expect(s.snapshot().phone.forms).toEqual([{ kind: 'settings', platform: 'hearth' }]);
    expect(s.updateForm({ hearth_future_posts: 'friends', hearth_search_engines: false })).toEqual([]);
    expect(vars(s).$('hearth_future_posts')).toBe('public'); // not until a choice is taken
    s.choose(0);
    expect(vars(s).$('hearth_future_posts')).toBe('friends');
    expect(lastText(s)).toContain('Hearth future posts: friends. Search engines: false.');
    expect(s.snapshot().phone.settings).toMatchObject({ hearth_future_posts: 'friends', hearth_search_engines: false });
    expect(s.snapshot().phone.forms).toEqual([{ kind: 'settings', platform: 'shout' }]); // the next panel, on its own
  });

  it('a bad value is refused with a message and changes nothing', () => {
    const s = toHearthSettings();
    expect(s.updateForm({ hearth_future_posts: 'the whole internet', made_up: 1 })).toHaveLength(2);
    expect(s.snapshot().phone.form.hearth_future_posts).toBe('public');
    expect(s.updateForm({ hearth_future_posts: 'friends' })).toEqual([]);
  });

  it('no form open: every field is refused', () => {
    const s = Session.start(fresh(), meta);
    expect(s.updateForm({ hearth_future_posts: 'friends' })).toEqual(['"hearth_future_posts" is not a field of the open form']);
  });

  it('the picture choice reaches the story and #impact scores it against that choice', () => {
    const s = Session.start(fresh(), meta);
    for (let i = 0; i < 4; i++) s.choose(0); // ... and keep the party picture
    expect(lastText(s)).toContain('Picture now: party');
    const last = s.snapshot().ledger.decisions.at(-1)!;
    expect(last.impacts).toEqual([{ framework: 'hcpc-2008', standard: 3, impact: 'risk' }]);
  });

  it('the search page reflects the settings just saved', () => {
    const s = toHearthSettings();
    s.updateForm({ hearth_search_engines: false });
    s.choose(0);
    s.updateForm({ shout_protected: true });
    s.choose(0);
    const search = s.snapshot().phone.search!;
    expect(search.results.map((r) => r.source)).toEqual(['shout', 'lens', 'guild', 'web']);
    expect(search.results[0]!.snippet).toContain('protected');
  });

  it('a composed post is analysed into variables, published, and saved for replay', () => {
    const s = toHearthSettings();
    s.choose(0);
    s.choose(0);
    s.choose(0);
    s.choose(0); // hate page: record and tell
    expect(s.snapshot().phone.forms[0]).toMatchObject({ kind: 'composer', drafts: [expect.any(String), expect.any(String)] });
    expect(s.updateForm({ post_text: 'Court with Dana Whitfield today, exhausting', post_check_in: 'Wrenford Family Court' })).toEqual([]);
    s.choose(0);
    expect(lastText(s)).toMatch(/Posted to public with \d+ flags\. Serious: true\. Identifies: true\./);
    expect(s.snapshot().phone.feeds.hearth!.at(-1)).toMatchObject({ mine: true, checkIn: 'Wrenford Family Court' });
    expect(s.snapshot().ending?.level).toBe('investigation');

    const save = s.toSave();
    expect(save.inputs![9]).toMatchObject({ post_text: 'Court with Dana Whitfield today, exhausting' });
    const decoded = decodeSave(encodeSave(save));
    expect(decoded.ok).toBe(true);
    const replayed = Session.start(fresh(), meta, { choices: save.choices, inputs: decoded.ok ? decoded.save.inputs! : {} });
    expect(replayed.snapshot().transcript).toEqual(s.snapshot().transcript);
    expect(replayed.snapshot().ledger).toEqual(s.snapshot().ledger);
  });

  it('replayHere plays another option on a fresh story with the same form values (the road not taken)', () => {
    const s = toHearthSettings();
    s.updateForm({ hearth_future_posts: 'only-me' });
    const here = s.replayHere;
    expect(here.inputs![5]).toMatchObject({ hearth_future_posts: 'only-me' });
    const other = Session.start(fresh(), meta, { choices: [...here.choices, 0], inputs: here.inputs! });
    expect(vars(other).$('hearth_future_posts')).toBe('only-me');
    expect(s.snapshot().ledger.decisions).toHaveLength(5); // the session itself is untouched
  });

  it('a saved input that no longer fits the story is a ReplayError', () => {
    expect(() => Session.start(fresh(), meta, { choices: [0, 0, 0, 0], inputs: { 0: { hearth_future_posts: 'friends' } } })).toThrow(ReplayError);
  });
});

describe('saved form inputs', () => {
  const save = { version: SAVE_VERSION, scenario: 'x', fingerprint: 'f', choices: [0, 1], savedAt: '2026-11-27T10:00:00.000Z' } as const;
  it.each([
    [{ 0: { post_text: 'hi', hearth_search_engines: false } }, true],
    [{ 2: { post_text: 'hi' } }, false],
    [{ a: { post_text: 'hi' } }, false],
    [{ 0: { 'bad name': 'x' } }, false],
    [{ 0: { post_text: 5 } }, false],
    [{ 0: { post_text: 'x'.repeat(10_001) } }, false],
    [{ 0: 'text' }, false],
    [[{ post_text: 'hi' }], false],
  ])('%j is valid: %s', (inputs, ok) => {
    const raw = JSON.stringify({ ...save, inputs });
    expect(decodeSave(raw).ok).toBe(ok);
  });

  it('a save without inputs is still read (older saves)', () => {
    expect(decodeSave(JSON.stringify(save))).toMatchObject({ ok: true, save: { choices: [0, 1] } });
  });
});
