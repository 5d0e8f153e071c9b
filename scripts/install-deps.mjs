// What `npm test` and `npm run demo` install before anything else: `npm ci` when node_modules is missing or does
// not match package-lock.json. Plain Node built-ins only (it runs before node_modules exists).
//
//   node scripts/install-deps.mjs           install when needed, say why (or that nothing was needed)
//   node scripts/install-deps.mjs --check   exit 0 when up to date, 1 with the reason otherwise
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Under `npm run`, npm exports its configuration and the script's facts as npm_* variables. A nested npm reads
// them back as its own configuration: npm_config_user_agent carries the outer Node's version (code-server's
// postinstall reads the Node version from it, and refuses Node 20 although Node 24 runs it), npm_config_nodedir
// and npm_config_prefix point at the outer Node. These stay: how to reach the registry, which the user may have
// set in the environment.
const KEPT_NPM_CONFIG = /^npm_config_(registry|.*:registry|\/\/.*|cafile|ca|cert|key|proxy|https?_proxy|noproxy|strict_ssl|cache|userconfig|globalconfig|offline|prefer_offline|prefer_online|fetch_.*)$/i;

/** `base` without what an outer `npm run` put there, for a nested npm (or a program that runs one). */
export function withoutNpmRun(base = process.env) {
  const env = {};
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined) continue;
    if (/^npm_/i.test(k) && !KEPT_NPM_CONFIG.test(k)) continue;
    // npm sets NODE to the Node that runs it; INIT_CWD to where `npm run` was typed.
    if (k === 'NODE' && base.npm_node_execpath && v === base.npm_node_execpath) continue;
    if (k === 'INIT_CWD' && base.npm_lifecycle_event) continue;
    env[k] = v;
  }
  return env;
}

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

/**
 * Whether node_modules holds what package-lock.json asks for. npm writes node_modules/.package-lock.json (the
 * "hidden lockfile") after every install: one entry per installed package, with its version. Stale when it is
 * missing, when a package of the lock (other than an optional one, e.g. another platform's binary) is not
 * installed or has another version, or when a package is installed that the lock no longer lists.
 * Returns undefined when up to date, else the reason.
 */
export function dependenciesStale(root = ROOT) {
  const lock = readJson(path.join(root, 'package-lock.json'));
  if (!lock?.packages) return 'package-lock.json is missing or unreadable';
  if (!existsSync(path.join(root, 'node_modules'))) return 'node_modules is missing';
  const hidden = readJson(path.join(root, 'node_modules', '.package-lock.json'));
  if (!hidden?.packages) return 'node_modules/.package-lock.json is missing (node_modules was not installed by npm)';
  for (const [where, want] of Object.entries(lock.packages)) {
    if (where === '' || !where.startsWith('node_modules/') || want.link) continue;
    const have = hidden.packages[where];
    if (!have) {
      if (want.optional || want.devOptional) continue;
      return `${where.slice('node_modules/'.length)} is not installed`;
    }
    if (have.version !== want.version) return `${where.slice('node_modules/'.length)} is ${have.version}, package-lock.json wants ${want.version}`;
    if (!existsSync(path.join(root, where, 'package.json'))) return `${where}/package.json is missing`;
  }
  for (const where of Object.keys(hidden.packages)) {
    if (!(where in lock.packages)) return `${where.slice('node_modules/'.length)} is installed but not in package-lock.json`;
  }
  return undefined;
}

/** Runs `npm ci` when node_modules is stale. Returns { ran, ok, reason }. */
export function ensureDependencies({ root = ROOT, log = (m) => console.log(m) } = {}) {
  const stale = dependenciesStale(root);
  if (!stale) return { ran: false, ok: true };
  log(`install: ${stale}: running npm ci`);
  const t0 = Date.now();
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env: withoutNpmRun() });
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  if (r.status !== 0) return { ran: true, ok: false, reason: `npm ci failed (exit ${r.status ?? r.signal ?? r.error?.message}) after ${secs} s` };
  const still = dependenciesStale(root);
  if (still) return { ran: true, ok: false, reason: `npm ci ran but node_modules is still stale: ${still}` };
  log(`install: npm ci done in ${secs} s`);
  return { ran: true, ok: true };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (process.argv.includes('--check')) {
    const stale = dependenciesStale();
    console.log(stale ? `stale: ${stale}` : 'up to date');
    process.exit(stale ? 1 : 0);
  }
  const r = ensureDependencies();
  if (!r.ran) console.log('install: node_modules matches package-lock.json');
  if (!r.ok) {
    console.error(`install: ${r.reason}`);
    process.exit(1);
  }
}
