/**
 * One play-through of one scenario: drives the story runner, keeps the transcript, the ledger and the phone,
 * and tells views what happened through typed events. Commands in (`choose`), events out.
 */
import { Emitter } from '../events.ts';
import { addFeedback, addImpacts, EMPTY_LEDGER, recordDecision, type Ledger } from '../teaching/ledger.ts';
import { applyCue, cuesFromTags, describeWith, INITIAL_PHONE, QUIET_CUES, type PhoneCue, type PhoneState } from '../phone/phone.ts';
import { formAssignments, POST_RESULT_VARIABLES, SETTING_VARIABLES, type InkValue } from '../phone/piece-variables.ts';
import { checkField, type FormValues } from '../phone/pieces.ts';
import type { PostContext } from '../post-check/analyser.ts';
import { SAVE_VERSION, type SaveData } from './save.ts';
import { StoryRunner, type InkStoryLike, type StoryChoice, type StoryStep } from './story-runner.ts';
import { readAllTags, readTag, type EndingValue } from './tag-specs.ts';
import type { ParsedTag } from './tags.ts';
import { messageOf } from '../errors.ts';

/** A saved play-through: the choices made, and what the player put in the phone's forms at each. */
export interface Replay {
  choices: readonly number[];
  /** Step (0-based position in `choices`) → the form values in force when that choice was taken. */
  inputs?: Readonly<Record<number, FormValues>>;
  /**
   * Step → what the post checker found when that post was sent (`post_flags`…). Replayed as it was, so a
   * resumed play-through takes the same path even when the post's words are not there (a learning platform
   * keeps only the verdict) or the checker has changed since.
   */
  verdicts?: Readonly<Record<number, PostVerdict>>;
}

/** The post checker's findings as the story read them: the derived `post_…` variables. */
export type PostVerdict = Record<string, number | boolean>;

/** The story's cast, places and employer (`#people`, `#places`, `#employer`), for the post analyser. */
export function postContext(globals: readonly ParsedTag[]): PostContext {
  const employer = readTag(globals, 'employer');
  return {
    people: readAllTags(globals, 'people').flat(),
    places: readAllTags(globals, 'places').flat(),
    ...(employer ? { employer } : {}),
  };
}

/** Cues that need the story's current settings before they are drawn. */
const NEEDS_SYNC: ReadonlySet<PhoneCue['type']> = new Set(['settings', 'search', 'pictures', 'composer', 'profile']);

export interface ScenarioMeta {
  id: string;
  title: string;
  summary: string;
  minutes: number | undefined;
  order: number | undefined;
  contentNotes: string[];
  /** Changes whenever the compiled story changes; ties saves to a story version. */
  fingerprint: string;
  /** The story opens the post composer somewhere (so its checker must be loaded before play). */
  usesComposer?: boolean;
  /** The story's own reflection prompts for the debrief (#reflect). */
  reflect?: string[];
}

export type TranscriptEntry =
  | {
      kind: 'line';
      text: string;
      feedback: boolean;
      /** #content-note on the line: shown before it. */
      contentNote?: string;
      /** #support on the line: where to get help is shown after it. */
      support?: boolean;
    }
  | { kind: 'choice'; text: string; step: number }
  /** What happened on the phone, so the text panel carries it too (no information only in the graphics). */
  | { kind: 'phone'; cue: PhoneCue };

export interface SessionSnapshot {
  transcript: readonly TranscriptEntry[];
  choices: readonly StoryChoice[];
  discuss: string | undefined;
  phone: PhoneState;
  ledger: Ledger;
  ending: EndingValue | undefined;
  finished: boolean;
  /** Support has been signposted in this play-through (#support), e.g. because abuse appeared. */
  support: boolean;
}

