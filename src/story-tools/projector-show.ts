/**
 * What a group session puts on the projector, played through a story without a browser: each choice
 * point's passage, the reveal after the room's choice, the road not taken and the end, as the paragraphs
 * and page budgets the GroupController would page. Used by the composer's property test and by
 * `node scripts/projector-screens.mjs` (also run by `npm run bench`) to count screens before and after.
 * Node only (compiles stories).
 */
import { Story } from 'inkjs';
import { describeCue } from '../core/phone/describe-cue.ts';
import type { PhoneCue } from '../core/phone/phone.ts';
import { splitReveal, toParas } from '../core/group/road-not-taken.ts';
import type { PageBudget, Para } from '../core/group/model.ts';
import { Session, type ScenarioMeta } from '../core/story/session.ts';
import type { InkStoryLike } from '../core/story/story-runner.ts';
import { checkStory, findStories } from './stories.ts';
import { BODY_LINES_MAX, ENDING_LINES, firstThenRest, linesBeside, nameImpacts, revealLayout, roadPages } from '../core/group/view.ts';
import { DEFAULT_FRAMEWORK } from '../core/teaching/frameworks.ts';
import type { StandardImpact } from '../core/story/tag-specs.ts';

/** The phone's events in the projector's words (group mode's). */
const inGroup = (cue: PhoneCue) => describeCue(cue, 'group');

/**
 * Budgets the projector view measures (group-audience.ts `measure`, published as `data-page-budget`) at two
 * window sizes beside the phone, in the bundled typeface: the e2e tests check the browser measures these.
 */
export const PROJECTOR_BUDGETS = {
  '1024×768': { charsPerLine: 44, lines: BODY_LINES_MAX, fullCharsPerLine: 61 },
  '1920×1080': { charsPerLine: 55, lines: BODY_LINES_MAX, fullCharsPerLine: 83 },
} as const satisfies Record<string, PageBudget>;

export type Paginator = (paras: readonly Para[], budget: PageBudget) => Para[][];

/** Something the projector pages: the paragraphs and the budget the controller gives them. */
export interface Show {
  kind: 'passage' | 'reveal' | 'road' | 'end';
  step: number;
  paras: Para[];
  budget: PageBudget;
  /** The budget of the pages after the first, when they hold more (the reveal's standards show on its first page only). */
  later?: PageBudget;
  /** How the view itself pages it, when that is more than one budget (the road not taken: src/core/group/view.ts). */
  pages?: (paginate: Paginator) => Para[][];
}

/** A show's pages with a given paginator. */
const pagesOf = (show: Show, paginate: Paginator): Para[][] =>
  show.pages ? show.pages(paginate) : show.later ? firstThenRest(paginate, show.paras, show.budget, show.later) : paginate(show.paras, show.budget);

/** The standards' names, each on a line of its own, as the view shows them (in the default framework). */
const named = (impacts: readonly StandardImpact[] | undefined) => nameImpacts(impacts ?? [], DEFAULT_FRAMEWORK).map((i) => i.label);

export interface PlayedStep {
  passage: Show;
  reveal: Show;
  /** One show per option not taken (each on as many screens as its whole feedback needs). */
  roads: Show[];
}

export interface PlayThrough {
  path: number[];
  steps: PlayedStep[];
  /** The last paragraphs, after the final decision; undefined if the story did not end. */
  end: Show | undefined;
}

/** Which option to take at each choice point: given the step and how many options there are. */
export type Picker = (step: number, options: number) => number;

export const firstOption: Picker = () => 0;
export const lastOption: Picker = (_step, options) => options - 1;
/** A repeatable "random" room (a small linear congruential generator). */
export function seededPicker(seed: number): Picker {
  let state = seed >>> 0 || 1;
  return (_step, options) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % options;
  };
}

const MAX_STEPS = 200;

/** Play one path through a story, collecting what the projector would show, as the controller does. */
export function playThrough(newStory: () => InkStoryLike, meta: ScenarioMeta, pick: Picker, budget: PageBudget): PlayThrough {
  return playThroughAt(newStory, meta, pick, [budget])[0]!;
}

