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
  /** Per scenario, the stored text this page last read or wrote: another tab's write differs from it. */
  private readonly known = new Map<string, string | null>();
  /** Scenarios whose notes another tab changed: kept in memory here, not written, until the player chooses. */
  private readonly held = new Set<string>();
  /** Set when the store refused a write: the notes are kept for this visit only. */
  problem: string | undefined;
  /** Called after notes with some text in them are stored (main.ts asks for persistent storage then). */
  afterStore: (() => void) | undefined;

  constructor(private readonly store: KeyValueStore) {}

  private raw(scenario: string): string | null {
    try {
      return this.store.get(NOTES_PREFIX + scenario);
    } catch {
      return null;
    }
  }

  /** The stored notes are not what this page last read or wrote: another tab has changed them. */
  changedElsewhere(scenario: string): boolean {
    return this.known.has(scenario) && this.raw(scenario) !== this.known.get(scenario);
  }

  /** Stop writing this scenario's notes (another tab changed them) until `takeStored` or `keepMine`. */
  hold(scenario: string): void {
    this.held.add(scenario);
  }

  /** Follow the other tab: forget this page's copy; the next `get` reads what is stored. */
  takeStored(scenario: string): void {
    this.held.delete(scenario);
    this.memory.delete(scenario);
    this.known.delete(scenario);
  }

  /** Keep this page's notes: they are written over the other tab's. */
  keepMine(scenario: string): void {
    this.held.delete(scenario);
    this.write(scenario, this.get(scenario));
  }

  /** Notes typed here that are not stored (blocked, full, or held after another tab's change). */
  get unsaved(): boolean {
    const hasText = (id: string) => Object.values(this.memory.get(id) ?? {}).some((t) => t.trim() !== '');
    return [...this.memory.keys()].some((id) => hasText(id) && (this.problem !== undefined || this.held.has(id)));
  }

  get(scenario: string): Notes {
    const cached = this.memory.get(scenario);
    if (cached) return { ...cached };
    const raw = this.raw(scenario);
    this.known.set(scenario, raw);
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
    this.write(scenario, notes);
    return kept;
  }

  /** Puts back every answer at once (the undo of "Clear my notes"). */
  restore(scenario: string, notes: Notes): void {
    this.write(scenario, Object.fromEntries(Object.entries(notes).map(([prompt, text]) => [prompt, text.slice(0, MAX_NOTE_CHARS)])));
  }

  clear(scenario: string): void {
    this.write(scenario, {});
  }

  private write(scenario: string, notes: Record<string, string>): void {
    this.memory.set(scenario, notes);
    if (this.held.has(scenario)) return;
    const empty = Object.keys(notes).length === 0;
    const text = empty ? null : JSON.stringify(notes);
    try {
      if (text === null) this.store.remove(NOTES_PREFIX + scenario);
      else this.store.set(NOTES_PREFIX + scenario, text);
      this.known.set(scenario, text);
      this.problem = undefined;
    } catch {
      // Clearing with storage blocked: nothing stored to remove, and the notes are gone from memory as asked.
      if (!empty) this.problem = 'This browser is not keeping your notes, so download them before you leave this page.';
      return;
    }
    if (!empty) this.afterStore?.();
  }
}
