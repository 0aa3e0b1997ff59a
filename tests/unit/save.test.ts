import { afterEach, describe, expect, it } from 'vitest';
import { BlockedStore, FullStore } from './test-stores.ts';
import { decodeSave, encodeSave, MAX_SAVE_CHARS, MAX_SAVED_CHOICES, SAVE_VERSION, type DecodeResult, type SaveData } from '../../src/core/story/save.ts';
import { MemoryStore, SaveStore } from '../../src/core/app/storage.ts';
import { mulberry32 } from '../../src/core/random.js';

const VALID: SaveData = {
  version: SAVE_VERSION,
  scenario: 'quiet-sunday',
  fingerprint: 'abc123def4567890',
  choices: [0, 2, 1, 0],
  savedAt: '2025-11-27T13:00:00.000Z',
};
const EXPECT = { scenario: VALID.scenario, fingerprint: VALID.fingerprint };

/** A JSON save with some fields replaced. */
const withFields = (patch: Record<string, unknown>): string => JSON.stringify({ ...VALID, ...patch });

/** decodeSave must never throw; this wrapper turns a throw into a test failure with the input shown. */
function safeDecode(raw: unknown, expected?: { scenario: string; fingerprint: string }): DecodeResult {
  try {
    return decodeSave(raw, expected);
  } catch (error) {
    throw new Error(`decodeSave threw on ${JSON.stringify(String(raw)).slice(0, 200)}: ${(error as Error).message}`, { cause: error });
  }
}

/** A refusal for `problem`, its message a sentence (over 10 characters) matching `message`, when given. */
function expectRejected(result: DecodeResult, problem: string, message?: RegExp): void {
  expect(result).toMatchObject({ ok: false, problem, message: expect.stringMatching(/^[\s\S]{11,}$/) });
  expect(result).toHaveProperty('message', expect.stringMatching(message ?? /(?:)/));
}

describe('encodeSave / decodeSave round trip', () => {
  it('round-trips a valid save', () => {
    const text = encodeSave(VALID);
    expect(typeof text).toBe('string');
    const result = decodeSave(text, EXPECT);
    expect(result).toEqual({ ok: true, save: VALID });
  });

  it('round-trips without an expectation, and with no choices', () => {
    const save = { ...VALID, choices: [] };
    expect(decodeSave(encodeSave(save))).toEqual({ ok: true, save });
  });

  it('round-trips the largest allowed list of choices', () => {
    const save = { ...VALID, choices: Array.from({ length: MAX_SAVED_CHOICES }, (_, i) => i % 10) };
    const text = encodeSave(save);
    expect(text.length).toBeLessThanOrEqual(MAX_SAVE_CHARS);
    expect(decodeSave(text, EXPECT)).toEqual({ ok: true, save });
  });

  it('writes only the known fields', () => {
    const extra = { ...VALID, secret: 'x', story: '{"inkVersion":21}' } as unknown as SaveData;
    expect(Object.keys(JSON.parse(encodeSave(extra))).toSorted()).toEqual(['choices', 'fingerprint', 'savedAt', 'scenario', 'version']);
  });

  it('returns a copy of the choices, not the parsed array', () => {
    const result = decodeSave(encodeSave(VALID));
    expect(result.ok && result.save.choices).toEqual(VALID.choices);
    expect(result.ok && result.save.choices).not.toBe(VALID.choices);
  });

  it.each([
    ['missing', undefined],
    ['not a date', 'yesterday'],
    ['a number', 12345],
    ['too long', `2025-11-27T13:00:00.000Z${' '.repeat(40)}`],
  ])('replaces a savedAt that is %s with the epoch instead of failing', (_name, savedAt) => {
    const result = decodeSave(withFields({ savedAt }), EXPECT);
    expect(result.ok && result.save.savedAt).toBe(new Date(0).toISOString());
  });

  it('drops unknown extra fields', () => {
    const result = decodeSave(withFields({ evil: true }), EXPECT);
    expect(result.ok && Object.keys(result.save).toSorted()).toEqual(['choices', 'fingerprint', 'savedAt', 'scenario', 'version']);
  });
});

