/**
 * Content is checked like code: every story in stories/ compiles, lints clean against the tag reference,
 * and is walked exhaustively (every choice from every reachable state) with no dead end, no path without
 * an ending and no runtime error. The counts are printed for the record. The walks come from the shared
 * walk cache when the story and the walker are unchanged (the walker's own tests, in lint.test.ts and
 * coverage.test.ts, walk for real). The shipped scenarios, by name, are also held to the teaching brief;
 * a trainer's new story only has to pass the checker (proved at the end with a copy of stories/ plus one).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { toCatalogue } from '../../src/adapters/story-loader.ts';
import { inkPlugin } from '../../src/story-tools/vite-plugin-ink.ts';
import { warmWalkCache } from '../../src/story-tools/walk-warm.ts';
import { formatDiagnostic } from '../../src/story-tools/ink-compile.ts';
import { extractTags } from '../../src/story-tools/ink-lint.ts';
import { checkStory as checkStoryWithCache, findStories, type StoryCheck } from '../../src/story-tools/stories.ts';
import { parseTag, isTagError } from '../../src/core/story/tags.ts';
import { SHIPPED_SCENARIOS, storiesCoverage } from '../../src/story-tools/coverage-report.ts';
import { COVERAGE_ITEMS, MIN_COVERAGE, MIN_OPEN_SHARE } from '../../src/core/teaching/coverage.ts';
import { MAPPED_HCPC_2008 } from '../../src/core/teaching/frameworks.ts';
import type { RoadMap } from '../../src/core/teaching/road-map.ts';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Each story is compiled once for this file, its walk read from the walk cache. Walks not cached yet are
 * done first, side by side in child processes (one per core); anything they miss is walked here.
 */
const { compiled } = await warmWalkCache(findStories(path.join(root, 'stories')));
const checks = new Map<string, StoryCheck>();
function checkStory(file: string): StoryCheck {
  let check = checks.get(file);
  if (!check) checks.set(file, (check = checkStoryWithCache(file, { cache: true, compiled: compiled.get(file) })));
  return check;
}
/** Tests that walk a story themselves: generous, so a busy machine cannot fail them. */
const HEAVY = { timeout: 120_000 };

/** What every story in a folder must pass (a trainer's new one included): the checker, and a menu entry. */
function catalogueChecks(dir: string): void {
  const storyFiles = findStories(dir);
  it('has at least one scenario', () => {
    expect(storyFiles.length).toBeGreaterThan(0);
  });

  describe.each(storyFiles.map((f) => [path.basename(f), f] as const))('%s', (_name, file) => {
    const check = checkStory(file);
    const source = readFileSync(file, 'utf8');

    it('compiles and lints without errors', () => {
      const errors = check.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, root));
      expect(errors).toEqual([]);
    });

    it('is walked exhaustively: no dead ends, every path ends, every written ending is reachable', () => {
      const walk = check.walk!;
      expect(walk).toBeDefined();
      expect(walk.truncated).toBe(false);
      const reached = new Set(walk.endings.map((e) => `${e.level} ${e.title}`));
      const written = extractTags(source)
        .map((t) => parseTag(t.text))
        .filter((t) => !isTagError(t) && t.key === 'ending')
        .map((t) => (isTagError(t) ? '' : t.value.replace(/\s+/g, ' ')));
      for (const ending of written) expect(reached, `ending "${ending}" is never reached`).toContain(ending);
      if (dir === path.join(root, 'stories'))
        console.log(
          `[walk] ${path.basename(file)}: ${walk.states} choice points, ${walk.choices} choices taken, ` +
            `${walk.paths} complete play-throughs, ${walk.endings.length} endings: ` +
            walk.endings.map((e) => `${e.level} "${e.title}" (${e.arrivals})`).join(', '),
        );
    });

    it('has a title and a summary for the menu', () => {
      expect(check.meta?.title).toBeTruthy();
      expect(check.meta?.summary).toBeTruthy();
    });
  });
}

describe('stories/', () => {
  catalogueChecks(path.join(root, 'stories'));
});

/** A story's map of the road not taken as the game gets it: its chunk (this config's ink plugin) read by the loader. */
async function loadedMap(file: string): Promise<{ loaded: RoadMap; shipped: unknown; walked: unknown }> {
  const check = checkStory(file);
  const story = async (): Promise<{ default: unknown; map?: unknown }> => import(/* @vite-ignore */ file);
  const [entry] = toCatalogue([{ meta: check.meta!, story }]);
  // As the map travelled before it referred to the story's words: through JSON (an undefined discuss left out).
  return { loaded: await entry!.roadMap!(), shipped: (await story()).map, walked: JSON.parse(JSON.stringify(check.walk!.map)) };
}

