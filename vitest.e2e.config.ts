import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build in headless Chromium. Run after `vite build` (npm test does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
