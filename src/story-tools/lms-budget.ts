/**
 * How much a learning platform must hold, measured: each scenario's play-through with the most to save (the
 * walker's `longestPath`), replayed through the game's own Session with the longest post the composer
 * allows, then written as the game writes it — the browser's save, and the LMS record for one scenario and
 * for the whole game at once (every scenario finished and kept, one open). For `npm run bench` and the
 * content tests, which hold it to the specs' limits.
 */
import type { Story } from 'inkjs/full';
import { encodeRecord, forLms, type LmsRecord } from '../core/lms/lms-record.ts';
import { LIMITS } from '../core/lms/scorm.ts';
import { MAX_POST_CHARS } from '../core/phone/pieces.ts';
import { encodeSave, MAX_SAVE_CHARS, type SaveData } from '../core/story/save.ts';
import { Session, type ScenarioMeta } from '../core/story/session.ts';
// The walker also loads the post checker, which replaying a post needs.
import type { WalkResult } from './story-walk.ts';
import { checkStory, findStories } from './stories.ts';
import { warmWalkCache } from './walk-warm.ts';

/** The longest post the composer takes, made of words (a checker's worst case too). */
export const LONGEST_POST = 'Long day at court for the family. '.repeat(Math.ceil(MAX_POST_CHARS / 34)).slice(0, MAX_POST_CHARS);

export interface ScenarioBudget {
  id: string;
  choices: number;
  /** The save in this browser, as text (the limit there is MAX_SAVE_CHARS). */
  browserSave: number;
  /** The LMS record holding this scenario alone, in progress at its last choice. */
  record: number;
  save: SaveData;
}

/** Replays the longest path with the longest post, finished and (one step short) in progress with a draft. */
export function scenarioBudget(story: Story, meta: ScenarioMeta, walk: WalkResult): ScenarioBudget {
  const inputs = Object.fromEntries(
    Object.entries(walk.longestPath.inputs).map(([step, values]) => [step, 'post_text' in values ? { ...values, post_text: LONGEST_POST } : values]),
  );
  story.ResetState();
  const session = Session.start(story, meta, { choices: walk.longestPath.choices, inputs });
  const save = session.toSave();
  const browserSave = encodeSave({ ...save, draft: { post_text: LONGEST_POST } }).length;
  const record = encodeRecord({ active: meta.id, done: {}, saves: { [meta.id]: forLms(save) } }, Number.POSITIVE_INFINITY)!.text.length;
  return { id: meta.id, choices: save.choices.length, browserSave, record, save };
}

/** The whole game's record at its fullest: every scenario finished with a score, the last one still open. */
export function wholeGameRecord(budgets: readonly ScenarioBudget[]): { chars: number; leftOut: string[]; fits12: boolean } {
  const record: LmsRecord = { done: {}, saves: {} };
  budgets.forEach((b, i) => {
    const open = i === budgets.length - 1;
    record.saves[b.id] = forLms(open ? { ...b.save, finished: undefined } : { ...b.save, finished: true });
    if (!open) record.done[b.id] = 100;
  });
  record.active = budgets.at(-1)?.id;
  const unlimited = encodeRecord(record, Number.POSITIVE_INFINITY)!;
  const fitted = encodeRecord(record, LIMITS['1.2'].suspendData);
  return { chars: unlimited.text.length, leftOut: fitted?.leftOut ?? budgets.map((b) => b.id), fits12: fitted !== undefined };
}

/** Every story in `dir`, measured (walks from the walk cache when they are there). Node only. */
export async function measureLmsBudget(dir: string): Promise<{
  limits: { scorm12: number; scorm2004: number; browserSave: number };
  scenarios: Omit<ScenarioBudget, 'save'>[];
  wholeGame: ReturnType<typeof wholeGameRecord>;
}> {
  const files = findStories(dir);
  const { compiled } = await warmWalkCache(files);
  const budgets = files.map((file) => {
    const check = checkStory(file, { cache: true, compiled: compiled.get(file) });
    if (!check.compile.story || !check.meta || !check.walk) throw new Error(`${file} did not compile`);
    return scenarioBudget(check.compile.story, check.meta, check.walk);
  });
  return {
    limits: { scorm12: LIMITS['1.2'].suspendData, scorm2004: LIMITS['2004'].suspendData, browserSave: MAX_SAVE_CHARS },
    scenarios: budgets.map(({ save: _save, ...figures }) => figures),
    wholeGame: wholeGameRecord(budgets),
  };
}
