/**
 * The post checker's cues and context words (see post-check-lexicon.ts for the syntax and the tiers). Data only;
 * imported only by the analyser so it stays in its lazily loaded chunk.
 *
 * CUES are words that hint at casework without proving it: "a visit", "bruising", "s20", "a 15-year-old", "the
 * refuge", a 📍 typed into the text, "a photo of the card". One cue says little ("surprise visit from my sister");
 * a cue with a time, an age, a place or another cue is how a real case gets described ("visit on Sefton Road",
 * "a 15 year old til 2am"), so the analyser counts the post as about a case when a cue meets another piece.
 *
 * CONTEXT WORDS change how the rest is read:
 * - GENERAL: the post shares learning or a public event (a webinar, a practice guide, research, training,
 *   students, "all welcome"). Case vocabulary there is a subject ("a guide on s47 thresholds"), so topical case
 *   words and ages do not make it about a case; words pointing at a person still do ("the mum I saw").
 * - OWN LIFE: "my son", "my nan": the people in the post are the poster's own, so a child's age or "the baby"
 *   is not a cue.
 * - COMPLAINT and PRAISE decide whether a mention of the employer is a problem: "WBC have lost the plot" is
 *   criticising your employer in public (HCPC 2008 standard 13); "WBC is shortlisted for an award" is not.
 */
import { WHY, type LexiconEntry } from './post-check-lexicon.ts';
import { ADJ, APOS, B, E, FAMILY, MILD_ADJECTIVES as MILD, NUMBER_WORDS, S, WORD } from './post-check-patterns.ts';

const NUM = `(?:\\d{1,2}|${NUMBER_WORDS})`;
const PERSON = `(?:girl|boy|lad|lass|baby|toddler|teenager|teen|kid|child|young${S}person|young${S}man|young${S}woman|family|mum|dad|mother|father|little${S}one)`;

export const CUE_WHY = {
  visit: 'A visit, alongside a time, a place or a person, describes a piece of casework that the family would recognise.',
  event: 'This describes something that happened in a case (an injury, a disclosure, a child going missing), which the people involved would recognise.',
  person: 'This points at a particular person you work with, and with the other details here they could be recognised.',
  checkIn: 'Typing where you are pins the post to a place; alongside anything about a case, it tells people which family you mean.',
  photo: 'A photo of a card, letter or drawing from someone you work with can show their name, their writing or their story.',
};

