/** src/core/lazy.ts: lazy chunks retry with backoff, keep a success, and never remember a failure. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazy, retry, RETRY_DELAYS } from '../../src/core/lazy.ts';

/** An importer that fails its first `failures` calls, then resolves `value`. */
function flaky<T>(failures: number, value: T): { importer: () => Promise<T>; calls: () => number } {
  let calls = 0;
  return {
    importer: () => (++calls <= failures ? Promise.reject(new Error(`Failed to fetch dynamically imported module (${calls})`)) : Promise.resolve(value)),
    calls: () => calls,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retry', () => {
  it('retries after each delay and resolves when a later attempt succeeds', async () => {
    const { importer, calls } = flaky(2, 'chunk');
    const result = retry(importer);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[0]! - 1);
    expect(calls()).toBe(1); // backoff: not before the first delay
    await vi.advanceTimersByTimeAsync(1);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS[1]!);
    expect(calls()).toBe(3);
    await expect(result).resolves.toBe('chunk');
  });

  it('gives up after the last delay with the last error', async () => {
    const { importer, calls } = flaky(99, 'never');
    const result = retry(importer, { delays: [10, 20] });
    const settled = result.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(30);
    expect(String(await settled)).toMatch(/\(3\)/);
    expect(calls()).toBe(3);
  });
});

describe('lazy', () => {
  it('loads once and shares the result, even between calls made while loading', async () => {
    const { importer, calls } = flaky(0, { analysePost: 'fn' });
    const load = lazy(importer);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    await load();
    expect(calls()).toBe(1);
  });

  it('never caches a failure: a later call tries again and succeeds', async () => {
    const { importer, calls } = flaky(3, 'chunk'); // more failures than one call's retries
    const load = lazy(importer, { delays: [10, 20] });
    const first = load().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(30);
    expect(String(await first)).toMatch(/Failed to fetch/);
    expect(calls()).toBe(3);
    await expect(load()).resolves.toBe('chunk'); // the next try fetches again, at once
    expect(calls()).toBe(4);
    await expect(load()).resolves.toBe('chunk');
    expect(calls()).toBe(4); // and keeps the success
  });

  it('uses the sleep it is given (so a host can wait differently)', async () => {
    vi.useRealTimers();
    const waits: number[] = [];
    const { importer } = flaky(2, 'ok');
    const load = lazy(importer, { delays: [5, 7], sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    await expect(load()).resolves.toBe('ok');
    expect(waits).toEqual([5, 7]);
  });
});
