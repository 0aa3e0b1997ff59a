import { describe, expect, it } from 'vitest';
import { applyCue, cuesFromTags, INITIAL_PHONE, type PhoneCue, type PhoneState } from '../../src/core/phone/phone.ts';
import { isTagError, parseTag, parseTags, type ParsedTag } from '../../src/core/story/tags.ts';

const tags = (...inputs: string[]): ParsedTag[] =>
  inputs.map((input) => {
    const t = parseTag(input);
    if (isTagError(t)) throw new Error(t.error);
    return t;
  });

const fold = (cues: PhoneCue[], from: PhoneState = INITIAL_PHONE): PhoneState => cues.reduce(applyCue, from);

describe('cuesFromTags', () => {
  it('turns each phone tag into a typed cue, in order', () => {
    expect(
      cuesFromTags(
        tags(
          'platform: hearth',
          'time: Sun 21:40',
          'notification: Dana sent you a friend request',
          'request: friend Dana Whitfield',
          'request-outcome: declined',
          'message: Kayden: you still my social worker?',
          'reply: I am, yes.',
        ),
      ),
    ).toEqual<PhoneCue[]>([
      { type: 'platform', platform: 'hearth' },
      { type: 'time', text: 'Sun 21:40' },
      { type: 'notification', text: 'Dana sent you a friend request' },
      { type: 'request', kind: 'friend', name: 'Dana Whitfield' },
      { type: 'request-outcome', outcome: 'declined' },
      { type: 'message', from: 'Kayden', text: 'you still my social worker?' },
      { type: 'reply', text: 'I am, yes.' },
    ]);
  });

  it('skips tags that are not phone tags', () => {
    expect(cuesFromTags(tags('feedback', 'hcpc: 3 upheld', 'discuss: Why?', 'ending: advice Talk', 'title: T', 'sound: knock'))).toEqual([]);
  });

  it('skips malformed phone tags but keeps the good ones around them', () => {
    expect(
      cuesFromTags(
        tags('platform: facebook', 'request: poke Dana', 'message: no colon here', 'request-outcome: maybe', 'time:', 'notification: Ping', 'reply:'),
      ),
    ).toEqual([{ type: 'notification', text: 'Ping' }]);
  });

  it('keeps repeated notifications and messages', () => {
    expect(cuesFromTags(tags('notification: a', 'notification: b')).map((c) => c.type)).toEqual(['notification', 'notification']);
  });

  it('is empty for no tags', () => {
    expect(cuesFromTags([])).toEqual([]);
  });
});

