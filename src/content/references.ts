/**
 * The sources the debrief cites, as data: the project's record of which facts were checked against the
 * publishers' own material. `verified` is false where that check could not confirm the item, and the
 * `note` says what is uncertain. Titles are given as published where the check recorded them, otherwise
 * described in our own words (marked by `described`). Lookups and formatting are in
 * src/core/teaching/references.ts.
 */

import { LAW_REFERENCES } from './references-law.ts';

export interface Reference {
  id: string;
  /** Author or issuing body as the reader should cite it. */
  author: string;
  title: string;
  publisher: string;
  /** Year of publication (or of the edition cited). */
  year: string;
  /** Web address where the brief records one (the game never loads it). */
  url?: string;
  /** Checked against the source itself by the project's brief. */
  verified: boolean;
  /** The title is our description, not the published wording. */
  described?: boolean;
  note?: string;
}

export const REFERENCES = [
  {
    id: 'hcpc-scpe-2008',
    author: 'Health and Care Professions Council',
    title: 'Standards of conduct, performance and ethics',
    publisher: 'HCPC',
    year: '2008 (republished 2012)',
    verified: true,
    note: 'The edition the source handout cites, with 14 standards. Standards 1, 2, 3 and 13 are confirmed; the wording of the others is our summary and was not checked.',
  },
  {
    id: 'hcpc-scpe-2016',
    author: 'Health and Care Professions Council',
    title: 'Standards of conduct, performance and ethics',
    publisher: 'HCPC',
    year: '2016 (revised 2024)',
    verified: true,
    note: 'Ten standards, published January 2016. The revision in force from 1 September 2024 keeps the ten headings and replaces standard 1.7 with new standards 1.8 to 1.12 on professional boundaries.',
  },
  {
    id: 'hcpc-social-media-guidance',
    author: 'Health and Care Professions Council',
    title: 'Guidance on social media',
    publisher: 'HCPC',
    year: '2017 (revised 2024)',
    verified: true,
    note: 'Published September 2017 after a 2016 consultation; revised with effect from 1 September 2024.',
  },
  {
    id: 'hcpc-focus-on-standards',
    author: 'Health and Care Professions Council',
    title: 'Focus on standards: social networking sites',
    publisher: 'HCPC',
    year: 'undated',
    verified: true,
    note: 'An older HCPC web page: the regulator rarely needs to act over social media use, and sharing opinions is normally not a concern.',
  },
  {
    id: 'guthrie-2014',
    author: 'Michael Guthrie, HCPC Director of Policy and Standards',
    title: "'We rarely need to take action over a registrant's use of social networking sites'",
    publisher: 'Community Care',
    year: '2014',
    url: 'https://www.communitycare.co.uk/2014/09/17/rarely-need-take-action-registrants-use-social-networking-sites/',
    verified: true,
    note: 'Published 17 September 2014. The source handout credits this article to Jo Silman; it was written by Michael Guthrie.',
  },
  {
    id: 'swe-standards-2019',
    author: 'Social Work England',
    title: 'Professional standards',
    publisher: 'Social Work England',
    year: '2019',
    verified: true,
    url: 'https://www.socialworkengland.org.uk/standards/professional-standards/',
    note: 'Published July 2019, in force from 2 December 2019. Confirmed against Social Work England’s own pages: 1.7 (use the power and authority you hold responsibly), 2.1 to 2.3, 2.6 (handle confidential information in line with the law, quoted in Social Work England’s 2023 letter to the Department for Education), 3.10, 5, 5.6 and 6.6. The numbers 2.5 (communication), 2.7 (conflicts of interest) and 3.11 (records) are taken from secondary sources and were not read in the standards’ own text; the other headings are our summary.',
  },
  {
    id: 'swe-standards-guidance-2020',
    author: 'Social Work England',
    title: 'Professional standards guidance (the "Technology" section)',
    publisher: 'Social Work England',
    year: '2020',
    verified: true,
    url: 'https://www.socialworkengland.org.uk/standards/professional-standards-guidance/',
    note: 'Updated 9 April 2020. Its Technology section (do not refer online to people you support, colleagues or your employer; anonymising may not stop people being recognised) was confirmed through a published summary; its section on conflicts of interest cites standards 1.7, 2.3 and 2.7 among others. For a social worker in England this, not the HCPC’s guidance, is the regulator’s own word on posting.',
  },
  {
    id: 'swe-communicating-online-2025',
    author: 'Social Work England',
    title: 'Communicating online (draft guidance for consultation)',
    publisher: 'Social Work England',
    year: '2025',
    verified: true,
    note: 'Consultation ran from 20 August to 29 October 2025; the final version had not been published when this game was written. Its companion guidance for decision makers sets a high bar for fitness-to-practise action over what a social worker says online.',
  },
  {
    id: 'sssc-social-media',
    author: 'Scottish Social Services Council',
    title: 'Social media guidance',
    publisher: 'SSSC',
    year: '2017',
    verified: true,
    described: true,
    note: 'Updated October 2017. Advises against accepting a friend request from someone you only know because they use your service.',
  },
  {
    id: 'sssc-codes-2024',
    author: 'Scottish Social Services Council',
    title: 'SSSC Codes of Practice for Social Service Workers and Employers',
    publisher: 'SSSC',
    year: '2024',
    url: 'https://www.sssc.uk.com/the-scottish-social-services-council/sssc-codes-of-practice/',
    verified: true,
    note: 'The revised Codes came into effect on 1 May 2024: the third edition, replacing those of 2016 and 2003, with more on relationships and boundaries and a new code on trauma-informed practice.',
  },
  {
    id: 'scw-code',
    author: 'Social Care Wales',
    title: 'Code of Professional Practice for Social Care Workers',
    publisher: 'Social Care Wales',
    year: '2026',
    url: 'https://socialcare.wales/codes',
    verified: true,
    note: 'In force from 1 July 2026, replacing the Code published in 2018: shorter and clearer, with more on anti-discrimination; Social Care Wales says the standards themselves did not change.',
  },
  {
    id: 'niscc-standards-2015',
    author: 'Northern Ireland Social Care Council',
    title: 'Standards of Conduct and Practice for Social Workers',
    publisher: 'NISCC',
    year: '2015',
    verified: true,
    note: 'Published November 2015; this project found no later edition.',
  },
  {
    id: 'basw-policy-2012',
    author: 'British Association of Social Workers, Policy, Ethics and Human Rights Committee',
    title: 'BASW social media policy',
    publisher: 'BASW',
    year: '2012',
    verified: true,
    note: 'Dated December 2012, launched January 2013; revised in 2018 (see the 2018 entry).',
  },
  {
    id: 'basw-policy-2018',
    author: 'British Association of Social Workers',
    title: 'BASW policy: social media',
    publisher: 'BASW',
    year: '2018',
    verified: true,
    note: 'The revised policy, as cited by the Social Care Institute for Excellence’s digital capabilities pages (BASW, 2018); the project read the policy’s contents in a copy of the earlier text, whose principles it keeps: positive use, boundaries, protecting your own and your family’s details.',
  },
  {
    id: 'basw-code-ethics',
    author: 'British Association of Social Workers',
    title: 'The BASW Code of Ethics for Social Work',
    publisher: 'BASW',
    year: '2021',
    verified: true,
    note: 'The current Code, which applies to social workers across the UK and refers to responsibilities in digital practice. BASW’s own digital capabilities pages cite it as 2020; the project could not settle whether the edition is dated 2020 or 2021.',
  },
  {
    id: 'turner-2015-anxiety',
    author: 'Denise Turner',
    title: "Lack of clear social media guidance is creating 'anxiety and alienation'",
    publisher: 'Community Care',
    year: '2015',
    url: 'https://www.communitycare.co.uk/2015/04/29/lack-clear-social-media-guidance-creating-anxiety-alienation/',
    verified: true,
  },
  {
    id: 'turner-2015-connected',
    author: 'Denise Turner',
    title: 'Connected and protected: can social media be a part of social work practice?',
    publisher: 'Community Care',
    year: '2015',
    url: 'https://www.communitycare.co.uk/2015/02/03/connected-protected-can-social-media-part-social-work-practice/',
    verified: false,
    note: 'Cited by the source handout; not checked by this project.',
  },
  {
    id: 'cc-2015-councils',
    author: 'Community Care',
    title: 'Less than 2% of councils provide social media guidance for social workers',
    publisher: 'Community Care',
    year: '2015',
    url: 'https://www.communitycare.co.uk/2015/04/29/less-2-councils-provide-social-media-guidance-social-workers/',
    verified: true,
    note: 'Of 151 councils answering a 2015 freedom of information request, 2 had guidance written for social workers. These are 2015 figures: this project found no newer count, so the game does not present them as today’s picture. The handout credits R. Schraer; the byline was not visible to this project.',
  },
  {
    id: 'cc-2014-facebook-privacy',
    author: 'Community Care',
    title: 'A simple guide to protecting your social media privacy on Facebook',
    publisher: 'Community Care',
    year: '2014',
    url: 'http://www.communitycare.co.uk/2014/09/11/simple-guide-protecting-social-media-privacy-facebook/',
    verified: false,
    note: 'Cited by the source handout (credited to Luke Stevenson); this project could not find the article. Platform menus have changed since.',
  },
  {
    id: 'cc-2014-ftp-case',
    author: 'Community Care',
    title: 'Reports of a 2014 fitness-to-practise hearing about Facebook posts on a care case',
    publisher: 'Community Care',
    year: '2014',
    verified: true,
    described: true,
    note: 'A real case: posts before and after a care hearing, believed friends-only, found by the mother; a 12-month conditions of practice order. The debrief cites it briefly; the training scene in "Think before you post" is a made-up composite, not this case.',
  },
  {
    id: 'cc-2012-hate-page',
    author: 'Community Care',
    title: 'Reports of a Facebook page naming and picturing social workers',
    publisher: 'Community Care',
    year: '2012',
    verified: true,
    described: true,
    note: 'About 20 social workers and guardians were named and pictured; the platform removed the page.',
  },
  {
    id: 'cc-2012-five-steps',
    author: 'Community Care',
    title: 'Five steps to take if you are targeted online (advice for social workers)',
    publisher: 'Community Care',
    year: '2012',
    verified: true,
    described: true,
    note: 'Only the first two steps were retrieved: tell your employer, and contact your professional body.',
  },
  {
    id: 'ucc-2024-abuse-survey',
    author: 'University College Cork researchers',
    title: 'Survey of online abuse of social workers in Ireland',
    publisher: 'British Journal of Social Work',
    year: '2024',
    verified: true,
    described: true,
    note: '21.9% of 379 respondents had experienced online abuse; nearly half of the abusers were adult service users, past or present; most targets did not engage.',
  },
  {
    id: 'uksic-posh',
    author: 'UK Safer Internet Centre',
    title: 'Professionals Online Safety Helpline',
    publisher: 'UK Safer Internet Centre',
    year: 'current',
    verified: true,
    note: 'Helps people who work with children, including with online harassment. Its phone number is not given here because this project could not confirm the current one: find it on the Centre’s website.',
  },
  {
    id: 'council-policies',
    author: 'English councils',
    title: 'Social media procedures for staff (e.g. Wakefield, North Yorkshire)',
    publisher: 'Local authorities',
    year: 'current',
    verified: true,
    described: true,
    note: 'Never use a personal profile to communicate with service users.',
  },
  {
    id: 'platform-help',
    author: 'Meta, X, Instagram, LinkedIn',
    title: 'Help centre pages on privacy settings',
    publisher: 'The platforms',
    year: 'checked 2026',
    verified: true,
    described: true,
    note: 'Menus change often: check the current wording before relying on it.',
  },
  {
    id: 'swe-ftp-timescales-2024',
    author: 'Community Care, from Social Work England’s board papers',
    title: 'Number of fitness to practise cases lasting at least three years doubles in 12 months',
    publisher: 'Community Care',
    year: '2024',
    url: 'https://www.communitycare.co.uk/2024/09/27/number-of-fitness-to-practise-cases-lasting-at-least-three-years-doubles-in-12-months/',
    verified: true,
    note: 'Cases reaching a final outcome in April to June 2024 had been open for 128 weeks on average (110 weeks across 2023-24). Published 27 September 2024.',
  },
  {
    id: 'swe-ftp-triage-2025',
    author: 'Community Care, from Social Work England’s board papers',
    title: 'Reports on Social Work England’s triage of fitness to practise concerns',
    publisher: 'Community Care',
    year: '2025',
    verified: true,
    described: true,
    note: 'Most concerns end at triage without an investigation: 81% of cases completing triage in October to December 2024, and 85% of those in July to September 2025 ended with no further action. Triage itself took 35 to 38 weeks on average at those times. Read in republished copies of the articles.',
  },
  {
    id: 'pew-2012-friends',
    author: 'Pew Research Center',
    title: 'The Kevin Bacon effect (Facebook users’ reach through friends of friends)',
    publisher: 'Pew Research Center',
    year: '2012',
    url: 'https://www.pewresearch.org/short-reads/2012/05/17/the-kevin-bacon-effect/',
    verified: true,
    note: 'The typical (median) user in the study could reach about 31,000 people through friends of friends; the average was over 150,000. An old study, but the point stands: friends of friends is tens of thousands of people, not a few hundred.',
  },
  {
    id: 'meta-ai-training-2024',
    author: 'ITV News and others',
    title: 'Reports that Meta will use UK users’ public posts to train its AI',
    publisher: 'ITV News',
    year: '2024',
    url: 'https://www.itv.com/news/2024-09-16/meta-to-use-social-media-posts-for-ai-training-in-the-uk-how-can-i-opt-out',
    verified: true,
    described: true,
    note: 'From September 2024 Meta began using public posts, photos and comments by UK adults on Facebook and Instagram to train its AI, with an objection form rather than consent; the ICO said it would monitor this. An example of how settings drift today: new features and defaults, not posts silently made public.',
  },
  {
    id: 'knowledge-bite',
    author: 'MySkills',
    title: 'Knowledge bite: social workers and social media',
    publisher: 'Council learning platform',
    year: 'c. 2015',
    verified: true,
    described: true,
    note: 'The source handout for this game. Parts are out of date: see the notes on the handout.',
  },
  {
    id: 'swe-cpd-peer-reflection',
    author: 'Social Work England',
    title: 'Peer reflection',
    publisher: 'Social Work England',
    year: 'checked 2026',
    url: 'https://www.socialworkengland.org.uk/cpd/peer-reflection/',
    verified: true,
    note: 'At least two pieces of CPD a year, at least one with a peer reflection: what you learned from discussing it with a peer or manager, and its impact on your practice. Cited by the learning record downloaded from the debrief.',
  },
  ...LAW_REFERENCES,
] as const satisfies readonly Reference[];

