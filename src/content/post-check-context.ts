/**
 * More context words for the post checker's judge (see post-check-cues.ts for GENERAL, OWN_LIFE, COMPLAINT and
 * PRAISE): posts about people in general or an achievement, and something done in a case. Each is a feature the
 * judge weighs (src/core/post-check/analyser.ts), learnt from the labelled posts, not a flag on its own; the
 * phrases were chosen by the project from the clean posts the judge flagged and the case posts it let go, each
 * kind written in more than one way. Data only; imported only by the analyser so it stays in its lazily loaded
 * chunk. Matched against the lower-case shadow text (see post-check-lexicon.ts for the syntax).
 */
import { APOS, B, E, S } from './post-check-patterns.ts';

/**
 * Information for the public or for people in general, not a case: "did you know", "you're entitled to", "please
 * share", "open to all", a reminder, a tip or an explainer, a petition, drop-ins "every weds", and subjects that are a whole group ("care leavers aged 18 to 25 are…", "young people in
 * NI can…", "if you care for someone"). A feature the judge weighs; and an age in such a post is said to a group,
 * so it is not a cue.
 */
export const PUBLIC_INFO = new RegExp(
  `${B}(?:reminder|tip${S}for|explainer|spread${S}the${S}word|sign${S}the${S}petition|petition|drop-?ins?|raising${S}awareness|awareness${S}(?:week|month|day)|every${S}(?:mon|tues|wed|weds|wednes|thurs|fri|satur|sun)(?:day)?s?|call${S}the${S}number|did${S}you${S}know|if${S}you${APOS}?(?:re)?${S}(?:care${S}for|looking${S}after|a${S}carer|a${S}care${S}leaver|care${S}experienced)|anyone${S}who|know${S}(?:someone|anyone)|(?:you${APOS}?re|you${S}are|they${APOS}?re|they${S}are|are|is)${S}entitled${S}to|(?:please|pls)${S}share|share${S}(?:this|with)|ask${S}your|ring${S}your|open${S}to${S}(?:all|anyone|everyone|the${S}public)|sign${S}up|booking${S}link|free${S}(?:sessions?|places)|local${S}offer|council${S}tax${S}(?:free|exempt(?:ion)?)|free${S}(?:leisure|bus|travel|driving)|been${S}(?:refreshed|launched|extended)|(?:children|young${S}people|care${S}leavers|families|parents|carers|adults|older${S}people|people)${S}(?:aged|in${S}care${S}are|in${S}(?:england|wales|scotland|ni|northern${S}ireland)|can${S}(?:get|stay|ask|apply)|have${S}the${S}right))${E}`,
  'u',
);

/**
 * The poster's or a colleague's achievement: an award, a qualification, a certificate, the team's recognition.
 * Case words in it ("AMHP warrant", "Best Interests Assessor", "fostering team") name a job, not a case.
 */
export const ACHIEVEMENT = new RegExp(
  `${B}(?:team${S}of${S}the${S}year|(?:staff|team|national|social${S}(?:care|work))${S}awards?|award${S}(?:for|winning|winners?)|won${S}(?:an?|the)${S}(?:award|accolade)|accolade|recognised${S}for|officially${S}(?:a|an|qualified|registered)|passed${S}(?:my|her|his|their)|i${APOS}?ve${S}passed|passed!|qualified${S}(?:social${S}worker|today|as)|since${S}i${S}qualified|certificates?|amhp${S}warrant|graduat(?:ed|ion|ing)|proud${S}of${S}(?:our|the|my)${S}(?:[\\p{L}'-]{1,20}${S}){0,3}(?:team|service|colleagues?)|great${S}place${S}to${S}work|congrat(?:s|ulations)${S}to${S}(?:everyone|the${S}team|our${S}team|all)|new${S}(?:job|role)|promot(?:ed|ion)|years${S}qualified|retir(?:ing|ed|ement)|leaving${S}do|farewell)${E}`,
  'u',
);

/**
 * Doing something in a case: going round, dropping someone back, a referral, a call from a home. With a place it
 * is where a visit happened; a feature the judge weighs (the place on its own is only a jigsaw piece).
 */
export const CASE_ACT = new RegExp(
  `${B}(?:heading${S}(?:over|round|out)|popped${S}(?:round|in|over)|knocked${S}(?:on|at)|dropped${S}(?:a|the|him|her|them|off)|picked${S}(?:him|her|them)${S}up|went${S}(?:round|out${S}to)|called${S}(?:round|out)|welfare${S}check|(?:police|polis)${S}(?:called|were${S}called|attended|at|call-?outs?)|call-?outs?${S}to|(?:anyone|everyone)${S}(?:at|from)|referrals?${S}(?:from|about|on)|rang${S}(?:me|us|the${S}duty|in)|home${S}visits?|unannounced|visited|visiting|placed${S}(?:a|two|three|him|her|them)|same${S}(?:stairwell|flat|house|door|family|families)|again${S}(?:today|tonight|this${S}morning))${E}`,
  'u',
);

/**
 * Register: who a post is about. A post about a case is specific (one person: "she", "Mr Penrose", a name greeted);
 * public information is general (people in the plural, "a parent who…", and see PUBLIC_INFO). Features the judge
 * weighs in combination (see the analyser), not flags: they carry to posts whose case words no list has. (Readers
 * addressed, the poster's "I" and a particular time were tried as features too: the judge gave them no weight.)
 */
/** One particular other person: a singular third-person pronoun, or a title and surname (matched on the cased text). */
export const ONE_PERSON = new RegExp(`${B}(?:he|she|him|her|his|hers|he${APOS}s|she${APOS}s|himself|herself|he${APOS}d|she${APOS}d)${E}`, 'u');
export const TITLE_NAME = /(?<![\p{L}\d])(?:Mr|Mrs|Ms|Miss|Mx)\.? \p{Lu}\p{Ll}{2,}/u;
/** People in general: a group in the plural. */
export const PEOPLE_PLURAL = new RegExp(
  `${B}(?:parents|families|carers|children|kids|young${S}people|adults|people|mums|dads|care${S}leavers|foster${S}carers|kinship${S}carers|social${S}workers|practitioners|students|a${S}parent${S}who|a${S}child${S}who|every${S}(?:parent|child|family)|any${S}(?:parent|child|family)|never${S}met${S}a)${E}`,
  'u',
);
/** A name greeted or spoken to: "happy birthday Brenda", "Rehana if ur reading this" (the name itself is matched on the cased text). */
export const GREETED_NAME =
  /(?:birthday|bday|shout ?out to|well done|congrats|proud of you) \p{Lu}\p{Ll}{2,}|(?<![\p{L}\d])\p{Lu}\p{Ll}{2,},? (?:if (?:you|u|ur|you're|youre) (?:are |r )?(?:reading|see)|you (?:did|smashed|should)|u (?:did|smashed|should))/u;
/** Negated case words: "not a visit, not a review". */
export const NEGATED = / (?:not|never)(?: an?)? $/u;
/** A photo or a check-in described in the text, as learners type them: "[photo: a card, her name in the corner]", "checked in at Maidstone Combined Court", "📍 Costa". */
export const TYPED_PHOTO = /\[(?:photo|pic|picture|image|img|screenshot|video)s?:\s*([^\]]{1,200})\]/giu;
export const TYPED_CHECK_IN =
  /(?:\u{1F4CD}\uFE0F?|(?<![\p{L}])checked[ -]in(?: at| @|:| -)?)\s*([^.!?\n\p{Extended_Pictographic}–—|]{2,60}?)(?= [-–] |[.!?\n\p{Extended_Pictographic}–—|]|$)/iu;
