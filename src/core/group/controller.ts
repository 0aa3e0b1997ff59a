/**
 * A group session, run by a facilitator: the story (a Session) plus the room's decision loop at every
 * choice point — discuss, vote, decide, reveal, and the road not taken — and the list of screens the
 * facilitator steps through (back revisits a screen; it never undoes a decision). Commands in, a whole
 * view out (`group/view`), which the projector renders and sends on to the presenter window.
 * Framework-free: the clock, the storage and the words for phone events are handed in.
 */
import type { FrameworkId } from '../teaching/frameworks.ts';
import type { ScenarioEntry } from '../app/app.ts';
import { Emitter } from '../events.ts';
import {
  addVote,
  candidates,
  DEFAULT_BUDGET,
  emptyVotes,
  locateScreen,
  MAX_OPTIONS,
  newTimer,
  paginate,
  resolveDecision,
  sameScreen,
  screenList,
  setVote,
  timerExtend,
  timerPause,
  timerReset,
  timerStart,
  timerToggle,
  totalVotes,
  type DecisionHow,
  type DecisionOutcome,
  type PageBudget,
  type Para,
  type ScreenRef,
  type StepShape,
  type TimerState,
} from './model.ts';
import type { GroupCommand } from './protocol.ts';
import { GROUP_STATE_VERSION, type GroupSaved, type GroupSettings, type GroupStore } from './state.ts';
import { buildGroupSummary, type GroupSummary } from './summary.ts';
import { roadNotTaken, splitReveal, toParas, type CueDescriber, type RoadOutcome } from './road-not-taken.ts';
import { ReplayError, Session, StoryError, type Replay } from '../story/session.ts';
import type { FormValues, PieceForm } from '../phone/pieces.ts';
import type { PhoneState } from '../phone/phone.ts';
import type { PostContext } from '../post-check/analyser.ts';
import { ENDING_LEVEL_LABELS, HCPC_2008, type Framework } from '../teaching/standards.ts';
import type { EndingValue, StandardImpact } from '../story/tag-specs.ts';
import { messageOf } from '../errors.ts';

export interface OptionView {
  text: string;
  impacts: StandardImpact[];
}

interface StepData {
  passage: Para[];
  prompt: string | undefined;
  options: OptionView[];
  /** The story's replay list just before this choice was taken (for the road not taken). */
  before: Replay | undefined;
  decision:
    | {
        /** The form values the room set at this decision, if a form was open. */
        input?: FormValues;
        taken: number;
        votes: number[];
        how: DecisionHow;
        reveal: Para[];
        impacts: StandardImpact[];
        feedback: string[];
      }
    | undefined;
  /** Indexed by alternative (the options not taken, in order). */
  road: (RoadView | undefined)[];
}

export type RoadView = { status: 'ready'; outcome: RoadOutcome } | { status: 'error'; option: number; text: string; message: string };

export type AudienceScreen =
  | { kind: 'menu'; scenarios: { id: string; title: string; summary: string; minutes: number | undefined }[] }
  | { kind: 'loading'; title: string }
  | { kind: 'passage'; step: number; page: number; pages: number; paras: Para[]; title: string }
  | { kind: 'discuss'; step: number; prompt: string | undefined; options: string[] }
  | { kind: 'vote'; step: number; options: string[]; votes: number[]; total: number; outcome: DecisionOutcome; live: boolean }
  | {
      kind: 'decide';
      step: number;
      options: string[];
      votes: number[];
      outcome: DecisionOutcome;
      pointer: number | null;
      taken: { index: number; how: DecisionHow } | null;
    }
  | { kind: 'reveal'; step: number; page: number; pages: number; choice: string; how: DecisionHow; paras: Para[]; impacts: StandardImpact[] }
  | { kind: 'road'; step: number; page: number; of: number; choice: string; road: RoadView | { status: 'loading'; text: string } }
  | { kind: 'end'; page: number; pages: number; paras: Para[]; ending: { level: string; label: string; title: string; meaning: string } | null }
  | { kind: 'summary'; summary: GroupSummary };

