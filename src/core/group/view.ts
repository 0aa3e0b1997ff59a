/**
 * The group session's view: what the projector shows (`screen`) and what the presenter reads besides (the
 * choice being decided, what Next will do, the facilitator's message, the summary, the open form). Pure:
 * built from the story's steps, the facilitation state and the page budget the projector measured. The
 * page layout's allowances are named constants below.
 */
import type { ScenarioEntry } from '../app/app.ts';
import type { FormValues, PieceForm } from '../phone/pieces.ts';
import type { PostContext } from '../post-check/analyser.ts';
import { ENDING_LEVEL_LABELS } from '../teaching/standards.ts';
import { namedStandardLabel } from '../teaching/debrief-names.ts';
import { DEFAULT_FRAMEWORK, type FrameworkId } from '../teaching/frameworks.ts';
import type { EndingValue, StandardImpact } from '../story/tag-specs.ts';
import { liveStep, screens, type FacilitationState, type StoryShape } from './facilitation.ts';
import { composePages as paginate } from './compose.ts';
import {
  locateScreen,
  paraLines,
  resolveDecision,
  ROAD_PAGE_STRIDE,
  totalVotes,
  type DecisionHow,
  type DecisionOutcome,
  type PageBudget,
  type Para,
  type ScreenRef,
  type TimerState,
} from './model.ts';
import type { RoadOutcome } from './road-not-taken.ts';
import type { GroupSettings } from './state.ts';
import type { StoryStep } from './story-track.ts';
import type { GroupSummary } from './summary.ts';
import type { PhoneState } from '../phone/phone.ts';

export interface OptionView {
  text: string;
  impacts: StandardImpact[];
}

export type RoadView = { status: 'ready'; outcome: RoadOutcome } | { status: 'error'; option: number; text: string; message: string };

/** A standard a choice touches, with its name in words in the chosen framework ("SWE 2.2 · privacy and dignity"). */
export interface NamedImpact extends StandardImpact {
  label: string;
}

/** One alternative on the projector: the option, its verdict per standard and (a page of) what it leads to and why. */
export type RoadScreen =
  | { status: 'ready'; text: string; impacts: NamedImpact[]; paras: Para[]; ending: EndingValue | undefined }
  | { status: 'error'; option: number; text: string; message: string }
  | { status: 'loading'; text: string };

/** A saved group session another tab left, offered on the menu (never resumed blindly). */
export interface SavedOffer {
  sessionId: string;
  title: string;
  savedAt: string;
  decisions: number;
}

export type AudienceScreen =
  | {
      kind: 'menu';
      scenarios: { id: string; title: string; summary: string; minutes: number | undefined }[];
      /** The clicker's highlight: a scenario's place, or a saved session's (one or neither). */
      pointer: number | null;
      saved: SavedOffer[];
      savedPointer: number | null;
    }
  | { kind: 'loading'; title: string }
  | { kind: 'passage'; step: number; page: number; pages: number; paras: Para[]; title: string }
  /**
   * Discussion, the show of hands and the decision on one screen: the options; their hands as bars once any
   * are counted; the facilitator's highlight on a tie or no hands; the option taken.
   */
  | {
      kind: 'choice';
      step: number;
      prompt: string | undefined;
      options: string[];
      votes: number[];
      total: number;
      outcome: DecisionOutcome;
      pointer: number | null;
      taken: { index: number; how: DecisionHow } | null;
      /** The choice being decided now (not one looked back at). */
      live: boolean;
    }
  | {
      kind: 'reveal';
      step: number;
      page: number;
      pages: number;
      choice: string;
      how: DecisionHow;
      paras: Para[];
      impacts: NamedImpact[];
      /** Cut for the text beside the phone; false when the full width took fewer pages (the phone gives way). */
      besidePhone: boolean;
    }
  /** The road not taken: alternative `alternative` of `of`, its page `page` of `pages`. */
  | { kind: 'road'; step: number; alternative: number; of: number; page: number; pages: number; choice: string; road: RoadScreen }
  | { kind: 'end'; page: number; pages: number; paras: Para[]; ending: { level: string; label: string; title: string; meaning: string } | null }
  | { kind: 'summary'; summary: GroupSummary };

export interface FormsView {
  step: number;
  forms: PieceForm[];
  values: FormValues;
  context: PostContext;
}

