import { defineConfig } from 'vitest/config';

// Three tiers: pure unit tests beside the code, service tests on real databases,
// and end-to-end tests in Chromium. `npm test` runs them all.
export default defineConfig({
  test: {
    // End-to-end files share one browser and server each; keep the machine calm.
    fileParallelism: true,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
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
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
