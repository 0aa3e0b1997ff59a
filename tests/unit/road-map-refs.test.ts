/**
 * The map of the road not taken refers to the story's own words (src/core/teaching/road-map-refs.ts, written
 * by src/story-tools/road-map-refs.ts): references are found only where they resolve exactly, and resolve
 * back to the map they replaced. Every shipped story's map is checked whole in tests/content/stories.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileInk } from '../../src/story-tools/ink-compile.ts';
import { inkTexts, resolveRoadMapRefs, resolveText } from '../../src/core/teaching/road-map-refs.ts';
import { asRoadMap, type RoadMap } from '../../src/core/teaching/road-map.ts';
import { mapWithRefs, textFinder } from '../../src/story-tools/road-map-refs.ts';

const SOURCE = `
#discuss: Who will see it?
Your post is ready.
* [Post it   now #hcpc: 3 risk]
  Everyone saw it, {who}. #feedback
* [Wait #hcpc: 3 upheld]
  Waiting costs   nothing. #feedback
- -> END
VAR who = "Sam"
`;
const compiled = compileInk('/virtual/refs.ink', SOURCE);
const json: unknown = JSON.parse(compiled.json!);
const texts = inkTexts(json);

describe('inkTexts', () => {
  it('lists the compiled story’s text entries in document order, without the caret', () => {
    expect(texts).toContain('Your post is ready.');
    expect(texts.indexOf('discuss: Who will see it?')).toBeLessThan(texts.indexOf('Your post is ready.'));
    expect(texts.indexOf('Your post is ready.')).toBeLessThan(texts.findIndex((t) => t.startsWith('Waiting')));
    expect(texts.every((t) => !t.startsWith('^'))).toBe(true);
  });

  it('reads named content (an object’s values) as well as lists, and skips other strings', () => {
    expect(inkTexts({ root: ['^a', 'ev', { x: ['^b', { y: '^c' }], '#f': 5 }, null] })).toEqual(['a', 'b', 'c']);
  });

  it('is not changed by running the story (the loader may resolve the map after the story is made)', () => {
    const data: unknown = JSON.parse(compiled.json!);
    const story = new Story(data as Record<string, unknown>);
    while (story.canContinue) story.Continue();
    story.ChooseChoiceIndex(0);
    while (story.canContinue) story.Continue();
    expect(inkTexts(data)).toEqual(texts);
  });
});

describe('resolveText', () => {
  const list = ['  Hello   there ', 'discuss: Why?', 'Part one, ', 'part two.'];

  it('resolves an index, and a run of entries less a prefix, as ink prints a line', () => {
    expect(resolveText(0, list)).toBe('Hello there');
    expect(resolveText([1, 1, 9], list)).toBe('Why?');
    expect(resolveText([2, 2, 0], list)).toBe('Part one, part two.');
    expect(resolveText('as written', list)).toBe('as written');
  });

  it('gives nothing for a malformed reference', () => {
    for (const bad of [4, -1, 1.5, [3, 2, 0], [0, 0, 0], [0, 1], [0, 1, -1], ['0', 1, 0], null, {}]) expect(resolveText(bad, list)).toBeUndefined();
  });
});

describe('textFinder', () => {
  const find = textFinder(texts);

  it('refers to a single entry, or to a run of entries less a prefix (a tag’s key)', () => {
    expect(find('Your post is ready.')).toBe(texts.indexOf('Your post is ready.'));
    const discuss = find('Who will see it?');
    expect(Array.isArray(discuss)).toBe(true);
    expect(resolveText(discuss, texts)).toBe('Who will see it?');
  });

  it('normalises spaces only where ink would: the found reference prints the exact string', () => {
    expect(typeof find('Waiting costs nothing.')).toBe('number');
    expect(typeof find('Post it now')).toBe('number');
  });

  it('keeps a string written out when no run of entries prints exactly it (never a near miss)', () => {
    // "Sam" comes from a variable: no text entry holds it.
    expect(find('Everyone saw it, Sam.')).toBe('Everyone saw it, Sam.');
    expect(find('Your post is ready')).toBe('Your post is ready');
    expect(find('Your post is ready. Extra')).toBe('Your post is ready. Extra');
  });
});

describe('mapWithRefs and resolveRoadMapRefs', () => {
  const map: RoadMap = [
    {
      id: 'point.0',
      discuss: 'Who will see it?',
      options: [
        { text: 'Post it now', impacts: [{ standard: 3, impact: 'risk' }], feedback: ['Everyone saw it, Sam.'], endings: [] },
        { text: 'Wait', impacts: [{ standard: 3, impact: 'upheld' }], feedback: ['Waiting costs nothing.'], endings: ['no-concerns'] },
      ],
    },
    { id: 'point.1', discuss: undefined, options: [{ text: 'Your post is ready.', impacts: [], feedback: [], endings: [] }] },
  ];
  // As it ships: through JSON, which leaves out an undefined discuss.
  const shipped: unknown = JSON.parse(JSON.stringify(mapWithRefs(map, texts)));

  it('round-trips: the shipped map resolves to the map it was made from', () => {
    expect(asRoadMap(resolveRoadMapRefs(shipped, texts))).toStrictEqual(JSON.parse(JSON.stringify(map)));
  });

  it('ships references in place of the words found', () => {
    const [first] = shipped as { discuss: unknown; options: { text: unknown; feedback: unknown[] }[] }[];
    expect(first!.discuss).not.toBe('Who will see it?');
    expect(typeof first!.options[1]!.text).toBe('number');
    expect(typeof first!.options[1]!.feedback[0]).toBe('number');
    expect(first!.options[0]!.feedback[0]).toBe('Everyone saw it, Sam.');
  });

  it('resolves against the wrong story’s words to something else: the references are what the map holds', () => {
    const other = texts.map((t) => `${t}!`);
    expect(asRoadMap(resolveRoadMapRefs(shipped, other))).not.toStrictEqual(JSON.parse(JSON.stringify(map)));
  });

  it('leaves a reference that resolves to nothing as it is, so the checked map drops its option', () => {
    const broken = [
      {
        id: 'p',
        options: [
          { text: 999, impacts: [], feedback: [], endings: [] },
          { text: 'ok', impacts: [], feedback: [0], endings: [] },
        ],
      },
    ];
    const resolved = resolveRoadMapRefs(broken, ['Fine.']) as { options: unknown[] }[];
    expect(resolved[0]!.options[0]).toMatchObject({ text: 999 });
    // asRoadMap checks each point whole: a point with a malformed option is left out.
    expect(asRoadMap(resolved)).toEqual([]);
    expect(asRoadMap(resolveRoadMapRefs([{ id: 'p', options: [broken[0]!.options[1]] }], ['Fine.']))).toEqual([
      { id: 'p', options: [{ text: 'ok', impacts: [], feedback: ['Fine.'], endings: [] }] },
    ]);
  });
});
