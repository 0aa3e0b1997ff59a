/**
 * The application model: which screen is showing, the scenario catalogue, the current session, saving and
 * resuming. Framework-free: the DOM panel and the Phaser scenes both follow its events.
 */
import { findRegion, standardName, type StandardName } from '../teaching/debrief-names.ts';
import type { DebriefData } from '../teaching/debrief.ts';
import type * as DebriefBuilder from '../teaching/debrief.ts';
import { lazy } from '../lazy.ts';
import { Emitter, type Unsubscribe } from '../events.ts';
import { DEFAULT_FRAMEWORK, type FrameworkId } from '../teaching/frameworks.ts';
import { ReplayError, Session, StoryError, type Replay, type ScenarioMeta, type SessionEvents, type SessionSnapshot } from '../story/session.ts';
import { ACTIVE_KEY, SAVE_PREFIX, saveKey, type SaveStore, type StoreResult } from './storage.ts';
import { SAVES_COPY } from '../../content/copy/saves.ts';
import { LMS_COPY } from '../../content/copy/lms.ts';
import type { InkStoryLike } from '../story/story-runner.ts';
import { messageOf } from '../errors.ts';
import { echoInput } from '../text/export-text.ts';
import { COMMON_COPY } from '../../content/copy/common.ts';
import type { SaveData } from '../story/save.ts';
import type { RegionSetting } from '../../content/regions.ts';
import type { RoadMap } from '../teaching/road-map.ts';

/** The debrief's builder, with its teaching text and references: a chunk of its own, loaded once (retried on failure). */
const loadDebriefBuilder = lazy(() => import('../teaching/debrief.ts'));

export interface ScenarioEntry {
  meta: ScenarioMeta;
  /** Fetches the compiled story and makes a fresh ink Story from it. */
  load(): Promise<InkStoryLike>;
  /** The map of the road not taken, from the build's walk of the story. */
  roadMap?: () => Promise<RoadMap>;
}

export interface ResumeOffer {
  scenario: ScenarioMeta;
  steps: number;
  savedAt: string;
}

export type Screen =
  | { name: 'menu'; resume: ResumeOffer | undefined }
  | { name: 'loading'; scenario: ScenarioMeta }
  | { name: 'intro'; scenario: ScenarioMeta; resume: ResumeOffer | undefined }
  | { name: 'play'; scenario: ScenarioMeta; snapshot: SessionSnapshot; resumed: boolean }
  | {
      name: 'debrief';
      scenario: ScenarioMeta;
      debrief: DebriefData;
      /** After a rewind: the run before it, to compare side by side. */
      previous?: DebriefData;
    }
  /** Every source the game draws on, from the menu. */
  | { name: 'references' };

export interface Notice {
  level: 'info' | 'warning' | 'error';
  text: string;
}

/** What became of a choice: taken, or refused with the reason (a story error is also shown as an 'app/notice'). */
export type ChoiceResult = { ok: true } | { ok: false; message: string };

/** This tab's save was changed or removed by another tab: it stops saving until the player chooses. */
export interface SaveConflict {
  scenario: ScenarioMeta;
  removed: boolean;
}

/** Work just discarded that can be brought back (e.g. "Start it again"). */
export interface Undoable {
  text: string;
  undo: () => Promise<void>;
}

export interface AppEvents extends SessionEvents {
  'app/screen': Screen;
  'app/notice': Notice;
  'app/save-conflict': SaveConflict;
  'app/undo': Undoable;
}

export class App {
  readonly events = new Emitter<AppEvents>();
  readonly scenarios: readonly ScenarioEntry[];
  private session: Session | undefined;
  private sessionHandles: Unsubscribe[] = [];
  private screen: Screen = { name: 'menu', resume: undefined };
  private storageWarned = false;
  private draftWarned = false;
  private tooBigWarned = false;
  /** The scenario whose save another tab changed: this tab writes nothing to it until the player chooses. */
  private conflict: string | undefined;
  /** The last write did not keep everything (failed, too big, or held by a conflict): leaving loses text. */
  private lastWriteKeptAll = true;
  private frameworkId: FrameworkId = DEFAULT_FRAMEWORK;
  /** Bumped by each request for the debrief and each screen change: only the latest request shows. */
  private debriefToken = 0;
  /** The debrief of the run the learner rewound from, kept (in memory) to compare with the next. */
  private previousRun: { scenario: string; debrief: DebriefData } | undefined;
  /** Where the learner practises: the debrief names each standard in that regulator's code. */
  private region: RegionSetting = 'unset';
  /** Increases with every begin(): a slow load that finishes after a newer begin() is dropped. */
  private beginToken = 0;

