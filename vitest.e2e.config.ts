import { defineConfig } from 'vitest/config';

// Real-editor tests: code-server (real VS Code) driven by Playwright + Debian Chromium.
// Provision first: node scripts/provision-vscode.mjs. Run: npx vitest run -c vitest.e2e.config.ts
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    // A real editor is slow to start; a flaky UI wait gets one more chance, with fresh state.
    retry: process.env.CI ? 1 : 0,
    reporters: ['default'],
  },
});
