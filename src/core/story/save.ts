/**
 * Save data: small, explicit and versioned. We keep the list of choice indices and replay it on load,
 * never the raw ink state (which grows with play and would break an LMS's 4,096-character limit).
 */
import { isNumberList, isRecord } from '../guards.ts';
import { POST_RESULT_VARIABLES } from '../phone/piece-variables.ts';
import { SAVES_COPY } from '../../content/copy/saves.ts';

export const SAVE_VERSION = 1;
/**
 * The one size limit for a save, as stored text: `encodeSave` refuses to write more, and `decodeSave` will
 * not parse more, so whatever is written can always be read back.
 */
export const MAX_SAVE_CHARS = 32_768;
/** Longest text a saved form field may hold (a post is at most 10,000 characters). */
export const MAX_INPUT_CHARS = 10_000;
/** More choices than any scenario could need: guards against hostile or corrupt data. */
export const MAX_SAVED_CHOICES = 2_000;

export interface SaveData {
  version: typeof SAVE_VERSION;
  /** Scenario id (the .ink file name without extension). */
  scenario: string;
  /** Fingerprint of the compiled story the choices were made in. */
  fingerprint: string;
  /** Indices of the choices made, in order. */
  choices: number[];
  /** What the player put in the phone's forms (settings, a post, a picture), by step. Omitted when none. */
  inputs?: Record<number, Record<string, string | boolean>>;
  /** Step → the post checker's verdict when that post was sent (replayed as it was). Omitted when none. */
  verdicts?: Record<number, Record<string, number | boolean>>;
  /** What the player has typed or set in the open forms and not yet sent (an unsent draft). Omitted when none. */
  draft?: Record<string, string | boolean>;
  /** The play-through has ended: the save is kept so a reload on the debrief returns to it. */
  finished?: true;
  /** ISO time of the save, for "continue where you left off". */
  savedAt: string;
}

export type SaveProblem = 'empty' | 'corrupt' | 'version' | 'scenario' | 'changed';

export type DecodeResult = { ok: true; save: SaveData } | { ok: false; problem: SaveProblem; message: string };

/** A save that would be longer than MAX_SAVE_CHARS once written (JSON escapes some characters six-fold). */
export class SaveTooBigError extends RangeError {
  constructor(readonly chars: number) {
    super(`the save would be ${chars} characters, over the limit of ${MAX_SAVE_CHARS}`);
  }
}

/** The save as text for storage. Throws SaveTooBigError rather than write what decodeSave would refuse. */
export function encodeSave(save: SaveData): string {
  const text = JSON.stringify({
    version: save.version,
    scenario: save.scenario,
    fingerprint: save.fingerprint,
    choices: save.choices,
    ...(save.inputs && Object.keys(save.inputs).length ? { inputs: save.inputs } : {}),
    ...(save.verdicts && Object.keys(save.verdicts).length ? { verdicts: save.verdicts } : {}),
    ...(save.draft && Object.keys(save.draft).length ? { draft: save.draft } : {}),
    ...(save.finished ? { finished: true } : {}),
    savedAt: save.savedAt,
  });
  if (text.length > MAX_SAVE_CHARS) throw new SaveTooBigError(text.length);
  return text;
}

const corrupt = (detail: string): DecodeResult => ({
  ok: false,
  problem: 'corrupt',
  message: SAVES_COPY.corrupt(detail),
});

/**
 * Validate untrusted text from storage. Never throws. `expect` (when given) must match the scenario and
 * the story's current fingerprint.
 */
