/**
 * Each scenario's motif on the projector: a small emblem drawn in code (src/ui/group-motif.ts makes it an
 * inline SVG), so a room knows the scenario at a glance. Pure decoration, hidden from screen readers: the
 * scenario's title always says the same in words. Drawn by this project on a 64×64 grid; nothing is downloaded.
 *
 * Tones: `ink` (the theme's text colour), `accent` (the scenario's own colour, below), `tint` (a pale fill of it)
 * and `paper` (the page). Shapes with a `fill` tone are filled; the rest are drawn as 3-unit lines.
 */
export type MotifTone = 'ink' | 'accent' | 'tint' | 'paper';

export interface MotifShape {
  /** An SVG element: its name and its geometry (no colours; those come from the tones). */
  readonly el: 'circle' | 'rect' | 'path' | 'line';
  readonly at: Readonly<Record<string, number | string>>;
  readonly fill?: MotifTone;
  readonly stroke?: MotifTone;
}

export interface Motif {
  /** What the drawing shows, for the people who keep it (never shown or read out). */
  readonly about: string;
  /** The scenario's colour: a deep one, dark enough to draw lines on the page and to bear white. */
  readonly accent: string;
  /** A pale wash of the same colour. */
  readonly tint: string;
  readonly shapes: readonly MotifShape[];
}

