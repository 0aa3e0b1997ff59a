/**
 * The standards the stories score against, and the ladder of endings, as data. The content contract's
 * `#hcpc: N impact` tags use the numbering of the HCPC standards of conduct, performance and ethics (2008
 * edition, republished 2012), as cited by the source handout ('hcpc-scpe-2008' and 'knowledge-bite' in
 * references.ts). Titles are our own short paraphrases; `verified` marks those checked against the
 * regulator's document. Lookups (findStandard, isEndingLevel) live in src/core/teaching/standards.ts.
 */

/** How a choice bears on a standard (`#hcpc: 3 upheld`). */
export const IMPACTS = ['upheld', 'risk', 'breach'] as const;
export type Impact = (typeof IMPACTS)[number];

/** How the debrief and the group summary name each impact. */
export const IMPACT_LABELS: Record<Impact, string> = {
  upheld: 'Upheld',
  risk: 'At risk',
  breach: 'Breached',
};

/** A standard's number in the HCPC 2008/2012 numbering (1 to 14). */
export type StandardNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14;

export interface Standard {
  number: number;
  /** Short paraphrase for the debrief. */
  title: string;
  /** The standard in a few words, for a projector: "personal conduct" in "Standard 3 · personal conduct". */
  short: string;
  /** Cited by the source handout as relevant to social media. */
  highlighted: boolean;
  /**
   * Whether the wording was checked against the regulator's material ('hcpc-scpe-2008' in references.ts).
   * Unverified titles are still useful labels but must not be presented as quotations.
   */
  verified: boolean;
}

export interface Framework {
  id: string;
  /** The tag key that scores against this framework. */
  tagKey: string;
  name: string;
  publisher: string;
  edition: string;
  standards: readonly Standard[];
}

const s = (number: StandardNumber, title: string, short: string, highlighted = false, verified = false): Standard => ({
  number,
  title,
  short,
  highlighted,
  verified,
});

export const HCPC_2008: Framework = {
  id: 'hcpc-2008',
  tagKey: 'hcpc',
  name: 'HCPC standards of conduct, performance and ethics',
  publisher: 'Health and Care Professions Council',
  edition: '2008 edition (republished 2012), as cited by the handout',
  standards: [
    s(1, 'Act in the best interests of service users', 'service users’ best interests', true, true),
    s(2, 'Respect the confidentiality of service users', 'confidentiality', true, true),
    s(3, 'Keep high standards of personal conduct', 'personal conduct', true, true),
    s(4, 'Tell the regulator about your conduct and competence', 'telling the regulator'),
    s(5, 'Keep your knowledge and skills up to date', 'up-to-date knowledge'),
    s(6, 'Act within the limits of your knowledge and skills', 'limits of your knowledge'),
    s(7, 'Communicate properly and effectively', 'communication'),
    s(8, 'Supervise tasks you give to others effectively', 'supervising others'),
    s(9, 'Get informed consent', 'informed consent'),
    s(10, 'Keep accurate records', 'records'),
    s(11, 'Deal fairly and safely with the risks of infection', 'infection risks'),
    s(12, 'Limit or stop practising if your health affects your judgement', 'health and practice'),
    s(13, 'Behave with honesty and integrity; keep public confidence in you and the profession', 'honesty and integrity', true, true),
    s(14, 'Make sure any advertising is accurate', 'accurate advertising'),
  ],
};

/** The ladder of endings in the content contract, from best to worst. */
export const ENDING_LEVELS = ['no-concerns', 'advice', 'investigation', 'referral', 'sanction'] as const;
export type EndingLevel = (typeof ENDING_LEVELS)[number];

export const ENDING_LEVEL_LABELS: Record<EndingLevel, { label: string; meaning: string }> = {
  'no-concerns': {
    label: 'No concerns',
    meaning: 'Nothing here would worry your manager or the regulator.',
  },
  advice: {
    label: 'Advice',
    meaning: 'Your manager would talk it through with you in supervision: a learning point, not a disciplinary one.',
  },
  investigation: {
    label: 'Investigation',
    meaning:
      'Your employer would look into what happened under its own procedures: from no action, through warnings, to dismissal; an agency placement can end on the spot.',
  },
  referral: {
    label: 'Referral to the regulator',
    meaning: 'A concern about your fitness to practise would be raised with the regulator.',
  },
  sanction: {
    label: 'Sanction',
    meaning: 'A fitness-to-practise panel would restrict or remove your right to practise.',
  },
};
