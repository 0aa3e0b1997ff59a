/**
 * The learning-platform pieces in the core: the specs' formats, the compact record in suspend_data, the
 * store that keeps the LMS as the record and this browser as a cache, the link's handling of refusals, and
 * the completion rule and score. (The whole thing against a real LMS runtime is tests/e2e/lms.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { choiceResponse, formatMoment, formatTimespan, interactionResult, scormIdentifier, type ScormApi } from '../../src/core/lms/scorm.ts';
import { decodeRecord, encodeRecord, forLms, POST_KEPT_ELSEWHERE, type LmsRecord } from '../../src/core/lms/lms-record.ts';
import { LmsStore, namespaced } from '../../src/core/lms/lms-store.ts';
import { LmsLink } from '../../src/core/lms/lms-link.ts';
import { completionProgress, packageScore, parseCompletionRule, playThroughScore } from '../../src/core/lms/completion.ts';
import { ACTIVE_KEY, MemoryStore, SaveStore, saveKey } from '../../src/core/app/storage.ts';
import { encodeSave, type SaveData } from '../../src/core/story/save.ts';
import { BlockedStore } from './test-stores.ts';

const FP = 'abcdef0123456789abcdef0123456789';
const save = (over: Partial<SaveData> = {}): SaveData => ({
  version: 1,
  scenario: 'think-before-you-post',
  fingerprint: FP,
  choices: [0, 2, 1],
  inputs: { 1: { post_text: 'Court today for the Pryce kids', post_platform: 'hearth', post_audience: 'public', post_photo: '', post_check_in: '' } },
  verdicts: {
    1: { post_flags: 3, post_serious: true, post_identifies: true, post_case_detail: true, post_derogatory: false, post_employer: false, post_empty: false },
  },
  savedAt: '2026-12-02T10:00:00.000Z',
  ...over,
});

describe('the specs’ formats', () => {
  it('writes a session time as each spec asks', () => {
    expect(formatTimespan('1.2', 0)).toBe('00:00:00.00');
    expect(formatTimespan('1.2', 5_520)).toBe('00:00:05.52');
    expect(formatTimespan('1.2', 3_723_450)).toBe('01:02:03.45');
    expect(formatTimespan('1.2', 1e12)).toBe('9999:59:59.99');
    expect(formatTimespan('1.2', -5)).toBe('00:00:00.00');
    expect(formatTimespan('2004', 0)).toBe('PT0S');
    expect(formatTimespan('2004', 5_520)).toBe('PT5.52S');
    expect(formatTimespan('2004', 3_723_450)).toBe('PT1H2M3.45S');
    expect(formatTimespan('2004', 7_200_000)).toBe('PT2H');
    expect(formatTimespan('2004', Number.NaN)).toBe('PT0S');
  });

  it('writes moments, identifiers, responses and results in each vocabulary', () => {
    const when = new Date('2026-12-02T09:05:07.890Z');
    expect(formatMoment('1.2', when)).toBe('09:05:07');
    expect(formatMoment('2004', when)).toBe('2026-12-02T09:05:07.8Z');
    expect(scormIdentifier('1.2', 'the-request', 'step 3')).toBe('the-request_step-3');
    expect(scormIdentifier('2004', 'hcpc-2008', '7')).toBe('urn:public-profile:hcpc-2008:7');
    expect(choiceResponse('1.2', 0)).toBe('0');
    expect(choiceResponse('1.2', 11)).toBe('b');
    expect(choiceResponse('2004', 1)).toBe('option-2');
    expect(interactionResult('1.2', 'breach')).toBe('wrong');
    expect(interactionResult('2004', 'breach')).toBe('incorrect');
    expect(interactionResult('2004', 'upheld')).toBe('correct');
    expect(interactionResult('1.2', 'risk')).toBe('neutral');
  });
});

describe('the record in suspend_data', () => {
  it('keeps choices, form ids and the checker’s verdict, never the post’s words or a draft, and reads back', () => {
    const record: LmsRecord = {
      active: 'think-before-you-post',
      done: { 'the-page': 80 },
      saves: { 'think-before-you-post': forLms(save({ draft: { post_text: 'unsent words' } })) },
    };
    const { text } = encodeRecord(record, 4096)!;
    expect(text).not.toMatch(/Pryce|unsent/);
    const { record: back, problems } = decodeRecord(text);
    expect(problems).toEqual([]);
    expect(back.active).toBe('think-before-you-post');
    expect(back.done).toEqual({ 'the-page': 80 });
    const resumed = back.saves['think-before-you-post']!;
    expect(resumed.choices).toEqual([0, 2, 1]);
    expect(resumed.verdicts).toEqual(save().verdicts);
    expect(resumed.inputs?.[1]).toEqual({ ...save().inputs![1], post_text: POST_KEPT_ELSEWHERE });
    expect(resumed.draft).toBeUndefined();
    expect(resumed.fingerprint).toBe(FP.slice(0, 12));
  });

  it('leaves out other scenarios’ finished runs, oldest first, to fit; never the choices', () => {
    const saves: Record<string, SaveData> = {};
    for (let i = 0; i < 6; i++) {
      saves[`s${i}`] = save({ scenario: `s${i}`, choices: Array.from({ length: 30 }, () => 1), finished: true, savedAt: `2026-12-0${i + 1}T00:00:00.000Z` });
    }
    saves.open = save({ scenario: 'open', choices: Array.from({ length: 30 }, () => 2) });
    const record: LmsRecord = { active: 'open', done: {}, saves };
    const full = encodeRecord(record, 1e6)!;
    const fitted = encodeRecord(record, full.text.length - 100)!;
    expect(fitted.leftOut).toEqual(['s0']);
    expect(fitted.text.length).toBeLessThanOrEqual(full.text.length - 100);
    expect(encodeRecord(record, 50)).toBeUndefined();
  });

  it('reads what an LMS hands back without throwing, naming what it could not read', () => {
    expect(decodeRecord('').problems).toEqual([]);
    expect(decodeRecord('not json').problems[0]).toMatch(/can read/);
    expect(decodeRecord('{"v":99}').problems[0]).toMatch(/another version/);
    const mixed = decodeRecord(
      JSON.stringify({ v: 1, a: '<script>', d: { ok: 50, 'bad id!': 3, far: 400 }, s: { good: { f: 'abc', c: '01', t: 1 }, bad: { f: 7 } } }),
    );
    expect(mixed.record.active).toBeUndefined();
    expect(mixed.record.done).toEqual({ ok: 50, far: null });
    expect(Object.keys(mixed.record.saves)).toEqual(['good']);
    expect(mixed.problems.join()).toMatch(/“bad”/);
  });
});

/** suspend_data as an LMS keeps it. */
class FakeSuspendData {
  text = '';
  refuse = false;
  writes = 0;
  constructor(readonly suspendDataLimit = 4096) {}
  writeSuspendData(text: string): boolean {
    this.writes++;
    if (this.refuse) return false;
    this.text = text;
    return true;
  }
}

