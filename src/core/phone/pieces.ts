/**
 * The phone's interactive pieces: the forms a story opens (settings panel, post composer, picture chooser),
 * their fields and checks. The platforms themselves (settings, audiences, names) are data in
 * src/content/platforms.ts and the profile pictures in src/content/pictures.ts; this module derives the lists.
 *
 * What the player sets in a form goes back into the story as ink variables when they take their next
 * choice (see `formAssignments`). The variables are part of the content contract for authors and are
 * documented in stories/README.md; a story declares (`VAR`) only the ones it wants to read.
 */

import { PICTURES } from '../../content/pictures.ts';
import { unreachable } from '../errors.ts';
import { PHONE_SCREENS, PLATFORMS, type AppId, type FieldValue, type FormValues, type SettingControl, type SettingOption } from '../../content/platforms.ts';

export type { AppId, FieldValue, FormValues, SettingControl, SettingOption } from '../../content/platforms.ts';

/** The four apps, in the order src/content/platforms.ts lists them (the home screen's order). */
export const isAppId = (v: string): v is AppId => Object.hasOwn(PLATFORMS, v);
export const APP_IDS: readonly AppId[] = Object.keys(PLATFORMS).filter(isAppId);
/** What `#platform` can open: an app, or the home or lock screen. */
export const SCREEN_IDS: readonly (AppId | (typeof PHONE_SCREENS)[number])[] = [...APP_IDS, ...PHONE_SCREENS];

const byApp = <T>(pick: (id: AppId) => T): Readonly<Record<AppId, T>> =>
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion -- one entry for every id in APP_IDS, so every key is there
  Object.fromEntries(APP_IDS.map((id) => [id, pick(id)])) as Record<AppId, T>;

/** Each platform's privacy controls (see src/content/platforms.ts). The options run from the most open to the most private. */
export const PLATFORM_SETTINGS: Readonly<Record<AppId, readonly SettingControl[]>> = byApp((id) => PLATFORMS[id].settings);

export const ALL_SETTING_CONTROLS: readonly SettingControl[] = APP_IDS.flatMap((id) => PLATFORM_SETTINGS[id]);

/** Every app's settings as new accounts have them. */
export function initialSettings(): FormValues {
  return Object.fromEntries(ALL_SETTING_CONTROLS.map((c) => [c.variable, c.initial]));
}

export type PictureId = (typeof PICTURES)[number]['id'];
export const PICTURE_IDS: readonly string[] = PICTURES.map((p) => p.id);
export const pictureLabel = (id: string): string => PICTURES.find((p) => p.id === id)?.label ?? id;

/** Who a post can be shown to, per platform (most open first). */
export const AUDIENCES: Readonly<Record<AppId, readonly SettingOption[]>> = byApp((id) => PLATFORMS[id].audiences);

/** The longest post the composer accepts: longer pastes are cut here, and the composer says so. */
export const MAX_POST_CHARS = 10_000;

export interface PhotoOffer {
  id: string;
  label: string;
  /** What the photo shows beyond what was meant (the analyser flags each). */
  shows: string[];
}

export interface ComposerForm {
  kind: 'composer';
  platform: AppId;
  drafts: string[];
  photos: PhotoOffer[];
  checkIns: string[];
}
export interface SettingsForm {
  kind: 'settings';
  platform: AppId;
}
export interface PicturesForm {
  kind: 'pictures';
  pictures: string[];
}
export type PieceForm = ComposerForm | SettingsForm | PicturesForm;

/** The fields a composer writes. */
export const POST_FIELDS = ['post_text', 'post_platform', 'post_audience', 'post_photo', 'post_check_in'] as const;

/** The form's fields and their starting values, given what the story currently holds. */
export function formFields(form: PieceForm, current: FormValues): FormValues {
  switch (form.kind) {
    case 'settings':
      return Object.fromEntries(PLATFORM_SETTINGS[form.platform].map((c) => [c.variable, current[c.variable] ?? c.initial]));
    case 'pictures': {
      const now = current.profile_picture;
      return { profile_picture: typeof now === 'string' && form.pictures.includes(now) ? now : (form.pictures[0] ?? '') };
    }
    case 'composer':
      return {
        post_text: '',
        post_platform: form.platform,
        post_audience: AUDIENCES[form.platform][0]!.value,
        post_photo: '',
        post_check_in: '',
      };
    default:
      return unreachable(form);
  }
}

