/**
 * The simulated phone as plain data. Story tags become cues; a pure reducer folds cues into the phone's
 * state, so any view (a Phaser scene that restarts, a resumed game) can draw the current state at once and
 * animate only the newest cue.
 */
import type { ParsedTag } from './tags.ts';
import { TAG_SPECS, type MessageValue, type PlatformId, type RequestKind, type RequestOutcome, type RequestValue } from './tag-specs.ts';

export type PhoneCue =
  | { type: 'platform'; platform: PlatformId }
  | { type: 'time'; text: string }
  /** `platform` is the app it came from: named as "Lens: ..." in the tag, else the app open at the time. */
  | { type: 'notification'; text: string; platform?: PlatformId | undefined }
  | { type: 'request'; kind: RequestKind; name: string }
  | { type: 'request-outcome'; outcome: RequestOutcome }
  | { type: 'message'; from: string; text: string }
  | { type: 'reply'; text: string };

export interface PhoneMessage {
  from: string;
  text: string;
  mine: boolean;
}

export interface PhoneNotification {
  text: string;
  platform: PlatformId | undefined;
}

export interface PhoneState {
  platform: PlatformId;
  time: string;
  /** Most recent first; only the last few are kept. */
  notifications: PhoneNotification[];
  request: { kind: RequestKind; name: string; outcome: RequestOutcome | 'pending' } | null;
  thread: { with: string; messages: PhoneMessage[] } | null;
}

export const INITIAL_PHONE: PhoneState = {
  platform: 'lock',
  time: '',
  notifications: [],
  request: null,
  thread: null,
};

const MAX_NOTIFICATIONS = 3;
/** The platforms that are apps (not the home or lock screen). */
const APPS: readonly PlatformId[] = ['hearth', 'shout', 'lens', 'guild'];
const MAX_MESSAGES = 12;

/** A table of tag key → cue builder; tags not in it are not phone tags. */
const CUE_BUILDERS: Record<string, (value: unknown) => PhoneCue> = {
  platform: (v) => ({ type: 'platform', platform: v as PlatformId }),
  time: (v) => ({ type: 'time', text: v as string }),
  notification: (v) => {
    const text = v as string;
    const named = /^(hearth|shout|lens|guild)\s*:\s*(.+)$/i.exec(text);
    return named
      ? { type: 'notification', text: named[2]!.trim(), platform: named[1]!.toLowerCase() as PlatformId }
      : { type: 'notification', text, platform: undefined };
  },
  request: (v) => ({ type: 'request', ...(v as RequestValue) }),
  'request-outcome': (v) => ({ type: 'request-outcome', outcome: v as RequestOutcome }),
  message: (v) => ({ type: 'message', ...(v as MessageValue) }),
  reply: (v) => ({ type: 'reply', text: v as string }),
};

export function cuesFromTags(tags: readonly ParsedTag[]): PhoneCue[] {
  const cues: PhoneCue[] = [];
  for (const tag of tags) {
    const build = CUE_BUILDERS[tag.key];
    const read = TAG_SPECS.get(tag.key)?.read(tag);
    if (build && read?.ok) cues.push(build(read.value));
  }
  return cues;
}

export function applyCue(state: PhoneState, cue: PhoneCue): PhoneState {
  switch (cue.type) {
    case 'platform':
      return { ...state, platform: cue.platform };
    case 'time':
      return { ...state, time: cue.text };
    case 'notification': {
      const from = cue.platform ?? (APPS.includes(state.platform) ? state.platform : undefined);
      return { ...state, notifications: [{ text: cue.text, platform: from }, ...state.notifications].slice(0, MAX_NOTIFICATIONS) };
    }
    case 'request':
      return { ...state, request: { kind: cue.kind, name: cue.name, outcome: 'pending' } };
    case 'request-outcome':
      return state.request ? { ...state, request: { ...state.request, outcome: cue.outcome } } : state;
    case 'message': {
      const sameThread = state.thread && state.thread.with === cue.from;
      const messages = sameThread ? state.thread!.messages : [];
      return {
        ...state,
        thread: { with: cue.from, messages: [...messages, { from: cue.from, text: cue.text, mine: false }].slice(-MAX_MESSAGES) },
      };
    }
    case 'reply': {
      const thread = state.thread ?? { with: '', messages: [] };
      return {
        ...state,
        thread: { with: thread.with, messages: [...thread.messages, { from: 'You', text: cue.text, mine: true }].slice(-MAX_MESSAGES) },
      };
    }
  }
}
