/**
 * The post analyser behind the composer ("drafting updates"). Pure: a draft and the story's context in, a list
 * of flags out. It advises and never blocks; the story decides what publishing does.
 *
 * THE MODEL DECIDES, THE RULES EXPLAIN. The rules (the word lists in src/content/post-check-lexicon.ts, the
 * anchors and the tiers; src/content/post-check-jigsaw.ts; src/content/post-check-cues.ts, cues that count in
 * combination and the context words: general, own life, complaint, praise; src/content/post-check-usage.ts, how
 * people write) find words and read the context. A logistic-regression judge (src/core/post-check/judge.ts,
 * weights in src/content/post-check-model.ts) weighs those findings with the words and word pairs of the post
 * and decides whether it is about someone you work with. If it is, the findings are the flags, one entry per
 * kind in the composer (flag-list.ts), each naming its standard and quoting the exact words; if the judge
 * decides with nothing the rules can point at, the words that weighed most are quoted. If it is not, only what is
 * a problem in itself stays: the employer named outside praise or a public event, or criticised however it is
 * written; a photo detail or a check-in that is telling on its own. This module compiles the lists, reads the
 * post, asks the judge and decides severity:
 *
 * SEVERITY
 *   always serious: `name`; strong `derogatory` words; a refuge; a `photo` detail that itself shows a name or
 *     case material (standards 1 and 2).
 *   caution, raised to serious when the judge finds the post about a case AND the audience is wide: `case-word`, `court`,
 *     `place`, `school`, `age`, `date-time`, `employer`, milder `derogatory`, `check-in`, other `photo`
 *     details; `audience` is serious when wide, a caution when narrow.
 *   always caution: `emotive`. Venting is a conduct question (3, 13), not an identification one.
 *
 * STANDARDS (HCPC 2008): name 1, 2; place, school, court, case-word, date-time, age, check-in, photo 2;
 * employer 13 (and 2 when the post is about a case); derogatory 1, 3, 13; emotive 3, 13; audience 2, 13.
 *
 * ROBUSTNESS. Any string is just text: nothing is parsed as HTML, `match` is the raw substring, and offsets are
 * UTF-16 indices into `draft.text`, so `text.slice(start, end) === match`. Matching is case- and
 * accent-insensitive with Unicode word boundaries (not `\b`, which treats "é" as a gap between words): the
 * patterns run on same-length "shadow" copies of the text (see `shadow` below). Every pattern starts with a
 * boundary check or a literal and uses only bounded quantifiers, so each start position costs a bounded amount
 * of work and the analysis is linear in the length of the text: 100,000 characters full of matches take about
 * a tenth of a second. Known limits are noted next to the word lists, which are meant to grow.
 */
import { JIGSAW_ENTRIES } from '../../content/post-check-jigsaw.ts';
import { ANCHOR_ENTRIES, COMMON_WORD_NAMES as COMMON_WORD_NAME_LIST, WHY, type LexiconEntry, type Tier } from '../../content/post-check-lexicon.ts';
import { APOS, B, E, LEISURE, S, TELLING_DETAIL } from '../../content/post-check-patterns.ts';
import {
  ACHIEVEMENT,
  CASE_ACT,
  GREETED_NAME,
  NEGATED,
  ONE_PERSON,
  PEOPLE_PLURAL,
  PUBLIC_INFO,
  TITLE_NAME,
  TYPED_CHECK_IN,
  TYPED_PHOTO,
} from '../../content/post-check-context.ts';
import {
  COMPLAINT,
  CUE_WHY,
  CUE_ENTRIES,
  MORE_ANCHOR_ENTRIES,
  MORE_CUE_ENTRIES,
  WORK_ENTRIES,
  GENERAL,
  GENERIC_EMPLOYER,
  INITIAL,
  OWN_LIFE,
  PRAISE,
  TRADE,
  UNLISTED_NAME,
} from '../../content/post-check-cues.ts';
import type { FlagKind, PostAnalysis, PostContext, PostDraft, PostFlag, Severity } from './types.ts';
import { LETTER, shadow, type Shadow } from './shadow.ts';
import { JUDGE_BIAS, JUDGE_THRESHOLD, JUDGE_WEIGHTS } from '../../content/post-check-model.ts';
import { USAGE_GROUPS } from '../../content/post-check-usage.ts';
import { modelTokenSpans, type ModelToken } from './model-tokens.ts';
import { judgeScore, parseWeights, type JudgeModel } from './judge.ts';

export { FLAG_KINDS } from './types.ts';
export type { JudgeModel } from './judge.ts';
export type { FlagKind, PostAnalysis, PostContext, PostDraft, PostFlag, PostPhoto, Severity } from './types.ts';

// ---------------------------------------------------------------------------------------------------------
// Pattern building blocks. All quantifiers are bounded; every pattern starts with a boundary or a literal.

/** Escapes regex syntax characters (only those: with the `u` flag, escaping anything else is an error). */
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A whole-word alternation of lower-case phrases, written with `S` between words. */
const words = (...alternatives: string[]): string => `${B}(?:${alternatives.join('|')})${E}`;

// ---------------------------------------------------------------------------------------------------------
// Detectors

interface Detector {
  kind: FlagKind;
  tier: Tier;
  re: RegExp;
  /** Runs on the cased shadow (patterns that need a capital letter); otherwise on the lower-case one. */
  caseSensitive: boolean;
  why: string;
  /** Serious whatever the audience (a name, a slur, a refuge). */
  alwaysSerious?: boolean;
  /** About the people you work with in general: with an emotive word, the post counts as about a case. */
  aboutPeople?: boolean;
  /** Case vocabulary that is also a subject: not an anchor in a post sharing learning or a public event. */
  topical?: boolean;
  /** The employer written generically ("the council"): flagged only with a complaint. */
  genericEmployer?: boolean;
  /** A weak cue: it needs a stronger cue, or a place, school or age, not just a time. */
  weak?: boolean;
}

const det = (
  kind: FlagKind,
  tier: Tier,
  source: string,
  why: string,
  opts: { caseSensitive?: boolean; alwaysSerious?: boolean; aboutPeople?: boolean; topical?: boolean; genericEmployer?: boolean; weak?: boolean } = {},
): Detector => ({
  kind,
  tier,
  re: new RegExp(source, 'gu'),
  caseSensitive: opts.caseSensitive ?? false,
  why,
  alwaysSerious: opts.alwaysSerious ?? false,
  aboutPeople: opts.aboutPeople ?? false,
  topical: opts.topical ?? false,
  genericEmployer: opts.genericEmployer ?? false,
  weak: opts.weak ?? false,
});