export interface GroupView {
  sessionId: string;
  scenario: { id: string; title: string } | null;
  screen: AudienceScreen;
  /** Where the facilitator is in the list of screens; `live` when at the newest screen. */
  position: { index: number; total: number; live: boolean; label: string };
  /** The choice point the room is on (not yet decided), for the presenter's vote entry and notes. */
  current: {
    step: number;
    prompt: string | undefined;
    options: OptionView[];
    votes: number[];
    total: number;
    outcome: DecisionOutcome;
    pointer: number | null;
  } | null;
  /** What Next will do, in words, for the presenter. */
  nextAction: string;
  timer: TimerState;
  blackout: boolean;
  settings: GroupSettings;
  /** The latest thing the facilitator should know (a tie, a refused key). */
  message: string | null;
  finished: boolean;
  summary: GroupSummary | null;
  /** The phone's form open at the live choice point (the room decides what to set), if any. */
  forms: FormsView | null;
  /** The live story's phone (what the projector draws beside the text, with any form values set so far); null with no session. */
  phone: PhoneState | null;
}

export interface FormsView {
  step: number;
  forms: PieceForm[];
  values: FormValues;
  context: PostContext;
}

export interface GroupNotice {
  level: 'info' | 'warning' | 'error';
  text: string;
}

export interface GroupEvents extends Record<string, unknown> {
  'group/view': GroupView;
  'group/notice': GroupNotice;
}

export interface GroupDeps {
  scenarios: readonly ScenarioEntry[];
  store: GroupStore;
  /** Milliseconds since the epoch. */
  clock: () => number;
  describe: CueDescriber;
  newId: () => string;
  framework?: Framework;
  /** The framework the summary names standards in (the player's preference). */
  frameworkId?: FrameworkId;
}

const SCREEN_LABELS: Record<ScreenRef['kind'], string> = {
  menu: 'Choose a scenario',
  passage: 'Story',
  discuss: 'Discuss',
  vote: 'Vote',
  decide: 'Decide',
  reveal: 'Reveal',
  road: 'The road not taken',
  end: 'Ending',
  summary: 'Summary',
};

export class GroupController {
  readonly events = new Emitter<GroupEvents>();
  private entry: ScenarioEntry | undefined;
  private session: Session | undefined;
  private steps: StepData[] = [];
  private endParas: Para[] = [];
  private ending: EndingValue | undefined;
  private finished = false;
  private sessionId: string;
  private current = { votes: [] as number[], override: null as number | null, pointer: null as number | null };
  private at: ScreenRef = { step: 0, kind: 'menu', page: 0 };
  private timer: TimerState = newTimer();
  private settings: GroupSettings = { roadNotTaken: true, singleKeys: true };
  private blackout = false;
  private budget: PageBudget = DEFAULT_BUDGET;
  private message: string | null = null;
  private loading: string | undefined;
  private storageWarned = false;
  private readonly framework: Framework;

  constructor(private readonly deps: GroupDeps) {
    this.sessionId = deps.newId();
    this.framework = deps.framework ?? HCPC_2008;
  }

  get id(): string {
    return this.sessionId;
  }

  get isRunning(): boolean {
    return this.session !== undefined;
  }

  get singleKeys(): boolean {
    return this.settings.singleKeys;
  }

  /** How much text fits on a page, measured by the projector view; pages are re-cut, the screen kept. */
  setBudget(budget: PageBudget): void {
    const next = { charsPerLine: Math.max(10, Math.floor(budget.charsPerLine)), lines: Math.max(3, Math.floor(budget.lines)) };
    if (next.charsPerLine === this.budget.charsPerLine && next.lines === this.budget.lines) return;
    this.budget = next;
    if (this.session) this.at = this.list()[locateScreen(this.list(), this.at)]!;
    this.changed(false);
  }

  /** Start-up: carry on a saved session (after an accidental reload), else the menu. */
  async init(params: { play?: string | null } = {}): Promise<void> {
    const read = this.deps.store.read();
    if (read.ok) {
      const resumed = await this.resume(read.state);
      if (resumed) return;
    } else if (read.problem !== 'empty') {
      this.notice('warning', read.message);
      this.deps.store.clear();
    }
    if (params.play) {
      if (this.deps.scenarios.some((s) => s.meta.id === params.play)) {
        await this.start(params.play);
        return;
      }
      this.notice('warning', `There is no scenario called "${params.play}". Choose one from the list.`);
    }
    this.showMenu();
  }

