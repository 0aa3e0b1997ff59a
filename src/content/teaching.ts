/**
 * What the debrief teaches, as data: why each standard matters, what good practice says for each of the
 * handout's risks and practice points (with the real platform settings), what each ending would mean in
 * real life, reflection prompts and where to get support. Written in our own words from the handout and
 * the sources in references.ts, checked against their publishers; every `sources` id is one of references.ts (the compiler checks),
 * every standard the stories score has its teaching and every risk and practice point its advice.
 */
import type { MappedStandard } from './frameworks.ts';
import type { CoversSlug } from './handout.ts';
import type { ReferenceId } from './references.ts';
import type { EndingLevel } from './standards.ts';

export interface StandardTeaching {
  /** HCPC 2008/2012 number. */
  number: number;
  why: string;
  /** The practice and risk slugs most relevant to it, in order. */
  practice: CoversSlug[];
  sources: ReferenceId[];
}

export const STANDARD_TEACHING: Readonly<Record<number, StandardTeaching>> = {
  1: {
    number: 1,
    why: 'People who use services are often at a low point, and the power sits with you. Contact through personal accounts, or a response that is too much or too little, can confuse what you are to them, blur your role with a personal tie that conflicts with it, and leave them without the service they need.',
    practice: ['no-requests', 'contact'],
    sources: ['hcpc-scpe-2008', 'swe-standards-2019', 'swe-standards-guidance-2020', 'council-policies'],
  },
  2: {
    number: 2,
    why: 'Families trust you with the hardest parts of their lives. A post does not need a name to identify someone: a court, a date, an age or a photo can be enough, and once shared it cannot be taken back. Family court cases are private by law: posting about one can be contempt of court, whoever posts it.',
    practice: ['case-talk', 'think-first', 'audience-limits'],
    sources: ['hcpc-scpe-2008', 'swe-standards-2019', 'aja-1960-s12', 'cc-2014-ftp-case'],
  },
  3: {
    number: 3,
    why: 'What you do in your own time online can follow you into work. Standards of personal conduct ask you to keep clear boundaries and to behave, on and off duty, in a way that keeps people safe and the service trusted.',
    practice: ['review-settings', 'private-accounts', 'public-comments', 'profile-picture'],
    sources: ['hcpc-scpe-2008', 'swe-standards-2019', 'basw-policy-2018', 'sssc-codes-2024'],
  },
  5: {
    number: 5,
    why: 'Keeping up with practice is part of the job, and professional networks online are one of the ways social workers learn from each other. Withdrawing from them out of fear costs you, and the people you support, that learning.',
    practice: ['fear'],
    sources: ['swe-standards-2019', 'swe-communicating-online-2025', 'turner-2015-anxiety'],
  },
  7: {
    number: 7,
    why: 'Communicating well means using the right channel: official routes for people you work with, and clear, kind words about boundaries so a "no" does not feel like rejection.',
    practice: ['contact', 'no-requests'],
    sources: ['swe-standards-2019', 'council-policies'],
  },
  10: {
    number: 10,
    why: 'A short record of unusual contact, abuse or a decision you took keeps you and the family safe: it shows what happened, when, and why you acted as you did.',
    practice: ['hate-sites', 'contact'],
    sources: ['swe-standards-2019', 'cc-2012-five-steps', 'swe-standards-guidance-2020'],
  },
  13: {
    number: 13,
    why: 'Public confidence in social work rests on each social worker. Being open with your manager, owning mistakes early, and never using what you know from work in public keeps that trust; hiding things puts it at risk.',
    practice: ['fear', 'think-first'],
    sources: ['hcpc-scpe-2008', 'swe-standards-2019', 'basw-code-ethics', 'swe-ftp-triage-2025', 'guthrie-2014'],
  },
} satisfies Record<MappedStandard, StandardTeaching>;

export interface PracticeTeaching {
  slug: string;
  /** What good practice says, in a sentence or two. */
  advice: string;
  /** The real settings or steps, where relevant (platform names as they are now). */
  settings: string[];
  sources: ReferenceId[];
}

