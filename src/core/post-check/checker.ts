/**
 * Where the post composer's checker is found. The checker (post-analyser.ts) is a large module that only
 * stories with a composer need, so the browser loads it after the first text (or before a scenario that
 * has a composer starts) and hands it in here; node code (the walker, tests) hands it in at once.
 */
import type { analysePost } from './analyser.ts';

export type AnalysePost = typeof analysePost;

let checker: AnalysePost | undefined;
let ready: () => void = () => {};
/** Resolves once the checker has been provided. */
export const postCheckerLoaded: Promise<void> = new Promise((resolve) => {
  ready = resolve;
});

export function providePostChecker(fn: AnalysePost): void {
  checker = fn;
  ready();
}

export function postCheckerReady(): boolean {
  return checker !== undefined;
}

/** The checker; throws (the caller reports it) if it has not been provided yet. */
export function postChecker(): AnalysePost {
  if (!checker) throw new Error('the post checker has not loaded yet; try again in a moment');
  return checker;
}
