/**
 * Every tag the game accepts: where it may be written and how its value is read. The linter, the story
 * runner and stories/README.md all follow this table; a tag missing here is an unknown tag.
 */
import { HCPC_2008, IMPACTS, isEndingLevel, type EndingLevel, type Impact, ENDING_LEVELS } from '../teaching/standards.ts';
import type { ParsedTag } from './tags.ts';
import { APP_IDS, isAppId, PICTURE_IDS, SCREEN_IDS, type AppId, type PhotoOffer } from '../phone/pieces.ts';
import { COVERS_SLUGS } from '../teaching/coverage.ts';
import { readControl, type PhoneControl } from '../phone/controls.ts';

/** Where a tag may be written. 'global' = the top of the file, before any content. */
export type TagPlace = 'global' | 'line' | 'choice';

export type ValueResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface TagSpec<T = unknown> {
  places: readonly TagPlace[];
  /** Allowed more than once in the same place (e.g. several hcpc tags on one choice). */
  repeatable: boolean;
  /** Reads the value; flags ignore it. */
  read(tag: ParsedTag): ValueResult<T>;
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
export const REQUEST_KINDS = ['friend', 'follow', 'connect'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
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

const flag = (tag: ParsedTag): ValueResult<true> => (tag.bare ? ok(true) : fail(`#${tag.key} is a flag: write it on its own, without a colon or value`));

const positiveInt = (tag: ParsedTag): ValueResult<number> => {
  if (!/^\d{1,4}$/.test(tag.value)) return fail(`#${tag.key} needs a whole number, not "${tag.value}"`);
  return ok(Number(tag.value));
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (tag: ParsedTag): ValueResult<T> => {
    const value = values.find((v) => v === tag.value);
    return value !== undefined ? ok(value) : fail(`#${tag.key} must be one of ${values.join(', ')}, not "${tag.value}"`);
  };

const hcpc = (tag: ParsedTag): ValueResult<StandardImpact> => {
  const m = /^(\S+)\s+(\S+)$/.exec(tag.value);
  if (!m) return fail(`#${tag.key} needs a standard number and an impact, e.g. "#${tag.key}: 3 upheld", not "${tag.value}"`);
  const [, num = '', impact = ''] = m;
  const n = Number(num);
  const max = HCPC_2008.standards.length;
  if (!/^\d+$/.test(num) || n < 1 || n > max) return fail(`#${tag.key} standard must be a number from 1 to ${max}, not "${num}"`);
  const known = IMPACTS.find((i) => i === impact);
  if (!known) return fail(`#${tag.key} impact must be one of ${IMPACTS.join(', ')}, not "${impact}"`);
  return ok({ framework: HCPC_2008.id, standard: n, impact: known });
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
  const m = /^(\S+)\s+(.+)$/.exec(tag.value);
  const kind = REQUEST_KINDS.find((k) => k === m?.[1]);
  if (!m || !kind) return fail(`#request needs a kind (friend, follow or connect) then a name, e.g. "#request: friend Dana Whitfield"`);
  return ok({ kind, name: (m[2] ?? '').trim() });
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
  if (!m)
    return fail(
      `#photo needs an id (lower-case letters, digits, hyphens), a description and optionally what it shows, e.g. "#photo: desk Your desk at five (shows: a case file, your lanyard)"`,
    );
  const shows = (m[3] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return ok({ id: m[1]!, label: m[2]!.trim(), shows });
};

/** What a screenshot shows: a post by someone, optionally on a named app ("Hearth: Jo Harper: text"). */
export interface ScreenshotValue {
  app: AppId | undefined;
  author: string;
  text: string;
}

/** `APP: AUTHOR: TEXT` or `AUTHOR: TEXT`: the app is named only when the first part is one of the apps. */
const screenshot = (tag: ParsedTag): ValueResult<ScreenshotValue> => {
  const first = tag.value.indexOf(':');
  const maybeApp = first > 0 ? tag.value.slice(0, first).trim().toLowerCase() : '';
  const app = isAppId(maybeApp) ? maybeApp : undefined;
  const read = authored('screenshot', 'Hearth: Jo Harper: Another Monday, another meeting');
  // "Hearth: hello" is an author called Hearth: the app is named only when an author and text follow it.
  const withApp = app ? read({ ...tag, value: tag.value.slice(first + 1).trim() }) : undefined;
  if (withApp?.ok) return ok({ app, author: withApp.value.from, text: withApp.value.text });
  const plain = read(tag);
  return plain.ok ? ok({ app: undefined, author: plain.value.from, text: plain.value.text }) : plain;
};

const nameList = (tag: ParsedTag): ValueResult<string[]> => {
  const names = tag.value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length ? ok(names) : fail(`#${tag.key} needs one or more names separated by commas`);
};

const reactions = (tag: ParsedTag): ValueResult<number> =>
  /^\d{1,6}$/.test(tag.value) ? ok(Number(tag.value)) : fail(`#reactions needs a whole number, not "${tag.value}"`);

const phoneControl = (tag: ParsedTag): ValueResult<PhoneControl> => {
  if (tag.value === '') return fail('#phone needs the control on the drawn phone that does this choice, e.g. "#phone: decline"');
  const read = readControl(tag.value);
  return read.ok ? ok(read.control) : fail(`#phone: ${read.error}`);
};

const covers = (tag: ParsedTag): ValueResult<string[]> => {
  const slugs = tag.value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (slugs.length === 0) return fail(`#covers needs one or more of: ${COVERS_SLUGS.join(', ')}`);
  const unknown = slugs.find((slug) => !COVERS_SLUGS.includes(slug));
  if (unknown) return fail(`#covers: "${unknown}" is not a risk or good-practice point (use ${COVERS_SLUGS.join(', ')})`);
  if (new Set(slugs).size !== slugs.length) return fail('#covers lists the same item twice');
  return ok(slugs);
};

export const PLATFORMS = SCREEN_IDS;
export type PlatformId = (typeof PLATFORMS)[number];

/**
 * The table itself, checked with `satisfies` rather than typed as a map so each key keeps its own value type:
 * `readTag(tags, 'hcpc')` is a StandardImpact, `readAllTags(tags, 'people')` a string[][].
 */
export const TAG_SPECS = {
  /** Required. The scenario name in the menu. */
  title: { places: ['global'], repeatable: false, read: text('the scenario name') },
  /** Required. One or two sentences for the menu. */
  summary: { places: ['global'], repeatable: false, read: text('a sentence or two') },
  /** Expected playing time in minutes. */
  minutes: { places: ['global'], repeatable: false, read: positiveInt },
  /** Position in the menu (then by title). */
  order: { places: ['global'], repeatable: false, read: positiveInt },
  /** At the top: shown before play starts. On a line: a note before distressing material (offer a way to skip it). */
  'content-note': {
    places: ['global', 'line'],
    repeatable: true,
    read: text('the note'),
  },
  /** A reflection prompt for the debrief; repeatable. */
  reflect: { places: ['global'], repeatable: true, read: text('a question') },
  /** What taking this choice does to HCPC standard N: upheld, risk or breach. */
  hcpc: { places: ['choice'], repeatable: true, read: hcpc },
  /** This line explains the consequence just chosen. */
  feedback: { places: ['line'], repeatable: false, read: flag },
  /** A discussion prompt for the next choice point. */
  discuss: { places: ['line'], repeatable: false, read: text('a question') },
  /** The scenario ends here: LEVEL then a title. */
  ending: { places: ['line'], repeatable: false, read: ending },
  /** Opens an app on the phone, or the home or lock screen. */
  platform: { places: ['line'], repeatable: false, read: oneOf(PLATFORMS) },
  /** Sets the phone's clock and day. */
  time: { places: ['line'], repeatable: false, read: text('the time, e.g. "Sun 21:40"') },
  /** A notification banner slides down on the phone. */
  notification: { places: ['line'], repeatable: true, read: text('the notification text') },
  /** A friend, follow or connection request card appears. */
  request: { places: ['line'], repeatable: false, read: request },
  /** The current request card shows what the player did. */
  'request-outcome': {
    places: ['line'],
    repeatable: false,
    read: oneOf<RequestOutcome>(['accepted', 'declined', 'ignored']),
  },
  /** An incoming direct message: sender, colon, text. */
  message: { places: ['line'], repeatable: true, read: message },
  /** The player's own sent message. */
  reply: { places: ['line'], repeatable: true, read: text('the message text') },
  // The phone's pieces (stories/README.md has an example of each).
  /** The player's name on their own profile and in search results. */
  player: { places: ['global'], repeatable: false, read: text("the player's name") },
  /** Names of people in the story, comma-separated: the post composer flags them. */
  people: { places: ['global'], repeatable: true, read: nameList },
  /** Places in the story, comma-separated: the post composer flags them. */
  places: { places: ['global'], repeatable: true, read: nameList },
  /** The player's employer: shown on Guild, flagged in posts. */
  employer: { places: ['global'], repeatable: false, read: text("the player's employer") },
  /** A post appears in the feed on screen (or on the hate page): author, colon, text. */
  post: {
    places: ['line'],
    repeatable: true,
    read: authored('post', 'Jo Bright: Lovely walk today'),
  },
  /** A comment under the newest post: author, colon, text. */
  comment: {
    places: ['line'],
    repeatable: true,
    read: authored('comment', 'Sam: Looks great!'),
  },
  /** How many reactions the newest post has. */
  reactions: { places: ['line'], repeatable: false, read: reactions },
  /** A photo in the newest post, described in words (the phone draws one to match; the text panel reads the words). */
  image: {
    places: ['line'],
    repeatable: false,
    read: text('what the photo shows'),
  },
  /** People tagged in the newest post, comma-separated. */
  tagged: { places: ['line'], repeatable: false, read: nameList },
  /** Where the newest post is checked in (a map pin on the post). */
  'checked-in': { places: ['line'], repeatable: false, read: text('a place') },
  /** A screenshot of someone's post, attached to the newest message (in a chat) or the newest post: optional app, author, colon, text. */
  screenshot: {
    places: ['line'],
    repeatable: true,
    read: screenshot,
  },
  /** Opens a profile page (the player's own when it is the #player name or "me"). */
  profile: {
    places: ['line'],
    repeatable: false,
    read: text('a name'),
  },
  /** A line on the open profile, e.g. "Works at Wrenford Borough Council". */
  detail: {
    places: ['line'],
    repeatable: true,
    read: text('a line of profile detail'),
  },
  /** The player chooses a profile picture from these; the choice goes to VAR profile_picture. */
  pictures: {
    places: ['line'],
    repeatable: false,
    read: pictures,
  },
  /** Opens an app's privacy settings for the player to change; they go to the app's VARs. */
  settings: {
    places: ['line'],
    repeatable: false,
    read: appId,
  },
  /** A web search for a name: shows what anyone can see, given the settings and posts so far. */
  search: {
    places: ['line'],
    repeatable: false,
    read: text('the name searched for'),
  },
  /** An extra search result: title, colon, snippet. */
  'search-result': {
    places: ['line'],
    repeatable: true,
    read: authored('search-result', 'Wrenford Echo: Council wins award'),
  },
  /** Opens a hate page; the #post and #comment tags that follow fill it. */
  'hate-page': {
    places: ['line'],
    repeatable: false,
    read: text('the page name'),
  },
  /** Opens the post composer on an app; what the player writes goes to the post_ VARs. */
  composer: { places: ['line'], repeatable: false, read: appId },
  /** A suggested draft the composer offers (and the checker tries). */
  draft: { places: ['line'], repeatable: true, read: text('the draft text') },
  /** A photo the composer offers: id, description, and (shows: what else is in it). */
  photo: { places: ['line'], repeatable: true, read: photo },
  /** A location check-in the composer offers. */
  'check-in': { places: ['line'], repeatable: true, read: text('a place') },
  /** The post the player composed appears in the feed. */
  publish: { places: ['line'], repeatable: false, read: flag },
  // Teaching checks (stories/README.md, "Coverage and judgement").
  /** The risks and good-practice points the next decision exercises, e.g. "#covers: contact, no-requests". */
  covers: {
    places: ['line'],
    repeatable: true,
    read: covers,
  },
  /** The control on the drawn phone that takes this choice (accept, decline, ignore, reply, report, block, post, setting:VAR, picture:ID). */
  phone: {
    places: ['choice'],
    repeatable: false,
    read: phoneControl,
  },
  /** This is the open, engaged option at its decision (accept, share, reply). */
  open: { places: ['choice'], repeatable: false, read: flag },
  /** This is the over-cautious or withdrawn option at its decision. */
  cautious: { places: ['choice'], repeatable: false, read: flag },
  /** Shows where to get support (manager, employer, union, helpline): use wherever abuse or sanction appears. */
  support: {
    places: ['line'],
    repeatable: false,
    read: flag,
  },
  /** What the player did in a piece (settings, post, picture) does to HCPC standard N. */
  impact: { places: ['line'], repeatable: true, read: hcpc },
} satisfies Record<string, TagSpec>;

/** A tag the game knows: a key of TAG_SPECS. */
export type TagKey = keyof typeof TAG_SPECS;

/** What a well-formed tag of this key reads as, e.g. TagValue<'hcpc'> is StandardImpact. */
export type TagValue<K extends TagKey> = Extract<ReturnType<(typeof TAG_SPECS)[K]['read']>, { ok: true }>['value'];

/**
 * The same table seen through a mapped type: indexing it with a generic key K gives TagSpec<TagValue<K>>,
 * which lets readTag return the key's own type without a cast.
 */
const SPECS_BY_KEY: { readonly [K in TagKey]: TagSpec<TagValue<K>> } = TAG_SPECS;

/** Own keys only, so "constructor" or "__proto__" written as a tag is unknown rather than an Object method. */
export function isTagKey(key: string): key is TagKey {
  return Object.hasOwn(TAG_SPECS, key);
}

/** Every known key, in the table's order. */
export const TAG_KEYS: readonly TagKey[] = Object.keys(TAG_SPECS).filter(isTagKey);

/** The spec for a key read from a story, or undefined for a tag the game does not know. */
export function tagSpec(key: string): TagSpec | undefined {
  return isTagKey(key) ? SPECS_BY_KEY[key] : undefined;
}

/** Read one tag's value as the spec for `key` says (the tag's own key is not checked). */
export function readTagValue<K extends TagKey>(key: K, tag: ParsedTag): ValueResult<TagValue<K>> {
  return SPECS_BY_KEY[key].read(tag);
}

export const REQUIRED_GLOBAL_KEYS = ['title', 'summary'] as const satisfies readonly TagKey[];

export interface TagCheck {
  ok: boolean;
  error?: string;
  value?: unknown;
}

/** Check one parsed tag against the table for the place it was written. */
export function checkTag(tag: ParsedTag, place: TagPlace): TagCheck {
  const spec = tagSpec(tag.key);
  if (!spec) return { ok: false, error: `unknown tag "#${tag.key}" (see stories/README.md for the tags the game accepts)` };
  if (!spec.places.includes(place)) {
    const where = spec.places
      .map((p) => (p === 'global' ? 'the top of the file' : p === 'choice' ? 'a choice (inside its [ ])' : 'a line of text'))
      .join(' or ');
    return {
      ok: false,
      error: `#${tag.key} belongs on ${where}, not on ${place === 'global' ? 'the top of the file' : place === 'choice' ? 'a choice' : 'a line of text'}`,
    };
  }
  const read = spec.read(tag);
  return read.ok ? { ok: true, value: read.value } : { ok: false, error: read.error };
}

/** Read a known tag's typed value, or undefined when it is absent or malformed. */
export function readTag<K extends TagKey>(tags: readonly ParsedTag[], key: K): TagValue<K> | undefined {
  // The types keep unknown keys out; the check keeps untyped callers (and bad data) from reaching a missing spec.
  if (!isTagKey(key)) return undefined;
  const tag = tags.find((t) => t.key === key);
  if (!tag) return undefined;
  const read = readTagValue(key, tag);
  return read.ok ? read.value : undefined;
}

/** Every well-formed value of a repeatable tag, in order; malformed ones are left out. */
export function readAllTags<K extends TagKey>(tags: readonly ParsedTag[], key: K): TagValue<K>[] {
  if (!isTagKey(key)) return [];
  const out: TagValue<K>[] = [];
  for (const tag of tags) {
    if (tag.key !== key) continue;
    const read = readTagValue(key, tag);
    if (read.ok) out.push(read.value);
  }
  return out;
}
