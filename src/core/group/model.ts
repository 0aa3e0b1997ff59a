/**
 * Group sessions (facilitator mode), the pure parts: the room's votes and how a decision is reached, the
 * discussion timer as data with an injected clock, fitting story text onto projector-sized pages, and the
 * list of screens a facilitator steps through. No DOM, no timers, no storage: plain data in, plain data out.
 */

// ---------------------------------------------------------------------------------------------- votes

/** The most options a choice point may have for voting (keys 1–9 reach the first nine). */
export const MAX_OPTIONS = 20;
/** More hands than any room has: guards against a key held down or corrupt data. */
export const MAX_VOTES_PER_OPTION = 999;

export type DecisionOutcome =
  /** The facilitator picked this option (over a majority, to break a tie, or with no votes at all). */
  | { state: 'override'; index: number; how: DecisionHow }
  /** One option has more hands than any other. */
  | { state: 'majority'; index: number; votes: number; total: number }
  /** Two or more options share the most hands: the facilitator must decide; nothing is picked silently. */
  | { state: 'tie'; tied: number[]; votes: number; total: number }
  /** No hands entered: the facilitator must decide. */
  | { state: 'none' };

/** How a decision was taken, as the summary reports it. */
export type DecisionHow = 'majority' | 'override' | 'tie-break' | 'facilitator';
export const DECISION_HOWS: readonly DecisionHow[] = ['majority', 'override', 'tie-break', 'facilitator'];

export const HOW_LABELS: Record<DecisionHow, string> = {
  majority: 'most hands',
  override: "the facilitator's override",
  'tie-break': "the facilitator's casting decision (a tie)",
  facilitator: "the facilitator's choice (no votes)",
};

export function isValidVoteCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_VOTES_PER_OPTION;
}

export function emptyVotes(options: number): number[] {
  return Array.from({ length: Math.max(0, Math.min(options, MAX_OPTIONS)) }, () => 0);
}

/** Add (or with a negative delta, remove) hands for one option; never below 0 nor above the cap. */
export function addVote(votes: readonly number[], option: number, delta: number): number[] {
  if (!Number.isInteger(option) || option < 0 || option >= votes.length) throw new RangeError(`there is no option ${option + 1}`);
  if (!Number.isInteger(delta)) throw new RangeError('a vote change must be a whole number');
  return votes.map((v, i) => (i === option ? Math.max(0, Math.min(MAX_VOTES_PER_OPTION, v + delta)) : v));
}

/** Set one option's hands to a count typed by the facilitator. */
export function setVote(votes: readonly number[], option: number, value: number): number[] {
  if (!Number.isInteger(option) || option < 0 || option >= votes.length) throw new RangeError(`there is no option ${option + 1}`);
  if (!isValidVoteCount(value)) throw new RangeError(`a number of hands must be a whole number from 0 to ${MAX_VOTES_PER_OPTION}`);
  return votes.map((v, i) => (i === option ? value : v));
}

export function totalVotes(votes: readonly number[]): number {
  return votes.reduce((a, b) => a + b, 0);
}

/** The decision as it stands: an override wins; otherwise the most hands, a tie, or nothing yet. */
export function resolveDecision(votes: readonly number[], override: number | null): DecisionOutcome {
  const total = totalVotes(votes);
  if (override !== null && override >= 0 && override < votes.length) {
    return { state: 'override', index: override, how: overrideHow(votes, override) };
  }
  if (total === 0) return { state: 'none' };
  const most = Math.max(...votes);
  const leaders = votes.flatMap((v, i) => (v === most ? [i] : []));
  if (leaders.length === 1) return { state: 'majority', index: leaders[0]!, votes: most, total };
  return { state: 'tie', tied: leaders, votes: most, total };
}

/** Why the facilitator's pick counts as it does: agreeing with the room is still the room's majority. */
function overrideHow(votes: readonly number[], pick: number): DecisionHow {
  const total = totalVotes(votes);
  if (total === 0) return 'facilitator';
  const most = Math.max(...votes);
  const leaders = votes.flatMap((v, i) => (v === most ? [i] : []));
  if (leaders.length === 1) return leaders[0] === pick ? 'majority' : 'override';
  return leaders.includes(pick) ? 'tie-break' : 'override';
}

/** The options a facilitator's pointer cycles through when the room has not decided: the tied ones, or all. */
export function candidates(votes: readonly number[], outcome: DecisionOutcome): number[] {
  if (outcome.state === 'tie') return outcome.tied;
  return votes.map((_, i) => i);
}

// ---------------------------------------------------------------------------------------------- timer

/** The discussion timer as data. It only ever reports time; it never moves the session on. */
export interface TimerState {
  durationMs: number;
  /** Clock time (ms) when it was last started; null while paused or not started. */
  startedAt: number | null;
  /** Time already counted before the last start. */
  elapsedBeforeMs: number;
}

export const DEFAULT_TIMER_MS = 2 * 60_000;
export const TIMER_STEP_MS = 60_000;
export const MAX_TIMER_MS = 60 * 60_000;