  showMenu(): void {
    this.entry = undefined;
    this.session = undefined;
    this.steps = [];
    this.finished = false;
    this.at = { step: 0, kind: 'menu', page: 0 };
    this.blackout = false;
    this.message = null;
    this.changed(false);
  }

  /** A fresh group session of one scenario. */
  async start(id: string): Promise<void> {
    const entry = this.deps.scenarios.find((s) => s.meta.id === id);
    if (!entry) {
      this.notice('error', `There is no scenario called "${id}".`);
      return;
    }
    this.deps.store.clear();
    this.sessionId = this.deps.newId();
    this.timer = newTimer();
    try {
      await this.open(entry, []);
    } catch (error) {
      this.notice('error', `“${entry.meta.title}” could not start (${messageOf(error)}). Please choose again.`);
      this.showMenu();
      return;
    }
    this.changed(true);
  }

  private async resume(saved: GroupSaved): Promise<boolean> {
    const entry = this.deps.scenarios.find((s) => s.meta.id === saved.scenario);
    if (!entry || entry.meta.fingerprint !== saved.fingerprint) {
      this.notice('warning', 'The saved group session belongs to a scenario that has changed or gone, so a fresh group session starts.');
      this.deps.store.clear();
      return false;
    }
    try {
      await this.open(entry, saved.decisions);
    } catch (error) {
      const why = error instanceof ReplayError ? 'it no longer fits the story' : messageOf(error);
      this.notice('warning', `The saved group session could not be resumed (${why}), so a fresh group session starts.`);
      this.deps.store.clear();
      this.showMenu();
      return true;
    }
    this.sessionId = saved.sessionId;
    this.settings = { ...saved.settings };
    this.timer = { ...saved.timer };
    const live = this.liveStep();
    if (live && saved.current.votes.length === live.options.length) {
      this.current = { votes: [...saved.current.votes], override: saved.current.override, pointer: saved.current.pointer };
    }
    const list = this.list();
    this.at = list[locateScreen(list, saved.at)]!;
    this.notice('info', `Resumed the group session of “${entry.meta.title}” where it was.`);
    this.changed(true);
    return true;
  }

  /** Load the story and replay decisions already taken (on resume). Throws ReplayError if they do not fit. */
  private async open(entry: ScenarioEntry, decisions: readonly { taken: number; votes: number[]; how: DecisionHow; input?: FormValues }[]): Promise<void> {
    this.session = undefined;
    this.loading = entry.meta.title;
    this.changed(false);
    let story;
    try {
      story = await entry.load();
    } finally {
      this.loading = undefined;
    }
    const session = Session.start(story, entry.meta);
    this.entry = entry;
    this.session = session;
    this.steps = [];
    this.finished = false;
    this.ending = undefined;
    this.endParas = [];
    this.blackout = false;
    this.message = null;
    const snap = session.snapshot();
    this.pushStep(toParas(snap.transcript, this.deps.describe), snap.discuss, snap.choices);
    for (const d of decisions) {
      const live = this.liveStep();
      if (!live || d.taken >= live.options.length || d.votes.length !== live.options.length) {
        throw new ReplayError(`decision ${this.steps.length} does not fit the story`);
      }
      if (d.input) {
        const problems = session.updateForm(d.input);
        if (problems.length) throw new ReplayError(`decision ${this.steps.length}: ${problems.join('; ')}`);
      }
      this.commit(d.taken, d.votes, d.how, false);
    }
    this.at = this.list()[0]!;
    for (let i = 0; i < this.steps.length; i++) if (this.steps[i]!.decision) void this.computeRoad(i);
  }

  private pushStep(passage: Para[], prompt: string | undefined, choices: readonly { text: string; impacts: StandardImpact[] }[]): void {
    const options = choices.slice(0, MAX_OPTIONS).map((c) => ({ text: c.text, impacts: c.impacts }));
    this.steps.push({ passage, prompt, options, before: undefined, decision: undefined, road: [] });
    this.current = { votes: emptyVotes(options.length), override: null, pointer: null };
  }

