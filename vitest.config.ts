import { defineConfig } from 'vitest/config';

// Only the TypeScript tests: the compiled copies under dist/ must not run twice.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
