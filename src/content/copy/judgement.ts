/**
 * The words on the before-and-after judgement check: the short question before the first scenario, its
 * parallel set on the debrief, and the change. The items themselves are data in src/content/judgement.ts.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const JUDGEMENT_COPY = {
  beforeHeading: 'Before you start: six quick calls',
  beforeIntro: 'For each, is it a good call or not a good idea? There is no score to pass. After the scenario you can try six more and see what changed.',
  afterHeading: 'Your judgement, before and after',
  afterIntro: 'Six new situations. Judge each, then see how your calls compare with before you played.',
  good: 'A good call',
  bad: 'Not a good idea',
  done: 'Done',
  skip: 'Skip',
  see: 'See what changed',
  incomplete: (left: number) => `${left} still to answer.`,
  change: (before: number, after: number, of: number) => `Before: ${before} of ${of} calls matched good practice. After: ${after} of ${of}.`,
  yourCall: (good: boolean) => `Your call: ${good ? 'a good call' : 'not a good idea'}.`,
  right: '✓ Matches good practice.',
  wrong: '✗ Good practice says otherwise.',
  record: (before: number, after: number, of: number) =>
    `Judgement check: ${before} of ${of} calls matched good practice before the scenario, ${after} of ${of} after.`,
} as const;
