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
    let words = 0;
    const walk = (value: unknown, at: string): void => {
      if (typeof value === 'string') {
        words++;
        expect(value.trim(), `${file}: ${at} is empty`).not.toBe('');
      } else if (typeof value === 'function') words++;
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
      else throw new Error(`${file}: ${at} is not a word`);
    };
    for (const [name, value] of Object.entries(mod)) walk(value, name);
    expect(words).toBeGreaterThan(0);
  });
});
