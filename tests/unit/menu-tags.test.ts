/** The shipped story JSON leaves out the global tags only the menu's metadata needs (src/story-tools/vite-plugin-ink.ts). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { withoutMenuTags } from '../../src/story-tools/vite-plugin-ink.ts';

const compiled = compileInk(path.resolve('stories/the-request.ink'));
const json = compiled.json!;

/** The text and tags of every line and the choices, taking the first choice each time. */
function play(storyJson: string): { text: string; tags: string[] }[] {
  const story = new Story(storyJson);
  const out: { text: string; tags: string[] }[] = [];
  for (let step = 0; step < 40; step++) {
    while (story.canContinue) out.push({ text: story.Continue() ?? '', tags: [...(story.currentTags ?? [])] });
    if (story.currentChoices.length === 0) break;
    out.push({ text: story.currentChoices.map((c) => c.text).join(' | '), tags: [] });
    story.ChooseChoiceIndex(0);
  }
  return out;
}

const menuOnly = (tag: string) => /^(title|summary|minutes|order|reflect):/.test(tag);

describe('withoutMenuTags', () => {
  const shipped = withoutMenuTags(json);

  it('drops the title, summary, minutes, order and reflection prompts, and keeps the story’s other global tags', () => {
    const before = new Story(json).globalTags ?? [];
    const after = new Story(shipped).globalTags ?? [];
    expect(before.some(menuOnly)).toBe(true);
    expect(after).toEqual(before.filter((t) => !menuOnly(t)));
    expect(after.some((t) => t.startsWith('player:'))).toBe(true);
    expect(shipped.length).toBeLessThan(json.length);
  });

  it('changes nothing else: the same lines, tags and choices all the way through', () => {
    const before = play(json).map(({ text, tags }) => ({ text, tags: tags.filter((t) => !menuOnly(t)) }));
    expect(play(shipped)).toEqual(before);
  });

  it('leaves a story without such tags as it is', () => {
    expect(withoutMenuTags(shipped)).toBe(shipped);
    expect(withoutMenuTags('{"inkVersion":21,"root":[["^Hi","\\n",["done",null],null],"done",null]}')).toBe(
      '{"inkVersion":21,"root":[["^Hi","\\n",["done",null],null],"done",null]}',
    );
  });
});
