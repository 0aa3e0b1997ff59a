/**
 * A projector show composed by meaning: story paragraphs onto as few, as full screens as the budget allows,
 * cut only where a reader would pause. `paginate` (model.ts) cut by line count alone, so a reveal could show
 * `Social work life."` and half a quoted post, and "Why it matters" ran over two screens.
 *
 * The rules, in order of strength:
 *  - a paragraph is cut only when it alone is longer than a screen, and then only at a sentence end outside
 *    any quotation (sentences.ts); a phone card (a post, message or profile) is never cut at all;
 *  - a phone card stays with the line that introduces it, a content note with what it warns of, and the
 *    support line with the line it follows, whenever the group fits on one screen;
 *  - as few screens as these whole units allow, each filled in turn (and, among equals, with the fewest
 *    paragraphs cut); when the last screen would be under a third full, the last two are balanced;
 *  - a unit too big even for a screen of its own (one enormous sentence or post) gets a screen to itself,
 *    marked `oversize` so the view can shrink its text; it is never cut mid-sentence.
 * The budget (from the projector view's measurement) already keeps the text large; this module only honours it.
 */
import { paraLines, type PageBudget, type Para } from './model.ts';
import { sentenceSpans } from './sentences.ts';

/** Between the items of a card that lists several (search results): "… · Jo Harper on Shout: …". */
const ITEM_SEPARATOR = ' · ';

/** A card's items, each keeping the separator that follows it; one span when the card is not a list. */
export function itemSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let at = text.indexOf(ITEM_SEPARATOR); at >= 0; at = text.indexOf(ITEM_SEPARATOR, at + 1)) {
    spans.push([start, at + ITEM_SEPARATOR.length - 1]);
    start = at + ITEM_SEPARATOR.length;
  }
  spans.push([start, text.length]);
  return spans;
}

/** A paragraph as shown on a screen: `oversize` when its screen holds more than the budget (shrink it). */
export interface ComposedPara extends Para {
  oversize?: true;
}

/** One projector screen of a show. */
export interface ShowScreen {
  paras: ComposedPara[];
  /** Estimated lines the paragraphs take (see `paraLines`). */
  lines: number;
  /** One unit that does not fit even alone: the view should shrink the text to fit. */
  oversize: boolean;
}

/** A slice [start, end) of paragraph `para` of the passage: a whole paragraph or whole sentences of one. */
interface Piece {
  para: number;
  start: number;
  end: number;
}

/** Pieces that stay on one screen together. */
type Unit = Piece[];

/** Below this share of a screen, the last screen is balanced with the one before it. */
const NEAR_EMPTY_SHARE = 1 / 3;

/**
 * The drop-in for `paginate`: the screens' paragraphs only. The paragraphs of an oversize screen carry
 * `oversize: true`. Always at least one screen (maybe empty).
 */
export function composePages(paras: readonly Para[], budget: PageBudget): ComposedPara[][] {
  return composeShow(paras, budget).map((screen) => screen.paras);
}

/**
 * Compose a passage into screens. `budget.lines` is what a screen holds beside its "Page 1 of 2" note; a
 * passage that fits on one screen needs no note and may use that line too (as `paginate` does).
 */
export function composeShow(paras: readonly Para[], budget: PageBudget): ShowScreen[] {
  const cpl = Math.max(10, Math.floor(budget.charsPerLine));
  const lines = Math.max(2, Math.floor(budget.lines));
  const layout = new Layout(paras, cpl);
  const whole: Unit = paras.map((p, i) => ({ para: i, start: 0, end: p.text.length }));
  if (layout.cost(whole) <= lines + 1) return [layout.screen(whole, lines + 1)];
  const screens = balanceLast(pack(unitsOf(paras, layout, lines), layout, lines), layout, lines);
  return screens.map((screen) => layout.screen(screen.flat(), lines));
}

// ------------------------------------------------------------------------------------------------ units

