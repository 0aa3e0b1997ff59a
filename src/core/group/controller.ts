/**
 * A group session, run by a facilitator: the thin shell that joins the three parts — the story
 * (story-track.ts: a Session, loaded and replayed through `Session.start`), the facilitation loop
 * (facilitation.ts: a pure reducer whose effects are carried out here) and the view (view.ts). Commands in,
 * a whole view out (`group/view`), which the projector renders and sends on to the presenter window. It also
 * saves the session under this projector tab's own id and tells other tabs it has it open.
 * Framework-free: the clock, the storage and the words for phone events are handed in.
 */
import type { FrameworkId } from '../teaching/frameworks.ts';
import type { ScenarioEntry } from '../app/app.ts';
import { Emitter } from '../events.ts';
import { messageOf } from '../errors.ts';
import { ReplayError, StoryError } from '../story/session.ts';
import { HCPC_2008, type Framework } from '../teaching/standards.ts';
import { decided, initialState, opened, reduce, reshape, toMenu, withSaved, type Effect, type FacilitationState } from './facilitation.ts';
import { DEFAULT_BUDGET, sameScreen, type PageBudget, type ScreenRef } from './model.ts';
import type { GroupCommand } from './protocol.ts';
import type { CueDescriber } from './road-not-taken.ts';
import { ASK_MS, GROUP_STATE_VERSION, parseTabMessage, type GroupSaved, type GroupStore, type TabChannel } from './state.ts';
import { StoryTrack } from './story-track.ts';
import type { PhoneState } from '../phone/phone.ts';
import { buildGroupSummary, type GroupSummary } from './summary.ts';
import { buildView, clampBudget, parasThrough, passagePages, storyShape, type GroupView, type RoadView, type SavedOffer } from './view.ts';
import { echoInput } from '../text/export-text.ts';
import { COMMON_COPY } from '../../content/copy/common.ts';

export type { AudienceScreen, FormsView, GroupView, NamedImpact, OptionView, RoadScreen, RoadView, SavedOffer } from './view.ts';

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
  /** This projector tab's id, kept by the tab across reloads (sessionStorage); none in a new tab. */
  tabId?: string | null;
  /** The projector tabs' channel, to ask whether a claim on this tab's id is another live page's. */
  channel?: TabChannel;
  /** Resolves after this many milliseconds (the wait for that answer). */
  wait?: (ms: number) => Promise<void>;
  framework?: Framework;
  /** The framework the summary names standards in (the player's preference). */
  frameworkId?: FrameworkId;
}

export class GroupController {
  readonly events = new Emitter<GroupEvents>();
  private track: StoryTrack | undefined;
  private state: FacilitationState;
  private sessionId: string;
  /** This page's own id, so a duplicated tab (same tab id) is told apart. */
  private readonly owner: string;
  private budget: PageBudget = DEFAULT_BUDGET;
  private loading: string | undefined;
  private roads: (RoadView | undefined)[][] = [];
  private storageWarned = false;
  /** The saved sessions the menu shows (and the clicker's highlight moves through), as of the last view. */
  private offered: SavedOffer[] = [];
  private readonly framework: Framework;
  /**
   * Another page had claimed this tab's id moments ago: a duplicated tab (the original is open), or this tab's
   * own earlier life (it crashed, or reloaded before its claim was released). init() asks before deciding;
   * until then this page neither claims the id nor answers for it.
   */
  private contested: boolean;
  /** While init() asks: called with the session of each "alive" answer. */
  private heard: ((session: string) => void) | undefined;

  constructor(private readonly deps: GroupDeps) {
    this.framework = deps.framework ?? HCPC_2008;
    this.owner = deps.newId();
    const tab = deps.tabId && /^[A-Za-z0-9-]{8,64}$/.test(deps.tabId) ? deps.tabId : undefined;
    this.contested = tab !== undefined && deps.store.heldElsewhere(tab, this.owner, deps.clock());
    // The id a presenter window links with: this tab's, for the tab's whole life (starting a scenario keeps it).
    this.sessionId = tab ?? deps.newId();
    this.state = initialState(this.shape());
    deps.channel?.listen((data) => this.onTabMessage(data));
    if (!this.contested) deps.store.claim(this.sessionId, this.owner, deps.clock());
  }