  constructor(
    scenarios: readonly ScenarioEntry[],
    private readonly saves: SaveStore,
    private readonly options: {
      /** Runs while a scenario loads, e.g. to fetch the post checker for a story with a composer. */
      beforeStart?: (meta: ScenarioMeta) => Promise<void> | void;
    } = {},
  ) {
    this.scenarios = scenarios.toSorted((a, b) => (a.meta.order ?? 1e6) - (b.meta.order ?? 1e6) || a.meta.title.localeCompare(b.meta.title));
  }

  get currentScreen(): Screen {
    return this.screen;
  }

  get currentSession(): Session | undefined {
    return this.session;
  }

  find(id: string): ScenarioEntry | undefined {
    return this.scenarios.find((s) => s.meta.id === id);
  }

  /** A saved, unfinished play-through of this scenario that still fits the story, if any. */
  resumeOffer(id: string): ResumeOffer | undefined {
    const entry = this.find(id);
    if (!entry) return undefined;
    const read = this.saves.read(id, { fingerprint: entry.meta.fingerprint });
    if (!read.ok) {
      if (read.problem !== 'empty') {
        this.notice('warning', read.message);
        this.saves.clear(id);
      }
      return undefined;
    }
    if (read.save.choices.length === 0 && !read.save.draft) return undefined;
    return { scenario: entry.meta, steps: read.save.choices.length, savedAt: read.save.savedAt };
  }

  /**
   * Start-up: deep link (`?play=id`), else the menu, offering to continue the last scenario played.
   * `resume`: the learner asked to carry on (a learning platform resuming an attempt): the saved
   * play-through opens where it was left, without the menu or the offer in between.
   */
  async init(params: { play?: string | null; resume?: boolean } = {}): Promise<void> {
    if (params.play && !this.find(params.play)) {
      this.notice('warning', COMMON_COPY.unknownScenario(echoInput(params.play), 'menu'));
    } else if (params.resume) {
      const id = params.play ?? this.saves.active();
      const offer = id ? this.resumeOffer(id) : undefined;
      if (offer) {
        await this.begin(offer.scenario.id, { resume: true });
        if (this.screen.name === 'play') this.notice('info', LMS_COPY.welcomeBack(offer.scenario.title));
        return;
      }
    }
    if (params.play && this.find(params.play)) {
      await this.open(params.play);
      return;
    }
    // Closed or reloaded on the debrief: the finished play-through is kept until the player leaves it.
    const active = this.saves.active();
    const entry = active ? this.find(active) : undefined;
    if (entry) {
      const read = this.saves.read(entry.meta.id, { fingerprint: entry.meta.fingerprint });
      if (read.ok && read.save.finished) {
        await this.begin(entry.meta.id, { resume: true });
        return;
      }
    }
    this.showMenu();
  }

  showReferences(): void {
    this.beginToken++;
    this.leaveDebrief();
    this.endSession();
    this.setScreen({ name: 'references' });
  }

  showMenu(): void {
    this.beginToken++; // a scenario still loading must not pull the player back out of the menu
    this.leaveDebrief();
    this.endSession();
    const active = this.saves.active();
    this.setScreen({ name: 'menu', resume: active ? this.resumeOffer(active) : undefined });
  }

  /** Open a scenario from the menu: content notes and a resume offer first, when there are any. */
  async open(id: string): Promise<void> {
    const entry = this.find(id);
    if (!entry) {
      this.notice('error', COMMON_COPY.unknownScenario(echoInput(id)));
      return;
    }
    const resume = this.resumeOffer(id);
    if (entry.meta.contentNotes.length > 0 || resume) {
      this.setScreen({ name: 'intro', scenario: entry.meta, resume });
      return;
    }
    await this.begin(id, { resume: false });
  }

