import { defineConfig } from 'vitest/config';

// Unit pass (`vitest run`). The real-editor tests under test/e2e (code-server + Chromium,
// see vitest.e2e.config.ts) and the extension-host tests under test/vscode run separately.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**', 'test/vscode/**'],
    // Generous: CI machines have 2 cores. Speed is measured in `npm run bench`, never here.
    testTimeout: 120_000,
    // Property suites: a fixed fast-check seed in CI, a fresh one locally (test/properties/seed.ts).
    setupFiles: ['test/properties/seed.ts'],
  },
});