/** Measures and renders pieces of one passage. */
class Layout {
  constructor(
    private readonly paras: readonly Para[],
    private readonly cpl: number,
  ) {}

  /** The paragraphs that pieces make on a screen: neighbouring slices of one paragraph join up again. */
  parasOf(pieces: readonly Piece[]): Para[] {
    const merged: Piece[] = [];
    for (const piece of pieces) {
      const last = merged[merged.length - 1];
      if (last && last.para === piece.para && last.end === piece.start) last.end = piece.end;
      else merged.push({ ...piece });
    }
    return merged.map(({ para, start, end }) => {
      const source = this.paras[para]!;
      return start === 0 && end === source.text.length ? source : { kind: source.kind, text: source.text.slice(start, end).trim() };
    });
  }

  /** Lines of a screen as units are added one by one; cheap per unit, so packing stays fast on long paragraphs. */
  meter(): (unit: Unit) => number {
    let total = 0;
    let open: Piece | undefined;
    let openLines = 0;
    return (unit) => {
      for (const piece of unit) {
        if (open && open.para === piece.para && open.end === piece.start) {
          open = { para: open.para, start: open.start, end: piece.end };
          total -= openLines;
        } else open = piece;
        openLines = this.pieceLines(open);
        total += openLines;
      }
      return total;
    };
  }

  private pieceLines({ para, start, end }: Piece): number {
    const source = this.paras[para]!;
    const whole = start === 0 && end === source.text.length;
    return paraLines(whole ? source : { kind: source.kind, text: source.text.slice(start, end).trim() }, this.cpl);
  }

  cost(pieces: readonly Piece[]): number {
    return this.parasOf(pieces).reduce((sum, p) => sum + paraLines(p, this.cpl), 0);
  }

  screen(pieces: readonly Piece[], lines: number): ShowScreen {
    const paras = this.parasOf(pieces);
    const used = paras.reduce((sum, p) => sum + paraLines(p, this.cpl), 0);
    const oversize = used > lines;
    return { paras: oversize ? paras.map((p): ComposedPara => ({ kind: p.kind, text: p.text, oversize: true })) : paras, lines: used, oversize };
  }
}

/**
 * Which paragraphs belong together: a phone card with the line before it (the line that introduces it, or
 * the card it follows: a post and its reactions), the support line with the line it follows, and a
 * content note with the paragraph after it. Each group is a run of paragraph indices.
 */
export function keepTogether(paras: readonly Para[]): number[][] {
  const groups: number[][] = [];
  paras.forEach((p, i) => {
    const previous = groups[groups.length - 1];
    const joins = previous !== undefined && (p.kind === 'phone' || p.kind === 'support' || paras[i - 1]!.kind === 'note');
    if (joins) previous.push(i);
    else groups.push([i]);
  });
  return groups;
}

/**
 * The passage as units never cut across screens. A group that fits on a screen is one unit. Otherwise its
 * paragraphs go in order into units as large as fit (so an introduction keeps at least its first card);
 * a paragraph longer than a screen is offered sentence by sentence, a card that lists several items (search
 * results) and is longer than a screen item by item, and any other card whole.
 */
