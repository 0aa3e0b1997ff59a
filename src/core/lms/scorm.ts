/**
 * The two SCORM run-time dialects the game speaks to a learning platform (LMS): SCORM 1.2 and SCORM 2004
 * 4th edition. Element names, the limits the specs set, and their time formats. Framework-free: the
 * adapter in src/adapters/scorm.ts finds the LMS's API object and wraps it as a `ScormApi`.
 */

export type ScormVersion = '1.2' | '2004';
export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

/** The LMS's API, the same calls in both versions (the adapter maps LMSInitialize/Initialize and so on). */
export interface ScormApi {
  initialize(): boolean;
  terminate(): boolean;
  getValue(element: string): string;
  setValue(element: string, value: string): boolean;
  commit(): boolean;
  /** The last call's error code (0: none). */
  lastError(): number;
  errorString(code: number): string;
}

/** What each spec allows at most, in characters. */
export const LIMITS: Readonly<Record<ScormVersion, { suspendData: number; location: number; identifier: number }>> = {
  // SCORM 1.2 RTE 3.4.2: cmi.suspend_data is CMIString4096, cmi.core.lesson_location CMIString255, CMIIdentifier 255.
  '1.2': { suspendData: 4096, location: 255, identifier: 255 },
  // SCORM 2004 4th ed. RTE 4.2: suspend_data characterstring SPM 64000, location SPM 1000, long_identifier_type SPM 4000.
  '2004': { suspendData: 64_000, location: 1000, identifier: 4000 },
};

interface Elements {
  location: string;
  suspendData: string;
  entry: string;
  exit: string;
  sessionTime: string;
  learnerId: string;
  launchData: string;
  /** 1.2: lesson_status; 2004: completion_status. */
  completion: string;
  scoreRaw: string;
  scoreMin: string;
  scoreMax: string;
  interactions: string;
  objectives: string;
  /** What an interaction's answer is called. */
  response: string;
  /** When an interaction happened. */
  when: string;
}

export const ELEMENTS: Readonly<Record<ScormVersion, Elements>> = {
  '1.2': {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    entry: 'cmi.core.entry',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    learnerId: 'cmi.core.student_id',
    launchData: 'cmi.launch_data',
    completion: 'cmi.core.lesson_status',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    interactions: 'cmi.interactions',
    objectives: 'cmi.objectives',
    response: 'student_response',
    when: 'time',
  },
  '2004': {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    entry: 'cmi.entry',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    learnerId: 'cmi.learner_id',
    launchData: 'cmi.launch_data',
    completion: 'cmi.completion_status',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    interactions: 'cmi.interactions',
    objectives: 'cmi.objectives',
    response: 'learner_response',
    when: 'timestamp',
  },
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A length of time in the spec's own format. 1.2: CMITimespan `HHHH:MM:SS.SS` (hours two to four digits);
 * 2004: an ISO 8601 duration, `PT1H2M3.4S`. Negative or absurd inputs become zero or the largest allowed.
 */
export function formatTimespan(version: ScormVersion, ms: number): string {
  const centis = Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  if (version === '1.2') {
    if (hours > 9999) return '9999:59:59.99';
    return `${pad(hours)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
  }
  const parts = [hours ? `${hours}H` : '', minutes ? `${minutes}M` : '', seconds ? `${Number(seconds.toFixed(2))}S` : ''].join('');
  return `PT${parts || '0S'}`;
}

/** A moment in the spec's format. 1.2: CMITime `HH:MM:SS` (time of day); 2004: `YYYY-MM-DDThh:mm:ss.sZ`. */
export function formatMoment(version: ScormVersion, date: Date): string {
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  if (version === '1.2') return time;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${time}.${Math.floor(date.getUTCMilliseconds() / 100)}Z`;
}

/**
 * An identifier for an interaction or objective. 1.2's CMIIdentifier is letters, digits and a few marks,
 * no spaces; 2004 asks for a URI, so it gets a URN in the game's own namespace.
 */
export function scormIdentifier(version: ScormVersion, ...parts: readonly string[]): string {
  const clean = parts.map((p) => p.toLowerCase().replace(/[^a-z0-9-]+/g, '-'));
  return version === '1.2' ? clean.join('_') : `urn:public-profile:${clean.join(':')}`;
}

/** An option's response: 1.2 allows single characters (a–z, 0–9) for a choice; 2004 a short identifier. */
export function choiceResponse(version: ScormVersion, index: number): string {
  if (version === '1.2') return '0123456789abcdefghijklmnopqrstuvwxyz'[index % 36]!;
  return `option-${index + 1}`;
}

/** A decision's result, in each spec's vocabulary: what the game's verdict on the choice was. */
export type DecisionResult = 'upheld' | 'risk' | 'breach';
export function interactionResult(version: ScormVersion, result: DecisionResult): string {
  if (result === 'upheld') return 'correct';
  if (result === 'breach') return version === '1.2' ? 'wrong' : 'incorrect';
  return 'neutral';
}