export const CUE_ENTRIES: readonly LexiconEntry[] = [
  // ---- visits (not "a visit from my sister", not a tradesperson's home visit: see OWN_LIFE and TRADE) ----
  {
    kind: 'case-word',
    tier: 'cue',
    pattern: `${B}(?:(?:surprise|emergency|late|evening|night|first|joint|follow-up|two|three)${S})?visit(?:s|ed|ing)?${E}(?!${S}(?:from|to|with)${S}(?:my|our|the${S}(?:dentist|gp|doctor|vet|zoo|museum|in-laws)))`,
    why: CUE_WHY.visit,
  },
  {
    kind: 'case-word',
    tier: 'cue',
    words: [
      'door' + S + 'slammed',
      'past' + S + 'the' + S + 'door',
      'answer(?:s|ed)?' + S + 'the' + S + 'door',
      'knock(?:ed|ing)?' + S + '(?:on' + S + ')?(?:the|their|her|his)' + S + 'door',
      'let' + S + 'me' + S + 'in(?!' + S + 'on)',
      'unannounced',
      'on' + S + 'a' + S + '(?:cp' + S + '|child' + S + 'protection' + S + '|cin' + S + '|safety' + S + ')?plan',
      'family' + S + 'centre',
      'contact' + S + '(?:supervised|stopped|cancelled|day|visit)',
      'no' + S + 'adult',
      'this' + S + 'part' + S + 'of' + S + 'the' + S + 'job',
    ],
    why: CUE_WHY.visit,
  },
  // ---- weak cues: a parent or child with no possessive ("Mum finally let me in", "the kids answered") ----
  {
    kind: 'case-word',
    tier: 'cue',
    weak: true,
    pattern: `${B}(?<!(?:my|our|your|his|her|their|me|and|${WORD}${APOS}s)${S})(?:mum|dad|the${S}kids|the${S}children|the${S}family|the${S}parents)${E}(?!${S}(?:and${S}(?:me|i|dad|mum)|jokes?|bod|life)${E})`,
    why: CUE_WHY.person,
  },
  {
    kind: 'case-word',
    tier: 'cue',
    weak: true,
    words: [
      '(?:the|a|this|that)' +
        S +
        '(?:little' +
        S +
        ')?(?:girl|boy|lad|lass|baby|toddler|teenager|kid|child|twins|siblings|young' +
        S +
        'person)' +
        S +
        '(?:in|at|from|who|i|we|wrote|gave|sent|made|drew|left)',
      '(?:that|this)' + S + 'poor' + S + '(?:kid|child|girl|boy|lad|family|mum|woman|baby)',
    ],
    why: CUE_WHY.person,
  },
  // ---- events in a case ----
  {
    kind: 'case-word',
    tier: 'cue',
    words: [
      'bruis(?:e|es|ed|ing)',
      'injur(?:y|ies|ed)',
      'disclos(?:ed|ure|ing)',
      '(?:gone|went|going|is|was|reported)' + S + 'missing|missing' + S + '(?:again|overnight|episode)',
      'police' + S + '(?:called|were' + S + 'called|came|turned' + S + 'up|on' + S + 'the' + S + 'way|involved)',
      'in' + S + 'custody',
      'a&e',
      'maternity' + S + '(?:unit|ward)|neonatal|nicu|scbu|children' + APOS + 's' + S + 'ward',
      'in' + S + 'hospital',
      'the' + S + 'hospital',
      's ?20(?!' + S + '(?:ultra|fe|plus|5g))',
      'placed' + S + '(?:together|with|in)',
      'new' + S + 'foster' + S + 'carers',
      'for' + S + 'a' + S + 'bed',
      'you' + S + 'know' + S + 'who' + S + 'you' + S + 'are',
      '(?:a|the)' + S + '(?:mum|dad|mother|father)' + S + 'who',
      '(?:one|two|three|1|2|3)[- ]bed(?:room)?' + S + '(?:flat|house)',
      'landlord',
      '(?:at|after|before|from|to)' + S + 'contact' + E + '(?!' + S + '(?:lenses|details|form|us|me))',
      'contact' + S + '(?:\\d|went|was|session|every|today|tonight|this)',
      'contact' + S + '(?:at|on|from)' + S + '\\d',
      'referral' + S + '(?:came|come|was' + S + 'made|made|(?:from)' + S + '(?:the' + S + ')?(?:school|gp|police|health|hospital|nursery|neighbour))',
      '(?:fridge|cupboards?|cupboard)' + S + '(?:was|were)' + S + '(?:empty|bare)',
    ],
    why: CUE_WHY.event,
  },
  // ---- a child's age: third person ("a 15 year old"), not "my eldest turns fourteen" (OWN_LIFE) ----
  {
    kind: 'age',
    tier: 'cue',
    words: [
      '(?:an?|the|this|that|our)' + S + '(?:' + NUM + '|eighteen)[-\\s]?(?:years?|yrs?|yr|months?|weeks?|wks?)[-\\s]old',
      '(?:an?|the)' + S + NUM + '\\s?(?:yo|y/o)',
      NUM + '\\s?(?:yo|y/o)' + S + '(?:lad|lass|girl|boy|missing|kid|young)',
      NUM + '[-\\s]?(?:years?|yrs?|yr|months?|weeks?|wks?)[-\\s]old' + S + '(?:twins|baby|girl|boy|lad|care|and)',
      '(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[-\\s]year[-\\s]olds?',
      '(?:aged|siblings|brothers|sisters|twins|kids|children)' + S + '(?:aged' + S + ')?\\d{1,2}' + S + 'and' + S + '\\d{1,2}',
      '(?:brothers|sisters|siblings|kids|children|girls|boys|teenagers|teens|lads),?' + S + '\\d{1,2}' + S + 'and' + S + '\\d{1,2}',
      '(?:kids|children|babies)' + S + 'under' + S + NUM,
      '(?:girl|boy|lad|lass|teenage' + S + '(?:girl|boy)),' + S + '\\d{1,2}' + E,
      '\\d{1,2}' + S + '(?:yr|year)' + S + 'old',
      NUM + '[-\\s]?(?:days?|weeks?|wks?|months?)[-\\s]old',
      '(?:is|was|aged)' + S + NUM + S + '(?:months|weeks|days)' + E,
      '(?:baby|she|he|they|twins)' +
        S +
        '(?:is|was|are|were)' +
        S +
        '(?:only' +
        S +
        ')?' +
        NUM +
        '(?:' +
        S +
        '(?:years?|months?|weeks?|days?)(?:' +
        S +
        'old)?)?' +
        E,
      'newborn',
      '(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten)' +
        S +
        'and' +
        S +
        'a' +
        S +
        'half(?!' +
        S +
        '(?:hours?|mins?|minutes|miles|km|weeks?' +
        S +
        'late|stars?|pints?))',
    ],
    why: WHY.age,
  },
  // ---- people pointed at without a name ----
  {
    kind: 'case-word',
    tier: 'cue',
    words: [
      'the' + S + 'baby',
      '(?:visited|saw|met|sat' + S + 'with)' + S + '(?:an?|the|this|that)' + S + '(?:little' + S + ')?' + PERSON,
      '(?:that|this)' + S + '(?:house|flat|address|property)',
      '(?:what|things)' + S + '(?:i|we)' + S + '(?:saw|walked' + S + 'into|found|witnessed|heard)',
      'especially' + S + 'this' + S + 'one',
      '(?:from)' + S + '(?:mum|dad|the' + S + '(?:family|kids|mum|dad))',
      'same' + S + '(?:family|families|faces)',
      'welfare' + S + 'checks?',
      '(?:an?|the|this|that)' + S + '(?:little|lil|wee)' + S + 'one',
      '(?:left|leaving|visited|been' + S + 'to|walked' + S + 'into|came' + S + 'out' + S + 'of)' + S + 'a' + S + '(?:house|flat|home)' + S + 'where',
      'stab' + S + 'vests?',
    ],
    why: CUE_WHY.person,
  },
  // ---- a check-in typed into the text: 📍 (the shadow turns the pin into "~~") or "checked in at" ----
  {
    kind: 'check-in',
    tier: 'cue',
    pattern: `(?:~~ ?|${B}checked${S}in${S}at${S})[^.!?\\n~]{2,40}`,
    why: CUE_WHY.checkIn,
  },
  // ---- a photo of a card, letter or drawing, typed ("pic of the card J made me") ----
  {
    kind: 'photo',
    tier: 'cue',
    pattern: `${B}(?:pic|photo|picture|snap|snapped|sharing|attach|attached|attaching|posting)${E}[^.!?\\n]{0,30}${B}(?:card|letter|drawing|note|picture)s?${E}`,
    why: CUE_WHY.photo,
  },
];

