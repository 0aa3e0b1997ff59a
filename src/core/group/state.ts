/**
 * A group session's saved state, so an accidental reload carries on where the room was: the decisions
 * (with their votes), the votes so far at the current choice point, the screen, the timer and the settings.
 * Kept behind the core's KeyValueStore and validated strictly on read: anything odd means a clear message
 * and a fresh start, never a crash.
 */
import type { FormValues } from '../phone/pieces.ts';
import { readFormValues } from '../story/save.ts';
import {
  DECISION_HOWS,
  FORMER_CHOICE_KINDS,
  isValidVoteCount,
  MAX_OPTIONS,
  MAX_TIMER_MS,
  SCREEN_KINDS,
  type DecisionHow,
  type ScreenRef,
  type TimerState,
} from './model.ts';
import type { KeyValueStore } from '../app/storage.ts';
import { isOneOf, isRecord } from '../guards.ts';

export const GROUP_STATE_VERSION = 1;
const MAX_CHARS = 64_000;
const MAX_DECISIONS = 500;

export interface GroupDecisionSaved {
  /** The option taken (0-based position among the choices offered). */
  taken: number;
  votes: number[];
  how: DecisionHow;
  /** What the room put in the phone's form at this decision (settings, a post, a picture), if one was open. */
  input?: FormValues;
}

export interface GroupSettings {
  roadNotTaken: boolean;
  singleKeys: boolean;
}

export interface GroupSaved {
  version: typeof GROUP_STATE_VERSION;
  scenario: string;
  fingerprint: string;
  /** The session's id: a presenter window reconnects to the same session after a reload. */
  sessionId: string;
  decisions: GroupDecisionSaved[];
  current: { votes: number[]; override: number | null; pointer: number | null };
  at: ScreenRef;
  timer: TimerState;
  settings: GroupSettings;
  savedAt: string;
}

export type GroupReadResult = { ok: true; state: GroupSaved } | { ok: false; problem: 'empty' | 'corrupt' | 'version'; message: string };

const isIndex = (v: unknown, below = MAX_OPTIONS): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < below;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 8.64e15;

function votesOk(v: unknown): v is number[] {
  return Array.isArray(v) && v.length <= MAX_OPTIONS && v.every(isValidVoteCount);
}

const corrupt = (detail: string): GroupReadResult => ({
  ok: false,
  problem: 'corrupt',
  message: `The saved group session could not be read (${detail}), so a fresh group session starts.`,
});

