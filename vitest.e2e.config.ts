import { defineConfig } from 'vitest/config';

// End-to-end tests in real Chromium (npm run test:e2e): the extension is built first
// (test/e2e/global-setup.ts), then loaded into a fresh profile.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // Chromium runs in Vietnamese for them (chromium.ts: launchWithExtension), and the labels
    // they expect are read in Vietnamese too; language.e2e.test.ts runs it in English.
    setupFiles: ['test/helpers/vietnamese-ui.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
