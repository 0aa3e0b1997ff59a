import { describe, expect, expectTypeOf, it } from 'vitest';
import { isTagError, parseTag, parseTags, splitFields, type ParsedTag, type TagParse } from '../../src/core/story/tags.ts';
import {
  checkTag,
  isTagKey,
  readAllTags,
  readTag,
  TAG_KEYS,
  TAG_SPECS,
  tagSpec,
  type EndingValue,
  type PlatformId,
  type RequestOutcome,
  type StandardImpact,
  type TagKey,
  type TagPlace,
} from '../../src/core/story/tag-specs.ts';

/** Parse a tag that must be valid syntax; fails the test otherwise. */
function tag(input: string): ParsedTag {
  const t = parseTag(input);
  if (isTagError(t)) throw new Error(`expected "${input}" to parse, got: ${t.error}`);
  return t;
}

describe('parseTag: valid syntax', () => {
  it.each<[string, string, { key: string; value: string; fields: string[]; bare: boolean }]>([
    ['bare flag', 'feedback', { key: 'feedback', value: '', fields: [], bare: true }],
    ['key: value', 'title: A quiet Sunday', { key: 'title', value: 'A quiet Sunday', fields: ['A quiet Sunday'], bare: false }],
    ['value containing colons', 'message: Kayden: hi', { key: 'message', value: 'Kayden: hi', fields: ['Kayden: hi'], bare: false }],
    ['value with many colons', 'time: Sun 21:40:05', { key: 'time', value: 'Sun 21:40:05', fields: ['Sun 21:40:05'], bare: false }],
    ['leading #', '#hcpc: 3 upheld', { key: 'hcpc', value: '3 upheld', fields: ['3 upheld'], bare: false }],
    ['leading # then spaces', '#   feedback', { key: 'feedback', value: '', fields: [], bare: true }],
    ['surrounding whitespace', '   discuss:    What now?   ', { key: 'discuss', value: 'What now?', fields: ['What now?'], bare: false }],
    [
      'tabs and spaces around the colon',
      '\tending\t :\tadvice Talk it through\t',
      { key: 'ending', value: 'advice Talk it through', fields: ['advice Talk it through'], bare: false },
    ],
    ['no space after colon', 'order:3', { key: 'order', value: '3', fields: ['3'], bare: false }],
    ['colon with empty value', 'title:', { key: 'title', value: '', fields: [], bare: false }],
    ['hyphenated key', 'content-note: Mentions self-harm', { key: 'content-note', value: 'Mentions self-harm', fields: ['Mentions self-harm'], bare: false }],
    ['digits in key', 'x2: y', { key: 'x2', value: 'y', fields: ['y'], bare: false }],
    ['| fields', 'x: a | b | c', { key: 'x', value: 'a | b | c', fields: ['a', 'b', 'c'], bare: false }],
    ['| fields without spaces', 'x: a|b', { key: 'x', value: 'a|b', fields: ['a', 'b'], bare: false }],
    ['empty | fields kept', 'x: a||b', { key: 'x', value: 'a||b', fields: ['a', '', 'b'], bare: false }],
    ['escaped \\| is a literal bar', 'x: a \\| b | c', { key: 'x', value: 'a | b | c', fields: ['a | b', 'c'], bare: false }],
    ['only escaped bars: one field', 'x: 1 \\| 2', { key: 'x', value: '1 | 2', fields: ['1 | 2'], bare: false }],
    ['backslash not before | is kept', 'x: a\\b', { key: 'x', value: 'a\\b', fields: ['a\\b'], bare: false }],
    ['unknown key still parses', 'sound: door-knock', { key: 'sound', value: 'door-knock', fields: ['door-knock'], bare: false }],
    ['unknown bare key still parses', 'shake', { key: 'shake', value: '', fields: [], bare: true }],
  ])('%s: %j', (_name, input, expected) => {
    const t = parseTag(input);
    expect(isTagError(t)).toBe(false);
    expect(t).toEqual({ ...expected, raw: input });
  });
});

