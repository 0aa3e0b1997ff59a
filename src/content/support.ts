/** Where to get support: shown while playing, wherever abuse or a sanction appears, and in the debrief. */
export interface SupportContact {
  who: string;
  what: string;
}

/** Where to get support, shown wherever abuse or a sanction appears. */
export const SUPPORT: readonly SupportContact[] = [
  { who: 'Your manager and supervision', what: 'Tell them early: they can act, record it and support you.' },
  { who: 'Your employer', what: 'Your employer has a duty of care: ask about its social media policy, HR and employee support services.' },
  {
    who: 'Your union or professional body',
    what: 'For example BASW or your trade union: advice, representation and support if you are investigated or harassed.',
  },
  {
    who: 'The UK Safer Internet Centre’s Professionals Online Safety Helpline',
    what: 'Free help for people who work with children, including with online harassment. Find the current contact details on the Centre’s website.',
  },
  { who: 'The police', what: 'If you are threatened, or harassment continues: threats and harassment online can be crimes.' },
  {
    who: 'Your employer’s legal services',
    what: 'Through your manager: they can ask a platform to remove material, seek an injunction, or act where a post breaches a court’s privacy.',
  },
];
