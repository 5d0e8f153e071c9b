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
    // No retries: provisioning retries on its own (scripts/provision-vscode.mjs); assertions never do.
    retry: 0,
    reporters: ['default'],
  },
});
