/**
 * The words on the small-screen view switch (src/ui/view-switch.ts): the drawn phone and the story take
 * turns on a phone, switched by two buttons.
 * A copy module: plain words; it imports nothing.
 */
export const VIEW_COPY = {
  /** The switch's name for assistive technology. */
  label: 'Show the phone or the story',
  phone: 'Phone',
  story: 'Story',
  /** Read after a button's name when something new waits in that view (the dot is only seen). */
  newMarker: ' (new)',
} as const;
