/**
 * Finding a learning platform's SCORM API and connecting the game to it. The search is the specs' own:
 * this window, then each parent frame up the chain, then the window that opened this one (and its
 * parents). SCORM 2004 names its API `API_1484_11`, SCORM 1.2 `API`. A package's launch link says which to
 * look for (`?scorm=1.2` or `?scorm=2004`); without it, 2004 is tried first. No API: the game plays as a
 * website, saving in this browser. The search is in the entry; connecting (src/adapters/lms-connect.ts) is a
 * chunk of its own, fetched only when an API is found.
 */
import { isRecord } from '../core/guards.ts';
import type { ScormApi, ScormVersion } from '../core/lms/scorm.ts';

/** The ADL search gives up after this many parents (SCORM 1.2 suggested 7; nested LMS frames go deeper). */
const MAX_PARENTS = 10;

const API_NAMES: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };

type RawApi = Record<string, unknown>;

function apiIn(win: Window, version: ScormVersion): RawApi | undefined {
  try {
    // A parent on another origin throws on any property read: then it has no API we can use.
    const api: unknown = Reflect.get(win, API_NAMES[version]);
    return isRecord(api) ? api : undefined;
  } catch {
    return undefined;
  }
}

function searchUp(start: Window | null, version: ScormVersion): RawApi | undefined {
  let win = start;
  for (let depth = 0; win && depth <= MAX_PARENTS; depth++) {
    const api = apiIn(win, version);
    if (api) return api;
    let parent: Window | null;
    try {
      parent = win.parent;
    } catch {
      return undefined;
    }
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

const truthy = (value: unknown) => value === true || value === 'true';

const asText = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');
/** A window (another frame's, or the opener) as far as the search needs one. */
const isWindow = (value: unknown): value is Window => typeof value === 'object' && value !== null && 'parent' in value;

/** The raw API as the core's `ScormApi`: one set of calls for both versions. */
function wrap(raw: RawApi, version: ScormVersion): ScormApi {
  const call = (name: string, ...args: string[]): unknown => {
    const fn = raw[name];
    if (typeof fn !== 'function') throw new Error(`the platform's API has no ${name}`);
    const result: unknown = Reflect.apply(fn, raw, args);
    return result;
  };
  const names =
    version === '1.2'
      ? {
          init: 'LMSInitialize',
          end: 'LMSFinish',
          get: 'LMSGetValue',
          set: 'LMSSetValue',
          commit: 'LMSCommit',
          error: 'LMSGetLastError',
          text: 'LMSGetErrorString',
        }
      : { init: 'Initialize', end: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', error: 'GetLastError', text: 'GetErrorString' };
  return {
    initialize: () => truthy(call(names.init, '')),
    terminate: () => truthy(call(names.end, '')),
    getValue: (element) => asText(call(names.get, element)),
    setValue: (element, value) => truthy(call(names.set, element, value)),
    commit: () => truthy(call(names.commit, '')),
    lastError: () => Number(call(names.error)) || 0,
    errorString: (code) => asText(call(names.text, String(code))),
  };
}

/** The LMS's API by the specs' search, for the version asked for (else 2004, then 1.2). */
export function findScormApi(win: Window, prefer?: ScormVersion): { api: ScormApi; version: ScormVersion } | undefined {
  const versions: ScormVersion[] = prefer ? [prefer] : ['2004', '1.2'];
  for (const version of versions) {
    let opener: Window | null = null;
    try {
      const found: unknown = win.opener;
      if (isWindow(found)) opener = found;
    } catch {
      opener = null;
    }
    const raw = searchUp(win, version) ?? searchUp(opener, version);
    if (raw) return { api: wrap(raw, version), version };
  }
  return undefined;
}

/** The API a launch link asks for (`?scorm=1.2` or `?scorm=2004`), found by the specs' search. */
export function findLaunchApi(win: Window, params: URLSearchParams): { api: ScormApi; version: ScormVersion } | undefined {
  const asked = params.get('scorm');
  return findScormApi(win, asked === '1.2' || asked === '2004' ? asked : undefined);
}
