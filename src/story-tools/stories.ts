/**
 * Finds, compiles, lints and walks the scenarios in stories/. Shared by the Vite plugin and the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readAllTags, readTag } from '../core/story/tag-specs.ts';
import { isTagError, parseTag, parseTags, type ParsedTag } from '../core/story/tags.ts';
import type { ScenarioMeta } from '../core/story/session.ts';
import { compileInk, type CompileResult, type Diagnostic } from './ink-compile.ts';
import { extractTags, lintSource } from './ink-lint.ts';
import { walkStory, type WalkResult } from './story-walk.ts';
import { readCachedWalk, walkCacheEnabled, walkKey, writeCachedWalk } from './walk-cache.ts';

/** Every scenario file: `*.ink` directly in the folder. Shared INCLUDE files go in subfolders. */
export function findStories(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.ink') && !n.startsWith('.'))
    .toSorted()
    .map((n) => path.join(dir, n));
}

export function scenarioId(file: string): string {
  return path
    .basename(file, '.ink')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface StoryCheck {
  file: string;
  compile: CompileResult;
  meta: ScenarioMeta | undefined;
  walk: WalkResult | undefined;
  diagnostics: Diagnostic[];
  ok: boolean;
  /** Whether the walk came from the walk cache (see walk-cache.ts) rather than being walked now. */
  walkCached?: boolean;
}

export interface CheckOptions {
  /** Walk the story (default true). */
  walk?: boolean;
  /** The source text, instead of reading the file. */
  source?: string;
  /**
   * Reuse a cached walk of the same story, walker and inkjs, and store a new one (default false: the
   * walker's own tests walk for real). A folder moves the cache; PUBLIC_PROFILE_WALK_CACHE=0 turns it off.
   */
  cache?: boolean | { dir: string };
  /** The file's source and its compile, already made (see warmWalkCache), instead of reading and compiling. */
  compiled?: Compiled;
}

export interface Compiled {
  source: string;
  compile: CompileResult;
}

/** The walk cache's key for a compiled story (undefined when it did not compile). */
export function walkCacheKey({ source, compile }: Compiled): string | undefined {
  if (!compile.story || !compile.fingerprint) return undefined;
  return walkKey({ fingerprint: compile.fingerprint, sources: [source, ...compile.includes.map((f) => readFileSync(f, 'utf8'))] });
}

export function metaFromGlobalTags(id: string, tags: ParsedTag[], fingerprint: string, usesComposer = false): ScenarioMeta {
  return {
    ...(usesComposer ? { usesComposer } : {}),
    id,
    title: readTag(tags, 'title') ?? id,
    summary: readTag(tags, 'summary') ?? '',
    minutes: readTag(tags, 'minutes'),
    order: readTag(tags, 'order'),
    contentNotes: readAllTags(tags, 'content-note'),
    reflect: readAllTags(tags, 'reflect'),
    fingerprint,
  };
}

/** Compile, lint and (when it compiled cleanly) walk one scenario. */
export function checkStory(file: string, options: CheckOptions = {}): StoryCheck {
  const source = options.compiled?.source ?? options.source ?? readFileSync(file, 'utf8');
  const compile = options.compiled?.compile ?? compileInk(file, source);
  const diagnostics = [...compile.diagnostics, ...lintSource(compile.file, source)];
  let walk: WalkResult | undefined;
  let meta: ScenarioMeta | undefined;
  let walkCached = false;
  if (compile.story && compile.fingerprint) {
    const globals = parseTags(compile.story.globalTags).filter((t): t is ParsedTag => !isTagError(t));
    const usesComposer = extractTags(source).some((t) => {
      const tag = parseTag(t.text);
      return !isTagError(tag) && tag.key === 'composer';
    });
    meta = metaFromGlobalTags(scenarioId(file), globals, compile.fingerprint, usesComposer);
    if (options.walk !== false) {
      const useCache = options.cache && walkCacheEnabled();
      const dir = typeof options.cache === 'object' ? options.cache.dir : undefined;
      const key = useCache ? walkCacheKey({ source, compile })! : '';
      walk = useCache ? readCachedWalk(key, compile.file, dir) : undefined;
      walkCached = walk !== undefined;
      if (!walk) {
        walk = walkStory(compile.story, compile.file);
        if (useCache) writeCachedWalk(key, compile.file, walk, dir);
      }
      diagnostics.push(...walk.diagnostics);
    }
  }
  diagnostics.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file.localeCompare(b.file)));
  return { file: compile.file, compile, meta, walk, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error'), walkCached };
}
