/**
 * "The road not taken": what another option would have led to, found by playing it on a fresh copy of the
 * story (never by hand-written duplicates). The decisions so far are replayed silently, then the other
 * option is taken, and we read what it produced up to the next choice point.
 *
 * `before` is the session's replay at the choice point (`Session.replayHere`): the choices so far and the
 * form values entered, including any at this choice point, so the other option sees the same settings or post.
 */
import { SUPPORT } from '../../content/teaching.ts';
import type { Para } from './model.ts';
import type { PhoneCue } from '../phone/phone.ts';
import { Session, type Replay, type ScenarioMeta, type TranscriptEntry } from '../story/session.ts';
import type { InkStoryLike } from '../story/story-runner.ts';
import type { EndingValue, StandardImpact } from '../story/tag-specs.ts';

export interface RoadOutcome {
  /** The option (0-based position among the choices offered). */
  option: number;
  text: string;
  impacts: StandardImpact[];
  /** What happened straight after the option: its consequence and the feedback that explains it. */
  paras: Para[];
  feedback: string[];
  /** Set when the option would have ended the scenario. */
  ending: EndingValue | undefined;
}

export type CueDescriber = (cue: PhoneCue) => string | undefined;

/** Story transcript entries → paragraphs for the projector (the phone's events in words). */
/** Where to get help, in one line for the projector. */
export const SUPPORT_IN_BRIEF = `Support: ${SUPPORT.map((s) => s.who.charAt(0).toLowerCase() + s.who.slice(1)).join('; ')}.`;

export function toParas(entries: readonly TranscriptEntry[], describe: CueDescriber): Para[] {
  const paras: Para[] = [];
  for (const e of entries) {
    if (e.kind === 'line') {
      if (e.contentNote) paras.push({ kind: 'note', text: e.contentNote });
      if (e.text) paras.push({ kind: e.feedback ? 'feedback' : 'text', text: e.text });
      if (e.support) paras.push({ kind: 'support', text: SUPPORT_IN_BRIEF });
    } else if (e.kind === 'phone') {
      const text = describe(e.cue);
      if (text) paras.push({ kind: 'phone', text });
    }
  }
  return paras;
}

/**
 * After a choice the story tells its consequence, explains it (#feedback), then moves on to the next scene.
 * The consequence is everything up to the last feedback line; the rest belongs to the next scene. With no
 * feedback at all, there is no separate consequence.
 */
export function splitReveal(paras: readonly Para[]): { reveal: Para[]; rest: Para[] } {
  const last = paras.findLastIndex((p) => p.kind === 'feedback');
  if (last < 0) return { reveal: [], rest: paras.slice() };
  // Phone events straight after the last feedback still belong to the consequence.
  let end = last + 1;
  while (end < paras.length && paras[end]!.kind === 'phone') end++;
  return { reveal: paras.slice(0, end), rest: paras.slice(end) };
}

export async function roadNotTaken(
  load: () => Promise<InkStoryLike>,
  meta: ScenarioMeta,
  before: Replay,
  option: number,
  describe: CueDescriber,
): Promise<RoadOutcome> {
  const story = await load();
  const session = Session.start(story, meta, { choices: [...before.choices, option], inputs: before.inputs ?? {} });
  const snap = session.snapshot();
  let lastChoice = -1;
  snap.transcript.forEach((e, i) => {
    if (e.kind === 'choice') lastChoice = i;
  });
  const decision = snap.ledger.decisions[snap.ledger.decisions.length - 1];
  const paras = toParas(snap.transcript.slice(lastChoice + 1), describe);
  const { reveal, rest } = splitReveal(paras);
  return {
    option,
    text: decision?.choiceText ?? '',
    impacts: decision?.impacts ?? [],
    paras: reveal.length > 0 ? reveal : rest,
    feedback: decision?.feedback ?? [],
    ending: snap.finished ? snap.ending : undefined,
  };
}