  get id(): string {
    return this.sessionId;
  }

  get isRunning(): boolean {
    return this.track !== undefined;
  }

  get singleKeys(): boolean {
    return this.state.settings.singleKeys;
  }

  /** True while the audience screen is on this screen. */
  get screenRef(): ScreenRef {
    return { ...this.state.at };
  }

  isAt(ref: ScreenRef): boolean {
    return sameScreen(ref, this.state.at);
  }

  /** Say again that this tab has its session open (every few seconds), so a second tab leaves it alone. */
  heartbeat(): void {
    if (this.contested) return;
    this.deps.store.claim(this.sessionId, this.owner, this.deps.clock());
  }

  /** The tab is closing or reloading. */
  release(): void {
    this.deps.store.release(this.sessionId, this.owner);
  }

  private onTabMessage(data: unknown): void {
    const m = parseTabMessage(data);
    if (!m) return;
    if (m.kind === 'group-alive') this.heard?.(m.session);
    else if (!this.contested && m.session === this.sessionId) this.deps.channel?.post({ kind: 'group-alive', session: m.session });
  }

  /**
   * Is the page whose fresh claim is on this id still open? Ask it, and wait a heartbeat for the answer (or a
   * refreshed claim, from a page that cannot answer). Silence means the claim was this tab's own before a crash.
   */
  private async claimAlive(id: string): Promise<boolean> {
    const { store, channel, wait } = this.deps;
    // No way to ask: leave the session alone, as with a duplicated tab.
    if (!channel || !wait) return true;
    const seen = store.claimedAt(id);
    let answered = false;
    await new Promise<void>((resolve) => {
      this.heard = (session) => {
        if (session !== id) return;
        answered = true;
        resolve();
      };
      channel.post({ kind: 'group-alive?', session: id });
      void wait(ASK_MS).then(resolve);
    });
    this.heard = undefined;
    return answered || (store.claimedAt(id) !== seen && store.heldElsewhere(id, this.owner, this.deps.clock()));
  }

  /** How much text fits on a page, measured by the projector view; pages are re-cut, the screen kept. */
  setBudget(budget: PageBudget): void {
    const next = clampBudget(budget);
    if (next.charsPerLine === this.budget.charsPerLine && next.lines === this.budget.lines && next.fullCharsPerLine === this.budget.fullCharsPerLine) return;
    this.budget = next;
    this.state = reshape(this.state, this.shape());
    this.changed(false);
  }

  /** Start-up: carry on this tab's own session (after an accidental reload); else the menu, offering saved ones. */
  async init(params: { play?: string | null } = {}): Promise<void> {
    const store = this.deps.store;
    if (this.contested) {
      const duplicate = await this.claimAlive(this.sessionId);
      if (duplicate) this.sessionId = this.deps.newId();
      this.contested = false;
      this.heartbeat();
      if (duplicate)
        this.notice('warning', 'That group session is open in another tab or window, so this tab starts a session of its own and leaves it alone.');
    }
    const legacy = store.read();
    if (legacy.ok) {
      if (!store.ids().includes(legacy.state.sessionId)) store.write(legacy.state);
    } else if (legacy.problem !== 'empty') this.notice('warning', legacy.message);
    store.clear();
    const own = store.read(this.sessionId);
    if (own.ok) {
      if (await this.resume(own.state)) return;
    } else if (own.problem !== 'empty') {
      this.notice('warning', own.message);
      store.clear(this.sessionId);
    }
    if (params.play) {
      if (this.deps.scenarios.some((s) => s.meta.id === params.play)) return this.start(params.play);
      this.notice('warning', COMMON_COPY.unknownScenario(echoInput(params.play), 'list'));
    }
    this.showMenu();
  }

