/**
 * Lazily loaded chunks (the post checker, the drawn phone, group mode, Howler, each story): a failed fetch
 * (offline for a moment, a flaky proxy) is retried a couple of times with backoff, and a failure is never
 * remembered, so the next call tries again without a reload. A success is kept: the chunk loads once.
 * DOM-free: the timer is the host's (browser or node), handed in for tests.
 */

/** How long to wait before each retry (ms): two retries, then the failure goes to the caller. */
export const RETRY_DELAYS: readonly number[] = [300, 1200];

export interface RetryOptions {
  delays?: readonly number[];
  /** Waits `ms`; the host's setTimeout by default. */
  sleep?: (ms: number) => Promise<void>;
}

declare const setTimeout: (callback: () => void, ms: number) => unknown;
const hostSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A task to retry: told which attempt this is (0 first) and, after a failure, what the last one threw. */
export type RetryTask<T> = (attempt: number, previous: unknown) => Promise<T>;

/** Runs `task`, retrying after each of `delays` when it fails; the last failure is thrown. */
export function retry<T>(task: RetryTask<T>, options: RetryOptions = {}, attempt = 0, previous?: unknown): Promise<T> {
  const { delays = RETRY_DELAYS, sleep = hostSleep } = options;
  return (async () => task(attempt, previous))().catch(async (error: unknown) => {
    const delay = delays[attempt];
    if (delay === undefined) throw error;
    await sleep(delay);
    return retry(task, options, attempt + 1, error);
  });
}

/**
 * The file a failed `import()` was fetching, from the browser's message ("Failed to fetch dynamically
 * imported module: https://…/assets/x-1a2b.js"); undefined when the message does not say (Safari).
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return /\b((?:https?|file):\/\/[^\s'"]+?\.m?js)(?:\?[^\s'"]*)?(?=$|[\s'"])/.exec(message)?.[1];
}

/**
 * A chunk's import, retried so that a retry really fetches again. Browsers keep a failed dynamic import's
 * error for its URL (Chromium 150 does: the same import() rejects at once, with no request), so a retry asks
 * for the same file under a new query (`…?retry=1`): a new module URL, fetched afresh. The chunk never
 * loaded under its own URL, so nothing is loaded twice. When the browser does not name the file, the
 * import itself is tried again.
 */
export function freshImport<T>(importer: () => Promise<T>, importUrl: (url: string) => Promise<T>): RetryTask<T> {
  return (attempt, previous) => {
    const url = attempt > 0 ? failedModuleUrl(previous) : undefined;
    // A query never used before in this page: a URL that failed once would fail again without a request.
    return url ? importUrl(`${url}?retry=${++freshQueries}`) : importer();
  };
}
let freshQueries = 0;

/**
 * `load()` fetches once and shares the result; calls while a fetch is under way share it too. A fetch
 * that fails (after its retries) is forgotten, so a later `load()` starts afresh.
 */
export function lazy<T>(importer: RetryTask<T>, options: RetryOptions = {}): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = retry(importer, options);
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
}
