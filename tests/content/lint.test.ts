/**
 * Broken stories are rejected with file and line, by the checker and by the build itself.
 */
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/story-tools/ink-compile.ts';
import { checkStory, findStories } from '../../src/story-tools/stories.ts';
import { inkPlugin } from '../../src/story-tools/vite-plugin-ink.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const broken = (name: string) => path.join(fixtures, 'broken', `${name}.ink`);

const cases: { file: string; line: number | undefined; message: RegExp }[] = [
  { file: 'unknown-tag', line: 4, message: /unknown tag "#colour"/ },
  { file: 'missing-title', line: 1, message: /no #title/ },
  { file: 'tag-after-brackets', line: 5, message: /after the choice's closing bracket/ },
  { file: 'no-ending', line: 9, message: /ends without an #ending/ },
  { file: 'dead-end', line: undefined, message: /dead end|loop/ },
  { file: 'bad-hcpc', line: 5, message: /standard must be a number from 1 to 14/ },
  { file: 'bad-hcpc', line: 8, message: /impact must be one of upheld, risk, breach/ },
  { file: 'bad-ending', line: 6, message: /level must be one of no-concerns/ },
  { file: 'compile-error', line: 6, message: /nowhere/ },
  { file: 'bad-piece-variable', line: 3, message: /VAR hearth_search_engines is written by the phone as true or false/ },
  { file: 'bad-piece-variable', line: 4, message: /VAR hearth_future_posts must start as one of "public"/ },
  { file: 'composer-misuse', line: undefined, message: /#draft needs a #composer earlier in the same passage/ },
  { file: 'phone-binding', line: 11, message: /#phone: "wave" is not a phone control/ },
  {
    file: 'phone-binding',
    line: undefined,
    message: /"Report her" is bound to the phone's report \(#phone\), which is not on the drawn phone at this choice \(it shows accept, decline, ignore\)/,
  },
  { file: 'phone-binding', line: undefined, message: /two choices here are bound to the phone's reply/ },
  { file: 'composer-misuse', line: undefined, message: /#publish comes after a choice taken while the post composer/ },
];

describe('the linter rejects broken stories with file and line', () => {
  it('has a fixture for every case', () => {
    const names = findStories(path.join(fixtures, 'broken')).map((f) => path.basename(f, '.ink'));
    for (const c of cases) expect(names).toContain(c.file);
  });

  it.each(cases)('$file: line $line', ({ file, line, message }) => {
    const check = checkStory(broken(file));
    expect(check.ok).toBe(false);
    const errors = check.diagnostics.filter((d) => d.severity === 'error');
    const match = errors.find((d) => message.test(d.message));
    expect(match, `no error matching ${message} in:\n${errors.map((d) => formatDiagnostic(d)).join('\n')}`).toBeDefined();
    // A case without a line only needs the file.
    expect(match).toMatchObject(line === undefined ? { file: broken(file) } : { file: broken(file), line });
    // The formatted message names the file and line, as the build prints it.
    expect(formatDiagnostic(match!, fixtures)).toMatch(new RegExp(`^broken/${file}\\.ink${line ? `:${line}` : '(:\\d+)?'}: error: `));
  });

  it('a dead-end loop points at the choice point that can never be left', () => {
    const check = checkStory(broken('dead-end'));
    const dead = check.diagnostics.find((d) => /dead end/.test(d.message));
    expect(dead).toBeDefined();
    expect(dead!.line).toBeGreaterThanOrEqual(7);
  });

  it('accepts a good story using core and phone tags', () => {
    const check = checkStory(path.join(fixtures, 'good', 'good.ink'));
    expect(check.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
    expect(check.meta).toMatchObject({ id: 'good', title: 'Good', minutes: 1, contentNotes: ['mentions nothing upsetting'] });
    expect(check.walk!.endings.map((e) => e.level).toSorted()).toEqual(['advice', 'no-concerns']);
  });
});

describe('the build fails on a broken story', () => {
  it('vite build stops with the file and line', async () => {
    const outDir = path.join(import.meta.dirname, '../output/broken-build');
    const attempt = build({
      configFile: false,
      logLevel: 'silent',
      root: path.join(fixtures, 'broken-build'),
      plugins: [inkPlugin({ storiesDir: path.join(fixtures, 'broken-build') })],
      build: {
        outDir,
        emptyOutDir: true,
        write: false,
        lib: { entry: path.join(fixtures, 'broken-build', 'entry.js'), formats: ['es'], fileName: 'entry' },
      },
    });
    await expect(attempt).rejects.toThrow(/broken\.ink:4: error: unknown tag "#colour"/);
  });
});

describe('the tag reference for authors', () => {
  it('every ink example in stories/README.md passes the checker', async () => {
    const { readFileSync, mkdirSync, writeFileSync } = await import('node:fs');
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../stories/README.md'), 'utf8');
    const examples = [...readme.matchAll(/```ink\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const dir = path.resolve(import.meta.dirname, '../output/readme-example');
    mkdirSync(dir, { recursive: true });
    for (const [i, example] of examples.entries()) {
      const file = path.join(dir, `example-${i + 1}.ink`);
      writeFileSync(file, example);
      const check = checkStory(file);
      expect(check.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
      expect(check.walk!.endings.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('documents every tag the game accepts', async () => {
    const { readFileSync } = await import('node:fs');
    const { TAG_KEYS } = await import('../../src/core/story/tag-specs.ts');
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../stories/README.md'), 'utf8');
    for (const key of TAG_KEYS) expect(readme, `#${key} is not documented`).toContain(`\`#${key}`);
  });
});

describe('the dev server', () => {
  it('keeps serving the good stories and lists the broken ones with file and line', async () => {
    const { createServer } = await import('vite');
    const { mkdtempSync, writeFileSync, copyFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pp-dev-'));
    copyFileSync(path.join(fixtures, 'good', 'good.ink'), path.join(dir, 'good.ink'));
    writeFileSync(
      path.join(dir, 'broken.ink'),
      '#title: Broken\n#summary: x\nHello. #colour: red\n* [Go #hcpc: 3 upheld]\n  Done. #ending: advice Fine\n  -> END\n',
    );
    const server = await createServer({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      server: { middlewareMode: true, hmr: false, watch: null },
      plugins: [inkPlugin({ storiesDir: dir })],
    });
    try {
      const result = await server.transformRequest('virtual:scenarios');
      const code = result?.code ?? '';
      expect(code).toContain('"id":"good"');
      expect(code).not.toContain('"id":"broken"');
      expect(code).toMatch(/storyErrors = \[".*broken\.ink:3: error: unknown tag \\"#colour\\"/);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
