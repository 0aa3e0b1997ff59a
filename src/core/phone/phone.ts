/**
 * The simulated phone as plain data. Story tags become cues; a pure reducer folds cues into the phone's
 * state, so any view (a Phaser scene that restarts, a resumed game) can draw the current state at once and
 * animate only the newest cue.
 */
import type { ParsedTag } from '../story/tags.ts';
import { readTagValue, type PlatformId, type RequestKind, type RequestOutcome, type ScreenshotValue, type TagKey, type TagValue } from '../story/tag-specs.ts';
import { isAppId, type AppId, type FormValues, type PhotoOffer, type PieceForm, formFields } from './pieces.ts';
import { searchResults, type PublishedPost, type SearchResult } from './search.ts';
import { unreachable } from '../errors.ts';

export type PhoneCue =
  | { type: 'platform'; platform: PlatformId }
  | { type: 'time'; text: string }
  /** `platform` is the app it came from: named as "Lens: ..." in the tag, else the app open at the time. */
  | { type: 'notification'; text: string; platform?: PlatformId | undefined }
  | { type: 'request'; kind: RequestKind; name: string }
  | { type: 'request-outcome'; outcome: RequestOutcome }
  | { type: 'message'; from: string; text: string }
  | { type: 'reply'; text: string }
  | { type: 'post'; author: string; text: string }
  | { type: 'comment'; author: string; text: string }
  | { type: 'reactions'; count: number }
  /** A photo in the newest post, in words. */
  | { type: 'image'; description: string }
  | { type: 'tagged'; names: string[] }
  | { type: 'checked-in'; place: string }
  /** Attached to the newest message when a chat is on screen, else to the newest post. */
  | { type: 'screenshot'; shot: Screenshot }
  | { type: 'profile'; name: string }
  | { type: 'detail'; text: string }
  | { type: 'pictures'; pictures: string[] }
  | { type: 'settings'; platform: AppId }
  /** `results` is filled in when the cue is applied, for the text log. */
  | { type: 'search'; query: string; results?: SearchResult[] }
  | { type: 'search-result'; title: string; snippet: string }
  | { type: 'hate-page'; name: string }
  | { type: 'composer'; platform: AppId }
  | { type: 'draft'; text: string }
  | { type: 'photo'; photo: PhotoOffer }
  | { type: 'check-in'; place: string }
  /** `post` is filled in when the cue is applied, for the text log. */
  | { type: 'publish'; post?: ComposedPost }
  /** Not from a tag: who the player is (`#player`, `#employer`), at the start. */
  | { type: 'identity'; player: string | undefined; employer: string | undefined }
  /** Not from a tag: what the story's variables say the settings and picture are now. */
  | { type: 'sync'; settings: FormValues; picture: string | undefined }
  /** Not from a tag: the player is editing an open form. */
  | { type: 'form'; values: FormValues }
  /** Not from a tag: the player took a choice with forms open; their values are now the story's. */
  | { type: 'submit'; values: FormValues; forms?: PieceForm[] };

/** A picture of someone's post, passed on: in a chat or in another post. */
export type Screenshot = ScreenshotValue;

export interface PhoneMessage {
  from: string;
  text: string;
  mine: boolean;
  screenshot?: Screenshot | undefined;
}

export interface PhoneNotification {
  text: string;
  platform: PlatformId | undefined;
}

export interface FeedComment {
  author: string;
  text: string;
}

export interface FeedPost {
  author: string;
  text: string;
  mine: boolean;
  /** For the player's own posts. */
  audience: string | undefined;
  photo: string | undefined;
  checkIn: string | undefined;
  /** People tagged in it. */
  tagged: string[];
  screenshot: Screenshot | undefined;
  reactions: number;
  comments: FeedComment[];
}

/** The post the player last wrote in the composer (published only by #publish). */
export interface ComposedPost {
  platform: AppId;
  audience: string;
  text: string;
  photo: PhotoOffer | undefined;
  checkIn: string | undefined;
}

/** What the app screen shows: 'inbox' is the request card and the message thread. */
export type PhoneView = 'feed' | 'inbox' | 'profile' | 'settings' | 'search' | 'hate-page' | 'composer' | 'pictures';