const NAME_WHY =
  'This looks like the name or initial of someone you work with. Even a first name, a nickname or an initial can identify them to people who know them.';
const EMPLOYER_COMPLAINT_WHY =
  'Criticising your employer in public, even as initials or “the council”, reads as a social worker attacking their own service and damages public confidence in it.';

/** The lexicon compiled, in its own order: the anchors, then the jigsaw pieces. */
const DETECTORS: readonly Detector[] = [
  ...[...ANCHOR_ENTRIES, ...JIGSAW_ENTRIES, ...MORE_ANCHOR_ENTRIES, ...CUE_ENTRIES, ...MORE_CUE_ENTRIES, ...WORK_ENTRIES].map((e: LexiconEntry) =>
    det(e.kind, e.tier, 'words' in e ? words(...e.words) : e.pattern, e.why, e),
  ),
  det('name', 'standalone', INITIAL, NAME_WHY, { caseSensitive: true, alwaysSerious: true }),
  det('name', 'standalone', UNLISTED_NAME, NAME_WHY, { caseSensitive: true, alwaysSerious: true }),
  det('employer', 'standalone', GENERIC_EMPLOYER, EMPLOYER_COMPLAINT_WHY, { genericEmployer: true }),
];

/** Which of two overlapping matches of the same length wins. */
const PRIORITY: Record<FlagKind, number> = {
  name: 0,
  derogatory: 1,
  'case-word': 2,
  court: 3,
  school: 4,
  place: 5,
  employer: 6,
  age: 7,
  'date-time': 8,
  emotive: 9,
  'check-in': 10,
  photo: 11,
  audience: 12,
};

// ---------------------------------------------------------------------------------------------------------
// Names and story data

/** Name parts that are also everyday words: they count only with a capital (see the lexicon). */
const COMMON_WORD_NAMES = new Set(COMMON_WORD_NAME_LIST.split(' '));

/**
 * Combining accents that may follow a letter in decomposed (NFD) text: Latin, Hebrew points, Arabic vowel marks.
 * Named ranges rather than `\p{M}` after every letter, which made a story's name pattern slow to compile.
 */
const MARKS = '[\\u0300-\\u036f\\u0591-\\u05c7\\u064b-\\u065f\\u0670]{0,3}';

/** A regex source for one name or place, for the lower-case shadow; apostrophes, hyphens and spaces are forgiving. */
function literalPattern(phrase: string, joinSpaces: string): string {
  let out = '';
  for (const ch of shadow(phrase.trim()).lower) {
    if (ch === "'") out += "'?";
    else if (ch === '-') out += '[- ]?';
    else if (ch === ' ') out += joinSpaces;
    else if (LETTER.test(ch)) out += `${escapeRegExp(ch)}${MARKS}`;
    else out += escapeRegExp(ch);
  }
  return out;
}

/** `Mark` → `M…[aA]…[rR]…`, for the cased shadow: capital first letter, any case after (… = optional accents). */
function capitalisedPattern(part: string): string {
  let out = '';
  Array.from(shadow(part).cased).forEach((ch, i) => {
    if (ch === "'") out += "'?";
    else if (!LETTER.test(ch)) out += escapeRegExp(ch);
    else if (i === 0) out += `${escapeRegExp(ch.toUpperCase())}${MARKS}`;
    else out += `[${escapeRegExp(ch.toLowerCase())}${escapeRegExp(ch.toUpperCase())}]${MARKS}`;
  });
  return out;
}

const POSSESSIVE = `(?:${APOS}s?)?`;
/** Longest first, so an alternation prefers "Wrenford Borough Council" to "Wrenford". */
const byLength = (xs: Iterable<string>): string[] => Array.from(xs).toSorted((a, b) => b.length - a.length);
const cleanList = (xs: readonly unknown[] | undefined): string[] => [
  ...new Set(
    (xs ?? [])
      .filter((x): x is string => typeof x === 'string')
      .map((x) => x.trim())
      .filter((x) => /\p{L}/u.test(x)),
  ),
];

const STORY_NAME_WHY =
  'This is the name of someone in the story. Naming a person you work with, even by first name only, can identify them and breaks their confidentiality.';

/**
 * The findings the header calls always serious, which no judge may clear: a story person's full name, however
 * cased ("Shona Price", "zoe marsh"), a strong derogatory word ("scum", "those feral kids"). (Single names, initials and
 * unlisted names are left to the judge: "mark my words" and "Jack" on a football team are nobody's case; and so is a
 * full name in praise or a greeting, a colleague's retirement.)
 */
function alwaysFlagged(c: Candidate, r: Reading): boolean {
  // (A refuge is left to the judge: "raising for the local women's refuge" is a fundraiser, and the judge already flags a case at one.)
  if (c.why === WHY.derogStrong) return true;
  // A colleague on a story's list congratulated or greeted ("Congrats to Orla McKeown on her retirement") is the judge's call.
  return c.why === STORY_NAME_WHY && !(r.praise || r.achievement || r.greetedName) && /\p{L}[ ._-]{1,3}\p{L}/u.test(r.texts.cased.slice(c.start, c.end));
}

function nameDetectors(people: readonly unknown[] | undefined): Detector[] {
  const full = new Set<string>();
  const anyCase = new Set<string>();
  const capitalOnly = new Set<string>();
  const titles = /^(?:mr|mrs|ms|miss|mx|dr|prof)\.?$/i;
  for (const person of cleanList(people)) {
    const parts = person.split(/\s+/u).filter((p) => !titles.test(p) && Array.from(p.replace(/[^\p{L}]/gu, '')).length >= 2);
    if (parts.length > 1) full.add(literalPattern(parts.join(' '), '[ ._-]{0,3}'));
    for (const part of parts) {
      const key = shadow(part).lower.replace(/[^\p{L}]/gu, '');
      if (COMMON_WORD_NAMES.has(key)) capitalOnly.add(capitalisedPattern(part));
      else anyCase.add(literalPattern(part, S));
    }
  }
  const why = STORY_NAME_WHY;
  const out: Detector[] = [];
  if (full.size + anyCase.size > 0)
    out.push(
      det('name', 'standalone', `${B}(?:${byLength(new Set([...full, ...anyCase])).join('|')})(?:${POSSESSIVE}|s)?${E}(?!-\\p{L})`, why, {
        alwaysSerious: true,
      }),
    );
  if (capitalOnly.size > 0)
    out.push(
      det('name', 'standalone', `${B}(?:${byLength(capitalOnly).join('|')})${POSSESSIVE}${E}(?!-\\p{L})`, why, { caseSensitive: true, alwaysSerious: true }),
    );
  return out;
}