export interface SessionEvents extends Record<string, unknown> {
  /**
   * One new transcript entry, the same object the snapshot's transcript keeps: a line (content note and
   * support resolved), the player's choice, or a phone event (search results, published post and submitted
   * forms filled in). A view that draws the snapshot's transcript and then these stays in step.
   */
  'story/entry': { entry: TranscriptEntry };
  'story/choices': { choices: StoryChoice[]; discuss: string | undefined };
  'story/ended': { ending: EndingValue | undefined };
  /** Every change to the phone, including those only drawn (QUIET_CUES), with the state after it: for the drawn phone. */
  'phone/cue': { cue: PhoneCue; state: PhoneState };
  'ledger/changed': { ledger: Ledger };
  /** A decision was recorded and the new save is ready to store. */
  'session/saved': { save: SaveData };
}

/** Saved choices no longer fit the story: start afresh. */
export class ReplayError extends Error {}
/** The story itself failed (an ink runtime error): not the player's save, not recoverable by replaying. */
export class StoryError extends Error {}

/** The post checker's part of a choice's assignments (none when no composer was open). */
function pickVerdict(assignments: Readonly<Record<string, InkValue>>): PostVerdict | undefined {
  const verdict: PostVerdict = {};
  for (const name of POST_RESULT_VARIABLES) {
    const value = assignments[name];
    if (typeof value === 'number' || typeof value === 'boolean') verdict[name] = value;
  }
  return Object.keys(verdict).length ? verdict : undefined;
}

const isChoiceList = (replay: readonly number[] | Replay): replay is readonly number[] => Array.isArray(replay);

export class Session {
  readonly events = new Emitter<SessionEvents>();
  private readonly runner: StoryRunner;
  private transcript: TranscriptEntry[] = [];
  private choices: StoryChoice[] = [];
  private discuss: string | undefined;
  /** What the coming decision covers (#covers), for the debrief's good-practice advice. */
  private covers: string[] = [];
  private phone: PhoneState = INITIAL_PHONE;
  private ledger: Ledger = EMPTY_LEDGER;
  private ending: EndingValue | undefined;
  private finished = false;
  private history: number[] = [];
  /** Every choice point reached, in order: the options offered and the #discuss prompt at each. */
  private offered: { choices: StoryChoice[]; discuss: string | undefined }[] = [];
  /** The phone as it was at each choice point reached, and after each transcript entry (states are never mutated). */
  private phoneAtOffer: PhoneState[] = [];
  private phoneTrail: PhoneState[] = [];
  private inputs: Record<number, FormValues> = {};
  /** Step → the post checker's verdict, for each choice taken with the composer open. */
  private verdicts: Record<number, PostVerdict> = {};
  /** Verdicts from a save being replayed: they stand in for the checker at those steps. */
  private pinned: Readonly<Record<number, PostVerdict>> = {};
  /** What the player has changed in the open forms since the last choice: an unsent draft, saved with the rest. */
  private draft: FormValues = {};
  private quiet = false;
  private readonly context: PostContext;

  private constructor(
    story: InkStoryLike,
    readonly meta: ScenarioMeta,
    private readonly clock: () => Date,
  ) {
    this.runner = new StoryRunner(story);
    const globals = this.runner.globalTags();
    this.context = postContext(globals);
    this.phone = applyCue(this.phone, { type: 'identity', player: readTag(globals, 'player'), employer: this.context.employer });
  }

  /**
   * Start a scenario, optionally replaying saved choice indices without emitting events. Throws ReplayError
   * when the saved choices no longer fit the story; the caller then starts afresh.
   */
  static start(story: InkStoryLike, meta: ScenarioMeta, replay: readonly number[] | Replay = [], clock = () => new Date()): Session {
    const { choices, inputs = {}, verdicts = {} } = isChoiceList(replay) ? { choices: replay } : replay;
    const session = new Session(story, meta, clock);
    session.quiet = true;
    session.pinned = verdicts;
    try {
      session.absorb(session.runner.continue());
    } catch (error) {
      session.quiet = false;
      throw new StoryError(messageOf(error));
    }
    try {
      for (const [step, index] of choices.entries()) {
        if (session.finished || index >= session.choices.length) {
          throw new ReplayError(`saved choice ${index} does not exist at step ${session.history.length + 1}`);
        }
        const input = inputs[step];
        if (input) {
          const problems = session.updateForm(input);
          if (problems.length) throw new ReplayError(`saved input at step ${step + 1} no longer fits: ${problems.join('; ')}`);
        }
        session.takeChoice(index);
      }
    } catch (error) {
      if (error instanceof ReplayError) throw error;
      throw new ReplayError(`the story could not be replayed: ${messageOf(error)}`);
    } finally {
      session.quiet = false;
      session.pinned = {};
    }
    return session;
  }