describe('the map of the road not taken refers to the story’s own words, and loads as the walk made it', () => {
  it.each(findStories(path.join(root, 'stories')).map((f) => [path.basename(f), f] as const))('%s', async (_name, file) => {
    const { loaded, shipped, walked } = await loadedMap(file);
    expect(loaded).toStrictEqual(walked);
    // The words travel once: the shipped map is a fraction of the one written out.
    expect(JSON.stringify(shipped).length).toBeLessThan(JSON.stringify(walked).length / 2);
  });

  it('a new story’s too (tests/fixtures/good)', async () => {
    const { loaded, walked } = await loadedMap(path.join(root, 'tests/fixtures/good/good.ink'));
    expect(loaded).toStrictEqual(walked);
    expect(loaded.length).toBeGreaterThan(0);
  });
});

describe('scenario 1, "The request", meets its brief', () => {
  const file = path.join(root, 'stories', 'the-request.ink');
  const check = checkStory(file);
  const source = readFileSync(file, 'utf8');
  const tags = extractTags(source).map((t) => parseTag(t.text));
  const keyed = (key: string) => tags.filter((t) => !isTagError(t) && t.key === key);

  it('reaches at least three different levels of the ending ladder', () => {
    const levels = new Set(check.walk!.endings.map((e) => e.level));
    expect(levels.size).toBeGreaterThanOrEqual(3);
  });

  it('has at least four decision points on every path', HEAVY, () => {
    // Every complete play-through passes through >= 4 choice points: the walk's shortest path.
    const story = check.compile.story!;
    let shortest = Infinity;
    const visit = (json: string, depth: number): void => {
      story.state.LoadJson(json);
      while (story.canContinue) story.Continue();
      const n = story.currentChoices.length;
      if (n === 0) {
        shortest = Math.min(shortest, depth);
        return;
      }
      if (depth >= shortest) return;
      const here = story.state.ToJson();
      for (let i = 0; i < n; i++) {
        story.state.LoadJson(here);
        story.ChooseChoiceIndex(i);
        visit(story.state.ToJson(), depth + 1);
      }
    };
    story.ResetState();
    visit(story.state.ToJson(), 0);
    expect(shortest).toBeGreaterThanOrEqual(4);
  });

  it('scores standards 1, 3 and 13, with upheld, risk and breach all used', () => {
    const values = keyed('hcpc').map((t) => (isTagError(t) ? '' : t.value));
    const standards = new Set(values.map((v) => Number(v.split(/\s+/)[0])));
    for (const n of [1, 3, 13]) expect(standards).toContain(n);
    const impacts = new Set(values.map((v) => v.split(/\s+/)[1] ?? ''));
    expect([...impacts].toSorted()).toEqual(['breach', 'risk', 'upheld']);
  });

  it('explains consequences with #feedback and prompts discussion with #discuss', () => {
    expect(keyed('feedback').length).toBeGreaterThanOrEqual(8);
    expect(keyed('discuss').length).toBeGreaterThanOrEqual(4);
  });

  it('uses the phone: a request card, a message and a notification', () => {
    for (const key of ['request', 'message', 'notification']) expect(keyed(key).length, key).toBeGreaterThan(0);
  });
});

/** The shipped scenarios, by name, are held to the teaching brief (a trainer's new file is not). */
const SHIPPED: readonly string[] = SHIPPED_SCENARIOS;