  /** Play a scenario from the start, or from its save. */
  async begin(id: string, { resume }: { resume: boolean }): Promise<void> {
    const entry = this.find(id);
    if (!entry) {
      this.notice('error', COMMON_COPY.unknownScenario(echoInput(id)));
      return;
    }
    const token = ++this.beginToken;
    if (!resume || this.screen.name !== 'debrief' || this.screen.scenario.id !== id) this.leaveDebrief();
    this.conflict = undefined;
    this.endSession();
    this.setScreen({ name: 'loading', scenario: entry.meta });
    const cannotStart = (error: unknown) => {
      this.notice('error', `“${entry.meta.title}” could not start (${messageOf(error)}). Please choose again, or tell whoever looks after this game.`);
      this.showMenu();
    };
    let story: InkStoryLike;
    try {
      [story] = await Promise.all([entry.load(), this.options.beforeStart?.(entry.meta)]);
    } catch (error) {
      if (token === this.beginToken) cannotStart(error);
      return;
    }
    if (token !== this.beginToken) return; // a newer begin() has taken over
    let replay: Replay = { choices: [] };
    let draft: SaveData['draft'];
    if (resume) {
      const read = this.saves.read(id, { fingerprint: entry.meta.fingerprint });
      if (read.ok) {
        replay = { choices: read.save.choices, inputs: read.save.inputs ?? {}, verdicts: read.save.verdicts ?? {} };
        draft = read.save.draft;
      } else if (read.problem !== 'empty') {
        this.notice('warning', read.message);
        this.saves.clear(id);
      }
    } else {
      this.discard(entry);
    }
    let session: Session;
    try {
      session = Session.start(story, entry.meta, replay);
    } catch (error) {
      if (!(error instanceof ReplayError)) return cannotStart(error);
      // The fingerprint matched, so the story is the one saved in: the save itself is wrong.
      this.notice('warning', SAVES_COPY.replayFailed(error.message));
      this.saves.clear(id);
      try {
        story = await entry.load();
        if (token !== this.beginToken) return;
        session = Session.start(story, entry.meta);
      } catch (again) {
        if (token === this.beginToken) cannotStart(again);
        return;
      }
    }
    if (draft) {
      const problems = session.updateForm(draft);
      if (problems.length) this.notice('warning', SAVES_COPY.draftLost(problems.join('; ')));
    }
    this.attach(session);
    const snapshot = session.snapshot();
    if (snapshot.finished) {
      await this.showDebrief();
      return;
    }
    this.setScreen({ name: 'play', scenario: entry.meta, snapshot, resumed: replay.choices.length > 0 });
  }

  /**
   * The player takes choice `index` (0-based). Refused, with nothing changed, when no scenario is being
   * played, the index is not one of the current choices, or the story fails at this choice.
   */
  choose(index: number): ChoiceResult {
    if (!this.session || this.screen.name !== 'play') return { ok: false, message: 'No scenario is being played.' };
    if (this.session.isFinished) return { ok: false, message: 'The scenario has ended.' };
    try {
      this.session.choose(index);
      return { ok: true };
    } catch (error) {
      // Session.choose throws RangeError for an index that is not a current choice.
      if (error instanceof RangeError) return { ok: false, message: `There is no choice ${index + 1} here.` };
      if (!(error instanceof StoryError)) throw error;
      // The story broke at this choice. Progress up to the previous choice is saved; say so plainly.
      const message = `The story hit a problem (${error.message}). Your progress up to your last choice is saved; choose again or return to the menu.`;
      this.notice('error', message);
      return { ok: false, message };
    }
  }

  /** The player edits the phone's open forms; bad values get a notice and change nothing. */
  updateForm(values: Readonly<Record<string, unknown>>): void {
    if (!this.session || this.screen.name !== 'play' || this.session.isFinished) return;
    const problems = this.session.updateForm(values);
    if (problems.length) this.notice('warning', `That could not be set: ${problems.join('; ')}.`);
    else this.persist(this.session);
  }

  /**
   * Unsent text would be lost by leaving now: the last save did not keep it (storage blocked or full, too
   * big, or held while another tab's change is unresolved). The page asks before unloading only then.
   */
  hasUnsavedText(): boolean {
    const draft = this.session?.toSave().draft;
    const text = draft ? Object.values(draft).some((v) => typeof v === 'string' && v.trim() !== '') : false;
    return text && (!this.lastWriteKeptAll || this.conflict !== undefined);
  }

