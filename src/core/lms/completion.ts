/**
 * When a package counts as complete, and what its score means.
 *
 * Completion: a scenario is done when its debrief is reached. A package's rule comes from the manifest
 * (`adlcp:datafromlms` / `adlcp:dataFromLMS`, read as `cmi.launch_data`): `complete=all` (every scenario in
 * the package, the default), `complete=3` (any three), or `complete=the-request,the-page` (those). A
 * one-scenario package says its own scenario.
 *
 * Score: for a finished play-through, the share of its decisions (those scored against a standard) where the
 * choice upheld every standard it touched, 0–100. A package's score is the mean over its finished scenarios.
 * There is no pass mark: the platform is told "completed", never "passed" or "failed".
 */
import type { Ledger } from '../teaching/ledger.ts';

export type CompletionRule = { kind: 'all' } | { kind: 'count'; count: number } | { kind: 'list'; ids: string[] };

/** The rule in `launch_data` (key=value pairs split by `&` or `;`); an absent or unreadable rule is "all". */
export function parseCompletionRule(launchData: string): CompletionRule {
  for (const pair of launchData.split(/[&;]/)) {
    const [key, value = ''] = pair.split('=').map((s) => s.trim());
    if (key !== 'complete') continue;
    if (value === 'all' || value === '') return { kind: 'all' };
    if (/^\d+$/.test(value)) return Number(value) > 0 && Number(value) < 1000 ? { kind: 'count', count: Number(value) } : { kind: 'all' };
    const ids = value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => /^[a-z0-9][a-z0-9-]{0,80}$/.test(s));
    if (ids.length) return { kind: 'list', ids };
  }
  return { kind: 'all' };
}

/** How far through the rule the learner is, 0 to 1 (1: complete). Scenarios not in the package do not count. */
export function completionProgress(rule: CompletionRule, done: Iterable<string>, scenarioIds: readonly string[]): number {
  const finished = new Set([...done].filter((id) => scenarioIds.includes(id)));
  if (rule.kind !== 'count') {
    const required = rule.kind === 'all' ? scenarioIds : rule.ids.filter((id) => scenarioIds.includes(id));
    return required.length === 0 ? 1 : required.filter((id) => finished.has(id)).length / required.length;
  }
  const need = Math.min(rule.count, scenarioIds.length);
  return need === 0 ? 1 : Math.min(finished.size, need) / need;
}

/** A finished play-through's score (see above), or null when none of its decisions was scored. */
export function playThroughScore(ledger: Ledger): number | null {
  const scored = ledger.decisions.filter((d) => d.impacts.length > 0);
  if (scored.length === 0) return null;
  const upheld = scored.filter((d) => d.impacts.every((i) => i.impact === 'upheld')).length;
  return Math.round((100 * upheld) / scored.length);
}

/** The package's score: the mean of its finished scenarios' scores (null when none has one). */
export function packageScore(done: Readonly<Record<string, number | null>>, scenarioIds: readonly string[]): number | null {
  const scores = Object.entries(done)
    .filter(([id, s]) => scenarioIds.includes(id) && s !== null)
    .map(([, s]) => s!);
  return scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
}
