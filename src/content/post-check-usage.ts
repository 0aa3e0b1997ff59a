/**
 * How people actually write, for the post checker's judge (src/core/post-check/judge.ts): groups of words, each
 * with the reason it matters (its "Why:" comment, kept out of the data so the checker's chunk stays small). A
 * group is not a rule: each group present in a post is one signal the judge weighs alongside the rules' findings
 * and the words themselves, learning from the labelled posts (tests/fixtures/post-corpus*.json) how much each
 * group tells, starting from its `lean`: adults' services words and regional words for a child push a post towards
 * "about a case"; a telly, gig, sport or food context pulls "court", "visit" or "placement" back to their everyday
 * meanings. A group with a `flag` is also a rule finding, so a flag can quote its words.
 *
 * Phrases are lower case, matched as whole words on the analyser's shadow text (accents stripped, apostrophes
 * straightened), with one to three spaces between words; nothing in them is a pattern. A `capitalised` group
 * is matched with a capital first letter only ("Jack", not "jack the job in"). The words were chosen by the
 * project from general knowledge of British usage and of social-care practice (see the Children Act 1989, the
 * Care Act 2014 and the Mental Capacity Act 2005 for the statutory terms); they are meant to grow.
 */

import type { FlagKind } from '../core/post-check/types.ts';

/** A group that points at a case is also a rule finding, so a flag can quote its words (see the analyser). */
export interface UsageFlag {
  kind: FlagKind;
  /** A cue needs another piece; a jigsaw piece counts only alongside a case (see post-check-lexicon.ts). */
  tier: 'cue' | 'jigsaw';
  /** A weak cue: it helps decide but is not listed itself. */
  weak?: boolean;
  /** Shown to the player: one or two plain sentences. */
  why: string;
}

export interface UsageGroup {
  /** Short and stable: the judge's weights name it (`U:adults`). */
  id: string;
  /**
   * Which way the group leans before the posts are read: the judge's weight for it starts from here (+1 towards
   * a flag, -1 towards clean) and the labelled posts move it. A prior, so a group that one author never used
   * still counts in the right direction.
   */
  lean: number;
  flag?: UsageFlag;
  /** Matched with a capital first letter only. */
  capitalised?: boolean;
  /** Next words that make a phrase something else ("the estate agent" is not an estate), separated by "|". */
  notBefore?: string;
  /** Phrases separated by "|". */
  words: string;
}

const CASE = 'This is how practitioners write about a piece of casework; alongside the rest of the post, the people involved would recognise it.';
const PERSON = 'This points at a particular child or family member you work with; with the other details here, they could be recognised.';
const ADULTS =
  'An adult you work with is as identifiable as a child: this is how their care is described, and with the rest of the post people who know them would recognise it.';