export interface GroupView {
  sessionId: string;
  scenario: { id: string; title: string } | null;
  screen: AudienceScreen;
  /** Where the facilitator is in the list of screens; `live` when at the newest screen. */
  position: { index: number; total: number; live: boolean; label: string };
  /** The choice point the room is on (not yet decided), for the presenter's vote entry: no standards here. */
  current: {
    step: number;
    prompt: string | undefined;
    options: string[];
    votes: number[];
    total: number;
    outcome: DecisionOutcome;
    pointer: number | null;
  } | null;
  /**
   * The presenter's notes on the live choice: the standards each option touches. Nothing the room may see
   * carries them before the reveal; the presenter window shows them only when asked.
   */
  notes: { step: number; options: NamedImpact[][] } | null;
  /** What Next will do, in words, for the presenter. */
  nextAction: string;
  /**
   * The screen Next will show, built as the projector builds `screen`, for the presenter's preview. Null
   * where Next makes something new (the live choice: its reveal does not exist until the room decides), at
   * the last screen, on the menu and while loading: `nextAction` says in words what Next does there.
   */
  next: AudienceScreen | null;
  timer: TimerState;
  blackout: boolean;
  settings: GroupSettings;
  /** The latest thing the facilitator should know (a tie, a refused key): for the presenter only. */
  message: string | null;
  /** A destructive action waiting for a second press ("New session" at the summary). */
  confirm: 'menu' | null;
  finished: boolean;
  summary: GroupSummary | null;
  /** The phone's form open at the live choice point (the room decides what to set), if any. */
  forms: FormsView | null;
  /** The live story's phone (what the projector draws beside the text, with any form values set so far); null with no session. */
  phone: PhoneState | null;
}

// ------------------------------------------------------------------------------------------- layout

/** The fewest characters per line and lines per page the projector is ever given. */
export const MIN_CHARS_PER_LINE = 10;
export const MIN_LINES = 3;
/** "The room chose: " (or "If the room had chosen: ") before the option's words, in characters. */
export const CHOICE_LABEL_CHARS = 24;
/** The chosen option is set in bold: its characters take about this much more room. */
export const BOLD_WIDTH = 1.1;
/** One standard's badge ("⚠ Standard 3 at risk") takes about this many characters. */
export const IMPACT_BADGE_CHARS = 24;
/** A named standard's verdict ("✗ Breached ") before its name, in characters; each named standard takes its own line(s). */
export const VERDICT_CHARS = 12;
/** The page note ("Page 1 of 2") takes a line: counted in BODY_LINES_MAX, and by the paginators (a budget is what a page holds beside it). */
export const PAGE_NOTE_LINES = 1;
/** The theme's most lines on screen (tests/e2e/projector-theme.ts counts them). */
export const SCREEN_LINES_MAX = 15;
/**
 * The most body lines a page is given: the screen's lines less the heading, the page note and a one-line
 * footer (a passage that fits on one screen has no note and uses that line for text).
 */
export const BODY_LINES_MAX = SCREEN_LINES_MAX - 2 - PAGE_NOTE_LINES;
/** The ending's outcome line and its meaning take this many lines on the last page. */
export const ENDING_LINES = 3;
/** The footer's second line on a road screen cut into pages (its place names the alternative and the page). */
export const ROAD_PAGED_FOOT_LINES = 1;

const wholeChars = (n: number) => Math.max(MIN_CHARS_PER_LINE, Math.floor(n));

/** Keep a measured budget within what any page can use (whole characters and lines). */
export function clampBudget(budget: PageBudget): PageBudget {
  const chars = wholeChars;
  return {
    charsPerLine: chars(budget.charsPerLine),
    lines: Math.max(MIN_LINES, Math.floor(budget.lines)),
    ...(budget.fullCharsPerLine === undefined ? {} : { fullCharsPerLine: Math.max(chars(budget.charsPerLine), chars(budget.fullCharsPerLine)) }),
  };
}

/**
 * Lines left for the story once "The room chose: …" (or "If the room had chosen") and the standards are
 * shown (the page note is already outside a budget: the paginators keep its line). `impacts`: how many badges, or the standards' names (each named one on a line of its own).
 */
export function linesBeside(budget: PageBudget, choice: string, impacts: number | readonly string[], extra = 0): PageBudget {
  const cpl = budget.charsPerLine;
  const choiceLines = Math.ceil(((choice.length + CHOICE_LABEL_CHARS) * BOLD_WIDTH) / cpl);
  const impactLines =
    typeof impacts !== 'number'
      ? impacts.reduce((sum, label) => sum + Math.ceil((label.length + VERDICT_CHARS) / cpl), 0)
      : impacts > 0
        ? Math.ceil((impacts * IMPACT_BADGE_CHARS) / cpl)
        : 0;
  return { ...budget, lines: Math.max(MIN_LINES, budget.lines - choiceLines - impactLines - extra) };
}

