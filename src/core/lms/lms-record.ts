/**
 * What the learning platform keeps for the game, as one compact text in `cmi.suspend_data`: for each
 * scenario, the choices made, the settings and ids chosen in the phone's forms, and what the post checker
 * found in each post sent; which scenario was open; which scenarios reached their debrief and the score each
 * earned. Never the words a learner typed (a post, a draft, a reflection): those stay on the device.
 *
 * The text must fit the spec's limit (4,096 characters in SCORM 1.2). It is built small: choices as one
 * character each, form fields by number, true/false as 1/0. When it still would not fit, the finished
 * play-throughs of other scenarios (kept only so their debrief can be shown again) go first; choices never.
 */
import { isRecord } from '../guards.ts';
import { POST_RESULT_VARIABLES, SETTING_VARIABLES } from '../phone/piece-variables.ts';
import { ALL_SETTING_CONTROLS, POST_FIELDS } from '../phone/pieces.ts';
import { decodeSave, SAVE_VERSION, type SaveData } from '../story/save.ts';

export const RECORD_VERSION = 1;

/** Form fields that hold the learner's own words: they never leave the device. */
export const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set(['post_text']);

/** What stands in for a post's words on a device that does not have them. */
export const POST_KEPT_ELSEWHERE = '(The words of this post stay on the device where it was written.)';

export interface LmsRecord {
  /** The scenario open when the learner left. */
  active?: string;
  /** Scenarios whose debrief was reached → the score of that play-through (0–100), when it has one. */
  done: Record<string, number | null>;
  /** Each scenario's progress, without free text or drafts. */
  saves: Record<string, SaveData>;
}

export const emptyRecord = (): LmsRecord => ({ done: {}, saves: {} });

/** Field and finding names by number: `0`, `1`, … in the text, short and stable (new names go at the end). */
const FIELD_CODES: readonly string[] = [...SETTING_VARIABLES, ...POST_FIELDS];
const VERDICT_CODES: readonly string[] = POST_RESULT_VARIABLES;
const CHOICE_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

const toCode = (codes: readonly string[], name: string) => {
  const i = codes.indexOf(name);
  return i < 0 ? name : String(i);
};
const fromCode = (codes: readonly string[], code: string) => (/^\d+$/.test(code) ? codes[Number(code)] : code);

function packValues(values: Readonly<Record<string, string | boolean | number>>, codes: readonly string[]): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (FREE_TEXT_FIELDS.has(name)) continue;
    out[toCode(codes, name)] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  return out;
}

function unpack(packed: unknown, codes: readonly string[], booleans: (name: string) => boolean): Record<string, unknown> | undefined {
  if (!isRecord(packed)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [code, value] of Object.entries(packed)) {
    const name = fromCode(codes, code);
    if (name === undefined) return undefined;
    out[name] = typeof value === 'number' && booleans(name) ? value === 1 : value;
  }
  return out;
}

/** Which fields hold true/false (settings switches); the rest hold text ids. */
const BOOLEAN_FIELDS = new Set(ALL_SETTING_CONTROLS.filter((c) => c.kind === 'switch').map((c) => c.variable));
const VERDICT_BOOLEANS = new Set(VERDICT_CODES.filter((n) => n !== 'post_flags'));

function packSave(save: SaveData): Record<string, unknown> {
  const choices = save.choices.every((c) => c < CHOICE_DIGITS.length) ? save.choices.map((c) => CHOICE_DIGITS[c]).join('') : save.choices;
  const inputs = Object.fromEntries(Object.entries(save.inputs ?? {}).map(([step, values]) => [step, packValues(values, FIELD_CODES)]));
  const verdicts = Object.fromEntries(Object.entries(save.verdicts ?? {}).map(([step, v]) => [step, packValues(v, VERDICT_CODES)]));
  return {
    f: save.fingerprint.slice(0, 12),
    c: choices,
    ...(Object.keys(inputs).length ? { i: inputs } : {}),
    ...(Object.keys(verdicts).length ? { p: verdicts } : {}),
    ...(save.finished ? { x: 1 } : {}),
    t: Math.round(Date.parse(save.savedAt) / 1000) || 0,
  };
}

