// `npm run demo` as a newcomer runs it: the README's command itself (not a copy of its steps), from a plain login
// environment (no npm_*, CI, VSCODE_* or test variables; `npm run` adds its own), with no `code` on the PATH. It
// must install what is missing, build, print the report, start code-server with the extension and print a URL;
// that URL, opened in Chromium, shows samples/ with highlights and hovers. Ctrl+C (SIGINT here) stops it all.
// Run: npx vitest run -c vitest.e2e.config.ts test/e2e/demo.test.ts
// Screenshot: test-results/screenshots/demo-samples.png; the demo's output: test-results/demo-output.log.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, RESULTS_DIR, openWorkbench, waitFor, type Workbench } from './harness';

const SAMPLES = path.join(REPO_ROOT, 'samples');
const URL_LINE = /Crossread demo: open (http:\/\/127\.0\.0\.1:\d+)\/\?folder=(\S+) in a browser/;

/** A login shell's environment: what a person has before typing `npm run demo`, without a `code` command. */
function newcomerEnv(): NodeJS.ProcessEnv {
  const keep = /^(HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|LC_\w+|TERM|TZ|TMPDIR|XDG_RUNTIME_DIR|HTTPS?_PROXY|NO_PROXY|https?_proxy|no_proxy|NODE_EXTRA_CA_CERTS|SSL_CERT_(FILE|DIR))$/;
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (keep.test(k) && v !== undefined) env[k] = v;
  const hasCode = (dir: string) => {
    try {
      accessSync(path.join(dir, 'code'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  env.PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((d) => d && !hasCode(d) && !d.includes(`${path.sep}node_modules${path.sep}`))
    .join(path.delimiter);
  return env;
}

describe('npm run demo on a machine without `code`', () => {
  let demo: ChildProcess | undefined;
  let exited: string | undefined;
  let output = '';
  let wb: Workbench | undefined;
  const logFile = path.join(RESULTS_DIR, 'demo-output.log');

  afterAll(async () => {
    await wb?.close();
    if (demo?.pid && exited === undefined) {
      try {
        process.kill(-demo.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(logFile, output);
  });

  it('prints a URL at which code-server shows samples/ with highlights and hovers; Ctrl+C stops it', async () => {
    const env = newcomerEnv();
    expect(spawnSync('sh', ['-c', 'command -v code'], { env }).status, 'no `code` on the PATH').not.toBe(0);
    // Its own process group, as a terminal gives it: Ctrl+C reaches npm, the demo script and its children.
    demo = spawn('npm', ['run', 'demo'], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    demo.stdout!.on('data', (d) => (output += d));
    demo.stderr!.on('data', (d) => (output += d));
    demo.on('exit', (code, signal) => (exited = signal ?? `exit ${code}`));

    // Installing and provisioning take minutes on a fresh clone; here they are usually done already.
    const m = await waitFor(
      'the demo URL',
      () => {
        if (exited) throw new Error(`npm run demo ended (${exited}) before printing its URL:\n${output.slice(-3000)}`);
        return URL_LINE.exec(output);
      },
      12 * 60_000,
    ).catch((e) => {
      throw new Error(`${e instanceof Error ? e.message : e}\n--- demo output:\n${output.slice(-3000)}`);
    });
    const [, base, folderParam] = m;
    const folder = decodeURIComponent(folderParam!);
    expect(folder).toBe(SAMPLES);
    // It printed the report of samples/ first, and started code-server, not the desktop VS Code.
    expect(output).toMatch(/# Crossread report: samples/);
    expect(output).toMatch(/no `code` on the PATH; starting code-server/);

    // What the extension must show: the CLI's reading of the same folder (the demo built dist/cli.js).
    const report = JSON.parse(execFileSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'report', SAMPLES, '--format', 'json'], { encoding: 'utf8' })) as {
      documents: { id: string }[];
      entities: { name: string; kind: string; mentions: { doc: string; start: number; text: string }[] }[];
      figures: { id: string; doc: string; start: number; text: string }[];
      claims: { verdict: string; figures: string[] }[];
    };
    const n = report.documents.length;
    const conflicts = report.claims.filter((c) => c.verdict === 'conflict').length;
    expect(n).toBeGreaterThan(1);

    // An article with a name several sources use and a figure of a claim, each first found where it is read.
    const text = (doc: string) => readFileSync(path.join(SAMPLES, doc), 'utf8');
    const firstIsMention = (doc: string, spans: { doc: string; start: number; text: string }[], t: string) => spans.some((s) => s.doc === doc && s.start === text(doc).indexOf(t));
    const inClaims = new Set(report.claims.flatMap((c) => c.figures));
    let pick: { doc: string; name: string; entity: (typeof report.entities)[number]; figure: string } | undefined;
    for (const d of report.documents) {
      const entity = report.entities.find((e) => new Set(e.mentions.map((x) => x.doc)).size > 1 && e.mentions.some((x) => x.doc === d.id && firstIsMention(d.id, e.mentions, x.text)));
      const figure = report.figures.find((f) => f.doc === d.id && inClaims.has(f.id) && firstIsMention(d.id, report.figures, f.text));
      if (entity && figure) {
        const name = entity.mentions.find((x) => x.doc === d.id && firstIsMention(d.id, entity.mentions, x.text))!.text;
        pick = { doc: d.id, name, entity, figure: figure.text };
        break;
      }
    }
    expect(pick, 'an article of samples/ with a shared name and a claimed figure').toBeDefined();

    wb = await openWorkbench(base!, folder, { name: 'demo' });
    const status = await wb.statusBarText(new RegExp(`^Crossread: ${n} articles`), 90_000);
    expect(status).toBe(`Crossread: ${n} articles · ${conflicts} conflict${conflicts === 1 ? '' : 's'}`);
    await wb.openFile(pick!.doc);
    await wb.waitForDecorations((k) => k > 3, undefined, 30_000);
    const marked = (await wb.decorations()).map((d) => d.text.trim()).filter(Boolean);
    expect(marked.length).toBeGreaterThan(3);
    const nameHover = await wb.hoverText(pick!.name, { contains: ' sources' });
    expect(nameHover).toMatch(new RegExp(`· ${pick!.entity.kind} · named in \\d+ sources`));
    const figureHover = await wb.hoverText(pick!.figure, { contains: `“${pick!.figure}”` });
    expect(figureHover).toContain(`“${pick!.figure}”`);
    await wb.screenshot('demo-samples');
    await wb.close();
    wb = undefined;

    // Ctrl+C: the demo stops code-server and ends.
    process.kill(-demo.pid!, 'SIGINT');
    await waitFor('the demo to end after Ctrl+C', () => exited, 30_000);
    await waitFor('code-server to stop listening', async () => {
      try {
        await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
        return false;
      } catch {
        return true;
      }
    }, 30_000);
  }, 20 * 60_000);
});