/** The teaching brief, for the shipped scenarios in a folder, found by name. */
function shippedChecks(dir: string): void {
  it('are all present (other stories may sit beside them)', () => {
    const ids = findStories(dir).map((f) => path.basename(f, '.ink'));
    for (const id of SHIPPED) expect(ids).toContain(id);
  });

  describe.each(SHIPPED.map((id) => [id, path.join(dir, `${id}.ink`)] as const))('%s', (_id, file) => {
    const source = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    })();
    const check = source ? checkStory(file) : undefined;
    const walk = () => check?.walk ?? expect.fail(`${file} is missing or does not compile`);

    it('is long enough for 8 to 15 minutes of play (at least 2,500 words) and says so', () => {
      expect(source.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(2500);
      expect(check?.meta?.minutes).toBeGreaterThanOrEqual(8);
      expect(check?.meta?.minutes).toBeLessThanOrEqual(15);
    });

    it('has at least four decision points on every path, each recording what it covers, with a #discuss prompt', () => {
      const w = walk();
      expect(w.fewestDecisions).toBeGreaterThanOrEqual(4);
      const uncovered = w.decisionPoints.filter((p) => p.covers.length === 0).map((p) => `line ${p.line}: ${p.id}`);
      expect(uncovered, 'decision points without #covers').toEqual([]);
      const prompts = extractTags(source).filter((t) => /^discuss\s*:/.test(t.text)).length;
      expect(prompts).toBeGreaterThanOrEqual(w.decisionPoints.length);
    });

    it('follows every option at a decision point with #feedback', () => {
      expect(walk().missingFeedback).toEqual([]);
    });

    it('reaches at least three levels of the ending ladder', () => {
      expect(new Set(walk().endings.map((e) => e.level)).size).toBeGreaterThanOrEqual(3);
    });

    it('signposts support wherever abuse or a sanction appears', () => {
      const w = walk();
      const severe = w.endings.some((e) => e.level === 'referral' || e.level === 'sanction');
      const needsSupport = w.usesHatePage || severe || /conditions of practice|struck off|suspen/i.test(source);
      expect(!needsSupport || w.usesSupport, 'support signposted where abuse or a sanction appears').toBe(true);
    });

    it('scores only standards the frameworks map (so the debrief can name them in every framework)', () => {
      const numbers = extractTags(source)
        .map((t) => /^(?:hcpc|impact)\s*:\s*(\d+)/.exec(t.text)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number);
      expect(numbers.length).toBeGreaterThan(0);
      expect(numbers.filter((n) => !(MAPPED_HCPC_2008 as readonly number[]).includes(n))).toEqual([]);
    });

    it('offers reflection prompts for the debrief', () => {
      expect(extractTags(source).filter((t) => /^reflect\s*:/.test(t.text)).length).toBeGreaterThanOrEqual(2);
    });
  });

  it(
    `exercise every risk, good-practice point and standard at least ${MIN_COVERAGE} times, with the open option better in at least ${MIN_OPEN_SHARE * 100}% of decisions`,
    HEAVY,
    () => {
      const coverage = storiesCoverage(dir, checkStory, SHIPPED);
      expect(coverage.checks.length).toBe(SHIPPED.length);
      if (dir === path.join(root, 'stories')) console.log(`[coverage]\n${coverage.text}`);
      expect(coverage.report.short.map((i) => i.slug)).toEqual([]);
      for (const item of COVERAGE_ITEMS) expect(coverage.report.totals.get(item.slug), item.slug).toBeGreaterThanOrEqual(MIN_COVERAGE);
      expect(coverage.report.openBetter / coverage.report.decisionPoints).toBeGreaterThanOrEqual(MIN_OPEN_SHARE);
    },
  );
}

describe('the shipped scenarios teach what the handout asks', () => {
  shippedChecks(path.join(root, 'stories'));
});

/**
 * The README invites a trainer to drop a new .ink into stories/. A copy of stories/ plus a small valid story
 * (tests/fixtures/good/good.ink, far short of the brief's 2,500 words) passes the same checks: the new story
 * only has to pass the checker, and the shipped scenarios are still found and held to the brief by name.
 */
describe('a new story beside the shipped ones', () => {
  const good = path.join(root, 'tests/fixtures/good/good.ink');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pp-catalogue-'));
  for (const file of findStories(path.join(root, 'stories'))) copyFileSync(file, path.join(dir, path.basename(file)));
  copyFileSync(good, path.join(dir, 'good.ink'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is far short of the teaching brief, so the brief cannot be what it passes', () => {
    expect(readFileSync(good, 'utf8').split(/\s+/).length).toBeLessThan(2500);
  });

  describe('every story passes the checker', () => {
    catalogueChecks(dir);
  });
  describe('the shipped scenarios still teach what the handout asks', () => {
    shippedChecks(dir);
  });

  it('is listed in the menu (virtual:scenarios) with the shipped scenarios, and no story errors', HEAVY, async () => {
    const server = await createServer({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      server: { middlewareMode: true, hmr: false, watch: null },
      plugins: [inkPlugin({ storiesDir: dir })],
    });
    try {
      const code = (await server.transformRequest('virtual:scenarios'))?.code ?? '';
      for (const id of [...SHIPPED, 'good']) expect(code).toContain(`"id":"${id}"`);
      expect(code).toContain('storyErrors = []');
    } finally {
      await server.close();
    }
  });
});