/** Three-letter words a nickname rule must not turn into names ("Sun" from Sunita). */
const NOT_NICKNAMES = new Set(
  'sun pet art can man mar ami pri lor nad ros kai dom bev han the and dec jan feb nov oct sep aug sat mon wed thu fri may lea sha car mar mart char chri tim pat ben bet dan don eve gra hol jo kat lin mel mic nic pen ric rob ros ter vic will'.split(
    ' ',
  ),
);

/** Edit distance at most one (a letter changed, added, dropped or two swapped), for misspelt names. */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const CAPITALISED = /(?<![\p{L}\d'])\p{Lu}\p{Ll}{2,15}(?![\p{L}\d])/gu;

/** Story names as people type them: misspelt by a letter ("Kerri") or cut to a nickname ("Jay" for Jayden). Capitalised words only. */
function nearNames(cased: string, people: readonly unknown[] | undefined): Candidate[] {
  const parts = new Set<string>();
  const firsts = new Set<string>();
  for (const person of cleanList(people))
    for (const [i, p] of person.split(/\s+/u).entries()) {
      if (i === 0) firsts.add(shadow(p).lower.replace(/[^\p{L}]/gu, ''));
      const key = shadow(p).lower.replace(/[^\p{L}]/gu, '');
      if (key.length >= 5 && !COMMON_WORD_NAMES.has(key)) parts.add(key);
    }
  if (parts.size === 0) return [];
  const nick = new Map<string, string>();
  for (const p of parts) if (firsts.has(p)) for (const n of [p.slice(0, 3), p.slice(0, 4)]) if (!NOT_NICKNAMES.has(n) && n.length < p.length) nick.set(n, p);
  const out: Candidate[] = [];
  // Capitalised words, and lower-case ones only when they are a story first name's nickname ("kez", "gwil").
  const lowerNicks = [...cased.matchAll(/(?<![\p{L}\d'])\p{Ll}{3,4}(?![\p{L}\d'])/gu)].filter((m) => nick.has(m[0]));
  for (const m of [...cased.matchAll(CAPITALISED), ...lowerNicks]) {
    const w = m[0].toLowerCase();
    if (parts.has(w) || COMMON_WORD_NAMES.has(w)) continue;
    const near = nick.has(w) || (w.length >= 4 && [...parts].some((p) => withinOne(w, p)));
    if (near)
      out.push({
        kind: 'name',
        start: m.index,
        end: m.index + m[0].length,
        tier: 'standalone',
        why: NAME_WHY,
        alwaysSerious: true,
        aboutPeople: false,
        topical: false,
        genericEmployer: false,
        weak: false,
      });
  }
  return out;
}

/** What kind of place a story place is, at the end of its name (dropped for its short form). */
const PLACE_KIND =
  /\s+(?:estate|road|street|st|lane|avenue|close|drive|way|crescent|terrace|care home|nursing home|children's home|family centre|primary(?: school)?|high school|school|academy|surgery|health centre|centre|ward|house|lodge|flats|court)$/iu;

function storyDetectors(context: PostContext): Detector[] {
  const out: Detector[] = [...nameDetectors(context.people)];
  const places = cleanList(context.places).map((p) => literalPattern(p, S));
  if (places.length > 0) {
    out.push({
      kind: 'place',
      tier: 'jigsaw',
      re: new RegExp(`${B}(?:${byLength(places).join('|')})${POSSESSIVE}${E}`, 'gu'),
      caseSensitive: false,
      why: 'This is a place in the story. Naming where a family lives or where the work happened narrows down who you mean.',
    });
  }
  // As people shorten them: "Maes Gwyn" for "Maes Gwyn Estate", "Cobham Rise" for "Cobham Rise Estate". Only
  // capitalised as in the story, and a one-word short form only if it is long enough not to be an everyday word.
  const short = cleanList(context.places)
    .map((p) => p.replace(PLACE_KIND, '').trim())
    .filter((p, i) => p !== cleanList(context.places)[i] && (/\s/u.test(p) ? p.length >= 5 : p.length >= 6 && !COMMON_WORD_NAMES.has(p.toLowerCase())))
    .map((p) => literalPattern(p, S));
  if (short.length > 0)
    out.push({
      kind: 'place',
      tier: 'jigsaw',
      re: new RegExp(`${B}(?:${byLength(short).join('|')})${POSSESSIVE}${E}`, 'gu'),
      caseSensitive: true,
      why: 'This is a place in the story. Naming where a family lives or where the work happened narrows down who you mean.',
    });
  const employerName = typeof context.employer === 'string' ? context.employer.trim() : '';
  const employerWords = employerName.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  // As people write it: its initials ("WBC") and "<first word> council".
  const derived =
    employerWords.length >= 2 ? [employerWords.map((w) => w[0]).join(''), ...(/council$/i.test(employerName) ? [`${employerWords[0]} council`] : [])] : [];
  const employer = cleanList([context.employer, ...(context.employerAliases ?? []), ...derived]).map((p) => literalPattern(p, S));
  if (employer.length > 0) {
    out.push({
      kind: 'employer',
      tier: 'standalone',
      re: new RegExp(`${B}(?:${byLength(employer).join('|')})${POSSESSIVE}${E}`, 'gu'),
      caseSensitive: false,
      why: 'Naming your employer ties the post to it: people may read it as your employer speaking, and it tells anyone who knows a family on your caseload where to look.',
    });
  }
  // "Castlegate have no idea": the first word alone is usually also the town, so it counts only with a complaint.
  const town = employerWords.length >= 2 ? employerWords[0]! : '';
  if (town && !cleanList(context.places).some((p) => p.toLowerCase() === town.toLowerCase()))
    out.push(det('employer', 'standalone', `${B}${literalPattern(town, S)}${POSSESSIVE}${E}`, EMPLOYER_COMPLAINT_WHY, { genericEmployer: true }));
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Audience

type Reach = 'wide' | 'narrow' | 'private';

/** Normalises 'Friends of friends', 'friends_of_friends' → 'friends-of-friends'. */
const normaliseAudience = (audience: unknown): string =>
  (typeof audience === 'string' ? audience : '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** Unknown audiences count as wide: if we cannot tell who will see it, assume anyone might. */
export function audienceReach(audience: string): Reach {
  const a = normaliseAudience(audience);
  if (a === 'only-me' || a === 'onlyme' || a === 'private-note') return 'private';
  if (/^(?:friends|close-friends|specific-friends|friends-except.*|custom|protected|private|team)$/.test(a)) return 'narrow';
  return 'wide';
}

function audienceWhy(audience: string): string {
  const a = normaliseAudience(audience);
  if (audienceReach(a) === 'narrow') {
    return 'Friends only is no guarantee: any friend can screenshot or share the post, and platforms change privacy settings without telling you.';
  }
  if (a === 'friends-of-friends') return 'Friends of friends can be hundreds of people you have never met, and any of them might know the family.';
  if (a === 'followers' || a === 'connections')
    return `Your ${a} include people you hardly know, and they can share the post on. Anyone who knows the family could see it.`;
  if (a === 'public' || a === 'everyone' || a === 'anyone')
    return 'A public post can be seen by anyone, including the family, and it turns up when someone searches for your name.';
  return 'You cannot be sure who will see this post, and anyone who sees it can share it on.';
}

// ---------------------------------------------------------------------------------------------------------
// The analysis

interface Candidate {
  kind: FlagKind;
  start: number;
  end: number;
  tier: Tier;
  why: string;
  alwaysSerious: boolean;
  aboutPeople: boolean;
  topical: boolean;
  genericEmployer: boolean;
  weak: boolean;
}

function scan(texts: Shadow, detectors: readonly Detector[]): Candidate[] {
  const out: Candidate[] = [];
  for (const d of detectors) {
    for (const m of (d.caseSensitive ? texts.cased : texts.lower).matchAll(d.re)) {
      if (m[0].length === 0) continue;
      out.push({
        kind: d.kind,
        start: m.index,
        end: m.index + m[0].length,
        tier: d.tier,
        why: d.why,
        alwaysSerious: d.alwaysSerious ?? false,
        aboutPeople: d.aboutPeople ?? false,
        topical: d.topical ?? false,
        genericEmployer: d.genericEmployer ?? false,
        weak: d.weak ?? false,
      });
    }
  }
  return out;
}

/**
 * Of overlapping matches, one survives: a story person's name always (it is the most serious, and a longer match
 * around it, say "Price Street", would hide it); otherwise the longer match, which says more ("disgusting
 * parents" over "disgusting", "Wrenford Borough Council" over the place "Wrenford"); then by kind priority.
 */
function dedupe(candidates: Candidate[]): Candidate[] {
  const isName = (c: Candidate): number => (c.kind === 'name' ? 0 : 1);
  const ranked = candidates.toSorted(
    (a, b) => isName(a) - isName(b) || b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start,
  );
  // Kept matches never overlap, so sorted by start only the neighbours either side of a newcomer can clash
  // (a binary search keeps this fast when a long text has thousands of matches).
  const kept: Candidate[] = [];
  for (const c of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/** Standards for a kind; the employer also touches confidentiality when the post is about a case. */
function standardsFor(kind: FlagKind, anchored: boolean): number[] {
  switch (kind) {
    case 'name':
      return [1, 2];
    case 'employer':
      return anchored ? [2, 13] : [13];
    case 'derogatory':
      return [1, 3, 13];
    case 'emotive':
      return [3, 13];
    case 'audience':
      return [2, 13];
    default:
      return [2];
  }
}

/** The kinds that make a post about a case on their own, so an attachment showing one counts too. */
const isAnchorKind = (k: FlagKind): boolean => k === 'name' || k === 'case-word' || k === 'court' || k === 'derogatory';

/** Words before a bare "court" that keep it a law court ("the court", "in court", "family court"); after any other word ("padel court") it is not. */
const LEGAL_BEFORE = new Set(
  'the a in to at from outside into of for before heading back off day by and family crown county magistrates youth high civil criminal coroners coroner our this that go went going been was attend attended attending'.split(
    ' ',
  ),
);
/** "My cousin", "our Sam's mate": the name after it is the poster's own family or friend. */
const RELATION_BEFORE =
  /(?:my|our) (?:(?:wee|little|big|baby|older|younger|twin|kid|eldest|youngest) )?(?:cousin|brother|sister|son|daughter|nephew|niece|mate|best mate|friend|best friend|bestie|husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|uncle|auntie|aunt|nan|grandad|grandson|granddaughter|godson|goddaughter|little one|eldest|youngest|colleague) $/u;
/** Words after a name that make it part of a place ("Price Street"), where the name still counts. */
const PLACE_WORD =
  /^(?:road|street|avenue|lane|close|drive|crescent|way|grove|gardens|place|terrace|square|estate|mews|row|walk|rise|parade|flats|house|tower|primary|academy|infants|juniors|nursery|school|high|college|park|court)$/;
const CALENDAR = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

// ---------------------------------------------------------------------------------------------------------
// The judge (src/core/post-check/judge.ts, its weights in src/content/post-check-model.ts): the model decides,
// the rules explain.

const MODEL: JudgeModel = { bias: JUDGE_BIAS, threshold: JUDGE_THRESHOLD, weights: new Map() };
let modelRead = false;
/** The judge's weights, read from their data once. */
function judge(): JudgeModel {
  if (!modelRead) {
    MODEL.weights = parseWeights(JUDGE_WEIGHTS);
    modelRead = true;
  }
  return MODEL;
}

const MODEL_WHY = 'This reads like a post about someone you work with: words like these, alongside the rest, are how families recognise themselves.';

/** Words too common to quote to the learner as the reason ("just", "let"): the judge still counts them. */
const FUNCTION_WORDS = new Set(
  "a an the and or but so just let get got go went it its it's is was be been are were i me my we us our you your he she they them his her their this that these those to of in on at for with from by up out over not no yes all any some one two three very really still again now then than as if when what who".split(
    ' ',
  ),
);

/** The usage groups (src/content/post-check-usage.ts), compiled once. */
const USAGE = USAGE_GROUPS.map((g) => ({
  group: g,
  re: new RegExp(
    `${B}(?:${byLength(g.words.split('|'))
      .map((p) => (g.capitalised ? capitalisedPattern(p) : escapeRegExp(p).replaceAll(' ', S)))
      .join('|')})${E}${g.notBefore ? `(?!${S}(?:${g.notBefore})${E})` : ''}`,
    'gu',
  ),
}));

/** Where the judge's weight for a usage group starts (the training script reads this). */
export const FEATURE_PRIORS: ReadonlyMap<string, number> = new Map([
  ...USAGE_GROUPS.map((g): [string, number] => [`U:${g.id}`, g.lean]),
  // An everyday context (telly, a gig, sport) where the rules still found case words: "court" at Wimbledon.
  ['U:everyday-but-rules', -2],
]);
/** The groups that lean towards clean: an everyday context. */
const EVERYDAY = new Set(USAGE_GROUPS.filter((g) => g.lean < 0).map((g) => g.id));
/** A short phrase in quotes, one to four words: "'manageable'", "'under control'". */
const SCARE_QUOTES = /(?<![\p{L}\p{N}'])['"](?:[\p{L}-]{1,20} ){0,3}[\p{L}-]{2,20}['"](?![\p{L}\p{N}])/u;
/** Tone that turns a mention of the employer into a complaint: 🙃 🙄 🤡 🤦. */
const SARCASTIC = /\u{1F643}|\u{1F644}|\u{1F921}|\u{1F926}/u;

/** "Galaxy S20", "Audi S3": a section-like number straight after a capitalised name is a model, not a section. */
function modelNumber(texts: Shadow, start: number, end: number): boolean {
  return /^s ?\d{1,3}$/.test(texts.lower.slice(start, end)) && /(?<![.!?] |^)\b\p{Lu}\p{L}+ $/u.test(texts.cased.slice(Math.max(0, start - 20), start));
}

/** The usage groups' words as rule findings (for the groups that point at a case), and which groups the post has. */
function usageFindings(texts: Shadow): { found: Candidate[]; groups: string[] } {
  const found: Candidate[] = [];
  const groups: string[] = [];
  for (const { group, re } of USAGE) {
    let any = false;
    for (const m of (group.capitalised ? texts.cased : texts.lower).matchAll(re)) {
      if (modelNumber(texts, m.index, m.index + m[0].length)) continue;
      any = true;
      if (!group.flag) break;
      found.push({
        kind: group.flag.kind,
        start: m.index,
        end: m.index + m[0].length,
        tier: group.flag.tier,
        why: group.flag.why,
        alwaysSerious: false,
        aboutPeople: false,
        topical: false,
        genericEmployer: false,
        weak: group.flag.weak ?? false,
      });
    }
    if (any) groups.push(group.id);
  }
  return { found, groups };
}

/** The reasons the usage groups give (to tell their findings from the lexicon's). */
const USAGE_WHYS = new Set(USAGE_GROUPS.flatMap((g) => (g.flag ? [g.flag.why] : [])));

/** Emoji say a lot about tone (🙄, 🙃, 😂): each one in a post is a feature. */
const EMOJI = /\p{Extended_Pictographic}/gu;

/** A short, stable name for each reason the rules give (a feature of the judge). */
const WHY_KEYS = new Map<string, string>([
  ...Object.entries(WHY).map(([k, v]) => [v, k] as [string, string]),
  ...Object.entries(CUE_WHY).map(([k, v]) => [v, `cue-${k}`] as [string, string]),
  [NAME_WHY, 'unlisted-name'],
  [EMPLOYER_COMPLAINT_WHY, 'employer-complaint'],
]);

const overlaps = (a: Candidate, b: Candidate): boolean => a.start < b.end && b.start < a.end;

const sentence = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** What the rules read in a post: their findings and the context words, before anything is decided. */
interface Reading {
  text: string;
  texts: Shadow;
  /** The rules' findings, filtered by context (a padel court, "my cousin Callum" are gone). */
  all: Candidate[];
  /** Where the story's people, places and employer are (for the judge's masked words). */
  story: Candidate[];
  /** The usage groups in the post. */
  usage: string[];
  general: boolean;
  ownLife: boolean;
  complaint: boolean;
  trade: boolean;
  leisure: boolean;
  praise: boolean;
  /** Information for people in general ("did you know", "you're entitled to", "care leavers aged 18 to 25 are"). */
  publicInfo: boolean;
  /** An award, a qualification, a certificate, the team's recognition. */
  achievement: boolean;
  /** Doing something in a case ("heading over", "dropped him back at", "referrals from"). */
  caseAct: boolean;
  checkIn: string;
  /** The check-in or photos were typed into the text ("checked in at…", "[photo: …]"), not attached. */
  typedCheckIn: boolean;
  typedPhotosFrom: number;
  /** Register (see post-check-context.ts): one particular person, people in general, a name greeted. */
  onePerson: boolean;
  peoplePlural: boolean;
  greetedName: boolean;
  checkInTelling: boolean;
  checkInAnchor: boolean;
  shows: string[];
  showsKinds: Set<FlagKind>[];
  venting: boolean;
  /** The rules' own verdict: an anchor, or a cue meeting another piece. */
  strong: boolean;
  cueMeets: boolean;
}

/** Every title and surname in a post (compiled once: a `\p{Lu}` pattern is slow to compile). */
const TITLE_NAMES = new RegExp(TITLE_NAME.source, 'gu');

/** The standalone kinds found in an attachment's words (a case file, a court). */
const standaloneKinds = (found: Candidate[]): Set<FlagKind> =>
  new Set(
    dedupe(found)
      .filter((c) => c.tier === 'standalone')
      .map((c) => c.kind),
  );

function readPost(draft: PostDraft, context: PostContext): Reading {
  const text = typeof draft?.text === 'string' ? draft.text : '';
  const texts = shadow(text);
  const storyFinders = storyDetectors(context ?? { people: [] });
  const detectors = [...storyFinders, ...DETECTORS];

  // Attachments: analyse their own words too, so a photo of a case file or a check-in at the court counts.
  const attachedCheckIn = typeof draft?.checkIn === 'string' ? draft.checkIn.trim() : '';
  // Typed into the text, as the composer's learners may: "checked in at X", "📍 X", "[photo: a card, her name]".
  const typedCheckIn = attachedCheckIn === '' ? (TYPED_CHECK_IN.exec(text)?.[1]?.trim() ?? '') : '';
  const checkIn = attachedCheckIn || typedCheckIn;
  const attachedShows = cleanList(draft?.photo?.shows);
  const typedShows = cleanList([...text.matchAll(TYPED_PHOTO)].map((m) => m[1]));
  const shows = [...attachedShows, ...typedShows];
  const attachmentKinds = (s: string) => standaloneKinds(scan(shadow(s), detectors));
  const checkInFound = checkIn ? scan(shadow(checkIn), detectors) : [];
  const checkInKinds = standaloneKinds(checkInFound);
  // A check-in is telling in itself at a school, a ward, a court or a contact centre; a town or a pub is not.
  const checkInTelling = checkInFound.some((c) => c.kind !== 'place' && c.kind !== 'date-time' && c.kind !== 'emotive' && c.kind !== 'employer');
  const showsKinds = shows.map(attachmentKinds);

  const general = GENERAL.test(texts.lower);
  const ownLife = OWN_LIFE.test(texts.lower);
  const usage = usageFindings(texts);
  // Sarcasm ("thanks management", "love it here 🙃") is how a complaint is usually made.
  const complaint = COMPLAINT.test(texts.lower) || usage.groups.includes('sarcasm') || SARCASTIC.test(text);
  const trade = TRADE.test(texts.lower);
  // A child seen on the train or in a queue is a stranger's, as "the kids" at the beach are the poster's own.
  const leisure = LEISURE.test(texts.lower) || usage.groups.includes('strangers');
  const quoted = (c: Candidate): boolean => /["'~]/.test(texts.lower[c.start - 1] ?? '') && /["'~]/.test(texts.lower[c.end] ?? '');
  const storyParts = new Set(cleanList(context?.people).flatMap((p) => shadow(p).lower.split(/\s+/u)));
  const near = nearNames(texts.cased, context?.people);
  const storyFound = scan(texts, storyFinders);
  const titled: Candidate[] = [];
  for (const m of texts.cased.matchAll(TITLE_NAMES))
    titled.push({
      kind: 'name',
      start: m.index,
      end: m.index + m[0].length,
      tier: 'cue',
      why: NAME_WHY,
      alwaysSerious: false,
      aboutPeople: false,
      topical: false,
      genericEmployer: false,
      weak: false,
    });
  const all = [...storyFound, ...scan(texts, DETECTORS), ...near, ...usage.found, ...titled].filter((c) => {
    // "Not a visit, not a review": a case word denied is not one.
    if (c.kind === 'case-word' && NEGATED.test(` ${texts.lower.slice(Math.max(0, c.start - 10), c.start)}`)) return false;
    // A typed check-in starts at a 📍 or "checked in at" (other emoji are "~~" in the shadow too).
    if (c.kind === 'check-in' && c.tier === 'cue') return text.codePointAt(c.start) === 0x1f4cd || texts.lower.startsWith('checked', c.start);
    // Ages and "the baby" in a post about the poster's own family, or ages in research, are not cues.
    if (c.tier === 'cue' && c.kind === 'age' && (ownLife || general)) return false;
    if (c.tier === 'cue' && ownLife && texts.lower.startsWith('the baby', c.start)) return false;
    // "The kids" on a day at the beach are the poster's own; so is "the little one" in a post about "my niece".
    if (c.weak && leisure) return false;
    if (c.tier === 'cue' && ownLife && c.why === CUE_WHY.person) return false;
    // "My nan's care home", "I look after my dad with dementia": the usage words are about the poster's own family.
    if (c.tier === 'cue' && ownLife && c.kind === 'case-word' && USAGE_WHYS.has(c.why)) return false;
    // In a talk, a guide or a training post, "kinship care" or "a visit" is a subject; anchors still count.
    if (c.tier === 'cue' && general && c.kind === 'case-word' && c.why !== CUE_WHY.person) return false;
    if (c.kind === 'case-word' && modelNumber(texts, c.start, c.end)) return false;
    // The boiler engineer's "home visit at 8am"; "'feckless parents'" quoted in a post about language.
    if (trade && texts.lower.slice(c.start, c.end).includes('visit')) return false;
    if (general && c.kind === 'derogatory' && quoted(c)) return false;
    // "Padel court", "food court": a bare "court" after a noun that is not a legal one is a place to play or eat.
    if (c.kind === 'court' && /^courts?$/.test(texts.lower.slice(c.start, c.end))) {
      const before = /(\p{L}+)\W{1,3}$/u.exec(texts.lower.slice(Math.max(0, c.start - 24), c.start))?.[1];
      // "Court 3" is a courtroom, whatever comes before it.
      const numbered = /^ {1,3}\d/u.test(texts.lower.slice(c.end, c.end + 4));
      if (before !== undefined && !LEGAL_BEFORE.has(before) && !numbered) return false;
    }
    // "My cousin Callum" is the poster's own family, whatever the story's Callum is called.
    if (c.kind === 'name' && RELATION_BEFORE.test(texts.lower.slice(Math.max(0, c.start - 24), c.start))) return false;
    // "Ellie Goulding": a story first name followed by another surname is someone else.
    if (c.kind === 'name' && !/\s/u.test(texts.cased.slice(c.start, c.end))) {
      const next = /^ (\p{Lu}\p{Ll}+)/u.exec(texts.cased.slice(c.end, c.end + 24))?.[1]?.toLowerCase();
      if (next !== undefined && !storyParts.has(next) && !CALENDAR.test(next) && !PLACE_WORD.test(next)) return false;
    }
    return true;
  });
  // Venting about "the parents I work with" is about them, even with no case in sight.
  const venting = all.some((c) => c.aboutPeople) && all.some((c) => c.kind === 'emotive');
  // In a post sharing learning or a public event, case vocabulary is a subject, not a case.
  const counts = (c: Candidate): boolean => c.tier === 'standalone' && isAnchorKind(c.kind) && !(general && c.topical);
  const cues = all.filter((c) => c.tier === 'cue');
  const pieces = all.filter((c) => c.tier === 'jigsaw' && c.kind !== 'emotive' && !(c.kind === 'case-word' && general));
  // A cue meets another piece: "visit" + "Sefton Road", "a 15 year old" + "2am", "bruising" + "six week old".
  const cueMeets = cues.some(
    (cue) =>
      cue.kind === 'age' ||
      cues.some((o) => o !== cue && !overlaps(cue, o) && !(cue.weak && o.weak)) ||
      pieces.some((p) => !overlaps(cue, p) && (!cue.weak || p.kind !== 'date-time')),
  );
  const checkInAnchor = [...checkInKinds].some(isAnchorKind);
  const strong = venting || all.some(counts) || checkInAnchor || showsKinds.some((ks) => [...ks].some(isAnchorKind));
  // The story's own names, places and employer, wherever they are (for the judge's masked words).
  const story = [...storyFound, ...near];
  return {
    text,
    texts,
    all,
    story,
    usage: usage.groups,
    general,
    ownLife,
    complaint,
    trade,
    leisure,
    praise: PRAISE.test(texts.lower),
    publicInfo: PUBLIC_INFO.test(texts.lower),
    achievement: ACHIEVEMENT.test(texts.lower),
    caseAct: CASE_ACT.test(texts.lower),
    checkIn,
    typedCheckIn: typedCheckIn !== '',
    typedPhotosFrom: attachedShows.length,
    onePerson: ONE_PERSON.test(texts.lower) || TITLE_NAME.test(texts.cased),
    peoplePlural: PEOPLE_PLURAL.test(texts.lower),
    greetedName: GREETED_NAME.test(texts.cased),
    checkInTelling,
    checkInAnchor,
    shows,
    showsKinds,
    venting,
    strong,
    cueMeets,
  };
}

/** The words of a post for the judge, the story's names, places and employer masked. */
function readingTokens(r: Reading): ModelToken[] {
  const story = r.story.toSorted((a, b) => a.start - b.start);
  const mask = (start: number, end: number): string | undefined => {
    for (const c of story) {
      if (c.start >= end) break;
      if (c.end > start) return c.kind === 'name' ? '@name' : c.kind === 'employer' ? '@employer' : '@place';
    }
    return undefined;
  };
  return modelTokenSpans(r.text, mask, r.texts.lower);
}

/** Everything the judge weighs: the rules' findings, the context they read, usage groups, words and word pairs. */
function readingFeatures(r: Reading, tokens: readonly ModelToken[]): string[] {
  const f = new Set<string>();
  for (const c of r.all) {
    f.add(`R:${c.kind}.${c.tier}${c.weak ? '.weak' : ''}`);
    f.add(`Y:${WHY_KEYS.get(c.why) ?? c.kind}`);
    if (c.aboutPeople) f.add('R:about-people');
    if (c.topical) f.add(r.general ? 'R:topical-general' : 'R:topical');
    if (c.kind === 'name' && c.tier === 'standalone') {
      const m = r.texts.cased.slice(c.start, c.end);
      f.add(/\s/u.test(m) ? 'R:name.full' : 'R:name.part');
      if (!/^\p{Lu}/u.test(m)) f.add('R:name.lower');
    }
    if (c.genericEmployer) f.add(r.complaint ? 'R:employer-complaint' : 'R:employer-generic');
    else if (c.kind === 'employer') f.add(r.complaint ? 'R:employer-named-complaint' : 'R:employer-named');
  }
  const flags: [string, boolean][] = [
    ['general', r.general],
    ['own-life', r.ownLife],
    // A complaint counts where the employer is mentioned: 🙄 at a game of Scrabble is not one.
    ['complaint', r.complaint && r.all.some((c) => c.kind === 'employer')],
    ['trade', r.trade],
    ['leisure', r.leisure],
    ['praise', r.praise],
    ['public-info', r.publicInfo],
    ['achievement', r.achievement],
    ['case-act', r.caseAct],
    // A place with something done there: "Brookfield View rang… heading over", "referrals from Saltings Lane".
    ['place-act', r.caseAct && r.all.some((c) => c.kind === 'place' || c.kind === 'school')],
    // Management's words in quotes ("caseloads are 'manageable'", "telling Ofsted we're 'stable'") say they are not true.
    ['quotes-management', SCARE_QUOTES.test(r.texts.lower) && (r.usage.includes('management') || r.all.some((c) => c.kind === 'employer'))],
    ['venting', r.venting],
    ['strong', r.strong],
    ['cue-meets', r.cueMeets],
    ['rules', r.strong || r.cueMeets],
    ['check-in', r.checkIn !== ''],
    // Register: a post about one particular person, or about people in general.
    ['one-person', r.onePerson],
    // (Scorn for a group, "those feral kids", "some of these families", is contempt, not a reflection.)
    ['generic-people', r.peoplePlural && !r.onePerson && !r.all.some((c) => c.kind === 'derogatory')],
    ['greeted-name', r.greetedName],
    ['check-in-telling', r.checkInTelling],
    ['check-in-anchor', r.checkInAnchor],
    ['photo', r.shows.length > 0],
    // A photo described as the poster's own ("[photo: my dog asleep on my closed laptop]") shows nothing of a case.
    ['photo-telling', r.shows.some((s, i) => TELLING_DETAIL.test(shadow(s).lower) && !(i >= r.typedPhotosFrom && /^(?:my|our) /u.test(shadow(s).lower)))],
    ['photo-finding', r.showsKinds.some((ks) => ks.size > 0)],
    ['photo-discloses', r.showsKinds.some((ks) => ks.has('name') || ks.has('case-word'))],
  ];
  for (const [name, on] of flags) if (on) f.add(`C:${name}`);
  const kinds = new Set(r.all.filter((c) => !c.weak).map((c) => c.kind)).size;
  f.add(`N:${Math.min(kinds, 3)}`);
  for (const g of r.usage) f.add(`U:${g}`);
  if ((r.strong || r.cueMeets) && r.usage.some((g) => EVERYDAY.has(g))) f.add('U:everyday-but-rules');
  for (const m of r.text.matchAll(EMOJI)) f.add(`E:${m[0]}`);
  for (const t of tokens) f.add(t.token);
  return [...f];
}

/**
 * The features the judge reads for a draft (scripts/train-post-model.mjs trains on exactly these). Pure.
 */
export function postFeatures(draft: PostDraft, context: PostContext): string[] {
  const r = readPost(draft, context);
  return readingFeatures(r, readingTokens(r));
}

/** The judge's log-odds for a draft, and the threshold it is compared with (for the report and tests). */
export function judgePost(draft: PostDraft, context: PostContext): { score: number; threshold: number } {
  return { score: judgeScore(postFeatures(draft, context), judge()).score, threshold: judge().threshold };
}

/** `model` replaces the shipped judge (the report's leave-one-author-out tables judge with one trained without an author). */
export function analysePost(draft: PostDraft, context: PostContext, model: JudgeModel = judge()): PostAnalysis {
  const r = readPost(draft, context);
  const { text, texts, all, general, complaint } = r;
  const tokens = readingTokens(r);
  const { score, added } = judgeScore(readingFeatures(r, tokens), model);
  // The judge decides whether the post needs a flag at all; the rules' findings say which words and why.
  const flagged = (score > model.threshold && (texts.lower.trim() !== '' || r.checkIn !== '' || r.shows.length > 0)) || all.some((c) => alwaysFlagged(c, r));
  // Not about a case: only what is a problem in itself is left, the employer named outside praise or a public
  // event (or criticised however it is written), and an attachment that is telling on its own.
  const kept = dedupe(
    all.filter((c) => {
      if (c.kind === 'employer') return c.genericEmployer ? complaint : flagged || complaint || !(general || r.praise);
      if (!flagged) return false;
      if (c.tier === 'standalone') return !(general && c.topical) || r.strong || r.cueMeets;
      // A weak cue ("mum", "the kids") helps decide but is not listed itself: the advice stays short.
      return !c.weak;
    }),
  );
  // Criticising the employer, with nothing else found, is a conduct question, not a case: say so.
  const employerOnly = !flagged || (kept.length > 0 && kept.every((c) => c.kind === 'employer'));
  const tellingWords = (): Candidate[] =>
    tokens
      .filter((t) => !t.token.includes('_') && !t.token.startsWith('@') && t.token !== '#' && !FUNCTION_WORDS.has(t.token) && (added.get(t.token) ?? 0) >= 0.3)
      .toSorted((a, b) => added.get(b.token)! - added.get(a.token)! || a.start - b.start)
      .filter((t, i, ts) => ts.findIndex((o) => o.token === t.token) === i)
      .slice(0, 2)
      .map((t) => ({
        kind: 'case-word',
        start: t.start,
        end: t.end,
        tier: 'standalone',
        why: MODEL_WHY,
        alwaysSerious: false,
        aboutPeople: false,
        topical: false,
        genericEmployer: false,
        weak: false,
      }));
  const anchored = !employerOnly;
  if (employerOnly && complaint) for (const c of kept) c.why = EMPLOYER_COMPLAINT_WHY;

  const reach = audienceReach(draft?.audience ?? '');
  const escalate = anchored && reach === 'wide';
  const severityOf = (kind: FlagKind, alwaysSerious: boolean): Severity =>
    alwaysSerious || kind === 'name' ? 'serious' : kind !== 'emotive' && escalate ? 'serious' : 'caution';
  const toFlag = (c: Candidate): PostFlag => ({
    kind: c.kind,
    match: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    why: c.why,
    standards: standardsFor(c.kind, anchored),
    severity: severityOf(c.kind, c.alwaysSerious),
  });
  const flags: PostFlag[] = kept.map(toFlag);

  r.shows.forEach((item, i) => {
    const ks = r.showsKinds[i]!;
    // A photo described in the text is already in the words the judge read: listed only in a post it flags.
    if (i >= r.typedPhotosFrom && !flagged) return;
    const discloses = ks.has('name') || ks.has('case-word');
    // A club badge or a menu board in the background is nobody's business; a name, a letter or a screen can be.
    if (!discloses && ks.size === 0 && !TELLING_DETAIL.test(shadow(item).lower) && !(flagged && kept.length > 0)) return;
    // Not about a case: a photo of the poster's own family is theirs to share; in praise or a public event the
    // workplace is named anyway, so a banner or an office behind it adds nothing (a name or case material still would).
    if (!flagged && (r.ownLife || (!discloses && (r.praise || r.general || r.achievement)))) return;
    flags.push({
      kind: 'photo',
      match: item,
      start: -1,
      end: -1,
      why: discloses
        ? `The photo also shows ${item}. That is confidential information in its own right: people zoom in, so crop it out or choose another photo.`
        : `The photo also shows ${item}. People zoom in on backgrounds, and details like this can tell them where you work or who you have been with.`,
      standards: discloses ? [1, 2] : [2],
      severity: discloses ? 'serious' : severityOf('photo', false),
    });
  });

  // A check-in at a gig or a shop is nobody's business: only one near a case, or at a place that is itself telling.
  // (A check-in typed into the text is already in the words the judge read: listed only in a post it flags.)
  if (r.checkIn && ((flagged && kept.length > 0) || (r.checkInTelling && (flagged || !r.typedCheckIn)))) {
    flags.push({
      kind: 'check-in',
      match: r.checkIn,
      start: -1,
      end: -1,
      why:
        anchored && kept.length > 0
          ? `Checking in at ${r.checkIn} pins this post to a place. Alongside anything about a case, it tells people exactly which family you mean.`
          : `Checking in at ${r.checkIn} tells everyone where you are right now. Near work, it is a detail that can help people work out who you are posting about.`,
      standards: [2],
      severity: severityOf('check-in', false),
    });
  }

  // Nothing the rules can point at: quote the words that made the judge's mind up.
  if (flagged && flags.length === 0) flags.push(...tellingWords().map(toFlag));
  if (flagged && flags.length === 0) {
    const any = dedupe(all)[0];
    if (any) flags.push(toFlag({ ...any, why: MODEL_WHY, kind: any.kind }));
  }

  if (anchored && reach !== 'private') {
    // Wide: the post is about a case and anyone could see it. Narrow: still flagged, as friends can pass it on.
    flags.push({
      kind: 'audience',
      match: draft?.audience ?? '',
      start: -1,
      end: -1,
      why: audienceWhy(draft?.audience ?? ''),
      standards: standardsFor('audience', anchored),
      severity: reach === 'wide' ? 'serious' : 'caution',
    });
  }

  const seriousCount = flags.filter((f) => f.severity === 'serious').length;
  const summary =
    flags.length === 0
      ? 'Nothing here identifies anyone or reflects badly on you.'
      : seriousCount > 0
        ? `${sentence(seriousCount, 'serious problem')} to fix before posting: this could identify someone or damage trust.`
        : `${sentence(flags.length, 'thing')} to think about before posting.`;

  return { flags, clean: flags.length === 0, serious: seriousCount > 0, summary };
}
