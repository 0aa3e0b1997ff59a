/**
 * The profile pictures the game can draw, and what each one says about you: the handout's good-practice
 * point 7, "consider what your profile picture says about you" ('knowledge-bite' in references.ts). The ids
 * are part of the content contract (`#pictures: headshot, family`); the game draws each one in code.
 */
export const PICTURES = [
  { id: 'headshot', label: 'A friendly head-and-shoulders photo' },
  { id: 'family', label: 'You and your children at the school gate, uniform badges showing' },
  { id: 'lanyard', label: 'You at your desk, council lanyard showing' },
  { id: 'party', label: 'You at a party, drink in hand' },
  { id: 'beach', label: 'You on holiday in swimwear' },
  { id: 'dog', label: 'Your dog' },
  { id: 'landscape', label: 'A hillside at sunset' },
] as const;
