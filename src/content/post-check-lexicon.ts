/**
 * The post checker's lexicon: the words and patterns the composer's analyser (src/core/post-check/analyser.ts)
 * looks for in a draft, and the plain-English reason it gives for each. Data only: the analyser compiles these
 * patterns and decides severity; this file must be imported only by the analyser (and post-check-jigsaw.ts), so
 * it stays in the analyser's lazily loaded chunk. The case words and standards come from the handout's risk 2
 * and the HCPC 2008/2012 standards it cites (knowledge-bite, hcpc-scpe-2008 in references.ts); the social work
 * terms (section 47, ICPC, Cafcass…) are the ones practitioners use, written in our own words.
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
 * PATTERN SYNTAX. Patterns are regular-expression sources that run on the analyser's "shadow" text: accents
 * stripped, every apostrophe "'", every hyphen-like dash "-", every space " ", and lower-cased unless the entry
 * is `caseSensitive`. Write `S` between words and `APOS` for an apostrophe. Every pattern starts with a boundary
 * check or a literal and uses only bounded quantifiers, so the analysis stays linear in the length of the text.
 * Known limits are noted next to the word lists, which are meant to grow.
 */
import { B, E, S, APOS, FAMILY, I_WORK, ADJ, MILD_ADJECTIVES, WORD } from './post-check-patterns.ts';
import type { FlagKind } from '../core/post-check/types.ts';

/**
 * standalone: flagged on its own (an anchor when its kind is name, case-word, court or derogatory).
 * jigsaw: identifying only alongside an anchor; dropped when the post has none.
 * cue: a hint of casework (a visit, a bruise, a child's age): with a jigsaw piece or another cue it makes the
 *   post about a case (see post-check-cues.ts); alone it is dropped.
 */
export type Tier = 'standalone' | 'jigsaw' | 'cue';

/** One entry of the lexicon: whole-word alternatives, or a pattern that sets its own boundaries. */
export type LexiconEntry = {
  kind: FlagKind;
  tier: Tier;
  why: string;
  /** Runs on the cased shadow (patterns that need a capital letter); otherwise on the lower-case one. */
  caseSensitive?: boolean;
  /** Serious whatever the audience (a name, a slur, a refuge). */
  alwaysSerious?: boolean;
  /** About the people you work with in general: with an emotive word, the post counts as about a case. */
  aboutPeople?: boolean;
  /** Case vocabulary that is also a subject ("section 47", "core group", "court"): not an anchor in a post sharing learning or a public event. */
  topical?: boolean;
  /** A weak cue ("mum", "the kids"): it needs a stronger cue, or a place, school or age, not just a time. */
  weak?: boolean;
} & (
  | {
      /** Lower-case phrases, matched as whole words (`S` between words). */
      words: readonly string[];
    }
  | { pattern: string }
);

// ---------------------------------------------------------------------------------------------------------
// Why each kind of word is flagged (shown to the player).

export const WHY = {
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
  refuge: 'Where a refuge is must stay secret: saying where it is, or who is in it, could put people in danger.',
  derogStrong: 'Calling people this is offensive, and from a social worker it damages trust in you and the profession, whether or not you name anyone.',
  derogMild:
    'This judges the people you work with. Posted, it reads as contempt for families, which damages their trust and the public’s confidence in social work.',
  emotive: 'Venting about work online reads as anger at the people you work with. Take it to supervision or a trusted colleague instead.',
};

