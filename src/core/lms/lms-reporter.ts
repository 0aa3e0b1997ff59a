/**
 * What the learning platform is told as the learner plays: where they are (location), each decision as a
 * `choice` interaction (ids only: the option's letter, the standards as objective ids, the verdict as the
 * spec's result word), each standard as an objective, completion and score when a debrief is reached. A
 * commit after every decision. Nothing the learner typed is ever sent.
 */
import type { App } from '../app/app.ts';
import type { Impact } from '../teaching/standards.ts';
import { worst, type Decision, type Ledger } from '../teaching/ledger.ts';
import { LMS_COPY } from '../../content/copy/lms.ts';
import { completionProgress, packageScore, playThroughScore, type CompletionRule } from './completion.ts';
import type { LmsLink } from './lms-link.ts';
import type { LmsStore } from './lms-store.ts';
import { choiceResponse, formatMoment, interactionResult, scormIdentifier } from './scorm.ts';

export interface LmsReporterOptions {
  app: App;
  link: LmsLink;
  store: LmsStore;
  rule: CompletionRule;
  /** The scenarios the package holds. */
  scenarioIds: readonly string[];
  now?: () => Date;
}

export class LmsReporter {
  private ledger: Ledger | undefined;
  private nextInteraction: number;
  /** Objective id → its index in cmi.objectives. */
  private readonly objectives = new Map<string, number>();
  private postTold = false;
  private readonly now: () => Date;

  /** Starts reporting the app's play to the LMS. */
  static attach(options: LmsReporterOptions): LmsReporter {
    return new LmsReporter(options);
  }

  private constructor(private readonly options: LmsReporterOptions) {
    const { app, link } = options;
    this.now = options.now ?? (() => new Date());
    const count = (element: string) => {
      const n = Number.parseInt(link.get(`${element}._count`), 10);
      return Number.isFinite(n) && n >= 0 ? n : 0;
    };
    this.nextInteraction = count(link.elements.interactions);
    for (let i = 0, n = count(link.elements.objectives); i < n; i++) {
      const id = link.get(`${link.elements.objectives}.${i}.id`);
      if (id) this.objectives.set(id, i);
    }
    this.reportCompletion(false);
    app.events.on('ledger/changed', ({ ledger }) => {
      this.ledger = ledger;
    });
    app.events.on('session/saved', ({ save }) => {
      link.set(link.elements.location, `${save.scenario}:${save.choices.length}`.slice(0, link.limits.location));
      const last = this.ledger?.decisions.at(-1);
      if (last && last.step === save.choices.length - 1 && last.impacts.length > 0) this.reportDecision(save.scenario, last, save.choices.at(-1)!);
      if (!this.postTold && save.verdicts?.[save.choices.length - 1]) {
        this.postTold = true;
        app.notice('info', LMS_COPY.postStaysHere);
      }
      link.commit();
    });
    app.events.on('app/screen', (screen) => {
      if (screen.name === 'play') this.ledger = screen.snapshot.ledger;
      if (screen.name !== 'debrief') return;
      const session = app.currentSession;
      const ledger = session?.isFinished ? session.snapshot().ledger : undefined;
      options.store.markDone(screen.scenario.id, ledger ? playThroughScore(ledger) : null);
      link.set(link.elements.location, `${screen.scenario.id}:debrief`);
      this.reportCompletion(true);
      link.commit();
    });
  }

  private reportDecision(scenario: string, decision: Decision, optionIndex: number): void {
    const { link } = this.options;
    const version = link.version;
    const n = this.nextInteraction++;
    const base = `${link.elements.interactions}.${n}`;
    const result = decision.impacts.reduce<Impact>((w, i) => worst(w, i.impact), 'upheld');
    link.set(`${base}.id`, scormIdentifier(version, scenario, `step-${decision.step + 1}`));
    link.set(`${base}.type`, 'choice');
    const standards = new Map(decision.impacts.map((i) => [`${i.framework}:${i.standard}`, { framework: i.framework, standard: i.standard }]));
    [...standards.values()].forEach(({ framework, standard }, m) => {
      link.set(`${base}.objectives.${m}.id`, scormIdentifier(version, framework, String(standard)));
    });
    link.set(`${base}.${link.elements.response}`, choiceResponse(version, optionIndex));
    link.set(`${base}.result`, interactionResult(version, result));
    link.set(`${base}.${link.elements.when}`, formatMoment(version, this.now()));
    for (const { framework, standard } of standards.values()) {
      this.reportObjective(scormIdentifier(version, framework, String(standard)), this.worstFor(framework, standard));
    }
  }

  /** The worst impact on a standard in the play-through so far. */
  private worstFor(framework: string, standard: number): Impact {
    let out: Impact = 'upheld';
    for (const d of this.ledger?.decisions ?? [])
      for (const i of d.impacts) if (i.framework === framework && i.standard === standard) out = worst(out, i.impact);
    return out;
  }

  private reportObjective(id: string, impact: Impact): void {
    const { link } = this.options;
    let n = this.objectives.get(id);
    const base = (i: number) => `${link.elements.objectives}.${i}`;
    if (n === undefined) {
      n = this.objectives.size;
      this.objectives.set(id, n);
      link.set(`${base(n)}.id`, id);
    }
    if (link.version === '1.2') {
      link.set(`${base(n)}.status`, impact === 'upheld' ? 'passed' : impact === 'breach' ? 'failed' : 'completed');
    } else {
      link.set(`${base(n)}.completion_status`, 'completed');
      link.set(`${base(n)}.success_status`, impact === 'upheld' ? 'passed' : impact === 'breach' ? 'failed' : 'unknown');
    }
  }

  /** Completion by the package's rule; the score where one means something (see completion.ts). */
  private reportCompletion(reachedDebrief: boolean): void {
    const { link, store, rule, scenarioIds } = this.options;
    const done = store.record.done;
    const progress = completionProgress(rule, Object.keys(done), scenarioIds);
    const status = link.get(link.elements.completion);
    const complete = progress >= 1;
    if (complete) link.set(link.elements.completion, 'completed');
    else if (status !== 'completed' && status !== 'passed') link.set(link.elements.completion, 'incomplete');
    if (link.version === '2004') link.set('cmi.progress_measure', progress.toFixed(2));
    if (!reachedDebrief) return;
    const score = packageScore(done, scenarioIds);
    if (score === null) return;
    link.set(link.elements.scoreMin, '0');
    link.set(link.elements.scoreMax, '100');
    link.set(link.elements.scoreRaw, String(score));
    if (link.version === '2004') link.set('cmi.score.scaled', (score / 100).toFixed(2));
  }
}