/** By scenario id (stories/*.ink, the file's name). */
export const MOTIFS: Readonly<Record<string, Motif>> = {
  'the-request': {
    about: 'A friend request: a person with a plus badge.',
    accent: '#b3390f',
    tint: '#fbe3d6',
    shapes: [
      { el: 'circle', at: { cx: 32, cy: 32, r: 29 }, fill: 'tint' },
      { el: 'circle', at: { cx: 28, cy: 24, r: 9 }, fill: 'paper', stroke: 'ink' },
      { el: 'path', at: { d: 'M12 50c2-10 8-15 16-15s14 5 16 15z' }, fill: 'paper', stroke: 'ink' },
      { el: 'circle', at: { cx: 47, cy: 40, r: 10 }, fill: 'accent' },
      { el: 'path', at: { d: 'M47 34v12M41 40h12' }, stroke: 'paper' },
    ],
  },
  'lock-it-down': {
    about: 'Privacy settings: a padlock beside two switches.',
    accent: '#1d5c8f',
    tint: '#dcebf7',
    shapes: [
      { el: 'circle', at: { cx: 32, cy: 32, r: 29 }, fill: 'tint' },
      { el: 'path', at: { d: 'M15 29v-7a8 8 0 0 1 16 0v7' }, stroke: 'ink' },
      { el: 'rect', at: { x: 11, y: 29, width: 24, height: 19, rx: 3 }, fill: 'accent' },
      { el: 'circle', at: { cx: 23, cy: 37, r: 3 }, fill: 'paper' },
      { el: 'rect', at: { x: 38, y: 22, width: 16, height: 9, rx: 4.5 }, fill: 'paper', stroke: 'ink' },
      { el: 'circle', at: { cx: 49.5, cy: 26.5, r: 3 }, fill: 'accent' },
      { el: 'rect', at: { x: 38, y: 37, width: 16, height: 9, rx: 4.5 }, fill: 'paper', stroke: 'ink' },
      { el: 'circle', at: { cx: 42.5, cy: 41.5, r: 3 }, fill: 'ink' },
    ],
  },
  'think-before-you-post': {
    about: 'Drafting a post: a speech bubble with lines of text and a pencil.',
    accent: '#6b3fa0',
    tint: '#ece3f6',
    shapes: [
      { el: 'circle', at: { cx: 32, cy: 32, r: 29 }, fill: 'tint' },
      { el: 'path', at: { d: 'M10 15h38a3 3 0 0 1 3 3v20a3 3 0 0 1-3 3H24l-9 8v-8h-5a3 3 0 0 1-3-3V18a3 3 0 0 1 3-3z' }, fill: 'paper', stroke: 'ink' },
      { el: 'path', at: { d: 'M14 24h28M14 32h18' }, stroke: 'accent' },
      { el: 'path', at: { d: 'M36 50l16-16 5 5-16 16h-5z' }, fill: 'accent' },
      { el: 'path', at: { d: 'M49 37l5 5' }, stroke: 'paper' },
    ],
  },
  'the-page': {
    about: 'A hate page about the worker: a web page with a warning sign over its comments.',
    accent: '#a3162b',
    tint: '#f8dde1',
    shapes: [
      { el: 'circle', at: { cx: 32, cy: 32, r: 29 }, fill: 'tint' },
      { el: 'rect', at: { x: 10, y: 12, width: 36, height: 40, rx: 3 }, fill: 'paper', stroke: 'ink' },
      { el: 'path', at: { d: 'M10 20h36' }, stroke: 'ink' },
      { el: 'path', at: { d: 'M16 28h20M16 35h14M16 42h18' }, stroke: 'ink' },
      { el: 'path', at: { d: 'M45 28l12 21H33z' }, fill: 'accent' },
      { el: 'path', at: { d: 'M45 35v7' }, stroke: 'paper' },
      { el: 'circle', at: { cx: 45, cy: 45.5, r: 1.6 }, fill: 'paper' },
    ],
  },
  'connected-practice': {
    about: 'A positive professional presence: people linked in a network around a tick.',
    accent: '#0f6b4f',
    tint: '#d9f0e6',
    shapes: [
      { el: 'circle', at: { cx: 32, cy: 32, r: 29 }, fill: 'tint' },
      { el: 'path', at: { d: 'M32 32L16 18M32 32l16-14M32 32l-14 16M32 32l14 16' }, stroke: 'ink' },
      { el: 'circle', at: { cx: 16, cy: 18, r: 5 }, fill: 'paper', stroke: 'ink' },
      { el: 'circle', at: { cx: 48, cy: 18, r: 5 }, fill: 'paper', stroke: 'ink' },
      { el: 'circle', at: { cx: 18, cy: 48, r: 5 }, fill: 'paper', stroke: 'ink' },
      { el: 'circle', at: { cx: 46, cy: 48, r: 5 }, fill: 'paper', stroke: 'ink' },
      { el: 'circle', at: { cx: 32, cy: 32, r: 10 }, fill: 'accent' },
      { el: 'path', at: { d: 'M27 32l4 4 7-8' }, stroke: 'paper' },
    ],
  },
  'the-group-chat': {
    about: 'A team group chat: two overlapping speech bubbles, one with three dots, over a small phone.',
    accent: '#8a4b08',
    tint: '#f8e8d2',
    shapes: [
      { el: 'circle', at: { cx: 32, cy: 32, r: 29 }, fill: 'tint' },
      { el: 'path', at: { d: 'M9 14h28a3 3 0 0 1 3 3v14a3 3 0 0 1-3 3H20l-7 6v-6H9a3 3 0 0 1-3-3V17a3 3 0 0 1 3-3z' }, fill: 'paper', stroke: 'ink' },
      { el: 'path', at: { d: 'M27 30h26a3 3 0 0 1 3 3v13a3 3 0 0 1-3 3h-3v6l-7-6H27a3 3 0 0 1-3-3V33a3 3 0 0 1 3-3z' }, fill: 'accent' },
      { el: 'circle', at: { cx: 32, cy: 40, r: 2 }, fill: 'paper' },
      { el: 'circle', at: { cx: 40, cy: 40, r: 2 }, fill: 'paper' },
      { el: 'circle', at: { cx: 48, cy: 40, r: 2 }, fill: 'paper' },
      { el: 'path', at: { d: 'M12 22h20M12 27h12' }, stroke: 'ink' },
    ],
  },
  'looking-them-up': {
    about: 'Looking someone up: a magnifying glass over a profile card.',
    accent: '#2f5d1e',
    tint: '#e1efd8',
    shapes: [
      { el: 'circle', at: { cx: 32, cy: 32, r: 29 }, fill: 'tint' },
      { el: 'rect', at: { x: 9, y: 13, width: 32, height: 38, rx: 3 }, fill: 'paper', stroke: 'ink' },
      { el: 'circle', at: { cx: 25, cy: 25, r: 6 }, fill: 'tint', stroke: 'ink' },
      { el: 'path', at: { d: 'M15 42c1-6 5-9 10-9s9 3 10 9' }, stroke: 'ink' },
      { el: 'circle', at: { cx: 40, cy: 38, r: 9 }, fill: 'paper', stroke: 'accent' },
      { el: 'path', at: { d: 'M47 45l9 9' }, stroke: 'accent' },
    ],
  },
};
