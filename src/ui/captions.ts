/**
 * Visible captions for sounds: a short-lived "♪ Message sound" beside the phone for every cue that plays,
 * or that would have played with the sound off. Nothing is conveyed by sound alone.
 *
 * The captions are aria-hidden on purpose: the story log (a live region) already says in words what the
 * sound stands for ("Phone: Message from Shona: …", the feedback on a choice). Announcing "Message sound"
 * as well would only repeat it, and interrupt the story being read aloud.
 */
import { h } from './dom.ts';
import { SOUND_COPY } from '../content/copy/sound.ts';

const SHOW_MS = 2800;
const MAX_SHOWN = 2; // two at most: they sit over the bottom of the phone

export class SoundCaptions {
  private readonly root: HTMLElement;

  constructor() {
    this.root = h('div', { className: 'sound-captions', 'aria-hidden': 'true' });
    document.body.append(this.root);
  }

  show(caption: string, soundOn: boolean): void {
    // Over a modal dialog (Settings' "Play a test sound"), the captions go inside it, into the top layer,
    // so the backdrop does not dim them; otherwise they live in the page.
    const host = document.querySelector('dialog[open]') ?? document.body;
    if (this.root.parentElement !== host) host.append(this.root);
    const item = h(
      'div',
      { className: `sound-caption${soundOn ? '' : ' sound-caption-muted'}` },
      h('span', { className: 'sound-caption-icon' }, SOUND_COPY.icon),
      h('span', { className: 'sound-caption-text' }, caption),
      soundOn ? null : h('span', { className: 'sound-caption-off' }, SOUND_COPY.muted),
    );
    this.root.append(item);
    while (this.root.children.length > MAX_SHOWN) this.root.firstElementChild?.remove();
    window.setTimeout(() => item.remove(), SHOW_MS);
  }
}
