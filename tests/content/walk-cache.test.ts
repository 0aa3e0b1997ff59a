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

  it('warms several stories side by side in child processes; a broken one still fails with file and line', { timeout: 120_000 }, async () => {
    const dir = { dir: path.join(temp, 'warm-cache') };
    const files = [copy(path.join(fixtures, 'good', 'good.ink'), 'warm-good.ink'), copy(path.join(fixtures, 'broken', 'no-ending.ink'), 'warm-no-ending.ink')];
    const warmed = await warmWalkCache(files, { ...dir, workers: 2 });
    expect(warmed.walked.toSorted()).toEqual([...files].toSorted());
    const [good, broken] = files.map((f) => checkStory(f, { cache: dir, compiled: warmed.compiled.get(f) }));
    expect(good!.walkCached).toBe(true);
    expect(good!.walk).toEqual(checkStory(files[0]!).walk);
    expect(broken!.walkCached).toBe(true);
    expect(broken!.diagnostics.map((d) => formatDiagnostic(d, temp))).toContainEqual(
      expect.stringMatching(/^warm-no-ending\.ink:9: error: this path ends without an #ending/),
    );
    // Already cached: nothing to walk.
    expect((await warmWalkCache(files, { ...dir, workers: 2 })).walked).toEqual([]);
  });

  it('two runs at once walk each story once: the second waits for the first; a lock left by a dead process is taken over', { timeout: 120_000 }, async () => {
    const dir = { dir: path.join(temp, 'shared-cache') };
    const files = [copy(path.join(fixtures, 'good', 'good.ink'), 'shared-a.ink'), copy(path.join(fixtures, 'broken', 'dead-end.ink'), 'shared-b.ink')];
    const [first, second] = await Promise.all([warmWalkCache(files, { ...dir, workers: 2 }), warmWalkCache(files, { ...dir, workers: 2 })]);
    expect([...first.walked, ...second.walked].toSorted()).toEqual([...files].toSorted());
    for (const f of files) expect(checkStory(f, { cache: dir }).walkCached).toBe(true);

    const other = { dir: path.join(temp, 'stale-cache') };
    const entries = files.map((f) => ({ source: readFileSync(f, 'utf8'), compile: checkStory(f, { walk: false }).compile }));
    mkdirSync(other.dir, { recursive: true });
    for (const entry of entries) writeFileSync(path.join(other.dir, `${walkCacheKey(entry)}.lock`), '2147483646'); // no such process
    expect((await warmWalkCache(files, { ...other, workers: 2 })).walked.toSorted()).toEqual([...files].toSorted());
  });
});