/** More ways practitioners write about casework (added after the second held-out set). */
export const MORE_CUE_ENTRIES: readonly LexiconEntry[] = [
  {
    kind: 'case-word',
    tier: 'cue',
    words: [
      'foster' + S + '(?:famil(?:y|ies)|homes?|mum|dad|placement)',
      'kinship' + S + '(?:assessment|care|carers?|placement)?|special' + S + 'guardianship|sgo',
      '(?:going|went|go)' + S + '(?:back' + S + ')?out' + S + 'to' + S + '(?:them|the' + S + 'family|her|him|the' + S + 'house)',
      'spent' + S + 'the' + S + '(?:morning|afternoon|day|evening|night)' + S + 'with' + S + '(?:an?|the)',
      'never' + S + 'told' + S + 'anyone',
      '(?:adoption|fostering|permanence|matching|legal|resource)' + S + 'panel|panel' + S + '(?:see|approved|agreed|date|day|tomorrow)',
      'lado|mash',
    ],
    why: CUE_WHY.event,
  },
  {
    kind: 'case-word',
    tier: 'cue',
    weak: true,
    words: [
      'on' + S + '(?:my|the|our)' + S + '(?:list|caseload|books|patch)',
      '(?:this|that)' + S + 'family',
      '(?:she|he|they)' + S + '(?:told|sent|messaged|texted|rang|said|asked|showed)(?:' + S + 'me)?',
      '(?:she|he)' + APOS + 'd' + S + 'never',
      '(?<!(?:my|our|your)' + S + ')(?:nan|grandad|auntie|gran)',
      '(?:youngest|oldest|eldest)' + S + 'on',
    ],
    why: CUE_WHY.person,
  },
  {
    kind: 'photo',
    tier: 'cue',
    pattern: `${B}(?:screenshots?|screengrabs?|screen${S}shot)${E}[^.!?\\n]{0,20}${B}(?:text|message|messages|email|card|letter)s?${E}`,
    why: CUE_WHY.photo,
  },
  {
    kind: 'derogatory',
    tier: 'standalone',
    words: [
      `(?:${FAMILY}|people)${S}who${S}(?:can${APOS}?t${S}be${S}bothered|don${APOS}?t${S}care|think${S}(?:they${APOS}re|he${APOS}s|she${APOS}s)${S}above)`,
      `another${S}(?:mum|dad|parent|family|one)${S}who${S}thinks`,
      `(?:${MILD})${S}?,${S}(?:${MILD}|entitled|${WORD}{1,12})${S}(?:${FAMILY})`,
      `(?:entitled|ungrateful)${S}(?:${FAMILY})`,
    ],
    why: WHY.derogMild,
  },
];

