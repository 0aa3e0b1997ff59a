/**
 * The drawn phone's controls a learner can tap. A choice in the story can be bound to one of them (the
 * content contract's `#phone:` tag, to come), so tapping it on the phone takes exactly that choice.
 * Form controls (a setting, a picture) edit the open form instead of taking a choice.
 */
export type PhoneControl =
  /** A request card's buttons. */
  | 'accept'
  | 'decline'
  | 'ignore'
  /** A message thread's input bar: send the reply the choice writes. */
  | 'reply'
  /** On a post, a profile, a thread or a hate page. */
  | 'report'
  | 'block'
  /** The composer's Post button. */
  | 'post'
  /** A settings panel's control, by its variable name: `setting:hearth_future_posts`. */
  | `setting:${string}`
  /** A picture tile in the chooser, by picture id: `picture:headshot`. */
  | `picture:${string}`;