describe('decodeSave rejects corrupt or hostile input without throwing', () => {
  it.each<[string, unknown, string, RegExp?]>([
    ['null', null, 'empty', /no saved progress/i],
    ['undefined', undefined, 'empty'],
    ["''", '', 'empty'],
    ['a number', 42, 'corrupt', /not text/],
    ['an object', { ...VALID }, 'corrupt', /not text/],
    ['an array', [0, 1], 'corrupt', /not text/],
    ['a boolean', true, 'corrupt'],
    ['a symbol', Symbol('save'), 'corrupt'],
    ['a function', () => encodeSave(VALID), 'corrupt'],
    ['a String object', new String(encodeSave(VALID)), 'corrupt'],
    ['not json', 'not json', 'corrupt', /not valid JSON/],
    ['truncated json', encodeSave(VALID).slice(0, -5), 'corrupt', /not valid JSON/],
    ['json with a BOM', `\uFEFF${encodeSave(VALID)}`, 'corrupt', /not valid JSON/],
    ['[]', '[]', 'corrupt', /not a save record/],
    ['json null', 'null', 'corrupt', /not a save record/],
    ['json number', '1', 'corrupt', /not a save record/],
    ['json string', JSON.stringify(encodeSave(VALID)), 'corrupt', /not a save record/],
    ['{}', '{}', 'version', /different version/],
    ['wrong version', withFields({ version: 2 }), 'version', /different version/],
    ['version 0', withFields({ version: 0 }), 'version'],
    ['version as string', withFields({ version: '1' }), 'version'],
    ['version missing', JSON.stringify({ ...VALID, version: undefined }), 'version'],
    ['huge string', ' '.repeat(MAX_SAVE_CHARS + 1), 'corrupt', /too long/],
    ['huge valid-looking save', withFields({ fingerprint: 'f'.repeat(MAX_SAVE_CHARS) }), 'corrupt', /too long/],
    ['choices not an array', withFields({ choices: '0,1,2' }), 'corrupt', /list of choices/],
    ['choices an object', withFields({ choices: { 0: 1, length: 1 } }), 'corrupt', /list of choices/],
    ['choices missing', JSON.stringify({ ...VALID, choices: undefined }), 'corrupt', /list of choices/],
    ['too many choices', withFields({ choices: Array.from({ length: MAX_SAVED_CHOICES + 1 }, () => 0) }), 'corrupt', /list of choices/],
    ['negative index', withFields({ choices: [0, -1] }), 'corrupt', /small whole number/],
    ['fractional index', withFields({ choices: [0.5] }), 'corrupt', /small whole number/],
    ['NaN index (null in JSON)', withFields({ choices: [Number.NaN] }), 'corrupt', /small whole number/],
    ['Infinity index (1e999)', encodeSave(VALID).replace('[0,2,1,0]', '[1e999]'), 'corrupt', /small whole number/],
    ['huge index', withFields({ choices: [1e9] }), 'corrupt', /small whole number/],
    ['index 100', withFields({ choices: [100] }), 'corrupt', /small whole number/],
    ['index as string', withFields({ choices: ['1'] }), 'corrupt', /small whole number/],
    ['index as nested array', withFields({ choices: [[1]] }), 'corrupt', /small whole number/],
    ['bad scenario id ../x', withFields({ scenario: '../x' }), 'corrupt', /scenario name/],
    ['uppercase scenario id', withFields({ scenario: 'Quiet-Sunday' }), 'corrupt', /scenario name/],
    ['200-char scenario id', withFields({ scenario: 'a'.repeat(200) }), 'corrupt', /scenario name/],
    ['empty scenario id', withFields({ scenario: '' }), 'corrupt', /scenario name/],
    ['scenario id with slash', withFields({ scenario: 'a/b' }), 'corrupt', /scenario name/],
    ['scenario id starting with -', withFields({ scenario: '-a' }), 'corrupt', /scenario name/],
    ['scenario id with newline', withFields({ scenario: 'a\nb' }), 'corrupt', /scenario name/],
    ['scenario id not a string', withFields({ scenario: 7 }), 'corrupt', /scenario name/],
    ['empty fingerprint', withFields({ fingerprint: '' }), 'corrupt', /fingerprint/],
    ['fingerprint too long', withFields({ fingerprint: 'f'.repeat(129) }), 'corrupt', /fingerprint/],
    ['fingerprint not a string', withFields({ fingerprint: 123 }), 'corrupt', /fingerprint/],
  ])('%s', (_name, raw, problem, message) => {
    expectRejected(safeDecode(raw, EXPECT), problem, message);
  });

  it('messages for corrupt saves tell the player it will start afresh', () => {
    const result = safeDecode('not json');
    expectRejected(result, 'corrupt', /could not be read.*start afresh/);
  });

  it('rejects a save made with another version of the story (fingerprint mismatch)', () => {
    const result = safeDecode(encodeSave(VALID), { ...EXPECT, fingerprint: 'ffffffffffffffff' });
    expectRejected(result, 'changed', /updated since you saved.*start afresh/);
  });

  it('rejects a save for a different scenario', () => {
    const result = safeDecode(encodeSave(VALID), { scenario: 'another-one', fingerprint: VALID.fingerprint });
    expectRejected(result, 'scenario', /different scenario/);
  });

  it('reports the scenario mismatch before the fingerprint mismatch', () => {
    const result = safeDecode(encodeSave(VALID), { scenario: 'another-one', fingerprint: 'other' });
    expectRejected(result, 'scenario');
  });

  describe('__proto__ payloads', () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).polluted;
      delete (Object.prototype as Record<string, unknown>).version;
    });

    it('do not pollute Object.prototype, and the save is judged on its own fields', () => {
      const hostile = `{"__proto__":{"polluted":"yes","version":1},"constructor":{"prototype":{"polluted":"yes"}},"scenario":"quiet-sunday","fingerprint":"abc123def4567890","choices":[0],"savedAt":"2025-11-27T13:00:00.000Z"}`;
      const result = safeDecode(hostile, EXPECT);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(Object.prototype, 'version')).toBe(false);
      // version only appears inside __proto__, which must not count as the save's own version.
      expectRejected(result, 'version');
    });

    it('a full save with an extra __proto__ key decodes to a plain save without it', () => {
      const hostile = encodeSave(VALID).replace('{', '{"__proto__":{"polluted":"yes","isAdmin":true},');
      const result = safeDecode(hostile, EXPECT);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(result).toEqual({ ok: true, save: VALID });
      const save: unknown = result.ok ? result.save : undefined;
      expect(Object.getPrototypeOf(save)).toBe(Object.prototype);
      expect(save).not.toHaveProperty('isAdmin');
    });
  });
});