export interface PhoneState {
  platform: PlatformId;
  time: string;
  view: PhoneView;
  /** Most recent first; only the last few are kept. */
  notifications: PhoneNotification[];
  /** `platform`: the app it arrived in (it shows there only); undefined on the home or lock screen. */
  request: { kind: RequestKind; name: string; outcome: RequestOutcome | 'pending'; platform?: PlatformId | undefined } | null;
  thread: { with: string; messages: PhoneMessage[]; platform?: PlatformId | undefined } | null;
  feeds: Partial<Record<AppId, FeedPost[]>>;
  profile: { name: string; mine: boolean; details: string[] } | null;
  hatePage: { name: string; posts: FeedPost[] } | null;
  search: { query: string; results: SearchResult[] } | null;
  player: string | undefined;
  employer: string | undefined;
  /** The privacy settings as the story holds them (see pieces.ts for the names). */
  settings: FormValues;
  picture: string | undefined;
  /** Forms open at the current choice point, and the values the player has put in them so far. */
  forms: PieceForm[];
  form: FormValues;
  composed: ComposedPost | null;
  published: PublishedPost[];
}

export const INITIAL_PHONE: PhoneState = {
  platform: 'lock',
  time: '',
  view: 'feed',
  notifications: [],
  request: null,
  thread: null,
  feeds: {},
  profile: null,
  hatePage: null,
  search: null,
  player: undefined,
  employer: undefined,
  settings: {},
  picture: undefined,
  forms: [],
  form: {},
  composed: null,
  published: [],
};

const MAX_NOTIFICATIONS = 3;
const MAX_MESSAGES = 12;
const MAX_POSTS = 20;
const MAX_COMMENTS = 30;

/** A table of tag key → cue builder, each given its tag's typed value; tags not in it are not phone tags. */
const CUE_BUILDERS = {
  platform: (platform) => ({ type: 'platform', platform }),
  time: (text) => ({ type: 'time', text }),
  notification: (text) => {
    const named = /^(hearth|shout|lens|guild)\s*:\s*(.+)$/i.exec(text);
    const app = named?.[1]?.toLowerCase() ?? '';
    return named && isAppId(app) ? { type: 'notification', text: named[2]!.trim(), platform: app } : { type: 'notification', text, platform: undefined };
  },
  request: (request) => ({ type: 'request', ...request }),
  'request-outcome': (outcome) => ({ type: 'request-outcome', outcome }),
  message: (message) => ({ type: 'message', ...message }),
  reply: (text) => ({ type: 'reply', text }),
  post: ({ from, text }) => ({ type: 'post', author: from, text }),
  comment: ({ from, text }) => ({ type: 'comment', author: from, text }),
  reactions: (count) => ({ type: 'reactions', count }),
  image: (description) => ({ type: 'image', description }),
  tagged: (names) => ({ type: 'tagged', names }),
  'checked-in': (place) => ({ type: 'checked-in', place }),
  screenshot: (shot) => ({ type: 'screenshot', shot }),
  profile: (name) => ({ type: 'profile', name }),
  detail: (text) => ({ type: 'detail', text }),
  pictures: (pictures) => ({ type: 'pictures', pictures }),
  settings: (platform) => ({ type: 'settings', platform }),
  search: (query) => ({ type: 'search', query }),
  'search-result': ({ from, text }) => ({ type: 'search-result', title: from, snippet: text }),
  'hate-page': (name) => ({ type: 'hate-page', name }),
  composer: (platform) => ({ type: 'composer', platform }),
  draft: (text) => ({ type: 'draft', text }),
  photo: (photo) => ({ type: 'photo', photo }),
  'check-in': (place) => ({ type: 'check-in', place }),
  publish: () => ({ type: 'publish' }),
} satisfies { [K in TagKey]?: (value: TagValue<K>) => PhoneCue };

type PhoneTagKey = keyof typeof CUE_BUILDERS;
/** The table as a mapped type, so a generic key K finds the builder that takes TagValue<K>. */
const BUILDER_FOR: { readonly [K in PhoneTagKey]: (value: TagValue<K>) => PhoneCue } = CUE_BUILDERS;