export type FieldCheck = { ok: true; value: FieldValue } | { ok: false; error: string };

/** Validate one field of an open form. Never throws; the message is fit to show the player. */
export function checkField(forms: readonly PieceForm[], values: FormValues, name: string, value: unknown): FieldCheck {
  for (const form of forms) {
    if (form.kind === 'settings') {
      const control = PLATFORM_SETTINGS[form.platform].find((c) => c.variable === name);
      if (!control) continue;
      if (control.kind === 'switch') return typeof value === 'boolean' ? { ok: true, value } : { ok: false, error: `${control.label}: on or off` };
      return typeof value === 'string' && control.options!.some((o) => o.value === value)
        ? { ok: true, value }
        : { ok: false, error: `${control.label}: not one of the options` };
    }
    if (form.kind === 'pictures' && name === 'profile_picture') {
      return typeof value === 'string' && form.pictures.includes(value) ? { ok: true, value } : { ok: false, error: 'That picture is not on offer' };
    }
    if (form.kind === 'composer' && (POST_FIELDS as readonly string[]).includes(name)) {
      if (typeof value !== 'string') return { ok: false, error: 'The post fields take text' };
      switch (name) {
        case 'post_text':
          return { ok: true, value: value.slice(0, MAX_POST_CHARS) };
        case 'post_platform':
          return isAppId(value) ? { ok: true, value } : { ok: false, error: 'Choose one of the four apps' };
        case 'post_audience': {
          const platform = values.post_platform;
          const options = typeof platform === 'string' && isAppId(platform) ? AUDIENCES[platform] : [];
          return options.some((o) => o.value === value) ? { ok: true, value } : { ok: false, error: 'That audience is not available on this app' };
        }
        case 'post_photo':
          return value === '' || form.photos.some((p) => p.id === value) ? { ok: true, value } : { ok: false, error: 'That photo is not on offer' };
        case 'post_check_in':
          return value === '' || form.checkIns.includes(value) ? { ok: true, value } : { ok: false, error: 'That place is not on offer' };
      }
    }
  }
  return { ok: false, error: `"${name}" is not a field of the open form` };
}

/**
 * Representative inputs for the exhaustive walker: it cannot try every post or every combination of
 * switches, so it tries the state as it stands, everything locked down and everything open; an empty post,
 * each suggested draft (to the widest and the narrowest audience) and each photo and check-in with the first
 * draft; each picture. Forms open together are varied side by side rather than in every combination.
 */
export function formVariants(forms: readonly PieceForm[], current: FormValues): FormValues[] {
  let variants: FormValues[] = [{}];
  for (const form of forms) {
    const base = formFields(form, current);
    let own: FormValues[];
    switch (form.kind) {
      case 'settings': {
        const controls = PLATFORM_SETTINGS[form.platform];
        own = [base, Object.fromEntries(controls.map((c) => [c.variable, c.private])), Object.fromEntries(controls.map((c) => [c.variable, c.open]))];
        break;
      }
      case 'pictures':
        own = form.pictures.map((p) => ({ profile_picture: p }));
        break;
      case 'composer': {
        // Each draft as it stands and to the most private audience; photos and check-ins with the first draft.
        const audiences = AUDIENCES[form.platform];
        const narrowest = audiences[audiences.length - 1]!.value;
        const first = form.drafts[0] ?? '';
        own = [base];
        for (const draft of form.drafts) own.push({ ...base, post_text: draft }, { ...base, post_text: draft, post_audience: narrowest });
        for (const photo of form.photos) own.push({ ...base, post_text: first, post_photo: photo.id });
        for (const place of form.checkIns) own.push({ ...base, post_text: first, post_check_in: place });
        break;
      }
    }
    // Several forms at one choice point are tried side by side, not in every combination: each value of
    // each form is still tried once, and the walk stays small enough to run on every test.
    const n = Math.max(variants.length, own.length);
    variants = Array.from({ length: n }, (_, i) => ({ ...variants[i % variants.length], ...own[i % own.length] }));
  }
  const seen = new Set<string>();
  return variants.filter((v) => {
    const key = JSON.stringify(Object.entries(v).toSorted(([a], [b]) => a.localeCompare(b)));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