/**
 * Broader ways of writing about casework (added after the third held-out set). The working-life words
 * ("parenting assessment", "police", "a statement") are jigsaw pieces: a subject alone, a case alongside a cue or
 * a parent. Third-person family words ("his mum") are weak cues.
 */
export const WORK_ENTRIES: readonly LexiconEntry[] = [
  {
    kind: 'case-word',
    tier: 'standalone',
    words: [
      'one' + S + 'of' + S + 'my' + S + '(?:little' + S + 'ones|yp|young' + S + 'people|lot)',
      'my' + S + 'yp',
      'issued' + S + 'on',
      '(?:family|case|kids)' + S + 'i' + S + 'closed',
      'same' + S + 'address',
      'promised' + S + '(?:him|her|them)' + S + 'i' + APOS + '?d',
    ],
    why: WHY.serviceUser,
  },
  {
    kind: 'derogatory',
    tier: 'standalone',
    words: [`(?:${FAMILY}|people)${S}(?:just${S})?breed`, `trash${S}(?:parenting|parents?|mums?|dads?|house|famil(?:y|ies)|attitude)`],
    why: WHY.derogMild,
  },
  {
    kind: 'case-word',
    tier: 'standalone',
    words: [
      'one' +
        S +
        'of' +
        S +
        'my' +
        S +
        '(?:old' +
        S +
        '|former' +
        S +
        ')?(?:care' +
        S +
        'leavers|looked' +
        S +
        'after' +
        S +
        '(?:kids|children)|lac' +
        S +
        'kids)',
    ],
    why: WHY.serviceUser,
  },
  {
    kind: 'case-word',
    tier: 'jigsaw',
    words: [
      '(?:parenting|viability|kinship|risk|core|initial|single|family)' + S + 'assessments?',
      'statements?',
      'police',
      'health' + S + 'visitors?',
      'underweight|failure' + S + 'to' + S + 'thrive',
      'return(?:ed)?' + S + 'home|reunification',
      'social' + S + 'workers?',
      'reception',
      'security',
    ],
    why: WHY.topic,
  },
  {
    kind: 'case-word',
    tier: 'cue',
    words: [
      'at' + S + 'the' + S + 'door|no' + S + 'answer|(?:nobody|no' + S + 'one)' + S + '(?:home|in)',
      'contact' + S + '(?:moved|changed|cancelled|stopped|supervised|session|went|was|is|every|with)',
      'ran' + S + 'away|run' + S + 'away|absconded',
      'police' + S + 'calls?',
      NUM + S + 'under' + S + NUM,
      NUM + S + 'and' + S + 'pregnant',
      '(?:she|he|they)' + S + '(?:asked|told|showed|gave|hugged|called|thanked)' + S + 'me',
      '(?:twins|siblings|kids|children|baby|brothers|sisters),' + S + NUM + S + '(?:months|weeks|days|years?)',
    ],
    why: CUE_WHY.event,
  },
  {
    kind: 'case-word',
    tier: 'cue',
    weak: true,
    words: [
      '(?:his|her|their)' + S + '(?:mum|dad|nan|mother|father|parents|carers|foster' + S + 'carers|social' + S + 'worker)',
      '(?:he|she)' + S + '(?:ran|turned' + S + 'up|went|came|cried|screamed|hit|refused|disclosed|wanted|was' + S + 'found)',
    ],
    why: CUE_WHY.person,
  },
  {
    kind: 'derogatory',
    tier: 'standalone',
    words: [
      `(?<!(?:my|our)${S})(?:${FAMILY})${S}who${S}(?:lie|lied|never|won${APOS}?t|refuse|think${S}(?:they|the${S}world))`,
      `crocodile${S}tears|win${S}an${S}oscar|brain${S}cells${S}of`,
    ],
    why: WHY.derogMild,
  },
];

