/**
 * The story side of a group session: one scenario's `Session`, loaded and replayed THROUGH
 * `Session.start(story, meta, replay)` (the saved choices and the form values at each), and read back as
 * the group's steps — each choice point's passage, prompt and options, and once decided, its consequence.
 * Nothing here knows about votes, screens or the room: that is facilitation.ts.
 */
import type { ScenarioEntry } from '../app/app.ts';
import type { FormValues } from '../phone/pieces.ts';
import { ReplayError, Session, type Replay } from '../story/session.ts';
import type { EndingValue, StandardImpact } from '../story/tag-specs.ts';
import { MAX_OPTIONS, type Para } from './model.ts';
import { roadNotTaken, splitReveal, toParas, type CueDescriber, type RoadOutcome } from './road-not-taken.ts';
import type { PhoneState } from '../phone/phone.ts';
import type { FormsView, OptionView } from './view.ts';

/** One choice point of the story as the group sees it. */
export interface StoryStep {
  passage: Para[];
  prompt: string | undefined;
  options: OptionView[];
  /** The story's replay just before this choice was taken (for the road not taken); set once decided. */
  before: Replay | undefined;
  /**
   * The phone as the room saw it at this step: when the choice was offered (its passage and choice screens)
   * and after its consequence (its reveal), so a screen looked back at shows the phone as it was then.
   */
  phone: {
    atChoice: PhoneState | undefined;
    atReveal: PhoneState | undefined;
    /** Just after each paragraph of the passage: a passage's page shows the phone as its text has got to. */
    passage: readonly (PhoneState | undefined)[];
  };
  decision:
    | {
        taken: number;
        /** The form values the room set at this decision, if a form was open. */
        input?: FormValues;
        reveal: Para[];
        impacts: StandardImpact[];
        feedback: string[];
      }
    | undefined;
}

/** A decision to replay: the option taken and any form values set at it. */
export interface TakenBefore {
  taken: number;
  input?: FormValues;
}

export class StoryTrack {
  private stepList: StoryStep[] = [];
  private endList: Para[] = [];

  private constructor(
    readonly entry: ScenarioEntry,
    readonly session: Session,
    private readonly describe: CueDescriber,
  ) {
    this.rebuild();
  }

  /**
   * Load the scenario and replay the decisions already taken through `Session.start`. Throws ReplayError
   * when they no longer fit the story (or `optionCounts`, the votes' lengths, no longer match the options).
   */
  static async open(entry: ScenarioEntry, decisions: readonly TakenBefore[], describe: CueDescriber, optionCounts?: readonly number[]): Promise<StoryTrack> {
    const story = await entry.load();
    const inputs: Record<number, FormValues> = {};
    decisions.forEach((d, i) => {
      if (d.input) inputs[i] = d.input;
    });
    const replay: Replay = { choices: decisions.map((d) => d.taken), inputs };
    const track = new StoryTrack(entry, Session.start(story, entry.meta, replay), describe);
    optionCounts?.forEach((count, i) => {
      if (track.stepList[i]?.options.length !== count) throw new ReplayError(`decision ${i + 1} does not fit the story`);
    });
    return track;
  }

  get steps(): readonly StoryStep[] {
    return this.stepList;
  }

  get finished(): boolean {
    return this.session.isFinished;
  }

  get ending(): EndingValue | undefined {
    return this.session.snapshot().ending;
  }

  /** The story after the last decision, when it has finished. */
  get endParas(): readonly Para[] {
    return this.endList;
  }

  /** The choice point being decided, if the story has not finished. */
  get live(): StoryStep | undefined {
    const last = this.stepList[this.stepList.length - 1];
    return last && !last.decision ? last : undefined;
  }

  /** Take option `index` at the live choice point. Throws StoryError when the story fails (nothing recorded). */
  take(index: number): void {
    this.session.choose(index);
    this.rebuild();
  }

  /** The room's values for the phone's open form; returns the problems (empty: all taken). */
  updateForm(values: Readonly<Record<string, unknown>>): string[] {
    return this.session.updateForm(values);
  }

  /** The phone's open form at the live choice point, for the presenter's controls and the projector. */
  forms(): FormsView | null {
    if (!this.live) return null;
    const phone = this.session.snapshot().phone;
    if (phone.forms.length === 0) return null;
    return { step: this.stepList.length - 1, forms: phone.forms, values: { ...phone.form }, context: this.session.postContext };
  }

  /** What option `option` at decided step `stepIndex` would have led to, on a fresh copy of the story. */
  road(stepIndex: number, option: number): Promise<RoadOutcome> {
    const before = this.stepList[stepIndex]?.before;
    if (!before) return Promise.reject(new RangeError(`decision ${stepIndex + 1} has not been taken`));
    return roadNotTaken(() => this.entry.load(), this.entry.meta, before, option, this.describe);
  }

  /** The steps, read from the session's transcript: it is cut at each choice the story records. */
  private rebuild(): void {
    const snap = this.session.snapshot();
    const points = this.session.choicePoints;
    const made = this.session.choicesMade;
    const inputs = this.session.inputsTaken;
    // The transcript cut at each choice, as paragraphs, each with the phone as it was just after it.
    const segments: { paras: Para[]; phones: (PhoneState | undefined)[]; choice: PhoneState | undefined }[] = [{ paras: [], phones: [], choice: undefined }];
    snap.transcript.forEach((e, at) => {
      const phone = this.session.phoneAt({ entry: at });
      if (e.kind === 'choice') {
        segments.push({ paras: [], phones: [], choice: phone });
        return;
      }
      const segment = segments[segments.length - 1]!;
      for (const para of toParas([e], this.describe)) {
        segment.paras.push(para);
        segment.phones.push(phone);
      }
    });
    const steps: StoryStep[] = [];
    let passage = segments[0]!.paras;
    let passagePhones = segments[0]!.phones;
    points.forEach((point, i) => {
      const options = point.choices.slice(0, MAX_OPTIONS).map((c) => ({ text: c.text, impacts: c.impacts }));
      const atChoice = this.session.phoneAt({ point: i });
      const step: StoryStep = {
        passage,
        prompt: point.discuss,
        options,
        before: undefined,
        phone: { atChoice, atReveal: undefined, passage: passagePhones },
        decision: undefined,
      };
      steps.push(step);
      if (i >= made.length) return;
      const next = segments[i + 1] ?? { paras: [], phones: [], choice: undefined };
      const { reveal, rest } = splitReveal(next.paras);
      // After the consequence's last paragraph; a reveal of nothing shows the phone as the choice left it.
      step.phone.atReveal = (reveal.length > 0 ? next.phones[reveal.length - 1] : next.choice) ?? atChoice;
      const recorded = snap.ledger.decisions[i];
      const stepInputs = Object.fromEntries(Object.entries(inputs).filter(([k]) => Number(k) <= i));
      step.before = { choices: made.slice(0, i), inputs: stepInputs };
      const input = inputs[i];
      step.decision = {
        taken: made[i]!,
        ...(input ? { input: { ...input } } : {}),
        reveal,
        impacts: recorded?.impacts ?? [],
        feedback: recorded?.feedback ?? [],
      };
      passage = rest;
      passagePhones = next.phones.slice(reveal.length);
    });
    this.stepList = steps;
    this.endList = snap.finished ? passage : [];
  }
}