export const passagePages = (step: StoryStep, budget: PageBudget): Para[][] => paginate(step.passage, budget);

const squash = (t: string) => t.replace(/\s+/g, '');

/**
 * How many of the source paragraphs are shown whole by the end of page `page` (a paragraph cut across pages
 * counts on the page where it ends): which paragraph the room has read up to, for the phone beside it.
 */
export function parasThrough(sources: readonly Para[], pages: readonly (readonly Para[])[], page: number): number {
  const shown = pages.slice(0, page + 1).flat();
  let done = 0;
  let text = '';
  for (const piece of shown) {
    text += squash(piece.text);
    while (done < sources.length && text.length >= squash(sources[done]!.text).length) {
      text = text.slice(squash(sources[done]!.text).length);
      done++;
    }
  }
  return done;
}

/** The standards named in words in the framework chosen in Settings. */
export const nameImpacts = (impacts: readonly StandardImpact[], framework: FrameworkId): NamedImpact[] =>
  impacts.map((i) => ({ ...i, label: namedStandardLabel(framework, i.standard) }));
const labels = (impacts: readonly StandardImpact[], framework: FrameworkId) => nameImpacts(impacts, framework).map((i) => i.label);

/**
 * Pages whose first page holds less than the others (the reveal's standards show on its first page only):
 * the first page as `first` allows, what is left as `later` allows. A paragraph the first page cuts goes on
 * from where it stopped. The later pages carry a page note, so they never take the line a lone page may use.
 */
export function firstThenRest<P extends Para>(
  pages: (paras: readonly Para[], budget: PageBudget) => P[][],
  paras: readonly Para[],
  first: PageBudget,
  later: PageBudget,
): P[][] {
  const all = pages(paras, first);
  const head = all[0];
  if (all.length <= 1 || !head || later.lines <= first.lines) return all;
  const rest: Para[] = paras.slice(head.length);
  const last = head[head.length - 1];
  const source = paras[head.length - 1];
  if (last && source && last.text.trim() !== source.text.trim()) {
    const at = source.text.indexOf(last.text);
    const tail = at < 0 ? '' : source.text.slice(at + last.text.length).trim();
    if (tail) rest.unshift({ ...source, text: tail });
  }
  let more = pages(rest, later);
  const used = (page: readonly Para[]) => page.reduce((sum, p) => sum + paraLines(p, later.charsPerLine), 0);
  if (more.length === 1 && used(more[0]!) > later.lines) more = pages(rest, { ...later, lines: later.lines - 1 });
  return [head, ...more];
}

/** What the reveal pages need of a step: the options' words, and the decision taken with its consequence. */
export type RevealStep = { options: readonly { text: string }[] } & {
  decision?: Pick<NonNullable<StoryStep['decision']>, 'taken' | 'reveal' | 'impacts'> | undefined;
};

/**
 * The reveal in pages, and whether they sit beside the phone. The standards (shown on the first page only)
 * take their lines there alone. Text first: beside the phone (which shows the consequence) unless the full
 * width takes fewer pages, as a long consequence does.
 */
export function revealLayout(
  step: RevealStep,
  budget: PageBudget,
  framework: FrameworkId = DEFAULT_FRAMEWORK,
  pages: (paras: readonly Para[], budget: PageBudget) => Para[][] = paginate,
): { pages: Para[][]; besidePhone: boolean } {
  const d = step.decision;
  if (!d) return { pages: [[]], besidePhone: true };
  const choice = step.options[d.taken]?.text ?? '';
  const cut = (room: PageBudget) => firstThenRest(pages, d.reveal, linesBeside(room, choice, labels(d.impacts, framework)), linesBeside(room, choice, 0));
  const beside = cut(budget);
  if (budget.fullCharsPerLine === undefined || budget.fullCharsPerLine <= budget.charsPerLine) return { pages: beside, besidePhone: true };
  const wide = cut({ ...budget, charsPerLine: budget.fullCharsPerLine });
  return wide.length < beside.length ? { pages: wide, besidePhone: false } : { pages: beside, besidePhone: true };
}