  snapshot(): SessionSnapshot {
    return {
      transcript: [...this.transcript],
      choices: [...this.choices],
      discuss: this.discuss,
      phone: this.phone,
      ledger: this.ledger,
      ending: this.ending,
      finished: this.finished,
      support: this.transcript.some((t) => t.kind === 'line' && t.support === true),
    };
  }

  get choicesMade(): readonly number[] {
    return this.history;
  }

  /** Every choice point reached so far (replayed ones too): what was offered and the prompt, in order. */
  get choicePoints(): readonly { choices: readonly StoryChoice[]; discuss: string | undefined }[] {
    return this.offered;
  }

  /**
   * The phone as it was when choice point `point` was reached, or just after transcript entry `entry`: a
   * group looking back at an earlier screen sees the phone as it was then.
   */
  phoneAt(at: { point: number } | { entry: number }): PhoneState | undefined {
    return 'point' in at ? this.phoneAtOffer[at.point] : this.phoneTrail[at.entry];
  }

  /** The form values in force when each choice was taken (step → values), as saved. */
  get inputsTaken(): Readonly<Record<number, FormValues>> {
    return this.inputs;
  }

  /** The story's people, places and employer, for the post analyser. */
  get postContext(): PostContext {
    return this.context;
  }

  /**
   * The replay for a choice about to be taken: the choices so far and, when forms are open, the values
   * entered at this point. Append an option to `choices` to play that option on a fresh copy of the story
   * ("the road not taken") with the same inputs.
   */
  get replayHere(): Replay {
    const inputs = { ...this.inputs };
    if (this.phone.forms.length > 0) inputs[this.history.length] = { ...this.phone.form };
    return { choices: [...this.history], inputs, verdicts: { ...this.verdicts } };
  }

