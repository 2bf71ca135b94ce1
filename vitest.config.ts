import { defineConfig } from 'vitest/config';

// Three tiers: pure unit tests beside the code, service tests on real databases,
// and end-to-end tests in Chromium. `npm test` runs them all.
//
// Two lanes run side by side (docs/decisions/0034-test-time.md): the unit and service
// files in child processes, and the end-to-end files, one at a time, in a worker thread
// of their own. Most of a test's time is spent waiting on PostgreSQL, Chromium or a
// `debrief` process, so a 2-core machine has room for both lanes; left to itself vitest
// would run one file at a time there (cores minus one).
const SERVICE_LANES = Number(process.env.DEBRIEF_TEST_LANES ?? 1);

export default defineConfig({
  test: {
    fileParallelism: true,
    pool: 'forks',
    poolOptions: {
      forks: { minForks: 1, maxForks: SERVICE_LANES },
      // End-to-end files share one browser and server each; one at a time keeps the machine calm.
      threads: { minThreads: 1, maxThreads: 1 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          // The first read in a reader test file builds the reader's pattern gate and compiles its
          // expressions (a second or two alone, more beside the other lane on a busy machine).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'service',
          include: ['tests/services/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          globalSetup: ['tests/support/build-cli.global.ts'],
          environment: 'node',
          // CLI tests start real processes (several per test): generous limits keep a
          // busy machine from failing them; a hang still fails.
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-web.global.ts'],
          environment: 'node',
          // Its own pool, so it gets its own lane (see above).
          pool: 'threads',
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
