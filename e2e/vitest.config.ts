import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/src/**/*.test.ts'],
    // Only against hangs: a browser journey on a busy machine is slow, never wrong for it.
    testTimeout: 900_000,
    hookTimeout: 900_000,
    pool: 'forks',
    fileParallelism: false,
    retry: 0,
  },
});
