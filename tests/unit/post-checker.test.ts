/** The post checker loads on its own: until it has, a post cannot be published, and nothing is lost. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { analysePost } from '../../src/core/post-check/analyser.ts';
import { postCheckerLoaded, postCheckerReady, providePostChecker } from '../../src/core/post-check/checker.ts';
import { Session, StoryError, type ScenarioMeta } from '../../src/core/story/session.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/pieces/phone-pieces.ink');
const meta: ScenarioMeta = { id: 'phone-pieces', title: 'Pieces', summary: '', minutes: undefined, order: undefined, contentNotes: [], fingerprint: 'f' };

describe('the post checker, loaded separately', () => {
  it('before it loads, taking a choice at the composer fails cleanly and records nothing; after, it works', async () => {
    const json = compileInk(FIXTURE, readFileSync(FIXTURE, 'utf8')).json!;
    const s = Session.start(new Story(json), meta);
    for (let i = 0; i < 9; i++) s.choose(0); // to the composer (no post checked on the way)
    expect(s.snapshot().phone.forms[0]).toMatchObject({ kind: 'composer' });
    s.updateForm({ post_text: 'Lovely walk today' });
    expect(postCheckerReady()).toBe(false);
    expect(() => s.choose(0)).toThrow(StoryError);
    expect(s.choicesMade).toHaveLength(9);
    expect(s.snapshot().phone.form.post_text).toBe('Lovely walk today'); // the draft is kept

    providePostChecker(analysePost);
    await postCheckerLoaded;
    s.choose(0);
    expect(s.choicesMade).toHaveLength(10);
    expect(s.snapshot().transcript.at(-2)).toMatchObject({ kind: 'line', text: expect.stringMatching(/Posted to public with 0 flags/) });
  });

  it('the build marks a story that has a composer, so the game loads the checker before it starts', async () => {
    const { checkStory } = await import('../../src/story-tools/stories.ts');
    expect(checkStory(FIXTURE, { walk: false }).meta?.usesComposer).toBe(true);
    expect(checkStory(path.resolve(import.meta.dirname, '../../stories/the-request.ink'), { walk: false }).meta?.usesComposer).toBeUndefined();
  });
});