export const PRACTICE_TEACHING: Readonly<Record<string, PracticeTeaching>> = {
  contact: {
    slug: 'contact',
    advice:
      'When a service user contacts you through social media, reply (if at all) only to point them to the official route, tell your manager and record it. Never use a personal profile to communicate with people you work with. Not replying at all has a cost too: someone reaching out may need the service tonight, so make sure the message reaches someone who can answer.',
    settings: [
      'Facebook: "Who can send you friend requests?" can be set to Friends of friends.',
      'Turn off contact syncing, so a work number saved in your phone does not suggest you to families as a "person you may know".',
    ],
    sources: ['council-policies', 'swe-standards-guidance-2020'],
  },
  'case-talk': {
    slug: 'case-talk',
    advice:
      'Never discuss cases on social media, even without names: anonymising may not stop people recognising themselves or others. Ask questions about practice in supervision, or strip every identifying detail first. Family court cases are private by law: publishing information about Children Act proceedings can be contempt of court, and identifying a child in them while they are under way is an offence. A leak of case records can also be a data breach that the council may have to report to the Information Commissioner within 72 hours, so tell your manager at once.',
    settings: [],
    sources: ['swe-standards-guidance-2020', 'aja-1960-s12', 'ca-1989-s97', 'uk-gdpr-art33', 'cc-2014-ftp-case'],
  },
  'hate-sites': {
    slug: 'hate-sites',
    advice:
      'If you are named on a hate page: do not engage; keep screenshots that show the web address and the date; report it to the platform; tell your employer, which has a duty of care and whose legal services can seek an injunction or take action for contempt where a court case is involved; contact your union or professional body; and report threats to the police: a message threatening death or serious harm can be an offence. After a threat or your address being shared, cutting back what strangers can find about you is standard safety advice, not giving up.',
    settings: ['Report the page or post through the platform’s own reporting tool.'],
    sources: ['cc-2012-five-steps', 'cc-2012-hate-page', 'basw-policy-2018', 'osa-2023', 'ucc-2024-abuse-survey'],
  },
  fear: {
    slug: 'fear',
    advice:
      'Social media is not only a danger. Social Work England’s standards ask you to keep your digital skills up to date, and its draft guidance sets a high bar before what you say online becomes a fitness-to-practise matter; most concerns raised with it are closed at triage without an investigation. Sharing good practice on suitable platforms helps the profession. Over-caution has costs where it touches practice: missed learning, colleagues unsupported, a message left unanswered. Which personal apps you use is your own choice.',
    settings: [],
    sources: ['swe-standards-2019', 'swe-communicating-online-2025', 'swe-ftp-triage-2025', 'swe-ftp-timescales-2024', 'turner-2015-anxiety'],
  },
  'no-requests': {
    slug: 'no-requests',
    advice:
      'Do not accept friend or follow requests on personal accounts from service users, current or former. Decline, and where it helps explain through the proper channel, kindly, that the "no" is about your role.',
    settings: ['Facebook: "Who can send you friend requests?": Friends of friends.', 'X: "Protect your posts" lets you approve each follower.'],
    sources: ['knowledge-bite', 'sssc-social-media', 'swe-standards-guidance-2020', 'council-policies'],
  },
  'review-settings': {
    slug: 'review-settings',
    advice:
      'Review your privacy settings on every platform regularly. Settings drift as platforms add things: new features and ways of sharing, contact syncing and friend suggestions, and defaults such as using public posts to train AI unless you object. Check who sees future posts, your old posts, tags and whether search engines link to your profile.',
    settings: [
      'Facebook: Privacy Checkup; per-post audience (Public, Friends, Friends except…, Specific friends, Only me, Custom); search engines linking to your profile.',
      'Facebook’s "Lock your profile" is not available in the UK.',
      'Facebook and Instagram: Meta offers UK adults a form to object to their public posts being used to train its AI.',
    ],
    sources: ['knowledge-bite', 'platform-help', 'meta-ai-training-2024'],
  },
  'private-accounts': {
    slug: 'private-accounts',
    advice: 'Make personal accounts private so that you choose who follows you. Keep a professional presence separate and deliberate.',
    settings: [
      'X: Settings and privacy → Privacy and safety → Audience and tagging → "Protect your posts".',
      'Instagram: Settings → Account privacy → "Private account".',
      'LinkedIn: Settings & Privacy → Visibility → "Edit your public profile", "Profile viewing options" (Private mode), "Who can see your connections".',
    ],
    sources: ['platform-help', 'knowledge-bite'],
  },
  'audience-limits': {
    slug: 'audience-limits',
    advice:
      'Audience settings limit who sees a post, but they are no guarantee: a friend can screenshot it or pass it on. "Friends of friends" is usually tens of thousands of people, not a few hundred. Assume anything you post can be shared.',
    settings: ['Facebook: per-post audience, e.g. Friends or Specific friends.'],
    sources: ['knowledge-bite', 'pew-2012-friends', 'cc-2014-ftp-case'],
  },
  'public-comments': {
    slug: 'public-comments',
    advice:
      'Think before commenting on friends’ posts or photos: if their account is public, your comment is public too, with your name and picture beside it.',
    settings: [],
    sources: ['knowledge-bite'],
  },
  'think-first': {
    slug: 'think-first',
    advice:
      'Think before you post: never post anything you would not want your colleagues, your manager or the families you work with to see. If unsure, ask a colleague, your union or professional body, or just don’t post.',
    settings: [],
    sources: ['knowledge-bite', 'swe-standards-guidance-2020', 'swe-standards-2019'],
  },
  'profile-picture': {
    slug: 'profile-picture',
    advice:
      'Your profile picture is often the one thing anyone who finds you can see, even when your posts are private. Consider what it says about you, and what it shows: your children, their school, your street, your lanyard.',
    settings: [],
    sources: ['knowledge-bite', 'basw-policy-2018'],
  },
  'search-yourself': {
    slug: 'search-yourself',
    advice: 'Search for your own name on public search engines regularly, to see what a stranger or a service user would find, and act on what you find.',
    settings: ['Facebook: turn off search engines linking to your profile.'],
    sources: ['knowledge-bite', 'cc-2014-ftp-case'],
  },
} satisfies Record<CoversSlug, PracticeTeaching>;

