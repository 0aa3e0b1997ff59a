/**
 * Every tag the game accepts: where it may be written and how its value is read. The linter, the story
 * runner and stories/README.md all follow this table; a tag missing here is an unknown tag.
 */
import { HCPC_2008, IMPACTS, isEndingLevel, type EndingLevel, type Impact, ENDING_LEVELS } from './standards.ts';
import type { ParsedTag } from './tags.ts';

/** Where a tag may be written. 'global' = the top of the file, before any content. */
export type TagPlace = 'global' | 'line' | 'choice';

export type ValueResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface TagSpec<T = unknown> {
  key: string;
  places: readonly TagPlace[];
  /** Allowed more than once in the same place (e.g. several hcpc tags on one choice). */
  repeatable: boolean;
  /** Reads the value; flags ignore it. */
  read(tag: ParsedTag): ValueResult<T>;
  /** One line for authors; stories/README.md expands on it. */
  summary: string;
}

export interface StandardImpact {
  framework: string;
  standard: number;
  impact: Impact;
}
export interface EndingValue {
  level: EndingLevel;
  title: string;
}
export type RequestKind = 'friend' | 'follow' | 'connect';
export interface RequestValue {
  kind: RequestKind;
  name: string;
}
export type RequestOutcome = 'accepted' | 'declined' | 'ignored';
export interface MessageValue {
  from: string;
  text: string;
}

const ok = <T>(value: T): ValueResult<T> => ({ ok: true, value });
const fail = (error: string): ValueResult<never> => ({ ok: false, error });

const text =
  (what: string) =>
  (tag: ParsedTag): ValueResult<string> =>
    tag.value === '' ? fail(`#${tag.key} needs ${what}`) : ok(tag.value);

const flag = (tag: ParsedTag): ValueResult<true> =>
  tag.bare ? ok(true) : fail(`#${tag.key} is a flag: write it on its own, without a colon or value`);

