import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/story-tools/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
