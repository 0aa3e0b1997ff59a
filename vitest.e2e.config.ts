import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build in headless Chromium. Run after `vite build` (npm test does).
// Files run two at a time, sharing one preview server (global-setup.ts) and, within a worker, one browser
// (harness.ts `workerBrowser`: `isolate: false` keeps a worker's modules, and so its browser, from file to
// file; each file closes its own contexts, but for the clean pages it hands back, which the worker's next file
// reuses: see `cleanPage`). Each file writes only its own files (pieces.test.ts builds its
// fixture into tests/output/dist-pieces; screenshots, with SCREENSHOTS=1, have names of their own).
// Timeouts are generous: they guard against a hang, not speed.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: true,
    maxWorkers: 2,
    pool: 'forks',
    isolate: false,
  },
});
