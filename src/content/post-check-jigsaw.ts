/**
 * The post checker's jigsaw pieces: emotive words, dates and times, ages, schools and places. On their own they
 * say nothing about anyone; alongside a case word they help identify a family (the handout's risk 2 and HCPC
 * 2008 standard 2, see references.ts: knowledge-bite, hcpc-scpe-2008). Data only, in the syntax described in
 * post-check-lexicon.ts; imported only by the analyser so it stays in its lazily loaded chunk.
 */
import { WHY, type LexiconEntry } from './post-check-lexicon.ts';
import { APOS, B, CAP_WORD, DAYS, E, MONTHS, NUMBER_WORDS, S, SCHOOL_ENDINGS, STREET_ENDINGS, WORD } from './post-check-patterns.ts';

export const JIGSAW_ENTRIES: readonly LexiconEntry[] = [
  // ---- emotive (jigsaw: "I hate Mondays" is nobody's business) ----
  {
    kind: 'emotive',
    tier: 'jigsaw',
    words: [
      'furious|fuming|livid|raging|seething|enraged|incensed',
      '(?:so|really|very)' + S + '(?:angry|cross|mad)',
      'can' + APOS + '?t' + S + 'stand|cannot' + S + 'stand',
      'hat(?:e|es|ed|ing)',
      'sick' + S + '(?:(?:to' + S + 'death' + S + ')?of)',
      'fed' + S + 'up',
      'had' + S + 'enough',
      'makes?' + S + 'me' + S + 'want' + S + 'to' + S + '(?:quit|scream|cry|leave|give' + S + 'up)|want' + S + 'to' + S + 'quit',
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
    ],
    why: WHY.emotive,
  },

  // ---- date and time (jigsaw) ----
  {
    kind: 'date-time',
    tier: 'jigsaw',
    words: [
      'today|tonight|yesterday|tomorrow',
      'this' + S + '(?:morning|afternoon|evening|lunchtime)',
      'last' + S + '(?:night|thing)',
      `(?:${DAYS})s?`,
      '\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)',
      '(?:[01]?\\d|2[0-3]):[0-5]\\d',
      'at' + S + '\\d{1,2}(?:[:.][0-5]\\d)?(?!\\s?(?:am|pm|%|years?|yrs?|months?|weeks?|days?|hours?|minutes?|mins?)' + E + ')',
      'noon|midday|midnight',
      'half' + S + '(?:past' + S + ')?(?:' + NUMBER_WORDS + ')',
      'first' + S + 'thing|late' + S + 'last' + S + 'night|overnight|first' + S + 'night|til' + S + '\\d{1,2}(?:am|pm)?|\\d{1,2}-\\d{1,2}' + S + 'every',
      '(?:' + NUMBER_WORDS + '|\\d{1,2})' + S + 'o' + APOS + 'clock',
      // Day/month: "14/03", "14/03/2026", "14-3-26", "14.03.2026" (a dot needs the year: "1.5" is a number). 24/7 is not a date.
      '(?!24/7' + E + ')(?:0?[1-9]|[12]\\d|3[01])[/-](?:0?[1-9]|1[0-2])(?:[/-](?:\\d{4}|\\d{2}))?',
      '(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:\\d{4}|\\d{2})',
      '(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])',
      '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?' + S + '(?:of' + S + ')?(?:' + MONTHS + ')',
      '(?:' + MONTHS + ')' + S + '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?',
    ],
    why: WHY.dateTime,
  },

  // ---- age (jigsaw) ----
  {
    kind: 'age',
    tier: 'jigsaw',
    words: [
      'aged?' + S + '(?:of' + S + ')?(?:\\d{1,2}|' + NUMBER_WORDS + ')',
      '(?:\\d{1,2}|' + NUMBER_WORDS + ')[-\\s]?(?:years?|yrs?|months?|weeks?|wks?)[-\\s]old',
      '(?:\\d{1,2}|' + NUMBER_WORDS + ')\\s?(?:yo|y/o)',
      '(?:teenager|teen|girl|boy|child|baby|toddler|kid|son|daughter|lad|lass|young' + S + 'person)' + S + 'of' + S + '(?:\\d{1,2}|' + NUMBER_WORDS + ')',
      'newborn',
    ],
    why: WHY.age,
  },

  // ---- school (jigsaw) ----
  {
    kind: 'school',
    tier: 'jigsaw',
    words: [
      '(?:primary|secondary|infant|infants|junior|juniors|high|grammar|special|boarding|middle|free|faith)' + S + 'schools?',
      'schools?',
      'nurser(?:y|ies)',
      'academ(?:y|ies)',
      'sixth' + S + 'form',
      'pupil' + S + 'referral' + S + 'units?|prus?',
      'year' + S + '(?:[1-9]|1[0-3])',
      'reception' + S + 'class',
    ],
    why: WHY.school,
  },
  // A named school: "Oakfield Primary", "St Mary's", "Castle Street Academy" (case-sensitive: a capital starts the name).
  {
    kind: 'school',
    tier: 'jigsaw',
    pattern: `(?:${CAP_WORD}${S}){1,3}(?:${SCHOOL_ENDINGS})${E}`,
    why: WHY.school,
    caseSensitive: true,
  },
  {
    kind: 'school',
    tier: 'jigsaw',
    pattern: `${B}St\\.?${S}\\p{Lu}${WORD}{1,20}${APOS}s${E}`,
    why: WHY.school,
    caseSensitive: true,
  },

  // ---- place (jigsaw) ----
  {
    kind: 'place',
    tier: 'jigsaw',
    pattern: `${B}[a-z]{1,2}\\d[a-z\\d]? ?\\d[a-z]{2}${E}`,
    why: WHY.postcode,
  },
  // "12 Castle Street", "Meadow Way". Not after "The/No/Any…", so "No Way" and "The Avenue of…" stay quiet.
  {
    kind: 'place',
    tier: 'jigsaw',
    pattern: `(?:${B}\\d{1,4}[a-zA-Z]?${S})?(?!(?:The|A|An|No|My|Our|This|That|Any|Every|Some|One|Each|Which)${S})(?:${CAP_WORD}${S}){1,3}(?:${STREET_ENDINGS}|Rd|St|Ave)${E}`,
    why: WHY.street,
    caseSensitive: true,
  },
  {
    kind: 'place',
    tier: 'jigsaw',
    pattern: `${B}(?<!real${S})(?:(?:council|housing|the|that|this)${S}(?:${WORD}{1,20}${S})?)estate${E}(?!${S}agents?)`,
    why: WHY.estate,
  },
  // A refuge is a cue as well as a place: "dropped off at the refuge at midnight" describes a case.
  {
    kind: 'place',
    tier: 'cue',
    words: ['(?:the|a|women' + APOS + 's)' + S + 'refuge', 'mother' + S + 'and' + S + 'baby' + S + 'unit'],
    why: WHY.refuge,
    alwaysSerious: true,
  },
];
