/**
 * The standards frameworks the debrief can speak in, as data. Stories always score in the handout's
 * HCPC 2008/2012 numbering (`#hcpc: N`); each framework maps every HCPC-2008 standard the stories use to
 * its own clauses. Facts come from the regulators' documents ('swe-standards-2019', 'hcpc-scpe-2016' and
 * 'hcpc-scpe-2008' in references.ts): a clause or a mapping is `verified` only where this project checked it;
 * everything else is labelled as our reading in the debrief. The handout's own framework is built from
 * src/content/standards.ts, and the lookups are in src/core/teaching/frameworks.ts.
 */

import type { ReferenceId } from './references.ts';
import { HCPC_2008 } from './standards.ts';

export const FRAMEWORK_IDS = ['hcpc-2008', 'swe-2019', 'hcpc-2024'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** The HCPC-2008 standards the shipped stories may score (the content tests hold them to this list). */
export const MAPPED_HCPC_2008 = [1, 2, 3, 5, 7, 10, 13] as const;
export type MappedStandard = (typeof MAPPED_HCPC_2008)[number];

export interface Clause {
  /** As the framework numbers it: "2", "2.2", "1.8–1.12". */
  code: string;
  /** Our own short summary, never a quotation. */
  title: string;
  /** The clause in a few words of our own, for a projector: "privacy and dignity" in "SWE 2.2 · privacy and dignity". */
  short: string;
  /** The brief confirmed this clause's number and subject. */
  verified: boolean;
}

export interface Equivalence {
  codes: string[];
  /** The brief confirmed that these clauses are the equivalent (not just that the clauses exist). */
  verified: boolean;
  note?: string;
}

export interface DebriefFramework {
  id: FrameworkId;
  /** Short name for menus: "HCPC 2008/2012". */
  short: string;
  /** What a debrief heading calls its clauses: "Social Work England" in "Social Work England 2.2: …". */
  headingPrefix: string;
  /** The same on a projector, where space is short: "SWE" in "SWE 5, 5.2". */
  labelPrefix: string;
  name: string;
  publisher: string;
  edition: string;
  /** Who it applies to today, in a sentence. */
  appliesTo: string;
  referenceId: ReferenceId;
  clauses: readonly Clause[];
  /** From each HCPC-2008 standard number to this framework's clauses. */
  mapping: Readonly<Record<number, Equivalence>>;
}

/** The handout's own framework: its clauses are the standards in src/content/standards.ts. */
export const HCPC_2008_INTRO: Omit<DebriefFramework, 'clauses' | 'mapping'> = {
  id: 'hcpc-2008',
  short: 'HCPC 2008/2012 (the handout)',
  headingPrefix: 'Standard',
  labelPrefix: 'Standard',
  name: HCPC_2008.name,
  publisher: HCPC_2008.publisher,
  edition: HCPC_2008.edition,
  appliesTo:
    'The standards the source handout cites. The HCPC regulated social workers in England until 2 December 2019 and replaced these standards in 2016: use them to read the handout, not as today’s rules.',
  referenceId: 'hcpc-scpe-2008',
};

export const SWE_2019: DebriefFramework = {
  id: 'swe-2019',
  short: 'Social Work England 2019',
  headingPrefix: 'Social Work England',
  labelPrefix: 'SWE',
  name: 'Social Work England professional standards',
  publisher: 'Social Work England',
  edition: 'published July 2019, in force from 2 December 2019',
  appliesTo: 'The standards every social worker registered in England must meet today.',
  referenceId: 'swe-standards-2019',
  clauses: [
    { code: '1', title: 'Promote the rights, strengths and wellbeing of people, families and communities', short: 'rights and wellbeing', verified: false },
    {
      code: '1.7',
      title: 'Use the power and authority you hold responsibly: only what is necessary, least intrusive and proportionate',
      short: 'power and authority',
      verified: true,
    },
    { code: '2', title: 'Establish and maintain the trust and confidence of people', short: 'trust and confidence', verified: false },
    { code: '2.1', title: 'Be open, honest, reliable and fair', short: 'honesty and fairness', verified: true },
    { code: '2.2', title: 'Respect people’s dignity and privacy', short: 'privacy and dignity', verified: true },
    { code: '2.3', title: 'Keep professional relationships, so people understand your role', short: 'professional relationships', verified: true },
    {
      code: '2.5',
      title: 'Listen actively and use suitable ways of communicating to build relationships',
      short: 'communication',
      verified: false,
    },
    {
      code: '2.6',
      title: 'Treat information about people with sensitivity and handle confidential information lawfully',
      short: 'confidential information',
      verified: true,
    },
    { code: '2.7', title: 'Recognise conflicts of interest and tell the right people', short: 'conflicts of interest', verified: false },
    { code: '3', title: 'Be accountable for the quality of my practice', short: 'accountability', verified: false },
    { code: '3.10', title: 'Keep your ICT skills up to date and adapt to new ways of working', short: 'digital skills', verified: true },
    { code: '3.11', title: 'Keep clear, accurate and up-to-date records, showing how you reached decisions', short: 'records', verified: false },
    { code: '4', title: 'Maintain my continuing professional development', short: 'professional development', verified: false },
    { code: '5', title: 'Act safely, respectfully and with professional integrity', short: 'safe, respectful practice', verified: true },
    {
      code: '5.2',
      title: 'Do not behave, at work or outside it, in a way that calls your suitability into question',
      short: 'conduct outside work',
      verified: false,
    },
    {
      code: '5.6',
      title: 'Do not use technology or social media unlawfully, unethically, or in a way that brings the profession into disrepute',
      short: 'technology and social media',
      verified: true,
    },
    { code: '6', title: 'Promote ethical practice and report concerns', short: 'ethical practice', verified: false },
    { code: '6.6', title: 'Declare anything that may affect your fitness to practise', short: 'declaring fitness to practise', verified: true },
  ],
  mapping: {
    1: {
      codes: ['1', '1.7', '2.3', '2.7'],
      verified: false,
      note: 'The power you hold (1.7), boundaries with the people you support (2.3) and conflicts of interest (2.7) are where contact through personal accounts turns.',
    },
    2: {
      codes: ['2.6', '2.2'],
      verified: false,
      note: 'Confidential information handled in line with the law is 2.6; privacy and dignity is 2.2.',
    },
    3: { codes: ['5', '5.2', '5.6'], verified: false, note: 'Standard 5.6 names social media explicitly.' },
    5: { codes: ['4', '3.10'], verified: false },
    7: { codes: ['2.5'], verified: false, note: 'Communication is 2.5; the choice of channel also touches boundaries (2.3).' },
    10: { codes: ['3.11'], verified: false, note: 'Records sit under accountability for your practice (standard 3).' },
    13: { codes: ['2.1', '5.6'], verified: false },
  } satisfies Record<MappedStandard, Equivalence>,
};

export const HCPC_2024: DebriefFramework = {
  id: 'hcpc-2024',
  short: 'HCPC 2016, revised 2024 (comparison only)',
  headingPrefix: 'HCPC (2024)',
  labelPrefix: 'HCPC (2024)',
  name: 'HCPC standards of conduct, performance and ethics',
  publisher: 'Health and Care Professions Council',
  edition: '2016 edition (10 standards), revised version in force from 1 September 2024',
  appliesTo:
    'A comparison only: the HCPC regulates no social worker anywhere in the UK today. Social workers in England moved to Social Work England on 2 December 2019; these are the HCPC’s current standards for the health and care professions it still regulates, shown beside the handout’s older numbering.',
  referenceId: 'hcpc-scpe-2016',
  clauses: [
    { code: '1', title: 'Promote and protect the interests of service users and carers', short: 'service users’ interests', verified: true },
    {
      code: '1.7',
      title: 'Keep relationships with service users and carers professional (2016; replaced in 2024)',
      short: 'professional relationships',
      verified: true,
    },
    {
      code: '1.8–1.12',
      title:
        'Professional boundaries (2024): power and trust, setting boundaries, suitable ways to communicate, personal relationships, not abusing your position',
      short: 'professional boundaries',
      verified: true,
    },
    { code: '2', title: 'Communicate appropriately and effectively', short: 'communication', verified: true },
    { code: '3', title: 'Work within the limits of your knowledge and skills', short: 'limits of your knowledge', verified: true },
    { code: '4', title: 'Delegate appropriately', short: 'delegation', verified: true },
    { code: '5', title: 'Respect confidentiality', short: 'confidentiality', verified: true },
    { code: '6', title: 'Manage risk', short: 'managing risk', verified: true },
    { code: '7', title: 'Report concerns about safety', short: 'reporting concerns', verified: true },
    { code: '8', title: 'Be open when things go wrong', short: 'openness', verified: true },
    { code: '9', title: 'Be honest and trustworthy', short: 'honesty and trust', verified: true },
    { code: '10', title: 'Keep records of your work', short: 'records', verified: true },
  ],
  mapping: {
    1: {
      codes: ['1', '1.8–1.12'],
      verified: false,
      note: 'Boundaries were 1.7 in 2016 and became 1.8–1.12 in 2024; 1.7 in the 2024 text is about raising concerns when colleagues discriminate.',
    },
    2: { codes: ['5'], verified: false },
    3: { codes: ['9'], verified: false },
    5: { codes: ['3'], verified: false, note: 'Keeping knowledge up to date sits under working within your limits; the sub-clause was not checked.' },
    7: { codes: ['2'], verified: false, note: 'Whether a clause under standard 2 names social media was not checked.' },
    10: { codes: ['10'], verified: false },
    13: { codes: ['9'], verified: false },
  } satisfies Record<MappedStandard, Equivalence>,
};
