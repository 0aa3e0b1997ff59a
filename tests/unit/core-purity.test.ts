/**
 * src/core (and the data in src/content) stays framework-free, so it runs and is tested in node. Two checks
 * share the work: `npm run lint` type-checks them with no DOM or Node types (tsconfig.core.json), so a
 * `document` or `localStorage` there is a type error, and oxlint's no-restricted-imports rule names the
 * package. This test is the short, dependency-free backstop for the imports: every module specifier in the
 * core must be core, content or the ink runtime.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
const PURE_DIRS = [path.join(SRC, 'core'), path.join(SRC, 'content')];

/** Every `from '…'`, `import '…'` and `import('…')` specifier, with its line. Comments are skipped. */
export function importSpecifiers(source: string): { spec: string; line: number }[] {
  const found: { spec: string; line: number }[] = [];
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  // Static imports and re-exports start a line; dynamic imports may stand anywhere.
  const pattern = /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*(['"])([^'"\n]+)\1|^\s*import\s*(['"])([^'"\n]+)\3|\bimport\s*\(\s*(['"])([^'"\n]+)\5/gm;
  for (const m of withoutComments.matchAll(pattern)) {
    found.push({ spec: (m[2] ?? m[4] ?? m[6])!, line: withoutComments.slice(0, m.index).split('\n').length });
  }
  return found;
}

/** Why a specifier is not allowed in a framework-free file, or undefined when it is fine. */
export function forbiddenImport(spec: string, fromFile: string): string | undefined {
  if (spec.startsWith('.')) {
    const target = path.resolve(path.dirname(fromFile), spec);
    return PURE_DIRS.some((dir) => target.startsWith(dir + path.sep)) ? undefined : 'core imports only core and content';
  }
  if (spec === 'inkjs' || spec === 'inkjs/engine/Story') return undefined; // the runtime's types; the Story is handed in
  return 'core imports no packages (Phaser, Howler, the ink compiler or Node belong outside it)';
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the import check', () => {
  const core = path.join(SRC, 'core/story/example.ts');
  it.each([
    ["import Phaser from 'phaser';", 'phaser'],
    ["import { Howl } from 'howler';", 'howler'],
    ["import { Compiler } from 'inkjs/full';", 'inkjs/full'],
    ["import { readFileSync } from 'node:fs';", 'node:fs'],
    ["const m = await import('../../ui/panel.ts');", '../../ui/panel.ts'],
    ["export { x } from '../../game/theme.ts';", '../../game/theme.ts'],
    ["import 'howler';", 'howler'],
    ["import {\n  a,\n  b,\n} from '../../adapters/sound.ts';", '../../adapters/sound.ts'],
  ])('refuses %s', (source, spec) => {
    const found = importSpecifiers(source);
    expect(found.map((f) => f.spec)).toEqual([spec]);
    expect(forbiddenImport(spec, core)).toBeDefined();
  });
  it.each([
    ["import type { Story } from 'inkjs';"],
    ["import { parseTag } from './tags.ts';"],
    ["import { HCPC } from '../../content/standards.ts';"],
    ["// import Phaser from 'phaser';\nconst s = 'the DOM panel';"],
  ])('accepts %s', (source) => {
    expect(importSpecifiers(source).filter((f) => forbiddenImport(f.spec, core))).toEqual([]);
  });
});

describe('src/core and src/content are framework-free', () => {
  const all = PURE_DIRS.flatMap(files);
  it('finds the files', () => {
    expect(all.length).toBeGreaterThan(20);
  });
  it.each(all.map((f) => [path.relative(SRC, f), f] as const))('%s', (_name, file) => {
    const problems = importSpecifiers(readFileSync(file, 'utf8')).flatMap((f) => {
      const why = forbiddenImport(f.spec, file);
      return why ? [`${path.relative(SRC, file)}:${f.line}: imports "${f.spec}": ${why}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
