/**
 * Reduced motion: `html.reduce-motion` is set from the player's setting, or from the device's
 * prefers-reduced-motion when the setting is "Follow my device". CSS switches transitions and animations
 * off under that class; scripts ask `motionReduced()`; the Phaser scenes get it through GameContext.
 */
import { resolveReducedMotion, type PlayerPreferences } from '../core/app/preferences.ts';

const CLASS = 'reduce-motion';

export function motionReduced(): boolean {
  return document.documentElement.classList.contains(CLASS);
}

/** For scrollIntoView and scrollTo: jump rather than glide when motion is reduced. */
export function scrollBehaviour(): ScrollBehavior {
  return motionReduced() ? 'auto' : 'smooth';
}

/** Keeps the class in step with the setting and the device; `onChange` hears each change. */
export function followMotionPreference(prefs: PlayerPreferences, onChange: (reduced: boolean) => void = () => {}): () => boolean {
  const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  const update = () => {
    const reduced = resolveReducedMotion(prefs.current.reducedMotion, query?.matches ?? false);
    if (reduced !== motionReduced()) {
      document.documentElement.classList.toggle(CLASS, reduced);
      onChange(reduced);
    }
  };
  document.documentElement.classList.toggle(CLASS, resolveReducedMotion(prefs.current.reducedMotion, query?.matches ?? false));
  query?.addEventListener?.('change', update);
  prefs.events.on('preferences/changed', ({ changed }) => {
    if (changed.includes('reducedMotion')) update();
  });
  return motionReduced;
}

/** Whether the device itself asks for less motion (for the settings screen's hint). */
export function deviceAsksForReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'focusin'] as const;

/**
 * Puts `scroller` at its top and keeps it there until the player does something (a key, a pointer, a
 * wheel, a touch, a move of focus) or `settleMs` has passed. A smooth scroll still gliding from the previous screen runs on
 * the compositor and is not always stopped by one `scrollTo`, most of all on a busy machine; any scroll
 * that arrives before the player acts is that glide, and is undone.
 */
export function holdAtTop(scroller: Element | null, settleMs = 2000): void {
  if (!scroller) return;
  scroller.scrollTo({ top: 0, behavior: 'instant' });
  const onScroll = () => {
    if (scroller.scrollTop > 0) scroller.scrollTo({ top: 0, behavior: 'instant' });
  };
  const release = () => {
    scroller.removeEventListener('scroll', onScroll);
    for (const type of INPUT_EVENTS) window.removeEventListener(type, release, true);
    clearTimeout(timer);
  };
  scroller.addEventListener('scroll', onScroll, { passive: true });
  for (const type of INPUT_EVENTS) window.addEventListener(type, release, { capture: true, passive: true });
  const timer = setTimeout(release, settleMs);
}
