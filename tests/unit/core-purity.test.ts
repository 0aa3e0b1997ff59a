/**
 * src/core must stay framework-free: no Phaser, no Howler, no ink compiler, no Node modules, no DOM globals.
 * The checker below works on source text: comments are ignored, and DOM names inside string literals are
 * ignored too, so prose such as "the DOM panel" or "localStorage" in a comment does not trip it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/core');
/** The teaching data, frameworks, references and word lists: plain data the core reads. */
const CONTENT_DIR = path.resolve(CORE_DIR, '../content');

const REGEX_PRECEDERS = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);
const REGEX_KEYWORDS = /(?:^|[^\w$])(?:return|typeof|instanceof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

/**
 * Scan TypeScript/JavaScript source. Returns `code` (comments blanked, strings kept) and `bare` (comments and
 * the text of string, template and regex literals blanked; template `${...}` expressions kept).
 * Newlines are kept in both so positions map back to lines.
 */
function scanSource(src: string): { code: string; bare: string } {
  let code = '';
  let bare = '';
  const put = (ch: string, keepInBare: boolean) => {
    code += ch;
    bare += keepInBare || ch === '\n' ? ch : ' ';
  };
  const blank = (ch: string) => {
    const b = ch === '\n' ? '\n' : ' ';
    code += b;
    bare += b;
  };
  /** For each open template literal, the brace depth at which its `${` was opened. */
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  const lastSignificant = () => {
    const trimmed = code.trimEnd();
    return { ch: trimmed.slice(-1), text: trimmed };
  };
  const readTemplate = () => {
    // At the character after '`' or after the '}' closing a template expression.
    while (i < src.length) {
      const ch = src[i]!;
      if (ch === '\\') {
        put(ch, false);
        if (i + 1 < src.length) put(src[i + 1]!, false);
        i += 2;
        continue;
      }
      if (ch === '`') {
        put(ch, true);
        i++;
        return;
      }
      if (ch === '$' && src[i + 1] === '{') {
        put('$', true);
        put('{', true);
        i += 2;
        templates.push(depth);
        depth++;
        return;
      }
      put(ch, false);
      i++;
    }
  };
  while (i < src.length) {
    const ch = src[i]!;
    const next = src[i + 1];
    if (ch === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') blank(src[i++]!);
      continue;
    }
    if (ch === '/' && next === '*') {
      blank(src[i++]!);
      blank(src[i++]!);
      while (i < src.length && !(src[i] === '*' && src[i + 1] === '/')) blank(src[i++]!);
      if (i < src.length) {
        blank(src[i++]!);
        blank(src[i++]!);
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      put(ch, true);
      i++;
      while (i < src.length && src[i] !== ch && src[i] !== '\n') {
        if (src[i] === '\\' && i + 1 < src.length) put(src[i++]!, false);
        put(src[i++]!, false);
      }
      if (i < src.length) put(src[i++]!, true);
      continue;
    }
    if (ch === '`') {
      put(ch, true);
      i++;
      readTemplate();
      continue;
    }
    if (ch === '/') {
      const { ch: prev, text } = lastSignificant();
      if (REGEX_PRECEDERS.has(prev) || REGEX_KEYWORDS.test(text)) {
        put(ch, true);
        i++;
        let inClass = false;
        while (i < src.length && src[i] !== '\n') {
          const c = src[i]!;
          if (c === '\\' && i + 1 < src.length) {
            put(c, false);
            put(src[i + 1]!, false);
            i += 2;
            continue;
          }
          if (c === '[') inClass = true;
          else if (c === ']') inClass = false;
          else if (c === '/' && !inClass) break;
          put(c, false);
          i++;
        }
        if (i < src.length && src[i] === '/') put(src[i++]!, true);
        continue;
      }
    }
    if (ch === '{') depth++;
    if (ch === '}') {
      depth--;
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        put(ch, true);
        i++;
        readTemplate();
        continue;
      }
    }
    put(ch, true);
    i++;
  }
  return { code, bare };
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));