/** Check untrusted text from storage. Never throws. */
export function decodeGroupState(raw: unknown): GroupReadResult {
  if (raw === null || raw === undefined || raw === '') return { ok: false, problem: 'empty', message: 'There is no saved group session.' };
  if (typeof raw !== 'string') return corrupt('not text');
  if (raw.length > MAX_CHARS) return corrupt('too long');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return corrupt('not valid JSON');
  }
  if (!isRecord(data)) return corrupt('not a session record');
  if (data.version !== GROUP_STATE_VERSION) {
    return { ok: false, problem: 'version', message: 'The saved group session is from a different version of the game, so a fresh group session starts.' };
  }
  const { scenario, fingerprint, sessionId, decisions, current, at, timer, settings, savedAt } = data;
  if (typeof scenario !== 'string' || !/^[a-z0-9][a-z0-9-]{0,80}$/.test(scenario)) return corrupt('no valid scenario name');
  if (typeof fingerprint !== 'string' || fingerprint.length === 0 || fingerprint.length > 128) return corrupt('no valid fingerprint');
  if (typeof sessionId !== 'string' || !/^[A-Za-z0-9-]{8,64}$/.test(sessionId)) return corrupt('no valid session id');
  if (!Array.isArray(decisions) || decisions.length > MAX_DECISIONS) return corrupt('no valid list of decisions');
  const outDecisions: GroupDecisionSaved[] = [];
  for (const d of decisions) {
    if (!isRecord(d) || !isIndex(d.taken) || !votesOk(d.votes) || d.taken >= Math.max(1, d.votes.length)) return corrupt('a decision is not valid');
    if (!isOneOf(DECISION_HOWS, d.how)) return corrupt('a decision says nothing valid about how it was taken');
    let input: FormValues | undefined;
    if (d.input !== undefined) {
      const read = readFormValues(d.input);
      if (typeof read === 'string') return corrupt(read);
      input = read;
    }
    outDecisions.push({ taken: d.taken, votes: [...d.votes], how: d.how, ...(input ? { input } : {}) });
  }
  if (!isRecord(current) || !votesOk(current.votes)) return corrupt('the current votes are not valid');
  const override = current.override ?? null;
  const pointer = current.pointer ?? null;
  if (override !== null && !isIndex(override, current.votes.length)) return corrupt("the facilitator's choice is not valid");
  if (pointer !== null && !isIndex(pointer, current.votes.length)) return corrupt('the pointer is not valid');
  if (!isRecord(at) || !isIndex(at.step, MAX_DECISIONS + 1) || !isIndex(at.page, 1000)) return corrupt('the screen is not valid');
  const kind = typeof at.kind === 'string' && FORMER_CHOICE_KINDS.includes(at.kind) ? 'choice' : at.kind;
  if (!isOneOf(SCREEN_KINDS, kind)) return corrupt('the screen is not valid');
  if (at.step > outDecisions.length) return corrupt('the screen is beyond the decisions taken');
  if (!isRecord(timer) || !isTime(timer.durationMs) || timer.durationMs > MAX_TIMER_MS || !isTime(timer.elapsedBeforeMs))
    return corrupt('the timer is not valid');
  if (timer.startedAt !== null && !isTime(timer.startedAt)) return corrupt('the timer is not valid');
  if (!isRecord(settings) || typeof settings.roadNotTaken !== 'boolean' || typeof settings.singleKeys !== 'boolean')
    return corrupt('the settings are not valid');
  const when = typeof savedAt === 'string' && savedAt.length <= 40 && !Number.isNaN(Date.parse(savedAt)) ? savedAt : new Date(0).toISOString();
  return {
    ok: true,
    state: {
      version: GROUP_STATE_VERSION,
      scenario,
      fingerprint,
      sessionId,
      decisions: outDecisions,
      current: { votes: [...current.votes], override, pointer },
      at: { step: at.step, kind, page: at.page },
      timer: { durationMs: timer.durationMs, startedAt: timer.startedAt ?? null, elapsedBeforeMs: timer.elapsedBeforeMs },
      settings: { roadNotTaken: settings.roadNotTaken, singleKeys: settings.singleKeys },
      savedAt: when,
    },
  };
}

export function encodeGroupState(state: GroupSaved): string {
  return JSON.stringify(state);
}

/** Where group sessions were kept before each projector tab had its own: read once, offered, then removed. */
export const GROUP_STATE_KEY = 'public-profile:group';
/** The ids of the saved group sessions, so a new tab can offer them. */
export const GROUP_INDEX_KEY = 'public-profile:group:index';
/** Each group session is saved under its own id (the projector tab's id). */
export const groupStateKey = (id: string): string => `public-profile:group:session:${id}`;
/** "A projector tab has this session open": its owner and when it last said so. */
export const groupLiveKey = (id: string): string => `public-profile:group:live:${id}`;
/** How often a projector tab says again that it has its session open. */
export const HEARTBEAT_MS = 2_000;
/** A tab refreshes its claim every few seconds; one not refreshed for this long is gone. */
export const LIVE_MS = 6_000;
/**
 * How long a tab starting on a fresh claim of its own id waits to hear from the claim's page: a heartbeat
 * and a margin, so a live page has answered (or refreshed its claim) by then.
 */
export const ASK_MS = HEARTBEAT_MS + 500;
const MAX_SAVED = 20;
const isId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(v);

/** The group sessions' places in storage. Never throws: blocked or full storage is reported, not raised. */
export class GroupStore {
  constructor(private readonly kv: KeyValueStore) {}

  private get(key: string): string | null {
    try {
      return this.kv.get(key);
    } catch {
      return null;
    }
  }

  private remove(key: string): void {
    try {
      this.kv.remove(key);
    } catch {
      /* nothing to clear */
    }
  }