describe('parseTag: syntax errors', () => {
  it.each<[string, string, RegExp]>([
    ['empty string', '', /empty tag/],
    ['only whitespace', '   \t ', /empty tag/],
    ['only #', '#', /empty tag/],
    ['# and spaces', '#   ', /empty tag/],
    ['no colon, spaces (a sentence)', 'hcpc 3 upheld', /colon/],
    ['no colon, leading #', '#feedback please', /colon/],
    ['upper-case key', 'Feedback', /lower-case.*"feedback"/],
    ['upper-case key with value', 'HCPC: 3 upheld', /lower-case.*"hcpc"/],
    ['mixed-case hyphenated key', 'Content-Note: x', /lower-case.*"content-note"/],
    ['underscore in key', 'content_note: x', /not a valid tag key/],
    ['space inside key before colon', 'content note: x', /not a valid tag key/],
    ['leading hyphen', '-x: y', /not a valid tag key/],
    ['trailing hyphen', 'x-: y', /not a valid tag key/],
    ['double hyphen', 'a--b: y', /not a valid tag key/],
    ['dot in key', 'a.b: y', /not a valid tag key/],
    ['non-ASCII key', 'café: y', /not a valid tag key/],
    ['nothing before the colon', ': value', /not a valid tag key/],
    ['two hashes', '##feedback', /not a valid tag key/],
  ])('%s: %j', (_name, input, message) => {
    const t = parseTag(input);
    expect(isTagError(t)).toBe(true);
    if (!isTagError(t)) return;
    expect(t.error).toMatch(message);
    expect(t.raw).toBe(input);
  });

  it('the colon hint is specific to missing colons, not given for bad keys with a colon', () => {
    const t = parseTag('content_note: x');
    expect(isTagError(t) && t.error).not.toMatch(/colon/);
  });
});

describe('splitFields', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['a', ['a']],
    [' a | b ', ['a', 'b']],
    ['|', ['', '']],
    ['a \\| b', ['a | b']],
    ['a \\|| b', ['a |', 'b']],
  ])('%j → %j', (input, fields) => {
    expect(splitFields(input)).toEqual(fields);
  });
});

describe('parseTags', () => {
  it('keeps order and repeats, and mixes errors in place', () => {
    const parsed = parseTags(['hcpc: 3 breach', 'hcpc: 1 risk', 'Bad', 'hcpc: 3 breach']);
    expect(parsed).toHaveLength(4);
    expect(parsed.map((p) => (isTagError(p) ? 'ERR' : `${p.key}=${p.value}`))).toEqual(['hcpc=3 breach', 'hcpc=1 risk', 'ERR', 'hcpc=3 breach']);
  });

  it.each([null, undefined, [] as string[]])('treats %j as no tags', (input) => {
    expect(parseTags(input)).toEqual([]);
  });
});

