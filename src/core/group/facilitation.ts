/**
 * The facilitation loop as a pure reducer: `reduce(state, command, now) → state`. No I/O, no story: the
 * story's shape (how many pages and options each step has) is data in the state, and what only the story
 * or storage can do — take an option, start or end a scenario, fill in the phone's form — comes back as
 * `effects` for the thin shell (controller.ts) to carry out. Back revisits a screen; it never undoes.
 */
import {
  addVote,
  candidates,
  emptyVotes,
  locateScreen,
  newTimer,
  resolveDecision,
  screenList,
  setVote,
  timerExtend,
  timerPause,
  timerReset,
  timerStart,
  timerToggle,
  type DecisionHow,
  type ScreenRef,
  type StepShape,
  type TimerState,
} from './model.ts';
import type { GroupCommand } from './protocol.ts';
import type { GroupSettings } from './state.ts';

/** What the reducer needs to know about the story: no text, only its shape. */
export interface StoryShape {
  /** The ids of the scenarios in the menu, in order (for the clicker's highlight). */
  scenarios: readonly string[];
  /** The ids of the saved sessions the menu offers, after the scenarios in the clicker's highlight ([] in a story). */
  saved: readonly string[];
  /** Null on the menu (no scenario running). */
  steps: readonly StepShape[] | null;
  finished: boolean;
  endPages: number;
}

export type Effect =
  | { type: 'start'; scenario: string }
  | { type: 'resume'; session: string }
  /** Take option `option` in the story at the live step; votes and how are the room's, for the record. */
  | { type: 'take'; option: number; votes: number[]; how: DecisionHow }
  | { type: 'form'; values: Readonly<Record<string, unknown>> }
  /** End the session: forget it and show the menu. */
  | { type: 'menu' };

export interface Current {
  votes: number[];
  override: number | null;
  pointer: number | null;
}

export interface FacilitationState {
  shape: StoryShape;
  at: ScreenRef;
  current: Current;
  /** The room's votes and how each decision was taken, one per decided step. */
  decisions: { votes: number[]; how: DecisionHow }[];
  timer: TimerState;
  settings: GroupSettings;
  blackout: boolean;
  /** For the facilitator (the presenter), never the room: a tie, a refused key, a confirm step. */
  message: string | null;
  /** A destructive action waiting for a second press. */
  confirm: 'menu' | null;
  /** The clicker's highlight on the menu: a scenario's place, or past them a saved session's (scenarios.length + its place). */
  menuPointer: number | null;
  /** What the last command asks of the shell, in order. */
  effects: readonly Effect[];
}

const MENU: ScreenRef = { step: 0, kind: 'menu', page: 0 };
export const DEFAULT_SETTINGS: GroupSettings = { roadNotTaken: true, singleKeys: true };

export function initialState(shape: StoryShape, settings: GroupSettings = DEFAULT_SETTINGS): FacilitationState {
  return {
    shape,
    at: MENU,
    current: { votes: [], override: null, pointer: null },
    decisions: [],
    timer: newTimer(),
    settings,
    blackout: false,
    message: null,
    confirm: null,
    menuPointer: null,
    effects: [],
  };
}

/** Every screen in order, as far as the session has got. */
export function screens(s: Pick<FacilitationState, 'shape' | 'settings'>): ScreenRef[] {
  const steps = s.shape.steps;
  if (!steps) return [MENU];
  return screenList(steps, { roadNotTaken: s.settings.roadNotTaken, finished: s.shape.finished, endPages: s.shape.endPages });
}

/** The step being decided (its index), if any. */
export function liveStep(s: Pick<FacilitationState, 'shape'>): number | undefined {
  const steps = s.shape.steps;
  if (!steps) return undefined;
  const last = steps[steps.length - 1];
  return last && !last.committed ? steps.length - 1 : undefined;
}

const optionCount = (s: FacilitationState, step: number) => (s.shape.steps?.[step]?.alternatives ?? -1) + 1;

/** A new story shape (pages re-cut, a decision taken, a scenario opened): the screen is kept, or the nearest. */
export function reshape(s: FacilitationState, shape: StoryShape): FacilitationState {
  const next = { ...s, shape };
  const list = screens(next);
  return { ...next, at: list[locateScreen(list, s.at)]! };
}

/** A scenario has been opened (fresh, or resumed with its decisions): the first screen, or where it was. */
export function opened(s: FacilitationState, shape: StoryShape, decisions: FacilitationState['decisions'], at?: ScreenRef): FacilitationState {
  const live = liveStep({ shape });
  const options = live === undefined ? 0 : shape.steps![live]!.alternatives + 1;
  const next: FacilitationState = {
    ...s,
    shape,
    decisions,
    blackout: false,
    message: null,
    confirm: null,
    menuPointer: null,
    current: { votes: emptyVotes(options), override: null, pointer: null },
  };
  const list = screens(next);
  return { ...next, at: at ? list[locateScreen(list, at)]! : list[0]! };
}