/** Anchors added for issue 16 (kept here so the lexicon stays short): case words, people pointed at, contempt. */
export const MORE_ANCHOR_ENTRIES: readonly LexiconEntry[] = [
  {
    kind: 'case-word',
    tier: 'standalone',
    words: [
      `(?:unannounced|doorstep|statutory|joint)${S}visits?`,
      `strat${S}meetings?`,
      `(?:plo|pre-?proceedings)${S}(?:meetings?|letters?|process|stage)`,
      `(?:cin|cp|child${S}in${S}need)${S}(?:reviews?|meetings?)`,
      `(?:child${S}protection|cp)${S}medicals?`,
      `police${S}interviews?|abe${S}interviews?`,
      'iros?',
      `step${S}down${S}to${S}cin`,
      `icos?${S}(?:granted|made|renewed|extended|hearing|application|was${S}granted|was${S}made)`,
      `(?<!(?:my|our) )(?:kids|children|baby|both|all${S}three|all${S}four)${S}(?:are${S}|is${S})?safe${S}(?:tonight|now)`,
    ],
    why: WHY.caseWord,
    topical: true,
  },
  {
    kind: 'case-word',
    tier: 'standalone',
    words: [
      `(?:kids|children|baby|child)${S}(?:could|can|get${S}to|are${S}allowed${S}to)${S}go${S}home`,
      `one${S}of${S}mine`,
      `(?:kid|child|boy|girl|lad|lass|mum|dad|family|families|young${S}person|teenager|baby|one|old|yo)s?${S}on${S}(?:the|my|our)${S}(?:caseload|case${S}load|books|patch)`,
      `(?:the|that|this)${S}(?:family|mum|dad|kids|lad|girl|boy)${S}(?:on|from)${S}(?:the|that)${S}(?:${WORD}{1,20}${S})?estate`,
      `(?:the|a|this|that)${S}${ADJ}(?:family|mum|dad|mother|father|parent|child|young${S}person|lad|lass|boy|girl|baby|little${S}one|teenager|kid)${S}(?:i|we)(?:${APOS}ve|${S}have)?${S}(?:saw|met|visited|spoke${S}to|sat${S}with|placed|been${S}working${S}with|am${S}working${S}with)`,
    ],
    why: WHY.serviceUser,
  },
  {
    kind: 'case-word',
    tier: 'jigsaw',
    words: [
      `(?:care|residential|foster)${S}homes?|supported${S}lodgings|secure${S}unit`,
      `(?:left|leaving)${S}care`,
      `looked[-\\s]after${S}(?:kids|young${S}people)|lac${S}kids`,
    ],
    why: WHY.topic,
  },
  {
    kind: 'derogatory',
    tier: 'standalone',
    words: [
      `shouldn${APOS}?t${S}be${S}allowed${S}to${S}breed`,
      // Sweeping contempt for the people served ("these parents would rather…", "some of these dads are a disgrace").
      `(?:these|those|some|most|half)${S}(?:of${S}(?:these|the|my|our)${S})?(?:${FAMILY}|people)${S}(?:would${S}rather|can${APOS}?t${S}be${S}bothered|don${APOS}?t${S}care|(?:think|treat|see)${S}(?:we${APOS}?re|we${S}are|us${S}(?:as|like)|social${S}workers${S}(?:are|as)))`,
      `(?<!(?:my|our|your)${S})(?:${FAMILY})${S}(?:round${S}here${S}|on${S}my${S}caseload${S})?(?:are|is)${S}(?:just${S})?(?:an?${S})?(?:absolute${S}|complete${S}|total${S})?(?:joke|disgrace|waste${S}of|animals|scum|useless|hopeless|vile|feral)`,
      `(?:people|parents|families)${S}like${S}(?:this|that|them|these)${S}(?:(?:even|still|actually)${S})?(?:have|having|get${S}to${S}have|allowed)`,
      `another${S}one${S}(?:back${S})?through${S}the${S}door|back${S}through${S}the${S}door`,
      `(?:these|those|some${S}of${S}(?:these|the|my|our)|some)${S}(?:${FAMILY}|people)${S}(?:will${S}|just${S}|always${S}|all${S}|really${S})?(?:lie|lies|deserve${S}(?:everything|all${S}they|what${S}they)|never${S}change|are${S}all${S}the${S}same)`,
      `can${APOS}?t${S}help${S}people${S}who${S}won${APOS}?t${S}help${S}themselves`,
      `(?:caseload|${FAMILY}|people|clients)${S}(?:are${S}|is${S})?(?:just${S}|all${S})?(?:playing|gaming|working)${S}the${S}system`,
      `(?:our|the|my|usual|regular|a)${S}'?frequent${S}flyers?(?!${S}(?:miles|points|club|card|scheme|programme))`,
      `(?:our|usual|regular)${S}'?frequent${S}(?:visitors?|customers?|callers?)'?${S}(?:from|is|was|back|again|at|on)`,
    ],
    why: WHY.derogMild,
  },
];

