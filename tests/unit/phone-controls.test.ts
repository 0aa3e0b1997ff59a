/** The drawn phone's controls: what it shows, which are live, what a tap on a form control sets, and the #phone tag. */
import { describe, expect, it } from 'vitest';
import { controlsOnScreen, liveControls, readControl, tappedValue } from '../../src/core/phone/controls.ts';
import { applyCue, INITIAL_PHONE, type PhoneCue, type PhoneState } from '../../src/core/phone/phone.ts';
import { toChoice } from '../../src/core/story/story-runner.ts';
import { checkTag } from '../../src/core/story/tag-specs.ts';
import { isTagError, parseTag } from '../../src/core/story/tags.ts';

const phone = (...cues: PhoneCue[]): PhoneState =>
  cues.reduce(applyCue, applyCue(INITIAL_PHONE, { type: 'identity', player: 'Jo Harper', employer: undefined }));

describe('controlsOnScreen', () => {
  it('shows nothing on the lock and home screens, even with a request waiting', () => {
    expect(controlsOnScreen(INITIAL_PHONE)).toEqual([]);
    expect(controlsOnScreen(phone({ type: 'platform', platform: 'home' }))).toEqual([]);
    expect(controlsOnScreen(phone({ type: 'request', kind: 'friend', name: 'Dana' }))).toEqual([]);
  });

  it('a pending request has accept, decline and ignore; once answered, none', () => {
    const asked = phone({ type: 'platform', platform: 'hearth' }, { type: 'request', kind: 'friend', name: 'Dana' });
    expect(controlsOnScreen(asked)).toEqual(['accept', 'decline', 'ignore']);
    expect(controlsOnScreen(applyCue(asked, { type: 'request-outcome', outcome: 'declined' }))).toEqual([]);
  });

  it('a request shows only in the app it arrived in', () => {
    const asked = phone({ type: 'platform', platform: 'hearth' }, { type: 'request', kind: 'friend', name: 'Dana' }, { type: 'platform', platform: 'lens' });
    expect(controlsOnScreen(asked)).toEqual([]);
  });

  it('an open thread has reply, report and block, beside a pending request', () => {
    const both = phone(
      { type: 'platform', platform: 'lens' },
      { type: 'request', kind: 'follow', name: 'Kai' },
      { type: 'message', from: 'Kai', text: 'is this you?' },
    );
    expect(controlsOnScreen(both)).toEqual(['accept', 'decline', 'ignore', 'reply', 'report', 'block']);
  });

  it('a feed has report and block only when someone else has posted; a profile only when it is not yours', () => {
    const mine = phone({ type: 'platform', platform: 'shout' }, { type: 'post', author: 'Jo Harper', text: 'Big day' });
    expect(controlsOnScreen(mine)).toEqual([]);
    expect(controlsOnScreen(applyCue(mine, { type: 'post', author: 'Marcus', text: 'lol' }))).toEqual(['report', 'block']);
    expect(controlsOnScreen(applyCue(mine, { type: 'profile', name: 'me' }))).toEqual([]);
    expect(controlsOnScreen(applyCue(mine, { type: 'profile', name: 'Ashleigh' }))).toEqual(['report', 'block']);
  });

  it('a hate page has report and block; a web search has nothing', () => {
    const page = phone({ type: 'platform', platform: 'hearth' }, { type: 'hate-page', name: 'Exposed' });
    expect(controlsOnScreen(page)).toEqual(['report', 'block']);
    expect(controlsOnScreen(applyCue(page, { type: 'search', query: 'Jo Harper' }))).toEqual([]);
  });

  it('the composer has post; open forms have their own controls, closed ones none', () => {
    expect(controlsOnScreen(phone({ type: 'composer', platform: 'hearth' }))).toEqual(['post']);
    const settings = phone({ type: 'settings', platform: 'lens' });
    expect(controlsOnScreen(settings)).toEqual(['setting:lens_private', 'setting:lens_tags_from', 'setting:lens_tag_review']);
    expect(controlsOnScreen(applyCue(settings, { type: 'submit', values: settings.form }))).toEqual([]);
    const pictures = phone({ type: 'platform', platform: 'hearth' }, { type: 'pictures', pictures: ['party', 'dog'] });
    expect(controlsOnScreen(pictures)).toEqual(['picture:party', 'picture:dog']);
  });
});

describe('liveControls', () => {
  it('are the bound controls the phone shows, and the open forms', () => {
    const asked = phone({ type: 'platform', platform: 'hearth' }, { type: 'request', kind: 'friend', name: 'Dana' });
    expect(liveControls([{ phone: 'decline' }, {}, { phone: 'post' }], asked)).toEqual(['decline']);
    expect(liveControls([{}], asked)).toEqual([]);
    expect(liveControls([{}], phone({ type: 'settings', platform: 'guild' }))).toHaveLength(3);
  });
});

describe('tappedValue', () => {
  it('flips a switch, moves a list to its next option (round to the first), and picks a picture', () => {
    expect(tappedValue('setting:lens_private', { lens_private: false })).toEqual({ name: 'lens_private', value: true });
    expect(tappedValue('setting:lens_private', { lens_private: true })).toEqual({ name: 'lens_private', value: false });
    expect(tappedValue('setting:lens_tags_from', { lens_tags_from: 'everyone' })).toEqual({ name: 'lens_tags_from', value: 'following' });
    expect(tappedValue('setting:lens_tags_from', { lens_tags_from: 'no-one' })).toEqual({ name: 'lens_tags_from', value: 'everyone' });
    expect(tappedValue('picture:dog', {})).toEqual({ name: 'profile_picture', value: 'dog' });
    expect(tappedValue('decline', {})).toBeUndefined();
    expect(tappedValue('setting:nothing_like_it', {})).toBeUndefined();
  });
});

/** A #phone tag as the checker reads it on a choice. */
const read = (raw: string) => {
  const tag = parseTag(raw);
  if (isTagError(tag)) throw new Error(tag.error);
  return checkTag(tag, 'choice');
};

describe('the #phone tag', () => {
  it('names a control on a choice', () => {
    expect(read('phone: decline')).toEqual({ ok: true, value: 'decline' });
    expect(read('phone: setting:hearth_tag_review')).toEqual({ ok: true, value: 'setting:hearth_tag_review' });
    expect(read('phone: picture:dog')).toEqual({ ok: true, value: 'picture:dog' });
  });

  it('rejects an unknown control, setting or picture, an empty value, and a place other than a choice', () => {
    expect(read('phone: wave')).toMatchObject({ ok: false, error: expect.stringMatching(/"wave" is not a phone control/) });
    expect(read('phone: setting:hearth_mood')).toMatchObject({ ok: false, error: expect.stringMatching(/"hearth_mood" is not a setting/) });
    expect(read('phone: picture:cat')).toMatchObject({ ok: false, error: expect.stringMatching(/"cat" is not a picture/) });
    expect(read('phone:')).toMatchObject({ ok: false });
    const tag = parseTag('phone: decline');
    if (isTagError(tag)) throw new Error(tag.error);
    expect(checkTag(tag, 'line')).toMatchObject({ ok: false, error: expect.stringMatching(/belongs on a choice/) });
  });

  it('reaches the choice data', () => {
    expect(toChoice({ index: 0, text: 'Decline', tags: ['phone: decline', 'hcpc: 3 upheld'] }).phone).toBe('decline');
    expect(toChoice({ index: 0, text: 'Think', tags: null }).phone).toBeUndefined();
    expect(readControl(' block ')).toEqual({ ok: true, control: 'block' });
  });
});
