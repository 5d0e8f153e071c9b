// Real-editor test harness: runs an extension in a real VS Code (code-server 4.139.1 = VS Code 1.139,
// provisioned by scripts/provision-vscode.mjs) and drives it like a person with Playwright + Debian
// Chromium. Loopback only; every process started here is stopped by stop()/close() (and, as a last
// resort, on process exit).
//
//   const cs = await startCodeServer({ folder, extensionDir: repoRoot });
//   const wb = await openWorkbench(cs.url, folder);
//   await wb.openFile('article.txt');
//   const hover = await wb.hoverText('Scholz');
//   ...
//   await wb.close(); await cs.stop();
//
// Workbench: openFile, activeTab/tabs, editorText, typeInEditor, save, hoverText (reveals text
// below the fold first), textBox, revealText, decorations/decorationCount/waitForDecorations,
// runCommand, quickPickItems, pickQuickItem, openView, treeRows/treeItems, notifications,
// waitForNotification, statusBarItems/statusBarText, screenshot, close. The test-electron route:
// runExtensionTests (a run() module inside the real extension host, exit code back to the test).
//
// Waits are conditions (waitForSelector / waitForFunction / polling), never fixed sleeps; the only
// timers are polling intervals and the per-try budgets of "reopen and try again" loops.
// Pitfalls this handles: the command palette lists only the commands known when it opens (reopen);
// quick pick rows re-render while results stream in (pick with arrow keys + Enter, not clicks);
// a visible notification toast swallows the first Escape; tab and quick pick labels are split
// into name + suffix ("article" + ".txt"); Monaco renders only visible lines (Ctrl+F to reveal);
// tsx may wrap page callbacks' inner functions in __name() (shimmed in the page).
// A quick pick row with a detail line holds two icon labels (label, detail): read the first only.
// Debug: E2E_DEBUG=1 logs quick input retries (E2E_HEADED=1 needs a display, which CI has not);
// logs land in test-results/ (code-server log, browser console log, screenshots).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

// Page-side callbacks below run in the browser. The project's tsconfig has no DOM lib (and must not
// get one from here), so the few browser globals they use are declared loosely for this module only.
declare const document: any;
declare const NodeFilter: { SHOW_TEXT: number };
declare function getComputedStyle(el: unknown): { display: string };

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const SCREENSHOT_DIR = path.join(RESULTS_DIR, 'screenshots');

/** What the extensions dir receives from an extension folder (whatever of it exists). */
export const EXTENSION_FILES = ['package.json', 'package.nls.json', 'dist', 'media', 'syntaxes', 'language-configuration.json', 'README.md', 'LICENSE', 'LICENSE.md', 'LICENSE.txt'];

export const DEFAULT_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'telemetry.enableTelemetry': false,
  'telemetry.enableCrashReporter': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'editor.accessibilitySupport': 'off',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export interface ProvisionedPaths {
  node24: string;
  node24BinDir: string;
  node24Dir: string;
  codeServerEntry: string;
  chromium: string;
}

let provisioned: ProvisionedPaths | undefined;
/** Runs scripts/provision-vscode.mjs (instant when cached) and returns its paths. */
export function provisionedPaths(): ProvisionedPaths {
  if (!provisioned) {
    const out = execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'provision-vscode.mjs'), '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 20 * 60_000,
    });
    provisioned = JSON.parse(out.trim().split('\n').pop()!) as ProvisionedPaths;
  }
  return provisioned;
}

