/**
 * The README's architecture map stays true: every folder it names exists, and every folder in src/ and
 * src/core/ is named (a new folder needs its one line).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The paths the map names: `src/core/` on one line, then `  story/` indented under it → `src/core/story/`. */
export function namedPaths(readme: string): string[] {
  const section = readme.split(/^## Architecture\s*$/m)[1] ?? '';
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const paths: string[] = [];
  let parent = '';
  for (const line of block.split('\n')) {
    const m = /^( *)(\S+)/.exec(line);
    if (!m) continue;
    const [, indent = '', name = ''] = m;
    if (!/^[\w.-]+(?:\/[\w.-]+)*\/?$/.test(name) || !(name.includes('/') || name.includes('.'))) continue;
    const full = indent.length > 0 && parent ? parent + name : name;
    if (indent.length === 0 && name.endsWith('/')) parent = name;
    paths.push(full);
  }
  return paths;
}

const subfolders = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}/`);

describe('README architecture map', () => {
  const named = namedPaths(readFileSync(path.join(root, 'README.md'), 'utf8'));

  it('reads the nesting of the map', () => {
    expect(namedPaths('## Architecture\n\n```\nsrc/core/    heart\n  story/    tags\nsrc/ui/  DOM\n```\n')).toEqual([
      'src/core/',
      'src/core/story/',
      'src/ui/',
    ]);
  });

  it('names at least the top-level folders', () => {
    expect(named).toEqual(expect.arrayContaining(['stories/', 'assets/', 'src/core/', 'src/content/', 'src/ui/', 'src/game/', 'tests/']));
  });

  it.each(named)('%s exists', (name) => {
    expect(existsSync(path.join(root, name))).toBe(true);
  });

  it('names every folder in src/ and src/core/', () => {
    const missing = [...subfolders('src'), ...subfolders('src/core')].filter((dir) => !named.includes(dir));
    expect(missing).toEqual([]);
  });
});