  /** The choice point being decided, if the story has not finished. */
  private liveStep(): StepData | undefined {
    const last = this.steps[this.steps.length - 1];
    return last && !last.decision ? last : undefined;
  }

  /** The story's replay at this moment, with any form values entered at this choice point. */
  private replayList(): Replay {
    return this.session!.replayHere;
  }

  /** Take the room's decision into the story. Throws StoryError when the story fails (nothing recorded). */
  private commit(taken: number, votes: number[], how: DecisionHow, live: boolean): void {
    const session = this.session!;
    const step = this.liveStep()!;
    const before = this.replayList();
    const from = session.snapshot().transcript.length;
    session.choose(taken);
    const snap = session.snapshot();
    const { reveal, rest } = splitReveal(toParas(snap.transcript.slice(from), this.deps.describe));
    const recorded = snap.ledger.decisions[snap.ledger.decisions.length - 1];
    step.before = before;
    const input = before.inputs?.[before.choices.length];
    step.decision = {
      taken,
      votes: [...votes],
      how,
      ...(input ? { input } : {}),
      reveal,
      impacts: recorded?.impacts ?? [],
      feedback: recorded?.feedback ?? [],
    };
    step.road = [];
    if (snap.finished) {
      this.finished = true;
      this.ending = snap.ending;
      this.endParas = rest;
      this.current = { votes: [], override: null, pointer: null };
    } else {
      this.pushStep(rest, snap.discuss, snap.choices);
    }
    this.timer = timerReset(this.timer);
    if (live) void this.computeRoad(this.steps.indexOf(step));
  }

  private async computeRoad(stepIndex: number): Promise<void> {
    const step = this.steps[stepIndex];
    const entry = this.entry;
    if (!step?.decision || !step.before || !entry) return;
    const session = this.session;
    const others = step.options.map((_, i) => i).filter((i) => i !== step.decision!.taken);
    for (const [alt, option] of others.entries()) {
      let view: RoadView;
      try {
        // One alternative at a time: each replays the whole story, and the reveal shows each as it is ready.
        // oxlint-disable-next-line no-await-in-loop
        view = { status: 'ready', outcome: await roadNotTaken(() => entry.load(), entry.meta, step.before, option, this.deps.describe) };
      } catch (error) {
        view = { status: 'error', option, text: step.options[option]!.text, message: messageOf(error) };
      }
      if (this.session !== session) return; // a new session has started meanwhile
      step.road[alt] = view;
      const showing = this.at.kind === 'road' && this.at.step === stepIndex;
      if (showing) this.changed(false);
    }
  }

  // ------------------------------------------------------------------------------------------ screens

  private passagePages(step: StepData): Para[][] {
    return paginate(step.passage, this.budget);
  }

  /** Lines left for the story once "The room chose: …" (or "If the room had chosen"), the standards and a page note are shown. */
  private linesBeside(choice: string, impacts: number, extra = 0): PageBudget {
    const cpl = this.budget.charsPerLine;
    const choiceLines = Math.ceil(((choice.length + 24) * 1.1) / cpl);
    const impactLines = impacts > 0 ? Math.ceil((impacts * 24) / cpl) : 0;
    return { ...this.budget, lines: Math.max(3, this.budget.lines - choiceLines - impactLines - 1 - extra) };
  }

  private revealPages(step: StepData): Para[][] {
    const d = step.decision;
    if (!d) return [[]];
    return paginate(d.reveal, this.linesBeside(step.options[d.taken]?.text ?? '', d.impacts.length));
  }

  private endPages(): Para[][] {
    return paginate(this.endParas, { ...this.budget, lines: this.budget.lines - 3 });
  }

  private list(): ScreenRef[] {
    if (!this.session) return [{ step: 0, kind: 'menu', page: 0 }];
    const shapes: StepShape[] = this.steps.map((s) => ({
      passagePages: this.passagePages(s).length,
      committed: s.decision !== undefined,
      revealPages: this.revealPages(s).length,
      alternatives: Math.max(0, s.options.length - 1),
    }));
    return screenList(shapes, { roadNotTaken: this.settings.roadNotTaken, finished: this.finished, endPages: this.endPages().length });
  }