describe('decodeSave never throws (property-style)', () => {
  it('on a few hundred random byte strings', () => {
    const random = mulberry32(12345);
    for (let n = 0; n < 400; n++) {
      const length = Math.floor(random() * 120);
      let s = '';
      for (let i = 0; i < length; i++) s += String.fromCharCode(Math.floor(random() * 256));
      const result = safeDecode(s, EXPECT);
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/[\s\S]/) });
    }
  });

  it('on random JSON-ish strings built from save fragments', () => {
    const random = mulberry32(777);
    const pieces = [
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"version"',
      '"choices"',
      '"scenario"',
      '"fingerprint"',
      '"__proto__"',
      '1',
      '-1',
      '0.5',
      '1e999',
      'null',
      'true',
      '"x"',
      '"quiet-sunday"',
      ' ',
    ];
    for (let n = 0; n < 400; n++) {
      let s = '';
      const length = 1 + Math.floor(random() * 30);
      for (let i = 0; i < length; i++) s += pieces[Math.floor(random() * pieces.length)];
      const result = safeDecode(s, EXPECT);
      expect(typeof result.ok).toBe('boolean');
    }
  });

  it('on a few hundred mutations of a valid save; any accepted result is itself valid', () => {
    const random = mulberry32(2024);
    const base = encodeSave(VALID);
    const accepted: SaveData[] = [];
    const refusals: string[] = [];
    for (let n = 0; n < 500; n++) {
      const chars = base.split('');
      const edits = 1 + Math.floor(random() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * chars.length);
        const op = random();
        const ch = String.fromCharCode(32 + Math.floor(random() * 95));
        if (op < 0.33) chars.splice(at, 1);
        else if (op < 0.66) chars.splice(at, 0, ch);
        else chars[at] = ch;
      }
      const mutated = chars.join('');
      const result = safeDecode(mutated);
      if (result.ok) accepted.push(result.save);
      else refusals.push(result.message);
    }
    for (const save of accepted) {
      expect(save.version).toBe(SAVE_VERSION);
      expect(save.scenario).toMatch(/^[a-z0-9][a-z0-9-]{0,80}$/);
      expect(save.fingerprint.length).toBeGreaterThan(0);
      expect(save.choices.every((c) => Number.isInteger(c) && c >= 0 && c < 100)).toBe(true);
      expect(Number.isNaN(Date.parse(save.savedAt))).toBe(false);
      // A decoded save re-encodes and decodes to itself.
      expect(decodeSave(encodeSave(save))).toEqual({ ok: true, save });
    }
    for (const message of refusals) expect(message.length).toBeGreaterThan(10);
    // Sanity: the mutation loop exercises both outcomes, so the assertions above are reached.
    expect(accepted.length).toBeGreaterThan(0);
    expect(refusals.length).toBeGreaterThan(0);
  });

  it('on deeply nested JSON within the size limit', () => {
    const depth = Math.floor(MAX_SAVE_CHARS / 2) - 1;
    expectRejected(safeDecode('['.repeat(depth) + ']'.repeat(depth)), 'corrupt');
    expectRejected(safeDecode(`{"a":${'{"a":'.repeat(2000)}1${'}'.repeat(2001)}`), 'version');
  });
});