// ---------------------------------------------------------------------------------------------
// Cleanup safety net: kill every process group we started if the test process exits abruptly.
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function trackGroup(pid: number) {
  liveGroups.add(pid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const g of liveGroups) {
      try {
        process.kill(-g, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  });
}

const until = (ms: number) => Date.now() + ms;
const tick = (ms = 100) => new Promise((r) => setTimeout(r, ms)); // polling interval only

type Falsy = undefined | null | false | '' | 0;
/**
 * Polls `fn` (every 150 ms) until it returns a truthy value and returns that; on timeout throws with `what` and the
 * last value (or the last error). The one condition wait of the e2e files: never a fixed sleep.
 */
export async function waitFor<T>(what: string, fn: () => T | Falsy | Promise<T | Falsy>, timeoutMs = 20_000): Promise<T> {
  const deadline = until(timeoutMs);
  let last: T | Falsy = undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      error = e;
    }
    await tick(150);
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`, { cause: error });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function stamp() {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
export interface StartOptions {
  /** Workspace folder to open (absolute). */
  folder: string;
  /** Built extension folder (has package.json and its `main`), e.g. the repo root after `node esbuild.mjs`. Omit for none. */
  extensionDir?: string | string[];
  /** Extra user settings, merged over DEFAULT_SETTINGS. */
  settings?: Record<string, unknown>;
  port?: number;
  /** Extra code-server arguments. */
  args?: string[];
  /** Name used for the log file (default: "code-server"). */
  name?: string;
  /** ms to wait for HTTP (default 90 s). */
  timeoutMs?: number;
  /** Keep the throwaway dirs after stop() (for debugging). */
  keepDirs?: boolean;
  /**
   * Install the engine-state probe beside Crossread (see whenIdle); default: whenever the Crossread extension is
   * among `extensionDir`. The demo turns it off.
   */
  idleProbe?: boolean;
}

export interface CodeServer {
  url: string;
  port: number;
  logFile: string;
  /** Throwaway dirs: user data (settings, logs), extensions. */
  userDataDir: string;
  extensionsDir: string;
  /** Installed folder name of each extension, e.g. crossread.crossread-0.1.0. */
  installed: string[];
  /** ms from spawn to HTTP answering. */
  startupMs: number;
  process: ChildProcess;
  /** code-server's own log plus the VS Code server/extension-host logs under the user data dir. */
  collectLogs(destDir: string): void;
  /**
   * Resolves when Crossread's engine is idle with the exact view published (its API's whenIdle(): nothing queued,
   * debounced or running, no provisional "quick view" left standing), and returns what that view holds. With
   * `until`, asks again (idle each time) until the state satisfies it: for a change the extension host may not
   * have seen yet (a file written on disk, keys typed in the browser). Needs the idle probe (StartOptions.idleProbe).
   */
  whenIdle(opts?: IdleOptions): Promise<EngineState>;
  stop(): Promise<void>;
}

/** What the idle probe reports of Crossread once its engine is idle (see CodeServer.whenIdle). */
export interface EngineState {
  /** Document ids of the published (exact) view, as the engine names them (paths relative to the folder). */
  documents: string[];
  /** Its claims: verdict and the one-line summary. */
  claims: { verdict: string; summary: string }[];
  conflicts: number;
  /** Recent lines of the Crossread output channel ("level: message"). */
  log: string[];
  /** How long whenIdle() took in the extension host. */
  waitedMs: number;
  /** The extension host's process id. */
  host: number;
}

export interface IdleOptions {
  /** The window whose extension host to ask (a new window on the same server has its own): default the newest. */
  window?: Workbench;
  /** Ask again until this holds. */
  until?: (state: EngineState) => boolean;
  /** What `until` waits for, for the timeout message. */
  what?: string;
  timeoutMs?: number;
}

/** Copies an extension folder into `extensionsDir` as `<publisher>.<name>-<version>`. */
export function installUnpackedExtension(srcDir: string, extensionsDir: string): string {
  const pkgFile = path.join(srcDir, 'package.json');
  if (!existsSync(pkgFile)) throw new Error(`no package.json in extension folder ${srcDir}`);
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const main: string | undefined = pkg.main;
  if (main && !existsSync(path.resolve(srcDir, main)) && !existsSync(path.resolve(srcDir, main + '.js'))) {
    throw new Error(`extension main ${main} not found in ${srcDir} (build it first: node esbuild.mjs)`);
  }
  const folderName = `${pkg.publisher}.${pkg.name}-${pkg.version}`.toLowerCase();
  const dest = path.join(extensionsDir, folderName);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const entry of EXTENSION_FILES) {
    const from = path.join(srcDir, entry);
    if (existsSync(from)) cpSync(from, path.join(dest, entry), { recursive: true });
  }
  return folderName;
}

export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  const p = provisionedPaths();
  const name = opts.name ?? 'code-server';
  const root = mkdtempSync(path.join(os.tmpdir(), 'crossread-cs-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const xdg = path.join(root, 'xdg');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(xdg, { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...(opts.settings ?? {}) }, null, 2),
  );
  const installed = ([] as string[])
    .concat(opts.extensionDir ?? [])
    .map((dir) => installUnpackedExtension(dir, extensionsDir));
  const probeDir = (opts.idleProbe ?? installed.some((n) => n.startsWith(`${CROSSREAD_ID}-`))) ? writeIdleProbe(extensionsDir) : undefined;

  const port = opts.port ?? (await freePort());
  const configFile = path.join(root, 'config.yaml');
  // An explicit config so code-server never writes (or reads a password from) ~/.config/code-server.
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  mkdirSync(RESULTS_DIR, { recursive: true });
  const logFile = path.join(RESULTS_DIR, `${name}-${stamp()}.log`);
  const fd = openSync(logFile, 'a');

  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Don't leak an outer VS Code / Electron session into the server.
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k.startsWith('npm_')) continue;
    env[k] = v;
  }
  env.PATH = `${p.node24BinDir}${path.delimiter}${process.env.PATH ?? ''}`;
  env.XDG_DATA_HOME = path.join(xdg, 'data');
  env.XDG_CONFIG_HOME = path.join(xdg, 'config');
  env.XDG_CACHE_HOME = path.join(xdg, 'cache');

  const args = [
    p.codeServerEntry,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(opts.args ?? []),
    opts.folder,
  ];
  appendFileSync(logFile, `$ ${p.node24} ${args.join(' ')}\n`);
  const t0 = Date.now();
  // detached: own process group, so stop() can end the server and everything it forked.
  const child = spawn(p.node24, args, { env, stdio: ['ignore', fd, fd], detached: true, cwd: opts.folder });
  closeSync(fd);
  trackGroup(child.pid!);
  let exited: string | undefined;
  child.on('exit', (code, sig) => {
    exited = `exit ${code ?? sig}`;
  });

  const url = `http://127.0.0.1:${port}`;
  const deadline = until(opts.timeoutMs ?? 90_000);
  let ok = false;
  while (Date.now() < deadline && !exited) {
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) {
        ok = true;
        break;
      }
    } catch {
      /* not listening yet */
    }
    await tick(100);
  }
  const startupMs = Date.now() - t0;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
      const end = until(5000);
      while (child.exitCode === null && child.signalCode === null && Date.now() < end) await tick(50);
    }
    // Whatever the server forked (extension host, pty host, watchers) shares its process group.
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* all gone */
    }
    liveGroups.delete(child.pid!);
    if (!opts.keepDirs) rmSync(root, { recursive: true, force: true });
  };

  if (!ok) {
    await stop();
    throw new Error(`code-server did not answer on ${url} (${exited ?? 'timeout'}); log ${logFile}:\n${tail(logFile)}`);
  }
  appendFileSync(logFile, `[harness] HTTP ready after ${startupMs} ms\n`);

  return {
    url,
    port,
    logFile,
    userDataDir,
    extensionsDir,
    installed,
    startupMs,
    process: child,
    collectLogs(destDir: string) {
      mkdirSync(destDir, { recursive: true });
      cpSync(logFile, path.join(destDir, path.basename(logFile)));
      const logs = path.join(userDataDir, 'logs');
      if (existsSync(logs)) cpSync(logs, path.join(destDir, 'vscode-logs'), { recursive: true });
    },
    whenIdle: (o = {}) => {
      if (!probeDir) throw new Error('whenIdle needs the idle probe: start code-server with the Crossread extension (idleProbe)');
      return askIdle(probeDir, o, () => exited);
    },
    stop,
  };
}