  // ------------------------------------------------------------------------------------------ commands

  /** Every facilitator action comes through here, from keys, clicks or the presenter window. */
  dispatch(command: GroupCommand): void {
    this.message = null;
    try {
      this.apply(command);
    } catch (error) {
      if (error instanceof RangeError) this.message = error.message[0]!.toUpperCase() + error.message.slice(1) + '.';
      else throw error;
    }
    this.changed(true);
  }

  private apply(c: GroupCommand): void {
    const now = this.deps.clock();
    switch (c.type) {
      case 'start':
        void this.start(c.scenario);
        return;
      case 'menu':
        this.deps.store.clear();
        this.showMenu();
        return;
      case 'blackout':
        this.blackout = c.on ?? !this.blackout;
        return;
      case 'setting':
        this.settings = { ...this.settings, [c.name]: c.value };
        if (this.session) this.at = this.list()[locateScreen(this.list(), this.at)]!;
        return;
      case 'timer':
        this.timer =
          c.action === 'toggle'
            ? timerToggle(this.timer, now)
            : c.action === 'start'
              ? timerStart(this.timer, now)
              : c.action === 'pause'
                ? timerPause(this.timer, now)
                : c.action === 'extend'
                  ? timerExtend(this.timer, now)
                  : timerReset(this.timer);
        return;
    }
    if (!this.session) return;
    if (this.blackout && (c.type === 'next' || c.type === 'back')) {
      // As with slides: the first press after a blackout brings the screen back.
      this.blackout = false;
      return;
    }
    switch (c.type) {
      case 'next':
        return this.next();
      case 'back': {
        const list = this.list();
        const i = locateScreen(list, this.at);
        if (i > 0) this.at = list[i - 1]!;
        return;
      }
      case 'reveal':
        return this.reveal();
      case 'vote':
      case 'set-votes':
        return this.vote(c);
      case 'choose':
        return this.choose(c.option);
      case 'take':
        if (this.atLive(['discuss', 'vote'])) this.at = { step: this.steps.length - 1, kind: 'decide', page: 0 };
        return this.choose(c.option);
      case 'form': {
        if (!this.liveStep()) {
          this.message = 'There is no open form to fill in: the decision has been taken.';
          return;
        }
        const problems = this.session.updateForm(c.values);
        if (problems.length) this.message = `That could not be set: ${problems.join('; ')}.`;
        return;
      }
      case 'take-pointer':
        if (this.current.pointer === null || !this.atLive(['decide'])) {
          this.message = 'Nothing is highlighted to take: press Next on the decide screen to move the highlight.';
          return;
        }
        this.current = { ...this.current, override: this.current.pointer, pointer: null };
        return;
    }
  }

  /** Is the facilitator on a screen of the choice point being decided (of one of these kinds)? */
  private atLive(kinds: ScreenRef['kind'][]): boolean {
    return this.liveStep() !== undefined && this.at.step === this.steps.length - 1 && kinds.includes(this.at.kind);
  }

  private next(): void {
    const list = this.list();
    const i = locateScreen(list, this.at);
    if (i < list.length - 1) {
      this.at = list[i + 1]!;
      return;
    }
    if (this.atLive(['decide'])) this.decideOrPoint();
  }

  /** At the decide screen: take the decision if there is one, else move the facilitator's highlight. */
  private decideOrPoint(): void {
    const live = this.liveStep()!;
    const outcome = resolveDecision(this.current.votes, this.current.override);
    if (outcome.state === 'majority' || outcome.state === 'override') {
      this.take(outcome.index, outcome.state === 'majority' ? 'majority' : outcome.how);
      return;
    }
    const pool = candidates(this.current.votes, outcome);
    const at = this.current.pointer === null ? -1 : pool.indexOf(this.current.pointer);
    const pointer = pool[(at + 1) % pool.length]!;
    this.current = { ...this.current, pointer };
    this.message =
      (outcome.state === 'tie' ? `A tie between options ${outcome.tied.map((t) => t + 1).join(' and ')}. ` : 'No votes entered. ') +
      `Option ${pointer + 1} is highlighted: press its number, the clicker's start key (F5) or Enter to take it, or Next to highlight another. (${live.options.length} options.)`;
  }