  /**
   * Another tab changed storage (a 'storage' event; key null: all of it was cleared). When it is the save
   * of the scenario on screen and it is not what this tab wrote, say so and stop saving until the player
   * chooses (useOtherSave / keepThisTab); on the menu, the resume offer is brought up to date.
   */
  storageChanged(key: string | null): void {
    if (key !== null && key !== ACTIVE_KEY && !key.startsWith(SAVE_PREFIX)) return;
    const screen = this.screen;
    if (screen.name === 'menu') {
      // Drawn again only when the offer changed, so a player reading the menu is not moved about.
      const active = this.saves.active();
      const offer = active ? this.resumeOffer(active) : undefined;
      if (JSON.stringify(offer) !== JSON.stringify(screen.resume)) this.setScreen({ name: 'menu', resume: offer });
      return;
    }
    const id = (screen.name === 'play' || screen.name === 'debrief') && this.session ? this.session.meta.id : undefined;
    if (!id || (key !== null && key !== saveKey(id)) || this.conflict === id) return;
    if (!this.saves.changedElsewhere(id)) return;
    this.conflict = id;
    this.events.emit('app/save-conflict', { scenario: this.session!.meta, removed: this.saves.raw(id) === null });
  }

  /** After a conflict: follow the other tab (its save, or a fresh start if it cleared it). */
  async useOtherSave(): Promise<void> {
    const id = this.conflict;
    if (!id) return;
    this.conflict = undefined;
    this.saves.adopt(id);
    await this.begin(id, { resume: true });
  }

  /** After a conflict: this tab's progress becomes the save again. */
  keepThisTab(): void {
    const id = this.conflict;
    this.conflict = undefined;
    if (!id || this.session?.meta.id !== id) return;
    this.persist(this.session);
    this.notice('info', SAVES_COPY.conflict.keptThis);
  }

  /** Write the session's save (held while another tab's change is unresolved); say once when it cannot be kept. */
  private persist(session: Session): void {
    if (this.conflict === session.meta.id) {
      this.lastWriteKeptAll = false;
      return;
    }
    const result: StoreResult = this.saves.write(session.toSave());
    this.lastWriteKeptAll = result.ok && !result.draftDropped;
    if (result.ok) {
      if (result.draftDropped && !this.draftWarned) {
        this.draftWarned = true;
        this.notice('warning', SAVES_COPY.draftTooBig);
      }
      return;
    }
    if (result.reason === 'too-big') {
      if (!this.tooBigWarned) {
        this.tooBigWarned = true;
        this.notice('warning', result.message);
      }
      return;
    }
    if (!this.storageWarned) {
      this.storageWarned = true;
      this.notice('warning', result.message);
    }
  }

  /** Leaving the debrief: the finished play-through it shows is no longer needed. */
  private leaveDebrief(): void {
    if (this.screen.name === 'debrief') this.saves.clear(this.screen.scenario.id);
    this.previousRun = undefined;
  }

  /**
   * Rewind: from the debrief, back to decision `step` (0-based among the choices made), taking option
   * `option` there instead, and play on. The debrief after it compares the two runs side by side.
   */
  async rewind(step: number, option: number): Promise<ChoiceResult> {
    const session = this.session;
    if (!session || this.screen.name !== 'debrief') return { ok: false, message: 'There is no finished scenario to go back into.' };
    const made = session.choicesMade;
    if (!Number.isInteger(step) || step < 0 || step >= made.length) return { ok: false, message: `There is no decision ${step + 1} to go back to.` };
    const offered = session.choicePoints[step]?.choices.length ?? 0;
    if (!Number.isInteger(option) || option < 0 || option >= offered) return { ok: false, message: `There is no option ${option + 1} at that decision.` };
    const entry = this.find(session.meta.id);
    if (!entry) return { ok: false, message: COMMON_COPY.unknownScenario(echoInput(session.meta.id)) };
    const previous = this.screen.debrief;
    const inputs = Object.fromEntries(Object.entries(session.inputsTaken).filter(([k]) => Number(k) <= step));
    const token = ++this.beginToken;
    let next: Session;
    try {
      const story = await entry.load();
      if (token !== this.beginToken) return { ok: false, message: 'Something else was opened meanwhile.' };
      next = Session.start(story, entry.meta, { choices: [...made.slice(0, step), option], inputs });
    } catch (error) {
      const message = `That decision could not be replayed (${messageOf(error)}). Your debrief is still here.`;
      this.notice('error', message);
      return { ok: false, message };
    }
    this.previousRun = { scenario: entry.meta.id, debrief: previous };
    this.attach(next);
    this.persist(next);
    const snapshot = next.snapshot();
    if (snapshot.finished) await this.showDebrief();
    else this.setScreen({ name: 'play', scenario: entry.meta, snapshot, resumed: true });
    return { ok: true };
  }

