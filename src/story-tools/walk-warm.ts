/**
 * Fill the walk cache for several stories at once, in child processes (one per core), so a cold cache
 * costs the longest walk rather than the sum of them. Used before a batch of checks (the content tests, a
 * production build); a story already cached, or a single one, is left to the caller. Node only.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  const missing: string[] = [];
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
    if (key && walkCacheEnabled() && !readCachedWalk(key, entry.compile.file, dir)) missing.push(file);
  }
  const workers = Math.min(options.workers ?? (os.availableParallelism?.() ?? os.cpus().length), missing.length);
  if (missing.length < 2 || workers < 2) return { compiled, walked: [] };
  // Longest source first, then whoever is free takes the next one.
  const queue = [...missing].sort((a, b) => compiled.get(b)!.source.length - compiled.get(a)!.source.length);
  const walked: string[] = [];
  await Promise.all(Array.from({ length: workers }, () => runChild(queue, dir, walked)));
  return { compiled, walked };
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