  showMenu(): void {
    this.track = undefined;
    this.roads = [];
    this.state = { ...toMenu(this.state, this.scenarioIds()), message: this.state.message };
    this.changed(false);
  }

  /** A fresh group session of one scenario, under this tab's id (the presenter stays linked). */
  async start(id: string): Promise<void> {
    const entry = this.deps.scenarios.find((s) => s.meta.id === id);
    if (!entry) return this.say(COMMON_COPY.unknownScenario(echoInput(id)));
    this.deps.store.clear(this.sessionId);
    try {
      await this.open(entry, [], []);
    } catch (error) {
      this.showMenu();
      return this.say(`“${entry.meta.title}” could not start (${messageOf(error)}). Please choose again.`);
    }
    this.state = { ...opened(toMenu(this.state, this.scenarioIds()), this.shape(), []), settings: this.state.settings };
    this.changed(true);
  }

  /** Carry on a saved session. One another tab left is moved under this tab's id; one still open elsewhere is not touched. */
  private async resume(saved: GroupSaved, from?: string): Promise<boolean> {
    const store = this.deps.store;
    const entry = this.deps.scenarios.find((s) => s.meta.id === saved.scenario);
    if (!entry || entry.meta.fingerprint !== saved.fingerprint) {
      this.notice('warning', 'The saved group session belongs to a scenario that has changed or gone, so a fresh group session starts.');
      store.clear(from ?? saved.sessionId);
      return false;
    }
    try {
      await this.open(
        entry,
        saved.decisions,
        saved.decisions.map((d) => d.votes.length),
      );
    } catch (error) {
      const why = error instanceof ReplayError ? 'it no longer fits the story' : messageOf(error);
      this.notice('warning', `The saved group session could not be resumed (${why}), so a fresh group session starts.`);
      store.clear(from ?? saved.sessionId);
      this.showMenu();
      return true;
    }
    const decisions = saved.decisions.map((d) => ({ votes: [...d.votes], how: d.how }));
    let state = opened({ ...this.state, settings: { ...saved.settings }, timer: { ...saved.timer } }, this.shape(), decisions, saved.at);
    if (this.track?.live && saved.current.votes.length === this.track.live.options.length)
      state = { ...state, current: { ...saved.current, votes: [...saved.current.votes] } };
    this.state = state;
    if (from) store.clear(from);
    this.notice('info', `Resumed the group session of “${entry.meta.title}” where it was.`);
    this.changed(true);
    return true;
  }

  /** Load the story and replay the decisions already taken (through Session.start). Throws ReplayError if they do not fit. */
  private async open(entry: ScenarioEntry, decisions: GroupSaved['decisions'], optionCounts: number[]): Promise<void> {
    this.track = undefined;
    this.roads = [];
    this.loading = entry.meta.title;
    this.changed(false);
    try {
      this.track = await StoryTrack.open(entry, decisions, this.deps.describe, optionCounts);
    } finally {
      this.loading = undefined;
    }
    const track = this.track;
    track.steps.forEach((s, i) => {
      if (s.decision) void this.computeRoad(track, i);
    });
  }

  private async computeRoad(track: StoryTrack, stepIndex: number): Promise<void> {
    const step = track.steps[stepIndex];
    if (!step?.decision) return;
    const others = step.options.map((_, i) => i).filter((i) => i !== step.decision!.taken);
    const roads: (RoadView | undefined)[] = [];
    this.roads[stepIndex] = roads;
    for (const [alt, option] of others.entries()) {
      let view: RoadView;
      try {
        // One alternative at a time: each replays the whole story, and the reveal shows each as it is ready.
        // oxlint-disable-next-line no-await-in-loop
        view = { status: 'ready', outcome: await track.road(stepIndex, option) };
      } catch (error) {
        view = { status: 'error', option, text: step.options[option]!.text, message: messageOf(error) };
      }
      if (this.track !== track) return; // a new session has started meanwhile
      roads[alt] = view;
      // Its pages are known now: the screens are re-counted, the facilitator's screen kept.
      this.state = reshape(this.state, this.shape());
      // On its screens, or on the reveal before them (the presenter's Next preview may be this road), the view is new.
      const at = this.state.at;
      if ((at.kind === 'road' || at.kind === 'reveal') && at.step === stepIndex) this.changed(false);
    }
  }

