/**
 * Once for the whole end-to-end run: one preview server for the production build, shared by every test file
 * through `inject` (see useBrowser in harness.ts), so no file imports Vite or starts a server of its own.
 */
import type { TestProject } from 'vitest/node';
import { startServer } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared preview server's address. */
    e2eUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, url } = await startServer();
  project.provide('e2eUrl', url);
  return async () => {
    await server.close();
  };
}
