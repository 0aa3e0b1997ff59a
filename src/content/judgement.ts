/**
 * The before-and-after judgement check, as data a trainer can edit: short situations, each judged "a good
 * call" or "not a good idea", asked once before the first scenario (optional, skippable, solo play only) and
 * a parallel, different set after it. Both sets cover the handout's risks and practice points (`covers`, the
 * slugs in handout.ts), and each has items where engaging is the right call, so the check rewards judgement,
 * not blanket caution. `why` is shown once the learner has answered.
 *
 * To edit: change the words freely; keep `good` true where the action is a good call; keep at least six
 * items in each set and at least two with `good: true` (the unit tests check both).
 */
import type { CoversSlug } from './handout.ts';

export interface JudgementItem {
  id: string;
  /** What the social worker does, in one sentence. */
  situation: string;
  /** Whether it is a good call. */
  good: boolean;
  why: string;
  covers: CoversSlug[];
}

export const JUDGEMENT_BEFORE: readonly JudgementItem[] = [
  {
    id: 'b-mum-request',
    situation: 'A mum on your caseload sends you a friend request. You accept it so she feels you trust her.',
    good: false,
    why: 'A personal connection blurs your role. Decline, and explain the boundary kindly in person.',
    covers: ['no-requests', 'contact'],
  },
  {
    id: 'b-court-post',
    situation: 'After a long day in court you post “Grim day removing three kids, glad it’s over” with no names.',
    good: false,
    why: 'A court, a day and a number can identify a family. Talk it through in supervision instead.',
    covers: ['case-talk', 'think-first'],
  },
  {
    id: 'b-network',
    situation: 'You join a professional social work group online to share research and ask questions about practice.',
    good: true,
    why: 'Professional networks online are a good way to learn. Keep what you share general and professional.',
    covers: ['fear'],
  },
  {
    id: 'b-settings',
    situation: 'You set your accounts to private last year, so you don’t need to look at the settings again.',
    good: false,
    why: 'Platforms change their settings and defaults. Check them regularly.',
    covers: ['review-settings', 'private-accounts'],
  },
  {
    id: 'b-hate-page',
    situation: 'You find your name on a page attacking social workers. You tell your manager and keep a record of what you saw.',
    good: true,
    why: 'Telling your manager early and keeping a record lets your employer support you and act.',
    covers: ['hate-sites'],
  },
  {
    id: 'b-search-self',
    situation: 'Every few months you search your own name to see what others can find about you.',
    good: true,
    why: 'Searching your own name shows you what a service user would find, so you can fix it.',
    covers: ['search-yourself', 'profile-picture'],
  },
];

export const JUDGEMENT_AFTER: readonly JudgementItem[] = [
  {
    id: 'a-former-user',
    situation: 'A young man you worked with years ago, now an adult, asks to follow you. You accept: the case is closed.',
    good: false,
    why: 'Former service users are included too. Decline, and point him to the service if he needs help.',
    covers: ['no-requests', 'contact'],
  },
  {
    id: 'a-friend-photo',
    situation: 'You comment on a friend’s public photo from a party, assuming only your friends will see it.',
    good: false,
    why: 'A comment on a public post is public, whatever your own settings say.',
    covers: ['public-comments', 'audience-limits'],
  },
  {
    id: 'a-share-guidance',
    situation: 'You share your regulator’s new guidance on social media with a short comment on why it matters.',
    good: true,
    why: 'Sharing good practice openly raises the profession’s profile. Speaking up is not the risk; identifying people is.',
    covers: ['fear', 'think-first'],
  },
  {
    id: 'a-anon-case',
    situation: 'In a closed group of social workers you describe a case in detail, leaving out the family’s name.',
    good: false,
    why: 'Details can identify a family even without a name, and a closed group can be shared. Use supervision.',
    covers: ['case-talk', 'audience-limits'],
  },
  {
    id: 'a-message-reply',
    situation:
      'A parent messages your personal account late at night. You reply from work the next morning, through the team’s usual channel, and note it on the file.',
    good: true,
    why: 'Answering through the right channel keeps the relationship professional and the parent heard, and the record shows what happened.',
    covers: ['contact'],
  },
  {
    id: 'a-picture',
    situation: 'You check your profile picture and cover photo show nothing you’d mind a family or a panel seeing.',
    good: true,
    why: 'Your picture is public even when your posts are not. It is worth a look.',
    covers: ['profile-picture', 'search-yourself'],
  },
];