export function newTimer(durationMs = DEFAULT_TIMER_MS): TimerState {
  return { durationMs, startedAt: null, elapsedBeforeMs: 0 };
}

export function timerElapsed(t: TimerState, now: number): number {
  const running = t.startedAt === null ? 0 : Math.max(0, now - t.startedAt);
  return t.elapsedBeforeMs + running;
}

export function timerRemaining(t: TimerState, now: number): number {
  return Math.max(0, t.durationMs - timerElapsed(t, now));
}

export function timerRunning(t: TimerState): boolean {
  return t.startedAt !== null;
}

export function timerExpired(t: TimerState, now: number): boolean {
  return timerElapsed(t, now) >= t.durationMs;
}

export function timerStart(t: TimerState, now: number): TimerState {
  if (t.startedAt !== null) return t;
  return { ...t, startedAt: now };
}

export function timerPause(t: TimerState, now: number): TimerState {
  if (t.startedAt === null) return t;
  return { ...t, startedAt: null, elapsedBeforeMs: Math.min(MAX_TIMER_MS * 2, timerElapsed(t, now)) };
}

export function timerToggle(t: TimerState, now: number): TimerState {
  return t.startedAt === null ? timerStart(t, now) : timerPause(t, now);
}

/** More time: a timer that had run out counts down again from what is added. */
export function timerExtend(t: TimerState, now: number, ms = TIMER_STEP_MS): TimerState {
  const elapsed = timerElapsed(t, now);
  const base = Math.max(t.durationMs, elapsed);
  return { ...t, durationMs: Math.min(MAX_TIMER_MS, base + ms) };
}

export function timerReset(t: TimerState): TimerState {
  return newTimer(t.durationMs > 0 ? Math.min(t.durationMs, DEFAULT_TIMER_MS) : DEFAULT_TIMER_MS);
}

/** "1:05" for 65 seconds; rounds up, so a running timer shows 0:00 only when time is up. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------- pages

/** 'note': a content note before distressing material; 'support': where to get help (#support). */
export type ParaKind = 'text' | 'feedback' | 'phone' | 'note' | 'support';
export interface Para {
  kind: ParaKind;
  text: string;
}

/** How much text fits on one projector page: characters per line and lines per page. */
export interface PageBudget {
  charsPerLine: number;
  lines: number;
  /** Characters per line at the full width, on screens that never show the phone (the road not taken); `charsPerLine` when absent. */
  fullCharsPerLine?: number;
}

export const DEFAULT_BUDGET: PageBudget = { charsPerLine: 48, lines: 8 };

/** Lines a paragraph takes, allowing a little for word wrap and the gap after it. */
export function paraLines(p: Para, charsPerLine: number): number {
  const label = p.kind === 'feedback' ? 18 : p.kind === 'phone' ? 8 : p.kind === 'note' ? 14 : 0; // "Why it matters: ", "Phone "
  return Math.ceil(((p.text.length + label) * 1.05) / Math.max(10, charsPerLine)) + 0.2;
}

