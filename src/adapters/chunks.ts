/**
 * Importing the game's lazily loaded chunks so that a retry really fetches again (see `freshImport` in
 * src/core/lazy.ts): after a failure, the same file is imported under a new query. The browser part of that:
 * the `import()` of a URL, which only code running in the page can make.
 */
import { freshImport, type RetryTask } from '../core/lazy.ts';

/** A chunk's import as a retry task: `retry(chunk(() => import('./x.ts')))`, or `lazy(chunk(...))`. */
export function chunk<M>(importer: () => Promise<M>): RetryTask<M> {
  const byUrl = async (url: string): Promise<M> => {
    const module: M = await import(/* @vite-ignore */ url);
    return module;
  };
  return freshImport(importer, byUrl);
}