  private take(index: number, how: DecisionHow): void {
    const votes = [...this.current.votes];
    try {
      this.commit(index, votes, how, true);
    } catch (error) {
      if (!(error instanceof StoryError)) throw error;
      this.notice('error', `The story hit a problem (${error.message}). Nothing was recorded for this decision; choose again or return to the menu.`);
      return;
    }
    const stepIndex = this.at.step;
    const list = this.list();
    this.at = list.find((s) => s.step === stepIndex && s.kind === 'reveal') ?? list[list.length - 1]!;
  }

  private reveal(): void {
    if (!this.atLive(['discuss', 'vote', 'decide'])) {
      this.message = 'Reveal works at the choice point the room is deciding.';
      return;
    }
    const outcome = resolveDecision(this.current.votes, this.current.override);
    if (outcome.state === 'majority' || outcome.state === 'override') {
      this.take(outcome.index, outcome.state === 'majority' ? 'majority' : outcome.how);
      return;
    }
    this.at = { step: this.steps.length - 1, kind: 'decide', page: 0 };
    this.message =
      outcome.state === 'tie'
        ? `A tie between options ${outcome.tied.map((t) => t + 1).join(' and ')}: press the number of the option to take.`
        : 'No votes yet: enter the hands for each option, or press the number of the option to take.';
  }

  private vote(c: { type: 'vote'; option: number; delta: number } | { type: 'set-votes'; option: number; value: number }): void {
    const live = this.liveStep();
    if (!live || !this.atLive(['discuss', 'vote', 'decide'])) {
      this.message = live ? 'This decision has been taken. Go forward to the current choice to enter votes.' : 'There is no choice to vote on here.';
      return;
    }
    const votes = c.type === 'vote' ? addVote(this.current.votes, c.option, c.delta) : setVote(this.current.votes, c.option, c.value);
    this.current = { ...this.current, votes, pointer: null };
    if (this.at.kind === 'discuss') this.at = { step: this.at.step, kind: 'vote', page: 0 };
  }

  private choose(option: number): void {
    const live = this.liveStep();
    if (!live || !this.atLive(['decide'])) {
      if (live && this.atLive(['discuss', 'vote'])) return this.vote({ type: 'vote', option, delta: 1 });
      this.message = live ? 'This decision has been taken. Go forward to the current choice.' : 'There is no choice to make here.';
      return;
    }
    if (option < 0 || option >= live.options.length) throw new RangeError(`there is no option ${option + 1}`);
    this.current = { ...this.current, override: option, pointer: null };
  }

  // ------------------------------------------------------------------------------------------ output

  private changed(save: boolean): void {
    if (save) this.save();
    this.events.emit('group/view', this.view());
  }

  private save(): void {
    const entry = this.entry;
    if (!entry || !this.session) return;
    const saved: GroupSaved = {
      version: GROUP_STATE_VERSION,
      scenario: entry.meta.id,
      fingerprint: entry.meta.fingerprint,
      sessionId: this.sessionId,
      decisions: this.steps.flatMap((s) =>
        s.decision ? [{ taken: s.decision.taken, votes: s.decision.votes, how: s.decision.how, ...(s.decision.input ? { input: s.decision.input } : {}) }] : [],
      ),
      current: { ...this.current, votes: [...this.current.votes] },
      at: { ...this.at },
      timer: { ...this.timer },
      settings: { ...this.settings },
      savedAt: new Date(this.deps.clock()).toISOString(),
    };
    const result = this.deps.store.write(saved);
    if (!result.ok && !this.storageWarned) {
      this.storageWarned = true;
      this.notice('warning', result.message);
    }
  }