/** The story has taken the room's decision: record it, reset the timer and show its reveal. */
export function decided(s: FacilitationState, shape: StoryShape, decision: { votes: number[]; how: DecisionHow }): FacilitationState {
  const step = s.decisions.length;
  const next = opened({ ...s, timer: timerReset(s.timer) }, shape, [...s.decisions, decision], s.at);
  const list = screens(next);
  return { ...next, at: list.find((r) => r.step === step && r.kind === 'reveal') ?? list[list.length - 1]! };
}

/** Back to the menu, nothing running (the shell then says which saved sessions it offers: withSaved). */
export function toMenu(s: FacilitationState, scenarios: readonly string[]): FacilitationState {
  return {
    ...s,
    shape: { scenarios, saved: [], steps: null, finished: false, endPages: 0 },
    at: MENU,
    decisions: [],
    current: { votes: [], override: null, pointer: null },
    blackout: false,
    confirm: null,
    menuPointer: null,
    timer: newTimer(),
  };
}

/**
 * The saved sessions the menu offers now. The highlight stays on the session it was on (the list is newest
 * first, so another tab closing moves it down), or is dropped if that one is no longer offered.
 */
export function withSaved(s: FacilitationState, saved: readonly string[]): FacilitationState {
  const n = s.shape.scenarios.length;
  const p = s.menuPointer;
  const was = p !== null && p >= n ? s.shape.saved[p - n] : undefined;
  const now = was === undefined ? -1 : saved.indexOf(was);
  const menuPointer = p === null || p < n ? p : now >= 0 ? n + now : null;
  return { ...s, shape: { ...s.shape, saved: [...saved] }, menuPointer };
}

/** Every facilitator action: keys, clicks, the presenter window. */
export function reduce(state: FacilitationState, command: GroupCommand, now: number): FacilitationState {
  const s: FacilitationState = { ...state, message: null, effects: [], confirm: null };
  try {
    return apply(s, command, now, state.confirm);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ...s, message: error.message[0]!.toUpperCase() + error.message.slice(1) + '.' };
  }
}

function apply(s: FacilitationState, c: GroupCommand, now: number, confirming: FacilitationState['confirm']): FacilitationState {
  switch (c.type) {
    case 'start':
      return { ...s, effects: [{ type: 'start', scenario: c.scenario }] };
    case 'resume':
      return { ...s, effects: [{ type: 'resume', session: c.session }] };
    case 'menu':
      return endSession(s, confirming, 'Press New session (or End session) again to end this session and return to the menu.');
    case 'blackout':
      return { ...s, blackout: c.on ?? !s.blackout };
    case 'setting': {
      const next = { ...s, settings: { ...s.settings, [c.name]: c.value } };
      return s.shape.steps ? reshape(next, next.shape) : next;
    }
    case 'timer': {
      const t = s.timer;
      const timer =
        c.action === 'toggle'
          ? timerToggle(t, now)
          : c.action === 'start'
            ? timerStart(t, now)
            : c.action === 'pause'
              ? timerPause(t, now)
              : c.action === 'extend'
                ? timerExtend(t, now)
                : timerReset(t);
      return { ...s, timer };
    }
  }
  if (!s.shape.steps) return onMenu(s, c);
  if (s.blackout && (c.type === 'next' || c.type === 'back')) return { ...s, blackout: false }; // as with slides
  const list = screens(s);
  const i = locateScreen(list, s.at);
  switch (c.type) {
    case 'next':
      if (i < list.length - 1) return { ...s, at: list[i + 1]! };
      if (atLive(s)) return decideOrPoint(s);
      if (s.shape.finished) return endSession(s, confirming, 'This is the last screen. Press Next again to end the session and return to the menu.');
      return s;
    case 'back':
      return i > 0 ? { ...s, at: list[i - 1]! } : s;
    case 'reveal':
      return reveal(s);
    case 'vote':
    case 'set-votes':
      return vote(s, c);
    case 'choose':
      return choose(s, c.option);
    case 'take':
      return takeOption(s, c.option);
    case 'form':
      if (liveStep(s) === undefined) return { ...s, message: 'There is no open form to fill in: the decision has been taken.' };
      return { ...s, effects: [{ type: 'form', values: c.values }] };
    case 'take-pointer':
      if (s.current.pointer === null || !atLive(s))
        return { ...s, message: 'Nothing is highlighted to take: press Next on the choice screen to move the highlight.' };
      return { ...s, current: { ...s.current, override: s.current.pointer, pointer: null } };
    default:
      return s;
  }
}

