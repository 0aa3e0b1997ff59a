/**
 * Every tag the game accepts: where it may be written and how its value is read. The linter, the story
 * runner and stories/README.md all follow this table; a tag missing here is an unknown tag.
 */
import { HCPC_2008, IMPACTS, isEndingLevel, type EndingLevel, type Impact, ENDING_LEVELS } from '../teaching/standards.ts';
import type { ParsedTag } from './tags.ts';
import { APP_IDS, isAppId, PICTURE_IDS, SCREEN_IDS, type AppId, type PhotoOffer } from '../phone/pieces.ts';
import { COVERS_SLUGS } from '../teaching/coverage.ts';

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
  if (!m) return fail(`#${tag.key} needs a standard number and an impact, e.g. "#${tag.key}: 3 upheld", not "${tag.value}"`);
  const [, num = '', impact = ''] = m;
  const n = Number(num);
  const max = HCPC_2008.standards.length;
  if (!/^\d+$/.test(num) || n < 1 || n > max) return fail(`#${tag.key} standard must be a number from 1 to ${max}, not "${num}"`);
  if (!(IMPACTS as readonly string[]).includes(impact)) {
    return fail(`#${tag.key} impact must be one of ${IMPACTS.join(', ')}, not "${impact}"`);
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

/** "NAME: TEXT", as in #post and #comment. */
const authored =
  (tagName: string, example: string) =>
  (tag: ParsedTag): ValueResult<MessageValue> => {
    const colon = tag.value.indexOf(':');
    const from = colon > 0 ? tag.value.slice(0, colon).trim() : '';
    const body = colon > 0 ? tag.value.slice(colon + 1).trim() : '';
    if (from === '' || body === '') return fail(`#${tagName} needs an author, a colon and the text, e.g. "#${tagName}: ${example}"`);
    return ok({ from, text: body });
  };

const appId = (tag: ParsedTag): ValueResult<AppId> =>
  isAppId(tag.value) ? ok(tag.value) : fail(`#${tag.key} needs one of the apps: ${APP_IDS.join(', ')}, not "${tag.value}"`);

const pictures = (tag: ParsedTag): ValueResult<string[]> => {
  const ids = tag.value.split(/[\s,]+/).filter(Boolean);
  if (ids.length < 2) return fail(`#pictures needs at least two pictures to choose from, e.g. "#pictures: headshot party dog"`);
  const unknown = ids.find((id) => !PICTURE_IDS.includes(id));
  if (unknown) return fail(`#pictures: "${unknown}" is not a picture the game can draw (use ${PICTURE_IDS.join(', ')})`);
  if (new Set(ids).size !== ids.length) return fail('#pictures lists the same picture twice');
  return ok(ids);
};

/** `ID LABEL (shows: A, B)`: the shows part is optional. */
const photo = (tag: ParsedTag): ValueResult<PhotoOffer> => {
  const m = /^([a-z0-9][a-z0-9-]*)\s+([^()]+?)\s*(?:\(\s*[Ss]hows\s*:\s*([^()]*)\))?$/.exec(tag.value);
  if (!m) return fail(`#photo needs an id (lower-case letters, digits, hyphens), a description and optionally what it shows, e.g. "#photo: desk Your desk at five (shows: a case file, your lanyard)"`);
  const shows = (m[3] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return ok({ id: m[1]!, label: m[2]!.trim(), shows });
};

const nameList = (tag: ParsedTag): ValueResult<string[]> => {
  const names = tag.value.split(',').map((s) => s.trim()).filter(Boolean);
  return names.length ? ok(names) : fail(`#${tag.key} needs one or more names separated by commas`);
};

const reactions = (tag: ParsedTag): ValueResult<number> =>
  /^\d{1,6}$/.test(tag.value) ? ok(Number(tag.value)) : fail(`#reactions needs a whole number, not "${tag.value}"`);

const covers = (tag: ParsedTag): ValueResult<string[]> => {
  const slugs = tag.value.split(',').map((s) => s.trim()).filter(Boolean);
  if (slugs.length === 0) return fail(`#covers needs one or more of: ${COVERS_SLUGS.join(', ')}`);
  const unknown = slugs.find((slug) => !COVERS_SLUGS.includes(slug));
  if (unknown) return fail(`#covers: "${unknown}" is not a risk or good-practice point (use ${COVERS_SLUGS.join(', ')})`);
  if (new Set(slugs).size !== slugs.length) return fail('#covers lists the same item twice');
  return ok(slugs);
};

export const PLATFORMS = SCREEN_IDS;
export type PlatformId = (typeof PLATFORMS)[number];

const specs: TagSpec[] = [
  { key: 'title', places: ['global'], repeatable: false, read: text('the scenario name'), summary: 'Required. The scenario name in the menu.' },
  { key: 'summary', places: ['global'], repeatable: false, read: text('a sentence or two'), summary: 'Required. One or two sentences for the menu.' },
  { key: 'minutes', places: ['global'], repeatable: false, read: positiveInt, summary: 'Expected playing time in minutes.' },
  { key: 'order', places: ['global'], repeatable: false, read: positiveInt, summary: 'Position in the menu (then by title).' },
  { key: 'content-note', places: ['global', 'line'], repeatable: true, read: text('the note'), summary: 'At the top: shown before play starts. On a line: a note before distressing material (offer a way to skip it).' },
  { key: 'reflect', places: ['global'], repeatable: true, read: text('a question'), summary: 'A reflection prompt for the debrief; repeatable.' },
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
  // The phone's pieces (stories/README.md has an example of each).
  { key: 'player', places: ['global'], repeatable: false, read: text("the player's name"), summary: "The player's name on their own profile and in search results." },
  { key: 'people', places: ['global'], repeatable: true, read: nameList, summary: 'Names of people in the story, comma-separated: the post composer flags them.' },
  { key: 'places', places: ['global'], repeatable: true, read: nameList, summary: 'Places in the story, comma-separated: the post composer flags them.' },
  { key: 'employer', places: ['global'], repeatable: false, read: text("the player's employer"), summary: "The player's employer: shown on Guild, flagged in posts." },
  { key: 'post', places: ['line'], repeatable: true, read: authored('post', 'Jo Bright: Lovely walk today'), summary: 'A post appears in the feed on screen (or on the hate page): author, colon, text.' },
  { key: 'comment', places: ['line'], repeatable: true, read: authored('comment', 'Sam: Looks great!'), summary: 'A comment under the newest post: author, colon, text.' },
  { key: 'reactions', places: ['line'], repeatable: false, read: reactions, summary: 'How many reactions the newest post has.' },
  { key: 'profile', places: ['line'], repeatable: false, read: text('a name'), summary: "Opens a profile page (the player's own when it is the #player name or \"me\")." },
  { key: 'detail', places: ['line'], repeatable: true, read: text('a line of profile detail'), summary: 'A line on the open profile, e.g. "Works at Wrenford Borough Council".' },
  { key: 'pictures', places: ['line'], repeatable: false, read: pictures, summary: 'The player chooses a profile picture from these; the choice goes to VAR profile_picture.' },
  { key: 'settings', places: ['line'], repeatable: false, read: appId, summary: "Opens an app's privacy settings for the player to change; they go to the app's VARs." },
  { key: 'search', places: ['line'], repeatable: false, read: text('the name searched for'), summary: 'A web search for a name: shows what anyone can see, given the settings and posts so far.' },
  { key: 'search-result', places: ['line'], repeatable: true, read: authored('search-result', 'Wrenford Echo: Council wins award'), summary: 'An extra search result: title, colon, snippet.' },
  { key: 'hate-page', places: ['line'], repeatable: false, read: text('the page name'), summary: 'Opens a hate page; the #post and #comment tags that follow fill it.' },
  { key: 'composer', places: ['line'], repeatable: false, read: appId, summary: 'Opens the post composer on an app; what the player writes goes to the post_ VARs.' },
  { key: 'draft', places: ['line'], repeatable: true, read: text('the draft text'), summary: 'A suggested draft the composer offers (and the checker tries).' },
  { key: 'photo', places: ['line'], repeatable: true, read: photo, summary: 'A photo the composer offers: id, description, and (shows: what else is in it).' },
  { key: 'check-in', places: ['line'], repeatable: true, read: text('a place'), summary: 'A location check-in the composer offers.' },
  { key: 'publish', places: ['line'], repeatable: false, read: flag, summary: 'The post the player composed appears in the feed.' },
  // Teaching checks (stories/README.md, "Coverage and judgement").
  { key: 'covers', places: ['line'], repeatable: true, read: covers, summary: 'The risks and good-practice points the next decision exercises, e.g. "#covers: contact, no-requests".' },
  { key: 'open', places: ['choice'], repeatable: false, read: flag, summary: 'This is the open, engaged option at its decision (accept, share, reply).' },
  { key: 'cautious', places: ['choice'], repeatable: false, read: flag, summary: 'This is the over-cautious or withdrawn option at its decision.' },
  { key: 'support', places: ['line'], repeatable: false, read: flag, summary: 'Shows where to get support (manager, employer, union, helpline): use wherever abuse or sanction appears.' },
  { key: 'impact', places: ['line'], repeatable: true, read: hcpc, summary: 'What the player did in a piece (settings, post, picture) does to HCPC standard N.' },
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