/** Derogatory words about people; always serious. Each is a slur or an insult with no innocent reading in a post about people. */
export const DEROGATORY_STRONG = [
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

/**
 * Name parts that are also everyday words ("Mark my words", "the price of bread", "will you"). They only
 * count when written with a capital, as a name is. A capital at the start of a sentence still counts: a
 * false alarm costs a second look, a miss could cost a family its privacy.
 */
export const COMMON_WORD_NAMES =
  'mark will grace hope faith joy rose may june april summer autumn dawn ruby amber holly ivy lily daisy poppy jade pearl ' +
  'crystal sky bill pat sue rob jack frank guy ray drew dean miles chase hunter carter price king young white black brown ' +
  'green long short hill wood rich bird fox hall baker cook walker wells banks little small hart marsh bush stone ' +
  'page parker potter mason bond lane rice sharp fish hunt field ward power best sweet love noble major gay art bob nick';

// ---------------------------------------------------------------------------------------------------------
// Case words (with the topic words and the people you work with, which are jigsaw pieces), court and
// derogatory words: the anchors that make a post about a case.

export const ANCHOR_ENTRIES: readonly LexiconEntry[] = [
  // ---- case words (anchors) ----
  {
    kind: 'case-word',
    tier: 'standalone',
    words: [
      '(?:initial' + S + '|review' + S + ')?(?:child' + S + 'protection|cp|case|safeguarding)' + S + 'conferences?',
      'icpcs?|rcpcs?',
      'strategy' + S + '(?:meetings?|discussions?)',
      'core' + S + 'groups?',
      // "s47", "s.20"; a bare "S20" is as likely a phone.
      'section' + S + '(?:47|20|31|38)|s\\.?\\s?47|s\\.\\s?(?:20|31)',
      '(?:lac|cla|looked[-\\s]after(?:' + S + 'child(?:ren)?)?)' + S + 'reviews?',
      '(?:child' + S + 'protection|cp|child' + S + 'in' + S + 'need|cin|care|pathway)' + S + 'plans?',
      '(?:child' + S + 'protection|cp|safeguarding|court|care)' + S + 'cases?',
      '(?:interim' + S + ')?(?:care|supervision|placement|emergency' + S + 'protection|child' + S + 'arrangements)' + S + 'orders?',
      // EPO only: "ICO" is as often the Information Commissioner's Office.
      'epo',
      'police' + S + 'protection',
      'pre[-\\s]?proceedings',
      // Proceedings as an event in a case, not as a subject: "issued care proceedings", "proceedings were issued".
      '(?:issued|issuing|issue)' + S + '(?:care' + S + ')?proceedings',
      '(?:care' +
        S +
        ')?proceedings' +
        S +
        '(?:(?:were|have' +
        S +
        'been|has' +
        S +
        'been|had' +
        S +
        'been|got)' +
        S +
        ')?(?:issued|started|initiated|began|concluded|ended)',
      '(?:safeguarding|mash|cp)' + S + 'referrals?',
      'safeguarding' + S + 'concerns?',
      '(?:unannounced' + S + ')?home' + S + 'visits?',
      'case' + S + '(?:files?|notes|records?)',
      '(?:supervised' + S + 'contact|contact' + S + 'centre)',
      'taken' + S + 'into' + S + 'care',
      'adoption' + S + '(?:order' + S + ')?(?:went' + S + 'through|was' + S + 'granted|granted|finali[sz]ed|was' + S + 'made)',
      '(?:placement|foster' + S + 'placement)' + S + '(?:breakdown|broke' + S + 'down)',
      'emergency' + S + '(?:foster' + S + ')?placements?',
      '(?:unannounced|doorstep|statutory|joint)' + S + 'visits?',
      'strat' + S + 'meetings?',
      '(?:plo|pre-?proceedings)' + S + '(?:meetings?|letters?|process|stage)',
      '(?:cin|cp|child' + S + 'in' + S + 'need)' + S + '(?:reviews?|meetings?)',
      '(?:child' + S + 'protection|cp)' + S + 'medicals?',
      'police' + S + 'interviews?|abe' + S + 'interviews?',
      'iros?',
      'step' + S + 'down' + S + 'to' + S + 'cin',
      '(?<!(?:my|our) )(?:kids|children|baby|both|all' + S + 'three|all' + S + 'four)' + S + '(?:are' + S + '|is' + S + ')?safe' + S + '(?:tonight|now)',
    ],
    why: WHY.caseWord,
    topical: true,
  },
  // "removal" is also hair, furniture and snow removal: exclude those, and "removal van/men/firm".
  {
    kind: 'case-word',
    tier: 'standalone',
    pattern: `${B}(?<!(?:hair|furniture|snow|rubbish|waste|stain|tattoo|weed|tree|junk|house|wart|mole|make-?up|ice|graffiti|paint)[\\s-])removals?${E}(?!${S}(?:vans?|men|firms?|compan(?:y|ies)|lorr(?:y|ies)))`,
    why: WHY.caseWord,
  },
  // "removed" only about children: "removed the children", "the baby was removed", "removed into care".
  {
    kind: 'case-word',
    tier: 'standalone',
    words: [
      '(?:removed|removing|remove)' +
        S +
        '(?:(?:the|her|his|their|both|all|two|three|four|five|\\d{1,2})' +
        S +
        ')?(?:children|kids|child|bab(?:y|ies)|twins|siblings|sons?|daughters?|newborn|boys|girls)',
      '(?:children|kids|child|bab(?:y|ies)|twins|siblings)' +
        S +
        '(?:were|was|have' +
        S +
        'been|has' +
        S +
        'been|had' +
        S +
        'been|got|being|been)' +
        S +
        'removed',
      'removed' + S + '(?:in)?to' + S + '(?:care|foster' + S + 'care)',
    ],
    why: WHY.caseWord,
  },
  // Pointing at people on the caseload. "The mum"/"the dad" is how workers talk about a family they work with
  // (people say "my mum" about their own); "the mother of…", "dad jokes" and the like are excluded.
  {
    kind: 'case-word',
    tier: 'standalone',
    words: [
      '(?:my|our)' + S + '(?:client|service' + S + 'user)',
      'one' +
        S +
        'of' +
        S +
        'my' +
        S +
        '(?:(?:looked[-\\s]after|lac|cla|cin|cp|foster|care|' +
        WORD +
        '{1,12})' +
        S +
        '){0,2}(?:families|cases|clients|service' +
        S +
        'users|kids|young' +
        S +
        'people|children|boys|girls|lads)',
      // "a family I work with", "this lovely family I work with" (one word may come between).
      '(?:an?|the|this|that)' +
        S +
        ADJ +
        '(?:family|mum|dad|mother|father|parent|child|young' +
        S +
        'person|service' +
        S +
        'user|client)' +
        S +
        I_WORK +
        '(?:' +
        S +
        'with)?',
      // "I work with a family who…", "we visited the mum" ("a family member" and "the family business" are not cases).
      I_WORK +
        '(?:' +
        S +
        'with)?' +
        S +
        '(?:an?|one|this|that|the)' +
        S +
        ADJ +
        '(?:family|mum|dad|mother|father|parent|child|young' +
        S +
        'person|service' +
        S +
        'user|client)(?!' +
        S +
        '(?:members?|friends?|business|home|holiday|party|car|dog|cat)' +
        E +
        ')',
      'the' +
        S +
        '(?:mum|mother|dad|father|birth' +
        S +
        '(?:mother|father|parents?)|step-?dad|mum' +
        APOS +
        's' +
        S +
        '(?:boyfriend|partner))(?!' +
        S +
        '(?:of|tongue|ship|jokes?|bod|nature|country)' +
        E +
        ')',
      '(?:kids|children|baby|child)' + S + '(?:could|can|get' + S + 'to|are' + S + 'allowed' + S + 'to)' + S + 'go' + S + 'home',
      'one' + S + 'of' + S + 'mine',
      '(?:kid|child|boy|girl|lad|lass|mum|dad|family|families|young' +
        S +
        'person|teenager|baby|one|old|yo)s?' +
        S +
        'on' +
        S +
        '(?:the|my|our)' +
        S +
        '(?:caseload|case' +
        S +
        'load|books|patch)',
      '(?:the|that|this)' + S + '(?:family|mum|dad|kids|lad|girl|boy)' + S + '(?:on|from)' + S + '(?:the|that)' + S + '(?:' + WORD + '{1,20}' + S + ')?estate',
      '(?:the|a|this|that)' +
        S +
        ADJ +
        '(?:family|mum|dad|mother|father|parent|child|young' +
        S +
        'person|lad|lass|boy|girl|baby|little' +
        S +
        'one|teenager|kid)' +
        S +
        "(?:i|we)(?:'ve|" +
        S +
        'have)?' +
        S +
        '(?:saw|met|visited|spoke' +
        S +
        'to|sat' +
        S +
        'with|placed|been' +
        S +
        'working' +
        S +
        'with|am' +
        S +
        'working' +
        S +
        'with)',
      '(?:kids|children|baby|child)' +
        S +
        '(?:aren' +
        APOS +
        '?t|are' +
        S +
        'not|won' +
        APOS +
        '?t' +
        S +
        'be|will' +
        S +
        'not' +
        S +
        'be|is' +
        S +
        'not|isn' +
        APOS +
        '?t)' +
        S +
        '(?:coming|going)' +
        S +
        'home',
    ],
    why: WHY.serviceUser,
  },
  // The people you work with in general: "my caseload is huge", "proud of the young people I work with" are
  // fine, so these count only in a post about a case, or alongside venting, which makes it about them.
  {
    kind: 'case-word',
    tier: 'jigsaw',
    words: [
      '(?:my|our)' + S + '(?:caseload|cases|case' + S + 'load|clients|service' + S + 'users|families)',
      'on' + S + 'my' + S + 'books',
      '(?:families|parents|mums|dads|kids|children|young' + S + 'people|clients|service' + S + 'users)' + S + I_WORK + S + 'with',
    ],
    why: WHY.people,
    aboutPeople: true,
  },
  // Topic words: a subject in a research share, a case word in a post about a case.
  {
    kind: 'case-word',
    tier: 'jigsaw',
    words: [
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
      'children' + APOS + 's' + S + 'homes?',
      '(?:care|residential|foster)' + S + 'homes?|supported' + S + 'lodgings|secure' + S + 'unit',
      '(?:left|leaving)' + S + 'care',
      'looked[-\\s]after' + S + '(?:kids|young' + S + 'people)|lac' + S + 'kids',
    ],
    why: WHY.topic,
  },

  // ---- court (anchors) ----
  // Plain "court" is caught, except sport and food courts, court shoes, the published-judgment courts
  // (Supreme Court, Court of Appeal, European Court) that practice posts discuss as law, not as a case, and
  // court skills in general ("writing court reports", "court skills training"; "the court report" still counts).
  {
    kind: 'court',
    tier: 'standalone',
    pattern: `${B}(?<!(?:food|tennis|squash|netball|basketball|badminton|volleyball|ball|royal|supreme|hampton|earls|earl${APOS}s|european|appeal)${S})(?:(?:family|crown|county|magistrates${APOS}?|youth|high|civil|criminal|coroner${APOS}?s)${S})?(?:courts?|courtroom|court${S}room)${E}(?!${S}(?:shoes?|jesters?|of${S}appeal|yard|reports|skills|training)${E})`,
    why: WHY.court,
    topical: true,
  },
  {
    kind: 'court',
    tier: 'standalone',
    words: [
      'magistrates' + APOS + '?',
      'magistrate',
      '(?:the|a|district|circuit)' + S + 'judge',
      'his' + S + 'honour' + S + 'judge|hhj',
      '(?:the|final|interim|court|contested|directions|fact[-\\s]finding|issues' +
        S +
        'resolution|care|celebration)' +
        S +
        'hearings?(?!' +
        S +
        '(?:aids?|loops?|tests?|impaired|dogs?)' +
        E +
        ')',
      'irhs?',
      'cafcass',
      'children' + APOS + 's' + S + 'guardian',
      'guardian' + S + 'ad' + S + 'litem',
      'hearings?' + S + '(?:adjourned|listed|vacated|went|was' + S + 'adjourned)',
    ],
    why: WHY.court,
    topical: true,
  },

  // ---- derogatory (anchors) ----
  {
    kind: 'derogatory',
    tier: 'standalone',
    words: DEROGATORY_STRONG,
    why: WHY.derogStrong,
    alwaysSerious: true,
  },
  {
    kind: 'derogatory',
    tier: 'standalone',
    pattern: `${B}(?<!(?:my|our)${S})(?:${MILD_ADJECTIVES})${S}(?:${FAMILY})${E}(?!${APOS}?${S}(?:evenings?|meetings?|nights?|days?)${E})`,
    why: WHY.derogMild,
  },
  {
    kind: 'derogatory',
    tier: 'standalone',
    words: [
      '(?:the' + S + ')?(?:' + FAMILY + '|neighbours?)' + S + 'from' + S + 'hell',
      'shouldn' + APOS + '?t' + S + '(?:be' + S + 'allowed' + S + 'to' + S + ')?(?:have|breed|be' + S + 'parents)(?:' + S + '(?:kids|children))?',
      'should' + S + 'be' + S + 'sterili[sz]ed',
      'shouldn' + APOS + '?t' + S + 'be' + S + 'allowed' + S + 'to' + S + 'breed',
      // Sweeping contempt for the people served ("these parents would rather…", "some of these dads are a disgrace").
      `(?:these|those|some|most|half)${S}(?:of${S}(?:these|the|my|our)${S})?(?:${FAMILY}|people)${S}(?:would${S}rather|can${APOS}?t${S}be${S}bothered|don${APOS}?t${S}care)`,
      `(?<!(?:my|our|your)${S})(?:${FAMILY})${S}(?:round${S}here${S}|on${S}my${S}caseload${S})?(?:are|is)${S}(?:just${S})?(?:an?${S})?(?:absolute${S}|complete${S}|total${S})?(?:joke|disgrace|waste${S}of|animals|scum|useless|hopeless|vile|feral)`,
      `(?:people|parents|families)${S}like${S}(?:this|that|them|these)${S}(?:(?:even|still|actually)${S})?(?:have|having|get${S}to${S}have|allowed)`,
      `another${S}one${S}(?:back${S})?through${S}the${S}door|back${S}through${S}the${S}door`,
      `can${APOS}?t${S}help${S}people${S}who${S}won${APOS}?t${S}help${S}themselves`,
      `(?:our|the|my|usual|regular|a)${S}frequent${S}flyers?(?!${S}(?:miles|points|club|card|scheme|programme))`,
    ],
    why: WHY.derogMild,
  },
];
