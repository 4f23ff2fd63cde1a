import { defineConfig } from 'vitest/config';

/** Browser journeys: Chromium through whole user tasks, one spec per journey, run one at a time. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // A loaded two-core CI machine can take seconds to render a page; poll, never sleep.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    pool: 'forks',
  },
});
