/**
 * The four fictional platforms, defined once: Hearth (friends and family, modelled on Facebook), Shout (posts to
 * everyone, modelled on X), Lens (photos, modelled on Instagram) and Guild (professional network, modelled on
 * LinkedIn). Each has its name, tagline, brand colour, the mark the phone draws, its privacy settings and the
 * audiences a post can have. Every list of apps in the game comes from this record (see src/core/phone/pieces.ts).
 *
 * The settings are modelled on the real kinds of setting on those platforms ('platform-help' and
 * 'knowledge-bite' in references.ts), with our own wording. Options run from the most open
 * to the most private; `initial` is a new account's setting on the real platform, usually the open one.
 * The `variable` of each setting is the ink variable it writes, part of the content contract (stories/README.md).
 */

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

/** A switch; its open value is the opposite of its private one. */
const onOff = (variable: string, label: string, help: string, initial: boolean, privateValue: boolean): SettingControl => ({
  variable,
  label,
  help,
  kind: 'switch',
  initial,
  private: privateValue,
  open: !privateValue,
});

/** A choice between options listed most open first: the last is the most private. */
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

/** The mark drawn on the app's icon (src/game/objects/phone-kit.ts draws each). */
export type PlatformMark = 'house' | 'speech-bubble' | 'camera' | 'briefcase';

export interface Platform {
  name: string;
  tagline: string;
  /** Brand colour as CSS hex, #rrggbb (src/ui/pieces.css repeats it; a test keeps them equal). */
  colour: string;
  mark: PlatformMark;
  /** The app's privacy controls, in the order the settings panel shows them. */
  settings: readonly SettingControl[];
  /** Who a post can be shown to (most open first). */
  audiences: readonly SettingOption[];
}

export const PLATFORMS = {
  hearth: {
    name: 'Hearth',
    tagline: 'friends and family',
    colour: '#c2410c',
    mark: 'house',
    settings: [
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
      onOff(
        'hearth_search_engines',
        'Let search engines link to your profile',
        'When on, your profile can appear when someone searches your name on the web.',
        true,
        false,
      ),
      onOff(
        'hearth_tag_review',
        'Review posts you are tagged in before they appear',
        'Friends can still tag you, but nothing shows on your profile until you approve it.',
        false,
        true,
      ),
    ],
    audiences: [
      { value: 'public', label: 'Public' },
      { value: 'friends-of-friends', label: 'Friends of friends' },
      { value: 'friends', label: 'Friends' },
      { value: 'only-me', label: 'Only me' },
    ],
  },
  shout: {
    name: 'Shout',
    tagline: 'say it out loud',
    colour: '#1d4ed8',
    mark: 'speech-bubble',
    settings: [
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
      onOff(
        'shout_discoverable',
        'Let people find you by your email or phone number',
        'Someone with your number, such as a family you have texted, can find your account.',
        true,
        false,
      ),
    ],
    audiences: [{ value: 'public', label: 'Everyone (or followers only, if your posts are protected)' }],
  },
  lens: {
    name: 'Lens',
    tagline: 'photos and stories',
    colour: '#7e22ce',
    mark: 'camera',
    settings: [
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
    audiences: [
      { value: 'followers', label: 'Followers (everyone, unless your account is private)' },
      { value: 'close-friends', label: 'Close friends' },
    ],
  },
  guild: {
    name: 'Guild',
    tagline: 'your professional network',
    colour: '#0f766e',
    mark: 'briefcase',
    settings: [
      onOff(
        'guild_public_profile',
        'Show your profile to people who are not signed in',
        'Your public profile: what a search engine, or anyone without an account, sees.',
        true,
        false,
      ),
      onOff(
        'guild_private_mode',
        'Browse in private mode',
        'When you view someone\u2019s profile they see "someone viewed your profile", not your name.',
        false,
        true,
      ),
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
    audiences: [
      { value: 'public', label: 'Anyone on or off Guild' },
      { value: 'connections', label: 'Connections only' },
    ],
  },
} satisfies Record<string, Platform>;

/** An app's id, as stories write it (`#settings: hearth`). */
export type AppId = keyof typeof PLATFORMS;

/** The phone's screens that are not apps: `#platform` accepts these as well as the app ids. */
export const PHONE_SCREENS = ['home', 'lock'] as const;