describe('SaveStore', () => {
  it('writes, reads back, tracks the active scenario and clears (MemoryStore)', () => {
    const kv = new MemoryStore();
    const store = new SaveStore(kv);
    expect(store.active()).toBeNull();
    expectRejected(store.read(VALID.scenario), 'empty');

    expect(store.write(VALID)).toEqual({ ok: true });
    expect(store.active()).toBe(VALID.scenario);
    expect(store.read(VALID.scenario, { fingerprint: VALID.fingerprint })).toEqual({ ok: true, save: VALID });
    expect(store.read(VALID.scenario)).toEqual({ ok: true, save: VALID });
    expectRejected(store.read(VALID.scenario, { fingerprint: 'other' }), 'changed');
    expectRejected(store.read('another-one'), 'empty');

    // Keys are namespaced so the game does not trample other data on the same origin.
    expect([...kv.data.keys()].every((k) => k.startsWith('public-profile:'))).toBe(true);

    store.clear(VALID.scenario);
    expect(store.active()).toBeNull();
    expectRejected(store.read(VALID.scenario), 'empty');
    expect(kv.data.size).toBe(0);
  });

  it('keeps one save per scenario; clearing one leaves the other and the active marker of the other', () => {
    const store = new SaveStore(new MemoryStore());
    const other: SaveData = { ...VALID, scenario: 'busy-monday', choices: [1] };
    store.write(VALID);
    store.write(other);
    expect(store.active()).toBe('busy-monday');
    store.clear(VALID.scenario);
    expect(store.active()).toBe('busy-monday');
    expect(store.read('busy-monday')).toEqual({ ok: true, save: other });
    expectRejected(store.read(VALID.scenario), 'empty');
  });

  it('reads a save for another scenario stored under this key as a scenario mismatch', () => {
    const kv = new MemoryStore();
    kv.set('public-profile:save:quiet-sunday', encodeSave({ ...VALID, scenario: 'busy-monday' }));
    expectRejected(new SaveStore(kv).read('quiet-sunday', { fingerprint: VALID.fingerprint }), 'scenario');
  });

  it('reads corrupt stored text as corrupt, without throwing', () => {
    const kv = new MemoryStore();
    kv.set('public-profile:save:quiet-sunday', '{"version":1,"choices":[-1]');
    expectRejected(new SaveStore(kv).read('quiet-sunday'), 'corrupt');
  });

  it.each(['../etc', 'UPPER', '', 'a'.repeat(200), '<script>'])('ignores an invalid active marker %j', (value) => {
    const kv = new MemoryStore();
    kv.set('public-profile:active', value);
    expect(new SaveStore(kv).active()).toBeNull();
  });

  it('never throws when storage is blocked, and says progress is not being saved', () => {
    const kv = new BlockedStore();
    const store = new SaveStore(kv);
    const write = store.write(VALID);
    expect(write).toMatchObject({ ok: false, reason: 'blocked', message: expect.stringMatching(/progress is not being saved/) });
    expect(write).toHaveProperty('message', expect.stringMatching(/keep playing/));
    const read = store.read(VALID.scenario, { fingerprint: VALID.fingerprint });
    expect(read).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be read/) });
    expect(store.active()).toBeNull();
    expect(() => store.clear(VALID.scenario)).not.toThrow();
    expect(kv.calls).toBeGreaterThanOrEqual(4); // the store really was consulted each time
  });

  it.each(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])('reports a full store (%s) as reason "full"', (name) => {
    const kv = new FullStore(name);
    const result = new SaveStore(kv).write(VALID);
    expect(result).toEqual({ ok: false, reason: 'full', message: expect.stringMatching(/storage is full.*not being saved/) });
  });

  it.each<[string, unknown]>([
    ['a string', 'nope'],
    ['undefined', undefined],
    ['null', null],
    ['an Error', new TypeError('x')],
    ['a DOMException-like SecurityError', { name: 'SecurityError' }],
  ])('reports anything else thrown by set() (%s) as blocked', (_name, thrown) => {
    const kv = new MemoryStore();
    kv.set = () => {
      throw thrown;
    };
    const result = new SaveStore(kv).write(VALID);
    expect(result).toMatchObject({ ok: false, reason: 'blocked' });
  });

  it('works with a real DOMException when the runtime has one', () => {
    const kv = new MemoryStore();
    kv.set = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(new SaveStore(kv).write(VALID)).toMatchObject({ ok: false, reason: 'full' });
  });
});
