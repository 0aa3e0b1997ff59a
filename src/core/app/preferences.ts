/**
 * The player's preferences (sound, volume, room tone, reduced motion, the debrief's standards framework, where
 * they practise, and on a small screen which view comes first), remembered on this device under
 * their own key. Pure: read and written through the core's KeyValueStore; views follow the change events.
 *
 * To add a preference, add one line to PREFERENCE_FIELDS (a default and a strict reader). A stored value
 * without the new field simply gets its default, so adding a field needs no version change; bump
 * PREFERENCES_VERSION only when an existing field changes its meaning.
 */
import { Emitter } from '../events.ts';
import type { KeyValueStore, StoreResult } from './storage.ts';
import { DEFAULT_FRAMEWORK, FRAMEWORK_IDS } from '../teaching/frameworks.ts';
import { isRecord } from '../guards.ts';
import { REGION_SETTINGS } from '../../content/regions.ts';

export const PREFERENCES_KEY = 'public-profile:preferences';
export const PREFERENCES_VERSION = 1;

/** One preference: its default and a reader that returns the value, or undefined when it is not valid. */
export interface PreferenceField<T> {
  readonly default: T;
  read(value: unknown): T | undefined;
}

export function booleanField(defaultValue: boolean): PreferenceField<boolean> {
  return { default: defaultValue, read: (v) => (typeof v === 'boolean' ? v : undefined) };
}

export function numberField(defaultValue: number, min: number, max: number): PreferenceField<number> {
  return { default: defaultValue, read: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined) };
}

export function choiceField<const T extends readonly string[]>(values: T, defaultValue: T[number]): PreferenceField<T[number]> {
  return { default: defaultValue, read: (v) => (typeof v === 'string' && values.includes(v) ? v : undefined) };
}

export const REDUCED_MOTION_SETTINGS = ['system', 'on', 'off'] as const;
export type ReducedMotionSetting = (typeof REDUCED_MOTION_SETTINGS)[number];

/** On a small screen the drawn phone and the story take turns: which one a scenario opens on. */
export const SMALL_SCREEN_VIEWS = ['phone', 'story'] as const;
export type SmallScreenView = (typeof SMALL_SCREEN_VIEWS)[number];

/** Every preference: the single table the reader, the writer and the defaults come from. */
export const PREFERENCE_FIELDS = {
  soundOn: booleanField(true),
  /** 0 (silent) to 1 (full). */
  volume: numberField(0.8, 0, 1),
  /** A quiet loop under play; off unless the player asks for it. */
  roomTone: booleanField(false),
  /** 'system' follows the device's prefers-reduced-motion; 'on' and 'off' override it. */
  reducedMotion: choiceField(REDUCED_MOTION_SETTINGS, 'system'),
  /** The standards framework the debrief speaks in. */
  framework: choiceField(FRAMEWORK_IDS, DEFAULT_FRAMEWORK),
  /** Where the learner practises ('unset' until asked before the first scenario; 'skipped' if they skipped it). */
  region: choiceField(REGION_SETTINGS, 'unset'),
  /** On a small screen: the view a scenario opens on (the drawn phone unless the learner prefers the story). */
  smallScreenView: choiceField(SMALL_SCREEN_VIEWS, 'phone'),
  /** On a small screen: switch to the story by itself when new choices arrive (off: only a marker on its tab). */
  smallScreenFollow: booleanField(false),
} as const;

type Fields = typeof PREFERENCE_FIELDS;
export type PreferenceKey = keyof Fields;
export type Preferences = { readonly [K in PreferenceKey]: Fields[K] extends PreferenceField<infer T> ? T : never };

const isPreferenceKey = (key: string): key is PreferenceKey => Object.hasOwn(PREFERENCE_FIELDS, key);
const KEYS: readonly PreferenceKey[] = Object.keys(PREFERENCE_FIELDS).filter(isPreferenceKey);

/** A record built key by key from PREFERENCE_FIELDS, each value read by (or defaulted from) its own field. */
function asPreferences(values: Record<string, unknown>): Preferences {
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- every key of Preferences is set, each by its own field's reader
  return Object.freeze(values) as unknown as Preferences;
}

export const DEFAULT_PREFERENCES: Preferences = asPreferences(Object.fromEntries(KEYS.map((k) => [k, PREFERENCE_FIELDS[k].default])));

