/**
 * The player's answers to the debrief's reflection prompts, kept on this device per scenario so a
 * re-rendered debrief (another framework, a reload) loses nothing, and included in the CPD download.
 * Read strictly; a store that is blocked or full keeps the notes in memory and says so once.
 */
import type { KeyValueStore } from '../app/storage.ts';

export const NOTES_PREFIX = 'public-profile:notes:';
/** Per answer: generous for a paragraph or two, small enough for any browser's storage. */
export const MAX_NOTE_CHARS = 4000;

export type Notes = Readonly<Record<string, string>>;

export function decodeNotes(raw: string | null): Notes {
  if (raw === null) return {};
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    const out: Record<string, string> = {};
    for (const [prompt, text] of Object.entries(data)) if (typeof text === 'string') out[prompt] = text.slice(0, MAX_NOTE_CHARS);
    return out;
  } catch {
    return {};
  }
}

export class ReflectionNotes {
  private readonly memory = new Map<string, Record<string, string>>();
  /** Set when the store refused a write: the notes are kept for this visit only. */
  problem: string | undefined;

  constructor(private readonly store: KeyValueStore) {}

  get(scenario: string): Notes {
    const cached = this.memory.get(scenario);
    if (cached) return { ...cached };
    let raw: string | null = null;
    try {
      raw = this.store.get(NOTES_PREFIX + scenario);
    } catch {
      raw = null;
    }
    const notes = { ...decodeNotes(raw) };
    this.memory.set(scenario, notes);
    return { ...notes };
  }

  /** Saves one answer (trimmed to MAX_NOTE_CHARS); an empty answer is removed. Returns the text kept. */
  set(scenario: string, prompt: string, text: string): string {
    const notes = { ...this.get(scenario) };
    const kept = text.slice(0, MAX_NOTE_CHARS);
    if (kept.trim() === '') delete notes[prompt];
    else notes[prompt] = kept;
    this.memory.set(scenario, notes);
    try {
      if (Object.keys(notes).length === 0) this.store.remove(NOTES_PREFIX + scenario);
      else this.store.set(NOTES_PREFIX + scenario, JSON.stringify(notes));
      this.problem = undefined;
    } catch {
      this.problem = 'This browser is not keeping your notes, so download them before you leave this page.';
    }
    return kept;
  }

  clear(scenario: string): void {
    this.memory.set(scenario, {});
    try {
      this.store.remove(NOTES_PREFIX + scenario);
    } catch {
      // Nothing stored to remove: the notes are gone from memory, which is what was asked.
    }
  }
}
