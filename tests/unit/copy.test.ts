/**
 * The UI copy modules (src/content/copy): one per screen, each a header saying which screen, a typed
 * `as const` object of words, and no imports but types, so a writer can change a screen's wording in one
 * file without touching code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const COPY_DIR = path.resolve(import.meta.dirname, '../../src/content/copy');
const files = readdirSync(COPY_DIR).filter((f) => f.endsWith('.ts'));

/** Every leaf of a copy object (what is not an object or array), with its path from `at`. */
function leaves(value: unknown, at: string): [string, unknown][] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${at}.${k}`));
  return [[at, value]];
}

describe('copy modules', () => {
  it('exist, one per screen', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'common.ts',
        'menu.ts',
        'play.ts',
        'debrief.ts',
        'settings.ts',
        'pieces.ts',
        'group-projector.ts',
        'group-presenter.ts',
        'group-summary.ts',
        'sources.ts',
      ]),
    );
  });

  it.each(files)('%s says which screen it holds the words of, imports only types, and exports one `as const` object', (file) => {
    const src = readFileSync(path.join(COPY_DIR, file), 'utf8');
    expect(src.startsWith('/**\n * The words on ')).toBe(true);
    const imports = src.split('\n').filter((line) => /^\s*(import|export)\b.*\bfrom\b/.test(line));
    for (const line of imports) expect(line, `${file}: ${line}`).toMatch(/^import type /);
    expect(src).not.toMatch(/\bimport\s*\(/);
    expect(src.match(/^export const [A-Z_]+_COPY = \{$/gm)).toHaveLength(1);
    expect(src).toMatch(/^\} as const;$/m);
  });

  it.each(files)('%s holds only words: non-empty strings, and small functions that make them', async (file) => {
    const mod = (await import(path.join(COPY_DIR, file))) as Record<string, unknown>;
    const all = Object.entries(mod).flatMap(([name, value]) => leaves(value, name));
    const at = (keep: (value: unknown) => boolean) => all.filter(([, value]) => keep(value)).map(([where]) => where);
    expect(
      at((v) => typeof v !== 'string' && typeof v !== 'function'),
      `${file}: not words`,
    ).toEqual([]);
    expect(
      at((v) => typeof v === 'string' && v.trim() === ''),
      `${file}: empty`,
    ).toEqual([]);
    expect(all.length).toBeGreaterThan(0);
  });
});