export const revealPages = (step: RevealStep, budget: PageBudget, framework: FrameworkId = DEFAULT_FRAMEWORK): Para[][] =>
  revealLayout(step, budget, framework).pages;

export const endPages = (paras: readonly Para[], budget: PageBudget): Para[][] => paginate(paras, { ...budget, lines: budget.lines - ENDING_LINES });

/**
 * One alternative of the road not taken, in pages: its consequence and its whole feedback when they fit on
 * one page, else its whole feedback (every line of it) on as many pages as it needs, composed by meaning.
 * Every page repeats the option and its verdict per standard, so the room can compare at a glance.
 */
export function roadPages(
  road: RoadView | undefined,
  budget: PageBudget,
  framework: FrameworkId = DEFAULT_FRAMEWORK,
  pages: (paras: readonly Para[], budget: PageBudget) => Para[][] = paginate,
): Para[][] {
  if (road?.status !== 'ready') return [[]];
  const o = road.outcome;
  // Another story's phone is never drawn beside it: the road not taken has the full width.
  const wide = { ...budget, charsPerLine: budget.fullCharsPerLine ?? budget.charsPerLine };
  const fit = linesBeside(wide, o.text, labels(o.impacts, framework));
  // "It would have ended here: …" shows on the last page only: only the last page keeps a line for it.
  const endingOnLast = (paras: readonly Para[], room: PageBudget): Para[][] => {
    const cut = pages(paras, room);
    const last = cut[cut.length - 1] ?? [];
    if (!o.ending || last.reduce((sum, p) => sum + paraLines(p, room.charsPerLine), 0) <= room.lines - 1) return cut;
    return pages(paras, { ...room, lines: Math.max(MIN_LINES, room.lines - 1) });
  };
  const all = endingOnLast(o.paras, fit);
  const feedback = o.paras.filter((p) => p.kind === 'feedback');
  if (all.length === 1 || feedback.length === 0) return all;
  // Paged, the footer's place ("Decision 4: The road not taken 1 of 3, page 1 of 2") is long enough to take
  // a second line on a 4:3 projector: the pages give that line up.
  return endingOnLast(feedback, { ...fit, lines: Math.max(MIN_LINES, fit.lines - ROAD_PAGED_FOOT_LINES) });
}

/** The screen of alternative `alternative`'s page `page` (see ROAD_PAGE_STRIDE). */
export const roadRef = (step: number, alternative: number, page = 0): ScreenRef => ({ step, kind: 'road', page: alternative * ROAD_PAGE_STRIDE + page });
/** Which alternative, and which of its pages, a road screen's `page` stands for. */
export const roadPlace = (page: number) => ({ alternative: Math.floor(page / ROAD_PAGE_STRIDE), page: page % ROAD_PAGE_STRIDE });

/** The story's shape for the reducer: pages and options per step, at this page budget. */
export function storyShape(
  scenarios: readonly string[],
  story: { steps: readonly StoryStep[]; finished: boolean; endParas: readonly Para[] } | undefined,
  budget: PageBudget,
  roads: ViewInput['roads'] = [],
  framework: FrameworkId = DEFAULT_FRAMEWORK,
): StoryShape {
  if (!story) return { scenarios, saved: [], steps: null, finished: false, endPages: 0 };
  return {
    scenarios,
    saved: [],
    steps: story.steps.map((s, i) => {
      const alternatives = Math.max(0, s.options.length - 1);
      return {
        passagePages: passagePages(s, budget).length,
        committed: s.decision !== undefined,
        revealPages: revealPages(s, budget, framework).length,
        alternatives,
        roadPages: Array.from({ length: alternatives }, (_, alt) => Math.min(ROAD_PAGE_STRIDE, roadPages(roads[i]?.[alt], budget, framework).length)),
      };
    }),
    finished: story.finished,
    endPages: story.finished ? endPages(story.endParas, budget).length : 0,
  };
}

// -------------------------------------------------------------------------------------------- words

const SCREEN_LABELS: Record<ScreenRef['kind'], string> = {
  menu: 'Choose a scenario',
  passage: 'Story',
  choice: 'Discuss and vote',
  reveal: 'Reveal',
  road: 'The road not taken',
  end: 'Ending',
  summary: 'Summary',
};

// -------------------------------------------------------------------------------------------- build

