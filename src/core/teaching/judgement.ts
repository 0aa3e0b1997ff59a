/**
 * The before-and-after judgement check: answers kept on this device (one key, read strictly), scored
 * against the items in src/content/judgement.ts. Framework-free; the view asks and shows the change.
 */
import type { KeyValueStore } from '../app/storage.ts';
import { isRecord } from '../guards.ts';
import { JUDGEMENT_AFTER, JUDGEMENT_BEFORE, type JudgementItem } from '../../content/judgement.ts';

export { JUDGEMENT_AFTER, JUDGEMENT_BEFORE } from '../../content/judgement.ts';
export type { JudgementItem } from '../../content/judgement.ts';

export const JUDGEMENT_KEY = 'public-profile:judgement';

/** Item id → the learner's answer: a good call (true) or not (false). */
export type Answers = Readonly<Record<string, boolean>>;

export interface JudgementState {
  /** Answered before the first scenario; 'skipped' when the learner chose not to. */
  before: Answers | 'skipped' | undefined;
  after: Answers | undefined;
}

const readAnswers = (v: unknown, items: readonly JudgementItem[]): Answers | undefined => {
  if (!isRecord(v)) return undefined;
  const out: Record<string, boolean> = {};
  for (const item of items) {
    const answer = v[item.id];
    if (typeof answer === 'boolean') out[item.id] = answer;
  }
  return out;
};

export function decodeJudgement(raw: string | null): JudgementState {
  if (raw === null) return { before: undefined, after: undefined };
  try {
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data)) return { before: undefined, after: undefined };
    return {
      before: data.before === 'skipped' ? 'skipped' : readAnswers(data.before, JUDGEMENT_BEFORE),
      after: readAnswers(data.after, JUDGEMENT_AFTER),
    };
  } catch {
    return { before: undefined, after: undefined };
  }
}

/** How many of the items answered as the item says. */
export function score(answers: Answers, items: readonly JudgementItem[]): { right: number; of: number } {
  return { right: items.filter((i) => answers[i.id] === i.good).length, of: items.length };
}

/** Both sets answered: the change, in a sentence's parts. */
export function judgementChange(state: JudgementState): { before: { right: number; of: number }; after: { right: number; of: number } } | undefined {
  if (!state.before || state.before === 'skipped' || !state.after) return undefined;
  return { before: score(state.before, JUDGEMENT_BEFORE), after: score(state.after, JUDGEMENT_AFTER) };
}

export class JudgementStore {
  constructor(private readonly kv: KeyValueStore) {}

  get(): JudgementState {
    try {
      return decodeJudgement(this.kv.get(JUDGEMENT_KEY));
    } catch {
      return { before: undefined, after: undefined };
    }
  }

  set(change: Partial<JudgementState>): void {
    const next = { ...this.get(), ...change };
    try {
      this.kv.set(JUDGEMENT_KEY, JSON.stringify(next));
    } catch {
      // Blocked storage: the check is optional; this visit simply forgets it.
    }
  }
}
