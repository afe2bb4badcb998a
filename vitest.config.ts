import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/server/src/**/*.test.ts',
      'apps/server/test/**/*.test.ts',
      // The web app's plain modules (no DOM): its build script and the requests it sends early.
      'apps/web/src/**/*.test.ts',
    ],
    globalSetup: ['apps/server/test/global-setup.ts'],
    // Timeouts only catch hangs: a busy 2-core CI machine once took 66 s for a CLI test that passed in 14 s
    // here, so no test may be cut off for being slow (speed is shown by the benchmarks in bench/).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