describe('checkTag', () => {
  const check = (input: string, place: TagPlace) => checkTag(tag(input), place);

  describe('hcpc', () => {
    it.each(Array.from({ length: 14 }, (_, i) => i + 1).flatMap((n) => (['upheld', 'risk', 'breach'] as const).map((impact) => [n, impact] as const)))(
      'accepts standard %i %s',
      (n, impact) => {
        expect(check(`hcpc: ${n} ${impact}`, 'choice')).toEqual({ ok: true, value: { framework: 'hcpc-2008', standard: n, impact } });
      },
    );

    it.each<[string, RegExp]>([
      ['hcpc: 0 upheld', /1 to 14.*"0"/],
      ['hcpc: 15 breach', /1 to 14.*"15"/],
      ['hcpc: 100 risk', /1 to 14/],
      ['hcpc: x upheld', /1 to 14.*"x"/],
      ['hcpc: -1 upheld', /1 to 14/],
      ['hcpc: 3.5 upheld', /1 to 14/],
      ['hcpc: 3 good', /upheld, risk, breach.*"good"/],
      ['hcpc: 3 Upheld', /upheld, risk, breach/],
      ['hcpc: 3', /standard number and an impact/],
      ['hcpc: upheld', /standard number and an impact/],
      ['hcpc: 3 upheld extra', /standard number and an impact/],
      ['hcpc:', /standard number and an impact/],
      ['hcpc', /standard number and an impact/],
    ])('rejects %j', (input, message) => {
      const result = check(input, 'choice');
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(message);
      expect(result.value).toBeUndefined();
    });
  });

  describe('ending', () => {
    it.each([
      ['ending: no-concerns Boundaries kept', 'no-concerns', 'Boundaries kept'],
      ['ending: advice A word in supervision', 'advice', 'A word in supervision'],
      ['ending: investigation Looked into', 'investigation', 'Looked into'],
      ['ending: referral To the regulator', 'referral', 'To the regulator'],
      ['ending:   sanction    Struck off  ', 'sanction', 'Struck off'],
    ])('accepts %j', (input, level, title) => {
      expect(check(input, 'line')).toEqual({ ok: true, value: { level, title } });
    });

    it.each<[string, RegExp]>([
      ['ending: great Well done', /level must be one of no-concerns, advice, investigation, referral, sanction, not "great"/],
      ['ending: Advice Upper case', /level must be one of/],
      ['ending: advice', /needs a title/],
      ['ending: advice    ', /needs a title/],
      ['ending:', /level must be one of .*not ""/],
      ['ending', /level must be one of/],
    ])('rejects %j', (input, message) => {
      const result = check(input, 'line');
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(message);
    });
  });

  describe('request', () => {
    it.each([
      ['request: friend Dana Whitfield', 'friend', 'Dana Whitfield'],
      ['request: follow @kayden_07', 'follow', '@kayden_07'],
      ['request: connect  Sam Lee ', 'connect', 'Sam Lee'],
    ])('accepts %j', (input, kind, name) => {
      expect(check(input, 'line')).toEqual({ ok: true, value: { kind, name } });
    });

    it.each(['request: poke Dana', 'request: friend', 'request: Friend Dana', 'request: Dana', 'request'])('rejects %j', (input) => {
      const result = check(input, 'line');
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/friend, follow or connect/);
    });
  });

  describe('request-outcome', () => {
    it.each(['accepted', 'declined', 'ignored'])('accepts %s', (outcome) => {
      expect(check(`request-outcome: ${outcome}`, 'line')).toEqual({ ok: true, value: outcome });
    });
    it('rejects another outcome', () => {
      expect(check('request-outcome: blocked', 'line')).toMatchObject({ ok: false, error: expect.stringMatching(/accepted, declined, ignored.*"blocked"/) });
    });
  });

  describe('message', () => {
    it.each([
      ['message: Kayden: you still my social worker?', 'Kayden', 'you still my social worker?'],
      ['message: Kayden: the time is 21:40', 'Kayden', 'the time is 21:40'],
      ['message:  Dana Whitfield :  hi ', 'Dana Whitfield', 'hi'],
    ])('accepts %j', (input, from, text) => {
      expect(check(input, 'line')).toEqual({ ok: true, value: { from, text } });
    });

    it.each(['message: hello there', 'message: Kayden:', 'message: Kayden:   ', 'message: : hi', 'message:'])('rejects %j', (input) => {
      const result = check(input, 'line');
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/sender, a colon and the text/);
    });
  });

  describe('flags, text and numbers', () => {
    it.each<[string, TagPlace, unknown]>([
      ['feedback', 'line', true],
      ['discuss: What might Dana be hoping for?', 'line', 'What might Dana be hoping for?'],
      ['title: A quiet Sunday', 'global', 'A quiet Sunday'],
      ['summary: Short.', 'global', 'Short.'],
      ['minutes: 5', 'global', 5],
      ['order: 12', 'global', 12],
      ['content-note: Mentions a child at risk', 'global', 'Mentions a child at risk'],
      ['platform: hearth', 'line', 'hearth'],
      ['platform: lock', 'line', 'lock'],
      ['time: Sun 21:40', 'line', 'Sun 21:40'],
      ['notification: Dana sent you a friend request', 'line', 'Dana sent you a friend request'],
      ['reply: no', 'line', 'no'],
    ])('accepts %j on a %s', (input, place, value) => {
      expect(check(input, place)).toEqual({ ok: true, value });
    });

    it.each<[string, TagPlace, RegExp]>([
      ['feedback: yes', 'line', /is a flag/],
      ['feedback:', 'line', /is a flag/],
      ['discuss:', 'line', /#discuss needs a question/],
      ['title:', 'global', /#title needs the scenario name/],
      ['minutes: five', 'global', /whole number.*"five"/],
      ['minutes: -5', 'global', /whole number/],
      ['minutes: 2.5', 'global', /whole number/],
      ['order: 12345', 'global', /whole number/],
      ['platform: facebook', 'line', /must be one of hearth, shout, lens, guild, home, lock/],
    ])('rejects %j on a %s', (input, place, message) => {
      const result = check(input, place);
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(message);
    });
  });

  describe('unknown tags and places', () => {
    it.each<[string, TagPlace]>([
      ['sound: knock', 'line'],
      ['shake', 'line'],
      ['author: me', 'global'],
      ['hcpc2: 3 upheld', 'choice'],
    ])('rejects unknown %j', (input, place) => {
      const result = check(input, place);
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/unknown tag "#/);
      expect(result.error).toContain(`#${tag(input).key}`);
    });

    it.each<[string, TagPlace, RegExp]>([
      ['hcpc: 3 upheld', 'line', /#hcpc belongs on a choice \(inside its \[ \]\), not on a line of text/],
      ['hcpc: 3 upheld', 'global', /#hcpc belongs on a choice.*not on the top of the file/],
      ['title: A quiet Sunday', 'choice', /#title belongs on the top of the file, not on a choice/],
      ['title: A quiet Sunday', 'line', /#title belongs on the top of the file, not on a line of text/],
      ['feedback', 'choice', /#feedback belongs on a line of text, not on a choice/],
      ['ending: advice Talk', 'global', /#ending belongs on a line of text/],
      ['discuss: Why?', 'choice', /#discuss belongs on a line of text/],
    ])('rejects %j in the wrong place (%s)', (input, place, message) => {
      const result = check(input, place);
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(message);
    });

    it('every spec accepts at least one place, and every key in the table is listed and known', () => {
      expect(TAG_KEYS.length).toBeGreaterThan(10);
      expect(TAG_KEYS).toEqual(Object.keys(TAG_SPECS));
      for (const key of TAG_KEYS) {
        expect(isTagKey(key)).toBe(true);
        expect(tagSpec(key)).toBe(TAG_SPECS[key]);
        expect(TAG_SPECS[key].places.length).toBeGreaterThan(0);
      }
    });

    it.each(['sound', 'toString', 'constructor', '__proto__', 'hasOwnProperty'])('"%s" is not a known key, even when Object has it', (key) => {
      expect(isTagKey(key)).toBe(false);
      expect(tagSpec(key)).toBeUndefined();
      const parsed: ParsedTag = { key, value: 'x', fields: ['x'], bare: false, raw: `${key}: x` };
      expect(checkTag(parsed, 'line')).toEqual({ ok: false, error: expect.stringMatching(/unknown tag/) });
    });
  });
});

describe('readTag / readAllTags', () => {
  const tags = (...inputs: string[]) => inputs.map(tag);

  it('reads a typed value', () => {
    expect(readTag(tags('time: Sun 21:40', 'ending: referral Reported'), 'ending')).toEqual({ level: 'referral', title: 'Reported' });
    expect(readTag(tags('minutes: 7'), 'minutes')).toBe(7);
  });

  it('is undefined when absent, malformed or unknown', () => {
    expect(readTag(tags('time: Sun 21:40'), 'ending')).toBeUndefined();
    expect(readTag(tags('ending: great Done'), 'ending')).toBeUndefined();
    expect(readTag(tags('minutes: lots'), 'minutes')).toBeUndefined();
    // @ts-expect-error: 'sound' is not a tag the game knows, so the types refuse it; untyped callers get undefined.
    expect(readTag(tags('sound: knock'), 'sound')).toBeUndefined();
    expect(readTag([], 'title')).toBeUndefined();
  });

  it('readAllTags keeps every valid repeat in order and drops malformed ones', () => {
    const all = readAllTags(tags('hcpc: 3 breach', 'feedback', 'hcpc: 99 risk', 'hcpc: 1 risk', 'hcpc: 3 breach'), 'hcpc');
    expect(all).toEqual([
      { framework: 'hcpc-2008', standard: 3, impact: 'breach' },
      { framework: 'hcpc-2008', standard: 1, impact: 'risk' },
      { framework: 'hcpc-2008', standard: 3, impact: 'breach' },
    ]);
    // @ts-expect-error: unknown key
    expect(readAllTags(tags('sound: a', 'sound: b'), 'sound')).toEqual([]);
  });

  it("infers each key's own value type, with no type argument", () => {
    const none: ParsedTag[] = [];
    expectTypeOf(readTag(none, 'hcpc')).toEqualTypeOf<StandardImpact | undefined>();
    expectTypeOf(readTag(none, 'ending')).toEqualTypeOf<EndingValue | undefined>();
    expectTypeOf(readTag(none, 'minutes')).toEqualTypeOf<number | undefined>();
    expectTypeOf(readTag(none, 'title')).toEqualTypeOf<string | undefined>();
    expectTypeOf(readTag(none, 'feedback')).toEqualTypeOf<true | undefined>();
    expectTypeOf(readTag(none, 'platform')).toEqualTypeOf<PlatformId | undefined>();
    expectTypeOf(readTag(none, 'request-outcome')).toEqualTypeOf<RequestOutcome | undefined>();
    expectTypeOf(readAllTags(none, 'people')).toEqualTypeOf<string[][]>();
    expectTypeOf(readAllTags(none, 'hcpc')).toEqualTypeOf<StandardImpact[]>();
    expectTypeOf<'hcpc'>().toExtend<TagKey>();
    expectTypeOf<'sound'>().not.toExtend<TagKey>();
  });

  it('parse → check pipeline rejects what the parser rejects', () => {
    const results: TagParse[] = parseTags(['#hcpc: 3 upheld', 'Hcpc: 3 upheld']);
    expect(results.filter(isTagError)).toHaveLength(1);
  });
});