  // ------------------------------------------------------------------------------------------ commands

  /** Every facilitator action comes through here, from keys, clicks or the presenter window. */
  dispatch(command: GroupCommand): void {
    // Still asking whose the tab's id is (init): a start or a save now could overwrite another tab's session.
    if (this.contested) return;
    this.state = reduce(this.state, command, this.deps.clock());
    const effects = this.state.effects;
    this.state = { ...this.state, effects: [] };
    for (const effect of effects) this.carryOut(effect);
    this.changed(true);
  }

  /** What the reducer asked for, done with the story and the storage. */
  private carryOut(effect: Effect): void {
    const track = this.track;
    switch (effect.type) {
      case 'start':
        void this.start(effect.scenario);
        return;
      case 'resume':
        void this.resumeOffered(effect.session);
        return;
      case 'menu':
        this.deps.store.clear(this.sessionId);
        this.showMenu();
        return;
      case 'form': {
        const problems = track?.updateForm(effect.values) ?? [];
        if (problems.length) this.state = { ...this.state, message: `That could not be set: ${problems.join('; ')}.` };
        return;
      }
      case 'take': {
        if (!track) return;
        try {
          track.take(effect.option);
        } catch (error) {
          if (!(error instanceof StoryError)) throw error;
          // For the facilitator (the presenter), not the room.
          this.state = {
            ...this.state,
            message: `The story hit a problem (${error.message}). Nothing was recorded for this decision; choose again or return to the menu.`,
          };
          return;
        }
        this.state = decided(this.state, this.shape(), { votes: effect.votes, how: effect.how });
        void this.computeRoad(track, this.state.decisions.length - 1);
        return;
      }
    }
  }

  private async resumeOffered(id: string): Promise<void> {
    const store = this.deps.store;
    if (store.heldElsewhere(id, this.owner, this.deps.clock())) return this.say('That group session is open in another tab or window: carry it on there.');
    const read = store.read(id);
    if (!read.ok) {
      store.clear(id);
      return this.say(read.message);
    }
    const resumed = await this.resume({ ...read.state, sessionId: this.sessionId }, id);
    if (!resumed) this.showMenu();
  }

  // ------------------------------------------------------------------------------------------ output

  /**
   * What the shell could not do (start, resume): a notice, so a facilitator with no presenter window hears
   * of it too (in the projector's notice area, never in the story). Not state.message, which is the
   * presenter's only. The view is sent again (an unreadable saved session has gone from the menu).
   */
  private say(text: string): void {
    this.notice('warning', text);
    this.changed(false);
  }

  private scenarioIds(): string[] {
    return this.deps.scenarios.map((s) => s.meta.id);
  }

  private shape() {
    const shape = storyShape(this.scenarioIds(), this.track, this.budget, this.roads, this.deps.frameworkId);
    return this.track ? shape : { ...shape, saved: this.offered.map((o) => o.sessionId) };
  }

  private changed(save: boolean): void {
    if (save) this.save();
    // The menu's saved sessions are looked up afresh for each view; the reducer moves the highlight through
    // the same list the room was shown.
    if (!this.track) {
      this.offered = this.offers();
      this.state = withSaved(
        this.state,
        this.offered.map((o) => o.sessionId),
      );
    }
    this.events.emit('group/view', this.view());
  }