  summary(): GroupSummary | null {
    const entry = this.entry;
    const session = this.session;
    if (!entry || !session) return null;
    const snap = session.snapshot();
    return buildGroupSummary({
      scenario: { id: entry.meta.id, title: entry.meta.title },
      date: new Date(this.deps.clock()),
      decisions: this.steps.flatMap((s) =>
        s.decision
          ? [
              {
                prompt: s.prompt,
                options: s.options.map((o) => o.text),
                votes: s.decision.votes,
                taken: s.decision.taken,
                how: s.decision.how,
                impacts: s.decision.impacts,
                feedback: s.decision.feedback,
                consequences: s.decision.reveal.filter((p) => p.kind !== 'feedback').map((p) => p.text),
              },
            ]
          : [],
      ),
      ledger: snap.ledger,
      ending: this.ending,
      finished: this.finished,
      framework: this.framework,
      ...(this.deps.frameworkId ? { frameworkId: this.deps.frameworkId } : {}),
    });
  }

  view(): GroupView {
    const list = this.list();
    const index = this.session ? locateScreen(list, this.at) : 0;
    const live = this.liveStep();
    const outcome = live ? resolveDecision(this.current.votes, this.current.override) : ({ state: 'none' } as DecisionOutcome);
    const summary = this.summary();
    return {
      sessionId: this.sessionId,
      scenario: this.entry ? { id: this.entry.meta.id, title: this.entry.meta.title } : null,
      screen: this.screen(summary),
      position: {
        index,
        total: list.length,
        // Looking back means a screen of a decision already taken; its screens are read-only.
        live: !this.session || this.steps[this.at.step]?.decision === undefined,
        label: this.positionLabel(),
      },
      current: live
        ? {
            step: this.steps.length - 1,
            prompt: live.prompt,
            options: live.options,
            votes: [...this.current.votes],
            total: totalVotes(this.current.votes),
            outcome,
            pointer: this.current.pointer,
          }
        : null,
      nextAction: this.nextAction(list, index, outcome),
      timer: { ...this.timer },
      blackout: this.blackout,
      settings: { ...this.settings },
      message: this.message,
      finished: this.finished,
      summary,
      forms: live ? this.formsView() : null,
      phone: this.session ? this.session.snapshot().phone : null,
    };
  }

  /** The phone's open form at the live choice point, for the presenter's controls and the projector. */
  private formsView(): FormsView | null {
    const session = this.session;
    if (!session) return null;
    const phone = session.snapshot().phone;
    if (phone.forms.length === 0) return null;
    return { step: this.steps.length - 1, forms: phone.forms, values: { ...phone.form }, context: session.postContext };
  }

  private positionLabel(): string {
    if (!this.session) return SCREEN_LABELS.menu;
    const at = this.at;
    const step = this.steps[at.step];
    let kind = SCREEN_LABELS[at.kind];
    const pages =
      at.kind === 'passage' && step
        ? this.passagePages(step).length
        : at.kind === 'reveal' && step
          ? this.revealPages(step).length
          : at.kind === 'end'
            ? this.endPages().length
            : 1;
    if (pages > 1) kind += `, page ${at.page + 1} of ${pages}`;
    if (at.kind === 'road' && step) kind += ` ${at.page + 1} of ${Math.max(1, step.options.length - 1)}`;
    if (at.kind === 'end' || at.kind === 'summary') return kind;
    return `Decision ${at.step + 1}: ${kind}`;
  }

  private nextAction(list: ScreenRef[], index: number, outcome: DecisionOutcome): string {
    if (!this.session) return 'Choose a scenario';
    if (index < list.length - 1) {
      const next = list[index + 1]!;
      return `Next: ${next.kind === 'passage' || next.kind === 'end' || next.kind === 'reveal' || next.kind === 'road' ? `${SCREEN_LABELS[next.kind]} ${next.kind === 'road' ? `(option not taken ${next.page + 1})` : `page ${next.page + 1}`}` : SCREEN_LABELS[next.kind]}`;
    }
    if (this.finished) return 'This is the last screen';
    if (outcome.state === 'majority' || outcome.state === 'override') return `Next: reveal option ${outcome.index + 1}`;
    return 'Next: highlight an option for the facilitator to take';
  }

