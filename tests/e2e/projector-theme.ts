/** The projector theme's rules, measured in the page: shared by the group-mode end-to-end tests. */
import type { Page } from 'playwright-core';
import { SCREEN_LINES_MAX } from '../../src/core/group/view.ts';

/**
 * The projector theme's rules, measured on the screen as shown: text and choices at least 4% of the window's
 * height, headings at least 6%, at most about twelve lines, nothing cut off, and contrast at least 7:1.
 */
export async function checkTheme(page: Page): Promise<string[]> {
  return page.evaluate(async (maxLines) => {
    // Measured in the projector's own typeface: until it has loaded the text is set in a fallback (and the
    // pages are cut again once it arrives).
    await document.fonts.ready;
    const problems: string[] = [];
    const vh = window.innerHeight;
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: evaluate sends only this function's source
    const lum = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: evaluate sends only this function's source
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3]! > 0.9)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const main = document.querySelector('.gmain')!;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement!;
      if (!text || el.closest('[aria-hidden=true], .visually-hidden, .gprint-only')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.getClientRects().length === 0) continue;
      const size = parseFloat(style.fontSize);
      const heading = el.closest('h1, h2');
      const min = heading ? 0.06 * vh : 0.04 * vh;
      if (size + 0.5 < min) problems.push(`"${text.slice(0, 30)}" is ${size}px, under ${min.toFixed(1)}px`);
      if (Number(style.fontWeight) < 400) problems.push(`"${text.slice(0, 30)}" is a thin weight (${style.fontWeight})`);
      const fg = parse(style.color);
      const bg = background(el);
      const [a, b] = [lum(fg), lum(bg)].toSorted((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      if (ratio < 7) problems.push(`"${text.slice(0, 30)}" has contrast ${ratio.toFixed(2)}:1`);
    }
    const screen = document.querySelector('.gscreen') as HTMLElement;
    if (screen.scrollHeight > screen.clientHeight + 2) problems.push(`the screen overflows (${screen.scrollHeight} > ${screen.clientHeight})`);
    // Nothing cut off at the side either (a two-column list too wide for 4:3 once hid a standard's name).
    const right = screen.getBoundingClientRect().right;
    for (const el of screen.querySelectorAll('h1, h2, p, li, span, strong, button, a')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > right + 2 && !el.closest('[aria-hidden=true]'))
        problems.push(`"${el.textContent?.trim().slice(0, 30)}" runs past the right edge`);
    }
    if (screen.scrollWidth > screen.clientWidth + 2) problems.push(`the screen overflows sideways (${screen.scrollWidth} > ${screen.clientWidth})`);
    // Lines on screen: every block of text, by its height over its line height.
    let lines = 0;
    for (const el of main.querySelectorAll('h1, h2, p, li, footer')) {
      if (el.querySelector('p, li') || el.closest('.gprint-only')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.getClientRects().length === 0 || !el.textContent?.trim()) continue;
      const lh = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3;
      lines += Math.max(1, Math.round(el.getBoundingClientRect().height / lh));
    }
    if (lines > maxLines) problems.push(`${lines} lines on screen (at most ${maxLines})`);
    const frame = (document.querySelector('.gmain') as HTMLElement).getBoundingClientRect();
    if (frame.width > window.innerWidth + 1 || frame.height > window.innerHeight + 1) problems.push('the projector frame is larger than the window');
    return problems;
  }, SCREEN_LINES_MAX);
}
