/**
 * Connecting the game to a learning platform whose SCORM API src/adapters/scorm.ts has found: a chunk of its
 * own (with the LMS record, store and reporter), fetched only inside a platform.
 */
import { browserStore } from './browser-storage.ts';
import type { ScenarioEntry } from '../core/app/app.ts';
import { LmsLink } from '../core/lms/lms-link.ts';
import { LmsStore, namespaced } from '../core/lms/lms-store.ts';
import { parseCompletionRule, type CompletionRule } from '../core/lms/completion.ts';
import type { ScormApi, ScormVersion } from '../core/lms/scorm.ts';
import type { KeyValueStore } from '../core/app/storage.ts';

export { LmsReporter } from '../core/lms/lms-reporter.ts';

export interface LmsConnection {
  link: LmsLink;
  store: LmsStore;
  rule: CompletionRule;
  /** The learner is coming back to a suspended attempt. */
  resuming: boolean;
  /** This browser's storage under the learner's id (for what stays on the device, e.g. notes). */
  learnerStore: KeyValueStore;
  /** The scenario a one-scenario package plays (from its launch data, for platforms that drop the link's parameters). */
  play: string | undefined;
}

/**
 * Connects to the LMS when there is one: its record becomes the store of saves (this browser's storage a
 * cache under the learner's id), and the session is finished when the page goes away.
 */
export function connectToLms(options: {
  win: Window;
  found: { api: ScormApi; version: ScormVersion };
  scenarios: readonly ScenarioEntry[];
  tell: (message: string) => void;
}): LmsConnection | undefined {
  const { found } = options;
  const link = LmsLink.open(found.api, found.version, options.tell);
  if (!link) return undefined;
  const start = link.start();
  const learner = start.learnerId.replace(/[^A-Za-z0-9_.@-]/g, '_').slice(0, 80) || 'learner';
  const scenarios = new Map(options.scenarios.map((s) => [s.meta.id, { fingerprint: s.meta.fingerprint, title: s.meta.title }]));
  const learnerStore = namespaced(browserStore(), `public-profile:lms:${learner}:`);
  const store = new LmsStore(
    { writeSuspendData: (text) => link.set(link.elements.suspendData, text), suspendDataLimit: link.limits.suspendData },
    learnerStore,
    start.suspendData,
    scenarios,
    options.tell,
  );
  const finish = () => link.finish();
  options.win.addEventListener('pagehide', finish);
  options.win.addEventListener('beforeunload', () => link.commit());
  const play = /(?:^|[&;])play=([a-z0-9][a-z0-9-]{0,80})(?:$|[&;])/.exec(start.launchData)?.[1];
  return { link, store, rule: parseCompletionRule(start.launchData), resuming: start.entry === 'resume', play, learnerStore };
}
