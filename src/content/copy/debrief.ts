/**
 * The words on the debrief screen: its headings, the framework list, the ending, the totals, each
 * standard's card, the reflection prompts' box and the buttons (the outcome ladder drawn beside it is in
 * copy/phone.ts, with the drawn phone's chunk). What the debrief teaches (why, good practice, the endings' meaning)
 * is teaching data in src/content/teaching.ts; the prompts, regulators and references are there too.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const DEBRIEF_COPY = {
  heading: (title: string) => `Debrief: ${title}`,
  frameworkLabel: 'Name the standards in: ',
  frameworkApplies: (name: string, edition: string, appliesTo: string) => `${name} (${edition}). ${appliesTo}`,
  ending: {
    level: (rank: number, of: number, label: string) => `Outcome ${rank} of ${of}: ${label}.`,
    realLife: 'In real life: ',
    ladderLabel: 'The outcome ladder, best first',
  },
  totals: (decisions: number, upheld: number, risk: number, breach: number) =>
    `Across your ${decisions} decisions: ${upheld} upheld, ${risk} at risk, ${breach} breached.`,
  standardsHeading: 'Your standards',
  untouched: (headings: readonly string[]) => `Not touched this time: ${headings.join('; ')}.`,
  standard: {
    youChose: (choice: string) => `You chose: ${choice}`,
    handoutNumber: (number: number, handoutTitle: string) => `In the handout’s numbering: HCPC (2008) standard ${number}, ${handoutTitle.toLowerCase()}.`,
    mappingUnverified: 'This equivalence is our reading of the standards, not an official table.',
    wordingUnverified: 'Some wording above is our summary and was not checked against the regulator’s text.',
    whatYouDid: 'What you did',
    whyItMatters: 'Why it matters',
    goodPractice: 'What good practice says',
    settingsTip: 'Settings: ',
    /** Before a list of sources; the renderer adds ": ". */
    sources: 'Sources',
    standardSources: 'Sources for this standard',
  },
  reflect: {
    heading: 'Reflect',
    intro:
      'Questions to think over, talk through in supervision, or write up for your CPD record. Anything you write stays on this device and goes into the download.',
    clear: 'Clear my notes',
    cleared: 'Your notes for this scenario are cleared.',
    /** Beside "cleared": brings the notes back. */
    undo: 'Undo',
    restored: 'Your notes are back.',
  },
  download: 'Download for your CPD record (Markdown)',
  summaryLabel: 'Your debrief at a glance',
  compare: {
    heading: 'Your two runs, side by side',
    before: 'Before you went back',
    after: 'This time',
    outcome: 'Outcome',
    standards: 'Standards',
    totals: (upheld: number, risk: number, breach: number) => `${upheld} upheld, ${risk} at risk, ${breach} breached`,
    choices: 'Your choices from the decision you went back to',
  },
  key: {
    heading: 'The decisions that mattered most',
    youChose: 'You chose: ',
    didWhat: 'What it did: ',
    better: 'A better move: ',
    best: 'That was the strongest option here.',
  },
  touched: {
    heading: 'Standards touched',
    namedIn: (codeName: string) => `in ${codeName}, beside the HCPC standard scored`,
    chooseRegion: 'to see your own regulator’s code, say where you practise in Settings',
  },
  sections: {
    decisions: 'All your decisions',
    standards: 'What each standard asks',
    practice: 'Good practice, with the settings to use',
    reflect: 'Reflect and plan',
    sources: 'Sources',
    map: 'The road not taken',
  },
  sourcesIntro: 'Where this debrief’s advice comes from. The full list, with notes on each source, is on the Sources page.',
  allSources: 'Open the Sources page',
  record: {
    print: 'Print or save as PDF',
    html: 'Download your CPD record',
    hint: 'Your record stays on this device unless you download or print it.',
  },
  playAgain: 'Play again',
  chooseAnother: 'Choose another scenario',
  /** Beside the debrief, drawn on the canvas. */
} as const;
