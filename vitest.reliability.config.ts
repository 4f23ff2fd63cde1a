import { defineConfig } from 'vitest/config';

/** `npm run test:reliability`: the fuzzing and fault runs, kept out of `npm test` (test/reliability/run.ts). */
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.reliability.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
