/**
 * What the game must teach, as data: the source handout's four risks and eight good-practice points (the
 * knowledge bite, 'knowledge-bite' in references.ts) and the four HCPC 2008/2012 standards it cites. Stories
 * record which of these each decision point exercises with `#covers: slug, slug`; the standards are read from
 * the decision's own `#hcpc` tags. The wording is our own summary of the handout. The coverage matrix and
 * the judgement balance that check the stories against this list are in src/core/teaching/coverage.ts.
 */

export type CoverageKind = 'risk' | 'practice' | 'standard';

export interface CoverageItem {
  kind: CoverageKind;
  /** What authors write in `#covers` (risks and practice points; standards come from `#hcpc`). */
  slug: string;
  /** The handout's own number within its list. */
  number: number;
  label: string;
}

export const RISKS = [
  { kind: 'risk', slug: 'contact', number: 1, label: 'Service users contacting social workers through social media' },
  { kind: 'risk', slug: 'case-talk', number: 2, label: 'Social workers discussing cases on social media' },
  { kind: 'risk', slug: 'hate-sites', number: 3, label: 'Service users posting about social workers on hate sites' },
  { kind: 'risk', slug: 'fear', number: 4, label: 'Fear of sanction causing anxiety and withdrawal from social media' },
] as const satisfies readonly CoverageItem[];

export const PRACTICES = [
  { kind: 'practice', slug: 'no-requests', number: 1, label: 'No friend or follow requests from service users, current or former, on personal accounts' },
  { kind: 'practice', slug: 'review-settings', number: 2, label: 'Review your privacy settings regularly: platforms change them' },
  { kind: 'practice', slug: 'private-accounts', number: 3, label: 'Protect your posts and make accounts private' },
  { kind: 'practice', slug: 'audience-limits', number: 4, label: 'Audience settings are no guarantee: friends can pass things on' },
  { kind: 'practice', slug: 'public-comments', number: 5, label: "Comments on a friend's public post or photo are public" },
  { kind: 'practice', slug: 'think-first', number: 6, label: "Think before you post: nothing you wouldn't want colleagues to see" },
  { kind: 'practice', slug: 'profile-picture', number: 7, label: 'Consider what your profile picture says about you' },
  { kind: 'practice', slug: 'search-yourself', number: 8, label: 'Search your own name regularly' },
] as const satisfies readonly CoverageItem[];

/** A slug authors may write in `#covers`: one of the handout's risks or practice points. */
export type CoversSlug = (typeof RISKS)[number]['slug'] | (typeof PRACTICES)[number]['slug'];

/** The HCPC standards (2008/2012 numbering) the handout cites. */
export const HANDOUT_STANDARDS = [
  { kind: 'standard', slug: 'standard-1', number: 1, label: 'Standard 1: best interests of service users' },
  { kind: 'standard', slug: 'standard-2', number: 2, label: 'Standard 2: confidentiality' },
  { kind: 'standard', slug: 'standard-3', number: 3, label: 'Standard 3: high standards of personal conduct' },
  { kind: 'standard', slug: 'standard-13', number: 13, label: 'Standard 13: honesty, integrity and public confidence' },
] as const satisfies readonly CoverageItem[];