/** Ending a session asks first: the same command twice in a row ends it. */
function endSession(s: FacilitationState, confirming: FacilitationState['confirm'], ask: string): FacilitationState {
  if (!s.shape.steps) return s;
  if (confirming === 'menu') return { ...s, effects: [{ type: 'menu' }] };
  return { ...s, confirm: 'menu', message: ask };
}

/**
 * On the menu a clicker moves a highlight through the scenarios, then the saved sessions (Next, Back), and
 * starts or resumes the highlighted one (F5, Enter).
 */
function onMenu(s: FacilitationState, c: GroupCommand): FacilitationState {
  const { scenarios, saved } = s.shape;
  const n = scenarios.length + saved.length;
  if (n === 0) return s;
  const p = s.menuPointer;
  switch (c.type) {
    case 'next':
      return { ...s, menuPointer: p === null ? 0 : (p + 1) % n };
    case 'back':
      return { ...s, menuPointer: p === null ? n - 1 : (p - 1 + n) % n };
    case 'take-pointer':
      if (p === null)
        return {
          ...s,
          message: 'Press Next (Page Down) to highlight a scenario or a saved session, then the start key (F5) or Enter to start or resume it.',
        };
      if (p < scenarios.length) return { ...s, effects: [{ type: 'start', scenario: scenarios[p]! }] };
      return { ...s, effects: [{ type: 'resume', session: saved[p - scenarios.length]! }] };
    default:
      return { ...s, message: 'Choose a scenario first.' };
  }
}

/** Is the facilitator on the choice screen of the choice point being decided? */
function atLive(s: FacilitationState): boolean {
  const live = liveStep(s);
  return live !== undefined && s.at.step === live && s.at.kind === 'choice';
}

function take(s: FacilitationState, index: number, how: DecisionHow): FacilitationState {
  return { ...s, effects: [{ type: 'take', option: index, votes: [...s.current.votes], how }] };
}

/** Next at the choice being decided: take the decision if there is one, else move the facilitator's highlight. */
function decideOrPoint(s: FacilitationState): FacilitationState {
  const outcome = resolveDecision(s.current.votes, s.current.override);
  if (outcome.state === 'majority' || outcome.state === 'override') return take(s, outcome.index, outcome.state === 'majority' ? 'majority' : outcome.how);
  const pool = candidates(s.current.votes, outcome);
  const at = s.current.pointer === null ? -1 : pool.indexOf(s.current.pointer);
  const pointer = pool[(at + 1) % pool.length]!;
  const message =
    (outcome.state === 'tie' ? `A tie between options ${outcome.tied.map((t) => t + 1).join(' and ')}. ` : 'No votes entered. ') +
    `Option ${pointer + 1} is highlighted: press its number, the clicker's start key (F5) or Enter to take it, or Next to highlight another. (${s.current.votes.length} options.)`;
  return { ...s, current: { ...s.current, pointer }, message };
}

/** Reveal at the choice being decided: the decision if there is one, else the facilitator's highlight (as Next). */
function reveal(s: FacilitationState): FacilitationState {
  if (!atLive(s)) return { ...s, message: 'Reveal works at the choice point the room is deciding.' };
  return decideOrPoint(s);
}

function vote(
  s: FacilitationState,
  c: { type: 'vote'; option: number; delta: number } | { type: 'set-votes'; option: number; value: number },
): FacilitationState {
  const live = liveStep(s);
  if (live === undefined || !atLive(s)) {
    return {
      ...s,
      message: live !== undefined ? 'This decision has been taken. Go forward to the current choice to enter votes.' : 'There is no choice to vote on here.',
    };
  }
  const votes = c.type === 'vote' ? addVote(s.current.votes, c.option, c.delta) : setVote(s.current.votes, c.option, c.value);
  return { ...s, current: { ...s.current, votes, pointer: null } };
}

/**
 * An option's number key: a hand for it while the room votes; once the facilitator decides (a tie or no
 * hands, and Next put up the highlight), the option to take.
 */
function choose(s: FacilitationState, option: number): FacilitationState {
  if (atLive(s) && s.current.pointer === null && s.current.override === null) return vote(s, { type: 'vote', option, delta: 1 });
  return takeOption(s, option);
}

/** The facilitator takes an option (Next then reveals it). */
function takeOption(s: FacilitationState, option: number): FacilitationState {
  const live = liveStep(s);
  if (live === undefined || s.at.step !== live)
    return { ...s, message: live !== undefined ? 'This decision has been taken. Go forward to the current choice.' : 'There is no choice to make here.' };
  if (option < 0 || option >= optionCount(s, live)) throw new RangeError(`there is no option ${option + 1}`);
  return { ...s, at: { step: live, kind: 'choice', page: 0 }, current: { ...s.current, override: option, pointer: null } };
}