/** A source's id, as the teaching data cites it: a misspelt id does not compile. */
export type ReferenceId = (typeof REFERENCES)[number]['id'];

/** Where the source handout is out of date or wrong, and what to read instead. */
export const HANDOUT_CORRECTIONS: readonly { text: string; sources: ReferenceId[] }[] = [
  {
    text: 'Twitter is now X, and "protect my tweets" is now "Protect your posts" (Settings and privacy, then Privacy and safety, then Audience and tagging).',
    sources: ['platform-help'],
  },
  {
    text: 'Social workers in England have been regulated by Social Work England since 2 December 2019, not the HCPC. Its professional standards (2019) apply to them today.',
    sources: ['swe-standards-2019'],
  },
  {
    text: 'The 2014 Community Care article "We rarely need to take action over a registrant\'s use of social networking sites" was written by Michael Guthrie, the HCPC\'s Director of Policy and Standards, not Jo Silman.',
    sources: ['guthrie-2014'],
  },
  {
    text: 'The HCPC standards the handout cites are from the 2008 edition (republished 2012). The HCPC replaced them in 2016 and revised them in 2024; the HCPC has also published guidance on social media since 2017.',
    sources: ['hcpc-scpe-2016', 'hcpc-social-media-guidance'],
  },
  {
    text: 'The finding that only 2 of 151 councils had social media guidance written for social workers dates from 2015. It is a picture of that year, not of today.',
    sources: ['cc-2015-councils'],
  },
  {
    text: 'For a social worker in England, the regulator’s word on posting is Social Work England’s: its professional standards (5.6 names social media) and its guidance on technology, not the HCPC’s "keep on posting" guidance, which is for the professions the HCPC regulates.',
    sources: ['swe-standards-2019', 'swe-standards-guidance-2020', 'hcpc-social-media-guidance'],
  },
  {
    text: 'Friends of friends is not a few hundred people: in one study the typical Facebook user could reach about 31,000 people that way.',
    sources: ['pew-2012-friends'],
  },
  {
    text: 'Settings drift today comes less from a platform quietly making old posts public (a pattern of 2010 to 2013) than from new features and defaults: contact syncing and friend suggestions, new ways of sharing, and public posts used to train AI unless you object.',
    sources: ['meta-ai-training-2024', 'platform-help'],
  },
  {
    text: "The handout's reference to Hannah Broadbent (2015) could not be found, nor the Facebook privacy guide it credits to Luke Stevenson; Facebook's menus have changed since.",
    sources: ['cc-2014-facebook-privacy'],
  },
];
