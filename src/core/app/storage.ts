/** Where saves live, behind a small interface: the browser adapter plugs in localStorage; tests use memory. */
import { decodeSave, encodeSave, type DecodeResult, type SaveData } from '../story/save.ts';
import { isRecord } from '../guards.ts';

export interface KeyValueStore {
  /** May throw (storage blocked by policy or privacy settings). */
  get(key: string): string | null;
  /** May throw (blocked, or full). */
  set(key: string, value: string): void;
  remove(key: string): void;
}

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  get(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.data.set(key, value);
  }
  remove(key: string): void {
    this.data.delete(key);
  }
}

const PREFIX = 'public-profile:';
const ACTIVE_KEY = `${PREFIX}active`;
const saveKey = (scenario: string) => `${PREFIX}save:${scenario}`;

export type StoreResult = { ok: true } | { ok: false; reason: 'blocked' | 'full'; message: string };

function describeFailure(error: unknown): StoreResult {
  const name = isRecord(error) && typeof error.name === 'string' ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return { ok: false, reason: 'full', message: "This browser's storage is full, so your progress is not being saved. You can keep playing." };
  }
  return { ok: false, reason: 'blocked', message: 'This browser is blocking storage, so your progress is not being saved. You can keep playing.' };
}

/** Saves per scenario, plus which scenario was being played last. Never throws. */
export class SaveStore {
  constructor(private readonly kv: KeyValueStore) {}

  read(scenario: string, expect?: { fingerprint: string }): DecodeResult {
    let raw: string | null;
    try {
      raw = this.kv.get(saveKey(scenario));
    } catch {
      return { ok: false, problem: 'empty', message: 'Saved progress cannot be read in this browser.' };
    }
    return decodeSave(raw, expect ? { scenario, fingerprint: expect.fingerprint } : undefined);
  }

  write(save: SaveData): StoreResult {
    try {
      this.kv.set(saveKey(save.scenario), encodeSave(save));
      this.kv.set(ACTIVE_KEY, save.scenario);
      return { ok: true };
    } catch (error) {
      return describeFailure(error);
    }
  }

  clear(scenario: string): void {
    try {
      this.kv.remove(saveKey(scenario));
      if (this.kv.get(ACTIVE_KEY) === scenario) this.kv.remove(ACTIVE_KEY);
    } catch {
      /* nothing to clear if storage is blocked */
    }
  }

  /** The scenario that was being played when the page was last left, if any. */
  active(): string | null {
    try {
      const value = this.kv.get(ACTIVE_KEY);
      return value && /^[a-z0-9][a-z0-9-]{0,80}$/.test(value) ? value : null;
    } catch {
      return null;
    }
  }
}