function unitsOf(paras: readonly Para[], layout: Layout, lines: number): Unit[] {
  const out: Unit[] = [];
  for (const group of keepTogether(paras)) {
    const whole = group.map((i): Piece => ({ para: i, start: 0, end: paras[i]!.text.length }));
    if (layout.cost(whole) <= lines) {
      out.push(whole);
      continue;
    }
    // Atoms: the smallest pieces this group may be cut into.
    const atoms: Piece[] = group.flatMap((i) => {
      const p = paras[i]!;
      const alone: Piece = { para: i, start: 0, end: p.text.length };
      if (layout.cost([alone]) <= lines) return [alone];
      // A card longer than a whole screen turns between its items if it lists several (a page of search
      // results); a post or message stays whole, on a screen of its own.
      const spans = p.kind === 'phone' ? itemSpans(p.text) : sentenceSpans(p.text);
      return spans.map(([start, end]): Piece => ({ para: i, start, end }));
    });
    // Between two sentences of one paragraph a screen may turn; elsewhere in the group atoms cling together
    // (a note to the first sentence it warns of, a card to the sentence introducing it) as far as they fit.
    let unit: Unit = [];
    for (const atom of atoms) {
      const previous = unit[unit.length - 1];
      const free = previous !== undefined && previous.para === atom.para;
      if (previous && !free && layout.cost([...unit, atom]) <= lines) unit.push(atom);
      else {
        if (unit.length > 0) out.push(unit);
        unit = [atom];
      }
    }
    if (unit.length > 0) out.push(unit);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ screens

/**
 * Units onto screens, in order: the fewest screens; among those, the fewest paragraphs cut between screens
 * (each cut repeats a label such as "Why it matters" and breaks the reader's thread); among those, the
 * fullest early screens, as greedy filling gives. An oversize unit has a screen to itself. Dynamic
 * programming from the end: best[i] is the best way to show units i onwards.
 */
function pack(all: readonly Unit[], layout: Layout, lines: number): Unit[][] {
  const n = all.length;
  if (n === 0) return [[]];
  const best: { screens: number; cuts: number; next: number }[] = Array.from({ length: n + 1 }, () => ({ screens: 0, cuts: 0, next: n }));
  for (let i = n - 1; i >= 0; i--) {
    let choice: { screens: number; cuts: number; next: number } | undefined;
    const add = layout.meter();
    for (let j = i + 1; j <= n; j++) {
      const fits = add(all[j - 1]!) <= lines;
      if (!fits && j > i + 1) break; // more units only cost more lines
      const rest = best[j]!;
      const candidate = { screens: 1 + rest.screens, cuts: rest.cuts + (j < n && cutsParagraph(all[j - 1]!, all[j]!) ? 1 : 0), next: j };
      // Later j wins ties: fuller early screens.
      if (!choice || candidate.screens < choice.screens || (candidate.screens === choice.screens && candidate.cuts <= choice.cuts)) choice = candidate;
      if (!fits) break; // an oversize unit alone
    }
    best[i] = choice!;
  }
  const screens: Unit[][] = [];
  for (let i = 0; i < n; i = best[i]!.next) screens.push(all.slice(i, best[i]!.next));
  return screens;
}

/** Does a screen turn between these units inside one paragraph? */
function cutsParagraph(before: Unit, after: Unit): boolean {
  const last = before[before.length - 1]!;
  const first = after[0]!;
  return last.para === first.para;
}

/**
 * A near-empty last screen reads as an afterthought: move whole units from the end of the screen before it
 * until the two are as even as they can be (neither over the budget, neither oversize).
 */
function balanceLast(screens: Unit[][], layout: Layout, lines: number): Unit[][] {
  if (screens.length < 2) return screens;
  const before = screens[screens.length - 2]!;
  const last = screens[screens.length - 1]!;
  const cost = (units: readonly Unit[]) => layout.cost(units.flat());
  if (cost(last) >= lines * NEAR_EMPTY_SHARE || cost(before) > lines || cost(last) > lines) return screens;
  let best = { moved: 0, gap: cost(before) - cost(last) };
  for (let moved = 1; moved < before.length; moved++) {
    const a = before.slice(0, before.length - moved);
    const b = [...before.slice(before.length - moved), ...last];
    if (cost(b) > lines) break;
    const gap = Math.abs(cost(a) - cost(b));
    if (gap < best.gap) best = { moved, gap };
  }
  if (best.moved === 0) return screens;
  const cut = before.length - best.moved;
  return [...screens.slice(0, -2), before.slice(0, cut), [...before.slice(cut), ...last]];
}