const isPhoneTagKey = (key: string): key is PhoneTagKey => Object.hasOwn(CUE_BUILDERS, key);

// oxlint-disable-next-line typescript/no-unnecessary-type-parameters -- K ties the tag's key to its value type and its builder
function cueFromTag<K extends PhoneTagKey>(key: K, tag: ParsedTag): PhoneCue | undefined {
  const read = readTagValue(key, tag);
  return read.ok ? BUILDER_FOR[key](read.value) : undefined;
}

export function cuesFromTags(tags: readonly ParsedTag[]): PhoneCue[] {
  const cues: PhoneCue[] = [];
  for (const tag of tags) {
    const cue = isPhoneTagKey(tag.key) ? cueFromTag(tag.key, tag) : undefined;
    if (cue) cues.push(cue);
  }
  return cues;
}

/** Cues that only change what is drawn, not what happened: kept out of the text log. */
export const QUIET_CUES: ReadonlySet<PhoneCue['type']> = new Set(['platform', 'time', 'identity', 'sync', 'form', 'draft', 'photo', 'check-in']);

const appOpen = (state: PhoneState): PlatformId | undefined => (isAppId(state.platform) ? state.platform : undefined);
const currentApp = (state: PhoneState): AppId => (isAppId(state.platform) ? state.platform : 'hearth');

const newPost = (author: string, text: string, mine = false, extra: Partial<FeedPost> = {}): FeedPost => ({
  author,
  text,
  mine,
  audience: undefined,
  photo: undefined,
  checkIn: undefined,
  tagged: [],
  screenshot: undefined,
  reactions: 0,
  comments: [],
  ...extra,
});

/** Change the newest post on screen (the hate page's when it is open, else the app's feed). */
/**
 * A post joins the end of the list. The same author and text again (a story showing the post once more)
 * moves the existing post to the end, keeping its comments and reactions, instead of duplicating it.
 */
function addPost(posts: readonly FeedPost[], author: string, text: string, mine: boolean): FeedPost[] {
  const existing = posts.findIndex((p) => p.author === author && p.text === text);
  if (existing >= 0) return [...posts.slice(0, existing), ...posts.slice(existing + 1), posts[existing]!];
  return [...posts, newPost(author, text, mine)].slice(-MAX_POSTS);
}

function updateNewest(state: PhoneState, change: (post: FeedPost) => FeedPost): PhoneState {
  if (state.view === 'hate-page' && state.hatePage) {
    const posts = state.hatePage.posts;
    if (posts.length === 0) return state;
    return { ...state, hatePage: { ...state.hatePage, posts: [...posts.slice(0, -1), change(posts[posts.length - 1]!)] } };
  }
  const app = currentApp(state);
  const posts = state.feeds[app] ?? [];
  if (posts.length === 0) return state;
  return { ...state, feeds: { ...state.feeds, [app]: [...posts.slice(0, -1), change(posts[posts.length - 1]!)] } };
}

/**
 * Notifications that the player has now answered or opened go: a request's once it has an outcome, a
 * message's once the thread is open in its app or replied to, a tag's or a post's once the post is open.
 * A notification is about a person when it names them; `about` narrows it to a kind of notification.
 */
function clearNotifications(state: PhoneState, name: string | undefined, about?: RegExp): PhoneState {
  if (!name) return state;
  const who = name.toLowerCase();
  const notifications = state.notifications.filter((n) => {
    const t = n.text.toLowerCase();
    return !(t.includes(who) && (!about || about.test(t)));
  });
  return notifications.length === state.notifications.length ? state : { ...state, notifications };
}

const ABOUT_MESSAGES = /message/i;
const ABOUT_POSTS = /tagged|post|photo|mentioned/i;

function withSearch(state: PhoneState, query: string): PhoneState {
  const results = searchResults({
    query,
    player: state.player,
    employer: state.employer,
    settings: state.settings,
    picture: state.picture,
    published: state.published,
  });
  return { ...state, view: 'search', search: { query, results } };
}