  /**
   * The player changes fields in the phone's open forms (settings, composer, picture). Values are checked
   * against the open forms; bad ones are left out and described in the returned list (empty: all taken).
   * They reach the story when the next choice is taken.
   */
  updateForm(values: Readonly<Record<string, unknown>>): string[] {
    const problems: string[] = [];
    const accepted: FormValues = {};
    for (const [name, value] of Object.entries(values)) {
      const check = checkField(this.phone.forms, { ...this.phone.form, ...accepted }, name, value);
      if (check.ok) accepted[name] = check.value;
      else problems.push(check.error);
    }
    if (Object.keys(accepted).length > 0) {
      this.draft = { ...this.draft, ...accepted };
      this.applyPhone({ type: 'form', values: accepted });
    }
    return problems;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  get currentChoices(): readonly StoryChoice[] {
    return this.choices;
  }

  toSave(): SaveData {
    return {
      version: SAVE_VERSION,
      scenario: this.meta.id,
      fingerprint: this.meta.fingerprint,
      choices: [...this.history],
      ...(Object.keys(this.inputs).length ? { inputs: { ...this.inputs } } : {}),
      ...(Object.keys(this.verdicts).length ? { verdicts: { ...this.verdicts } } : {}),
      ...(!this.finished && Object.keys(this.draft).length ? { draft: { ...this.draft } } : {}),
      ...(this.finished ? { finished: true as const } : {}),
      savedAt: this.clock().toISOString(),
    };
  }

  /** The player takes choice `index` (0-based position in the current choices). */
  choose(index: number): void {
    if (this.finished) throw new RangeError('the scenario has ended');
    if (!Number.isInteger(index) || index < 0 || index >= this.choices.length) {
      throw new RangeError(`choice ${index + 1} is not available`);
    }
    this.takeChoice(index);
    this.emit('session/saved', { save: this.toSave() });
  }

  private takeChoice(index: number): void {
    const choice = this.choices[index]!;
    const forms = this.phone.forms;
    const values = this.phone.form;
    // Advance ink first: if the story fails here, nothing about this choice has been recorded.
    let step: StoryStep;
    let verdict: PostVerdict | undefined;
    try {
      if (forms.length > 0) {
        const assignments = { ...formAssignments(forms, values, this.context), ...this.pinned[this.history.length] };
        verdict = pickVerdict(assignments);
        this.runner.setVariables(assignments);
      }
      step = this.runner.choose(index);
    } catch (error) {
      throw new StoryError(messageOf(error));
    }
    if (forms.length > 0) this.inputs[this.history.length] = { ...values };
    if (verdict) this.verdicts[this.history.length] = verdict;
    this.draft = {};
    this.history.push(index);
    this.ledger = recordDecision(this.ledger, { choiceText: choice.text, impacts: choice.impacts, discuss: this.discuss, covers: this.covers });
    this.record({ kind: 'choice', text: choice.text, step: this.history.length - 1 });
    if (forms.length > 0) this.applyPhone({ type: 'submit', values });
    this.absorb(step);
    this.emit('ledger/changed', { ledger: this.ledger });
  }

  private absorb(step: StoryStep): void {
    this.discuss = undefined;
    this.covers = [];
    for (const line of step.lines) {
      for (const slugs of readAllTags(line.tags, 'covers')) this.covers = [...new Set([...this.covers, ...slugs])];
      if (line.feedback) this.ledger = addFeedback(this.ledger, line.text);
      const impacts = readAllTags(line.tags, 'impact');
      if (impacts.length) this.ledger = addImpacts(this.ledger, impacts);
      if (line.discuss) this.discuss = line.discuss;
      const contentNote = readAllTags(line.tags, 'content-note').join(' ') || undefined;
      const support = line.tags.some((t) => t.key === 'support');
      if (line.text !== '' || contentNote || support) {
        this.record({
          kind: 'line',
          text: line.text,
          feedback: line.feedback,
          ...(contentNote ? { contentNote } : {}),
          ...(support ? { support: true as const } : {}),
        });
      }
      // The line first, then what it does on the phone ("You tap Accept." then "Request accepted").
      for (const cue of cuesFromTags(line.tags)) {
        // Settings, search results and the composer start from what the story's variables say now.
        if (NEEDS_SYNC.has(cue.type)) this.syncFromStory();
        this.applyPhone(cue);
      }
    }
    this.choices = step.choices;
    if (step.ending) this.ending = step.ending;
    if (step.finished) {
      this.finished = true;
      this.choices = [];
      this.emit('story/ended', { ending: this.ending });
    } else {
      this.offered.push({ choices: this.choices, discuss: this.discuss });
      this.phoneAtOffer.push(this.phone);
      this.emit('story/choices', { choices: this.choices, discuss: this.discuss });
    }
  }

  private applyPhone(raw: PhoneCue): void {
    const before = this.phone;
    this.phone = applyCue(before, raw);
    const cue = describeWith(raw, before, this.phone);
    if (!QUIET_CUES.has(cue.type)) this.record({ kind: 'phone', cue });
    this.emit('phone/cue', { cue, state: this.phone });
  }

  /** Keep an entry and tell the views: the event carries exactly what the snapshot will show. */
  private record(entry: TranscriptEntry): void {
    this.transcript.push(entry);
    this.phoneTrail.push(this.phone);
    this.emit('story/entry', { entry });
  }

  private syncFromStory(): void {
    const vars = this.runner.readVariables(SETTING_VARIABLES);
    const { profile_picture: picture, ...settings } = vars;
    const clean = Object.fromEntries(Object.entries(settings).filter((e): e is [string, string | boolean] => typeof e[1] !== 'number'));
    this.phone = applyCue(this.phone, { type: 'sync', settings: clean, picture: typeof picture === 'string' && picture !== '' ? picture : undefined });
  }

  private emit<K extends keyof SessionEvents>(type: K, payload: SessionEvents[K]): void {
    if (!this.quiet) this.events.emit(type, payload);
  }
}