const SCENARIOS = new Map([['think-before-you-post', { fingerprint: FP, title: 'Think before you post' }]]);

describe('the store: the LMS is the record, this browser a cache', () => {
  it('writes the record on every save and resumes from it on a device that has nothing cached', () => {
    const lms = new FakeSuspendData();
    const told: string[] = [];
    const saves = new SaveStore(new LmsStore(lms, new MemoryStore(), '', SCENARIOS, (m) => told.push(m)));
    expect(saves.write(save())).toEqual({ ok: true });
    expect(lms.text).toContain('"a":"think-before-you-post"');
    const elsewhere = new SaveStore(new LmsStore(new FakeSuspendData(), new MemoryStore(), lms.text, SCENARIOS, (m) => told.push(m)));
    const read = elsewhere.read('think-before-you-post', { fingerprint: FP });
    expect(read.ok && read.save.choices).toEqual([0, 2, 1]);
    expect(read.ok && read.save.inputs?.[1]?.post_text).toBe(POST_KEPT_ELSEWHERE);
    expect(elsewhere.active()).toBe('think-before-you-post');
    expect(told).toEqual([]);
  });

  it('prefers the cache’s copy of the same run (it has the words, and what the LMS missed)', () => {
    const lms = new FakeSuspendData();
    const cache = namespaced(new MemoryStore(), 'learner-1:');
    const store = new LmsStore(lms, cache, '', SCENARIOS, () => undefined);
    store.set(saveKey('think-before-you-post'), encodeSave(save()));
    // The LMS then misses a commit: the cache is further on.
    lms.refuse = true;
    store.set(saveKey('think-before-you-post'), encodeSave(save({ choices: [0, 2, 1, 1], savedAt: '2026-12-02T10:05:00.000Z' })));
    const next = new SaveStore(new LmsStore(new FakeSuspendData(), cache, lms.text, SCENARIOS, () => undefined));
    const read = next.read('think-before-you-post', { fingerprint: FP });
    expect(read.ok && read.save.choices).toEqual([0, 2, 1, 1]);
    expect(read.ok && read.save.inputs?.[1]?.post_text).toBe('Court today for the Pryce kids');
  });

  it('follows the LMS when the cache holds another run, and still works with storage blocked', () => {
    const lms = new FakeSuspendData();
    const first = new LmsStore(lms, new MemoryStore(), '', SCENARIOS, () => undefined);
    first.set(saveKey('think-before-you-post'), encodeSave(save({ choices: [1, 1, 1, 1, 1] })));
    const cache = new MemoryStore();
    cache.set(saveKey('think-before-you-post'), encodeSave(save({ choices: [0], savedAt: '2026-12-01T00:00:00.000Z' })));
    const store = new SaveStore(new LmsStore(new FakeSuspendData(), cache, lms.text, SCENARIOS, () => undefined));
    const read = store.read('think-before-you-post', { fingerprint: FP });
    expect(read.ok && read.save.choices).toEqual([1, 1, 1, 1, 1]);
    const blocked = new SaveStore(new LmsStore(new FakeSuspendData(), new BlockedStore(), lms.text, SCENARIOS, () => undefined));
    expect(blocked.write(save())).toEqual({ ok: true });
    expect(blocked.read('think-before-you-post', { fingerprint: FP }).ok).toBe(true);
  });

  it('records a scenario done with its score, and says once when the record cannot fit', () => {
    const lms = new FakeSuspendData(120);
    const told: string[] = [];
    const store = new LmsStore(lms, new MemoryStore(), '', SCENARIOS, (m) => told.push(m));
    store.markDone('the-page', 75);
    expect(decodeRecord(lms.text).record.done).toEqual({ 'the-page': 75 });
    store.set(saveKey('think-before-you-post'), encodeSave(save({ choices: Array.from({ length: 200 }, () => 1) })));
    store.set(saveKey('think-before-you-post'), encodeSave(save({ choices: Array.from({ length: 201 }, () => 1) })));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/too long for your learning platform/);
    store.set(ACTIVE_KEY, 'think-before-you-post');
  });
});

