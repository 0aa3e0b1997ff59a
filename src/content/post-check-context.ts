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
 * share", "open to all", and subjects that are a whole group ("care leavers aged 18 to 25 are…", "young people in
 * NI can…", "if you care for someone"). A feature the judge weighs; and an age in such a post is said to a group,
 * so it is not a cue.
 */
export const PUBLIC_INFO = new RegExp(
  `${B}(?:did${S}you${S}know|if${S}you${APOS}?(?:re)?${S}(?:care${S}for|looking${S}after|a${S}carer|a${S}care${S}leaver|care${S}experienced)|anyone${S}who|know${S}(?:someone|anyone)|(?:you${APOS}?re|you${S}are|they${APOS}?re|they${S}are|are|is)${S}entitled${S}to|(?:please|pls)${S}share|share${S}(?:this|with)|ask${S}your|ring${S}your|open${S}to${S}(?:all|anyone|everyone|the${S}public)|sign${S}up|booking${S}link|free${S}(?:sessions?|places)|local${S}offer|council${S}tax${S}(?:free|exempt(?:ion)?)|free${S}(?:leisure|bus|travel|driving)|been${S}(?:refreshed|launched|extended)|(?:children|young${S}people|care${S}leavers|families|parents|carers|adults|older${S}people|people)${S}(?:aged|in${S}care${S}are|in${S}(?:england|wales|scotland|ni|northern${S}ireland)|can${S}(?:get|stay|ask|apply)|have${S}the${S}right))${E}`,
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