  private save(): void {
    const track = this.track;
    if (!track) return;
    const s = this.state;
    const saved: GroupSaved = {
      version: GROUP_STATE_VERSION,
      scenario: track.entry.meta.id,
      fingerprint: track.entry.meta.fingerprint,
      sessionId: this.sessionId,
      decisions: track.steps.flatMap((step, i) => {
        const d = step.decision;
        const room = s.decisions[i];
        return d && room ? [{ taken: d.taken, votes: [...room.votes], how: room.how, ...(d.input ? { input: d.input } : {}) }] : [];
      }),
      current: { ...s.current, votes: [...s.current.votes] },
      at: { ...s.at },
      timer: { ...s.timer },
      settings: { ...s.settings },
      savedAt: new Date(this.deps.clock()).toISOString(),
    };
    const result = this.deps.store.write(saved);
    this.heartbeat();
    if (!result.ok && !this.storageWarned) {
      this.storageWarned = true;
      this.notice('warning', result.message);
    }
  }

  summary(): GroupSummary | null {
    const track = this.track;
    if (!track) return null;
    const snap = track.session.snapshot();
    return buildGroupSummary({
      scenario: { id: track.entry.meta.id, title: track.entry.meta.title },
      date: new Date(this.deps.clock()),
      decisions: track.steps.flatMap((s, i) => {
        const room = this.state.decisions[i];
        if (!s.decision || !room) return [];
        const d = s.decision;
        const consequences = d.reveal.filter((p) => p.kind !== 'feedback').map((p) => p.text);
        return [
          {
            prompt: s.prompt,
            options: s.options.map((o) => o.text),
            votes: room.votes,
            taken: d.taken,
            how: room.how,
            impacts: d.impacts,
            feedback: d.feedback,
            consequences,
          },
        ];
      }),
      ledger: snap.ledger,
      ending: track.ending,
      finished: track.finished,
      framework: this.framework,
      ...(this.deps.frameworkId ? { frameworkId: this.deps.frameworkId } : {}),
    });
  }

  /** Saved sessions other tabs left, for the menu (not this tab's, not one still open elsewhere). */
  private offers(): SavedOffer[] {
    if (this.track) return [];
    const now = this.deps.clock();
    return this.deps.store
      .list()
      .filter((s) => s.sessionId !== this.sessionId && !this.deps.store.heldElsewhere(s.sessionId, this.owner, now))
      .map((s) => ({
        sessionId: s.sessionId,
        title: this.deps.scenarios.find((e) => e.meta.id === s.scenario)?.meta.title ?? s.scenario,
        savedAt: s.savedAt,
        decisions: s.decisions.length,
      }));
  }

  view(): GroupView {
    const track = this.track;
    return buildView({
      sessionId: this.sessionId,
      scenarios: this.deps.scenarios,
      saved: this.track ? [] : this.offered,
      story: track
        ? {
            id: track.entry.meta.id,
            title: track.entry.meta.title,
            steps: track.steps,
            finished: track.finished,
            ending: track.ending,
            endParas: track.endParas,
          }
        : undefined,
      state: this.state,
      budget: this.budget,
      loading: this.loading,
      roads: this.roads,
      summary: this.summary(),
      forms: track?.forms() ?? null,
      phone: track ? this.phoneShown(track) : null,
      ...(this.deps.frameworkId ? { framework: this.deps.frameworkId } : {}),
    });
  }

  /**
   * The phone for the screen shown: on a passage's page, as far as its text has got; at the choice being
   * decided and after the last decision, the live story's; looking back at a decided step, the phone as it
   * was then (at its choice, or after its consequence).
   */
  private phoneShown(track: StoryTrack): PhoneState {
    const live = track.session.snapshot().phone;
    const at = this.state.at;
    const step = track.steps[at.step];
    if (!step) return live;
    if (at.kind === 'passage') {
      // As far as this page's text has got (the passage's last page: as the choice found it).
      const pages = passagePages(step, this.budget);
      const read = parasThrough(step.passage, pages, at.page);
      if (at.page < pages.length - 1) return step.phone.passage[Math.max(0, read - 1)] ?? live;
    }
    if (!step.decision) return live;
    if (at.kind === 'passage' || at.kind === 'choice') return step.phone.atChoice ?? live;
    if (at.kind === 'reveal') return step.phone.atReveal ?? live;
    return live;
  }

  private notice(level: GroupNotice['level'], text: string): void {
    this.events.emit('group/notice', { level, text });
  }
}
