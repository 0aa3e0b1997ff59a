/**
 * What a learning platform must hold never exceeds what the specs allow: every story's play-through with the
 * most to save, with the longest post the composer allows, replayed through the game's Session and written
 * as the game writes it. SCORM 1.2 gives `cmi.suspend_data` 4,096 characters; the whole game — every
 * scenario finished and kept, one open — must fit in that without leaving anything out.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStories, checkStory } from '../../src/story-tools/stories.ts';
import { warmWalkCache } from '../../src/story-tools/walk-warm.ts';
import { LONGEST_POST, scenarioBudget, wholeGameRecord, type ScenarioBudget } from '../../src/story-tools/lms-budget.ts';
import { LIMITS } from '../../src/core/lms/scorm.ts';
import { MAX_SAVE_CHARS } from '../../src/core/story/save.ts';
import { decodeRecord, encodeRecord, forLms } from '../../src/core/lms/lms-record.ts';
import { Session } from '../../src/core/story/session.ts';

const root = path.resolve(import.meta.dirname, '../..');
const files = findStories(path.join(root, 'stories'));
const { compiled } = await warmWalkCache(files);

const checks = files.map((file) => checkStory(file, { cache: true, compiled: compiled.get(file) }));
const budgets: ScenarioBudget[] = checks.map((check) => {
  if (!check.compile.story || !check.meta || !check.walk) throw new Error(`${check.file} did not compile`);
  return scenarioBudget(check.compile.story, check.meta, check.walk);
});

describe('the learning platform’s limits, on the longest path of every scenario', () => {
  it.each(budgets.map((b) => [b.id, b] as const))('%s: its save and its LMS record fit, and the record reads back the same', (_id, budget) => {
    expect(budget.choices).toBeGreaterThan(3);
    expect(budget.browserSave).toBeLessThanOrEqual(MAX_SAVE_CHARS);
    expect(budget.record).toBeLessThanOrEqual(LIMITS['1.2'].suspendData);
    const text = encodeRecord({ active: budget.id, done: {}, saves: { [budget.id]: forLms(budget.save) } }, LIMITS['1.2'].suspendData)!.text;
    expect(text).not.toContain(LONGEST_POST.slice(0, 40));
    const back = decodeRecord(text).record.saves[budget.id]!;
    expect(back.choices).toEqual(budget.save.choices);
    expect(back.verdicts ?? {}).toEqual(budget.save.verdicts ?? {});
    // On a device without the post's words, the record alone replays the same play-through: the checker's
    // verdict stands in for the words, so every decision and the ending are the same.
    const check = checks.find((c) => c.meta?.id === budget.id)!;
    const story = check.compile.story!;
    story.ResetState();
    const original = Session.start(story, check.meta!, {
      choices: budget.save.choices,
      inputs: budget.save.inputs ?? {},
    }).snapshot();
    story.ResetState();
    const resumed = Session.start(story, check.meta!, {
      choices: back.choices,
      inputs: back.inputs ?? {},
      verdicts: back.verdicts ?? {},
    }).snapshot();
    expect(resumed.ledger).toEqual(original.ledger);
    expect(resumed.ending).toEqual(original.ending);
  });

  it('the whole game at its fullest fits SCORM 1.2’s 4,096 characters with nothing left out', () => {
    const whole = wholeGameRecord(budgets);
    expect(whole.fits12).toBe(true);
    expect(whole.leftOut).toEqual([]);
    expect(whole.chars).toBeLessThanOrEqual(LIMITS['1.2'].suspendData);
  });
});
