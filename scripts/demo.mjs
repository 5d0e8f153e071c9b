// npm run demo: the main job on our own sample corpus. Installs what is missing, builds, prints the Markdown
// report of samples/, then opens samples/ in VS Code with the extension loaded: the desktop `code` when it is
// on the PATH, otherwise code-server on 127.0.0.1 (its URL is printed; Ctrl+C stops it).
// `--no-open` (or CI=true) stops after the report.
import { spawnSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureDependencies, withoutNpmRun } from './install-deps.mjs';

const repo = resolve(import.meta.dirname, '..');
const samples = resolve(repo, 'samples');
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: repo, ...opts });
  if (r.status !== 0) {
    console.error(`demo: ${cmd} ${args.join(' ')} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
};

// npm ci when node_modules is missing or does not match package-lock.json.
const deps = ensureDependencies({ root: repo, log: (m) => console.log(`demo: ${m}`) });
if (!deps.ok) {
  console.error(`demo: ${deps.reason}`);
  process.exit(1);
}
run(process.execPath, ['esbuild.mjs']);
run(process.execPath, ['dist/cli.js', 'report', 'samples']);

if (process.argv.includes('--no-open') || process.env.CI) process.exit(0);

const onPath = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).status === 0;
if (onPath('code')) {
  console.log('\ndemo: opening samples/ in VS Code with Crossread loaded');
  spawn('code', [`--extensionDevelopmentPath=${repo}`, samples], { stdio: 'inherit', detached: true }).unref();
} else {
  console.log('\ndemo: no `code` on the PATH; starting code-server (real VS Code in the browser) on 127.0.0.1');
  // Both without the outer `npm run`'s npm_* variables (code-server's own install reads the Node version from them).
  run(process.execPath, ['scripts/provision-vscode.mjs'], { env: withoutNpmRun() });
  run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/demo-code-server.ts', samples], { env: withoutNpmRun() });
}