/** The post shares learning or a public event; case vocabulary in it is a subject. */
export const GENERAL = new RegExp(
  `${B}(?:webinars?|polls?|wish${S}you${APOS}?d${S}known|your${S}first|(?:ran|running|run|led|deliver(?:ed|ing)?)${S}(?:a${S})?(?:session|workshop|training)|sessions?${S}(?:on|for)|(?:great|brilliant|good|useful|excellent|interesting|thought-provoking|fascinating)${S}(?:session|panel|talk|workshop|discussion|keynote)|panel${S}(?:on|discussion)|slides|revision|revising|viva|flashcards|exams?|thread|key${S}messages|national${S}review|research|articles?|guides?|guidance|practice${S}(?:notes?|standards|framework)|polic(?:y|ies)|legislation|frameworks?|toolkits?|resources?|dissertation|essays?|modules?|(?:training|cpd|online|short)${S}courses?|course${S}(?:on|for)|cpd|literature|reading${S}list|(?<!by${S}the${S})books?|explainers?|briefings?|study|studies|podcasts?|blogs?|lectures?|seminars?|workshops?|(?<!(?:case|protection|cp|safeguarding|child|review|initial)${S})conferences?|training|teaching|students?|top${S}tips?|tips${S}for|checklists?|templates?|what${S}makes${S}(?:a${S}good|good)|how${S}to|lessons${S}learn(?:t|ed)|recruit(?:ing|ment)|information${S}evening|open${S}day|all${S}welcome|everyone${S}welcome|come${S}(?:and|along)|free${S}to${S}join|book${S}(?:via|now|here)|worth${S}a${S}read|link${S}below|essential${S}reading|jury${S}(?:service|duty)|awareness${S}(?:week|fortnight|month)|(?:published|reported|landmark|recent|new)${S}judg(?:e)?ments?|judg(?:e)?ments?${S}(?:published|out)|court${S}of${S}appeal|supreme${S}court|required${S}reading|published|reminder${S}(?:that|to)|psa|presenting${S}(?:on|at)|presented${S}(?:on|at)|to${S}(?:every|all${S}(?:the|you|my|our))|drop${S}(?:yours|your|them|em)${S}below|what${S}helped${S}(?:you|u)|(?:advice${S}(?:to|for)|any|all|every)${S}new${S}(?:starters?|pas?|sws?|social${S}workers?|workers|staff)|#\\p{L}+week)${E}`,
  'u',
);

