/**
 * Visible captions for sounds: a short-lived "♪ Message sound" for every cue that plays, or that would have
 * played with the sound off. Nothing is conveyed by sound alone.
 *
 * They live in a strip of their own (#captions: under the drawn phone, or at the foot of the screen when
 * the text plays alone or on a small screen), laid out beside the phone and the story, never over them;
 * in the Settings dialog, in its own slot beside "Play a test sound". Newest first: when two do not fit
 * side by side, the older one waits out of sight.
 *
 * The captions are aria-hidden on purpose: the story log (a live region) already says in words what the
 * sound stands for ("Phone: Message from Shona: …", the feedback on a choice). Announcing "Message sound"
 * as well would only repeat it, and interrupt the story being read aloud.
 */
import { h } from './dom.ts';
import { SOUND_COPY } from '../content/copy/sound.ts';

const SHOW_MS = 2800;
const MAX_SHOWN = 2;

export class SoundCaptions {
  private readonly root: HTMLElement;

  constructor() {
    this.root = h('div', { className: 'sound-captions', 'aria-hidden': 'true' });
    this.home().append(this.root);
  }

  /** The page's caption strip (the body, floating, where a page has none). */
  private home(): HTMLElement {
    return document.getElementById('captions') ?? document.body;
  }

  show(caption: string, soundOn: boolean): void {
    // Over a modal dialog (Settings' "Play a test sound"), the captions go inside it, into the top layer,
    // so the backdrop does not dim them: into its caption slot, else at its foot.
    const dialog = document.querySelector('dialog[open]');
    const host = dialog ? (dialog.querySelector<HTMLElement>('.caption-slot') ?? dialog) : this.home();
    if (this.root.parentElement !== host) host.append(this.root);
    const item = h(
      'div',
      { className: `sound-caption${soundOn ? '' : ' sound-caption-muted'}` },
      h('span', { className: 'sound-caption-icon' }, SOUND_COPY.icon),
      h('span', { className: 'sound-caption-text' }, caption),
      soundOn ? null : h('span', { className: 'sound-caption-off' }, SOUND_COPY.muted),
    );
    this.root.prepend(item);
    while (this.root.children.length > MAX_SHOWN) this.root.lastElementChild?.remove();
    window.setTimeout(() => item.remove(), SHOW_MS);
  }
}