  /** Starting again: the earlier unfinished progress is cleared, with an undo. */
  private discard(entry: ScenarioEntry): void {
    const id = entry.meta.id;
    const raw = this.saves.raw(id);
    const read = raw ? this.saves.read(id, { fingerprint: entry.meta.fingerprint }) : undefined;
    this.saves.clear(id);
    if (!raw || !read?.ok || read.save.finished || read.save.choices.length === 0) return;
    this.events.emit('app/undo', {
      text: SAVES_COPY.undo.startedAgain(entry.meta.title, read.save.choices.length),
      undo: async () => {
        const result = this.saves.restore(id, raw);
        if (!result.ok) {
          this.notice('warning', result.message);
          return;
        }
        await this.begin(id, { resume: true });
        this.notice('info', SAVES_COPY.undo.undone);
      },
    });
  }

  /** Start the current scenario again from the beginning. */
  async restart(): Promise<void> {
    const id = this.session?.meta.id ?? (this.screen.name === 'debrief' ? this.screen.scenario.id : undefined);
    if (!id) return;
    await this.begin(id, { resume: false });
  }

  private attach(session: Session): void {
    this.endSession();
    this.session = session;
    // oxlint-disable-next-line typescript/no-unnecessary-type-parameters -- K ties the event's name to its payload
    const forward = <K extends keyof SessionEvents>(type: K) => session.events.on(type, (payload) => this.events.emit(type, payload));
    this.sessionHandles = [
      forward('story/entry'),
      forward('story/choices'),
      forward('phone/cue'),
      forward('ledger/changed'),
      // Saved after every choice, the last one too: marked finished, it brings a reload back to the
      // debrief, and is cleared when the player leaves the debrief. Stored before anyone hears of it, so a
      // listener (the learning platform's commit) finds the save already written.
      session.events.on('session/saved', () => this.persist(session)),
      forward('session/saved'),
      forward('story/ended'),
    ];
  }

  /**
   * After the story's last line: the debrief for the play-through just finished. Its builder (the teaching
   * text and references) is a chunk fetched the first time; a screen changed meanwhile is left alone.
   */
  async showDebrief(): Promise<void> {
    const session = this.session;
    if (!session || !session.isFinished) return;
    const token = ++this.debriefToken;
    let builder: typeof DebriefBuilder;
    try {
      builder = await loadDebriefBuilder();
    } catch (error) {
      if (token === this.debriefToken) this.notice('error', `The debrief could not be loaded (${messageOf(error)}). Try again in a moment.`);
      return;
    }
    const { buildDebrief } = builder;
    if (token !== this.debriefToken || this.session !== session) return;
    const snapshot = session.snapshot();
    const previous = this.previousRun?.scenario === session.meta.id ? this.previousRun.debrief : undefined;
    this.setScreen({
      name: 'debrief',
      scenario: session.meta,
      ...(previous ? { previous } : {}),
      debrief: buildDebrief({
        scenarioTitle: session.meta.title,
        ledger: snapshot.ledger,
        ending: snapshot.ending,
        frameworkId: this.frameworkId,
        reflect: session.meta.reflect ?? [],
        supportShown: snapshot.support,
        region: this.region,
        offered: session.choicePoints,
      }),
    });
  }

  /** The standards framework the debrief speaks in; an open debrief is rebuilt in it. */
  setFramework(id: FrameworkId): void {
    if (id === this.frameworkId) return;
    this.frameworkId = id;
    if (this.screen.name === 'debrief') void this.showDebrief();
  }

  /** Where the learner practises; an open debrief is rebuilt to name the standards in that regulator's code. */
  setRegion(region: RegionSetting): void {
    if (region === this.region) return;
    this.region = region;
    if (this.screen.name === 'debrief') void this.showDebrief();
  }

  get currentRegion(): RegionSetting {
    return this.region;
  }

  /** A standard named as the learner reads it: their regulator's code (or the chosen framework) beside HCPC. */
  nameStandard(number: number): StandardName {
    return standardName(number, this.frameworkId, findRegion(this.region));
  }

  private endSession(): void {
    for (const h of this.sessionHandles.splice(0)) h();
    this.session = undefined;
  }

  private setScreen(screen: Screen): void {
    this.debriefToken++;
    this.screen = screen;
    this.events.emit('app/screen', screen);
  }

  notice(level: Notice['level'], text: string): void {
    this.events.emit('app/notice', { level, text });
  }
}
