/**
 * The post analyser behind the composer ("drafting updates"). Pure: a draft and the story's context in, a list
 * of flags out. It advises and never blocks; the story decides what publishing does.
 *
 * WHAT IS FLAGGED, AND WHY
 * The handout's risk 2 is "social workers discussing cases on social media"; the standards it cites are HCPC
 * 2008 1 (best interests), 2 (confidentiality), 3 (personal conduct) and 13 (public confidence). A post rarely
 * names a family outright. It identifies them by a jigsaw: a case word, plus a time, a street, an age, a school.
 * So the analyser has two tiers.
 *
 * - Anchors say "this post is about a case" and are flagged on their own:
 *   `name`: a person the story supplies (full name, first name or surname; possessives; without accents or
 *     apostrophes; "shona_price" as a handle). Name parts that are everyday words (Mark, Will, Price, Hill…)
 *     count only with a capital letter; at the start of a sentence they still count (a false alarm costs a
 *     second look, a miss could cost a family its privacy).
 *   `case-word`: removal, "the children were removed", section 47, case conference, core group, LAC review,
 *     EPO, care order, home visit, contact centre, case file, "the mum", "a family I work with", my client…
 *   `court`: court (not tennis, food or the Supreme Court and Court of Appeal, whose published judgments
 *     practice posts discuss as law), magistrates, the judge, the/final/care hearing, Cafcass…
 *   `derogatory`: scum, feral (not feral cats), chav, benefit scrounger, junkie (not adrenaline junkie),
 *     nutter, waste of space, demonic…; and milder put-downs: "the mother from hell", "useless parents",
 *     "shouldn't be allowed kids".
 * - Jigsaw pieces are flagged only when the post also has an anchor, because on their own they say nothing
 *   about anyone: `date-time` (today, this morning, Tuesday, 3pm, 10:30, 14/03, 3rd March, last night at 11),
 *   `age` (aged 4, three-year-old, teenager of 15, 2 weeks old), `school` (primary school, Oakfield Primary,
 *   St Mary's, academy, nursery, year 6, PRU), generic `place` (postcodes like WR4 7QP, "12 Meadow Way",
 *   "the Oakfield estate", a refuge), `emotive` (furious, can't stand, I hate, heartbreaking, grim) and topic
 *   words (child protection, safeguarding, foster care, care proceedings, placement, neglect…), which are a
 *   case word in a post about a case but a subject in a post sharing research or going on placement.
 *   Likewise "my caseload", "the young people I work with": fine in "proud of the young people I work with",
 *   but with an emotive word ("furious with the parents I work with") the post counts as about a case.
 *   "Great supervision today on relationship-based practice" and "research on child protection" pass clean;
 *   "Hard day in court today" does not.
 * - Story data is flagged on its own but is not an anchor: the story's `place`s and its `employer` (with the
 *   aliases it supplies). Mentioning them is not wrong in itself; it ties the post to the family's area or to
 *   your employer, so it is a caution.
 * - Attachments: each thing a `photo` shows beyond the intended, and a location `check-in`. Their own words
 *   are analysed too: a photo showing "a case file", or a check-in at "Wrenford Family Court", anchors the post.
 * - `audience`: added when the post is about a case (has an anchor), unless it is only for the player.
 *   Public, friends of friends, followers, connections and anything unknown count as wide; friends-only is
 *   still flagged, because it is no guarantee (handout good practice 4: friends can pass things on, and
 *   platforms change settings, as in the 2013 case this game fictionalises).
 *
 * SEVERITY
 *   always serious: `name`; strong `derogatory` words; a refuge; a `photo` detail that itself shows a name or
 *     case material (standards 1 and 2).
 *   caution, raised to serious when the post has an anchor AND a wide audience: `case-word`, `court`,
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

export type FlagKind =
  | 'name'
  | 'place'
  | 'school'
  | 'court'
  | 'date-time'
  | 'age'
  | 'case-word'
  | 'employer'
  | 'derogatory'
  | 'emotive'
  | 'check-in'
  | 'photo'
  | 'audience';

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

// ---------------------------------------------------------------------------------------------------------
// The shadow texts. Patterns do not run on the text itself but on two copies of the same length, so every
// offset still points into the original:
//   cased: letters without accents ("Zoë" → "Zoe", one UTF-16 unit for one); curly apostrophes → "'"; the
//          hyphen-like dashes → "-"; any whitespace → " "; every other character that is neither ASCII nor a
//          letter, digit or combining mark (emoji, curly quotes, em dashes) → "~" per UTF-16 unit.
//   lower: the same, lower-cased where that keeps the length.
// Then a "word character" is anything outside the ASCII punctuation, a small class that is quick to compile
// (`\p{L}` classes in every pattern made the first analysis take a noticeable fraction of a second), and the
// patterns can be written in lower case without the `i` flag.

const APOSTROPHES = new Set(['’', 'ʼ', '‘', '`', '′']);
const HYPHENS = new Set(['‐', '‑', '–', '−']);
const LETTER = /\p{L}/u;
const WORD_LIKE = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const MARK = /\p{M}/gu;

interface Shadow {
  cased: string;
  lower: string;
}

function shadow(text: string): Shadow {
  const cased: string[] = [];
  const lower: string[] = [];
  for (const ch of text) {
    let c: string;
    const code = ch.charCodeAt(0);
    if (code < 0x80) c = code === 0x60 ? "'" : code <= 0x20 && SPACE.test(ch) ? ' ' : ch;
    else if (APOSTROPHES.has(ch)) c = "'";
    else if (HYPHENS.has(ch)) c = '-';
    else if (LETTER.test(ch)) {
      const base = ch.normalize('NFD').replace(MARK, '');
      c = base.length === ch.length ? base : ch;
    } else if (WORD_LIKE.test(ch)) c = ch;
    else c = (SPACE.test(ch) ? ' ' : '~').repeat(ch.length);
    cased.push(c);
    const l = c.toLowerCase();
    lower.push(l.length === c.length ? l : c);
  }
  return { cased: cased.join(''), lower: lower.join('') };
}

// ---------------------------------------------------------------------------------------------------------
// Pattern building blocks. All quantifiers are bounded; every pattern starts with a boundary or a literal.

/** A word character in a shadow text: a letter, digit or underscore (anything outside ASCII punctuation). */
const WORD = '[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x7f]';
/** Not preceded by a word character (a Unicode-aware `\b` at the start of a word). */
const B = `(?<!${WORD})`;
/** Not followed by a word character. */
const E = `(?!${WORD})`;
/** One to three spaces between words (line breaks are spaces in the shadow text). */
const S = ' {1,3}';
/** Every apostrophe is "'" in the shadow text. */
const APOS = "'";

