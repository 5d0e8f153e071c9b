// npm test: everything, from a fresh clone, one closing line.
//   1. npm ci when node_modules is missing or does not match package-lock.json (scripts/install-deps.mjs);
//   2. the build; the type-checks (the project, and src/core alone: no Node or DOM types);
//   3. unit and gold tests (vitest);
//   4. a real VS Code: provisioned into .vscode-test/ when missing (scripts/provision-vscode.mjs: code-server on
//      Node 24 from npm, Chromium from Debian), then the real-editor tests (test/e2e: code-server + Chromium, driven
//      like a person) and the extension-host mocha suite (test/vscode; desktop VS Code when VSCODE_EXECUTABLE is set).
// Every step counts: a type-check is one test; a step or suite that cannot run is one failure, named in the
// closing line ("612 passed, 1 failed (could not run: real VS Code tests: ...)"). Skipped tests are listed.
// Plain Node built-ins only: this runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureDependencies, withoutNpmRun } from './install-deps.mjs';

const repo = resolve(import.meta.dirname, '..');
process.chdir(repo);
mkdirSync('test-results', { recursive: true });
const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Steps and suites that could not run, each counted as one failure and named in the closing line. */
const notRun = [];
/** Skipped tests (their names say why). */
const skippedTests = [];
/** One line per step for the summary. */
const summary = [];

function step(title, cmd, args, env = process.env) {
  console.log(`\n=== ${title}: ${cmd === process.execPath ? 'node' : cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return { status: r.status ?? 1, secs: Math.round((Date.now() - t0) / 1000), error: r.error?.message ?? (r.signal ? `signal ${r.signal}` : undefined) };
}

function cannotRun(title, why) {
  console.log(`${title}: could not run: ${why}`);
  notRun.push(`${title}: ${why}`);
  totals.failed++;
  summary.push(`  ${title}: could not run (${why})`);
}

/** A check that passes or fails as one test (build, type-checks). */
function check(title, cmd, args) {
  const r = step(title, cmd, args);
  if (r.status === 0) totals.passed++;
  else totals.failed++;
  summary.push(`  ${title}: ${r.status === 0 ? 'passed' : `FAILED (exit ${r.status})`} in ${r.secs} s`);
  return r.status === 0;
}

function vitest(title, args, out) {
  rmSync(out, { force: true });
  const r = step(title, process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) return cannotRun(title, `no results written (vitest exit ${r.status}${r.error ? `, ${r.error}` : ''})`);
  const j = JSON.parse(readFileSync(out, 'utf8'));
  const pending = j.numPendingTests + (j.numTodoTests ?? 0);
  totals.passed += j.numPassedTests;
  totals.failed += j.numFailedTests;
  totals.skipped += pending;
  for (const file of j.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'skipped' || t.status === 'pending' || t.status === 'todo') {
        skippedTests.push(`${file.name.replace(`${repo}/`, '')}: ${t.fullName}${t.meta?.skipReason ? ` (${t.meta.skipReason})` : ''}`);
      }
    }
  }
  let line = `  ${title}: ${j.numPassedTests} passed, ${j.numFailedTests} failed${pending ? `, ${pending} skipped` : ''} in ${r.secs} s`;
  // A file that failed to load has no failed test but fails the run.
  if (r.status !== 0 && j.numFailedTests === 0) {
    const broken = (j.testResults ?? []).filter((f) => f.status === 'failed').map((f) => f.name.replace(`${repo}/`, ''));
    totals.failed++;
    notRun.push(`${title}: vitest exited ${r.status} without a failed test${broken.length ? ` (${broken.join(', ')} did not load)` : ''}`);
    line += `; vitest exited ${r.status}${broken.length ? `, not loaded: ${broken.join(', ')}` : ''}`;
  }
  summary.push(line);
}

/** The mocha suite inside the extension host (test/vscode): desktop VS Code when VSCODE_EXECUTABLE is set, else code-server. */
function extensionHost() {
  const title = 'extension-host suite';
  const out = 'test-results/exthost.json';
  rmSync(out, { force: true });
  const env = process.env.VSCODE_EXECUTABLE ? process.env : { ...process.env, CROSSREAD_CODE_SERVER: '1' };
  const r = step(`${title} (@vscode/test-electron entry)`, process.execPath, ['--import', 'tsx', 'test/vscode/runTests.ts', '--json', out], env);
  if (!existsSync(out)) return cannotRun(title, `no results written (exit ${r.status})`);
  const c = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.pending;
  let line = `  ${title}: ${c.passed} passed, ${c.failed} failed${c.pending ? `, ${c.pending} skipped` : ''} in ${r.secs} s`;
  if (r.status !== 0 && c.failed === 0) {
    totals.failed++;
    notRun.push(`${title}: exited ${r.status} without a failed test`);
    line += `; exited ${r.status}`;
  }
  summary.push(line);
}

function finish() {
  const mins = ((Date.now() - started) / 60_000).toFixed(1);
  console.log('\n=== summary');
  for (const l of summary) console.log(l);
  if (skippedTests.length) {
    console.log(`  skipped tests (${skippedTests.length}):`);
    for (const s of skippedTests) console.log(`    ${s}`);
  }
  console.log(`  in ${mins} min`);
  const tail = notRun.length ? ` (could not run: ${notRun.join('; ')})` : '';
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}${tail}`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

// 1. What the rest needs.
console.log('=== dependencies');
const deps = ensureDependencies({ root: repo });
if (!deps.ok) {
  cannotRun('install', deps.reason);
  notRun.push('every suite: no node_modules');
  finish();
}
summary.push(deps.ran ? '  install: npm ci ran' : '  install: node_modules matches package-lock.json');

// 2. Build and type-checks. Without a build nothing below can run.
if (!check('build', process.execPath, ['esbuild.mjs'])) {
  notRun.push('every suite: the build failed');
  finish();
}
check('type-check (project)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.', '--noEmit']);
check('type-check (src/core alone)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'src/core', '--noEmit']);

// 3. Unit and gold tests.
vitest('unit and gold tests', [], 'test-results/unit.json');

// 4. A real VS Code, then the suites that need it.
const provision = step('real VS Code (code-server) and Chromium', process.execPath, ['scripts/provision-vscode.mjs'], withoutNpmRun());
if (provision.status !== 0) {
  summary.push(`  real VS Code: NOT provisioned (exit ${provision.status}; its reason is printed above)`);
  cannotRun('real VS Code tests', `provisioning failed (exit ${provision.status}): see "provision-vscode: cannot provision" above`);
  cannotRun('extension-host suite', 'no real VS Code (provisioning failed)');
} else {
  summary.push(`  real VS Code: provisioned in ${provision.secs} s`);
  vitest('real VS Code tests', ['-c', 'vitest.e2e.config.ts'], 'test-results/e2e.json');
  extensionHost();
}
finish();
