/**
 * What the post analyser takes and gives: a draft and the story's context in, flags out. Kept apart from
 * analyser.ts so the rest of the game can name these types without loading the checker and its lexicon.
 */

export type FlagKind =
  'name' | 'place' | 'school' | 'court' | 'date-time' | 'age' | 'case-word' | 'employer' | 'derogatory' | 'emotive' | 'check-in' | 'photo' | 'audience';

export const FLAG_KINDS: readonly FlagKind[] = [
  'name',
  'place',
  'school',
  'court',
  'date-time',
  'age',
  'case-word',
  'employer',
  'derogatory',
  'emotive',
  'check-in',
  'photo',
  'audience',
];

export type Severity = 'caution' | 'serious';

export interface PostFlag {
  kind: FlagKind;
  /** The raw substring of the text, or for photo / check-in / audience the thing flagged (a photo detail, the location, the audience). */
  match: string;
  /** UTF-16 offsets into `draft.text`; -1 when the flag does not come from the text (photo, check-in, audience). */
  start: number;
  end: number;
  /** Plain English, British spelling, one or two sentences, addressed to the player. */
  why: string;
  /** HCPC 2008 standard numbers (1–14) it touches. */
  standards: number[];
  severity: Severity;
}

export interface PostContext {
  /** Names in the story, e.g. 'Shona Price': matched as the full name, first name or surname, possessives too. */
  people: string[];
  /** Story-specific places, e.g. 'Wrenford', 'Castle Street'. */
  places?: string[];
  /** E.g. 'Wrenford Borough Council'. */
  employer?: string;
  /** Short forms of the employer the story wants caught, e.g. 'WBC', 'Wrenford Council'. */
  employerAliases?: string[];
}

export interface PostPhoto {
  id: string;
  label: string;
  /** What the photo shows beyond the intended, e.g. 'a case file on the desk', 'the office sign'. */
  shows: string[];
}

export interface PostDraft {
  text: string;
  /** The fictional platform (not used by the analysis; kept for the story and the debrief). */
  platform: string;
  /** 'public' | 'friends' | 'friends-of-friends' | 'only-me' | 'followers' | 'connections' | … */
  audience: string;
  photo?: PostPhoto | undefined;
  /** A location check-in attached to the post. */
  checkIn?: string | undefined;
}

export interface PostAnalysis {
  /** Sorted by position; photo, check-in and audience flags (start -1) come last, in that order. */
  flags: PostFlag[];
  /** No flags at all. */
  clean: boolean;
  /** At least one serious flag. */
  serious: boolean;
  /** One short sentence. */
  summary: string;
}