/** What each ending would mean in real life, beyond the ladder's one-line meaning. */
export const ENDING_IN_REAL_LIFE: Readonly<Record<EndingLevel, string>> = {
  'no-concerns':
    'Nothing to answer for. Good practice online looks like this most of the time: regulators say they rarely need to act over social media, and most social workers use it without problems.',
  advice:
    'A conversation in supervision and perhaps a note on your file. It is a learning point, not a disciplinary one; what matters is what you change next.',
  investigation:
    'Your employer looks into it under its conduct procedure: you can be interviewed and can bring a union representative. Depending on what it finds, the outcome can range from no action, through a written or final written warning, to dismissal for gross misconduct; an agency worker’s placement can be ended on the spot. Serious cases may also be referred to the regulator.',
  referral:
    'The regulator decides whether your fitness to practise is impaired. Most concerns are closed at triage without an investigation (about four in five in recent figures), though triage itself has taken most of a year. Cases that reached a final outcome in April to June 2024 had been open for 128 weeks on average, about two and a half years. Get advice early from your union or professional body.',
  sanction:
    'A fitness-to-practise panel can impose conditions of practice, a suspension or removal from the register. In one real 2014 case, posts about a care hearing led to a 12-month conditions of practice order, and the social worker also lost work and faced threats.',
};

/**
 * What an employer's conduct procedure can end in, mildest first: the rungs inside the `investigation`
 * level (an ending's title may name one, e.g. `#ending: investigation Final written warning`).
 */
export const EMPLOYER_OUTCOMES: readonly { outcome: string; meaning: string }[] = [
  { outcome: 'No case to answer', meaning: 'The investigation finds nothing to act on.' },
  { outcome: 'Management advice', meaning: 'A note and a plan, outside the disciplinary procedure.' },
  { outcome: 'Written warning', meaning: 'A formal warning that stays on your file for a set time.' },
  { outcome: 'Final written warning', meaning: 'The last step before dismissal if it happens again.' },
  { outcome: 'Dismissal for gross misconduct', meaning: 'For the most serious cases, such as a deliberate breach of confidentiality.' },
  {
    outcome: 'Agency placement ended',
    meaning: 'An agency worker has no disciplinary procedure with the council: the placement can simply be ended, often the same day.',
  },
];

/** Prompts every debrief can offer, beside the scenario's own #reflect prompts. */
export const GENERAL_REFLECTIONS: readonly string[] = [
  'Which decision would you make differently now, and what would you need (time, advice, support) to make it?',
  'What is one setting or habit you will check this week on your own accounts?',
  'How would you explain your choices to your manager, or to the family involved?',
];

// Where to get support is in ./support.ts (the text panel shows it while playing; the rest is the debrief's).
export { SUPPORT, type SupportContact } from './support.ts';