/**
 * Roads not taken already played, by where they branch: share one between the paths played through one
 * story at the same budgets (`playThroughAt`'s last argument), so a road two paths pass is replayed once.
 */
export type RoadCache = Map<string, Show[]>;

/**
 * One path through a story, as the projector would show it at each of several budgets (window sizes): the
 * story is played once (the road not taken replayed once per option), which is most of the cost. Paths
 * through the same story at the same budgets may share `roadsMet`.
 */
export function playThroughAt(
  newStory: () => InkStoryLike,
  meta: ScenarioMeta,
  pick: Picker,
  budgets: readonly PageBudget[],
  roadsMet: RoadCache = new Map(),
): PlayThrough[] {
  const session = Session.start(newStory(), meta);
  let passage = toParas(session.snapshot().transcript, inGroup);
  const plays: PlayThrough[] = budgets.map(() => ({ path: [], steps: [], end: undefined }));
  const path: number[] = [];
  let step = 0;
  while (!session.isFinished && step < MAX_STEPS) {
    const { choices } = session.snapshot();
    if (choices.length === 0) break;
    const taken = pick(step, choices.length);
    const from = session.snapshot().transcript.length;
    const before = session.replayHere;
    session.choose(taken);
    path.push(taken);
    const snap = session.snapshot();
    const decision = snap.ledger.decisions[snap.ledger.decisions.length - 1];
    const { reveal, rest } = splitReveal(toParas(snap.transcript.slice(from), inGroup));
    const roads = choices.flatMap((choice, option) => {
      if (option === taken) return [];
      // The same road from the same point (the choices, form values and verdicts before it) is the same show.
      const key = JSON.stringify([before, option]);
      let shows = roadsMet.get(key);
      if (!shows) roadsMet.set(key, (shows = roadShows(newStory, meta, before, option, choice.text, step, budgets)));
      return [shows];
    });
    budgets.forEach((budget, b) => {
      plays[b]!.steps.push({
        passage: { kind: 'passage', step, paras: passage, budget },
        reveal: {
          kind: 'reveal',
          step,
          paras: reveal,
          budget: linesBeside(budget, choices[taken]!.text, named(decision?.impacts)),
          later: linesBeside(budget, choices[taken]!.text, 0),
          // As the view cuts it: beside the phone, or at the full width when that takes fewer pages.
          pages: (paginate) =>
            revealLayout({ options: choices, decision: { taken, reveal, impacts: decision?.impacts ?? [] } }, budget, DEFAULT_FRAMEWORK, paginate).pages,
        },
        roads: roads.map((shows) => shows[b]!),
      });
    });
    passage = rest;
    step++;
  }
  return plays.map((play, b) => ({
    path: [...path],
    steps: play.steps,
    end: session.isFinished ? { kind: 'end', step, paras: passage, budget: { ...budgets[b]!, lines: budgets[b]!.lines - ENDING_LINES } } : undefined,
  }));
}

/** The road not taken, as `roadNotTaken` finds it, but synchronously on a fresh copy of the story: one show per budget. */
function roadShows(
  newStory: () => InkStoryLike,
  meta: ScenarioMeta,
  before: Session['replayHere'],
  option: number,
  text: string,
  step: number,
  budgets: readonly PageBudget[],
): Show[] {
  const other = Session.start(newStory(), meta, { choices: [...before.choices, option], inputs: before.inputs ?? {} });
  const snap = other.snapshot();
  const lastChoice = snap.transcript.findLastIndex((e) => e.kind === 'choice');
  const { reveal, rest } = splitReveal(toParas(snap.transcript.slice(lastChoice + 1), inGroup));
  const decision = snap.ledger.decisions[snap.ledger.decisions.length - 1];
  const paras = reveal.length > 0 ? reveal : rest;
  const outcome = { option, text, impacts: decision?.impacts ?? [], paras, feedback: [], ending: other.isFinished ? snap.ending : undefined };
  return budgets.map((budget) => {
    const wide = { ...budget, charsPerLine: budget.fullCharsPerLine ?? budget.charsPerLine };
    return {
      kind: 'road',
      step,
      paras,
      budget: linesBeside(wide, text, named(decision?.impacts), other.isFinished ? 1 : 0),
      pages: (paginate: Paginator) => roadPages({ status: 'ready', outcome }, budget, DEFAULT_FRAMEWORK, paginate),
    };
  });
}