/** An LMS API that can be told to refuse or to throw. */
function scriptedApi(options: { init?: boolean; refuse?: Set<string>; throwOn?: Set<string> } = {}) {
  const values = new Map<string, string>();
  const calls: string[] = [];
  let error = 0;
  const api: ScormApi = {
    initialize: () => (calls.push('initialize'), options.init ?? true),
    terminate: () => (calls.push('terminate'), true),
    getValue: (el) => values.get(el) ?? '',
    setValue: (el, v) => {
      calls.push(`set ${el}`);
      if (options.throwOn?.has(el)) throw new Error('the connection was lost');
      if (options.refuse?.has(el)) {
        error = 405;
        return false;
      }
      values.set(el, v);
      return true;
    },
    commit: () => (calls.push('commit'), true),
    lastError: () => error,
    errorString: (code) => (code === 405 ? 'Incorrect Data Type' : ''),
  };
  return { api, values, calls };
}

describe('the link to the LMS', () => {
  it('tells the learner once, in words, when values are refused or the connection fails, and goes on', () => {
    const { api } = scriptedApi({ refuse: new Set(['cmi.core.lesson_location']), throwOn: new Set(['cmi.suspend_data']) });
    const told: string[] = [];
    const link = LmsLink.open(api, '1.2', (m) => told.push(m))!;
    expect(link.set('cmi.core.lesson_location', 'x')).toBe(false);
    expect(link.set('cmi.suspend_data', 'x')).toBe(false);
    expect(link.set('cmi.core.score.raw', '50')).toBe(true);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/not accepting your progress just now \(Incorrect Data Type, code 405\)\. Keep playing/);
    expect(link.refused).toEqual(['cmi.core.lesson_location', 'cmi.suspend_data']);
  });

  it('finishes once: session time, suspend, commit, then the end of the session', () => {
    const { api, values, calls } = scriptedApi();
    let now = 1000;
    const link = LmsLink.open(
      api,
      '2004',
      () => undefined,
      () => now,
    )!;
    now += 65_000;
    link.finish();
    link.finish();
    expect(values.get('cmi.session_time')).toBe('PT1M5S');
    expect(values.get('cmi.exit')).toBe('suspend');
    expect(calls.slice(-2)).toEqual(['commit', 'terminate']);
    expect(calls.filter((c) => c === 'terminate')).toHaveLength(1);
    expect(link.set('cmi.location', 'late')).toBe(false);
  });

  it('says so when the LMS will not start, and the game plays on without it', () => {
    const told: string[] = [];
    expect(LmsLink.open(scriptedApi({ init: false }).api, '1.2', (m) => told.push(m))).toBeUndefined();
    expect(told[0]).toMatch(/did not respond/);
  });
});