  /** The saved session of this id; `read()` without one is the old single place (GROUP_STATE_KEY). */
  read(id?: string): GroupReadResult {
    let raw: string | null;
    try {
      raw = this.kv.get(id === undefined ? GROUP_STATE_KEY : groupStateKey(id));
    } catch {
      return { ok: false, problem: 'empty', message: 'Saved group sessions cannot be read in this browser.' };
    }
    return decodeGroupState(raw);
  }

  write(state: GroupSaved): { ok: true } | { ok: false; message: string } {
    try {
      this.kv.set(groupStateKey(state.sessionId), encodeGroupState(state));
      const ids = this.ids().filter((i) => i !== state.sessionId);
      this.kv.set(GROUP_INDEX_KEY, JSON.stringify([...ids, state.sessionId].slice(-MAX_SAVED)));
      return { ok: true };
    } catch {
      return { ok: false, message: 'This browser is not letting the game save, so a reload would start the group session again. You can carry on.' };
    }
  }

  /** Forget a saved session (`clear()` without an id: the old single place). */
  clear(id?: string): void {
    if (id === undefined) return this.remove(GROUP_STATE_KEY);
    this.remove(groupStateKey(id));
    const ids = this.ids();
    if (ids.includes(id)) {
      try {
        this.kv.set(GROUP_INDEX_KEY, JSON.stringify(ids.filter((i) => i !== id)));
      } catch {
        /* the index is only an offer */
      }
    }
  }

  /** The ids of the saved sessions, oldest first. */
  ids(): string[] {
    try {
      const list: unknown = JSON.parse(this.get(GROUP_INDEX_KEY) ?? '[]');
      return Array.isArray(list) ? list.filter(isId) : [];
    } catch {
      return [];
    }
  }

  /** The saved sessions that can be read, newest first (unreadable ones are forgotten). */
  list(): GroupSaved[] {
    const out: GroupSaved[] = [];
    for (const id of this.ids()) {
      const read = this.read(id);
      if (read.ok) out.push(read.state);
      else this.clear(id);
    }
    return out.toReversed();
  }

  /** Is this session open in another tab (one that said so within LIVE_MS)? */
  heldElsewhere(id: string, owner: string, now: number): boolean {
    try {
      const live: unknown = JSON.parse(this.get(groupLiveKey(id)) ?? 'null');
      return (
        isRecord(live) &&
        typeof live.owner === 'string' &&
        live.owner !== owner &&
        typeof live.at === 'number' &&
        now - live.at < LIVE_MS &&
        live.at <= now + LIVE_MS
      );
    } catch {
      return false;
    }
  }

  /** When the session's claim was last refreshed (by anyone), or null when there is none. */
  claimedAt(id: string): number | null {
    try {
      const live: unknown = JSON.parse(this.get(groupLiveKey(id)) ?? 'null');
      return isRecord(live) && typeof live.at === 'number' ? live.at : null;
    } catch {
      return null;
    }
  }

  /** This tab has the session open (say so again every few seconds). */
  claim(id: string, owner: string, now: number): void {
    try {
      this.kv.set(groupLiveKey(id), JSON.stringify({ owner, at: now }));
    } catch {
      /* a claim is a courtesy to other tabs */
    }
  }

  /** This tab is closing or reloading: another may take the session. */
  release(id: string, owner: string): void {
    try {
      const live: unknown = JSON.parse(this.get(groupLiveKey(id)) ?? 'null');
      if (isRecord(live) && live.owner === owner) this.remove(groupLiveKey(id));
    } catch {
      /* nothing to release */
    }
  }
}

/**
 * The projector tabs' own channel (a BroadcastChannel in the browser): a tab that finds a fresh claim on its
 * own id asks whether the page that made it is still alive. A duplicated tab's original answers; a crashed
 * or reloaded tab's earlier life cannot, so its session is carried on.
 */
export interface TabChannel {
  post(message: TabMessage): void;
  listen(handler: (message: unknown) => void): void;
}

export type TabMessage = { kind: 'group-alive?'; session: string } | { kind: 'group-alive'; session: string };

/** Check a message from another tab (untrusted). */
export function parseTabMessage(data: unknown): TabMessage | undefined {
  if (!isRecord(data) || !isId(data.session)) return undefined;
  return data.kind === 'group-alive?' || data.kind === 'group-alive' ? { kind: data.kind, session: data.session } : undefined;
}
