/**
 * A group session's saved state, so an accidental reload carries on where the room was: the decisions
 * (with their votes), the votes so far at the current choice point, the screen, the timer and the settings.
 * Kept behind the core's KeyValueStore and validated strictly on read: anything odd means a clear message
 * and a fresh start, never a crash.
 */
import type { FormValues } from '../phone/pieces.ts';
import { readFormValues } from '../story/save.ts';
import { DECISION_HOWS, isValidVoteCount, MAX_OPTIONS, MAX_TIMER_MS, SCREEN_KINDS, type DecisionHow, type ScreenRef, type TimerState } from './model.ts';
import type { KeyValueStore } from '../app/storage.ts';
import { isOneOf, isRecord } from '../guards.ts';

export const GROUP_STATE_VERSION = 1;
export const GROUP_STATE_KEY = 'public-profile:group';
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
  if (!isOneOf(SCREEN_KINDS, at.kind)) return corrupt('the screen is not valid');
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
      at: { step: at.step, kind: at.kind, page: at.page },
      timer: { durationMs: timer.durationMs, startedAt: timer.startedAt ?? null, elapsedBeforeMs: timer.elapsedBeforeMs },
      settings: { roadNotTaken: settings.roadNotTaken, singleKeys: settings.singleKeys },
      savedAt: when,
    },
  };
}

export function encodeGroupState(state: GroupSaved): string {
  return JSON.stringify(state);
}

/** The group session's place in storage. Never throws: blocked or full storage is reported, not raised. */
export class GroupStore {
  constructor(private readonly kv: KeyValueStore) {}

  read(): GroupReadResult {
    let raw: string | null;
    try {
      raw = this.kv.get(GROUP_STATE_KEY);
    } catch {
      return { ok: false, problem: 'empty', message: 'Saved group sessions cannot be read in this browser.' };
    }
    return decodeGroupState(raw);
  }

  write(state: GroupSaved): { ok: true } | { ok: false; message: string } {
    try {
      this.kv.set(GROUP_STATE_KEY, encodeGroupState(state));
      return { ok: true };
    } catch {
      return { ok: false, message: 'This browser is not letting the game save, so a reload would start the group session again. You can carry on.' };
    }
  }

  clear(): void {
    try {
      this.kv.remove(GROUP_STATE_KEY);
    } catch {
      /* nothing to clear */
    }
  }
}