export interface ViewInput {
  sessionId: string;
  scenarios: readonly ScenarioEntry[];
  saved: SavedOffer[];
  story: { title: string; id: string; steps: readonly StoryStep[]; finished: boolean; ending: EndingValue | undefined; endParas: readonly Para[] } | undefined;
  state: FacilitationState;
  budget: PageBudget;
  loading: string | undefined;
  /** The road not taken, per step, per alternative (the options not taken, in order). */
  roads: readonly (readonly (RoadView | undefined)[] | undefined)[];
  summary: GroupSummary | null;
  forms: FormsView | null;
  phone: PhoneState | null;
  /** The framework chosen in Settings: the standards are named in its words. */
  framework?: FrameworkId;
}

export function buildView(v: ViewInput): GroupView {
  const { state: s, story } = v;
  const list = screens(s);
  const index = story ? locateScreen(list, s.at) : 0;
  const liveIndex = liveStep(s);
  const live = liveIndex === undefined ? undefined : story?.steps[liveIndex];
  const outcome = live ? resolveDecision(s.current.votes, s.current.override) : ({ state: 'none' } as DecisionOutcome);
  return {
    sessionId: v.sessionId,
    scenario: story ? { id: story.id, title: story.title } : null,
    screen: screen(v),
    position: {
      index,
      total: list.length,
      // Looking back means a screen of a decision already taken; its screens are read-only.
      live: !story || story.steps[s.at.step]?.decision === undefined,
      label: positionLabel(v),
    },
    current: live
      ? {
          step: liveIndex!,
          prompt: live.prompt,
          options: live.options.map((o) => o.text),
          votes: [...s.current.votes],
          total: totalVotes(s.current.votes),
          outcome,
          pointer: s.current.pointer,
        }
      : null,
    notes: live ? { step: liveIndex!, options: live.options.map((o) => nameImpacts(o.impacts, v.framework ?? DEFAULT_FRAMEWORK)) } : null,
    nextAction: nextAction(v, list, index, outcome),
    next: nextScreen(v, list, index),
    timer: { ...s.timer },
    blackout: s.blackout,
    settings: { ...s.settings },
    message: s.message,
    confirm: s.confirm,
    finished: story?.finished ?? false,
    summary: v.summary,
    forms: live ? v.forms : null,
    phone: v.phone,
  };
}

function positionLabel(v: ViewInput): string {
  const { state: s, story, budget } = v;
  if (!story) return SCREEN_LABELS.menu;
  const at = s.at;
  const step = story.steps[at.step];
  let kind = SCREEN_LABELS[at.kind];
  const road = roadPlace(at.page);
  const pages =
    at.kind === 'passage' && step
      ? passagePages(step, budget).length
      : at.kind === 'reveal' && step
        ? revealPages(step, budget, v.framework).length
        : at.kind === 'end'
          ? endPages(story.endParas, budget).length
          : at.kind === 'road'
            ? roadPages(v.roads[at.step]?.[road.alternative], budget, v.framework).length
            : 1;
  if (at.kind === 'road' && step) kind += ` ${road.alternative + 1} of ${Math.max(1, step.options.length - 1)}`;
  if (pages > 1) kind += `, page ${(at.kind === 'road' ? road.page : at.page) + 1} of ${pages}`;
  if (at.kind === 'end' || at.kind === 'summary') return kind;
  return `Decision ${at.step + 1}: ${kind}`;
}

function nextAction(v: ViewInput, list: ScreenRef[], index: number, outcome: DecisionOutcome): string {
  if (!v.story) {
    const p = v.state.menuPointer;
    if (p === null) return 'Choose a scenario';
    return p < v.state.shape.scenarios.length
      ? 'Start the highlighted scenario with the start key (F5) or Enter'
      : 'Resume the highlighted saved session with the start key (F5) or Enter';
  }
  if (index < list.length - 1) {
    const next = list[index + 1]!;
    const paged = next.kind === 'passage' || next.kind === 'end' || next.kind === 'reveal' || next.kind === 'road';
    const road = roadPlace(next.page);
    const where =
      next.kind === 'road' ? `(option not taken ${road.alternative + 1}${road.page > 0 ? `, page ${road.page + 1}` : ''})` : `page ${next.page + 1}`;
    return `Next: ${paged ? `${SCREEN_LABELS[next.kind]} ${where}` : SCREEN_LABELS[next.kind]}`;
  }
  if (v.story.finished)
    return v.state.confirm === 'menu' ? 'Next again: end the session and return to the menu' : 'This is the last screen (Next twice ends the session)';
  if (outcome.state === 'majority' || outcome.state === 'override') return `Next: reveal option ${outcome.index + 1}`;
  return 'Next: highlight an option for the facilitator to take';
}