/** Why a module specifier is not allowed in src/core, or undefined when it is fine. */
function forbiddenModule(spec: string, fromFile: string): string | undefined {
  if (/^phaser(?:\/|$)/.test(spec)) return 'Phaser is a view concern';
  if (/^howler(?:\/|$)/.test(spec)) return 'Howler is a view concern';
  if (/^inkjs\/(?:full|compiler)(?:\/|$)/.test(spec) || /^inkjs\/.*compiler/i.test(spec)) return 'the ink compiler is build-time only';
  if (spec.startsWith('node:')) return 'Node modules do not exist in the browser';
  if (NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]!)) return 'Node modules do not exist in the browser';
  if (spec.startsWith('.')) {
    const target = path.resolve(path.dirname(fromFile), spec);
    if (!target.startsWith(CORE_DIR + path.sep) && !target.startsWith(CONTENT_DIR + path.sep)) {
      return 'core may only import core and content (other folders may pull in a framework)';
    }
  }
  return undefined;
}

interface Violation {
  line: number;
  message: string;
}

const IMPORT_PATTERNS: RegExp[] = [
  /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/g,
  /\bimport\s*(['"])([^'"]+)\1/g,
  /\bimport\s*\(\s*(['"`])([^'"`]+)\1\s*[,)]/g,
  /\brequire\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g,
];
const DOM_GLOBALS = /\b(document|window|localStorage|sessionStorage)\b/g;

/** Check one source text as if it were the file `file` inside src/core. */
function checkCoreSource(src: string, file = path.join(CORE_DIR, 'example.ts')): Violation[] {
  const { code, bare } = scanSource(src);
  const lineOf = (index: number) => code.slice(0, index).split('\n').length;
  const violations: Violation[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const m of code.matchAll(pattern)) {
      const spec = m[2]!;
      const why = forbiddenModule(spec, file);
      if (why) violations.push({ line: lineOf(m.index), message: `imports "${spec}": ${why}` });
    }
  }
  for (const m of bare.matchAll(/\bimport\s*\(\s*(?!['"`])/g)) {
    violations.push({ line: lineOf(m.index), message: 'dynamic import() of a computed module name' });
  }
  for (const m of bare.matchAll(/\brequire\s*\(/g)) {
    if (!/^\brequire\s*\(\s*['"`]/.test(code.slice(m.index))) violations.push({ line: lineOf(m.index), message: 'require() of a computed module name' });
  }
  for (const m of bare.matchAll(DOM_GLOBALS)) {
    violations.push({ line: lineOf(m.index), message: `references "${m[1]}": the core must not touch the DOM or browser storage` });
  }
  return violations.sort((a, b) => a.line - b.line);
}

function coreFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return coreFiles(full);
    return /\.(?:ts|tsx|js|mjs|cjs|mts|cts)$/.test(name) ? [full] : [];
  });
}

describe('the scanner', () => {
  it('blanks comments, keeps strings in code and blanks them in bare', () => {
    const { code, bare } = scanSource(`a // window\n/* document */ b 'localStorage' "x" \`t \${c} u\``);
    expect(code).not.toMatch(/window|document/);
    expect(code).toContain("'localStorage'");
    expect(bare).not.toMatch(/localStorage|\bx\b|\bt\b|\bu\b/);
    expect(bare).toMatch(/\bc\b/);
    expect(code.split('\n')).toHaveLength(2);
    expect(code.length).toBe(bare.length);
  });

  it('does not mistake a regex or a division for a comment or a string', () => {
    expect(scanSource(`const r = /\\/\\/ x/; const q = /'/; w`).bare).toMatch(/\bw$/);
    expect(scanSource(`const a = b / c / d; e`).bare).toMatch(/b \/ c \/ d; e$/);
    expect(scanSource(`const r = /[/]"/; f`).bare).toMatch(/\bf$/);
  });
});

describe('checkCoreSource catches violations (the checker can fail)', () => {
  it.each<[string, string, RegExp]>([
    ['default import of phaser', `import Phaser from 'phaser';`, /"phaser"/],
    ['named import of howler', `import { Howl } from "howler";`, /"howler"/],
    ['phaser subpath', `import { Scene } from 'phaser/src/scene/Scene';`, /phaser/],
    ['inkjs/full', `import { Compiler } from 'inkjs/full';`, /"inkjs\/full"/],
    ['type-only inkjs/full', `import type { Story } from 'inkjs/full';`, /"inkjs\/full"/],
    ['node: module', `import { readFileSync } from 'node:fs';`, /"node:fs"/],
    ['bare node builtin', `import path from 'path';`, /"path"/],
    ['bare node builtin subpath', `import { readFile } from 'fs/promises';`, /"fs\/promises"/],
    ['side-effect import', `import 'phaser';`, /"phaser"/],
    ['multi-line import', `import {\n  AUTO,\n  Game,\n} from 'phaser';`, /"phaser"/],
    ['re-export', `export * from 'howler';`, /"howler"/],
    ['named re-export', `export { Howl } from 'howler';`, /"howler"/],
    ['dynamic import', `const m = await import('node:crypto');`, /"node:crypto"/],
    ['dynamic import with template', 'const m = await import(`phaser`);', /"phaser"/],
    ['computed dynamic import', `const name = 'pha' + 'ser'; await import(name);`, /computed/],
    ['require', `const fs = require('fs');`, /"fs"/],
    ['import outside core', `import { PhoneScene } from '../ui/phone-scene.ts';`, /may only import core/],
    ['phaser by relative path into node_modules', `import Phaser from '../../node_modules/phaser/src/phaser-core.js';`, /may only import core/],
    ['document', `document.title = 'x';`, /"document"/],
    ['window', `window.addEventListener('resize', f);`, /"window"/],
    ['localStorage', `const v = localStorage.getItem('k');`, /"localStorage"/],
    ['globalThis.localStorage', `const v = globalThis.localStorage.getItem('k');`, /"localStorage"/],
    ['window inside a template expression', 'const s = `w=${window.innerWidth}`;', /"window"/],
    ['window after a regex with a quote', `const r = /'/; const w = window;`, /"window"/],
    ['window after a regex with slashes', `const r = /\\/\\//; window.x = 1;`, /"window"/],
    ['window after a comment', `/* fine */ window.x = 1; // also fine`, /"window"/],
  ])('%s', (_name, src, message) => {
    const violations = checkCoreSource(src);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.map((v) => v.message).join('\n')).toMatch(message);
  });

  it('reports the line of the violation', () => {
    expect(checkCoreSource(`const a = 1;\n\nimport x from 'howler';\nwindow;`).map((v) => v.line)).toEqual([3, 4]);
  });

  it.each<[string, string]>([
    ['names in comments', `// import Phaser from 'phaser'\n/* window.document.localStorage */\nconst x = 1;`],
    ['names in strings', `const a = 'the window'; const b = "document"; const c = \`localStorage\`;`],
    ['doc comments mentioning the DOM', `/** The browser adapter plugs in localStorage; the DOM panel follows events. */\nexport const y = 2;`],
    ['relative core imports', `import { parseTag } from './tags.ts';\nimport type { Ledger } from './ledger.ts';`],
    ['look-alike names', `const windowSize = 3; const documents = []; const myLocalStorage = {};`],
    ['plain inkjs runtime types are not the compiler', `import type { Story } from 'inkjs';`],
    ['a relative file named like a package', `import { x } from './phaser-free-helpers.ts';`],
  ])('accepts %s', (_name, src) => {
    expect(checkCoreSource(src)).toEqual([]);
  });
});

describe('src/core is framework-free', () => {
  const files = [...coreFiles(CORE_DIR), ...coreFiles(CONTENT_DIR)];

  it('finds the core files', () => {
    const names = files.map((f) => path.relative(CORE_DIR, f));
    for (const expected of ['story/tags.ts', 'story/tag-specs.ts', 'teaching/standards.ts', 'teaching/ledger.ts', 'phone/phone.ts', 'story/save.ts', 'app/storage.ts', 'story/story-runner.ts', 'story/session.ts', 'teaching/debrief.ts', 'app/app.ts', 'events.ts']) {
      expect(names).toContain(expected);
    }
  });

  it.each(files.map((f) => [path.relative(CORE_DIR, f), f] as const))('the scanner sees all of the code in %s (no runaway string or regex)', (_name, file) => {
    const src = readFileSync(file, 'utf8');
    const { code, bare } = scanSource(src);
    const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
    // Top-level import/export statements start a line; none of them may vanish into a string or comment.
    expect(count(bare, /^(?:import|export)\s/gm)).toBe(count(src, /^(?:import|export)\s/gm));
    expect(count(code, /^import\s/gm)).toBe(count(src, /^import\s/gm));
    expect(bare.length).toBe(src.length);
  });

  it.each(files.map((f) => [path.relative(CORE_DIR, f), f] as const))('%s', (_name, file) => {
    const violations = checkCoreSource(readFileSync(file, 'utf8'), file);
    expect(violations.map((v) => `${path.relative(CORE_DIR, file)}:${v.line}: ${v.message}`)).toEqual([]);
  });
});
