/**
 * The words on the question asked once before the first scenario (and in Settings): where the learner
 * practises, so the standards are named in their own regulator's code. The answers are data in
 * src/content/regions.ts.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const REGION_COPY = {
  question: 'Where do you practise?',
  about: 'The debrief names each standard in your regulator’s code. You can change this in Settings.',
  go: 'Start',
  skip: 'Skip',
  legend: 'Where you practise',
  settingsAbout: 'The debrief, the feedback and your record name each standard in this regulator’s code, beside the HCPC standard the scenario scores.',
  notSaid: 'I’d rather not say',
} as const;
