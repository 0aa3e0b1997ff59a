/**
 * The walk cache (src/story-tools/walk-cache.ts): a cached walk is the walk, a change to the story or to the
 * walker's sources walks again, and a broken story read from the cache still fails with file and line.
 * Every walk here is of a small fixture in a temporary folder, with a cache folder of its own.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/story-tools/ink-compile.ts';
import { checkStory, walkCacheKey } from '../../src/story-tools/stories.ts';
import type { WalkResult } from '../../src/story-tools/story-walk.ts';
import { warmWalkCache } from '../../src/story-tools/walk-warm.ts';
import { hashSources, PROJECT_ROOT, readCachedWalk, WALKER_SOURCES, walkKey, writeCachedWalk } from '../../src/story-tools/walk-cache.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const temp = mkdtempSync(path.join(os.tmpdir(), 'pp-walk-cache-'));
const cache = { dir: path.join(temp, 'cache') };
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.PUBLIC_PROFILE_WALK_CACHE;
});

function copy(from: string, name: string): string {
  const file = path.join(temp, name);
  copyFileSync(from, file);
  return file;
}

/** The cache key of one fixed story walked by `walker`. */
const keyByWalker = (walker: string) => walkKey({ fingerprint: 'f', sources: ['s'], walker });

describe('the walk cache', () => {
  it('returns the same walk as walking, and walks once', () => {
    const file = copy(path.join(fixtures, 'good', 'good.ink'), 'good.ink');
    const walked = checkStory(file);
    const first = checkStory(file, { cache });
    const second = checkStory(file, { cache });
    expect(walked.walkCached).toBe(false);
    expect(first.walkCached).toBe(false);
    expect(second.walkCached).toBe(true);
    expect(second.walk).toEqual(walked.walk);
    expect(second.diagnostics).toEqual(walked.diagnostics);
    expect(second.ok).toBe(true);
  });

  it('walks again when the story changes, even where the compiled story does not (line numbers move)', () => {
    const file = copy(path.join(fixtures, 'good', 'good.ink'), 'moved.ink');
    checkStory(file, { cache });
    expect(checkStory(file, { cache }).walkCached).toBe(true);
    writeFileSync(file, `// a comment moves every line down\n${readFileSync(file, 'utf8')}`);
    expect(checkStory(file, { cache }).walkCached).toBe(false);
    expect(checkStory(file, { cache }).walkCached).toBe(true);
  });

  it('a broken story read from the cache still fails with file and line', () => {
    const file = copy(path.join(fixtures, 'broken', 'no-ending.ink'), 'no-ending.ink');
    const walked = checkStory(file, { cache });
    const cached = checkStory(file, { cache });
    expect(walked.walkCached).toBe(false);
    expect(cached.walkCached).toBe(true);
    expect(cached.ok).toBe(false);
    const errors = cached.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, temp));
    expect(errors).toContainEqual(expect.stringMatching(/^no-ending\.ink:9: error: this path ends without an #ending/));
    expect(cached.diagnostics).toEqual(walked.diagnostics);
  });

  it('is keyed by the walker: another walker hash, another entry', () => {
    expect(keyByWalker('a')).not.toBe(keyByWalker('b'));
    expect(walkKey({ fingerprint: 'f', sources: ['s'], walker: 'a' })).not.toBe(walkKey({ fingerprint: 'g', sources: ['s'], walker: 'a' }));
    expect(walkKey({ fingerprint: 'f', sources: ['s'], walker: 'a' })).not.toBe(walkKey({ fingerprint: 'f', sources: ['t'], walker: 'a' }));
  });

  it("hashes the walker's sources, src/story-tools, src/core and src/content: any change to a file changes the hash", () => {
    expect(WALKER_SOURCES).toEqual(['src/story-tools', 'src/core', 'src/content'].map((dir) => path.join(PROJECT_ROOT, dir)));
    const dir = path.join(temp, 'walker-src');
    mkdirSync(path.join(dir, 'nested'), { recursive: true });
    writeFileSync(path.join(dir, 'nested', 'a.ts'), 'export const a = 1;\n');
    const before = hashSources([dir]);
    expect(hashSources([dir])).toBe(before);
    writeFileSync(path.join(dir, 'nested', 'a.ts'), 'export const a = 2;\n');
    expect(hashSources([dir])).not.toBe(before);
  });

  it('keeps a looping walk’s endless path count', () => {
    const walk: WalkResult = {
      states: 1,
      choices: 1,
      paths: Number.POSITIVE_INFINITY,
      longestPath: { choices: [0], inputs: {} },
      endings: [],
      map: [],
      truncated: false,
      decisionPoints: [],
      missingFeedback: [],
      usesSupport: false,
      usesHatePage: false,
      fewestDecisions: 0,
      diagnostics: [{ file: '/x/loop.ink', line: 3, message: 'dead end', severity: 'error' }],
    };
    writeCachedWalk('loop', '/x/loop.ink', walk, cache.dir);
    expect(readCachedWalk('loop', '/y/loop.ink', cache.dir)).toEqual({ ...walk, diagnostics: [{ ...walk.diagnostics[0], file: '/y/loop.ink' }] });
  });

  it('PUBLIC_PROFILE_WALK_CACHE=0 walks every time', () => {
    const file = copy(path.join(fixtures, 'good', 'good.ink'), 'off.ink');
    checkStory(file, { cache });
    process.env.PUBLIC_PROFILE_WALK_CACHE = '0';
    expect(checkStory(file, { cache }).walkCached).toBe(false);
  });

  // One batch of child processes for all of it (each child loads the walker through Vite, which is most of the time).
  it(
    'warms stories side by side in child processes, each once when two runs start at once, taking over a lock left by a dead process; a broken one still fails with file and line',
    { timeout: 120_000 },
    async () => {
      const dir = { dir: path.join(temp, 'warm-cache') };
      const files = [
        copy(path.join(fixtures, 'good', 'good.ink'), 'warm-good.ink'),
        copy(path.join(fixtures, 'broken', 'no-ending.ink'), 'warm-no-ending.ink'),
      ];
      // A lock on the broken story, left by a process that has gone (no such process id).
      const broken = { source: readFileSync(files[1]!, 'utf8'), compile: checkStory(files[1]!, { walk: false }).compile };
      mkdirSync(dir.dir, { recursive: true });
      writeFileSync(path.join(dir.dir, `${walkCacheKey(broken)}.lock`), '2147483646');

      const [first, second] = await Promise.all([warmWalkCache(files, { ...dir, workers: 2 }), warmWalkCache(files, { ...dir, workers: 2 })]);
      // Walked once between the two runs: the second waited for the first's walks.
      expect([...first.walked, ...second.walked].toSorted()).toEqual([...files].toSorted());
      const [good, bad] = files.map((f) => checkStory(f, { cache: dir, compiled: first.compiled.get(f) }));
      expect(good!.walkCached).toBe(true);
      expect(good!.walk).toEqual(checkStory(files[0]!).walk);
      expect(bad!.walkCached).toBe(true);
      expect(bad!.diagnostics.map((d) => formatDiagnostic(d, temp))).toContainEqual(
        expect.stringMatching(/^warm-no-ending\.ink:9: error: this path ends without an #ending/),
      );
      // Already cached: nothing to walk.
      expect((await warmWalkCache(files, { ...dir, workers: 2 })).walked).toEqual([]);
    },
  );
});
