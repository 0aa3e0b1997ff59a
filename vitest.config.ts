import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/story-tools/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
    // Two files at a time (vitest's default on 2 cores is one): the content tests wait on the story walks
    // (child processes, see walk-warm.ts) while the unit tests run.
    maxWorkers: 2,
    // A guard against a hang, not a speed limit: on a busy machine a replayed story can take seconds.
    testTimeout: 30_000,
  },
});
