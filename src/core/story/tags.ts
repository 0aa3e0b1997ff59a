/**
 * The tag grammar of the content contract: `#key: value` or a bare `#flag`.
 * Pure parsing only; what each key means lives in tag-specs.ts.
 */

export interface ParsedTag {
  /** Lower-case key, words joined by '-'. */
  key: string;
  /** Everything after the first colon, trimmed; '' for a bare flag. */
  value: string;
  /** The value split on unescaped '|', each field trimmed (`\|` stays a literal bar). */
  fields: string[];
  /** True when the tag had no colon at all (`#feedback`). */
  bare: boolean;
  /** The tag exactly as ink delivered it. */
  raw: string;
}

export interface TagSyntaxError {
  error: string;
  raw: string;
}

export type TagParse = ParsedTag | TagSyntaxError;

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isTagError(t: TagParse): t is TagSyntaxError {
  return 'error' in t;
}

/** Split on '|' that is not escaped as '\|'; unescape the survivors. */
export function splitFields(value: string): string[] {
  if (value === '') return [];
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && value[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      fields.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  fields.push(current.trim());
  return fields;
}

export function parseTag(input: string): TagParse {
  const raw = input;
  // inkjs hands tags over without the '#', but authors' tests and the source scanner may include it.
  const text = input.trim().replace(/^#\s*/, '');
  if (text === '') return { error: 'empty tag', raw };
  const colon = text.indexOf(':');
  const keyPart = (colon === -1 ? text : text.slice(0, colon)).trim();
  const value = colon === -1 ? '' : text.slice(colon + 1).trim();
  if (!KEY_PATTERN.test(keyPart)) {
    if (keyPart.toLowerCase() !== keyPart && KEY_PATTERN.test(keyPart.toLowerCase())) {
      return { error: `tag key "${keyPart}" must be lower-case ("${keyPart.toLowerCase()}")`, raw };
    }
    if (colon === -1 && /\s/.test(keyPart)) {
      return { error: `"${text}" is not a tag: write "#key: value" (is a colon missing?)`, raw };
    }
    return { error: `"${keyPart}" is not a valid tag key: use lower-case words joined by "-"`, raw };
  }
  return {
    key: keyPart,
    value: value.replace(/\\\|/g, '|'),
    fields: splitFields(value),
    bare: colon === -1,
    raw,
  };
}

export function parseTags(tags: readonly string[] | null | undefined): TagParse[] {
  return (tags ?? []).map(parseTag);
}
