/**
 * The words on the group session's summary: the standards tally (on the projector), every decision in
 * full (for the presenter and on paper), and the download buttons. The downloaded Markdown is written by
 * src/core/group/summary.ts.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
const hands = (n: number) => `${n} hand${n === 1 ? '' : 's'}`;

export const GROUP_SUMMARY_COPY = {
  downloadMarkdown: 'Download Markdown',
  downloadJson: 'Download JSON',
  print: 'Print',
  tally: {
    heading: 'Standards tally',
    label: 'Standards tally',
    standard: (number: number, title: string) => ` Standard ${number}: ${title}`,
    none: 'No standards touched yet.',
    totals: (decisions: number, upheld: number, risk: number, breach: number) =>
      `${decisions} decision${decisions === 1 ? '' : 's'}: ${upheld} upheld, ${risk} at risk, ${breach} breached.`,
  },
  full: {
    label: 'Every decision',
    heading: (title: string) => `Session summary: ${title}`,
    about: (date: string, framework: string, finished: boolean) => `${date}. ${framework}. ${finished ? 'Scenario finished.' : 'Scenario not finished.'}`,
    outcome: (label: string) => `Outcome: ${label}. `,
    decision: (number: number) => `Decision ${number}`,
    discussed: 'Discussed: ',
    vote: (total: number) => `The room's vote (${hands(total)}):`,
    option: (text: string, votes: number) => `${text}: ${votes} vote${votes === 1 ? '' : 's'}`,
    taken: ' (taken)',
    takenLabel: 'Taken: ',
    takenHow: (taken: string, how: string) => `${taken}, by ${how}.`,
    impact: (standard: number, title: string) => ` Standard ${standard}: ${title}. `,
    none: 'No decisions were taken.',
  },
} as const;
