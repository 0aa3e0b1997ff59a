/**
 * The words on the learning record: the HTML document the learner downloads (and prints) from the debrief
 * for their CPD record. Its headings follow what the regulators ask a CPD record to hold: what the activity
 * was, what was learned and reflected on, what the learner will do differently, and a peer reflection
 * (Social Work England asks for one with at least one piece of CPD a year: 'swe-cpd-peer-reflection').
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const RECORD_COPY = {
  title: (scenario: string) => `CPD record: ${scenario}`,
  dated: (date: string) => `Public Profile, social media and professional standards. Completed on ${date}.`,
  activityHeading: 'The activity',
  activity: (scenario: string, minutes: number | undefined) =>
    `Self-directed learning: an interactive scenario, “${scenario}”, on using social media safely and professionally${minutes ? `, about ${minutes} minutes` : ''}, followed by a debrief against the professional standards.`,
  outcome: 'How it ended:',
  standardsHeading: 'Standards it relates to',
  namedIn: (codeName: string) => `Named in ${codeName}, beside the HCPC standard the scenario scores.`,
  learnedHeading: 'What I learned',
  chose: (choice: string) => `I chose: ${choice}`,
  better: (text: string) => `A better move: ${text}`,
  practice: (titles: readonly string[]) => `Good practice to keep: ${titles.join('; ')}.`,
  reflectHeading: 'My reflection',
  planHeading: 'What I will do differently',
  noAnswer: 'Write your answer here.',
  peerHeading: 'Peer reflection',
  peer: 'Talk this through with a colleague, your manager or in supervision, then note what you learned from that conversation and how it will change your practice. Social Work England asks for a peer reflection with at least one piece of CPD each year.',
  footer: 'Made on your own device from your debrief. Nothing was sent anywhere.',
} as const;
