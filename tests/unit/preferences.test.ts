import { describe, expect, it } from 'vitest';
import { BlockedStore } from './test-stores.ts';
import {
  booleanField,
  choiceField,
  decodePreferences,
  DEFAULT_PREFERENCES,
  encodePreferences,
  numberField,
  PlayerPreferences,
  PREFERENCE_FIELDS,
  PREFERENCES_KEY,
  PREFERENCES_VERSION,
  resolveReducedMotion,
  updatePreferences,
  type Preferences,
} from '../../src/core/app/preferences.ts';
import { MemoryStore } from '../../src/core/app/storage.ts';

const stored = (value: unknown) => JSON.stringify(value);

describe('defaults', () => {
  it('sound on at 80%, no room tone, motion follows the device, the handout’s standards, the phone first on a small screen', () => {
    expect(DEFAULT_PREFERENCES).toEqual({
      soundOn: true,
      volume: 0.8,
      roomTone: false,
      reducedMotion: 'system',
      framework: 'hcpc-2008',
      region: 'unset',
      smallScreenView: 'phone',
      smallScreenFollow: false,
    });
    expect(Object.isFrozen(DEFAULT_PREFERENCES)).toBe(true);
  });
  it('come from the field table, one entry per field', () => {
    expect(Object.keys(DEFAULT_PREFERENCES).toSorted()).toEqual(Object.keys(PREFERENCE_FIELDS).toSorted());
  });
});

describe('field readers are strict', () => {
  it.each<[unknown, boolean | undefined]>([
    [true, true],
    [false, false],
    ['true', undefined],
    [1, undefined],
    [null, undefined],
  ])('boolean %j', (v, out) => {
    expect(booleanField(true).read(v)).toBe(out);
  });
  it.each<[unknown, number | undefined]>([
    [0, 0],
    [1, 1],
    [0.35, 0.35],
    [-0.01, undefined],
    [1.01, undefined],
    [Number.NaN, undefined],
    ['0.5', undefined],
    [Infinity, undefined],
  ])('number %j', (v, out) => {
    expect(numberField(0.5, 0, 1).read(v)).toBe(out);
  });
  it.each<[unknown, string | undefined]>([
    ['system', 'system'],
    ['on', 'on'],
    ['off', 'off'],
    ['ON', undefined],
    ['', undefined],
    [true, undefined],
  ])('choice %j', (v, out) => {
    expect(choiceField(['system', 'on', 'off'] as const, 'system').read(v)).toBe(out);
  });
});

