/**
 * The one escaper for what leaves the page (src/core/text/export-text.ts), and the two Markdown exports that
 * use it: the CPD record (with the player's notes) and the group summary (with the story's posts).
 */
import { describe, expect, it } from 'vitest';
import { cleanText, echoInput, exportJson, mdBlock, mdInline } from '../../src/core/text/export-text.ts';
import { buildDebrief, debriefMarkdown } from '../../src/core/teaching/debrief.ts';
import { EMPTY_LEDGER } from '../../src/core/teaching/ledger.ts';
import { buildGroupSummary, summaryToJson, summaryToMarkdown } from '../../src/core/group/summary.ts';
import { HCPC_2008 } from '../../src/core/teaching/standards.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![pic](https://evil.example/x.png)',
  '<javascript:alert(1)>',
  'JaVaScRiPt :alert(1)',
  'data:text/html,<b>x</b>',
  '&lt;script&gt;',
  '# heading\n- item\n1. one\n> quote\n---',
  '`code` *em* _em_ ~~s~~ | cell |',
];

/** What a Markdown renderer could turn into markup, a link or an image: each must be escaped. */
function unsafe(markdown: string): string[] {
  const found: string[] = [];
  if (/(^|[^\\])</m.test(markdown)) found.push('raw <');
  if (/(^|[^\\])\[/m.test(markdown)) found.push('raw [');
  if (/(?:java|vb)script\s*:/i.test(markdown)) found.push('live javascript: scheme');
  if (/data\s*:/i.test(markdown)) found.push('live data: scheme');
  if (/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(markdown)) found.push('bidi control');
  return found;
}

describe('cleanText and echoInput', () => {
  it('removes bidi controls, controls and invisible characters; keeps joiners and emoji', () => {
    expect(cleanText('a\u202Eb\u2066c\u2069d\u200Fe')).toBe('abcde');
    expect(cleanText('a\u0000b\u0007c\u007Fd\u009Be\u200Bf\uFEFFg')).toBe('abcdefg');
    expect(cleanText('👨\u200D👩\u200D👧 😀')).toBe('👨\u200D👩\u200D👧 😀');
    expect(cleanText('a\r\nb\rc\u2028d\u2029e')).toBe('a\nb\nc\nd\ne');
  });
  it('echoes at most 40 characters on one line, with an ellipsis, never cutting an emoji', () => {
    expect(echoInput('x'.repeat(5000))).toBe(`${'x'.repeat(39)}…`);
    expect(echoInput('😀'.repeat(100))).toBe(`${'😀'.repeat(39)}…`);
    expect(echoInput('👩🏽‍⚕️'.repeat(50))).toBe(`${'👩🏽‍⚕️'.repeat(39)}…`);
    expect(echoInput('a\nb\u202E c')).toBe('a b c');
    expect(echoInput('short')).toBe('short');
  });
});

describe('mdInline and mdBlock', () => {
  it.each(HOSTILE)('%j is inert', (text) => {
    expect(unsafe(mdInline(text))).toEqual([]);
    expect(unsafe(mdBlock(text, '> '))).toEqual([]);
  });
  it('a line break cannot leave a quote or a list item', () => {
    expect(mdBlock('first\n# not a heading\n\n- not a list', '> ')).toBe('> first\n> \\# not a heading\n>\n> \\- not a list');
    expect(mdBlock('one\ntwo', '- ', '  ')).toBe('- one\n  two');
    expect(mdInline('one\r\ntwo')).toBe('one two');
  });
  it('JSON keeps the text, cleaned, with no raw < > &', () => {
    const json = exportJson({ t: '<script>&\u202E' });
    expect(json).not.toMatch(/[<>&\u202E]/);
    expect(JSON.parse(json)).toEqual({ t: '<script>&' });
  });
});

describe('the exports use it', () => {
  const data = buildDebrief({ scenarioTitle: 'The request', ledger: EMPTY_LEDGER, ending: undefined, reflect: ['What would you do?'] });

  it.each(HOSTILE)('the CPD record keeps a note of %j inert, every line inside its quote', (note) => {
    const md = debriefMarkdown(data, '2026-01-01', { 'What would you do?': `${note}\nsecond line\u202E after` });
    expect(unsafe(md)).toEqual([]);
    const start = md.indexOf('- What would you do?');
    const answer = md.slice(start, md.indexOf('\n- ', start + 1));
    for (const line of answer
      .split('\n')
      .slice(1)
      .filter((l) => l.trim()))
      expect(line).toMatch(/^ {2}> /);
  });

  it('the group summary keeps every line of a multi-line post inside its quote', () => {
    const summary = buildGroupSummary({
      scenario: { id: 'x', title: 'X' },
      date: new Date('2026-01-01'),
      decisions: [
        {
          prompt: 'Talk\n## about it',
          options: ['<b>a</b>', '[b](javascript:x)'],
          votes: [1, 0],
          taken: 0,
          how: 'majority',
          impacts: [],
          feedback: ['<img src=x>'],
          consequences: ['A post:\n# Shona Price lives at\n<script>x</script>\u202E'],
        },
      ],
      ledger: EMPTY_LEDGER,
      ending: undefined,
      finished: false,
      framework: HCPC_2008,
    });
    const md = summaryToMarkdown(summary);
    expect(unsafe(md)).toEqual([]);
    expect(md).toContain('> A post:\n> \\# Shona Price lives at\n> \\<script\\>x\\</script\\>\n');
    expect(md).not.toMatch(/^## about it/m);
    expect(summaryToJson(summary)).not.toMatch(/[<>\u202E]/);
  });
});