/** Split a paragraph too long for one page at sentence ends (or, failing that, at spaces). */
function splitLong(p: Para, maxChars: number): Para[] {
  if (p.text.length <= maxChars) return [p];
  const sentences = p.text.match(/[^.!?]+[.!?]+["”’)]*\s*|[^.!?]+$/g) ?? [p.text];
  const out: Para[] = [];
  let current = '';
  for (const s of sentences) {
    if (current && (current + s).length > maxChars) {
      out.push({ kind: p.kind, text: current.trim() });
      current = '';
    }
    if (s.length > maxChars) {
      const words = s.split(/\s+/);
      for (const w of words) {
        if (current && (current + ' ' + w).length > maxChars) {
          out.push({ kind: p.kind, text: current.trim() });
          current = '';
        }
        current += (current ? ' ' : '') + w;
      }
      current += ' ';
    } else current += s;
  }
  if (current.trim()) out.push({ kind: p.kind, text: current.trim() });
  return out;
}

/** The longest run of whole sentences from the start of `p` that fits in `lines`; undefined if not even one. */
function headThatFits(p: Para, lines: number, cpl: number): { head: Para; tail: Para | undefined } | undefined {
  const sentences = p.text.match(/[^.!?]+[.!?]+["”’)]*\s*|[^.!?]+$/g) ?? [p.text];
  let head = '';
  let taken = 0;
  for (const s of sentences) {
    if (paraLines({ kind: p.kind, text: (head + s).trim() }, cpl) > lines) break;
    head += s;
    taken++;
  }
  if (taken === 0) return undefined;
  const tail = sentences.slice(taken).join('').trim();
  return { head: { kind: p.kind, text: head.trim() }, tail: tail ? { kind: p.kind, text: tail } : undefined };
}

/**
 * Fit paragraphs onto pages. `budget.lines` is what a page holds beside its "Page 1 of 2" note; a story that
 * fits on one page needs no note and may use that line too. A paragraph that does not fit the rest of a page
 * fills it with whole sentences and carries on over the page. Always at least one page (maybe empty).
 */
export function paginate(paras: readonly Para[], budget: PageBudget): Para[][] {
  const cpl = Math.max(10, Math.floor(budget.charsPerLine));
  const lines = Math.max(2, Math.floor(budget.lines));
  if (paras.reduce((sum, p) => sum + paraLines(p, cpl), 0) <= lines + 1) return [[...paras]];
  const maxChars = Math.floor(((lines - 0.2) * cpl) / 1.05) - 20;
  const pages: Para[][] = [];
  let page: Para[] = [];
  let used = 0;
  const turn = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  for (const original of paras) {
    const queue = splitLong(original, Math.max(20, maxChars));
    while (queue.length > 0) {
      const p = queue.shift()!;
      const cost = paraLines(p, cpl);
      if (used + cost <= lines) {
        page.push(p);
        used += cost;
        continue;
      }
      // Fill the rest of this page with whole sentences when at least two lines are free.
      const split = page.length > 0 && lines - used >= 2 ? headThatFits(p, lines - used, cpl) : undefined;
      if (split) {
        page.push(split.head);
        if (split.tail) queue.unshift(split.tail);
        turn();
        continue;
      }
      if (page.length > 0) turn();
      page.push(p);
      used += cost;
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

// ---------------------------------------------------------------------------------------------- screens

/**
 * `choice` is one screen through discussion, the show of hands and the decision: the options, then their
 * hands as bars as the facilitator enters them, then the facilitator's highlight on a tie (one screen, one
 * key press less than three, and the room sees the count grow where it discussed).
 */
export type ScreenKind = 'menu' | 'passage' | 'choice' | 'reveal' | 'road' | 'end' | 'summary';
export const SCREEN_KINDS: readonly ScreenKind[] = ['menu', 'passage', 'choice', 'reveal', 'road', 'end', 'summary'];
/** Sessions saved before the choice screen was one screen name its parts: each is read as `choice`. */
export const FORMER_CHOICE_KINDS: readonly string[] = ['discuss', 'vote', 'decide'];

/** One screen of a group session: which choice point, which kind of screen, which page of it. */
export interface ScreenRef {
  step: number;
  kind: ScreenKind;
  page: number;
}

export const sameScreen = (a: ScreenRef, b: ScreenRef): boolean => a.step === b.step && a.kind === b.kind && a.page === b.page;

/** What the screen list needs to know about each choice point. */
export interface StepShape {
  passagePages: number;
  /** Set once the room's decision has been taken (committed to the story). */
  committed: boolean;
  revealPages: number;
  /** Options the room did not take (each has screens of "the road not taken"). */
  alternatives: number;
  /** Pages per alternative of the road not taken (1 each when not given); see ROAD_PAGE_STRIDE in view.ts. */
  roadPages?: readonly number[];
}

/** Each alternative of the road not taken numbers its pages from `alternative × ROAD_PAGE_STRIDE`. */
export const ROAD_PAGE_STRIDE = 50;

/**
 * Every screen in order, as far as the session has got. A decided step reads passage → choice → reveal →
 * the road not taken; the step being decided stops at its choice (its reveal comes when the decision is
 * taken). A finished story ends with its last pages and the summary.
 */
export function screenList(steps: readonly StepShape[], options: { roadNotTaken: boolean; finished: boolean; endPages: number }): ScreenRef[] {
  const list: ScreenRef[] = [];
  steps.forEach((s, step) => {
    for (let page = 0; page < Math.max(1, s.passagePages); page++) list.push({ step, kind: 'passage', page });
    list.push({ step, kind: 'choice', page: 0 });
    if (!s.committed) return;
    for (let page = 0; page < Math.max(1, s.revealPages); page++) list.push({ step, kind: 'reveal', page });
    if (options.roadNotTaken)
      for (let alt = 0; alt < s.alternatives; alt++)
        for (let page = 0; page < Math.max(1, Math.min(ROAD_PAGE_STRIDE, s.roadPages?.[alt] ?? 1)); page++)
          list.push({ step, kind: 'road', page: alt * ROAD_PAGE_STRIDE + page });
  });
  if (options.finished) {
    const step = steps.length;
    for (let page = 0; page < Math.max(1, options.endPages); page++) list.push({ step, kind: 'end', page });
    list.push({ step, kind: 'summary', page: 0 });
  }
  return list;
}

/** Where a remembered screen is in the current list: exact, else the nearest earlier screen of that step. */
export function locateScreen(list: readonly ScreenRef[], ref: ScreenRef): number {
  const exact = list.findIndex((s) => sameScreen(s, ref));
  if (exact >= 0) return exact;
  let best = -1;
  list.forEach((s, i) => {
    if (s.step < ref.step || (s.step === ref.step && (s.kind === ref.kind || SCREEN_KINDS.indexOf(s.kind) <= SCREEN_KINDS.indexOf(ref.kind)))) best = i;
  });
  return Math.max(0, best);
}
