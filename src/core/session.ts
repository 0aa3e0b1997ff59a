/**
 * One play-through of one scenario: drives the story runner, keeps the transcript, the ledger and the phone,
 * and tells views what happened through typed events. Commands in (`choose`), events out.
 */
import { Emitter } from './events.ts';
import { addFeedback, EMPTY_LEDGER, recordDecision, type Ledger } from './ledger.ts';
import { applyCue, cuesFromTags, INITIAL_PHONE, type PhoneCue, type PhoneState } from './phone.ts';
import { SAVE_VERSION, type SaveData } from './save.ts';
import { StoryRunner, type InkStoryLike, type StoryChoice, type StoryLine, type StoryStep } from './story-runner.ts';
import type { EndingValue } from './tag-specs.ts';

export interface ScenarioMeta {
  id: string;
  title: string;
  summary: string;
  minutes: number | undefined;
  order: number | undefined;
  contentNotes: string[];
  /** Changes whenever the compiled story changes; ties saves to a story version. */
  fingerprint: string;
}

export type TranscriptEntry =
  | { kind: 'line'; text: string; feedback: boolean }
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
}

export interface SessionEvents extends Record<string, unknown> {
  'story/line': { line: StoryLine };
  'story/choices': { choices: StoryChoice[]; discuss: string | undefined };
  'story/ended': { ending: EndingValue | undefined };
  'phone/cue': { cue: PhoneCue; state: PhoneState };
  'ledger/changed': { ledger: Ledger };
  /** A decision was recorded and the new save is ready to store. */
  'session/saved': { save: SaveData };
}

/** Saved choices no longer fit the story: start afresh. */
export class ReplayError extends Error {}
/** The story itself failed (an ink runtime error): not the player's save, not recoverable by replaying. */
export class StoryError extends Error {}

export class Session {
  readonly events = new Emitter<SessionEvents>();
  private readonly runner: StoryRunner;
  private transcript: TranscriptEntry[] = [];
  private choices: StoryChoice[] = [];
  private discuss: string | undefined;
  private phone: PhoneState = INITIAL_PHONE;
  private ledger: Ledger = EMPTY_LEDGER;
  private ending: EndingValue | undefined;
  private finished = false;
  private history: number[] = [];
  private quiet = false;

  private constructor(
    story: InkStoryLike,
    readonly meta: ScenarioMeta,
    private readonly clock: () => Date,
  ) {
    this.runner = new StoryRunner(story);
  }

  /**
   * Start a scenario, optionally replaying saved choice indices without emitting events. Throws ReplayError
   * when the saved choices no longer fit the story; the caller then starts afresh.
   */
  static start(story: InkStoryLike, meta: ScenarioMeta, replay: readonly number[] = [], clock = () => new Date()): Session {
    const session = new Session(story, meta, clock);
    session.quiet = true;
    try {
      session.absorb(session.runner.continue());
    } catch (error) {
      session.quiet = false;
      throw new StoryError((error as Error).message);
    }
    try {
      for (const index of replay) {
        if (session.finished || index >= session.choices.length) {
          throw new ReplayError(`saved choice ${index} does not exist at step ${session.history.length + 1}`);
        }
        session.takeChoice(index);
      }
    } catch (error) {
      if (error instanceof ReplayError) throw error;
      throw new ReplayError(`the story could not be replayed: ${(error as Error).message}`);
    } finally {
      session.quiet = false;
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
    };
  }

  get choicesMade(): readonly number[] {
    return this.history;
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
    // Advance ink first: if the story fails here, nothing about this choice has been recorded.
    let step: StoryStep;
    try {
      step = this.runner.choose(index);
    } catch (error) {
      throw new StoryError((error as Error).message);
    }
    this.history.push(index);
    this.ledger = recordDecision(this.ledger, { choiceText: choice.text, impacts: choice.impacts, discuss: this.discuss });
    this.transcript.push({ kind: 'choice', text: choice.text, step: this.history.length - 1 });
    this.absorb(step);
    this.emit('ledger/changed', { ledger: this.ledger });
  }

  private absorb(step: StoryStep): void {
    this.discuss = undefined;
    for (const line of step.lines) {
      if (line.feedback) this.ledger = addFeedback(this.ledger, line.text);
      if (line.discuss) this.discuss = line.discuss;
      if (line.text !== '') {
        this.transcript.push({ kind: 'line', text: line.text, feedback: line.feedback });
        this.emit('story/line', { line });
      }
      // The line first, then what it does on the phone ("You tap Accept." then "Request accepted").
      for (const cue of cuesFromTags(line.tags)) {
        this.phone = applyCue(this.phone, cue);
        if (cue.type !== 'platform' && cue.type !== 'time') this.transcript.push({ kind: 'phone', cue });
        this.emit('phone/cue', { cue, state: this.phone });
      }
    }
    this.choices = step.choices;
    if (step.ending) this.ending = step.ending;
    if (step.finished) {
      this.finished = true;
      this.choices = [];
      this.emit('story/ended', { ending: this.ending });
    } else {
      this.emit('story/choices', { choices: this.choices, discuss: this.discuss });
    }
  }

  private emit<K extends keyof SessionEvents>(type: K, payload: SessionEvents[K]): void {
    if (!this.quiet) this.events.emit(type, payload);
  }
}
