/**
 * The words for every phone event, as the text panel and the projector show them: nothing that happens on
 * the drawn phone is only in the graphics.
 */
import { PLATFORMS } from '../../content/platforms.ts';
import type { PhoneCue } from './phone.ts';
import { isAppId, PLATFORM_SETTINGS, pictureLabel, type FormValues, type PieceForm } from './pieces.ts';
import { audienceLabel } from './search.ts';

export const appName = (id: string): string => (isAppId(id) ? PLATFORMS[id].name : id);
const quote = (text: string): string => `“${text}”`;

function describeSubmit(forms: readonly PieceForm[], values: FormValues): string | undefined {
  const parts: string[] = [];
  for (const form of forms) {
    if (form.kind === 'settings') {
      const set = PLATFORM_SETTINGS[form.platform].map((c) => {
        const v = values[c.variable];
        const shown = c.kind === 'switch' ? (v ? 'on' : 'off') : (c.options?.find((o) => o.value === v)?.label ?? String(v));
        return c.label.endsWith('?') ? `${c.label} ${shown}` : `${c.label}: ${shown}`;
      });
      parts.push(`${appName(form.platform)} settings now: ${set.join('; ')}.`);
    } else if (form.kind === 'pictures') {
      parts.push(`Profile picture: ${pictureLabel(String(values.profile_picture)).toLowerCase()}.`);
    }
  }
  return parts.length ? parts.join(' ') : undefined;
}

/**
 * Where the words are read: in solo play the phone's forms sit below the story, before the choices; in a
 * group the room reads them on the projector, where there is no "below" (the facilitator fills the form in).
 */
export type CuePlace = 'solo' | 'group';

/** The story log's words for a phone event; undefined for cues that only change the drawing. */
export function describeCue(cue: PhoneCue, place: CuePlace = 'solo'): string | undefined {
  const where = place === 'solo' ? ' (below, before the choices)' : '';
  switch (cue.type) {
    case 'notification':
      return `Notification${cue.platform ? ` from ${appName(cue.platform)}` : ''}: ${cue.text}`;
    case 'request':
      return `${cue.kind === 'friend' ? 'Friend request' : cue.kind === 'follow' ? 'Follow request' : 'Connection request'} from ${cue.name}`;
    case 'request-outcome':
      return `Request ${cue.outcome}`;
    case 'message':
      return `Message from ${cue.from}: ${quote(cue.text)}`;
    case 'reply':
      return `You sent: ${quote(cue.text)}`;
    case 'post':
      return `Post by ${cue.author}: ${quote(cue.text)}`;
    case 'comment':
      return `Comment by ${cue.author}: ${quote(cue.text)}`;
    case 'reactions':
      return `${cue.count} ${cue.count === 1 ? 'reaction' : 'reactions'} on that post`;
    case 'image':
      return `Photo in that post: ${cue.description}`;
    case 'tagged':
      return `Tagged in that post: ${cue.names.join(', ')}`;
    case 'checked-in':
      return `That post is checked in at ${cue.place}`;
    case 'screenshot':
      return `A screenshot of ${cue.shot.app ? `a ${appName(cue.shot.app)} post` : 'a post'} by ${cue.shot.author}: ${quote(cue.shot.text)}`;
    case 'profile':
      return `Profile page: ${cue.name === 'me' ? 'yours' : cue.name}`;
    case 'detail':
      return `On the profile: ${cue.text}`;
    case 'pictures':
      return `Choose a profile picture${where}`;
    case 'settings':
      return `${appName(cue.platform)} privacy settings are open${where}`;
    case 'search': {
      const results = cue.results ?? [];
      const list = results.map((r) => `${r.title}: ${r.snippet}${r.exposes.length ? ` (shows ${r.exposes.join(', ')})` : ''}`);
      return `Web search for ${quote(cue.query)}: ${results.length === 0 ? 'nothing about you on the open web.' : `${results.length} result${results.length === 1 ? '' : 's'}. ${list.join(' · ')}`}`;
    }
    case 'search-result':
      return `Search result: ${cue.title}: ${cue.snippet}`;
    case 'hate-page':
      return `A page called ${quote(cue.name)}`;
    case 'composer':
      return `The ${appName(cue.platform)} post composer is open${where}`;
    case 'publish':
      return cue.post
        ? `You posted on ${appName(cue.post.platform)} (${audienceLabel(cue.post.platform, cue.post.audience)}): ${cue.post.text ? quote(cue.post.text) : 'an empty post'}${cue.post.photo ? `, with a photo: ${cue.post.photo.label}` : ''}${cue.post.checkIn ? `, checked in at ${cue.post.checkIn}` : ''}`
        : undefined;
    case 'submit':
      return cue.forms ? describeSubmit(cue.forms, cue.values) : undefined;
    default:
      return undefined;
  }
}