export const USAGE_GROUPS: readonly UsageGroup[] = [
  {
    id: 'adults',
    lean: 1,
    flag: { kind: 'case-word', tier: 'cue', why: ADULTS },
    // Why: Adults' services casework is written in its own words (capacity, best interests, a care package, a ward, Wales's s126, "my lady" for a client); an older or disabled adult is as identifiable as a child.
    words:
      "best interests|best interest|s126|section 126|adult protection|apr|discharge meeting|discharge planning|my lady|my old lady|my gent|my old gent|bi meeting|capacity assessment|lacks capacity|lacked capacity|has capacity|mca|dols|lps|safeguarding adults|adult safeguarding|s42|section 42|carers assessment|carer's assessment|care package|package of care|care act assessment|domiciliary|dom care|carers going in|care calls|min calls|reablement|discharge to assess|hospital discharge|delayed discharge|discharged|bed blocking|respite|day centre|supported living|sheltered housing|extra care|care home|nursing home|residential home|dementia|alzheimers|learning disability|learning disabilities|self-neglect|self neglect|hoarding|amhp|mha assessment|mental health act|sectioned|section him|section her|section a|to section|cto|stdc|section 3|s2|s3|s117|section 117|aftercare|mho|mhos|cmht|on the ward|the ward|appointee|deputyship|power of attorney|lpa|court of protection|gent|old gent|gentleman|elderly|pensioner|widower|hoist|commode|pendant alarm|frail|ot assessment|hospital social work",
  },
  {
    id: 'child-words',
    lean: 1,
    flag: { kind: 'case-word', tier: 'cue', weak: true, why: PERSON },
    // Why: A child or young person is often called by a regional or family word rather than "child": Scots, Geordie, Scouse, London and Welsh usage among them.
    words:
      'wee man|wee one|wee fella|wee lassie|wee boy|wee girl|wean|weans|bairn|bairns|lassie|laddie|wee lad|young un|youngun|littlun|little un|nipper|kiddo|bubba|babby|little man|little lady|little madam|young lad|young girl|young fella|teen|teens|tween|youth|yp|cyp|sibs|sibling group|sibling set|the eldest|the youngest|the middle one|newborn|neonate|infant|unborn|pre-birth|prebirth',
  },
  {
    id: 'estate-words',
    lean: 0.5,
    flag: { kind: 'place', tier: 'jigsaw', why: 'Naming where someone lives, even as the flats or the scheme, alongside a case narrows down who you mean.' },
    // Why: Where a family lives is named in local words as often as by street: a scheme, the flats, a block, the ends.
    notBefore: 'agent|agents|agency|car|cars',
    words:
      'the scheme|the schemes|housing scheme|the estate|on the estate|the flats|tower block|the block|high rise|tenement|maisonette|bedsit|hostel|b&b|temporary accommodation|council house|council flat|the ends|round the corner from|gaff|their house|her flat|his flat|their flat|stairwell',
  },
  {
    id: 'family-words',
    lean: 0.5,
    flag: { kind: 'case-word', tier: 'cue', weak: true, why: PERSON },
    // Why: Birth family and carers in practitioners' shorthand and in regional words ("mam", "bm", "the fc") still point at one family.
    words:
      "mam|mammy|maw|da|birth mum|birth mother|birth dad|birth father|birth parents|bm|bf|bps|fc|fcs|foster carer|foster carers|kinship carer|kinship carers|special guardian|sgo|step-dad|stepdad|mum's new partner|new boyfriend|new fella|baby daddy|nana|nanna|granny|grandda|auntie|aunty",
  },
  {
    id: 'shorthand',
    lean: 1,
    flag: { kind: 'case-word', tier: 'cue', why: CASE },
    // Why: Care-system shorthand (sections, plans, meetings, teams) is how practitioners write about a live case among themselves, in each nation's own terms (Northern Ireland's UNOCINI and Article 66; Scotland's s25, CSO, CPO, LAAC review, child's plan, IRD and the reporter), and a young person "in the unit" is in a children's unit; domestic abuse has its own (a DASH score, MARAC, an IDVA, non-fatal strangulation), and giving evidence is in one case.
    words:
      "s17|s20|s31|s47|unocini|article 66|art 66|gateway team|looked after child|care and support plan|section 17|section 20|section 47|cin|cp plan|cpp|lac|cla|cla review|lac review|iro|pep|ehcp|plo|pre-proceedings|icpc|rcpc|icpcc|strat|strategy meeting|strategy discussion|core group|tac|tac meeting|mash|edt|out of hours|on duty|duty desk|epo|ico|sgo|irh|fho|cafcass|guardian ad litem|contact centre|supervised contact|placement breakdown|placement broke down|placement disruption|missing episode|return home interview|rhi|cse|cce|county lines|nrm|uasc|care leaver|pathway plan|children's home|childrens home|kids home|residential unit|secure unit|resi unit|the resi|the unit|s25|cso|cpo|laac|child's plan|childs plan|scra|ird|permanence order|misper|reported missing|missing from|dash|dash score|dash risk|marac|idva|isva|mappa|mash referral|strangulation|non fatal strangulation|non-fatal strangulation|clare's law|dvpn|dvpo|giving evidence|give evidence|gave evidence|givin evidence|cross examined|cross-examined|evidence in chief|combined court|crown court",
  },
  {
    id: 'contempt',
    lean: 1,
    flag: {
      kind: 'derogatory',
      tier: 'cue',
      why: 'This reads as contempt for the people you work with. Posted by a social worker, it damages their trust and the public’s confidence in social work.',
    },
    // "Frequent flyer miles" are air miles.
    notBefore: 'miles|points|club|card',
    // Why: Contempt for the people served is written in stock phrases as well as insults: "the state of", "these people", a family "from hell", a "fun game" or "bingo card" made of what parents say, or scorn with no insult ("vulnerable my…", "knows how to play the system", "after six kids removed").
    words:
      "these people|some people|hoarder|hoarders|hoarder's|these parents|these families|this lot|the usual suspects|frequent flyer|frequent flyers|from hell|waste of space|waste of oxygen|gene pool|breeding|breeders|popping them out|pop them out|kids having kids|couldn't make it up|you couldn't make it up|the state of|state of them|state of the house|not fit to|should be sterilised|shouldn't be allowed|can't be arsed|cba|zero parenting|no parenting|wine mum|benefits|on benefits|scroungers|chav|chavs|chavvy|rough as|feral|animals|another one|back through the door|round and round|same old|same story|again and again|excuses|lies|liars|would rather|can't even|eye roll|eyeroll|fml|ffs|father of the year|dad of the year|parent of the year|course it is|right you are|yeah right|sure you did|we see you|fun game|drinking game|bingo card|spare me|aye right|vulnerable my|play the system|plays the system|playing the system|work the system|knows the system|gaming the system|some of these|kids removed|children removed|babies removed|another baby|pregnant again|number 7|number 8|surprise surprise|shock horror",
  },
  {
    id: 'sarcasm',
    lean: 0.5,
    // Why: Complaints about an employer are often sarcastic rather than plain: "thanks management", "another restructure", "in their wisdom".
    words:
      "thanks management|love it here|living the dream|wellbeing day|wellbeing days|cheers management|thanks senior management|in their wisdom|in their infinite wisdom|bright idea|bright ideas|another restructure|restructure|hot desking|hotdesking|agile working|efficiency savings|cuts|no budget|understaffed|short staffed|agency staff|burnout|brilliant idea|totally fine|absolutely fine|nothing to see here|what could go wrong|clown show|circus|shambles|farce|rinse and repeat|box ticking|tick box|/s|can't wait to leave|cant wait to leave|leave this place|more with less|more with nothing|be creative|translation",
  },
  {
    id: 'case-story',
    lean: 1,
    flag: {
      kind: 'court',
      tier: 'cue',
      why: 'This tells how a hearing or panel went in one case: the family would recognise their own story.',
    },
    // Why: A case is often told as the worker's own story of a decision ("the judge agreed with my assessment", "panel went with my recommendation", in Scotland "the sheriff granted it", "grounds established"): no case word, but one family's hearing.
    words:
      'judge agreed|judge said|judge ruled|judge accepted|judge granted|magistrates agreed|panel agreed|panel went with|panel approved|agreed with my assessment|agreed with my recommendation|went with my recommendation|my recommendation|my statement|my parenting assessment|final hearing|open court|order was granted|order was made|the sheriff|sheriff court|grounds established|grounds accepted|placement order granted',
  },
  {
    id: 'home-life',
    lean: -1,
    // Why: Buying, renting and doing up a home: "that house today", "a viewing" and "the estate agent" are the poster's own move, not a visit.
    words:
      'rightmove|zoopla|house hunting|house-hunting|viewing|viewings|viewed|estate agent|mortgage|offer accepted|moving house|new build|first home|diy|decorating',
  },
  {
    id: 'management',
    lean: 0.5,
    // Why: Complaints about an employer name its managers and their claims rather than the council: the head of service, senior leaders, an all-staff, a waiting list, an inspection grade.
    words:
      'head of service|team manager|my manager|our manager|manager told|told us to|senior leaders|senior leadership|senior managers|all-staff|all staff|exit interview|waiting list|caseloads|requires improvement|the dcs|councillors|powers that be',
  },
  {
    id: 'screen',
    lean: -1,
    // Why: Television, film and podcasts: "court", "custody" and "social services" in a drama or a documentary are what the poster watched, not work.
    words:
      'telly|tv|on tv|doc|docu|watched|watching|episode|episodes|series|season|box set|boxset|netflix|iplayer|bbc|itv|channel 4|drama|documentary|docuseries|podcast|film|movie|cinema|finale|soap|eastenders|corrie|coronation street|emmerdale|hollyoaks|the bill|judge rinder|binge|binged|binge-watched|spoilers|actor|actress|plot|storyline|novel|audiobook|book club',
  },
  {
    id: 'gig',
    lean: -1,
    // Why: A gig, a festival or a show: a venue, a date and a time there are a night out.
    words:
      'gig|gigs|live music|seeing them live|see them live|saw them live|concert|tour|band|festival|tickets|setlist|support act|headliner|encore|theatre|panto|musical|comedy|stand-up|karaoke|dj|album|playlist',
  },
  {
    id: 'sport',
    lean: -1,
    // Why: Sport and games: a tennis or padel "court", a "match", a "fixture" or a "visit" by a football team are leisure; so is a Munro climbed.
    words:
      'tennis|padel|squash|badminton|netball|basketball|volleyball|five-a-side|5-a-side|football|rugby|cricket|hockey|match|fixture|kick off|kick-off|half time|full time|pitch|league|cup|goal|goals|away game|home game|away day|the visitors|wimbledon|parkrun|gym|spin class|yoga|pilates|swim|10k|half marathon|marathon|pb|munro|munros|hillwalking|hike|summit',
  },
  {
    id: 'food',
    lean: -1,
    // Why: Eating out and cooking: a "food court", a "placement" of dishes or a visit to a restaurant.
    words:
      'food court|brunch|lunch|dinner|takeaway|pizza|curry|burger|restaurant|cafe|coffee|menu|recipe|bake|baking|cake|roast|sunday roast|pub|pint|wine|cocktails|tasting|foodie',
  },
  {
    id: 'outing',
    lean: -1,
    // "Castle Street" and "Museum Road" are addresses, not days out.
    notBefore: 'street|road|lane|avenue|close|drive|crescent|way|grove|terrace|estate|flats|house|view|court|primary|school',
    // Why: A visit to relatives, a museum, a zoo or an open day is a day out, not a home visit.
    words:
      "museum|gallery|zoo|aquarium|garden centre|national trust|castle|stately home|open day|the in-laws|my in-laws|visit my|visiting my|visited my|visit to my|my mum's|my dad's|my nan's|grandparents|holiday|weekend away|staycation|road trip|day trip|city break",
  },
  {
    id: 'commute',
    lean: -1,
    // Why: Getting to work: a road or an estate on the way to the office is the poster's journey, not a visit.
    words:
      'roadworks|road works|traffic|diversion|commute|potholes|pothole|temporary lights|road closed|rush hour|stuck in traffic|to the office|into the office|on the way to work|on my way to work|bus was late|train was late',
  },
  {
    id: 'colleague',
    lean: -1,
    // Why: A colleague welcomed or the poster's own job: a new starter's name, an apprentice's placement or a locum's contract is the team's news, not a case.
    words:
      'welcome to the team|welcome aboard|joins the team|joined the team|joining the team|new starter|new starters|new colleague|new colleagues|degree apprentice|apprentice|first day with us|leaving do|my contract|extended my contract|extend my contract|new role|new job|annual leave|a/l',
  },
  {
    id: 'worry',
    lean: 1,
    // Why: A worry about one person after a call or a visit ("pls let her still be at her sister's", "can't stop thinking about him") is about someone in a case tonight.
    words:
      "let her still|let him still|please let her|pls let her|plz let her|please let him|pls let him|plz let him|hope she's safe|hope he's safe|hope she's ok|hope he's ok|hope she is safe|hope he is safe|still awake thinking|still awake thinkin|the phone call|that phone call|can't stop thinking about|cant stop thinking about|praying she|praying he",
  },
  {
    id: 'strangers',
    lean: -1,
    // Why: A child or a parent seen on the train, in a queue or at the next table is a stranger in public, not someone on the caseload.
    words: 'on the train|on the bus|on the plane|next to me|behind me|in the queue|in tesco|in asda|at the next table',
  },
  {
    id: 'student',
    lean: -1,
    // Why: A student, work or university placement is a course requirement, not where a child lives (an NQSW or an ASYE is not here: they hold cases).
    words:
      'student placement|work placement|placement year|uni placement|university placement|placement student|placement students|practice educator|practice placement|final placement|first placement|students|student|cohort|module|lecture|dissertation|portfolio|apprenticeship',
  },
  {
    id: 'first-name',
    lean: 0.3,
    flag: {
      kind: 'name',
      tier: 'cue',
      weak: true,
      why: 'This looks like the name of someone you work with. Even a first name can identify them to people who know them.',
    },
    capitalised: true,
    // Why: A common first name is a weak sign that a post is about someone; whether it is a child on the caseload or the poster's friend is for the rest of the post to say.
    words:
      'jack|oliver|harry|charlie|george|noah|leo|alfie|freddie|archie|oscar|thomas|james|william|joshua|ethan|liam|mason|tyler|kai|riley|logan|jayden|kayden|callum|connor|dylan|ryan|kyle|jordan|reece|bradley|lewis|brandon|ellis|harvey|tommy|jake|mohammed|muhammad|ahmed|ali|yusuf|omar|ibrahim|hassan|adam|zain|dariusz|jakub|olivia|amelia|isla|ava|mia|ivy|lily|isabella|sophia|ella|poppy|evie|freya|chloe|jessica|emily|ellie|sophie|lacey|kayleigh|shannon|chelsea|courtney|jade|leanne|kerry|stacey|tiana|aisha|fatima|zainab|maryam|priya|demi|tia|skye|paige|kelsey|charlene|tanya|donna|tracey|michelle',
  },
];
