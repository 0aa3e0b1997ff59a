/**
 * The words on the map of the road not taken, a section of the debrief: every decision point of the
 * scenario, the learner's choice at each, and where the other options lead.
 * A copy module: plain words (and small functions where a value goes in); it imports nothing but types.
 */
export const MAP_COPY = {
  heading: 'The road not taken',
  loading: 'Drawing the map…',
  failed: 'The map could not be loaded. Your debrief is unchanged; try opening this section again after a reload.',
  intro:
    'Every decision in this scenario, in the order the story can reach them. At each one you met, your choice is marked; the other options show what they would have done. Go back to any of them and play on: your debrief will compare the two runs.',
  point: (n: number, of: number) => `Decision ${n} of ${of}`,
  met: ' · on your route',
  notMet: ' · not on your route this time',
  yourChoice: '✓ Your choice: ',
  option: 'Option: ',
  ends: (levels: readonly string[]) => (levels.length === 1 ? `Leads to: ${levels[0]}.` : `Can still end: ${levels[0]} at best, ${levels.at(-1)} at worst.`),
  rewind: (n: number) => `Go back to decision ${n} and take this`,
} as const;
