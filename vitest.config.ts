import { configDefaults, defineConfig } from 'vitest/config';
import { inkPlugin } from './src/story-tools/vite-plugin-ink.ts';

/**
 * Test files that need modules of their own (each in a fresh worker): the content tests (the walk cache's
 * own state), the post checker "before it loads", and the reload walks (they need the checker's state as
 * their file leaves it). Every other unit file shares its worker's modules with the files before it.
 */
const OWN_MODULES = ['tests/content/**/*.test.ts', 'tests/unit/post-checker.test.ts', 'tests/unit/reload-walk.test.ts'];

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    environment: 'node',
    reporters: ['default'],
    // Two files at a time (vitest's default on 2 cores is one): the content tests wait on the story walks
    // (child processes, see walk-warm.ts) while the unit tests run.
    maxWorkers: 2,
    // A guard against a hang, not a speed limit: on a busy machine a replayed story can take seconds.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...OWN_MODULES],
          // A worker keeps its modules from file to file (the game's core, inkjs and the compiled stories are
          // imported once per worker, not once per file). Each file still sets up its own state.
          isolate: false,
        },
      },
      // In a pool of their own, so no worker of the shared project is reused for them.
      { extends: true, test: { name: 'own modules', include: OWN_MODULES, pool: 'threads', isolate: true } },
    ],
  },
});
