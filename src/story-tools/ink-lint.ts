/**
 * Source-level lint of a scenario against the tag reference (src/core/story/tag-specs.ts): finds every tag with
 * its line number, checks where it is written and what it says. Structural checks (every path ends with an
 * #ending, no dead ends) are done by walking the compiled story: see story-walk.ts.
 */
import { POST_RESULT_VARIABLES } from '../core/phone/piece-variables.ts';
import { ALL_SETTING_CONTROLS, PICTURE_IDS, POST_FIELDS } from '../core/phone/pieces.ts';
import { checkTag, REQUIRED_GLOBAL_KEYS, tagSpec, type TagPlace } from '../core/story/tag-specs.ts';
import { isTagError, parseTag } from '../core/story/tags.ts';
import type { Diagnostic } from './ink-compile.ts';

export interface SourceTag {
  line: number;
  text: string;
  place: TagPlace;
  /** Written after a choice's closing bracket: inkjs gives it to an empty line, not the choice. */
  afterBrackets: boolean;
}

/** Blank out comments, keeping line breaks (and so line numbers) and string contents intact. */
export function stripComments(source: string): string {
  let out = '';
  let i = 0;
  let inBlock = false;
  while (i < source.length) {
    const ch = source[i]!;
    const next = source[i + 1];
    if (inBlock) {
      if (ch === '*' && next === '/') {
        inBlock = false;
        i += 2;
      } else {
        out += ch === '\n' ? '\n' : ' ';
        i++;
      }
      continue;
    }
    if (ch === '/' && next === '*') {
      inBlock = true;
      i += 2;
      continue;
    }
    if (ch === '/' && next === '/' && source[i - 1] !== ':') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

const NON_CONTENT = /^\s*(VAR|CONST|INCLUDE|EXTERNAL|LIST|~)\b/;
const CHOICE = /^\s*(?:[*+]\s*)+/;

/** Positions of '#' not escaped with a backslash. */
function hashPositions(line: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '#' && line[i - 1] !== '\\') out.push(i);
  return out;
}

/** Index of the ']' closing the first '[' of a choice line, or -1. */
function closingBracket(line: string): number {
  const open = line.indexOf('[');
  if (open === -1) return -1;
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    if (line[i] === '[' && line[i - 1] !== '\\') depth++;
    else if (line[i] === ']' && line[i - 1] !== '\\') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export function extractTags(source: string): SourceTag[] {
  const lines = stripComments(source).split(/\r?\n/);
  const tags: SourceTag[] = [];
  let sawContent = false;
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '' || NON_CONTENT.test(line)) return;
    const hashes = hashPositions(line);
    const isChoice = CHOICE.test(line);
    const close = isChoice ? closingBracket(line) : -1;
    const beforeFirstTag = hashes.length ? line.slice(0, hashes[0]) : line;
    const tagOnly = beforeFirstTag.trim() === '';
    hashes.forEach((pos, k) => {
      let end = k + 1 < hashes.length ? hashes[k + 1]! : line.length;
      if (close !== -1 && pos < close) end = Math.min(end, close);
      const text = line.slice(pos + 1, end).trim();
      const place: TagPlace = isChoice ? 'choice' : !sawContent && tagOnly ? 'global' : 'line';
      tags.push({ line: lineNo, text, place, afterBrackets: isChoice && close !== -1 && pos > close });
    });
    if (!tagOnly) sawContent = true;
  });
  return tags;
}

export function lintSource(file: string, source: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const err = (line: number | undefined, message: string) => diagnostics.push({ file, line, message, severity: 'error' });
  const tags = extractTags(source);
  const globalsSeen = new Map<string, number>();

  for (const t of tags) {
    const parsed = parseTag(t.text);
    if (isTagError(parsed)) {
      err(t.line, parsed.error);
      continue;
    }
    if (t.afterBrackets) {
      err(
        t.line,
        `#${parsed.key} is written after the choice's closing bracket, so inkjs gives it to an empty line, not to the choice: move it inside the [ ]`,
      );
      continue;
    }
    // A global key written at the top is global; written later it is misplaced (checkTag says so).
    // Top-of-file tags that are not global (e.g. #time) simply reach the first line of content.
    const spec0 = tagSpec(parsed.key);
    const place: TagPlace = t.place === 'global' && spec0 && !spec0.places.includes('global') ? 'line' : t.place;
    const check = checkTag(parsed, place);
    if (!check.ok) {
      err(t.line, check.error ?? `bad tag #${parsed.key}`);
      continue;
    }
    if (place === 'global') {
      const spec = spec0;
      if (globalsSeen.has(parsed.key) && !spec?.repeatable) {
        err(t.line, `#${parsed.key} is given twice (first on line ${globalsSeen.get(parsed.key)})`);
      }
      if (!globalsSeen.has(parsed.key)) globalsSeen.set(parsed.key, t.line);
    }
  }
  for (const key of REQUIRED_GLOBAL_KEYS) {
    if (!globalsSeen.has(key)) {
      err(1, `the scenario has no #${key}: add "#${key}: ..." at the top of the file`);
    }
  }
  diagnostics.push(...lintPieceVariables(file, source));
  return diagnostics;
}

/** The type (and, for settings, the values) each variable the phone's pieces write must have. */
function pieceVariableRule(name: string): { kind: 'boolean' | 'string' | 'number'; values?: readonly string[] } | undefined {
  const control = ALL_SETTING_CONTROLS.find((c) => c.variable === name);
  if (control) return control.kind === 'switch' ? { kind: 'boolean' } : { kind: 'string', values: control.options!.map((o) => o.value) };
  if (name === 'profile_picture') return { kind: 'string', values: PICTURE_IDS };
  if (name === 'post_flags') return { kind: 'number' };
  if ((POST_RESULT_VARIABLES as readonly string[]).includes(name)) return { kind: 'boolean' };
  if ((POST_FIELDS as readonly string[]).includes(name)) return { kind: 'string' };
  return undefined;
}

/**
 * A `VAR` the phone writes must start with a value of the kind the phone writes (a switch is true/false,
 * a setting one of its options), or the story's comparisons would silently never match.
 */
export function lintPieceVariables(file: string, source: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  source.split(/\r?\n/).forEach((text, i) => {
    const m = /^\s*VAR\s+([A-Za-z_]\w*)\s*=\s*(.*?)\s*(?:\/\/.*)?$/.exec(text);
    if (!m) return;
    const rule = pieceVariableRule(m[1]!);
    if (!rule) return;
    const raw = m[2]!;
    const kind = /^(true|false)$/.test(raw) ? 'boolean' : /^".*"$/.test(raw) ? 'string' : /^-?\d+(\.\d+)?$/.test(raw) ? 'number' : 'other';
    const say = (message: string) => out.push({ file, line: i + 1, message, severity: 'error' });
    if (kind !== rule.kind) {
      say(
        `VAR ${m[1]} is written by the phone as ${rule.kind === 'boolean' ? 'true or false' : rule.kind === 'number' ? 'a number' : 'text in quotes'}, so it must start as one (not ${raw})`,
      );
      return;
    }
    if (rule.values && !rule.values.includes(raw.slice(1, -1))) {
      say(`VAR ${m[1]} must start as one of ${rule.values.map((v) => `"${v}"`).join(', ')}, not ${raw}`);
    }
  });
  return out;
}