/** Every shipped scenario, compiled (not walked): its metadata and a way to make a fresh story. */
export function shippedScenarios(storiesDir: string): { meta: ScenarioMeta; newStory: () => InkStoryLike }[] {
  return findStories(storiesDir).map((file) => {
    const check = checkStory(file, { walk: false });
    const json = check.compile.json;
    if (!json || !check.meta) throw new Error(`${file} did not compile`);
    // The story's content is read once and shared: each copy has a state of its own over the same content,
    // which ink never changes as it plays (reading the JSON again was half the cost of each road not taken).
    const first = new Story(json);
    const content = first.mainContentContainer;
    const lists = first.listDefinitions?.lists ?? null;
    return {
      meta: check.meta,
      newStory: () => {
        const story = new Story(content, lists);
        story.ResetState();
        return story;
      },
    };
  });
}

/** Screens a play-through takes, per choice point and in all, with a given paginator. */
export interface ScreenCount {
  /** Passage + reveal + road-not-taken screens at each choice point. */
  perDecision: number[];
  /** The same, summed by kind over the choice points. */
  passage: number;
  reveal: number;
  road: number;
  /** Every screen of the session: also the choice screen (discuss, hands, decide) at each choice point, the end and the summary. */
  total: number;
}

/** Screens at each choice point besides its passage, reveal and road: the one choice screen (src/core/group/model.ts). */
export const CHOICE_SCREENS = 1;

/**
 * Paragraphs a paginator cut across screens although the rules forbid it: phone cards, and paragraphs that
 * would have fitted on a screen of their own. Counted by matching each source paragraph to the pieces shown.
 */
export function forbiddenCuts(play: PlayThrough, paginate: Paginator, paraLines: (p: Para, cpl: number) => number): number {
  const shows = play.steps.flatMap((s) => [s.passage, s.reveal]).concat(play.end ? [play.end] : []);
  let cuts = 0;
  for (const show of shows) {
    const shown = pagesOf(show, paginate).flat();
    let at = 0;
    for (const source of show.paras) {
      let pieces = 0;
      let text = '';
      do {
        text = `${text} ${shown[at++]?.text ?? ''}`.trim();
        pieces++;
      } while (at < shown.length && text.length < source.text.trim().length);
      const fits = paraLines(source, show.budget.charsPerLine) <= Math.floor(show.budget.lines);
      // Forbidden: cutting what fits on a screen, or a card that is not a list (a post or message).
      if (pieces > 1 && (fits || (source.kind === 'phone' && !source.text.includes(' · ')))) cuts++;
    }
  }
  return cuts;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function countScreens(play: PlayThrough, paginate: Paginator): ScreenCount {
  const pages = (show: Show) => Math.max(1, pagesOf(show, paginate).length);
  const passage = play.steps.map((s) => pages(s.passage));
  const reveal = play.steps.map((s) => pages(s.reveal));
  const road = play.steps.map((s) => sum(s.roads.map(pages)));
  const perDecision = play.steps.map((_, i) => passage[i]! + reveal[i]! + road[i]!);
  const endScreens = play.end ? pages(play.end) + 1 : 0;
  return {
    perDecision,
    passage: sum(passage),
    reveal: sum(reveal),
    road: sum(road),
    total: sum(perDecision) + CHOICE_SCREENS * play.steps.length + endScreens,
  };
}

/** The paths the measurement and the tests play: always the first option, always the last, four seeded rooms. */
export const SAMPLE_PICKERS: readonly { name: string; pick: () => Picker }[] = [
  { name: 'first options', pick: () => firstOption },
  { name: 'last options', pick: () => lastOption },
  ...[1, 2, 3, 4].map((seed) => ({ name: `seeded room ${seed}`, pick: () => seededPicker(seed) })),
];
