/**
 * A scenario's motif (src/content/motifs.ts) as an inline SVG, built element by element: nothing is fetched,
 * and it is hidden from screen readers (the scenario's title says it in words). None for a scenario without one.
 */
import { MOTIFS, type MotifTone } from '../content/motifs.ts';

const SVG = 'http://www.w3.org/2000/svg';
const INK = '#16202e';
const PAPER = '#ffffff';

export function motifSvg(scenarioId: string, className = 'gmotif'): SVGSVGElement | null {
  const motif = MOTIFS[scenarioId];
  if (!motif) return null;
  const tone = (t: MotifTone) => (t === 'ink' ? INK : t === 'paper' ? PAPER : t === 'accent' ? motif.accent : motif.tint);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 64 64');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('data-motif', scenarioId);
  for (const shape of motif.shapes) {
    const el = document.createElementNS(SVG, shape.el);
    for (const [name, value] of Object.entries(shape.at)) el.setAttribute(name, String(value));
    el.setAttribute('fill', shape.fill ? tone(shape.fill) : 'none');
    if (shape.stroke) {
      el.setAttribute('stroke', tone(shape.stroke));
      el.setAttribute('stroke-width', '3');
      el.setAttribute('stroke-linecap', 'round');
      el.setAttribute('stroke-linejoin', 'round');
    }
    svg.append(el);
  }
  return svg;
}