/** Escapes regex syntax characters (only those: with the `u` flag, escaping anything else is an error). */
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');

/** A whole-word alternation of lower-case phrases, written with `S` between words. */
const words = (...alternatives: string[]): string => `${B}(?:${alternatives.join('|')})${E}`;

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const FAMILY = 'mum|mother|dad|father|parents?|famil(?:y|ies)|kids|children|child|clients?|service' + S + 'users?|teenagers?';

/** A capitalised word (case-sensitive pattern), e.g. the "Castle" in "Castle Street". */
const CAP_WORD = `${B}\\p{Lu}(?:${WORD}|['-]){0,30}`;
/** A word whose first letter may be either case: `cap('road')` → `[Rr]oad`. For case-sensitive patterns. */
const cap = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`;

// ---------------------------------------------------------------------------------------------------------
// Detectors

/**
 * standalone: flagged on its own (an anchor when its kind is name, case-word, court or derogatory).
 * jigsaw: identifying only alongside an anchor; dropped when the post has none.
 */
type Tier = 'standalone' | 'jigsaw';

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
}

const det = (
  kind: FlagKind,
  tier: Tier,
  source: string,
  why: string,
  opts: { caseSensitive?: boolean; alwaysSerious?: boolean; aboutPeople?: boolean } = {},
): Detector => ({
  kind,
  tier,
  re: new RegExp(source, 'gu'),
  caseSensitive: opts.caseSensitive ?? false,
  why,
  alwaysSerious: opts.alwaysSerious ?? false,
  aboutPeople: opts.aboutPeople ?? false,
});

const WHY = {
  caseWord: 'This tells people you are writing about a case. Even without names, families recognise their own story, and so do their neighbours.',
  topic: 'In a post about a case, this says what kind of case it is, which narrows down who the family could be.',
  serviceUser: 'This points at a particular person or family you work with. They can recognise themselves, and so can people who know them.',
  people: 'This makes the post about the people you work with. Alongside a case or an angry word, they and others will read it as being about them.',
  court: 'Saying you were in court, or which court, links the post to a hearing that the family, and anyone who knows them, can place.',
  school: 'A school, nursery or year group, alongside a case, can single out a child: there are only so many children in one class.',
  age: "A child's age, alongside a case, is one of the details that lets people work out who you mean.",
  dateTime: 'A day or time, alongside a case, tells the family and anyone who knows them exactly which case this is.',
  street: 'A street name, alongside a case, narrows it down to a handful of households.',
  postcode: 'A postcode narrows an address down to a few dozen homes.',
  estate: 'Naming an estate, alongside a case, points at the families who live there.',
  refuge: "Where a refuge is must stay secret: saying where it is, or who is in it, could put people in danger.",
  derogStrong: 'Calling people this is offensive, and from a social worker it damages trust in you and the profession, whether or not you name anyone.',
  derogMild: 'This judges the people you work with. Posted, it reads as contempt for families, which damages their trust and the public’s confidence in social work.',
  emotive: 'Venting about work online reads as anger at the people you work with. Take it to supervision or a trusted colleague instead.',
};

/** Derogatory words about people; always serious. Each is a slur or an insult with no innocent reading in a post about people. */
const DEROGATORY_STRONG = [
  'scum(?:bags?)?',
  'feral(?!' + S + '(?:cats?|pigeons?|goats?|horses?|pon(?:y|ies)|parakeets?|hogs?|pigs?))',
  'chavs?',
  'chavvy',
  // "cheat" alone is a board game; only the "benefit cheat" insult counts.
  'benefits?' + S + '(?:scroungers?|spongers?|cheats?)|scroungers?|spongers?',
  'dole' + S + 'scum',
  'waste' + S + 'of' + S + '(?:space|oxygen|skin)',
  'low[-\\s]?li(?:fe|ves)(?!' + S + 'expectancy)',
  'vermin',
  'inbred',
  '(?:white|trailer)' + S + 'trash',
  // "junkie" is also "adrenaline junkie", "gym junkie"…: exclude the common hobby compounds.
  '(?<!(?:adrenaline|gym|caffeine|coffee|fitness|news|sugar|data|culture|book|travel|speed|politics)[\\s-])junkies?',
  'crackheads?',
  'smackheads?',
  'druggies?',
  'alkies?',
  'nutters?',
  'nut' + S + 'jobs?',
  'psychos?',
  'retard(?:s|ed)?',
  'spaz|spastics?|mongs?',
  'pikeys?',
  'gyp(?:p)?os?',
  'skanks?',
  'slappers?',
  'demonic',
];

/** "I work", "we've worked", "I have been working", "I visited"… */
const I_WORK = `(?:i|we)(?:'ve|${S}have|'d|${S}had)?${S}(?:work|worked|been${S}working|am${S}working|are${S}working|support|supported|been${S}supporting|am${S}supporting|visit|visited)`;
/** One optional word between a determiner and a noun: "a lovely family". */
const ADJ = `(?:(?:${WORD}|-){1,20}${S})?`;

const MILD_ADJECTIVES = 'useless|hopeless|pathetic|evil|unfit|nightmare|worst|vile|disgusting|feckless';

const DETECTORS: readonly Detector[] = [
  // ---- case words (anchors) ----
  det(
    'case-word',
    'standalone',
    words(
      '(?:initial' + S + '|review' + S + ')?(?:child' + S + 'protection|cp|case|safeguarding)' + S + 'conferences?',
      'icpcs?|rcpcs?',
      'strategy' + S + '(?:meetings?|discussions?)',
      'core' + S + 'groups?',
      // "s47", "s.20"; a bare "S20" is as likely a phone.
      'section' + S + '(?:47|20|31|38)|s\\.?\\s?47|s\\.\\s?(?:20|31)',
      '(?:lac|cla|looked[-\\s]after)' + S + 'reviews?',
      '(?:child' + S + 'protection|cp|child' + S + 'in' + S + 'need|cin|care|pathway)' + S + 'plans?',
      '(?:child' + S + 'protection|cp|safeguarding|court|care)' + S + 'cases?',
      '(?:interim' + S + ')?(?:care|supervision|placement|emergency' + S + 'protection|child' + S + 'arrangements)' + S + 'orders?',
      // EPO only: "ICO" is as often the Information Commissioner's Office.
      'epo',
      'police' + S + 'protection',
      'pre[-\\s]?proceedings',
      // Proceedings as an event in a case, not as a subject: "issued care proceedings", "proceedings were issued".
      '(?:issued|issuing|issue)' + S + '(?:care' + S + ')?proceedings',
      '(?:care' + S + ')?proceedings' + S + '(?:(?:were|have' + S + 'been|has' + S + 'been|had' + S + 'been|got)' + S + ')?(?:issued|started|initiated|began|concluded|ended)',
      '(?:safeguarding|mash|cp)' + S + 'referrals?',
      'safeguarding' + S + 'concerns?',
      '(?:unannounced' + S + ')?home' + S + 'visits?',
      'case' + S + '(?:files?|notes|records?)',
      '(?:supervised' + S + 'contact|contact' + S + 'centre)',
      'taken' + S + 'into' + S + 'care',
      'adoption' + S + '(?:order' + S + ')?(?:went' + S + 'through|was' + S + 'granted|granted|finali[sz]ed|was' + S + 'made)',
      '(?:placement|foster' + S + 'placement)' + S + '(?:breakdown|broke' + S + 'down)',
      'emergency' + S + '(?:foster' + S + ')?placements?',
    ),
    WHY.caseWord,
  ),
  // "removal" is also hair, furniture and snow removal: exclude those, and "removal van/men/firm".
  det(
    'case-word',
    'standalone',
    `${B}(?<!(?:hair|furniture|snow|rubbish|waste|stain|tattoo|weed|tree|junk|house|wart|mole|make-?up|ice|graffiti|paint)[\\s-])removals?${E}(?!${S}(?:vans?|men|firms?|compan(?:y|ies)|lorr(?:y|ies)))`,
    WHY.caseWord,
  ),
  // "removed" only about children: "removed the children", "the baby was removed", "removed into care".
  det(
    'case-word',
    'standalone',
    words(
      '(?:removed|removing|remove)' + S + '(?:(?:the|her|his|their|both|all|two|three|four|five|\\d{1,2})' + S + ')?(?:children|kids|child|bab(?:y|ies)|twins|siblings|sons?|daughters?|newborn|boys|girls)',
      '(?:children|kids|child|bab(?:y|ies)|twins|siblings)' + S + '(?:were|was|have' + S + 'been|has' + S + 'been|had' + S + 'been|got|being|been)' + S + 'removed',
      'removed' + S + '(?:in)?to' + S + '(?:care|foster' + S + 'care)',
    ),
    WHY.caseWord,
  ),
  // Pointing at people on the caseload. "The mum"/"the dad" is how workers talk about a family they work with
  // (people say "my mum" about their own); "the mother of…", "dad jokes" and the like are excluded.
  det(
    'case-word',
    'standalone',
    words(
      '(?:my|our)' + S + '(?:client|service' + S + 'user)',
      'one' + S + 'of' + S + 'my' + S + '(?:families|cases|clients|service' + S + 'users|kids|young' + S + 'people)',
      // "a family I work with", "this lovely family I work with" (one word may come between).
      '(?:an?|the|this|that)' + S + ADJ + '(?:family|mum|dad|mother|father|parent|child|young' + S + 'person|service' + S + 'user|client)' + S + I_WORK + '(?:' + S + 'with)?',
      // "I work with a family who…", "we visited the mum" ("a family member" and "the family business" are not cases).
      I_WORK + '(?:' + S + 'with)?' + S + '(?:an?|one|this|that|the)' + S + ADJ + '(?:family|mum|dad|mother|father|parent|child|young' + S + 'person|service' + S + 'user|client)(?!' + S + '(?:members?|friends?|business|home|holiday|party|car|dog|cat)' + E + ')',
      'the' + S + '(?:mum|mother|dad|father|birth' + S + '(?:mother|father|parents?)|step-?dad|mum' + APOS + 's' + S + '(?:boyfriend|partner))(?!' + S + '(?:of|tongue|ship|jokes?|bod|nature|country)' + E + ')',
      '(?:kids|children|baby|child)' + S + '(?:aren' + APOS + '?t|are' + S + 'not|won' + APOS + '?t' + S + 'be|will' + S + 'not' + S + 'be|is' + S + 'not|isn' + APOS + '?t)' + S + '(?:coming|going)' + S + 'home',
    ),
    WHY.serviceUser,
  ),
  // The people you work with in general: "my caseload is huge", "proud of the young people I work with" are
  // fine, so these count only in a post about a case, or alongside venting, which makes it about them.
  det(
    'case-word',
    'jigsaw',
    words(
      '(?:my|our)' + S + '(?:caseload|cases|case' + S + 'load|clients|service' + S + 'users|families)',
      'on' + S + 'my' + S + 'books',
      '(?:families|parents|mums|dads|kids|children|young' + S + 'people|clients|service' + S + 'users)' + S + I_WORK + S + 'with',
    ),
    WHY.people,
    { aboutPeople: true },
  ),
  // Topic words: a subject in a research share, a case word in a post about a case.
  det(
    'case-word',
    'jigsaw',
    words(
      'child' + S + 'protection',
      'safeguarding',
      'care' + S + 'proceedings',
      'proceedings',
      'plo',
      'foster(?:ing|ed)?(?:' + S + 'care(?:rs?)?)?',
      'adopt(?:ion|ed)',
      'looked[-\\s]after(?:' + S + '(?:children|child))?',
      'care' + S + 'leavers?',
      'into' + S + 'care|in' + S + 'care',
      'placements?',
      'referrals?',
      'domestic' + S + '(?:violence|abuse)|dv',
      'neglect(?:ed)?',
      '(?:sexual|physical|emotional)' + S + 'abuse',
      'self[-\\s]harm(?:ing)?',
      'overdosed?',
      "children" + APOS + "s" + S + 'homes?',
    ),
    WHY.topic,
  ),

  // ---- court (anchors) ----
  // Plain "court" is caught, except sport and food courts, court shoes, the published-judgment courts
  // (Supreme Court, Court of Appeal, European Court) that practice posts discuss as law, not as a case, and
  // court skills in general ("writing court reports", "court skills training"; "the court report" still counts).
  det(
    'court',
    'standalone',
    `${B}(?<!(?:food|tennis|squash|netball|basketball|badminton|volleyball|ball|royal|supreme|hampton|earls|earl${APOS}s|european|appeal)${S})(?:(?:family|crown|county|magistrates${APOS}?|youth|high|civil|criminal|coroner${APOS}?s)${S})?(?:courts?|courtroom|court${S}room)${E}(?!${S}(?:shoes?|jesters?|of${S}appeal|yard|reports|skills|training)${E})`,
    WHY.court,
  ),
  det(
    'court',
    'standalone',
    words(
      'magistrates' + APOS + '?',
      'magistrate',
      '(?:the|a|district|circuit)' + S + 'judge',
      'his' + S + 'honour' + S + 'judge|hhj',
      '(?:the|final|interim|court|contested|directions|fact[-\\s]finding|issues' + S + 'resolution|care|celebration)' + S + 'hearings?(?!' + S + '(?:aids?|loops?|tests?|impaired|dogs?)' + E + ')',
      'irhs?',
      'cafcass',
      "children" + APOS + "s" + S + 'guardian',
      'guardian' + S + 'ad' + S + 'litem',
    ),
    WHY.court,
  ),

  // ---- derogatory (anchors) ----
  det('derogatory', 'standalone', words(...DEROGATORY_STRONG), WHY.derogStrong, { alwaysSerious: true }),
  det(
    'derogatory',
    'standalone',
    `${B}(?<!(?:my|our)${S})(?:${MILD_ADJECTIVES})${S}(?:${FAMILY})${E}(?!${APOS}?${S}(?:evenings?|meetings?|nights?|days?)${E})`,
    WHY.derogMild,
  ),
  det(
    'derogatory',
    'standalone',
    words(
      '(?:the' + S + ')?(?:' + FAMILY + '|neighbours?)' + S + 'from' + S + 'hell',
      'shouldn' + APOS + '?t' + S + '(?:be' + S + 'allowed' + S + 'to' + S + ')?(?:have|breed|be' + S + 'parents)(?:' + S + '(?:kids|children))?',
      'should' + S + 'be' + S + 'sterili[sz]ed',
    ),
    WHY.derogMild,
  ),

  // ---- emotive (jigsaw: "I hate Mondays" is nobody's business) ----
  det(
    'emotive',
    'jigsaw',
    words(
      'furious|fuming|livid|raging|seething|enraged|incensed',
      '(?:so|really|very)' + S + '(?:angry|cross|mad)',
      "can" + APOS + '?t' + S + 'stand|cannot' + S + 'stand',
      'hat(?:e|es|ed|ing)',
      'sick' + S + '(?:(?:to' + S + 'death' + S + ')?of)',
      'fed' + S + 'up',
      'had' + S + 'enough',
      'disgust(?:ed|ing)',
      'appall(?:ed|ing)|appal',
      'pathetic',
      'heartbreak(?:ing)?|heartbroken|heart' + S + 'breaking',
      'devastat(?:ed|ing)',
      'grim',
      'traumati(?:c|[sz]ed|[sz]ing)',
      'gutted',
      'nightmare',
      'in' + S + 'tears',
    ),
    WHY.emotive,
  ),

  // ---- date and time (jigsaw) ----
  det(
    'date-time',
    'jigsaw',
    words(
      'today|tonight|yesterday|tomorrow',
      'this' + S + '(?:morning|afternoon|evening|lunchtime)',
      'last' + S + '(?:night|thing)',
      `(?:${DAYS})s?`,
      '\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)',
      '(?:[01]?\\d|2[0-3]):[0-5]\\d',
      'at' + S + '\\d{1,2}(?:[:.][0-5]\\d)?(?!\\s?(?:am|pm|%|years?|yrs?|months?|weeks?|days?|hours?|minutes?|mins?)' + E + ')',
      'noon|midday|midnight',
      "(?:" + NUMBER_WORDS + "|\\d{1,2})" + S + "o" + APOS + "clock",
      // Day/month: "14/03", "14/03/2026", "14-3-26", "14.03.2026" (a dot needs the year: "1.5" is a number). 24/7 is not a date.
      '(?!24/7' + E + ')(?:0?[1-9]|[12]\\d|3[01])[/-](?:0?[1-9]|1[0-2])(?:[/-](?:\\d{4}|\\d{2}))?',
      '(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:\\d{4}|\\d{2})',
      '(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])',
      '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?' + S + '(?:of' + S + ')?(?:' + MONTHS + ')',
      '(?:' + MONTHS + ')' + S + '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?',
    ),
    WHY.dateTime,
  ),

  // ---- age (jigsaw) ----
  det(
    'age',
    'jigsaw',
    words(
      'aged?' + S + '(?:of' + S + ')?(?:\\d{1,2}|' + NUMBER_WORDS + ')',
      '(?:\\d{1,2}|' + NUMBER_WORDS + ')[-\\s]?(?:years?|yrs?|months?|weeks?)[-\\s]old',
      '(?:\\d{1,2}|' + NUMBER_WORDS + ')\\s?(?:yo|y/o)',
      '(?:teenager|teen|girl|boy|child|baby|toddler|kid|son|daughter|lad|lass|young' + S + 'person)' + S + 'of' + S + '(?:\\d{1,2}|' + NUMBER_WORDS + ')',
      'newborn',
    ),
    WHY.age,
  ),

  // ---- school (jigsaw) ----
  det(
    'school',
    'jigsaw',
    words(
      '(?:primary|secondary|infant|infants|junior|juniors|high|grammar|special|boarding|middle|free|faith)' + S + 'schools?',
      'schools?',
      'nurser(?:y|ies)',
      'academ(?:y|ies)',
      'sixth' + S + 'form',
      'pupil' + S + 'referral' + S + 'units?|prus?',
      'year' + S + '(?:[1-9]|1[0-3])',
      'reception' + S + 'class',
    ),
    WHY.school,
  ),
  // A named school: "Oakfield Primary", "St Mary's", "Castle Street Academy" (case-sensitive: a capital starts the name).
  det(
    'school',
    'jigsaw',
    `(?:${CAP_WORD}${S}){1,3}(?:${['primary', 'academy', 'infants', 'juniors', 'nursery', 'school', 'high', 'college'].map(cap).join('|')})${E}`,
    WHY.school,
    { caseSensitive: true },
  ),
  det('school', 'jigsaw', `${B}St\\.?${S}\\p{Lu}${WORD}{1,20}${APOS}s${E}`, WHY.school, { caseSensitive: true }),

  // ---- place (jigsaw) ----
  det('place', 'jigsaw', `${B}[a-z]{1,2}\\d[a-z\\d]? ?\\d[a-z]{2}${E}`, WHY.postcode),
  // "12 Castle Street", "Meadow Way". Not after "The/No/Any…", so "No Way" and "The Avenue of…" stay quiet.
  det(
    'place',
    'jigsaw',
    `(?:${B}\\d{1,4}[a-zA-Z]?${S})?(?!(?:The|A|An|No|My|Our|This|That|Any|Every|Some|One|Each|Which)${S})(?:${CAP_WORD}${S}){1,3}(?:${[
      'road',
      'street',
      'avenue',
      'lane',
      'close',
      'drive',
      'crescent',
      'way',
      'grove',
      'gardens',
      'place',
      'terrace',
      'square',
      'estate',
      'mews',
      'row',
      'walk',
      'rise',
      'parade',
      'flats',
      'house',
      'tower',
    ]
      .map(cap)
      .join('|')}|Rd|St|Ave)${E}`,
    WHY.street,
    { caseSensitive: true },
  ),
  det(
    'place',
    'jigsaw',
    `${B}(?<!real${S})(?:(?:council|housing|the|that|this)${S})estate${E}(?!${S}agents?)`,
    WHY.estate,
  ),
  det('place', 'jigsaw', words("(?:the|a|women" + APOS + "s)" + S + 'refuge', 'mother' + S + 'and' + S + 'baby' + S + 'unit'), WHY.refuge, { alwaysSerious: true }),
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

/**
 * Name parts that are also everyday words ("Mark my words", "the price of bread", "will you"). They only
 * count when written with a capital, as a name is. A capital at the start of a sentence still counts: a
 * false alarm costs a second look, a miss could cost a family its privacy.
 */
const COMMON_WORD_NAMES = new Set(
  (
    'mark will grace hope faith joy rose may june april summer autumn dawn ruby amber holly ivy lily daisy poppy jade pearl ' +
    'crystal sky bill pat sue rob jack frank guy ray drew dean miles chase hunter carter price king young white black brown ' +
    'green long short hill wood rich bird fox hall baker cook walker wells banks little small hart marsh bush stone ' +
    'page parker potter mason bond lane rice sharp fish hunt field ward power best sweet love noble major gay art bob nick'
  ).split(' '),
);

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
  [...shadow(part).cased].forEach((ch, i) => {
    if (ch === "'") out += "'?";
    else if (!LETTER.test(ch)) out += escapeRegExp(ch);
    else if (i === 0) out += `${escapeRegExp(ch.toUpperCase())}${MARKS}`;
    else out += `[${escapeRegExp(ch.toLowerCase())}${escapeRegExp(ch.toUpperCase())}]${MARKS}`;
  });
  return out;
}

const POSSESSIVE = `(?:${APOS}s?)?`;
const cleanList = (xs: readonly unknown[] | undefined): string[] =>
  [...new Set((xs ?? []).filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter((x) => /\p{L}/u.test(x)))];

function nameDetectors(people: readonly unknown[] | undefined): Detector[] {
  const full = new Set<string>();
  const anyCase = new Set<string>();
  const capitalOnly = new Set<string>();
  const titles = /^(?:mr|mrs|ms|miss|mx|dr|prof)\.?$/i;
  for (const person of cleanList(people)) {
    const parts = person.split(/\s+/u).filter((p) => !titles.test(p) && [...p.replace(/[^\p{L}]/gu, '')].length >= 2);
    if (parts.length > 1) full.add(literalPattern(parts.join(' '), '[ ._-]{0,3}'));
    for (const part of parts) {
      const key = shadow(part).lower.replace(/[^\p{L}]/gu, '');
      if (COMMON_WORD_NAMES.has(key)) capitalOnly.add(capitalisedPattern(part));
      else anyCase.add(literalPattern(part, S));
    }
  }
  const why = 'This is the name of someone in the story. Naming a person you work with, even by first name only, can identify them and breaks their confidentiality.';
  const out: Detector[] = [];
  const byLength = (xs: Set<string>) => [...xs].sort((a, b) => b.length - a.length);
  if (full.size + anyCase.size > 0) out.push(det('name', 'standalone', `${B}(?:${byLength(new Set([...full, ...anyCase])).join('|')})${POSSESSIVE}${E}`, why, { alwaysSerious: true }));
  if (capitalOnly.size > 0) out.push(det('name', 'standalone', `${B}(?:${byLength(capitalOnly).join('|')})${POSSESSIVE}${E}`, why, { caseSensitive: true, alwaysSerious: true }));
  return out;
}

function storyDetectors(context: PostContext): Detector[] {
  const out: Detector[] = [...nameDetectors(context.people)];
  const places = cleanList(context.places).map((p) => literalPattern(p, S));
  if (places.length > 0) {
    out.push({
      kind: 'place',
      tier: 'standalone',
      re: new RegExp(`${B}(?:${places.sort((a, b) => b.length - a.length).join('|')})${POSSESSIVE}${E}`, 'gu'),
      caseSensitive: false,
      why: 'This is a place in the story. Naming where a family lives or where the work happened narrows down who you mean.',
    });
  }
  const employer = cleanList([context.employer, ...(context.employerAliases ?? [])]).map((p) => literalPattern(p, S));
  if (employer.length > 0) {
    out.push({
      kind: 'employer',
      tier: 'standalone',
      re: new RegExp(`${B}(?:${employer.sort((a, b) => b.length - a.length).join('|')})${POSSESSIVE}${E}`, 'gu'),
      caseSensitive: false,
      why: 'Naming your employer ties the post to it: people may read it as your employer speaking, and it tells anyone who knows a family on your caseload where to look.',
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Audience

type Reach = 'wide' | 'narrow' | 'private';

/** Normalises 'Friends of friends', 'friends_of_friends' → 'friends-of-friends'. */
const normaliseAudience = (audience: string): string =>
  String(audience ?? '')
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
  if (a === 'followers' || a === 'connections') return `Your ${a} include people you hardly know, and they can share the post on. Anyone who knows the family could see it.`;
  if (a === 'public' || a === 'everyone' || a === 'anyone') return 'A public post can be seen by anyone, including the family, and it turns up when someone searches for your name.';
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
  const isName = (c: Candidate) => (c.kind === 'name' ? 0 : 1);
  const ranked = [...candidates].sort(
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

const sentence = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export function analysePost(draft: PostDraft, context: PostContext): PostAnalysis {
  const text = typeof draft?.text === 'string' ? draft.text : '';
  const texts = shadow(text);
  const story = storyDetectors(context ?? { people: [] });
  const detectors = [...story, ...DETECTORS];

  // Attachments: analyse their own words too, so a photo of a case file or a check-in at the court counts.
  const checkIn = typeof draft?.checkIn === 'string' ? draft.checkIn.trim() : '';
  const shows = cleanList(draft?.photo?.shows);
  const attachmentKinds = (s: string) => new Set(dedupe(scan(shadow(s), detectors)).filter((c) => c.tier === 'standalone').map((c) => c.kind));
  const checkInKinds = checkIn ? attachmentKinds(checkIn) : new Set<FlagKind>();
  const showsKinds = shows.map(attachmentKinds);
  const isAnchorKind = (k: FlagKind) => k === 'name' || k === 'case-word' || k === 'court' || k === 'derogatory';

  const all = scan(texts, detectors);
  // Venting about "the parents I work with" is about them, even with no case in sight.
  const ventingAboutPeople = all.some((c) => c.aboutPeople) && all.some((c) => c.kind === 'emotive');
  const anchored =
    ventingAboutPeople ||
    all.some((c) => c.tier === 'standalone' && isAnchorKind(c.kind)) ||
    [...checkInKinds].some(isAnchorKind) ||
    showsKinds.some((ks) => [...ks].some(isAnchorKind));
  const kept = dedupe(anchored ? all : all.filter((c) => c.tier === 'standalone'));

  const reach = audienceReach(draft?.audience ?? '');
  const escalate = anchored && reach === 'wide';
  const severityOf = (kind: FlagKind, alwaysSerious: boolean): Severity =>
    alwaysSerious || kind === 'name' ? 'serious' : kind !== 'emotive' && escalate ? 'serious' : 'caution';

  const flags: PostFlag[] = kept.map((c) => ({
    kind: c.kind,
    match: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    why: c.why,
    standards: standardsFor(c.kind, anchored),
    severity: severityOf(c.kind, c.alwaysSerious),
  }));

  shows.forEach((item, i) => {
    const ks = showsKinds[i]!;
    const discloses = ks.has('name') || ks.has('case-word');
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

  if (checkIn) {
    flags.push({
      kind: 'check-in',
      match: checkIn,
      start: -1,
      end: -1,
      why: anchored
        ? `Checking in at ${checkIn} pins this post to a place. Alongside anything about a case, it tells people exactly which family you mean.`
        : `Checking in at ${checkIn} tells everyone where you are right now. Near work, it is a detail that can help people work out who you are posting about.`,
      standards: [2],
      severity: severityOf('check-in', false),
    });
  }

  if (anchored && reach !== 'private') {
    // Wide: the post is about a case and anyone could see it. Narrow: still flagged, as friends can pass it on.
    const serious = reach === 'wide';
    flags.push({
      kind: 'audience',
      match: String(draft?.audience ?? ''),
      start: -1,
      end: -1,
      why: audienceWhy(draft?.audience ?? ''),
      standards: standardsFor('audience', anchored),
      severity: serious ? 'serious' : 'caution',
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
