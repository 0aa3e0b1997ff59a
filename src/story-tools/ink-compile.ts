/**
 * The one ink compile function: used by the Vite plugin, the content tests and the `check-stories` CLI.
 * Node only (reads files); never imported by browser code.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Story } from 'inkjs/full';
import { messageOf } from '../core/errors.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** 1-based line, when known. */
  line: number | undefined;
  message: string;
  severity: Severity;
}

export interface CompileResult {
  file: string;
  /** The compiled story, with debug metadata (line numbers), when compilation succeeded. */
  story: Story | undefined;
  /** Compiled JSON, as shipped to the browser. */
  json: string | undefined;
  /** Short hash of the JSON: ties saves to a story version. */
  fingerprint: string | undefined;
  diagnostics: Diagnostic[];
  /** Absolute paths of every INCLUDEd file (so a dev server can watch them). */
  includes: string[];
}

export function formatDiagnostic(d: Diagnostic, root = process.cwd()): string {
  const rel = path.relative(root, d.file) || d.file;
  return `${rel}${d.line ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`;
}

const INK_MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'(.+?)'\s+)?line (\d+):\s*(.*)$/s;

/** inkjs reports "ERROR: 'file' line 3: message"; turn that into a Diagnostic. */
export function parseInkMessage(message: string, defaultFile: string, baseDir: string): Diagnostic {
  const m = INK_MESSAGE.exec(message.trim());
  if (!m) {
    return { file: defaultFile, line: undefined, message: message.trim(), severity: /warning|todo/i.test(message) ? 'warning' : 'error' };
  }
  const [, kind = 'ERROR', file, line, text = ''] = m;
  const resolved = file ? (path.isAbsolute(file) ? file : path.resolve(baseDir, file)) : defaultFile;
  return {
    file: resolved,
    line: Number(line),
    message: text.trim(),
    severity: kind.includes('ERROR') ? 'error' : 'warning',
  };
}

export function compileInk(file: string, source?: string): CompileResult {
  const abs = path.resolve(file);
  const baseDir = path.dirname(abs);
  const includes: string[] = [];
  const diagnostics: Diagnostic[] = [];
  let text: string;
  try {
    text = source ?? readFileSync(abs, 'utf8');
  } catch (error) {
    diagnostics.push({ file: abs, line: undefined, message: `cannot read the file: ${messageOf(error)}`, severity: 'error' });
    return { file: abs, story: undefined, json: undefined, fingerprint: undefined, diagnostics, includes };
  }
  // A byte-order mark from Windows editors would otherwise reach ink as content.
  text = text.replace(/^\uFEFF/, '');

  const fileHandler = {
    ResolveInkFilename: (filename: string) => path.resolve(baseDir, filename),
    LoadInkFileContents: (filename: string) => {
      const full = path.resolve(baseDir, filename);
      includes.push(full);
      return readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
    },
  };
  const errorHandler = (message: string) => {
    diagnostics.push(parseInkMessage(message, abs, baseDir));
  };
  const options = new CompilerOptions(abs, [], false, errorHandler, fileHandler);
  let story: Story | undefined;
  try {
    story = new Compiler(text, options).Compile() ?? undefined;
  } catch (error) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push(parseInkMessage(messageOf(error), abs, baseDir));
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) story = undefined;
  const json = story?.ToJson() ?? undefined;
  const fingerprint = json ? createHash('sha256').update(json).digest('hex').slice(0, 16) : undefined;
  return { file: abs, story, json, fingerprint, diagnostics, includes };
}
