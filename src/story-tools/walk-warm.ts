/**
 * Fill the walk cache for several stories at once, in child processes (one per core), so a cold cache
 * costs the longest walk rather than the sum of them. Used before a batch of checks (the content tests, a
 * production build); a story already cached, or a single one, is left to the caller. Node only.
 *
 * Two runs at once (say `npm test` and `npm run bench`, both building) do not walk the same story twice:
 * the one walking a story holds `<key>.lock` in the cache folder (with its process id), and the other waits
 * for that walk to reach the cache (or for the lock to go, or its process to die).
 */
import { fork } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInk } from './ink-compile.ts';
import { walkCacheKey, type Compiled } from './stories.ts';
import { readCachedWalk, walkCacheDir, walkCacheEnabled } from './walk-cache.ts';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'walk-child.mjs');

export interface WarmResult {
  /** Each file's source and compile, for checkStory's `compiled` option (so nothing is compiled twice). */
  compiled: Map<string, Compiled>;
  /** Files walked here, in child processes. */
  walked: string[];
}

/**
 * Walk, in parallel, every story in `files` whose walk is not cached yet. Never throws: a story a child
 * could not walk is simply not cached, and the caller's own check walks it (and reports its problems).
 */
export async function warmWalkCache(files: string[], options: { dir?: string; workers?: number } = {}): Promise<WarmResult> {
  const compiled = new Map<string, Compiled>();
  const dir = options.dir ?? walkCacheDir();
  const missing: { file: string; key: string }[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const entry = { source, compile: compileInk(file, source) };
    compiled.set(file, entry);
    const key = walkCacheKey(entry);
    if (key && walkCacheEnabled() && !readCachedWalk(key, entry.compile.file, dir)) missing.push({ file, key });
  }
  const cores = options.workers ?? os.availableParallelism?.() ?? os.cpus().length;
  if (missing.length < 2 || cores < 2) return { compiled, walked: [] };
  // Stories another process is walking right now are waited for, not walked again.
  const mine = missing.filter(({ key }) => lock(dir, key));
  const theirs = missing.filter((m) => !mine.includes(m));
  const walked: string[] = [];
  const walkMine = async () => {
    try {
      // Longest source first, then whoever is free takes the next one.
      const queue = mine.map((m) => m.file).sort((a, b) => compiled.get(b)!.source.length - compiled.get(a)!.source.length);
      const workers = Math.min(cores, queue.length);
      await Promise.all(Array.from({ length: workers }, () => runChild(queue, dir, walked)));
    } finally {
      for (const { key } of mine) rmSync(lockFile(dir, key), { force: true });
    }
  };
  await Promise.all([walkMine(), ...theirs.map(({ file, key }) => waitForWalk(dir, key, compiled.get(file)!.compile.file))]);
  return { compiled, walked };
}

const lockFile = (dir: string, key: string) => path.join(dir, `${key}.lock`);
/** A lock older than this is taken to be left behind. */
const STALE_LOCK_MS = 10 * 60_000;

/** Take the lock for a walk: true when this process now holds it. */
function lock(dir: string, key: string): boolean {
  const file = lockFile(dir, key);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(dir, { recursive: true });
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return true; // no cache folder to share: walk it
      if (lockHeld(file)) return false;
      rmSync(file, { force: true }); // left behind by a process that has gone: take it over
    }
  }
  return true;
}

/** Whether a lock file is held by a live process (and is not stale). */
function lockHeld(file: string): boolean {
  try {
    if (Date.now() - statSync(file).mtimeMs > STALE_LOCK_MS) return false;
    const pid = Number(readFileSync(file, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists (another user's); anything else (ESRCH, no file): not held.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Wait until another process's walk is in the cache, or its lock is gone (then the caller walks it). */
async function waitForWalk(dir: string, key: string, file: string): Promise<void> {
  while (!readCachedWalk(key, file, dir) && lockHeld(lockFile(dir, key))) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function runChild(queue: string[], dir: string, walked: string[]): Promise<void> {
  return new Promise((resolve) => {
    let current: string | undefined;
    const child = fork(CHILD, [], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: { ...process.env, PUBLIC_PROFILE_CACHE_DIR: dir },
      execArgv: [],
    });
    const next = () => {
      current = queue.shift();
      if (current) child.send({ file: current });
      else child.disconnect();
    };
    child.on('message', (message: { ready?: boolean; done?: string }) => {
      if (message.done && message.done === current) walked.push(current);
      next();
    });
    child.on('error', () => resolve());
    child.on('exit', () => resolve());
  });
}