/** The people in the post are the poster's own. */
export const OWN_LIFE = new RegExp(
  `${B}(?:my|our)${S}(?:own${S})?(?:son|daughter|kids|children|baby|boy|girl|boys|girls|twins|two|three|pair|monsters|triplets|toddler|teenagers?|eldest|youngest|little${S}(?:one|ones)|nan|gran|grandad|grandma|grand(?:son|daughter|kids|children)|step(?:son|daughter|kids)|mum|dad|partner|husband|wife|sister|brother|nephew|niece|puppy|dog|cat|family|lad|lass|wee${S}one|weans?|bairns?|babby)${E}|${B}(?:where${S}(?:has|did)${S}the${S}time${S}(?:gone|go)|takes${S}after${S}(?:his|her))${E}|${B}i${S}(?:support|care${S}for|look${S}after)${S}(?:a|my)${S}family${S}member${E}|${B}(?:my|our)${S}(?:\\d{1,2}|${NUMBER_WORDS})(?:-|${S})?(?:year|yr|month|week|wk)s?(?:-|${S})?olds?${E}|${B}(?:puppy|kitten)${E}|${B}(?:me${S}(?:mam|mum|nan|da|dad)|(?:was|were|is)${S}my${S}own|(?:dropping|dropped|picking${S}up|picked${S}up|collecting)${S}(?:off${S})?my${S}(?:two|three|lot|kids|son|daughter|boys?|girls?))${E}`,
  'u',
);

/** A tradesperson's or a doctor's visit: "a home visit" in the post is not casework. */
export const TRADE = new RegExp(`${B}(?:boiler|plumber|electrician|engineer|gas${S}man|gp|doctor|vet|dentist|optician|broadband|midwife)${E}`, 'u');

/** The employer as people write it without its name ("the council", "children's services", "this LA"). */
export const GENERIC_EMPLOYER = `${B}(?:the${S}council|(?:children${APOS}?s|social|adult${APOS}?s?)${S}services|my${S}employer|(?:this|my|our|the)${S}(?:la|local${S}authority)|(?:senior|our|the|my)${S}management(?!${S}(?:system|software|tool|course|degree))|nobody${S}upstairs)${E}`;