describe('decodePreferences', () => {
  it('nothing stored: defaults, no problem', () => {
    expect(decodePreferences(null)).toEqual({ preferences: DEFAULT_PREFERENCES, problem: undefined });
  });

  it('round-trips through encodePreferences', () => {
    const p: Preferences = {
      soundOn: false,
      volume: 0.35,
      roomTone: true,
      reducedMotion: 'on',
      framework: 'swe-2019',
      region: 'scotland',
      smallScreenView: 'story',
      smallScreenFollow: true,
    };
    const raw = encodePreferences(p);
    expect(JSON.parse(raw)).toEqual({ version: PREFERENCES_VERSION, ...p });
    expect(decodePreferences(raw)).toEqual({ preferences: p, problem: undefined });
  });

  it.each([
    ['not JSON', 'this is {not json'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['a string', '"soundOn"'],
    ['no version', stored({ soundOn: false })],
  ])('%s: defaults and a clear message', (_name, raw) => {
    const out = decodePreferences(raw);
    expect(out.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(out.problem).toMatch(/could not be read/);
  });

  it.each([99, 0, '1', null])('version %j: defaults and says why', (version) => {
    const out = decodePreferences(stored({ version, soundOn: false }));
    expect(out.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(out.problem).toMatch(/different version/);
  });

  it('an invalid field goes back to its default, the valid ones stay, and the message names it', () => {
    const out = decodePreferences(stored({ version: 1, soundOn: false, volume: 7, roomTone: 'yes', reducedMotion: 'on' }));
    expect(out.preferences).toEqual({ ...DEFAULT_PREFERENCES, soundOn: false, reducedMotion: 'on' });
    expect(out.problem).toMatch(/volume, roomTone/);
  });

  it('a field added since the save gets its default silently (no version bump needed)', () => {
    const out = decodePreferences(stored({ version: 1, soundOn: false }));
    expect(out).toEqual({ preferences: { ...DEFAULT_PREFERENCES, soundOn: false }, problem: undefined });
  });

  it('ignores unknown and hostile keys', () => {
    const raw = '{"version":1,"volume":0.5,"__proto__":{"polluted":true},"constructor":1,"other":2}';
    const out = decodePreferences(raw);
    expect(out.preferences).toEqual({ ...DEFAULT_PREFERENCES, volume: 0.5 });
    expect(Object.keys(out.preferences).toSorted()).toEqual(Object.keys(DEFAULT_PREFERENCES).toSorted());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('updatePreferences', () => {
  it('applies valid values and names the refused ones', () => {
    const out = updatePreferences(DEFAULT_PREFERENCES, { volume: 0.2, soundOn: 'no', colour: 'red', reducedMotion: 'off' });
    expect(out.preferences).toEqual({ ...DEFAULT_PREFERENCES, volume: 0.2, reducedMotion: 'off' });
    expect(out.refused.toSorted()).toEqual(['colour', 'soundOn']);
  });
  it('does not treat inherited names as fields', () => {
    expect(updatePreferences(DEFAULT_PREFERENCES, { toString: 'x' }).refused).toEqual(['toString']);
  });
});

describe('resolveReducedMotion', () => {
  it.each<[Preferences['reducedMotion'], boolean, boolean]>([
    ['system', true, true],
    ['system', false, false],
    ['on', false, true],
    ['on', true, true],
    ['off', true, false],
    ['off', false, false],
  ])('%s with the device asking %s → %s', (setting, device, out) => {
    expect(resolveReducedMotion(setting, device)).toBe(out);
  });
});

describe('PlayerPreferences', () => {
  it('starts from defaults, saves each change at once and announces it', () => {
    const kv = new MemoryStore();
    const prefs = new PlayerPreferences(kv);
    expect(prefs.current).toEqual(DEFAULT_PREFERENCES);
    expect(prefs.loadProblem).toBeUndefined();
    expect(kv.data.size).toBe(0); // nothing written until something changes
    const seen: string[][] = [];
    prefs.events.on('preferences/changed', ({ changed }) => seen.push(changed));
    expect(prefs.set({ volume: 0.4, soundOn: true })).toEqual([]);
    expect(seen).toEqual([['volume']]); // soundOn did not change
    expect(JSON.parse(kv.get(PREFERENCES_KEY)!)).toMatchObject({ version: 1, volume: 0.4 });
    expect(new PlayerPreferences(kv).current.volume).toBe(0.4); // remembered
  });

  it('refuses an invalid change and keeps the old value', () => {
    const prefs = new PlayerPreferences(new MemoryStore());
    expect(prefs.set({ volume: 3 })).toEqual(['volume']);
    expect(prefs.current.volume).toBe(DEFAULT_PREFERENCES.volume);
  });

  it('a corrupt stored value: defaults, a problem to report once, and the bad value replaced', () => {
    const kv = new MemoryStore();
    kv.set(PREFERENCES_KEY, '{oops');
    const first = new PlayerPreferences(kv);
    expect(first.current).toEqual(DEFAULT_PREFERENCES);
    expect(first.loadProblem).toMatch(/could not be read/);
    expect(new PlayerPreferences(kv).loadProblem).toBeUndefined();
  });

  it('blocked storage: works for this visit, never throws, reports nothing (the save system already says so)', () => {
    const blocked = new BlockedStore();
    const prefs = new PlayerPreferences(blocked);
    expect(prefs.loadProblem).toBeUndefined();
    expect(() => prefs.set({ soundOn: false })).not.toThrow();
    expect(prefs.current.soundOn).toBe(false);
  });
});