function unpackSave(id: string, packed: unknown): SaveData | undefined {
  if (!isRecord(packed) || typeof packed.f !== 'string') return undefined;
  const choices =
    typeof packed.c === 'string' ? packed.c.split('').map((ch) => CHOICE_DIGITS.indexOf(ch)) : Array.isArray(packed.c) ? (packed.c as unknown[]) : undefined;
  if (!choices) return undefined;
  const inputs: Record<string, unknown> = {};
  for (const [step, values] of Object.entries(isRecord(packed.i) ? packed.i : {})) inputs[step] = unpack(values, FIELD_CODES, (n) => BOOLEAN_FIELDS.has(n));
  const verdicts: Record<string, unknown> = {};
  for (const [step, values] of Object.entries(isRecord(packed.p) ? packed.p : {}))
    verdicts[step] = unpack(values, VERDICT_CODES, (n) => VERDICT_BOOLEANS.has(n));
  // A post sent with the composer has a verdict; its words are not here: say so where the post shows.
  for (const step of Object.keys(verdicts)) {
    const form = inputs[step];
    if (isRecord(form) && !('post_text' in form)) form.post_text = POST_KEPT_ELSEWHERE;
  }
  const seconds = typeof packed.t === 'number' ? packed.t : 0;
  // Through the save's own checks: whatever the LMS hands back is untrusted.
  const text = JSON.stringify({
    version: SAVE_VERSION,
    scenario: id,
    fingerprint: packed.f,
    choices,
    ...(Object.keys(inputs).length ? { inputs } : {}),
    ...(Object.keys(verdicts).length ? { verdicts } : {}),
    ...(packed.x === 1 ? { finished: true } : {}),
    savedAt: new Date(seconds * 1000).toISOString(),
  });
  const read = decodeSave(text);
  return read.ok ? read.save : undefined;
}

export interface EncodedRecord {
  text: string;
  /** Scenarios whose finished play-through had to be left out to fit (their completion is kept). */
  leftOut: string[];
}

/** The record as text of at most `limit` characters, or undefined when even the choices alone do not fit. */
export function encodeRecord(record: LmsRecord, limit: number): EncodedRecord | undefined {
  const saves = Object.entries(record.saves).toSorted(([, a], [, b]) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  const leftOut: string[] = [];
  // Finished play-throughs of scenarios other than the open one may go, oldest first.
  const droppable = saves.filter(([id, save]) => save.finished && id !== record.active).map(([id]) => id);
  for (;;) {
    const kept = saves.filter(([id]) => !leftOut.includes(id));
    const text = JSON.stringify({
      v: RECORD_VERSION,
      ...(record.active ? { a: record.active } : {}),
      ...(Object.keys(record.done).length ? { d: record.done } : {}),
      s: Object.fromEntries(kept.map(([id, save]) => [id, packSave(save)])),
    });
    if (text.length <= limit) return { text, leftOut };
    const next = droppable.pop();
    if (next === undefined) return undefined;
    leftOut.push(next);
  }
}

/** The record from the LMS's text. Never throws: unreadable parts are left out and named in `problems`. */
export function decodeRecord(text: string): { record: LmsRecord; problems: string[] } {
  const record = emptyRecord();
  const problems: string[] = [];
  if (text.trim() === '') return { record, problems };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { record, problems: ['the saved progress is not in a form this game can read'] };
  }
  if (!isRecord(data) || data.v !== RECORD_VERSION) return { record, problems: ['the saved progress is from another version of the game'] };
  if (typeof data.a === 'string' && /^[a-z0-9][a-z0-9-]{0,80}$/.test(data.a)) record.active = data.a;
  if (isRecord(data.d)) {
    for (const [id, score] of Object.entries(data.d)) {
      if (!/^[a-z0-9][a-z0-9-]{0,80}$/.test(id)) continue;
      record.done[id] = typeof score === 'number' && score >= 0 && score <= 100 ? score : null;
    }
  }
  for (const [id, packed] of Object.entries(isRecord(data.s) ? data.s : {})) {
    const save = /^[a-z0-9][a-z0-9-]{0,80}$/.test(id) ? unpackSave(id, packed) : undefined;
    if (save) record.saves[id] = save;
    else problems.push(`the progress in “${id.slice(0, 40)}” could not be read`);
  }
  return { record, problems };
}

/** The save as the LMS holds it: no drafts, no free text. */
export function forLms(save: SaveData): SaveData {
  const { draft: _draft, ...rest } = save;
  const inputs = rest.inputs
    ? Object.fromEntries(
        Object.entries(rest.inputs).map(([step, values]) => [step, Object.fromEntries(Object.entries(values).filter(([name]) => !FREE_TEXT_FIELDS.has(name)))]),
      )
    : undefined;
  return { ...rest, ...(inputs ? { inputs } : {}) };
}
