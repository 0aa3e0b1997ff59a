/** src/core/lazy.ts: lazy chunks retry with backoff, keep a success, and never remember a failure. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failedModuleUrl, freshImport, lazy, retry, RETRY_DELAYS } from '../../src/core/lazy.ts';

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

describe('a retried import fetches again', () => {
  it('finds the file a failed import was fetching in the browser’s message', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/start-game-B6nvHEM-.js'))).toBe(
      'http://127.0.0.1:4173/assets/start-game-B6nvHEM-.js',
    );
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: https://x.org/a/b.js?retry=1'))).toBe('https://x.org/a/b.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleUrl(undefined)).toBeUndefined();
  });

  it('asks for the same file under a new query after a failure, and tries the import itself when the file is not named', async () => {
    const urls: string[] = [];
    let first = 0;
    const task = freshImport(
      () => {
        first++;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://h/assets/x-1.js'));
      },
      (url) => {
        urls.push(url);
        return urls.length < 2 ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)) : Promise.resolve('module');
      },
    );
    await expect(retry(task, { sleep: () => Promise.resolve() })).resolves.toBe('module');
    expect(first).toBe(1);
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/^http:\/\/h\/assets\/x-1\.js\?retry=\d+$/);
    expect(urls[1]).toMatch(/^http:\/\/h\/assets\/x-1\.js\?retry=\d+$/);
    expect(urls[0]).not.toBe(urls[1]);
    let plain = 0;
    const unnamed = freshImport(
      () => (++plain < 3 ? Promise.reject(new TypeError('Importing a module script failed.')) : Promise.resolve('ok')),
      () => Promise.reject(new Error('not used')),
    );
    await expect(retry(unnamed, { sleep: () => Promise.resolve() })).resolves.toBe('ok');
    expect(plain).toBe(3);
  });
});
