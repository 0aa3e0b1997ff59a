/**
 * Reads a GroupView that arrived by postMessage (the projector window's `state` message, see protocol.ts).
 * The sender is our own projector window (origin and window are checked before parsing), so this guards
 * against a stale or different build rather than an attacker: it checks every top-level field the
 * presenter reads and the kinds of the nested ones (the screen's kind, the current choice's options and
 * votes, the next screen's kind, the presenter's notes, the timer, the settings). The screen's, summary's and forms' inner contents are not re-checked.
 */
import type { AudienceScreen, GroupView } from './controller.ts';
import { isNumberList, isOneOf, isRecord } from '../guards.ts';

const SCREEN_KINDS: readonly AudienceScreen['kind'][] = ['menu', 'loading', 'passage', 'choice', 'reveal', 'road', 'end', 'summary'];

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isNumberOrNull = (v: unknown): v is number | null => v === null || isNumber(v);

function isScenario(v: unknown): boolean {
  return v === null || (isRecord(v) && typeof v.id === 'string' && typeof v.title === 'string');
}

function isPosition(v: unknown): boolean {
  return isRecord(v) && isNumber(v.index) && isNumber(v.total) && typeof v.live === 'boolean' && typeof v.label === 'string';
}

function isTimer(v: unknown): boolean {
  return isRecord(v) && isNumber(v.durationMs) && isNumberOrNull(v.startedAt) && isNumber(v.elapsedBeforeMs);
}

function isSettings(v: unknown): boolean {
  return isRecord(v) && typeof v.roadNotTaken === 'boolean' && typeof v.singleKeys === 'boolean';
}

function isCurrent(v: unknown): boolean {
  if (v === null) return true;
  if (!isRecord(v) || !isNumber(v.step) || !isNumber(v.total) || !isNumberList(v.votes) || !isNumberOrNull(v.pointer)) return false;
  if (v.prompt !== undefined && typeof v.prompt !== 'string') return false;
  if (!isRecord(v.outcome) || typeof v.outcome.state !== 'string') return false;
  return Array.isArray(v.options) && v.options.every((o) => typeof o === 'string');
}

function isNotes(v: unknown): boolean {
  if (v === null) return true;
  return isRecord(v) && isNumber(v.step) && Array.isArray(v.options) && v.options.every((o) => Array.isArray(o));
}

function isForms(v: unknown): boolean {
  return v === null || (isRecord(v) && isNumber(v.step) && Array.isArray(v.forms) && isRecord(v.values) && isRecord(v.context));
}

/** `v` has a GroupView's shape (see the note above for how deep that goes). */
export function isGroupView(v: unknown): v is GroupView {
  return (
    isRecord(v) &&
    typeof v.sessionId === 'string' &&
    isScenario(v.scenario) &&
    isRecord(v.screen) &&
    isOneOf(SCREEN_KINDS, v.screen.kind) &&
    isPosition(v.position) &&
    isCurrent(v.current) &&
    isNotes(v.notes) &&
    typeof v.nextAction === 'string' &&
    (v.next === null || (isRecord(v.next) && isOneOf(SCREEN_KINDS, v.next.kind))) &&
    isTimer(v.timer) &&
    typeof v.blackout === 'boolean' &&
    isSettings(v.settings) &&
    isStringOrNull(v.message) &&
    (v.confirm === null || v.confirm === 'menu') &&
    typeof v.finished === 'boolean' &&
    (v.summary === null || isRecord(v.summary)) &&
    isForms(v.forms)
  );
}