// ---------------------------------------------------------------------------------------------
// The idle probe: a tiny extension installed beside Crossread that reaches Crossread's API (what activate()
// returns, src/vscode/api.ts) inside the extension host, which the browser cannot. The test and the probe talk
// through files in the probe's folder: each extension host announces itself (host-<pid>.json); the test writes
// req-<pid>-<n>.json; the probe awaits api.whenIdle() and writes res-<pid>-<n>.json (atomically: temp + rename).

const CROSSREAD_ID = 'crossread.crossread';
const IDLE_PROBE_FOLDER = 'crossread-test.idle-probe-0.0.1';

const idleProbeJs = String.raw`
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');
const channel = path.join(__dirname, '..', 'channel');
function writeAtomic(file, value) {
  const tmp = file + '.' + process.pid + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(value));
  fs.renameSync(tmp, file);
}
exports.activate = function activate(context) {
  fs.mkdirSync(channel, { recursive: true });
  writeAtomic(path.join(channel, 'host-' + process.pid + '.json'), { pid: process.pid, startedAt: Date.now() });
  const answering = new Set();
  const answer = async (id) => {
    let res;
    try {
      const ext = vscode.extensions.getExtension(${JSON.stringify(CROSSREAD_ID)});
      if (!ext) throw new Error('the Crossread extension is not loaded in this window');
      const api = ext.isActive ? ext.exports : await ext.activate();
      const t0 = Date.now();
      await api.whenIdle();
      const s = api.snapshot();
      res = {
        ok: true,
        documents: s.documents.map((d) => d.id),
        claims: s.claims.map((c) => ({ verdict: c.verdict, summary: c.summary })),
        conflicts: s.conflicts.length,
        log: api.log(),
        waitedMs: Date.now() - t0,
        host: process.pid,
      };
    } catch (e) {
      res = { ok: false, error: String((e && e.stack) || e) };
    }
    writeAtomic(path.join(channel, 'res-' + process.pid + '-' + id + '.json'), res);
  };
  // Polling interval only: a request is answered when the engine is idle, however long that takes.
  const timer = setInterval(() => {
    let names = [];
    try {
      names = fs.readdirSync(channel);
    } catch {
      return;
    }
    for (const name of names) {
      const m = /^req-(\d+)-(\d+)\.json$/.exec(name);
      if (!m || Number(m[1]) !== process.pid || answering.has(m[2])) continue;
      answering.add(m[2]);
      try {
        fs.rmSync(path.join(channel, name), { force: true });
      } catch {}
      answer(m[2]);
    }
  }, 50);
  context.subscriptions.push({ dispose: () => clearInterval(timer) });
};
exports.deactivate = function deactivate() {};
`;

/** Writes the idle probe into an extensions dir; returns the folder it talks through. */
function writeIdleProbe(extensionsDir: string): string {
  const dir = path.join(extensionsDir, IDLE_PROBE_FOLDER);
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  mkdirSync(path.join(dir, 'channel'), { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'idle-probe',
        displayName: 'Crossread e2e: idle probe',
        publisher: 'crossread-test',
        version: '0.0.1',
        license: 'MIT',
        engines: { vscode: '^1.95.0' },
        main: './dist/extension.js',
        activationEvents: ['onStartupFinished'],
        extensionDependencies: [CROSSREAD_ID],
        capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true },
      },
      null,
      2,
    ),
  );
  writeFileSync(path.join(dir, 'dist', 'extension.js'), idleProbeJs);
  return path.join(dir, 'channel');
}

let idleRequests = 0;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** One idle request after another (see CodeServer.whenIdle) until `until` holds or the time is up. */
async function askIdle(channel: string, opts: IdleOptions, serverExited: () => string | undefined): Promise<EngineState> {
  const deadline = until(opts.timeoutMs ?? 60_000);
  const since = opts.window?.openedAt ?? 0;
  const fail = (why: string): never => {
    throw new Error(`whenIdle${opts.what ? ` (${opts.what})` : ''}: ${why}`);
  };
  let last: EngineState | undefined;
  for (;;) {
    // The extension host of the window: the newest live one that announced itself after the window opened.
    let host: number | undefined;
    while (host === undefined) {
      const hosts = readdirSync(channel)
        .filter((n) => /^host-\d+\.json$/.test(n))
        .map((n) => JSON.parse(readFileSync(path.join(channel, n), 'utf8')) as { pid: number; startedAt: number })
        .filter((h) => h.startedAt >= since && alive(h.pid))
        .sort((a, b) => b.startedAt - a.startedAt);
      host = hosts[0]?.pid;
      if (host !== undefined) break;
      if (serverExited()) fail(`code-server ended (${serverExited()})`);
      if (Date.now() > deadline) fail('no extension host with Crossread announced itself (is a window open on this server?)');
      await tick(100);
    }
    const n = ++idleRequests;
    const res = path.join(channel, `res-${host}-${n}.json`);
    writeFileSync(path.join(channel, `req-${host}-${n}.json`), '{}');
    while (!existsSync(res)) {
      if (!alive(host)) fail(`the extension host ${host} ended before answering`);
      if (Date.now() > deadline) fail(`Crossread's engine was not idle after ${opts.timeoutMs ?? 60_000} ms${last ? `; last idle state: ${JSON.stringify({ ...last, log: last.log.slice(-8) })}` : ''}`);
      await tick(50);
    }
    const answer = JSON.parse(readFileSync(res, 'utf8')) as ({ ok: true } & EngineState) | { ok: false; error: string };
    rmSync(res, { force: true });
    if (!answer.ok) fail(answer.error);
    const { ok: _ok, ...state } = answer as { ok: true } & EngineState;
    last = state;
    if (!opts.until || opts.until(state)) return state;
    if (Date.now() > deadline) fail(`idle, but not in the state waited for; last: ${JSON.stringify({ ...state, log: state.log.slice(-8) })}`);
    await tick(150);
  }
}