  private screen(summary: GroupSummary | null): AudienceScreen {
    if (this.loading) return { kind: 'loading', title: this.loading };
    if (!this.session || !this.entry) {
      return {
        kind: 'menu',
        scenarios: this.deps.scenarios.map(({ meta }) => ({ id: meta.id, title: meta.title, summary: meta.summary, minutes: meta.minutes })),
      };
    }
    const at = this.at;
    const step = this.steps[at.step];
    if (at.kind === 'summary' && summary) return { kind: 'summary', summary };
    if (at.kind === 'end' || !step) {
      const pages = this.endPages();
      const e = this.ending;
      return {
        kind: 'end',
        page: Math.min(at.page, pages.length - 1),
        pages: pages.length,
        paras: pages[Math.min(at.page, pages.length - 1)] ?? [],
        ending: e ? { level: e.level, title: e.title, ...ENDING_LEVEL_LABELS[e.level] } : null,
      };
    }
    const texts = step.options.map((o) => o.text);
    const isLive = step === this.liveStep();
    const votes = isLive ? [...this.current.votes] : [...(step.decision?.votes ?? [])];
    const outcome = isLive ? resolveDecision(votes, this.current.override) : resolveDecision(votes, step.decision?.taken ?? null);
    switch (at.kind) {
      case 'passage': {
        const pages = this.passagePages(step);
        const page = Math.min(at.page, pages.length - 1);
        return { kind: 'passage', step: at.step, page, pages: pages.length, paras: pages[page]!, title: this.entry.meta.title };
      }
      case 'discuss':
        return { kind: 'discuss', step: at.step, prompt: step.prompt, options: texts };
      case 'vote':
        return { kind: 'vote', step: at.step, options: texts, votes, total: totalVotes(votes), outcome, live: isLive };
      case 'decide':
        return {
          kind: 'decide',
          step: at.step,
          options: texts,
          votes,
          outcome,
          pointer: isLive ? this.current.pointer : null,
          taken: step.decision ? { index: step.decision.taken, how: step.decision.how } : null,
        };
      case 'reveal': {
        const pages = this.revealPages(step);
        const page = Math.min(at.page, pages.length - 1);
        const d = step.decision!;
        return { kind: 'reveal', step: at.step, page, pages: pages.length, choice: texts[d.taken] ?? '', how: d.how, paras: pages[page]!, impacts: d.impacts };
      }
      case 'road': {
        const d = step.decision!;
        const others = step.options.map((_, i) => i).filter((i) => i !== d.taken);
        const option = others[at.page] ?? others[0]!;
        const road = step.road[at.page];
        return {
          kind: 'road',
          step: at.step,
          page: at.page,
          of: others.length,
          choice: texts[d.taken] ?? '',
          road: road ? this.fitRoad(road) : { status: 'loading', text: texts[option] ?? '' },
        };
      }
      default:
        return { kind: 'passage', step: at.step, page: 0, pages: 1, paras: [], title: this.entry.meta.title };
    }
  }

  /** The road not taken on one page: its consequence and feedback if they fit, else the feedback alone. */
  private fitRoad(road: RoadView): RoadView {
    if (road.status !== 'ready') return road;
    const budget = this.linesBeside(road.outcome.text, road.outcome.impacts.length, road.outcome.ending ? 1 : 0);
    const all = road.outcome.paras;
    const feedbackOnly = all.filter((p) => p.kind === 'feedback');
    const fits = (paras: Para[]) => paginate(paras, budget).length === 1;
    const paras = fits(all) ? all : fits(feedbackOnly) && feedbackOnly.length ? feedbackOnly : paginate(feedbackOnly.length ? feedbackOnly : all, budget)[0]!;
    return { status: 'ready', outcome: { ...road.outcome, paras } };
  }

  private notice(level: GroupNotice['level'], text: string): void {
    this.events.emit('group/notice', { level, text });
  }

  /** True while the audience screen is on a choice point screen of the undecided step (for wake lock etc.). */
  get screenRef(): ScreenRef {
    return { ...this.at };
  }

  isAt(ref: ScreenRef): boolean {
    return sameScreen(ref, this.at);
  }
}