export function decodeSave(raw: unknown, expect?: { scenario: string; fingerprint: string }): DecodeResult {
  if (raw === null || raw === undefined || raw === '') {
    return { ok: false, problem: 'empty', message: SAVES_COPY.none };
  }
  if (typeof raw !== 'string') return corrupt('not text');
  if (raw.length > MAX_SAVE_CHARS) return corrupt('too long');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return corrupt('not valid JSON');
  }
  if (!isRecord(data)) return corrupt('not a save record');
  if (data.version !== SAVE_VERSION) {
    return {
      ok: false,
      problem: 'version',
      message: SAVES_COPY.otherVersion,
    };
  }
  const { scenario, fingerprint, choices, savedAt } = data;
  if (typeof scenario !== 'string' || !/^[a-z0-9][a-z0-9-]{0,80}$/.test(scenario)) return corrupt('no valid scenario name');
  if (typeof fingerprint !== 'string' || fingerprint.length === 0 || fingerprint.length > 128) return corrupt('no valid fingerprint');
  if (!Array.isArray(choices) || choices.length > MAX_SAVED_CHOICES) return corrupt('no valid list of choices');
  if (!isNumberList(choices) || !choices.every((c) => Number.isInteger(c) && c >= 0 && c < 100)) {
    return corrupt('a choice is not a small whole number');
  }
  let inputs: SaveData['inputs'];
  if (data.inputs !== undefined) {
    const read = readInputs(data.inputs, choices.length);
    if (typeof read === 'string') return corrupt(read);
    inputs = read;
  }
  let verdicts: SaveData['verdicts'];
  if (data.verdicts !== undefined) {
    const read = readVerdicts(data.verdicts, choices.length);
    if (typeof read === 'string') return corrupt(read);
    if (Object.keys(read).length) verdicts = read;
  }
  let draft: SaveData['draft'];
  if (data.draft !== undefined) {
    const read = readFormValues(data.draft);
    if (typeof read === 'string') return corrupt(read);
    if (Object.keys(read).length) draft = read;
  }
  if (data.finished !== undefined && data.finished !== true) return corrupt('the end marker is not true');
  const when = typeof savedAt === 'string' && savedAt.length <= 40 && !Number.isNaN(Date.parse(savedAt)) ? savedAt : new Date(0).toISOString();
  const save: SaveData = {
    version: SAVE_VERSION,
    scenario,
    fingerprint,
    choices: [...choices],
    ...(inputs ? { inputs } : {}),
    ...(verdicts ? { verdicts } : {}),
    ...(draft ? { draft } : {}),
    ...(data.finished === true ? { finished: true as const } : {}),
    savedAt: when,
  };
  if (expect && expect.scenario !== scenario) {
    return { ok: false, problem: 'scenario', message: SAVES_COPY.otherScenario };
  }
  if (expect && expect.fingerprint !== fingerprint) {
    return {
      ok: false,
      problem: 'changed',
      message: SAVES_COPY.storyChanged,
    };
  }
  return { ok: true, save };
}

const FIELD_NAME = /^[a-z][a-z0-9_]{0,40}$/;

/** Form inputs by step: each step a number below `steps`, each field a short name with text or true/false. */
function readInputs(raw: unknown, steps: number): NonNullable<SaveData['inputs']> | string {
  if (!isRecord(raw)) return 'the form inputs are not a record';
  const out: NonNullable<SaveData['inputs']> = {};
  const entries = Object.entries(raw);
  if (entries.length > steps) return 'more form inputs than choices';
  for (const [key, fields] of entries) {
    if (!/^\d{1,4}$/.test(key) || Number(key) >= steps) return 'a form input belongs to no choice';
    const values = readFormValues(fields);
    if (typeof values === 'string') return values;
    out[Number(key)] = values;
  }
  return out;
}

/** The post checker's verdicts by step: each a known `post_…` variable holding a small count or true/false. */
export function readVerdicts(raw: unknown, steps: number): NonNullable<SaveData['verdicts']> | string {
  if (!isRecord(raw)) return 'the post verdicts are not a record';
  const out: NonNullable<SaveData['verdicts']> = {};
  const entries = Object.entries(raw);
  if (entries.length > steps) return 'more post verdicts than choices';
  for (const [key, fields] of entries) {
    if (!/^\d{1,4}$/.test(key) || Number(key) >= steps) return 'a post verdict belongs to no choice';
    if (!isRecord(fields)) return 'a post verdict is not a record';
    const verdict: Record<string, number | boolean> = {};
    for (const [name, value] of Object.entries(fields)) {
      if (!(POST_RESULT_VARIABLES as readonly string[]).includes(name)) return 'a post verdict names an unknown finding';
      if (typeof value === 'boolean' || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000)) verdict[name] = value;
      else return 'a post verdict holds something other than a count or true/false';
    }
    out[Number(key)] = verdict;
  }
  return out;
}

/** One form's values from untrusted data: short field names, each text (≤ 10,000 characters) or true/false. */
export function readFormValues(fields: unknown): Record<string, string | boolean> | string {
  if (!isRecord(fields)) return 'a form input is not a record';
  const values: Record<string, string | boolean> = {};
  const names = Object.keys(fields);
  if (names.length > 40) return 'a form input has too many fields';
  for (const name of names) {
    const value = fields[name];
    if (!FIELD_NAME.test(name)) return 'a form field has a strange name';
    if (typeof value === 'boolean' || (typeof value === 'string' && value.length <= MAX_INPUT_CHARS)) values[name] = value;
    else return 'a form field holds something other than short text or true/false';
  }
  return values;
}
