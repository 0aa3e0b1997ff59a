/**
 * "Search your own name": what a stranger, or a family you work with, finds on the open web, worked out
 * from the player's privacy settings, profile picture and the posts they have published. Pure.
 */
import { PLATFORMS } from '../../content/platforms.ts';
import { unreachable } from '../errors.ts';
import { AUDIENCES, initialSettings, pictureLabel, type AppId, type FormValues } from './pieces.ts';

export interface SearchResult {
  source: AppId | 'web';
  title: string;
  snippet: string;
  /** What this result gives away, in plain words ("your photo", "where you work"). Empty: nothing much. */
  exposes: string[];
}

export interface PublishedPost {
  platform: AppId;
  audience: string;
  text: string;
}

export interface SearchInput {
  query: string;
  /** The player's name (`#player`); results about someone else come only from the story. */
  player: string | undefined;
  employer: string | undefined;
  settings: FormValues;
  picture: string | undefined;
  published: readonly PublishedPost[];
}

const clip = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Posts anyone can read: public audience, and not hidden by a protect/private/limit setting. */
function visibleToAnyone(post: PublishedPost, settings: FormValues): boolean {
  switch (post.platform) {
    case 'hearth':
      return post.audience === 'public' && settings.hearth_limit_old_posts !== true;
    case 'shout':
      return settings.shout_protected !== true;
    case 'lens':
      return post.audience === 'followers' && settings.lens_private !== true;
    case 'guild':
      return post.audience === 'public' && settings.guild_public_profile !== false;
    default:
      return unreachable(post.platform);
  }
}

function pictureExposes(picture: string | undefined): string[] {
  switch (picture) {
    case 'lanyard':
      return ['your profile picture, showing your council lanyard'];
    case 'family':
      return ['your profile picture, showing your children and their school badge'];
    case 'party':
    case 'beach':
      return [`your profile picture (${pictureLabel(picture).toLowerCase()})`];
    case undefined:
    case '':
      return [];
    default:
      return ['your profile picture'];
  }
}

export function searchResults(input: SearchInput): SearchResult[] {
  const name = input.query.trim();
  const isPlayer = input.player !== undefined && name.toLowerCase() === input.player.trim().toLowerCase();
  if (!isPlayer) return [];
  const s = { ...initialSettings(), ...input.settings };
  const picture = pictureExposes(input.picture);
  const latest = (platform: AppId) => input.published.findLast((p) => p.platform === platform && visibleToAnyone(p, s));
  const results: SearchResult[] = [];

  if (s.hearth_search_engines === true) {
    const post = latest('hearth');
    const futurePublic = s.hearth_future_posts === 'public';
    results.push({
      source: 'hearth',
      title: `${name} | ${PLATFORMS.hearth.name}`,
      snippet: post ? `Public post: “${clip(post.text)}”` : futurePublic ? 'Posts: public. Anyone can read what you share.' : 'Name and profile picture.',
      exposes: [...picture, ...(post ? ['a public post'] : futurePublic ? ['your future posts'] : [])],
    });
  }

  const shoutPost = latest('shout');
  results.push(
    s.shout_protected === true
      ? {
          source: 'shout',
          title: `${name} on ${PLATFORMS.shout.name}`,
          snippet: 'These posts are protected. Only approved followers can see them.',
          exposes: picture,
        }
      : {
          source: 'shout',
          title: `${name} on ${PLATFORMS.shout.name}`,
          snippet: shoutPost ? `“${clip(shoutPost.text)}”` : 'Posts and replies, visible to everyone.',
          exposes: [...picture, 'your posts and replies'],
        },
  );

  results.push(
    s.lens_private === true
      ? { source: 'lens', title: `${name} · ${PLATFORMS.lens.name}`, snippet: 'This account is private.', exposes: picture }
      : {
          source: 'lens',
          title: `${name} · ${PLATFORMS.lens.name}`,
          snippet: 'Photos and stories, visible to everyone.',
          exposes: [...picture, 'your photos'],
        },
  );

  if (s.guild_public_profile === true) {
    const where = input.employer ? ` at ${input.employer}` : '';
    results.push({
      source: 'guild',
      title: `${name} – Social worker${where} | ${PLATFORMS.guild.name}`,
      snippet: s.guild_connections_visible === 'connections' ? 'Experience, education and connections.' : 'Experience and education.',
      exposes: ['your job', ...(input.employer ? ['where you work'] : []), ...(s.guild_connections_visible === 'connections' ? ['who you work with'] : [])],
    });
  }
  return results;
}

/** The label of an audience value on an app, for the feed and the text log. */
export function audienceLabel(platform: AppId, value: string): string {
  return AUDIENCES[platform].find((a) => a.value === value)?.label.replace(/ \(.*\)$/, '') ?? value;
}
