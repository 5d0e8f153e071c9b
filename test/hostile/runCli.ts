// Runs the crossread CLI for the hostile tests of issue 10 (decisions file, --out, exclusions, control characters,
// depth): the built dist/cli.js when it is newer than every source it is built from (`npm test` builds first),
// otherwise the source through tsx. A small corpus of two valid articles with one known conflict, written here.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { tempParent } from './hostileCorpus';

const repo = resolve(__dirname, '../..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const built = join(repo, 'dist/cli.js');
const fresh = existsSync(built) && statSync(built).mtimeMs >= Math.max(newestSource(join(repo, 'src/cli')), newestSource(join(repo, 'src/core')));
const entry = fresh ? [built] : [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'src/cli/main.ts')];

/** Runs `crossread ...args`; a run that outlasts `timeoutMs` is killed (and has `signal` set). */
export function runCli(args: string[], options: { timeoutMs?: number; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...entry, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? repo,
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** The CLI ran to its end: no signal, no stack trace, no uncaught error. */
export function expectNoCrash(r: SpawnSyncReturns<string>): void {
  expect(r.error, 'the CLI was killed (timeout?)').toBeUndefined();
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError|Uncaught|FATAL ERROR)\b/);
}

export const stderrLines = (r: SpawnSyncReturns<string>): string[] => r.stderr.split('\n').filter((l) => l.length > 0);

export const HERALD = 'harbor-herald/2026-03-14-flood.md';
export const TIMES = 'coastal-times/2026-03-14-flood.txt';
export const HERALD_TEXT =
  '---\nsource: Harbor Herald\ndate: 2026-03-14\n---\n# Flood in Tromsø\n\nErik Solheim said 400 people were evacuated from Tromsø on Monday. ' +
  'Ingrid Berg of the Red Cross helped.\n';
export const TIMES_TEXT = 'Flood in Tromsø\n\nPolice said 40 people were evacuated from Tromsø on Monday, Erik Solheim confirmed. Ingrid Berg was there.\n';

/** A temporary folder with two valid articles (a conflict: 400 against 40 evacuated), and more files when given. */
export function smallCorpus(extra: Record<string, string | Buffer> = {}): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tempParent(), 'crossread-hostile10-'));
  const files: Record<string, string | Buffer> = { [HERALD]: HERALD_TEXT, [TIMES]: TIMES_TEXT, ...extra };
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
