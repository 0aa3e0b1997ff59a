/** Where saves live, behind a small interface: the browser adapter plugs in localStorage; tests use memory. */
import { decodeSave, encodeSave, SaveTooBigError, type DecodeResult, type SaveData } from '../story/save.ts';
import { SAVES_COPY } from '../../content/copy/saves.ts';
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
export const ACTIVE_KEY = `${PREFIX}active`;
export const SAVE_PREFIX = `${PREFIX}save:`;
export const saveKey = (scenario: string) => `${SAVE_PREFIX}${scenario}`;

/**
 * `draftDropped`: the save was written without the unsent draft, which would have made it too big.
 * 'too-big': not even the choices fit, so nothing was written and the last save stands.
 */
export type StoreResult = { ok: true; draftDropped?: true } | { ok: false; reason: 'blocked' | 'full' | 'too-big'; message: string };

function describeFailure(error: unknown): StoreResult {
  const name = isRecord(error) && typeof error.name === 'string' ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return { ok: false, reason: 'full', message: SAVES_COPY.storageFull };
  }
  return { ok: false, reason: 'blocked', message: SAVES_COPY.storageBlocked };
}

/** Saves per scenario, plus which scenario was being played last. Never throws. */
export class SaveStore {
  /**
   * Per scenario, the save text this page last wrote or read (null: none). Another tab's write shows up as
   * stored text that differs from it (see `changedElsewhere`).
   */
  private readonly known = new Map<string, string | null>();

  constructor(private readonly kv: KeyValueStore) {}

  private rawOf(scenario: string): string | null {
    try {
      return this.kv.get(saveKey(scenario));
    } catch {
      return null;
    }
  }

  /** The stored save is not the one this page last wrote or read: another tab has changed it. */
  changedElsewhere(scenario: string): boolean {
    if (!this.known.has(scenario)) return false;
    return this.rawOf(scenario) !== this.known.get(scenario);
  }

  /** Take the stored save as this page's own (after reading it, or choosing to follow another tab). */
  adopt(scenario: string): void {
    this.known.set(scenario, this.rawOf(scenario));
  }

  read(scenario: string, expect?: { fingerprint: string }): DecodeResult {
    let raw: string | null;
    try {
      raw = this.kv.get(saveKey(scenario));
    } catch {
      return { ok: false, problem: 'empty', message: SAVES_COPY.cannotRead };
    }
    this.known.set(scenario, raw);
    return decodeSave(raw, expect ? { scenario, fingerprint: expect.fingerprint } : undefined);
  }

  /**
   * Checked before writing: a save too big to read back is never written. The unsent draft is dropped
   * first; the choices never are (then nothing is written and the last save stands).
   */
  write(save: SaveData): StoreResult {
    let text: string;
    let draftDropped = false;
    try {
      text = encodeSave(save);
    } catch (error) {
      if (!(error instanceof SaveTooBigError)) throw error;
      try {
        const { draft: _dropped, ...rest } = save;
        text = encodeSave(rest);
        draftDropped = true;
      } catch {
        return { ok: false, reason: 'too-big', message: SAVES_COPY.tooBig };
      }
    }
    try {
      this.kv.set(saveKey(save.scenario), text);
      this.known.set(save.scenario, text);
      this.kv.set(ACTIVE_KEY, save.scenario);
      return draftDropped ? { ok: true, draftDropped: true } : { ok: true };
    } catch (error) {
      return describeFailure(error);
    }
  }

  /** Puts back a save's text exactly as it was (the undo of "Start it again"). */
  restore(scenario: string, text: string): StoreResult {
    try {
      this.kv.set(saveKey(scenario), text);
      this.known.set(scenario, text);
      this.kv.set(ACTIVE_KEY, scenario);
      return { ok: true };
    } catch (error) {
      return describeFailure(error);
    }
  }

  /** The stored text of a save, as it is (for undo). */
  raw(scenario: string): string | null {
    return this.rawOf(scenario);
  }

  clear(scenario: string): void {
    this.known.set(scenario, null);
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
