/**
 * src/content is data: it imports nothing but other content (and types from the core), holds no logic beyond
 * trivial constructors, and says where its facts come from. The post checker's lexicon is imported only by the
 * analyser, so it stays in the analyser's lazily loaded chunk.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
const CONTENT = path.join(SRC, 'content');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Every `import … from '…'` / `export … from '…'` in a file, with whether it is type-only. */
function imports(src: string): { spec: string; typeOnly: boolean }[] {
  return [...src.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?\bfrom\s*['"]([^'"]+)['"]/gms)].map((m) => ({ spec: m[2]!, typeOnly: m[1] !== undefined }));
}

const contentFiles = files(CONTENT);

describe('src/content is data', () => {
  it('has the modules', () => {
    const names = contentFiles.map((f) => path.relative(CONTENT, f));
    for (const expected of [
      'platforms.ts',
      'pictures.ts',
      'standards.ts',
      'handout.ts',
      'frameworks.ts',
      'regulators.ts',
      'references.ts',
      'teaching.ts',
      'post-check-lexicon.ts',
      'post-check-jigsaw.ts',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it.each(contentFiles.map((f) => [path.relative(CONTENT, f), f] as const))('%s imports only content, or types from the core', (_name, file) => {
    for (const { spec, typeOnly } of imports(readFileSync(file, 'utf8'))) {
      const target = path.resolve(path.dirname(file), spec);
      const ok = spec.startsWith('.') && (target.startsWith(CONTENT + path.sep) || (typeOnly && target.startsWith(path.join(SRC, 'core') + path.sep)));
      expect(ok, `${spec}${typeOnly ? ' (type)' : ''}`).toBe(true);
    }
  });

  it.each(contentFiles.map((f) => [path.relative(CONTENT, f), f] as const))('%s has a header, no functions or classes and at most 450 lines', (_name, file) => {
    const src = readFileSync(file, 'utf8');
    expect(src.startsWith('/**')).toBe(true);
    expect(src).not.toMatch(/^\s*(?:export\s+)?(?:async\s+)?(?:function|class)\s/m);
    expect(src.split('\n').length).toBeLessThanOrEqual(450);
  });
});

describe('the post checker lexicon', () => {
  it('is imported only by the analyser', () => {
    const importers = files(SRC)
      .filter((f) => imports(readFileSync(f, 'utf8')).some(({ spec }) => /post-check-(?:lexicon|jigsaw|patterns)\.ts$/.test(spec)))
      .map((f) => path.relative(SRC, f))
      .toSorted();
    expect(importers).toEqual([
      'content/post-check-context.ts',
      'content/post-check-cues.ts',
      'content/post-check-jigsaw.ts',
      'content/post-check-lexicon.ts',
      'core/post-check/analyser.ts',
    ]);
  });
});