function openForm(state: PhoneState, form: PieceForm): PhoneState {
  const forms = [...state.forms.filter((f) => f.kind !== form.kind), form];
  const current = { ...state.settings, ...(state.picture ? { profile_picture: state.picture } : {}) };
  return { ...state, forms, form: { ...state.form, ...formFields(form, current) } };
}

function updateComposer(state: PhoneState, change: (form: Extract<PieceForm, { kind: 'composer' }>) => PieceForm): PhoneState {
  return { ...state, forms: state.forms.map((f) => (f.kind === 'composer' ? change(f) : f)) };
}

export function applyCue(state: PhoneState, cue: PhoneCue): PhoneState {
  switch (cue.type) {
    case 'platform':
      return { ...state, platform: cue.platform, view: 'feed' };
    case 'time':
      return { ...state, time: cue.text };
    case 'notification': {
      const from = cue.platform ?? (isAppId(state.platform) ? state.platform : undefined);
      return { ...state, notifications: [{ text: cue.text, platform: from }, ...state.notifications].slice(0, MAX_NOTIFICATIONS) };
    }
    case 'request':
      return { ...state, view: 'inbox', request: { kind: cue.kind, name: cue.name, outcome: 'pending', platform: appOpen(state) } };
    case 'request-outcome':
      return state.request ? clearNotifications({ ...state, view: 'inbox', request: { ...state.request, outcome: cue.outcome } }, state.request.name) : state;
    case 'message': {
      const sameThread = state.thread && state.thread.with === cue.from;
      const messages = sameThread ? state.thread!.messages : [];
      const next: PhoneState = {
        ...state,
        view: 'inbox',
        thread: { with: cue.from, messages: [...messages, { from: cue.from, text: cue.text, mine: false }].slice(-MAX_MESSAGES), platform: appOpen(state) },
      };
      // On the lock or home screen the message only arrives; in an app the thread is open, so it has been seen.
      return appOpen(state) ? clearNotifications(next, cue.from, ABOUT_MESSAGES) : next;
    }
    case 'reply': {
      const thread = state.thread ?? { with: '', messages: [], platform: appOpen(state) };
      return {
        ...clearNotifications(state, thread.with),
        view: 'inbox',
        thread: {
          with: thread.with,
          messages: [...thread.messages, { from: 'You', text: cue.text, mine: true }].slice(-MAX_MESSAGES),
          platform: thread.platform,
        },
      };
    }
    case 'post': {
      if (state.view === 'hate-page' && state.hatePage) {
        return { ...state, hatePage: { ...state.hatePage, posts: addPost(state.hatePage.posts, cue.author, cue.text, false) } };
      }
      const app = currentApp(state);
      const mine = state.player !== undefined && cue.author === state.player;
      const next: PhoneState = { ...state, view: 'feed', feeds: { ...state.feeds, [app]: addPost(state.feeds[app] ?? [], cue.author, cue.text, mine) } };
      return appOpen(state) ? clearNotifications(next, cue.author, ABOUT_POSTS) : next;
    }
    case 'comment':
      return updateNewest(state, (p) => ({ ...p, comments: [...p.comments, { author: cue.author, text: cue.text }].slice(-MAX_COMMENTS) }));
    case 'reactions':
      return updateNewest(state, (p) => ({ ...p, reactions: cue.count }));
    case 'image':
      return updateNewest(state, (p) => ({ ...p, photo: cue.description }));
    case 'tagged':
      return updateNewest(state, (p) => ({ ...p, tagged: [...p.tagged, ...cue.names.filter((n) => !p.tagged.includes(n))] }));
    case 'checked-in':
      return updateNewest(state, (p) => ({ ...p, checkIn: cue.place }));
    case 'screenshot': {
      const thread = state.thread;
      const last = thread?.messages.at(-1);
      if (state.view === 'inbox' && thread && last) {
        return { ...state, thread: { ...thread, messages: [...thread.messages.slice(0, -1), { ...last, screenshot: cue.shot }] } };
      }
      return updateNewest(state, (p) => ({ ...p, screenshot: cue.shot }));
    }
    case 'profile': {
      const mine = cue.name.toLowerCase() === 'me' || (state.player !== undefined && cue.name.toLowerCase() === state.player.toLowerCase());
      return { ...state, view: 'profile', profile: { name: mine ? (state.player ?? 'You') : cue.name, mine, details: [] } };
    }
    case 'detail':
      return state.profile ? { ...state, profile: { ...state.profile, details: [...state.profile.details, cue.text] } } : state;
    case 'pictures':
      return { ...openForm(state, { kind: 'pictures', pictures: cue.pictures }), view: 'pictures' };
    case 'settings':
      return { ...openForm(state, { kind: 'settings', platform: cue.platform }), platform: cue.platform, view: 'settings' };
    case 'search':
      return withSearch(state, cue.query);
    case 'search-result': {
      const search = state.search ?? { query: '', results: [] };
      return {
        ...state,
        view: 'search',
        search: { ...search, results: [...search.results, { source: 'web', title: cue.title, snippet: cue.snippet, exposes: [] }] },
      };
    }
    case 'hate-page':
      // Going back to the same page shows it as it was (its posts, comments and reactions); another page starts empty.
      return { ...state, view: 'hate-page', hatePage: state.hatePage?.name === cue.name ? state.hatePage : { name: cue.name, posts: [] } };
    case 'composer':
      return {
        ...openForm(state, { kind: 'composer', platform: cue.platform, drafts: [], photos: [], checkIns: [] }),
        platform: cue.platform,
        view: 'composer',
      };
    case 'draft':
      return updateComposer(state, (f) => ({ ...f, drafts: [...f.drafts, cue.text] }));
    case 'photo':
      return updateComposer(state, (f) => ({ ...f, photos: [...f.photos.filter((p) => p.id !== cue.photo.id), cue.photo] }));
    case 'check-in':
      return updateComposer(state, (f) => ({ ...f, checkIns: f.checkIns.includes(cue.place) ? f.checkIns : [...f.checkIns, cue.place] }));
    case 'publish': {
      const post = cue.post ?? state.composed;
      if (!post) return state;
      const published = newPost(state.player ?? 'You', post.text, true, { audience: post.audience, photo: post.photo?.label, checkIn: post.checkIn });
      return {
        ...state,
        platform: post.platform,
        view: 'feed',
        feeds: { ...state.feeds, [post.platform]: [...(state.feeds[post.platform] ?? []), published].slice(-MAX_POSTS) },
        published: [...state.published, { platform: post.platform, audience: post.audience, text: post.text }],
      };
    }
    case 'identity':
      return { ...state, player: cue.player, employer: cue.employer };
    case 'sync':
      return { ...state, settings: { ...state.settings, ...cue.settings }, picture: cue.picture ?? state.picture };
    case 'form':
      return { ...state, form: { ...state.form, ...cue.values } };
    case 'submit': {
      const v = cue.values;
      const settings = { ...state.settings };
      let picture = state.picture;
      let composed = state.composed;
      for (const form of state.forms) {
        if (form.kind === 'settings') for (const [k, value] of Object.entries(v)) if (k.startsWith(`${form.platform}_`)) settings[k] = value;
        if (form.kind === 'pictures' && typeof v.profile_picture === 'string') picture = v.profile_picture;
        if (form.kind === 'composer') {
          const platform = typeof v.post_platform === 'string' && isAppId(v.post_platform) ? v.post_platform : form.platform;
          composed = {
            platform,
            audience: String(v.post_audience ?? ''),
            text: String(v.post_text ?? ''),
            photo: form.photos.find((p) => p.id === v.post_photo),
            checkIn: v.post_check_in ? String(v.post_check_in) : undefined,
          };
        }
      }
      return { ...state, settings, picture, composed, forms: [], form: {} };
    }
    default:
      return unreachable(cue);
  }
}

/** The cue as the text log and the views should see it: with the data it drew on filled in. */
export function describeWith(cue: PhoneCue, before: PhoneState, after: PhoneState): PhoneCue {
  switch (cue.type) {
    case 'search':
      return { ...cue, results: after.search?.results ?? [] };
    case 'publish':
      return before.composed ? { ...cue, post: before.composed } : cue;
    case 'submit':
      return { ...cue, forms: before.forms };
    default:
      return cue;
  }
}