/** A complaint: with the employer, the post is criticising it in public. */
export const COMPLAINT = new RegExp(
  `${B}(?:lost${S}the${S}plot|pretend(?:s|ing)?${S}(?:it${APOS}?s|its|everything${S}is)${S}fine|wouldn${APOS}?t${S}work${S}(?:here|there|for${S}them)|(?:hit|meet)${S}(?:their${S}|the${S})?targets|wish${S}i${S}was${S}joking|imagine${S}working${S}for|shambles|shambolic|joke|disgrace(?:ful)?|embarrass(?:ing|ed|ment)|clueless|incompetent|useless|pathetic|rubbish|awful|terrible|appalling|meltdown|chaos|no${S}idea|couldn${APOS}?t${S}care${S}less|doesn${APOS}?t${S}care|don${APOS}?t${S}care|nobody${S}(?:upstairs${S})?cares|like${S}dirt|messed${S}up|let${S}down|wonders?${S}why|shocking|scandalous|soul[-\\s]?destroying|clowns|on${S}its${S}knees|bosses|burn${S}out|burning${S}out|another${S}good${S}social${S}worker${S}leaves|cut${S}our|cuts|furious|fuming|livid|sick${S}of|fed${S}up|hate|can${APOS}?t${S}stand|more${S}with${S}less|thinking${S}of${S}leaving|expect${S}us|if${S}${WORD}{1,12}${S}(?:actually${S})?cared|(?:don${APOS}?t|doesn${APOS}?t|never)${S}(?:listen|support|value)|piling|understaffed|overworked|no${S}support|zero${S}support|treats?${S}(?:us|staff)|instead${S}of${S}(?:paying|hiring|filling|supporting)|way${S}to${S}(?:retain|keep|treat|lose)${S}(?:staff|us|people)|no${S}heating)${E}`,
  'u',
);

/** Praise or a public announcement: the employer named in it is not a problem. */
export const PRAISE = new RegExp(
  `${B}(?:proud|delighted|congratulations|congrats|awards?|shortlisted|won(?!')|winners?|outstanding|celebrat(?:e|ing|ion)|joined|joining|welcome|training|recruiting|places${S}(?:still${S})?(?:available|left)|well${S}deserved|thrilled|pleased${S}to|open${S}(?:evening|day)|hiring|vacanc(?:y|ies)|applications|dm${S}me|apply|come${S}and${S}meet|join${S}us|information${S}evening|all${S}welcome|supportive|happy${S}to${S}share|extended${S}my${S}contract)${E}`,
  'u',
);

/** A single capital used as an initial ("K.", "from J", "little J", "J and K", "T said"). Case-sensitive; not A or I. */
export const INITIAL = `(?:(?<=(?:[Ll]ittle|[Bb]aby|[Ff]rom|[Ww]ith|[Ss]aw|[Oo]n|[Aa]nd|[Tt]o|[Ff]or|[Ww]hen|[Cc]ard|[Aa]bout|[Vv]isited)${S})[B-HJ-Z](?![\\p{L}\\d'-])|${B}[B-HJ-Z]\\.(?=${S}[a-z])|${B}[B-HJ-Z]\\.(?:Mc|Mac)[A-Z](?![\\p{L}\\d])|${B}[B-HJ-Z](?=${S}(?:said|says|told|asked|wanted|was|is|has|had|and${S}[B-HJ-Z]${E}|drew|made|loves?|cried|smiled|came|turned|turns|kicked|rang|called|went|got|isn${APOS}?t|wasn${APOS}?t)${E})|(?<=["~'])[B-HJ-Z](?=["~'])|${B}[B-HJ-Z](?=${APOS}s${S}(?:mum|dad|nan|gran|foster|carers?|social|school|placement|contact|teacher|baby|brother|sister)${E}))`;

/** An unlisted name that points at a person you work with: "Tyler's mum", "baby Amelia", "little Mia". Case-sensitive. */
export const UNLISTED_NAME = `(?:(?<=(?:[Ll]ittle|[Bb]aby|[Ll]il|[Ww]ee)${S})(?!(?:Chef|Britain|Mix|Women|Miss|Italy|Venice)${E})\\p{Lu}\\p{Ll}{2,15}${E}|${B}(?!(?:Mum|Dad|Nan|My|Our|Her|His|Their|The|Tesco|Santa|God|Mother|Father)${APOS})\\p{Lu}\\p{Ll}{2,15}${APOS}s${S}(?:mum|dad|mam|nan|gran|carers?|foster${S}carers?|social${S}worker|teacher|placement|contact|step-?dad|baby|school${S}gate))`;

export { WORD };
