/**
 * Saves when the game runs inside a learning platform: the LMS is the store of record, this browser's
 * storage only a cache (inside an LMS frame it may be partitioned, blocked or shared by several learners,
 * so the cache is kept under the learner's id). A `KeyValueStore`, so the rest of the game saves as ever.
 *
 * Writes go to the cache first, whole (with the post's words and any draft), then to the LMS's
 * `cmi.suspend_data` as the compact record (lms-record.ts). Reads prefer the LMS's record; the cache's own
 * copy is used when it is the same play-through, further on (the LMS missed a commit) or richer (the words).
 */
import { ACTIVE_KEY, SAVE_PREFIX, type KeyValueStore } from '../app/storage.ts';
import { decodeSave, encodeSave, type SaveData } from '../story/save.ts';
import { LMS_COPY } from '../../content/copy/lms.ts';
import { decodeRecord, encodeRecord, forLms, type LmsRecord } from './lms-record.ts';

/** What the store needs of the LMS: one element to write, and how long it may be. */
export interface SuspendDataSink {
  writeSuspendData(text: string): boolean;
  readonly suspendDataLimit: number;
}

const idOf = (key: string): string | undefined => (key.startsWith(SAVE_PREFIX) ? key.slice(SAVE_PREFIX.length) : undefined);

/** A KeyValueStore whose keys live under a prefix of their own (one learner's cache on a shared computer). */
export function namespaced(store: KeyValueStore, prefix: string): KeyValueStore {
  return {
    get: (key) => store.get(prefix + key),
    set: (key, value) => store.set(prefix + key, value),
    remove: (key) => store.remove(prefix + key),
  };
}

export class LmsStore implements KeyValueStore {
  readonly record: LmsRecord;
  private lastWritten: string;
  private tooBigTold = false;
  private readonly leftOutTold = new Set<string>();

  constructor(
    private readonly lms: SuspendDataSink,
    private readonly cache: KeyValueStore,
    suspendData: string,
    /** Each scenario's current fingerprint (the record keeps only its start) and title. */
    private readonly scenarios: ReadonlyMap<string, { fingerprint: string; title: string }>,
    private readonly tell: (message: string) => void,
  ) {
    const { record, problems } = decodeRecord(suspendData);
    if (problems.length) tell(LMS_COPY.unreadable(problems.join('; ')));
    for (const save of Object.values(record.saves)) {
      const full = scenarios.get(save.scenario)?.fingerprint;
      if (full?.startsWith(save.fingerprint)) save.fingerprint = full;
    }
    this.record = record;
    this.lastWritten = suspendData;
  }

  get(key: string): string | null {
    if (key === ACTIVE_KEY) return this.record.active ?? this.safeCacheGet(key);
    const id = idOf(key);
    if (id === undefined) return this.safeCacheGet(key);
    const cachedText = this.safeCacheGet(key);
    const cached = cachedText ? decodeSave(cachedText) : undefined;
    const recorded = this.record.saves[id];
    if (!recorded) return cachedText;
    if (cached?.ok && sameRun(cached.save, recorded)) return cachedText;
    return encodeSave(recorded);
  }

  set(key: string, value: string): void {
    this.safeCacheSet(key, value);
    if (key === ACTIVE_KEY) {
      this.record.active = value;
      this.flush();
      return;
    }
    const id = idOf(key);
    if (id === undefined) return;
    const read = decodeSave(value);
    if (!read.ok) return;
    this.record.saves[id] = forLms(read.save);
    this.flush();
  }

  remove(key: string): void {
    try {
      this.cache.remove(key);
    } catch {
      /* the cache may be blocked */
    }
    if (key === ACTIVE_KEY) delete this.record.active;
    else {
      const id = idOf(key);
      if (id === undefined) return;
      delete this.record.saves[id];
    }
    this.flush();
  }

  /** The scenario's debrief was reached, with this score (or none). */
  markDone(id: string, score: number | null): void {
    this.record.done[id] = score;
    this.flush();
  }

  /** Writes the record to the LMS when it has changed. Never throws; trouble is told once. */
  flush(): void {
    const encoded = encodeRecord(this.record, this.lms.suspendDataLimit);
    if (!encoded) {
      if (!this.tooBigTold) {
        this.tooBigTold = true;
        this.tell(LMS_COPY.tooBig);
      }
      return;
    }
    const fresh = encoded.leftOut.filter((id) => !this.leftOutTold.has(id));
    if (fresh.length) {
      for (const id of fresh) this.leftOutTold.add(id);
      this.tell(LMS_COPY.leftOut(fresh.map((id) => `“${this.scenarios.get(id)?.title ?? id}”`).join(', ')));
    }
    if (encoded.text === this.lastWritten) return;
    if (this.lms.writeSuspendData(encoded.text)) this.lastWritten = encoded.text;
  }

  private safeCacheGet(key: string): string | null {
    try {
      return this.cache.get(key);
    } catch {
      return null;
    }
  }

  private safeCacheSet(key: string, value: string): void {
    try {
      this.cache.set(key, value);
    } catch {
      /* the LMS is the store of record: a blocked or full cache loses nothing it keeps */
    }
  }
}

/**
 * The cached save is the LMS's play-through, as far or further on: same story, the LMS's choices its
 * beginning, and saved no earlier. It then also has the words the LMS never held.
 */
function sameRun(cached: SaveData, recorded: SaveData): boolean {
  if (cached.scenario !== recorded.scenario || cached.fingerprint !== recorded.fingerprint) return false;
  if (cached.choices.length < recorded.choices.length) return false;
  if (!recorded.choices.every((c, i) => cached.choices[i] === c)) return false;
  return Date.parse(cached.savedAt) >= Date.parse(recorded.savedAt) - 1000;
}
