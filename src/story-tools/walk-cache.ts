/**
 * A disk cache of exhaustive walks, so each story is walked once per change rather than once per tool: the
 * Vite plugin (build, dev server, vitest), the content tests and `npm run coverage` share it.
 *
 * An entry is keyed by the story's compiled fingerprint, a hash of its source text (and INCLUDEd files:
 * the walk reports line numbers, which the compiled JSON does not hold) and a hash of the walker's own
 * sources (src/story-tools, src/core and the data in src/content) and inkjs's version, so a change to any of them walks again.
 * Entries live in node_modules/.cache/public-profile/walks/ (`npm ci` clears them);
 * PUBLIC_PROFILE_WALK_CACHE=0 turns the cache off, PUBLIC_PROFILE_CACHE_DIR moves it.
 * A failed walk is cached too, with its diagnostics, so a broken story still fails with file and line.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRecord } from '../core/guards.ts';
import type { Diagnostic } from './ink-compile.ts';
import type { WalkResult } from './story-walk.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(HERE, '../..');
/** The walker and everything it runs: a change here invalidates every cached walk. */
export const WALKER_SOURCES = ['src/story-tools', 'src/core', 'src/content'].map((dir) => path.join(PROJECT_ROOT, dir));

const FORMAT = 2;

export function walkCacheDir(): string {
  return process.env.PUBLIC_PROFILE_CACHE_DIR || path.join(PROJECT_ROOT, 'node_modules/.cache/public-profile/walks');
}

export function walkCacheEnabled(): boolean {
  return process.env.PUBLIC_PROFILE_WALK_CACHE !== '0';
}

/** sha256 over every file under the folders (path relative to each folder, and content), in a fixed order. */
export function hashSources(dirs: string[]): string {
  const hash = createHash('sha256');
  const visit = (base: string, dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      hash.update(`missing ${dir}\0`);
      return;
    }
    for (const entry of entries.toSorted((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(base, full);
      else if (entry.isFile()) {
        hash.update(`${path.relative(base, full)}\0`);
        hash.update(readFileSync(full));
        hash.update('\0');
      }
    }
  };
  for (const dir of dirs) {
    hash.update(`dir ${path.basename(dir)}\0`);
    visit(dir, dir);
  }
  return hash.digest('hex');
}

let walkerHashMemo: string | undefined;

/** Hash of the walker's sources and inkjs's version; computed once per process. */
export function walkerHash(): string {
  if (walkerHashMemo === undefined) {
    let ink = 'unknown';
    try {
      const pkg: unknown = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules/inkjs/package.json'), 'utf8'));
      if (isRecord(pkg) && typeof pkg.version === 'string') ink = pkg.version;
    } catch {
      // no version: the sources' hash still keys the entry
    }
    walkerHashMemo = createHash('sha256').update(`inkjs ${ink}\0`).update(hashSources(WALKER_SOURCES)).digest('hex');
  }
  return walkerHashMemo;
}

export interface WalkKeyInput {
  fingerprint: string;
  /** The story's source text, then each INCLUDEd file's. */
  sources: string[];
  /** Walk options that change the result (e.g. maxStates). */
  options?: unknown;
  /** Defaults to walkerHash(). */
  walker?: string;
}

export function walkKey(input: WalkKeyInput): string {
  const hash = createHash('sha256');
  hash.update(`format ${FORMAT}\0walker ${input.walker ?? walkerHash()}\0fingerprint ${input.fingerprint}\0options ${JSON.stringify(input.options ?? {})}\0`);
  for (const source of input.sources) hash.update(createHash('sha256').update(source).digest('hex')).update('\0');
  return hash.digest('hex').slice(0, 32);
}

type StoredDiagnostic = Omit<Diagnostic, 'file'> & { file?: string };
type StoredWalk = Omit<WalkResult, 'paths' | 'diagnostics'> & { paths: number | 'Infinity'; diagnostics: StoredDiagnostic[] };

/** An entry in this FORMAT (which stands for the rest of its shape, written by writeCachedWalk). */
function isStoredEntry(v: unknown): v is { format: number; walk: StoredWalk } {
  return isRecord(v) && v.format === FORMAT && isRecord(v.walk) && Array.isArray(v.walk.diagnostics);
}

/** The cached walk for `key`, its diagnostics placed in `file` (the walk reports in the story's own file). */
export function readCachedWalk(key: string, file: string, dir = walkCacheDir()): WalkResult | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isStoredEntry(stored)) return undefined;
  const { paths, diagnostics, ...rest } = stored.walk;
  return {
    ...rest,
    paths: paths === 'Infinity' ? Number.POSITIVE_INFINITY : paths,
    // Each diagnostic was just parsed, so it is this function's own to complete in place.
    diagnostics: diagnostics.map((d) => Object.assign(d, { file: d.file ?? file, line: d.line ?? undefined })),
  };
}

/** Store a walk (written to a temporary file and renamed, so a reader never sees half of one). */
export function writeCachedWalk(key: string, file: string, walk: WalkResult, dir = walkCacheDir()): void {
  const stored: StoredWalk = {
    ...walk,
    paths: Number.isFinite(walk.paths) ? walk.paths : 'Infinity',
    diagnostics: walk.diagnostics.map(({ file: f, ...d }) => (f === file ? d : { ...d, file: f })),
  };
  const target = path.join(dir, `${key}.json`);
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, JSON.stringify({ format: FORMAT, story: path.basename(file), walk: stored }));
    renameSync(temp, target);
  } catch {
    // A cache that cannot be written only costs time.
    rmSync(temp, { force: true });
  }
}
