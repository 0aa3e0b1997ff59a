/**
 * The phone's pieces that replace stage directions in posts and messages (a photo, tags, a check-in, a
 * screenshot), their words for the text panel, and notifications that go once answered.
 */
import { describe, expect, it } from 'vitest';
import { describeCue } from '../../src/core/phone/describe-cue.ts';
import { applyCue, cuesFromTags, INITIAL_PHONE, type PhoneCue, type PhoneState } from '../../src/core/phone/phone.ts';
import { checkTag } from '../../src/core/story/tag-specs.ts';
import { isTagError, parseTag, type ParsedTag } from '../../src/core/story/tags.ts';

const tag = (input: string): ParsedTag => {
  const t = parseTag(input);
  if (isTagError(t)) throw new Error(t.error);
  return t;
};
const play = (inputs: string[], from: PhoneState = INITIAL_PHONE): PhoneState => cuesFromTags(inputs.map(tag)).reduce(applyCue, from);
const cue = (input: string): PhoneCue => cuesFromTags([tag(input)])[0]!;

describe('the new tags', () => {
  it.each([
    ['image: Tash and friends round a table, glasses up', true],
    ['image:', false],
    ['tagged: Jo Harper, Sam Lee', true],
    ['tagged: ,', false],
    ['checked-in: Elm Road, Stannerby', true],
    ['checked-in:', false],
    ['screenshot: Hearth: Jo Harper: Another Monday', true],
    ['screenshot: Jo Harper: Another Monday', true],
    ['screenshot: Hearth: no text', true],
    ['screenshot: just words', false],
  ])('%s is %s on a line', (input, valid) => {
    expect(checkTag(tag(input), 'line').ok).toBe(valid);
  });

  it('reads a screenshot with or without the app', () => {
    expect(cue('screenshot: Hearth: Jo Harper: Another Monday: again')).toEqual({
      type: 'screenshot',
      shot: { app: 'hearth', author: 'Jo Harper', text: 'Another Monday: again' },
    });
    expect(cue('screenshot: Jo Harper: hi')).toEqual({ type: 'screenshot', shot: { app: undefined, author: 'Jo Harper', text: 'hi' } });
    // "Hearth: no text" is an author called Hearth, not an app with nothing after it.
    expect(cue('screenshot: Hearth: no text')).toEqual({ type: 'screenshot', shot: { app: undefined, author: 'Hearth', text: 'no text' } });
  });
});

describe('the reducer', () => {
  it('puts the photo, tags and check-in on the newest post', () => {
    const s = play([
      'platform: hearth',
      'post: Sam: first',
      'post: Tash Kerr: Birthday drinks at Jo’s!',
      'image: Friends round a table, glasses up',
      'tagged: Jo Harper',
      'tagged: Jo Harper, Dale Kerr',
      'checked-in: Elm Road, Stannerby',
    ]);
    const [first, newest] = s.feeds.hearth!;
    expect(first).toMatchObject({ photo: undefined, tagged: [], checkIn: undefined });
    expect(newest).toMatchObject({ photo: 'Friends round a table, glasses up', tagged: ['Jo Harper', 'Dale Kerr'], checkIn: 'Elm Road, Stannerby' });
  });

  it('attaches a screenshot to the newest message in a chat, else to the newest post', () => {
    const chat = play(['platform: hearth', 'message: East Team chat: Marcus Webb: Have you seen this', 'screenshot: Hearth: Leah Tanner: judging my flat']);
    expect(chat.thread!.messages.at(-1)).toMatchObject({ text: 'Marcus Webb: Have you seen this', screenshot: { app: 'hearth', author: 'Leah Tanner' } });
    const feed = play(['platform: shout', 'post: Marcus Bell: Ha!', 'screenshot: Hearth: Jo Harper: Another Monday']);
    expect(feed.feeds.shout![0]!.screenshot).toEqual({ app: 'hearth', author: 'Jo Harper', text: 'Another Monday' });
    expect(feed.thread).toBeNull();
  });

  it('with nothing on screen to attach to, the state is unchanged', () => {
    const s = play(['platform: lens']);
    expect(play(['image: a dog', 'tagged: Jo', 'checked-in: Park', 'screenshot: Jo: hi'], s)).toEqual(s);
  });

  it('a request notification goes once the request has an outcome', () => {
    const s = play([
      'platform: guild',
      'notification: Guild: Bev Adeyemi wants to connect',
      'notification: Guild: Priya posted a link',
      'request: connect Bev Adeyemi',
    ]);
    expect(s.notifications.map((n) => n.text)).toEqual(['Priya posted a link', 'Bev Adeyemi wants to connect']);
    expect(play(['request-outcome: accepted'], s).notifications.map((n) => n.text)).toEqual(['Priya posted a link']);
  });

  it('a message notification stays while the phone is locked and goes once the thread is open in an app', () => {
    const locked = play(['platform: lock', 'notification: Shout: New message from Hannah Okafor', 'message: Hannah Okafor: hi']);
    expect(locked.notifications).toHaveLength(1);
    expect(play(['platform: shout', 'message: Hannah Okafor: you there?'], locked).notifications).toEqual([]);
    // Replying answers it too; a notification about someone else stays.
    const other = play(['notification: Shout: New message from Callum Frost'], locked);
    expect(play(['reply: hello'], other).notifications.map((n) => n.text)).toEqual(['New message from Callum Frost']);
  });

  it('opening a message does not clear the same person’s other notifications', () => {
    const s = play(['platform: guild', 'notification: Guild: Callum Frost replied to your post', 'platform: shout', 'message: Callum Frost: Hi Jo']);
    expect(s.notifications.map((n) => n.text)).toEqual(['Callum Frost replied to your post']);
  });

  it('a tag notification goes once the post is open', () => {
    const s = play(['platform: hearth', 'notification: Hearth: Tash Kerr tagged you in a post']);
    expect(s.notifications).toHaveLength(1);
    expect(play(['post: Tash Kerr: Birthday drinks!'], s).notifications).toEqual([]);
  });
});

describe('the words for the text panel', () => {
  it.each([
    ['image: Friends round a table', 'Photo in that post: Friends round a table'],
    ['tagged: Jo Harper, Dale Kerr', 'Tagged in that post: Jo Harper, Dale Kerr'],
    ['checked-in: Elm Road, Stannerby', 'That post is checked in at Elm Road, Stannerby'],
    ['screenshot: Hearth: Jo Harper: Another Monday', 'A screenshot of a Hearth post by Jo Harper: “Another Monday”'],
    ['screenshot: Jo Harper: Another Monday', 'A screenshot of a post by Jo Harper: “Another Monday”'],
  ])('%s', (input, words) => {
    expect(describeCue(cue(input))).toBe(words);
  });
});
