// npm test: every suite, one summary line. Unit tests and the gold evaluation (vitest), then the real
// VS Code tests (code-server + Chromium, driven like a person) and the extension-host mocha suite (test/vscode,
// in code-server, or desktop VS Code when VSCODE_EXECUTABLE is set) when provisioned
// (`node scripts/provision-vscode.mjs`; CI does it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
process.chdir(repo);
mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function step(title, cmd, args, env = {}) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function vitest(title, args, out) {
  const status = step(title, process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) {
    console.log(`${title}: no results written (exit ${status})`);
    totals.failed++;
    broken = true;
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (status !== 0 && r.numFailedTests === 0) {
    console.log(`${title}: vitest exited ${status} without a failed test (a suite failed to load?)`);
    totals.failed++;
  }
}

/** The mocha suite inside the extension host (test/vscode): desktop VS Code when VSCODE_EXECUTABLE is set, else code-server. */
function extensionHost() {
  const out = 'test-results/exthost.json';
  rmSync(out, { force: true });
  const env = process.env.VSCODE_EXECUTABLE ? {} : { CROSSREAD_CODE_SERVER: '1' };
  const status = step('extension-host suite (@vscode/test-electron entry)', process.execPath, ['--import', 'tsx', 'test/vscode/runTests.ts', '--json', out], env);
  if (!existsSync(out)) {
    console.log(`extension-host suite: no results written (exit ${status})`);
    totals.failed++;
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.pending;
  if (status !== 0 && r.failed === 0) totals.failed++;
}

if (step('build', process.execPath, ['esbuild.mjs']) !== 0) {
  broken = true;
  totals.failed++;
} else {
  vitest('unit and gold tests', [], 'test-results/unit.json');
  const provisioned = existsSync('.vscode-test/provisioned.json') || existsSync('.vscode-test/code-server');
  if (provisioned || process.env.CI) {
    vitest('real VS Code tests', ['-c', 'vitest.e2e.config.ts'], 'test-results/e2e.json');
    extensionHost();
  } else console.log('\n=== real VS Code tests and extension-host suite: skipped (run `node scripts/provision-vscode.mjs` first)');
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
