/**
 * The projector's drawn phone column (src/game/start-projector-phone.ts draws into it; group-phone.css sizes
 * it): whether the phone is on at all, whether the screen shown sits beside it, and the hidden element that
 * gives the text column's width beside the phone, for the page budget (see Audience.measure).
 */
import type { AudienceScreen, GroupView } from '../core/group/controller.ts';
import { SCREEN_LINES_MAX } from '../core/group/view.ts';
import { h } from './dom.ts';
import type { ProjectorPhone } from '../game/start-projector-phone.ts';

/**
 * The screens that show the drawn phone beside the text: the story as it stands (its passages, the choice
 * point, the decision and its reveal, the ending). The road not taken is another story's phone, and the menu
 * and the summary are about the session, so those take the full width.
 */
const PHONE_SCREENS: ReadonlySet<AudienceScreen['kind']> = new Set(['passage', 'choice', 'reveal', 'end']);

export class PhoneColumn {
  /** The drawn phone's column (group-mode.ts decides whether there are graphics; see Audience.usePhone). */
  readonly stageEl = h('div', { className: 'gstage', 'aria-hidden': 'true' });
  /** The text column's width with the phone beside it: what the pages are cut for (see Audience.measure). */
  readonly measureEl = h('div', { className: 'gmeasure', 'aria-hidden': 'true' });
  private phone: ProjectorPhone | undefined;

  /** `root`: the projector's root (its classes and `data-phone`); `main` and `screen`: the frame and its text. */
  constructor(
    private readonly root: HTMLElement,
    private readonly main: () => HTMLElement,
    private readonly screen: () => HTMLElement,
  ) {}

  /** Whether the projector draws the phone at all (see Audience.usePhone). */
  set on(on: boolean) {
    this.root.classList.toggle('gphone-on', on);
    if (!on) this.phone = undefined;
  }

  /** The drawn phone has started: it follows the session from now on. */
  attach(phone: ProjectorPhone): void {
    this.phone = phone;
  }

  /**
   * The phone beside the text on the story's screens (the live session's phone state), else full-width text.
   * The text comes first: a screen that does not fit beside the phone (a long prompt with long options, which
   * are never cut into pages) is shown at full width instead (`data-phone="crowded"`).
   */
  render(view: GroupView | undefined): void {
    let shown =
      this.root.classList.contains('gphone-on') &&
      view !== undefined &&
      view.phone !== null &&
      PHONE_SCREENS.has(view.screen.kind) &&
      // A reveal cut for the full width (it took fewer pages so) has the whole frame.
      !(view.screen.kind === 'reveal' && !view.screen.besidePhone);
    this.root.classList.toggle('gphone-shown', shown);
    const crowded = shown && !this.fitsBesidePhone();
    if (crowded) {
      shown = false;
      this.root.classList.remove('gphone-shown');
    }
    this.root.dataset.phone = crowded ? 'crowded' : shown ? 'shown' : 'none';
    if (shown && view?.phone) this.phone?.show(view.phone);
  }

  /** The screen as laid out beside the phone keeps to the theme's rule: nothing cut off, at most SCREEN_LINES_MAX lines. */
  private fitsBesidePhone(): boolean {
    const screen = this.screen();
    if (screen.scrollHeight > screen.clientHeight + 2) return false;
    let lines = 0;
    for (const el of this.main().querySelectorAll('h1, h2, p, li, footer')) {
      if (el.querySelector('p, li') || el.closest('.gprint-only, .gprobe') || !el.textContent?.trim()) continue;
      const style = getComputedStyle(el);
      const height = el.getBoundingClientRect().height;
      if (style.display === 'none' || height === 0) continue;
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3;
      lines += Math.max(1, Math.round(height / lineHeight));
    }
    return lines <= SCREEN_LINES_MAX;
  }
}