/** A decision with these impacts on one standard. */
const d = (impacts: ('upheld' | 'risk' | 'breach')[]) => ({
  step: 0,
  choiceText: '',
  feedback: [],
  discuss: undefined,
  impacts: impacts.map((impact) => ({ framework: 'hcpc-2008', standard: 2, impact })),
});

describe('completion and score', () => {
  it('reads the rule from launch data, "all" when absent or unreadable', () => {
    expect(parseCompletionRule('')).toEqual({ kind: 'all' });
    expect(parseCompletionRule('complete=3')).toEqual({ kind: 'count', count: 3 });
    expect(parseCompletionRule('complete=the-page;play=the-page')).toEqual({ kind: 'list', ids: ['the-page'] });
    expect(parseCompletionRule('complete=<b>')).toEqual({ kind: 'all' });
    expect(parseCompletionRule('complete=0')).toEqual({ kind: 'all' });
  });

  it('measures progress against the package’s scenarios', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(completionProgress({ kind: 'all' }, ['a', 'x'], ids)).toBe(0.25);
    expect(completionProgress({ kind: 'count', count: 2 }, ['a', 'b', 'c'], ids)).toBe(1);
    expect(completionProgress({ kind: 'count', count: 9 }, ['a', 'b'], ids)).toBe(0.5);
    expect(completionProgress({ kind: 'list', ids: ['c'] }, ['a'], ids)).toBe(0);
    expect(completionProgress({ kind: 'list', ids: ['c'] }, ['c'], ids)).toBe(1);
  });

  it('scores the share of scored decisions that upheld every standard they touched', () => {
    expect(playThroughScore({ decisions: [d(['upheld']), d(['upheld', 'risk']), d([]), d(['upheld'])] })).toBe(67);
    expect(playThroughScore({ decisions: [d([])] })).toBeNull();
    expect(packageScore({ a: 50, b: null, c: 100, z: 0 }, ['a', 'b', 'c'])).toBe(75);
    expect(packageScore({}, ['a'])).toBeNull();
  });
});
