/**
 * The phone's interactive pieces as data: each platform's privacy settings, the profile pictures the game
 * can draw, post audiences, and the forms a story opens (settings panel, post composer, picture chooser).
 *
 * What the player sets in a form goes back into the story as ink variables when they take their next
 * choice (see `formAssignments`). The variables are part of the content contract for authors and are
 * documented in stories/README.md; a story declares (`VAR`) only the ones it wants to read.
 */

export type AppId = 'hearth' | 'shout' | 'lens' | 'guild';
export const APP_IDS: readonly AppId[] = ['hearth', 'shout', 'lens', 'guild'];
export const isAppId = (v: string): v is AppId => (APP_IDS as readonly string[]).includes(v);

export type FieldValue = string | boolean;
/** Field name (the ink variable it writes) → value. */
export type FormValues = Record<string, FieldValue>;

export interface SettingOption {
  value: string;
  label: string;
}

export interface SettingControl {
  /** The ink variable this control reads and writes, e.g. `hearth_future_posts`. */
  variable: string;
  label: string;
  /** One sentence shown under the control: what it actually does. */
  help: string;
  /** A switch (true/false) or a choice between options. */
  kind: 'switch' | 'choice';
  options?: readonly SettingOption[];
  /** A new account's setting on the real platforms this one is modelled on: usually the open one. */
  initial: FieldValue;
  /** The most private value, for "lock everything down" and for the walker. */
  private: FieldValue;
  /** The most open value. */
  open: FieldValue;
}

const onOff = (variable: string, label: string, help: string, initial: boolean, privateValue: boolean): SettingControl => ({
  variable,
  label,
  help,
  kind: 'switch',
  initial,
  private: privateValue,
  open: !privateValue,
});

const choice = (variable: string, label: string, help: string, options: SettingOption[], initial: string): SettingControl => ({
  variable,
  label,
  help,
  kind: 'choice',
  options,
  initial,
  private: options[options.length - 1]!.value,
  open: options[0]!.value,
});

/**
 * Each platform's privacy controls, modelled on the real kinds of setting (brief.md, section 7). The
 * options run from the most open to the most private.
 */
export const PLATFORM_SETTINGS: Readonly<Record<AppId, readonly SettingControl[]>> = {
  hearth: [
    choice(
      'hearth_future_posts',
      'Who can see your future posts?',
      'The audience new posts get unless you change it on the post itself.',
      [
        { value: 'public', label: 'Public' },
        { value: 'friends-of-friends', label: 'Friends of friends' },
        { value: 'friends', label: 'Friends' },
        { value: 'only-me', label: 'Only me' },
      ],
      'public',
    ),
    onOff('hearth_limit_old_posts', 'Limit who can see past posts', 'Turns every older public post into a friends-only post, in one go.', false, true),
    choice(
      'hearth_friend_requests',
      'Who can send you friend requests?',
      'Friends of friends makes it harder for a stranger, or a family you work with, to find and add you.',
      [
        { value: 'everyone', label: 'Everyone' },
        { value: 'friends-of-friends', label: 'Friends of friends' },
      ],
      'everyone',
    ),
    onOff('hearth_search_engines', 'Let search engines link to your profile', 'When on, your profile can appear when someone searches your name on the web.', true, false),
    onOff('hearth_tag_review', 'Review posts you are tagged in before they appear', 'Friends can still tag you, but nothing shows on your profile until you approve it.', false, true),
  ],
  shout: [
    onOff('shout_protected', 'Protect your posts', 'Only people you approve as followers see your posts; new followers must ask first.', false, true),
    choice(
      'shout_photo_tagging',
      'Who can tag you in photos?',
      'A photo someone else posts can name you unless you limit this.',
      [
        { value: 'anyone', label: 'Anyone' },
        { value: 'following', label: 'Only people you follow' },
        { value: 'off', label: 'No one' },
      ],
      'anyone',
    ),
    onOff('shout_discoverable', 'Let people find you by your email or phone number', 'Someone with your number, such as a family you have texted, can find your account.', true, false),
  ],
  lens: [
    onOff('lens_private', 'Private account', 'Only followers you approve see your photos and stories; your name and picture stay visible.', false, true),
    choice(
      'lens_tags_from',
      'Allow tags from',
      'Who can tag you in their photos.',
      [
        { value: 'everyone', label: 'Everyone' },
        { value: 'following', label: 'People you follow' },
        { value: 'no-one', label: 'No one' },
      ],
      'everyone',
    ),
    onOff('lens_tag_review', 'Manually approve tags', 'Photos you are tagged in stay off your profile until you approve them.', false, true),
  ],
  guild: [
    onOff('guild_public_profile', 'Show your profile to people who are not signed in', 'Your public profile: what a search engine, or anyone without an account, sees.', true, false),
    onOff('guild_private_mode', 'Browse in private mode', 'When you view someone\u2019s profile they see "someone viewed your profile", not your name.', false, true),
    choice(
      'guild_connections_visible',
      'Who can see your connections?',
      'Your connections can reveal where you work and who you work with.',
      [
        { value: 'connections', label: 'Your connections' },
        { value: 'only-you', label: 'Only you' },
      ],
      'connections',
    ),
  ],
};

export const ALL_SETTING_CONTROLS: readonly SettingControl[] = APP_IDS.flatMap((id) => PLATFORM_SETTINGS[id]);

/** Every app's settings as new accounts have them. */
export function initialSettings(): FormValues {
  return Object.fromEntries(ALL_SETTING_CONTROLS.map((c) => [c.variable, c.initial]));
}

/** Profile pictures the game can draw, and what each one says about you. */
export const PICTURES = [
  { id: 'headshot', label: 'A friendly head-and-shoulders photo' },
  { id: 'family', label: 'You and your children at the school gate, uniform badges showing' },
  { id: 'lanyard', label: 'You at your desk, council lanyard showing' },
  { id: 'party', label: 'You at a party, drink in hand' },
  { id: 'beach', label: 'You on holiday in swimwear' },
  { id: 'dog', label: 'Your dog' },
  { id: 'landscape', label: 'A hillside at sunset' },
] as const;
export type PictureId = (typeof PICTURES)[number]['id'];
export const PICTURE_IDS: readonly string[] = PICTURES.map((p) => p.id);
export const pictureLabel = (id: string): string => PICTURES.find((p) => p.id === id)?.label ?? id;

/** Who a post can be shown to, per platform (most open first). */
export const AUDIENCES: Readonly<Record<AppId, readonly SettingOption[]>> = {
  hearth: [
    { value: 'public', label: 'Public' },
    { value: 'friends-of-friends', label: 'Friends of friends' },
    { value: 'friends', label: 'Friends' },
    { value: 'only-me', label: 'Only me' },
  ],
  shout: [
    { value: 'public', label: 'Everyone (or followers only, if your posts are protected)' },
  ],
  lens: [
    { value: 'followers', label: 'Followers (everyone, unless your account is private)' },
    { value: 'close-friends', label: 'Close friends' },
  ],
  guild: [
    { value: 'public', label: 'Anyone on or off Guild' },
    { value: 'connections', label: 'Connections only' },
  ],
};

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
          const options = isAppId(String(platform)) ? AUDIENCES[platform as AppId] : [];
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
        own = [
          base,
          Object.fromEntries(controls.map((c) => [c.variable, c.private])),
          Object.fromEntries(controls.map((c) => [c.variable, c.open])),
        ];
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
    const key = JSON.stringify(Object.entries(v).sort());
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