/** The next screen in the list, as the projector will show it; null where there is none yet (see GroupView.next). */
function nextScreen(v: ViewInput, list: readonly ScreenRef[], index: number): AudienceScreen | null {
  const ref = list[index + 1];
  if (!v.story || v.loading || !ref) return null;
  if (ref.kind === 'summary' && !v.summary) return null;
  return screen({ ...v, state: { ...v.state, at: ref } });
}

function screen(v: ViewInput): AudienceScreen {
  const { state: s, story, budget } = v;
  if (v.loading) return { kind: 'loading', title: v.loading };
  if (!story) {
    const { menuPointer } = s;
    const n = s.shape.scenarios.length;
    return {
      kind: 'menu',
      scenarios: v.scenarios.map(({ meta }) => ({ id: meta.id, title: meta.title, summary: meta.summary, minutes: meta.minutes })),
      pointer: menuPointer !== null && menuPointer < n ? menuPointer : null,
      saved: v.saved,
      savedPointer: menuPointer !== null && menuPointer >= n ? menuPointer - n : null,
    };
  }
  const at = s.at;
  const step = story.steps[at.step];
  if (at.kind === 'summary' && v.summary) return { kind: 'summary', summary: v.summary };
  if (at.kind === 'end' || !step) {
    const pages = endPages(story.endParas, budget);
    const page = Math.min(at.page, pages.length - 1);
    const e = story.ending;
    return {
      kind: 'end',
      page,
      pages: pages.length,
      paras: pages[page] ?? [],
      ending: e ? { level: e.level, title: e.title, ...ENDING_LEVEL_LABELS[e.level] } : null,
    };
  }
  const texts = step.options.map((o) => o.text);
  const isLive = at.step === liveStep(s);
  const decision = v.state.decisions[at.step];
  const votes = isLive ? [...s.current.votes] : [...(decision?.votes ?? [])];
  const outcome = isLive ? resolveDecision(votes, s.current.override) : resolveDecision(votes, step.decision?.taken ?? null);
  switch (at.kind) {
    case 'passage': {
      const pages = passagePages(step, budget);
      const page = Math.min(at.page, pages.length - 1);
      return { kind: 'passage', step: at.step, page, pages: pages.length, paras: pages[page]!, title: story.title };
    }
    case 'choice':
      return {
        kind: 'choice',
        step: at.step,
        prompt: step.prompt,
        options: texts,
        votes,
        total: totalVotes(votes),
        outcome,
        pointer: isLive ? s.current.pointer : null,
        taken: step.decision && decision ? { index: step.decision.taken, how: decision.how } : null,
        live: isLive,
      };
    case 'reveal': {
      const { pages, besidePhone } = revealLayout(step, budget, v.framework);
      const page = Math.min(at.page, pages.length - 1);
      const d = step.decision!;
      return {
        kind: 'reveal',
        step: at.step,
        page,
        pages: pages.length,
        choice: texts[d.taken] ?? '',
        how: decision?.how ?? 'facilitator',
        paras: pages[page]!,
        impacts: nameImpacts(d.impacts, v.framework ?? DEFAULT_FRAMEWORK),
        besidePhone,
      };
    }
    case 'road': {
      const d = step.decision!;
      const others = step.options.map((_, i) => i).filter((i) => i !== d.taken);
      const place = roadPlace(at.page);
      const option = others[place.alternative] ?? others[0]!;
      const road = v.roads[at.step]?.[place.alternative];
      const pages = roadPages(road, budget, v.framework);
      const page = Math.min(place.page, pages.length - 1);
      const shown: RoadScreen =
        road?.status === 'ready'
          ? {
              status: 'ready',
              text: road.outcome.text,
              impacts: nameImpacts(road.outcome.impacts, v.framework ?? DEFAULT_FRAMEWORK),
              paras: pages[page]!,
              ending: road.outcome.ending,
            }
          : (road ?? { status: 'loading', text: texts[option] ?? '' });
      return {
        kind: 'road',
        step: at.step,
        alternative: place.alternative,
        of: others.length,
        page,
        pages: pages.length,
        choice: texts[d.taken] ?? '',
        road: shown,
      };
    }
    default:
      return { kind: 'passage', step: at.step, page: 0, pages: 1, paras: [], title: story.title };
  }
}
