import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    globalSetup: ['test/helpers/global-setup.ts'],
    // Each test file sees the interface in Vietnamese unless it chooses (test/i18n.test.ts).
    setupFiles: ['test/helpers/vietnamese-ui.ts'],
  },
});
