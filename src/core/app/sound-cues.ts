/**
 * Which sound (and which caption) goes with what happens in play. Pure: the app's events in, cue names out.
 * The sound adapter plays them and the captions show them; nothing here knows about Howler or the DOM.
 *
 * Sound never carries information alone: every cue has a caption, and the story log already says in words
 * what happened (the phone event, the feedback on a choice).
 */
import type { AppEvents } from './app.ts';
import type { Emitter, Unsubscribe } from '../events.ts';
import type { Decision, Ledger } from '../teaching/ledger.ts';
import type { PhoneCue } from '../phone/phone.ts';
import { SOUND_COPY } from '../../content/copy/sound.ts';

export const SOUND_CUE_NAMES = ['notification', 'message', 'request', 'send', 'feedback', 'positive', 'negative'] as const;
export type SoundCueName = (typeof SOUND_CUE_NAMES)[number];

/** The caption shown whenever a cue plays (or would have played, with the sound off); the words are in src/content/copy/sound.ts. */
export const SOUND_CAPTIONS: Readonly<Record<SoundCueName, string>> = SOUND_COPY.captions;

/** The phone cues that make a sound; the others (platform, time, a request's outcome) are silent. */
export function cueForPhone(cue: PhoneCue): SoundCueName | undefined {
  switch (cue.type) {
    case 'notification':
      return 'notification';
    case 'message':
      return 'message';
    case 'request':
      return 'request';
    case 'reply':
    case 'publish':
      return 'send';
    default:
      return undefined;
  }
}

/** A decision that put any standard at risk or breached it → negative; one that upheld standards → positive; none → silent. */
export function cueForDecision(decision: Pick<Decision, 'impacts'>): SoundCueName | undefined {
  if (decision.impacts.length === 0) return undefined;
  return decision.impacts.some((i) => i.impact !== 'upheld') ? 'negative' : 'positive';
}

export interface ScheduledCue {
  name: SoundCueName;
  caption: string;
  /** Milliseconds after the first cue of the batch. */
  delay: number;
}

/** Gap between cues that arrive together, so each one can be told apart. */
export const CUE_SPACING_MS = 450;
/** At most this many cues for one choice: a burst of sounds is noise, not information. */
export const MAX_CUES_PER_BATCH = 3;

/** The cues about the player's own choice: the neutral feedback cue and the two verdict chimes. */
const isConsequence = (n: SoundCueName) => n === 'feedback' || n === 'positive' || n === 'negative';

/**
 * Cues raised by one choice arrive together (a reply sent, a message back, the consequence). Play them in
 * order, spaced out, each kind once, and at most MAX_CUES_PER_BATCH: the consequence always keeps its
 * place, as it is the one about the player's own choice.
 */
export function scheduleCues(names: readonly SoundCueName[]): ScheduledCue[] {
  const unique = [...new Set(names)];
  const consequence = unique.filter(isConsequence).slice(-1);
  const phone = unique.filter((n) => !isConsequence(n)).slice(0, MAX_CUES_PER_BATCH - consequence.length);
  return [...phone, ...consequence].map((name, i) => ({ name, caption: SOUND_CAPTIONS[name], delay: i * CUE_SPACING_MS }));
}

/**
 * Follows the app's events and reports every cue to `onCue` as it arrives: phone cues as they happen, and
 * for each new decision the neutral `feedback` cue, never its verdict. The verdict chime (positive or
 * negative) is held until the learner has had the feedback in front of them and moves on: the view calls
 * `moveOn()` on the learner's next gesture after the feedback cue has played, and only then is the held
 * verdict reported (once). A sound must not give away the verdict before the words explaining it are read.
 * A new screen, or the next choice taken before that, drops a held verdict (the words still say it).
 */
const seen = (ledger: Ledger): number => ledger.decisions.length;

export interface SoundCueWatch {
  /** Stop listening. */
  stop: Unsubscribe;
  /** The learner has moved on from the feedback now on screen: report its held verdict, if any (once). */
  moveOn(): void;
  /** Whether a verdict is waiting for the learner to move on. */
  readonly holding: boolean;
}

export function watchSoundCues(events: Emitter<AppEvents>, onCue: (name: SoundCueName) => void): SoundCueWatch {
  let decisions = -1;
  let held: SoundCueName | undefined;
  const handles = [
    events.on('app/screen', (screen) => {
      // A new screen (a new or resumed session) sets the baseline: replayed decisions make no sound.
      decisions = screen.name === 'play' ? seen(screen.snapshot.ledger) : -1;
      held = undefined;
    }),
    events.on('story/entry', ({ entry }) => {
      // The phone events the log tells; cues only drawn (platform, time...) never make a sound.
      const name = entry.kind === 'phone' ? cueForPhone(entry.cue) : undefined;
      if (name) onCue(name);
    }),
    events.on('ledger/changed', ({ ledger }) => {
      const count = seen(ledger);
      const grew = decisions >= 0 && count > decisions;
      decisions = count;
      const last = ledger.decisions[count - 1];
      if (!grew || !last) return;
      // A verdict still held from the choice before is dropped: the learner has moved past it unheard.
      held = cueForDecision(last);
      if (held) onCue('feedback');
    }),
  ];
  return {
    stop: () => handles.forEach((h) => h()),
    moveOn: () => {
      const verdict = held;
      held = undefined;
      if (verdict) onCue(verdict);
    },
    get holding() {
      return held !== undefined;
    },
  };
}
