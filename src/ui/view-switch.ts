/**
 * The small-screen layout. Below 760 px wide, or in a tall narrow window (a phone, most of all), the drawn
 * phone and the story cannot sit side by side: during a scenario they take turns in one view, switched by
 * two buttons at the top ("Phone" and "Story", toggle buttons with aria-pressed, Left and Right arrow keys
 * move between them) or by a sideways swipe. Menu, intro and debrief are text: the story alone.
 *
 * The view never changes by itself unless the learner asked for it (Settings, "On a small screen"): when
 * new choices arrive while the phone is shown, the Story button gets a marker (and the reverse for a new
 * phone event). Which view a scenario opens on is the learner's choice too, remembered in preferences.
 *
 * State is on <html>: `data-view="phone|story"` and the class `in-play`; styles.css lays out from them.
 */
import type { App } from '../core/app/app.ts';
import type { PlayerPreferences, SmallScreenView } from '../core/app/preferences.ts';
import { VIEW_COPY } from '../content/copy/views.ts';
import { h } from './dom.ts';

/** Where the two views take turns (the same query as in styles.css). */
export const SMALL_SCREEN_QUERY = '(max-width: 760px), (max-aspect-ratio: 4/5)';

/** A swipe: this far sideways (CSS px), and mostly sideways. */
const SWIPE_MIN_PX = 60;

export class ViewSwitch {
  readonly root: HTMLElement;
  private readonly buttons = new Map<SmallScreenView, HTMLButtonElement>();
  private readonly badges = new Map<SmallScreenView, HTMLElement>();
  private readonly query: MediaQueryList | undefined;
  private view: SmallScreenView;

  constructor(
    private readonly layout: HTMLElement,
    private readonly app: App,
    private readonly prefs: PlayerPreferences,
  ) {
    this.query = window.matchMedia?.(SMALL_SCREEN_QUERY);
    this.view = prefs.current.smallScreenView;
    const labels = VIEW_COPY;
    const buttonFor = (view: SmallScreenView) => {
      const badge = h('span', { className: 'view-badge', hidden: true }, h('span', { className: 'visually-hidden' }, labels.newMarker));
      const button = h(
        'button',
        { type: 'button', className: 'view-tab', 'data-view': view, 'aria-pressed': 'false', onclick: () => this.show(view) },
        labels[view],
        badge,
      );
      this.buttons.set(view, button);
      this.badges.set(view, badge);
      return button;
    };
    this.root = h('nav', { className: 'view-tabs', 'aria-label': labels.label }, buttonFor('phone'), buttonFor('story'));
    this.root.addEventListener('keydown', (event) => this.onKey(event));
    layout.prepend(this.root);
    this.apply();

    app.events.on('app/screen', (screen) => {
      const inPlay = screen.name === 'play';
      document.documentElement.classList.toggle('in-play', inPlay);
      this.clearBadges();
      // Each scenario (and each resume) opens on the learner's chosen view.
      if (inPlay) this.show(this.prefs.current.smallScreenView, false);
    });
    app.events.on('story/choices', () => this.arrived('story'));
    app.events.on('story/ended', () => this.arrived('story'));
    app.events.on('phone/cue', () => this.arrived('phone'));
    prefs.events.on('preferences/changed', ({ changed, preferences }) => {
      if (changed.includes('smallScreenView')) this.show(preferences.smallScreenView, false);
    });
    this.installSwipe();
    // "Skip to the story" must land on the story, not on a view that is hidden.
    document.querySelector('.skip-link')?.addEventListener('click', () => this.show('story', false));
  }

  /** Whether the two views take turns now (a small screen, with the drawn phone, in a scenario). */
  get active(): boolean {
    return (this.query?.matches ?? false) && !document.documentElement.classList.contains('text-only') && this.app.currentScreen.name === 'play';
  }

  get current(): SmallScreenView {
    return this.view;
  }

  /** Show a view (the learner's doing, or their preference). */
  show(view: SmallScreenView, focus = true): void {
    this.view = view;
    this.badges.get(view)!.hidden = true;
    this.apply();
    if (focus) this.buttons.get(view)?.focus({ preventScroll: true });
  }

  private apply(): void {
    document.documentElement.dataset.view = this.view;
    for (const [view, button] of this.buttons) button.setAttribute('aria-pressed', String(view === this.view));
  }

  private clearBadges(): void {
    for (const badge of this.badges.values()) badge.hidden = true;
  }

  /** Something new for `view`: show it if the learner asked for that, else mark its button. */
  private arrived(view: SmallScreenView): void {
    if (!this.active || this.view === view) return;
    if (view === 'story' && this.prefs.current.smallScreenFollow) {
      this.show('story', false);
      return;
    }
    this.badges.get(view)!.hidden = false;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    event.stopPropagation();
    this.show(event.key === 'ArrowLeft' ? 'phone' : 'story');
  }

  /**
   * A sideways swipe over the view switches it: leftwards to the story, rightwards to the phone (the order
   * of the buttons). Not from a text field or a slider, where a sideways drag means something else.
   */
  private installSwipe(): void {
    let start: { x: number; y: number } | undefined;
    this.layout.addEventListener(
      'touchstart',
      (event) => {
        const touch = event.touches[0];
        const target = event.target instanceof Element ? event.target : null;
        start =
          event.touches.length === 1 && touch && !target?.closest('input, textarea, select, [contenteditable]')
            ? { x: touch.clientX, y: touch.clientY }
            : undefined;
      },
      { passive: true },
    );
    this.layout.addEventListener(
      'touchend',
      (event) => {
        const touch = event.changedTouches[0];
        if (!start || !touch || !this.active) return;
        const dx = touch.clientX - start.x;
        const dy = touch.clientY - start.y;
        start = undefined;
        if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
        this.show(dx < 0 ? 'story' : 'phone', false);
      },
      { passive: true },
    );
  }
}

/** The view switch for the solo game's layout (main.ts). */
export function installViewSwitch(layout: HTMLElement, app: App, prefs: PlayerPreferences): ViewSwitch {
  return new ViewSwitch(layout, app, prefs);
}
