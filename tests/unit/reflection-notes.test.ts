import { describe, expect, it } from 'vitest';
import { BlockedStore } from './test-stores.ts';
import { decodeNotes, MAX_NOTE_CHARS, NOTES_PREFIX, ReflectionNotes } from '../../src/core/teaching/reflection-notes.ts';
import { MemoryStore } from '../../src/core/app/storage.ts';

describe('reflection notes', () => {
  it('are kept per scenario on the device and read back', () => {
    const kv = new MemoryStore();
    const notes = new ReflectionNotes(kv);
    notes.set('the-page', 'Who would you tell?', 'Priya, first thing.');
    expect(new ReflectionNotes(kv).get('the-page')).toEqual({ 'Who would you tell?': 'Priya, first thing.' });
    expect(new ReflectionNotes(kv).get('the-request')).toEqual({});
  });

  it('an emptied answer is removed, and clearing removes the stored notes', () => {
    const kv = new MemoryStore();
    const notes = new ReflectionNotes(kv);
    notes.set('s', 'Q', 'an answer');
    notes.set('s', 'Q', '   ');
    expect(kv.data.has(NOTES_PREFIX + 's')).toBe(false);
    notes.set('s', 'Q', 'again');
    notes.clear('s');
    expect(notes.get('s')).toEqual({});
    expect(kv.data.has(NOTES_PREFIX + 's')).toBe(false);
  });

  it('keeps any text as text, trimmed to the limit', () => {
    const notes = new ReflectionNotes(new MemoryStore());
    const long = '<script>alert(1)</script> ✓ مرحبا '.repeat(400);
    expect(notes.set('s', 'Q', long).length).toBe(MAX_NOTE_CHARS);
    expect(notes.get('s').Q).toBe(long.slice(0, MAX_NOTE_CHARS));
  });

  it('reads corrupt stored notes as none', () => {
    for (const raw of ['{', '[]', 'null', '"x"', '{"Q": 3}']) expect(decodeNotes(raw)).toEqual({});
    expect(decodeNotes('{"Q": "ok", "R": 4}')).toEqual({ Q: 'ok' });
  });

  it('blocked storage keeps the notes for this visit and says so', () => {
    const notes = new ReflectionNotes(new BlockedStore());
    notes.set('s', 'Q', 'kept in memory');
    expect(notes.get('s')).toEqual({ Q: 'kept in memory' });
    expect(notes.problem).toMatch(/download them/);
  });
});
