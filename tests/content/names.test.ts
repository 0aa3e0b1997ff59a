/**
 * No story names a real place, school, person or case (src/content/names-to-avoid.ts). Applies to every
 * .ink file under stories/, sub-folders (INCLUDE files) and scenarios added later included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMES_TO_AVOID } from '../../src/content/names-to-avoid.ts';

/** A pattern that finds `name` in text: whole words, any case, any spacing or hyphen between its words. */
function nameToAvoidPattern(name: string): RegExp {
  const words = name
    .trim()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b${words.join('[\\s-]*')}\\b`, 'i');
}

const storiesDir = path.resolve(import.meta.dirname, '../../stories');
const inkFiles = readdirSync(storiesDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ink'))
  .map((f) => path.join(storiesDir, f));

/** Each line of `text` that names something on the list, as "line N: name". */
function realNames(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { name } of NAMES_TO_AVOID) if (nameToAvoidPattern(name).test(line)) found.push(`line ${i + 1}: ${name}`);
  });
  return found;
}

describe('names to avoid', () => {
  it('finds a name whole, in any case and spacing, and not inside another word', () => {
    expect(realNames('A visit in Low Moor.\nthe LOWMOOR beer festival\nlow-moor road')).toEqual(['line 1: Low Moor', 'line 2: Low Moor', 'line 3: Low Moor']);
    expect(realNames('#places: Wrenford, Brookfield Primary')).toEqual(['line 1: Brookfield']);
    expect(realNames('Lorna  Fenwick posted')).toEqual(['line 1: Lorna Fenwick']);
    expect(realNames('Brookfields and Heathfielder are other words; Wrenford is ours')).toEqual([]);
  });

  it('has a reason for every name', () => {
    for (const n of NAMES_TO_AVOID) expect(n.why.length, n.name).toBeGreaterThan(10);
  });

  it('there are stories to check', () => {
    expect(inkFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(inkFiles.map((f) => [path.relative(storiesDir, f), f] as const))('%s names no real place, school, person or case', (_name, file) => {
    expect(realNames(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