describe('applyCue', () => {
  it('starts locked, with no time, notifications, request, thread, posts or open forms', () => {
    expect(INITIAL_PHONE).toMatchObject({
      platform: 'lock',
      time: '',
      view: 'feed',
      notifications: [],
      request: null,
      thread: null,
      feeds: {},
      forms: [],
      published: [],
    });
  });

  it('sets the platform and the time', () => {
    const s = fold([
      { type: 'platform', platform: 'hearth' },
      { type: 'time', text: 'Sun 21:40' },
      { type: 'platform', platform: 'shout' },
    ]);
    expect(s.platform).toBe('shout');
    expect(s.time).toBe('Sun 21:40');
  });

  it('keeps only the 3 newest notifications, newest first', () => {
    const s = fold(['one', 'two', 'three', 'four', 'five'].map((text): PhoneCue => ({ type: 'notification', text })));
    expect(s.notifications.map((n) => n.text)).toEqual(['five', 'four', 'three']);
  });

  it('keeps fewer than 3 notifications as they are', () => {
    expect(
      fold([
        { type: 'notification', text: 'a', platform: undefined },
        { type: 'notification', text: 'b', platform: undefined },
      ]).notifications.map((n) => n.text),
    ).toEqual(['b', 'a']);
  });

  it('shows a request as pending, then its outcome', () => {
    const pending = fold([{ type: 'request', kind: 'follow', name: 'Kayden' }]);
    expect(pending.request).toEqual({ kind: 'follow', name: 'Kayden', outcome: 'pending' });
    const done = applyCue(pending, { type: 'request-outcome', outcome: 'accepted' });
    expect(done.request).toEqual({ kind: 'follow', name: 'Kayden', outcome: 'accepted' });
  });

  it('a new request replaces the old card, pending again', () => {
    const s = fold([
      { type: 'request', kind: 'friend', name: 'Dana' },
      { type: 'request-outcome', outcome: 'declined' },
      { type: 'request', kind: 'connect', name: 'Sam' },
    ]);
    expect(s.request).toEqual({ kind: 'connect', name: 'Sam', outcome: 'pending' });
  });

  it('ignores an outcome without a request (returns the same state)', () => {
    const before = fold([{ type: 'time', text: 'Mon 08:00' }]);
    const after = applyCue(before, { type: 'request-outcome', outcome: 'ignored' });
    expect(after).toBe(before);
    expect(after.request).toBeNull();
  });

  it('collects messages from one sender in one thread', () => {
    const s = fold([
      { type: 'message', from: 'Kayden', text: 'hi' },
      { type: 'message', from: 'Kayden', text: 'you there?' },
    ]);
    expect(s.thread).toEqual({
      with: 'Kayden',
      messages: [
        { from: 'Kayden', text: 'hi', mine: false },
        { from: 'Kayden', text: 'you there?', mine: false },
      ],
    });
  });

  it('switches to a fresh thread when a new sender writes', () => {
    const s = fold([
      { type: 'message', from: 'Kayden', text: 'hi' },
      { type: 'reply', text: 'hello' },
      { type: 'message', from: 'Dana', text: 'are you Jo?' },
    ]);
    expect(s.thread).toEqual({ with: 'Dana', messages: [{ from: 'Dana', text: 'are you Jo?', mine: false }] });
  });

  it('appends a reply as mine in the current thread, and the sender can answer in the same thread', () => {
    const s = fold([
      { type: 'message', from: 'Kayden', text: 'hi' },
      { type: 'reply', text: 'Hello Kayden.' },
      { type: 'message', from: 'Kayden', text: 'cool' },
    ]);
    expect(s.thread?.with).toBe('Kayden');
    expect(s.thread?.messages).toEqual([
      { from: 'Kayden', text: 'hi', mine: false },
      { from: 'You', text: 'Hello Kayden.', mine: true },
      { from: 'Kayden', text: 'cool', mine: false },
    ]);
  });

  it('a reply with no thread starts one with nobody in particular', () => {
    const s = applyCue(INITIAL_PHONE, { type: 'reply', text: 'Anyone?' });
    expect(s.thread).toEqual({ with: '', messages: [{ from: 'You', text: 'Anyone?', mine: true }] });
  });

  it('keeps only the newest 12 messages in a thread', () => {
    const cues: PhoneCue[] = [];
    for (let i = 1; i <= 20; i++) cues.push(i % 2 ? { type: 'message', from: 'Kayden', text: `m${i}` } : { type: 'reply', text: `r${i}` });
    const s = fold(cues);
    expect(s.thread!.messages).toHaveLength(12);
    expect(s.thread!.messages.every((m) => m.mine === m.text.startsWith('r'))).toBe(true);
    expect(s.thread!.messages.map((m) => m.text)).toEqual(['m9', 'r10', 'm11', 'r12', 'm13', 'r14', 'm15', 'r16', 'm17', 'r18', 'm19', 'r20']);
  });

  it('never mutates the state it is given', () => {
    const start = fold([
      { type: 'notification', text: 'a' },
      { type: 'request', kind: 'friend', name: 'Dana' },
      { type: 'message', from: 'Kayden', text: 'hi' },
    ]);
    const frozen = JSON.stringify(start);
    const deepFreeze = (o: unknown): void => {
      if (o && typeof o === 'object') {
        Object.values(o).forEach(deepFreeze);
        Object.freeze(o);
      }
    };
    deepFreeze(start);
    const cues: PhoneCue[] = [
      { type: 'platform', platform: 'lens' },
      { type: 'time', text: 'x' },
      { type: 'notification', text: 'b' },
      { type: 'request-outcome', outcome: 'accepted' },
      { type: 'request', kind: 'follow', name: 'Sam' },
      { type: 'message', from: 'Kayden', text: 'again' },
      { type: 'message', from: 'Sam', text: 'new' },
      { type: 'reply', text: 'mine' },
    ];
    for (const cue of cues) {
      const next = applyCue(start, cue);
      expect(next).not.toBe(start);
    }
    expect(JSON.stringify(start)).toBe(frozen);
    expect(INITIAL_PHONE.notifications).toEqual([]);
    expect(INITIAL_PHONE.thread).toBeNull();
  });

  it('folds a scene from tags end to end', () => {
    const s = fold(
      cuesFromTags(
        tags(
          'platform: home',
          'time: Sun 21:40',
          'notification: Hearth: Dana Whitfield wants to be friends',
          'platform: hearth',
          'request: friend Dana Whitfield',
          'request-outcome: ignored',
        ),
      ),
    );
    expect(s).toEqual({
      ...INITIAL_PHONE,
      platform: 'hearth',
      view: 'inbox',
      time: 'Sun 21:40',
      notifications: [], // answered: the request has an outcome
      request: { kind: 'friend', name: 'Dana Whitfield', outcome: 'ignored', platform: 'hearth' },
      thread: null,
    });
  });
});

describe('where a notification comes from', () => {
  it('a "Platform: text" notification names its app and loses the prefix', () => {
    const [cue] = cuesFromTags(parseTags(['notification: Lens: New message from Kai']).filter((t): t is ParsedTag => !isTagError(t)));
    expect(cue).toEqual({ type: 'notification', text: 'New message from Kai', platform: 'lens' });
  });

  it('otherwise it comes from the app open at the time, or from no app on the home or lock screen', () => {
    const inApp = applyCue({ ...INITIAL_PHONE, platform: 'guild' }, { type: 'notification', text: 'Amara wants to connect' });
    expect(inApp.notifications[0]).toEqual({ text: 'Amara wants to connect', platform: 'guild' });
    const locked = applyCue(INITIAL_PHONE, { type: 'notification', text: 'Low battery' });
    expect(locked.notifications[0]).toEqual({ text: 'Low battery', platform: undefined });
  });
});
