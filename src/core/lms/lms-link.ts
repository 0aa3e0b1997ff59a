/**
 * The conversation with a learning platform's SCORM API: start, read and write its data model, commit,
 * finish. Every call is guarded: an LMS that refuses a value, loses its connection or throws never stops
 * play. The learner is told once, in one clear message, and the game carries on with its local copy.
 */
import { LMS_COPY } from '../../content/copy/lms.ts';
import { messageOf } from '../errors.ts';
import { ELEMENTS, formatTimespan, LIMITS, type ScormApi, type ScormVersion } from './scorm.ts';

export interface LmsStart {
  /** 'resume': the learner is coming back to a suspended attempt. */
  entry: string;
  suspendData: string;
  learnerId: string;
  launchData: string;
}

export class LmsLink {
  private readonly startedAt: number;
  private finished = false;
  private troubleTold = false;
  /** Elements the LMS refused (by name), for the tests and the diagnostics in the console. */
  readonly refused: string[] = [];

  private constructor(
    private readonly api: ScormApi,
    readonly version: ScormVersion,
    private readonly tell: (message: string) => void,
    private readonly now: () => number,
  ) {
    this.startedAt = now();
  }

  /** Opens the session with the LMS; undefined (and the learner told) when it will not start. */
  static open(api: ScormApi, version: ScormVersion, tell: (message: string) => void, now: () => number = Date.now): LmsLink | undefined {
    const link = new LmsLink(api, version, tell, now);
    let ok: boolean;
    try {
      ok = api.initialize();
    } catch (error) {
      console.warn(`The learning platform's API failed to start: ${messageOf(error)}`);
      ok = false;
    }
    if (!ok) {
      tell(LMS_COPY.couldNotStart);
      return undefined;
    }
    return link;
  }

  get limits() {
    return LIMITS[this.version];
  }

  get elements() {
    return ELEMENTS[this.version];
  }

  /** The values the game needs at the start. */
  start(): LmsStart {
    const e = this.elements;
    return { entry: this.get(e.entry), suspendData: this.get(e.suspendData), learnerId: this.get(e.learnerId), launchData: this.get(e.launchData) };
  }

  /** A value from the data model ('' when it is unset, unsupported or the LMS fails). */
  get(element: string): string {
    try {
      const value = this.api.getValue(element);
      return typeof value === 'string' ? value : String(value ?? '');
    } catch {
      return '';
    }
  }

  /** Writes one value; a refusal is told to the learner once and play goes on. */
  set(element: string, value: string): boolean {
    if (this.finished) return false;
    let ok: boolean;
    try {
      ok = this.api.setValue(element, value);
    } catch (error) {
      return this.trouble(element, messageOf(error));
    }
    if (ok) return true;
    return this.trouble(element, this.describeLastError());
  }

  /** Asks the LMS to keep what has been set so far (after every decision). */
  commit(): boolean {
    if (this.finished) return false;
    let ok: boolean;
    try {
      ok = this.api.commit();
    } catch (error) {
      return this.trouble('commit', messageOf(error));
    }
    return ok || this.trouble('commit', this.describeLastError());
  }

  /** Leaving: the time spent, "suspend" so the next launch resumes, a last commit, and the end of the session. */
  finish(): void {
    if (this.finished) return;
    const e = this.elements;
    this.set(e.sessionTime, formatTimespan(this.version, this.now() - this.startedAt));
    this.set(e.exit, 'suspend');
    this.commit();
    this.finished = true;
    try {
      this.api.terminate();
    } catch {
      /* the page is going away: nothing more to do */
    }
  }

  get isFinished(): boolean {
    return this.finished;
  }

  private describeLastError(): string {
    try {
      const code = this.api.lastError();
      if (!code) return 'no reason given';
      const text = this.api.errorString(code);
      return text ? `${text}, code ${code}` : `code ${code}`;
    } catch {
      return 'no reason given';
    }
  }

  private trouble(element: string, reason: string): false {
    this.refused.push(element);
    console.warn(`The learning platform did not take ${element}: ${reason}`);
    if (!this.troubleTold) {
      this.troubleTold = true;
      this.tell(LMS_COPY.trouble(reason));
    }
    return false;
  }
}