// ---------------------------------------------------------------------------------------------
export interface WorkbenchOptions {
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Used to name the browser console log in test-results/. */
  name?: string;
  /** Extra query string parameters for the workbench URL (e.g. payload). */
  query?: Record<string, string>;
  timeoutMs?: number;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export async function openWorkbench(url: string, folder: string, opts: WorkbenchOptions = {}): Promise<Workbench> {
  const p = provisionedPaths();
  if (!existsSync(p.chromium)) throw new Error(`${p.chromium} missing: run node scripts/provision-vscode.mjs as root`);
  const browser = await chromium.launch({
    executablePath: p.chromium,
    headless: opts.headless ?? process.env.E2E_HEADED !== '1',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
    // tsx/esbuild may wrap named inner functions of page callbacks in __name(...): make it a no-op there.
    await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    const page = await context.newPage();
    page.setDefaultTimeout(opts.timeoutMs ?? 30_000);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const consoleLog = path.join(RESULTS_DIR, `${opts.name ?? 'browser'}-${stamp()}.console.log`);
    page.on('console', (m) => appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => appendFileSync(consoleLog, `[pageerror] ${e.stack ?? e}\n`));
    const query = new URLSearchParams({ folder, ...(opts.query ?? {}) });
    const t0 = Date.now();
    await page.goto(`${url}/?${query}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // The explorer for the folder and the status bar mean the workbench has restored its parts.
    await page.waitForSelector('.part.statusbar .statusbar-item', { timeout: 60_000 });
    const wb = new Workbench(browser, context, page, consoleLog);
    wb.loadMs = Date.now() - t0;
    wb.openedAt = t0;
    return wb;
  } catch (e) {
    await browser.close();
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
export interface ExtensionTestsOptions {
  /** Extension folder loaded in development mode (not copied; must have package.json + built main). */
  extensionDevelopmentPath: string;
  /** CommonJS module exporting `run(): Promise<void>`, run inside the extension host (Node 24, `require('vscode')` works). */
  extensionTestsPath: string;
  /** Workspace folder to open. */
  folder: string;
  settings?: Record<string, unknown>;
  /** Extra environment for the server and so the extension host (e.g. to pass options to the test module). */
  env?: Record<string, string>;
  timeoutMs?: number;
  name?: string;
}

export interface ExtensionTestsResult {
  /** 0 when run() resolved, 1 when it threw; null on timeout. */
  code: number | null;
  /** Renderer log lines relayed through window.codeAutomationLog (includes extension host errors). */
  log: string[];
  logFile: string;
  ms: number;
}

/**
 * The @vscode/test-electron way, inside code-server: the workbench URL carries
 * payload=[["extensionDevelopmentPath", uri], ["extensionTestsPath", uri]] and the workbench calls
 * window.codeAutomationExit(code) when the test module's run() settles. Two things make code-server
 * honour that payload: the server must run with `--vscode-option enable-smoke-test-driver` (a built
 * workbench ignores the payload otherwise), and the URIs must use code-server's remote authority,
 * which is literally "remote": vscode-remote://remote/<absolute path>.
 */
export async function runExtensionTests(opts: ExtensionTestsOptions): Promise<ExtensionTestsResult> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  let cs: CodeServer | undefined;
  let browser: Browser | undefined;
  const t0 = Date.now();
  const log: string[] = [];
  try {
    cs = await startCodeServer({
      folder: opts.folder,
      settings: opts.settings,
      name: opts.name ?? 'exthost-tests',
      args: ['--vscode-option', 'enable-smoke-test-driver'],
    });
    browser = await chromium.launch({ executablePath: provisionedPaths().chromium, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    let done: (code: number) => void = () => {};
    const exited = new Promise<number>((r) => (done = r));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      log.push(`[${type}] ${(args ?? []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => done(code));
    const remote = (p: string) => `vscode-remote://remote${path.resolve(p)}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(opts.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(opts.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(`${cs.url}/?${new URLSearchParams({ folder: opts.folder, payload })}`);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exited,
      new Promise<null>((r) => (timer = setTimeout(() => r(null), opts.timeoutMs ?? 120_000))),
    ]);
    clearTimeout(timer);
    appendFileSync(cs.logFile, `[harness] extension tests exit code ${code}\n${log.join('\n')}\n`);
    return { code, log, logFile: cs.logFile, ms: Date.now() - t0 };
  } finally {
    await browser?.close().catch(() => {});
    await cs?.stop();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export interface TreeRow {
  label: string;
  description: string;
  /** 1 for top-level rows. */
  depth: number;
  /** undefined for leaves. */
  expanded?: boolean;
  ariaLabel: string;
}

export interface DecoratedSpan {
  text: string;
  className: string;
  layer: 'text' | 'overlay' | 'margin';
}

/**
 * Decorations made by extensions (TextEditorDecorationType), in the text and overlay layers.
 * Use ANY_DECORATION_SELECTOR to include the workbench's own `ced-` decorations too.
 */
export const DECORATION_SELECTOR =
  '.view-lines span[class*="ced-"][class*="TextEditorDecorationType"], .view-overlays [class*="ced-"][class*="TextEditorDecorationType"], .margin-view-overlays [class*="ced-"][class*="TextEditorDecorationType"]';
export const ANY_DECORATION_SELECTOR = '.view-lines span[class*="ced-"], .view-overlays [class*="ced-"], .margin-view-overlays [class*="ced-"]';

/** A person at the keyboard and mouse of a VS Code window. */
export class Workbench {
  loadMs = 0;
  /** When openWorkbench started loading this window (its extension host starts after: see CodeServer.whenIdle). */
  openedAt = 0;
  constructor(
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly consoleLog: string,
  ) {}

  // ---- quick input -------------------------------------------------------------------------
  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  private async openQuickInput(key: string) {
    await this.dismissQuickInput();
    await this.page.keyboard.press(key);
    await this.quickInput.waitFor({ state: 'visible' });
    await this.page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible' });
  }

  async dismissQuickInput() {
    await this.pressEscapeUntilHidden(this.quickInput);
  }

  /**
   * Escape until `widget` is hidden. While a notification toast is visible, VS Code spends the first
   * Escape on hiding the toasts, not on the focused widget; so one Escape is not always enough.
   */
  async pressEscapeUntilHidden(widget: Locator, tries = 4) {
    for (let i = 0; i < tries && (await widget.first().isVisible()); i++) {
      await this.page.keyboard.press('Escape');
      try {
        await widget.first().waitFor({ state: 'hidden', timeout: 2000 });
        return;
      } catch {
        /* the Escape went elsewhere (e.g. toasts); press again */
      }
    }
    await widget.first().waitFor({ state: 'hidden', timeout: 5000 });
  }

  /** Texts (labels) of the visible quick pick rows. */
  async quickPickItems(): Promise<string[]> {
    await this.quickInput.waitFor({ state: 'visible' });
    const rows = (await this.page.evaluate(`(${QUICK_ROWS})()`)) as { label: string }[];
    return rows.map((r) => r.label);
  }

  /**
   * Waits for a quick pick row whose label matches (a string must equal the label), then chooses
   * it with the keyboard: arrow keys until it is the focused row, then Enter. (Not a click: rows
   * are re-rendered and re-ordered while results stream in, e.g. "recently opened" vs "file results",
   * so a row found a moment ago may be gone when the click lands.) Returns the label picked.
   */
  async pickQuickItem(text: string | RegExp, timeoutMs = 30_000): Promise<string> {
    const want = toWant(text, true);
    const deadline = until(timeoutMs);
    let found: { index: number; label: string; focused: number };
    for (;;) {
      // A string expression (not a function) so the row helper can be shared without eval in the page.
      const handle = await this.page.waitForFunction(
        `(() => {
          const want = ${JSON.stringify(want)};
          const rows = (${QUICK_ROWS})();
          const i = rows.findIndex((r) => new RegExp(want.re, want.flags).test(r.label));
          return i < 0 ? false : { index: i, label: rows[i].label, focused: rows.findIndex((r) => r.focused) };
        })()`,
        undefined,
        { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
      );
      found = (await handle.jsonValue()) as typeof found;
      if (found.focused === found.index) break;
      if (Date.now() > deadline) throw new Error(`quick pick: could not focus row ${JSON.stringify(found.label)}`);
      await this.page.keyboard.press(found.focused < 0 || found.focused < found.index ? 'ArrowDown' : 'ArrowUp');
    }
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    const typed = await input.inputValue();
    const placeholder = (await input.getAttribute('placeholder')) ?? '';
    await this.page.keyboard.press('Enter');
    // Done when the quick input closes, or (a command that opens another quick pick, e.g.
    // "View: Open View", or an extension's second step) when the input now holds something else
    // than what we typed, or asks something else (its placeholder changed; both steps may be empty).
    await this.page.waitForFunction(
      ({ typed, placeholder }) => {
        const w = document.querySelector('.quick-input-widget');
        const i = document.querySelector('.quick-input-widget .quick-input-box input');
        return !w || w.offsetParent === null || getComputedStyle(w).display === 'none' || !i || i.value !== typed || (i.getAttribute('placeholder') ?? '') !== placeholder;
      },
      { typed, placeholder },
      { polling: 50 },
    );
    return found.label;
  }

  /**
   * Command palette (F1), type the title, pick the row whose label is exactly the title.
   * The palette lists the commands known when it opens: right after the window loads, an
   * extension's contributions may not be registered yet ("No matching commands"), so like a
   * person we close it and try again until `timeoutMs`.
   */
  async runCommand(title: string, timeoutMs = 45_000) {
    await this.retryQuickInput('F1', title, title, timeoutMs, 3000);
  }

  /** Opens a quick input with `key`, types `text`, picks `pick`; reopens and retypes if no row matches within a few seconds. */
  private async retryQuickInput(key: string, text: string, pick: string | RegExp, timeoutMs: number, firstWaitMs = 8000): Promise<string> {
    const deadline = until(timeoutMs);
    for (let attempt = 1; ; attempt++) {
      await this.openQuickInput(key);
      await this.page.keyboard.type(text);
      const left = deadline - Date.now();
      try {
        return await this.pickQuickItem(pick, Math.max(1000, Math.min(left, firstWaitMs * attempt)));
      } catch (e) {
        if (process.env.E2E_DEBUG) {
          const rows = await this.quickPickItems().catch(() => []);
          const value = await this.page.locator('.quick-input-widget .quick-input-box input').inputValue().catch(() => '?');
          console.log(`[harness] quick input try ${attempt}: no ${pick} yet; value ${JSON.stringify(value)}, rows ${JSON.stringify(rows)}`);
        }
        if (Date.now() >= deadline) {
          const rows = await this.quickPickItems().catch(() => []);
          await this.dismissQuickInput().catch(() => {});
          throw new Error(`quick input "${text}": no row ${pick} after ${attempt} tries; rows: ${JSON.stringify(rows)}`, { cause: e });
        }
      }
    }
  }

  // ---- editors -----------------------------------------------------------------------------
  /**
   * Quick open (Ctrl+P), type the path, pick the file row (the first search on a fresh window takes
   * a few seconds: the file search service starts lazily); waits until its tab is active and its text rendered.
   */
  async openFile(relativePath: string) {
    const base = path.basename(relativePath);
    await this.retryQuickInput('Control+P', relativePath, base, 60_000);
    await this.waitForActiveTab(base);
    await this.activeEditor().locator('.view-lines .view-line').first().waitFor({ state: 'visible' });
  }

  /** Waits until the active tab's label (name + suffix, e.g. "article.txt") equals `name`. */
  async waitForActiveTab(name: string, timeoutMs = 30_000) {
    await this.page.waitForFunction(
      (name) => {
        const tab = document.querySelector('.editor-group-container.active .tab.active .monaco-icon-label-container');
        if (!tab) return false;
        const label = [...tab.querySelectorAll('.monaco-icon-name-container, .monaco-icon-suffix-container')]
          .map((e) => e.textContent ?? '')
          .join('');
        return label.trim() === name;
      },
      name,
      { timeout: timeoutMs, polling: 100 },
    );
  }

  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** Labels of the open editor tabs (all groups), e.g. ["article.txt"]. */
  async tabs(): Promise<string[]> {
    return this.page.locator('.tabs-container .tab .monaco-icon-label-container').evaluateAll((els) =>
      els.map((t) =>
        [...t.querySelectorAll('.monaco-icon-name-container, .monaco-icon-suffix-container')]
          .map((e) => e.textContent ?? '')
          .join('')
          .trim(),
      ),
    );
  }

  /** Text of the rendered lines of the active editor, top to bottom (spaces normalised). */
  async editorText(): Promise<string> {
    return this.activeEditor().locator('.view-lines').evaluate((root) =>
      [...root.querySelectorAll('.view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' '))
        .join('\n'),
    );
  }

  /** Focuses the active editor (clicking its text only if it has no focus yet) and types. */
  async typeInEditor(text: string, opts: { at?: 'end' | 'start' | 'cursor' } = {}) {
    await this.focusEditor();
    if (opts.at === 'end') await this.page.keyboard.press('Control+End');
    if (opts.at === 'start') await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.type(text);
  }

  /** Ctrl+S, waits until the active tab is no longer dirty. */
  async save() {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ state: 'visible' });
  }

  /**
   * Finds `text` in the rendered lines of the active editor (nth occurrence, 0-based), moves the
   * mouse over its middle and returns the hover's innerText once it has content (and `contains`, if given).
   */
  async hoverText(text: string, opts: { nth?: number; contains?: string | RegExp; timeoutMs?: number } = {}): Promise<string> {
    const nth = opts.nth ?? 0;
    let box = await this.textBox(text, nth);
    if (!box && nth === 0 && (await this.revealText(text))) {
      const end = until(5000);
      while (!(box = await this.textBox(text, nth)) && Date.now() < end) await tick(50);
    }
    if (!box) throw new Error(`text ${JSON.stringify(text)} (#${nth}) not found in the rendered editor lines`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').filter({ visible: true });
    // Move away first so a hover from an earlier call goes; then onto the word in a few steps, as a
    // mouse would (Monaco starts its hover timer on mousemove over the text).
    await this.page.mouse.move(5, 5);
    await hover.first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    const deadline = until(opts.timeoutMs ?? 15_000);
    let attempt = 0;
    while (Date.now() < deadline) {
      await this.page.mouse.move(x - 3 + (attempt % 2) * 2, y, { steps: 3 });
      await this.page.mouse.move(x, y, { steps: 2 });
      try {
        const handle = await this.page.waitForFunction(
          ({ want }) => {
            const els = [...document.querySelectorAll('.monaco-editor .monaco-hover')].filter(
              (e) => !e.classList.contains('hidden') && e.offsetParent !== null && e.getBoundingClientRect().height > 0,
            );
            for (const el of els) {
              const t = el.innerText.trim();
              if (!t || /^Loading\.\.\.$/.test(t)) continue;
              if (want && !(want.re ? new RegExp(want.re, want.flags).test(t) : t.includes(want.s!))) continue;
              return t;
            }
            return false;
          },
          { want: toWant(opts.contains) },
          { timeout: 3000, polling: 100 },
        );
        return (await handle.jsonValue()) as string;
      } catch {
        attempt++; // not shown yet: nudge the mouse again
      }
    }
    throw new Error(`no hover${opts.contains ? ` containing ${opts.contains}` : ''} appeared over ${JSON.stringify(text)}`);
  }

  /**
   * Scrolls the active editor to the first match of `text` the way a person would: Ctrl+Home,
   * Ctrl+F, type, Escape (the editor keeps the match selected and in view; the cursor moves there).
   * Returns false if there is no match.
   * Monaco renders only the lines in view, so text further down must be revealed before hovering.
   */
  async revealText(text: string): Promise<boolean> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    const input = this.page.locator('.editor-group-container.active .find-widget.visible textarea, .editor-group-container.active .find-widget.visible input').first();
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
    const matches = this.page.locator('.editor-group-container.active .find-widget.visible .matchesCount');
    await this.page.waitForFunction((el) => /\d|No results/.test((el as any).textContent ?? ''), await matches.elementHandle());
    const found = !/No results/.test((await matches.textContent()) ?? '');
    await this.pressEscapeUntilHidden(this.page.locator('.editor-group-container.active .find-widget.visible'));
    return found;
  }

  /** Gives the active editor keyboard focus (clicking into its text only if it has none). */
  async focusEditor() {
    const ed = this.activeEditor();
    if (await ed.evaluate((el) => el.classList.contains('focused'))) return;
    await ed.locator('.view-lines').click();
    await this.page.waitForFunction((el) => (el as any).classList.contains('focused'), await ed.elementHandle());
  }

  /** Screen box of the nth occurrence of text in the active editor's rendered lines (null if absent). */
  async textBox(text: string, nth = 0): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.activeEditor()
      .locator('.view-lines')
      .evaluate(
        (root, { text, nth }) => {
          const lines = [...root.querySelectorAll('.view-line')].sort(
            (a, b) => parseFloat(a.style.top) - parseFloat(b.style.top),
          );
          let seen = 0;
          for (const line of lines) {
            // Concatenate the line's text nodes, remembering where each starts.
            const nodes: { node: any; start: number }[] = [];
            let s = '';
            const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              nodes.push({ node: n, start: s.length });
              s += (n.nodeValue ?? '').replace(/\u00a0/g, ' ');
            }
            let from = 0;
            for (;;) {
              const i = s.indexOf(text, from);
              if (i < 0) break;
              if (seen++ === nth) {
                const at = (off: number) => {
                  let k = nodes.length - 1;
                  while (k > 0 && nodes[k].start > off) k--;
                  return { node: nodes[k].node, offset: off - nodes[k].start };
                };
                const a = at(i);
                const b = at(i + text.length - 1);
                const range = document.createRange();
                range.setStart(a.node, a.offset);
                range.setEnd(b.node, b.offset + 1);
                const r = range.getBoundingClientRect();
                return { x: r.x, y: r.y, width: r.width, height: r.height };
              }
              from = i + 1;
            }
          }
          return null;
        },
        { text, nth },
      );
  }

  /**
   * Rendered decoration pieces in the active editor. `window.createTextEditorDecorationType` options
   * become CSS classes named `ced-<n>-TextEditorDecorationType<id>-<kind>` (VS Code's code editor
   * service; workbench-internal decoration types also start with `ced-` but have other keys):
   *  - `backgroundColor`, `border`, `outline`... (the decoration's className) render as
   *    `div.cdr.ced-…` boxes in `.view-overlays`, one per decorated line segment: layer "overlay";
   *  - `color`, `fontWeight`, `textDecoration`, `before`/`after`... (inlineClassName) put the class on
   *    the text spans in `.view-lines`: layer "text";
   *  - `gutterIconPath` renders in `.margin-view-overlays`: layer "margin".
   * `text` is the text under the piece (for overlays: the characters whose middle lies inside the box).
   * A decoration with both kinds of options shows up once per layer.
   */
  async decorations(selector = DECORATION_SELECTOR): Promise<DecoratedSpan[]> {
    return this.activeEditor().evaluate((editor, sel) => {
      const lines = [...editor.querySelectorAll('.view-lines .view-line')];
      const textInBox = (box: { top: number; height: number; left: number; right: number }) => {
        const midY = box.top + box.height / 2;
        const line = lines.find((l) => {
          const r = l.getBoundingClientRect();
          return r.top <= midY && midY <= r.bottom;
        });
        if (!line) return '';
        let out = '';
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const v = n.nodeValue ?? '';
          for (let i = 0; i < v.length; i++) {
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const r = range.getBoundingClientRect();
            const mid = r.left + r.width / 2;
            if (mid >= box.left && mid <= box.right) out += v[i];
          }
        }
        return out.replace(/\u00a0/g, ' ');
      };
      return [...editor.querySelectorAll(sel)].map((e) => {
        const layer = e.closest('.view-lines') ? 'text' : e.closest('.margin-view-overlays') ? 'margin' : 'overlay';
        const text = layer === 'text' ? (e.textContent ?? '').replace(/\u00a0/g, ' ') : layer === 'overlay' ? textInBox(e.getBoundingClientRect()) : '';
        return { text, className: e.className, layer } as const;
      });
    }, selector);
  }

  /** Number of rendered decoration pieces (see decorations()) matching `selector`. */
  async decorationCount(selector?: string): Promise<number> {
    return (await this.decorations(selector)).length;
  }

  /** Polls until decorationCount(selector) satisfies `pred` (default: > 0); returns the count. */
  async waitForDecorations(pred: (n: number) => boolean = (n) => n > 0, selector?: string, timeoutMs = 15_000): Promise<number> {
    const deadline = until(timeoutMs);
    let n = await this.decorationCount(selector);
    while (!pred(n)) {
      if (Date.now() > deadline) throw new Error(`decorations: count ${n} never satisfied ${pred}`);
      await tick(100);
      n = await this.decorationCount(selector);
    }
    return n;
  }

  // ---- views -------------------------------------------------------------------------------
  /** Opens a view by its title through "View: Open View" (quick open with the "view " prefix). */
  async openView(title: string) {
    // "View: Open View" is the quick access prefix "view " of quick open: same picker, one step.
    await this.retryQuickInput('Control+P', `view ${title}`, title, 45_000, 3000);
    await this.viewPane(title).waitFor({ state: 'visible' });
  }

  /** The pane (header + body) of a view with this title in the side bar / panel. */
  viewPane(title: string): Locator {
    return this.page
      .locator('.pane')
      .filter({ has: this.page.locator('.pane-header .title', { hasText: new RegExp(`^\\s*${escapeRe(title)}\\s*$`, 'i') }) })
      .first();
  }

  /**
   * Rows of a tree view, top to bottom (opens the view if it is not on screen, expands the pane if
   * collapsed; waits for `minCount` rows).
   * Lists are virtualised: only rows scrolled into view exist.
   */
  async treeRows(viewTitle: string, opts: { minCount?: number } = {}): Promise<TreeRow[]> {
    const pane = this.viewPane(viewTitle);
    // Not on screen (its container is closed): open it like a person would.
    if (!(await pane.isVisible())) await this.openView(viewTitle);
    await pane.waitFor({ state: 'visible' });
    const header = pane.locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    const min = opts.minCount ?? 1;
    await this.page.waitForFunction(
      ([el, n]) => (el as any).querySelectorAll('.pane-body .monaco-list-row').length >= (n as number),
      [await pane.elementHandle(), min] as const,
    );
    return pane.locator('.pane-body .monaco-list-row').evaluateAll((rs) =>
      rs
        .map((r: any) => {
          const name = [...r.querySelectorAll('.monaco-icon-name-container, .monaco-icon-suffix-container')]
            .map((e: any) => e.textContent ?? '')
            .join('');
          const label = (name || r.querySelector('.monaco-tl-contents')?.textContent || r.getAttribute('aria-label') || '').trim();
          const expanded = r.getAttribute('aria-expanded');
          return {
            index: Number(r.getAttribute('data-index') ?? 0),
            label,
            description: (r.querySelector('.label-description')?.textContent ?? '').trim(),
            depth: Number(r.getAttribute('aria-level') ?? 1),
            expanded: expanded === null ? undefined : expanded === 'true',
            ariaLabel: r.getAttribute('aria-label') ?? '',
          };
        })
        .sort((x, y) => x.index - y.index)
        .map(({ index: _i, ...row }) => row),
    );
  }

  /** Labels of the rows of a tree view, top to bottom (see treeRows for descriptions, depth, ...). */
  async treeItems(viewTitle: string, opts: { minCount?: number } = {}): Promise<string[]> {
    return (await this.treeRows(viewTitle, opts)).map((r) => r.label);
  }

  // ---- notifications, status bar --------------------------------------------------------------
  /** Texts of the visible notification toasts (message text only). */
  async notifications(): Promise<string[]> {
    return this.page
      .locator('.notifications-toasts .notification-toast-container')
      .filter({ visible: true })
      .evaluateAll((els) =>
        els.map((e) => (e.querySelector('.notification-list-item-message')?.textContent ?? e.textContent ?? '').trim()),
      );
  }

  /** Waits for a toast whose message matches and whose fade-in is done (crisp screenshots); returns its text. */
  async waitForNotification(match: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const loc = this.page
      .locator('.notifications-toasts .notification-toast.notification-fade-in-done .notification-list-item-message')
      .filter({ hasText: match })
      .filter({ visible: true })
      .first();
    await loc.waitFor({ state: 'visible', timeout: timeoutMs });
    return ((await loc.textContent()) ?? '').trim();
  }

  /** Texts of all status bar items. */
  async statusBarItems(): Promise<string[]> {
    return this.page.locator('.part.statusbar .statusbar-item').evaluateAll((els) =>
      els.map((e) => (e as any).innerText.trim()).filter(Boolean),
    );
  }

  /** Waits for a status bar item whose text (or aria-label) matches; returns its text. */
  async statusBarText(match: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const want = toWant(match);
    const handle = await this.page.waitForFunction(
      ({ want }) => {
        for (const e of document.querySelectorAll('.part.statusbar .statusbar-item')) {
          for (const t of [e.innerText.trim(), e.getAttribute('aria-label') ?? '']) {
            if (t && (want!.re ? new RegExp(want!.re, want!.flags).test(t) : t.includes(want!.s!))) return e.innerText.trim() || t;
          }
        }
        return false;
      },
      { want },
      { timeout: timeoutMs, polling: 100 },
    );
    return (await handle.jsonValue()) as string;
  }

  // ---- misc --------------------------------------------------------------------------------
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close() {
    await this.context.close().catch(() => {});
    await this.browser.close().catch(() => {});
  }
}

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toWant(m: string | RegExp | undefined, exact = false): { s?: string; re?: string; flags?: string } | null {
  if (m === undefined) return null;
  if (typeof m !== 'string') return { re: m.source, flags: m.flags };
  return exact ? { re: `^\\s*${escapeRe(m)}\\s*$`, flags: '' } : { s: m };
}

/**
 * Browser-side function (as source, evaluated in the page): the quick pick rows, top to bottom
 * (by data-index: list rows are positioned absolutely and their DOM order can differ), each with
 * its label and whether it is the focused row. In VS Code 1.139 a label is split into name +
 * suffix (e.g. "article" + ".txt" for files) and the description ("recently opened", the file's
 * folder, ...) sits in another container, so we join only the name and suffix containers.
 */
const QUICK_ROWS = `() => [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')]
  .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
  .map((r) => {
    // Only the row's first icon label: a row with a detail line has a second one (in 1.139 a reused row
    // keeps a hidden, stale detail from an earlier quick pick, which must not leak into the label).
    const first = r.querySelector('.monaco-icon-label') || r;
    const parts = [...first.querySelectorAll('.monaco-icon-name-container, .monaco-icon-suffix-container')];
    const label = parts.length ? parts.map((e) => e.textContent || '').join('') : (r.getAttribute('aria-label') || r.textContent || '');
    return { label: label.replace(/\\u00a0/g, ' ').trim(), focused: r.classList.contains('focused') };
  })`;