const positiveInt = (tag: ParsedTag): ValueResult<number> => {
  if (!/^\d{1,4}$/.test(tag.value)) return fail(`#${tag.key} needs a whole number, not "${tag.value}"`);
  return ok(Number(tag.value));
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (tag: ParsedTag): ValueResult<T> =>
    (values as readonly string[]).includes(tag.value)
      ? ok(tag.value as T)
      : fail(`#${tag.key} must be one of ${values.join(', ')}, not "${tag.value}"`);

const hcpc = (tag: ParsedTag): ValueResult<StandardImpact> => {
  const m = /^(\S+)\s+(\S+)$/.exec(tag.value);
  if (!m) return fail(`#hcpc needs a standard number and an impact, e.g. "#hcpc: 3 upheld", not "${tag.value}"`);
  const [, num = '', impact = ''] = m;
  const n = Number(num);
  const max = HCPC_2008.standards.length;
  if (!/^\d+$/.test(num) || n < 1 || n > max) return fail(`#hcpc standard must be a number from 1 to ${max}, not "${num}"`);
  if (!(IMPACTS as readonly string[]).includes(impact)) {
    return fail(`#hcpc impact must be one of ${IMPACTS.join(', ')}, not "${impact}"`);
  }
  return ok({ framework: HCPC_2008.id, standard: n, impact: impact as Impact });
};

const ending = (tag: ParsedTag): ValueResult<EndingValue> => {
  const m = /^(\S+)\s*(.*)$/.exec(tag.value);
  const level = m?.[1] ?? '';
  if (!isEndingLevel(level)) {
    return fail(`#ending level must be one of ${ENDING_LEVELS.join(', ')}, not "${level}"`);
  }
  const title = (m?.[2] ?? '').trim();
  if (title === '') return fail(`#ending needs a title after the level, e.g. "#ending: ${level} Boundaries kept"`);
  return ok({ level, title });
};

const request = (tag: ParsedTag): ValueResult<RequestValue> => {
  const m = /^(friend|follow|connect)\s+(.+)$/.exec(tag.value);
  if (!m) return fail(`#request needs a kind (friend, follow or connect) then a name, e.g. "#request: friend Dana Whitfield"`);
  return ok({ kind: m[1] as RequestKind, name: (m[2] ?? '').trim() });
};

const message = (tag: ParsedTag): ValueResult<MessageValue> => {
  const colon = tag.value.indexOf(':');
  const from = colon > 0 ? tag.value.slice(0, colon).trim() : '';
  const body = colon > 0 ? tag.value.slice(colon + 1).trim() : '';
  if (from === '' || body === '') return fail(`#message needs a sender, a colon and the text, e.g. "#message: Kayden: you still my social worker?"`);
  return ok({ from, text: body });
};

export const PLATFORMS = ['hearth', 'shout', 'lens', 'guild', 'home', 'lock'] as const;
export type PlatformId = (typeof PLATFORMS)[number];

const specs: TagSpec[] = [
  { key: 'title', places: ['global'], repeatable: false, read: text('the scenario name'), summary: 'Required. The scenario name in the menu.' },
  { key: 'summary', places: ['global'], repeatable: false, read: text('a sentence or two'), summary: 'Required. One or two sentences for the menu.' },
  { key: 'minutes', places: ['global'], repeatable: false, read: positiveInt, summary: 'Expected playing time in minutes.' },
  { key: 'order', places: ['global'], repeatable: false, read: positiveInt, summary: 'Position in the menu (then by title).' },
  { key: 'content-note', places: ['global'], repeatable: true, read: text('the note'), summary: 'Shown before play starts; repeatable.' },
  { key: 'hcpc', places: ['choice'], repeatable: true, read: hcpc, summary: 'What taking this choice does to HCPC standard N: upheld, risk or breach.' },
  { key: 'feedback', places: ['line'], repeatable: false, read: flag, summary: 'This line explains the consequence just chosen.' },
  { key: 'discuss', places: ['line'], repeatable: false, read: text('a question'), summary: 'A discussion prompt for the next choice point.' },
  { key: 'ending', places: ['line'], repeatable: false, read: ending, summary: 'The scenario ends here: LEVEL then a title.' },
  { key: 'platform', places: ['line'], repeatable: false, read: oneOf(PLATFORMS), summary: 'Opens an app on the phone, or the home or lock screen.' },
  { key: 'time', places: ['line'], repeatable: false, read: text('the time, e.g. "Sun 21:40"'), summary: "Sets the phone's clock and day." },
  { key: 'notification', places: ['line'], repeatable: true, read: text('the notification text'), summary: 'A notification banner slides down on the phone.' },
  { key: 'request', places: ['line'], repeatable: false, read: request, summary: 'A friend, follow or connection request card appears.' },
  {
    key: 'request-outcome',
    places: ['line'],
    repeatable: false,
    read: oneOf<RequestOutcome>(['accepted', 'declined', 'ignored']),
    summary: 'The current request card shows what the player did.',
  },
  { key: 'message', places: ['line'], repeatable: true, read: message, summary: 'An incoming direct message: sender, colon, text.' },
  { key: 'reply', places: ['line'], repeatable: true, read: text('the message text'), summary: "The player's own sent message." },
];

export const TAG_SPECS: ReadonlyMap<string, TagSpec> = new Map(specs.map((spec) => [spec.key, spec]));

export const REQUIRED_GLOBAL_KEYS = ['title', 'summary'] as const;

export interface TagCheck {
  ok: boolean;
  error?: string;
  value?: unknown;
}

/** Check one parsed tag against the table for the place it was written. */
export function checkTag(tag: ParsedTag, place: TagPlace): TagCheck {
  const spec = TAG_SPECS.get(tag.key);
  if (!spec) return { ok: false, error: `unknown tag "#${tag.key}" (see stories/README.md for the tags the game accepts)` };
  if (!spec.places.includes(place)) {
    const where = spec.places.map((p) => (p === 'global' ? 'the top of the file' : p === 'choice' ? 'a choice (inside its [ ])' : 'a line of text')).join(' or ');
    return { ok: false, error: `#${tag.key} belongs on ${where}, not on ${place === 'global' ? 'the top of the file' : place === 'choice' ? 'a choice' : 'a line of text'}` };
  }
  const read = spec.read(tag);
  return read.ok ? { ok: true, value: read.value } : { ok: false, error: read.error };
}

/** Read a known tag's typed value, or undefined when it is absent or malformed. */
export function readTag<T>(tags: readonly ParsedTag[], key: string): T | undefined {
  const tag = tags.find((t) => t.key === key);
  if (!tag) return undefined;
  const spec = TAG_SPECS.get(key);
  const read = spec?.read(tag);
  return read?.ok ? (read.value as T) : undefined;
}

export function readAllTags<T>(tags: readonly ParsedTag[], key: string): T[] {
  const spec = TAG_SPECS.get(key);
  if (!spec) return [];
  const out: T[] = [];
  for (const tag of tags) {
    if (tag.key !== key) continue;
    const read = spec.read(tag);
    if (read.ok) out.push(read.value as T);
  }
  return out;
}
