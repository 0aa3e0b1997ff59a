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

/** Runs `task`, retrying after each of `delays` when it fails; the last failure is thrown. */
export function retry<T>(task: () => Promise<T>, options: RetryOptions = {}, attempt = 0): Promise<T> {
  const { delays = RETRY_DELAYS, sleep = hostSleep } = options;
  return (async () => task())().catch(async (error: unknown) => {
    const delay = delays[attempt];
    if (delay === undefined) throw error;
    await sleep(delay);
    return retry(task, options, attempt + 1);
  });
}

/**
 * `load()` fetches once and shares the result; calls while a fetch is under way share it too. A fetch
 * that fails (after its retries) is forgotten, so a later `load()` starts afresh.
 */
export function lazy<T>(importer: () => Promise<T>, options: RetryOptions = {}): () => Promise<T> {
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
