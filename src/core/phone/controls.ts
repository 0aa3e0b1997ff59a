/**
 * The drawn phone's controls a learner can tap. A choice in the story can be bound to one of them (the
 * content contract's `#phone:` tag), so tapping it on the phone takes exactly that choice.
 * Form controls (a setting, a picture) edit the open form instead of taking a choice.
 */
import type { PhoneState } from './phone.ts';
import { ALL_SETTING_CONTROLS, isAppId, PICTURE_IDS, PLATFORM_SETTINGS, type FormValues } from './pieces.ts';

export type PhoneControl =
  /** A request card's buttons. */
  | 'accept'
  | 'decline'
  | 'ignore'
  /** A message thread's input bar: send the reply the choice writes. */
  | 'reply'
  /** On a post, a profile, a thread or a hate page. */
  | 'report'
  | 'block'
  /** The composer's Post button. */
  | 'post'
  /** A settings panel's control, by its variable name: `setting:hearth_future_posts`. */
  | `setting:${string}`
  /** A picture tile in the chooser, by picture id: `picture:headshot`. */
  | `picture:${string}`;

/** The controls that take a choice when bound to one (settings and pictures edit the open form). */
export const ACTION_CONTROLS = ['accept', 'decline', 'ignore', 'reply', 'report', 'block', 'post'] as const;

/** A form control: it edits the open form rather than taking a choice. */
export const isFormControl = (control: PhoneControl): control is `setting:${string}` | `picture:${string}` =>
  control.startsWith('setting:') || control.startsWith('picture:');

export type ControlRead = { ok: true; control: PhoneControl } | { ok: false; error: string };

/** Read a control's name as an author writes it (`decline`, `setting:hearth_tag_review`, `picture:dog`). */
export function readControl(name: string): ControlRead {
  const value = name.trim();
  const action = ACTION_CONTROLS.find((c) => c === value);
  if (action) return { ok: true, control: action };
  if (value.startsWith('setting:')) {
    const variable = value.slice('setting:'.length);
    return ALL_SETTING_CONTROLS.some((c) => c.variable === variable)
      ? { ok: true, control: `setting:${variable}` }
      : { ok: false, error: `"${variable}" is not a setting the phone draws (use a settings variable, e.g. setting:hearth_tag_review)` };
  }
  if (value.startsWith('picture:')) {
    const id = value.slice('picture:'.length);
    return PICTURE_IDS.includes(id)
      ? { ok: true, control: `picture:${id}` }
      : { ok: false, error: `"${id}" is not a picture the game can draw (use ${PICTURE_IDS.join(', ')})` };
  }
  return {
    ok: false,
    error: `"${value}" is not a phone control: use one of ${ACTION_CONTROLS.join(', ')}, setting:VARIABLE or picture:ID`,
  };
}

/** Whether a request or thread shows in the app on screen: the one it arrived in, or any app when it came to the home screen. */
const here = (where: { platform?: string | undefined } | null, state: PhoneState): boolean =>
  where !== null && (where.platform === undefined || where.platform === state.platform);

/**
 * The controls the drawn phone shows for this state, in drawing order. The phone's painters
 * (src/game/objects/phone-view.ts, phone-pieces.ts) draw exactly these; the story checker uses this list to
 * prove every `#phone:` binding names a control that is on screen when its choice is offered.
 *
 * - an app's inbox: a pending request's accept, decline and ignore; an open thread's reply, report and block;
 * - a feed: report and block on the newest post by someone else;
 * - someone else's profile, or a hate page: report and block;
 * - the composer: post; an open settings form: each of its app's settings; an open picture chooser: each picture.
 * The lock and home screens and the web search have none.
 */
export function controlsOnScreen(state: PhoneState): PhoneControl[] {
  const app = state.platform;
  if (!isAppId(app) || state.view === 'search') return [];
  const posts = state.feeds[app] ?? [];
  if (state.view === 'inbox' || (state.view === 'feed' && posts.length === 0)) {
    const out: PhoneControl[] = [];
    if (here(state.request, state) && state.request?.outcome === 'pending') out.push('accept', 'decline', 'ignore');
    if (here(state.thread, state)) out.push('reply', 'report', 'block');
    return out;
  }
  switch (state.view) {
    case 'feed':
      return posts.some((p) => !p.mine) ? ['report', 'block'] : [];
    case 'profile':
      return state.profile && !state.profile.mine ? ['report', 'block'] : [];
    case 'hate-page':
      return state.hatePage ? ['report', 'block'] : [];
    case 'composer':
      return ['post'];
    case 'settings':
      return state.forms.some((f) => f.kind === 'settings' && f.platform === app) ? PLATFORM_SETTINGS[app].map((c) => `setting:${c.variable}` as const) : [];
    case 'pictures': {
      const form = state.forms.find((f) => f.kind === 'pictures');
      return form?.kind === 'pictures' ? form.pictures.map((id) => `picture:${id}` as const) : [];
    }
    default:
      return [];
  }
}

/**
 * The controls a tap works on now: the ones bound to a current choice (`#phone:`) that the phone shows, and
 * the open forms' own controls (a setting, a picture), which edit the form. Everything else stays inert.
 */
export function liveControls(choices: readonly { readonly phone?: PhoneControl | undefined }[], state: PhoneState): PhoneControl[] {
  return controlsOnScreen(state).filter((c) => isFormControl(c) || choices.some((choice) => choice.phone === c));
}

/** The next value a tap on a form control gives (a switch flips, a list moves to its next option), or undefined. */
export function tappedValue(control: PhoneControl, form: Readonly<FormValues>): { name: string; value: string | boolean } | undefined {
  if (control.startsWith('picture:')) return { name: 'profile_picture', value: control.slice('picture:'.length) };
  if (!control.startsWith('setting:')) return undefined;
  const name = control.slice('setting:'.length);
  const setting = ALL_SETTING_CONTROLS.find((c) => c.variable === name);
  if (!setting) return undefined;
  const now = form[name] ?? setting.initial;
  if (setting.kind === 'switch') return { name, value: now !== true };
  const options = setting.options ?? [];
  const at = options.findIndex((o) => o.value === now);
  const next = options[(at + 1) % options.length];
  return next ? { name, value: next.value } : undefined;
}
