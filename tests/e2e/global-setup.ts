/**
 * Once for the whole end-to-end run: one preview server for the production build and one Chromium, shared by
 * every test file through `inject` (see useBrowser in harness.ts). Each file used to start its own, which
 * cost each of them Vite's import, a server and a browser: on two cores, about a quarter of a minute in all.
 */
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startServer } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared preview server's address. */
    e2eUrl: string;
    /** The shared Chromium's endpoint (playwright `connect`). */
    e2eBrowser: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, url } = await startServer();
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  project.provide('e2eUrl', url);
  project.provide('e2eBrowser', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