export interface DecodedPreferences {
  preferences: Preferences;
  /** Why some or all of the stored preferences were not used; undefined when all was well (or nothing was stored). */
  problem: string | undefined;
}

/** Reads stored preferences strictly: anything not exactly valid falls back to its default, with a reason. */
export function decodePreferences(raw: string | null): DecodedPreferences {
  if (raw === null) return { preferences: DEFAULT_PREFERENCES, problem: undefined };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (!isRecord(data) || !Object.hasOwn(data, 'version')) {
    return { preferences: DEFAULT_PREFERENCES, problem: 'Your saved settings could not be read, so the game is using its usual settings.' };
  }
  if (data.version !== PREFERENCES_VERSION) {
    return {
      preferences: DEFAULT_PREFERENCES,
      problem: 'Your saved settings are from a different version of the game, so the game is using its usual settings.',
    };
  }
  const result: Record<string, unknown> = {};
  const bad: PreferenceKey[] = [];
  for (const key of KEYS) {
    const field: PreferenceField<unknown> = PREFERENCE_FIELDS[key];
    if (!Object.hasOwn(data, key)) {
      result[key] = field.default; // a preference added after this was saved
      continue;
    }
    const value = field.read(data[key]);
    if (value === undefined) bad.push(key);
    result[key] = value ?? field.default;
  }
  return {
    preferences: asPreferences(result),
    problem: bad.length ? `Some saved settings could not be read (${bad.join(', ')}), so those are back to their usual values.` : undefined,
  };
}

export function encodePreferences(preferences: Preferences): string {
  const out: Record<string, unknown> = { version: PREFERENCES_VERSION };
  for (const key of KEYS) out[key] = preferences[key];
  return JSON.stringify(out);
}

/** Applies a change, checking each value. Unknown keys and invalid values are refused and named. */
export function updatePreferences(current: Preferences, change: Readonly<Record<string, unknown>>): { preferences: Preferences; refused: string[] } {
  const next: Record<string, unknown> = { ...current };
  const refused: string[] = [];
  for (const [key, value] of Object.entries(change)) {
    const field: PreferenceField<unknown> | undefined = isPreferenceKey(key) ? PREFERENCE_FIELDS[key] : undefined;
    const read = field?.read(value);
    if (read === undefined) refused.push(key);
    else next[key] = read;
  }
  return { preferences: asPreferences(next), refused };
}

/** Whether animation should be reduced, given the setting and what the device asks for. */
export function resolveReducedMotion(setting: ReducedMotionSetting, devicePrefersReduced: boolean): boolean {
  return setting === 'system' ? devicePrefersReduced : setting === 'on';
}

export interface PreferenceEvents extends Record<string, unknown> {
  'preferences/changed': { preferences: Preferences; changed: PreferenceKey[] };
}

/**
 * The live preferences: loaded once, changed by the settings screen, saved at once, announced to views.
 * Never throws: blocked or full storage keeps the preferences for this visit only.
 */
export class PlayerPreferences {
  readonly events = new Emitter<PreferenceEvents>();
  private value: Preferences;
  /** Set when the stored preferences could not be used; the caller decides how to tell the player. */
  readonly loadProblem: string | undefined;

  constructor(private readonly kv: KeyValueStore) {
    let raw: string | null = null;
    try {
      raw = kv.get(PREFERENCES_KEY);
    } catch {
      raw = null; // blocked storage: the save system already tells the player once
    }
    const decoded = decodePreferences(raw);
    this.value = decoded.preferences;
    this.loadProblem = decoded.problem;
    if (decoded.problem) this.write(); // replace what could not be read, so the message is not repeated
  }

  get current(): Preferences {
    return this.value;
  }

  /** Change some preferences. Returns the keys refused (unknown, or an invalid value); the rest apply. */
  set(change: Partial<Preferences>): string[] {
    const { preferences, refused } = updatePreferences(this.value, change);
    const changed = KEYS.filter((k) => preferences[k] !== this.value[k]);
    this.value = preferences;
    if (changed.length) {
      this.write();
      this.events.emit('preferences/changed', { preferences, changed });
    }
    return refused;
  }

  private write(): StoreResult {
    try {
      this.kv.set(PREFERENCES_KEY, encodePreferences(this.value));
      return { ok: true };
    } catch {
      return { ok: false, reason: 'blocked', message: 'Settings cannot be remembered in this browser.' };
    }
  }
}
