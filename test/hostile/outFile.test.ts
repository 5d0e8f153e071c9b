// `crossread report --out FILE` never destroys. Before: pointed into the folder it silently replaced crossread.yaml
// or README.md; a report written there was read back as an article on the next run (a conflict became
// "corroborated"); a device, named pipe or symbolic link at FILE was replaced by a regular file; FILE naming a
// folder left a .tmp file behind. Now each is refused with one line and exit status 2, the file untouched, and a
// report among the articles is recognised (its marker line) and skipped with a message.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportV1 } from '../../src/core';
import { writeAtomically } from '../../src/cli/outFile';
import { isCrossreadReport, REPORT_MARKER } from '../../src/core/report/reportMarkdown';
import { tempParent } from './hostileCorpus';
import { expectNoCrash, HERALD, HERALD_TEXT, runCli, smallCorpus, stderrLines, TIMES, TIMES_TEXT } from './runCli';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function corpus(extra: Record<string, string> = {}) {
  const c = smallCorpus(extra);
  cleanups.push(c.cleanup);
  return c.dir;
}
function scratch(): string {
  const dir = mkdtempSync(join(tempParent(), 'crossread-out-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
/** Every file under `dir` (relative paths), to see that nothing was added or left behind. */
function tree(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isDirectory()) out.push(...tree(join(dir, e.name), `${rel}/`));
    else out.push(rel);
  }
  return out.sort();
}
/** Runs the CLI expecting a refusal: exit status 2 and one line on stderr matching `message`. */
function refused(args: string[], message: RegExp): void {
  const r = runCli(args);
  expectNoCrash(r);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(stderrLines(r)).toHaveLength(1);
  expect(stderrLines(r)[0]).toMatch(message);
}
const claimOf = (report: ReportV1) => report.claims.map((c) => c.verdict).sort();

describe('--out never replaces what the run reads or would read', () => {
  it('crossread.yaml inside the folder', () => {
    const dir = corpus({ 'crossread.yaml': 'same:\n  - [Erik Solheim, Solheim]\n' });
    refused(['report', dir, '--out', join(dir, 'crossread.yaml')], /^crossread: --out .*crossread\.yaml is crossread\.yaml, the decisions of the folder being read; choose another file/);
    expect(readFileSync(join(dir, 'crossread.yaml'), 'utf8')).toBe('same:\n  - [Erik Solheim, Solheim]\n');
  });

  it('crossread.yaml even when it does not exist yet (it would be read as decisions next time)', () => {
    const dir = corpus();
    refused(['report', dir, '--out', join(dir, 'crossread.yaml')], /the decisions of the folder being read/);
    expect(existsSync(join(dir, 'crossread.yaml'))).toBe(false);
  });

  it('README.md, an article, or any other file inside the folder, also through a linked path', () => {
    const dir = corpus({ 'README.md': '# My notes\n' });
    const message = /^crossread: --out .* is a file of the corpus being read; choose another file for the report$/;
    refused(['report', dir, '--out', join(dir, 'README.md')], message);
    refused(['report', dir, '--out', join(dir, HERALD)], message);
    const via = join(scratch(), 'via');
    symlinkSync(join(dir, 'coastal-times'), via);
    refused(['report', dir, '--out', join(via, TIMES.split('/')[1]!)], message);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# My notes\n');
    expect(readFileSync(join(dir, HERALD), 'utf8')).toBe(HERALD_TEXT);
    expect(readFileSync(join(dir, TIMES), 'utf8')).toBe(TIMES_TEXT);
  });

  it('an article reached through a hard link from outside the folder', () => {
    const dir = corpus();
    const link = join(scratch(), 'report.md');
    linkSync(join(dir, HERALD), link);
    refused(['report', dir, '--out', link], new RegExp(`is the article ${HERALD.replace(/[.]/g, '\\.')} \\(a hard link to it\\)`));
    expect(readFileSync(join(dir, HERALD), 'utf8')).toBe(HERALD_TEXT);
  });
});

describe('--out never replaces a link, a special file or a folder', () => {
  it('a symbolic link (its target untouched, the link still a link)', () => {
    const dir = corpus();
    const out = scratch();
    writeFileSync(join(out, 'target.md'), 'keep me\n');
    symlinkSync(join(out, 'target.md'), join(out, 'report.md'));
    refused(['report', dir, '--out', join(out, 'report.md')], /^crossread: --out .*report\.md is a symbolic link \(to .*target\.md\); Crossread does not write through links/);
    expect(lstatSync(join(out, 'report.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'target.md'), 'utf8')).toBe('keep me\n');
  });

  it('a named pipe and a device', () => {
    const dir = corpus();
    const out = scratch();
    execFileSync('mkfifo', [join(out, 'pipe.md')]);
    refused(['report', dir, '--out', join(out, 'pipe.md')], /is not a regular file \(a named pipe\); Crossread writes reports to regular files only/);
    expect(lstatSync(join(out, 'pipe.md')).isFIFO()).toBe(true);
    refused(['report', dir, '--out', '/dev/null'], /^crossread: --out \/dev\/null is not a regular file \(a character device\)/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a folder, leaving nothing behind (a .tmp file was left)', () => {
    const dir = corpus();
    const out = scratch();
    mkdirSync(join(out, 'reports'));
    refused(['report', dir, '--out', join(out, 'reports')], /is a folder; name a file for the report/);
    expect(tree(out)).toEqual([]);
    expect(tree(dir)).toEqual([TIMES, HERALD].sort());
  });

  it('a write that fails removes its temporary file', () => {
    const out = scratch();
    mkdirSync(join(out, 'full', 'inside'), { recursive: true });
    // Renaming a file over a folder that is not empty fails.
    expect(() => writeAtomically(join(out, 'full'), 'text')).toThrow();
    expect(tree(out)).toEqual([]);
    expect(readdirSync(out)).toEqual(['full']);
  });
});

describe('a report inside the folder it reports on', () => {
  it('is written with its marker, skipped with a message on the next run, and replaced by the next report', () => {
    const dir = corpus();
    const alone = runCli(['report', dir, '--format', 'json']);
    expect(claimOf(JSON.parse(alone.stdout) as ReportV1)).toEqual(['conflict']);

    const first = runCli(['report', dir, '--out', join(dir, 'report.md')]);
    expectNoCrash(first);
    expect(first.status, first.stderr).toBe(0);
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md.split('\n').slice(0, 2)).toEqual([`# Crossread report: ${dir}`, REPORT_MARKER]);

    const again = runCli(['report', dir, '--format', 'json']);
    expect(stderrLines(again)).toContain('crossread: skipped report.md: a report written by crossread report, not an article; not read');
    const report = JSON.parse(again.stdout) as ReportV1;
    expect(report.documents.map((d) => d.id).sort()).toEqual([TIMES, HERALD].sort());
    expect(claimOf(report)).toEqual(['conflict']);

    // Our own report may be replaced, in either format, and stays recognised.
    const json = runCli(['report', dir, '--format', 'json', '--out', join(dir, 'report.md')]);
    expect(json.status, json.stderr).toBe(0);
    expect(isCrossreadReport(readFileSync(join(dir, 'report.md'), 'utf8'))).toBe(true);
    const third = runCli(['report', dir, '--format', 'json']);
    expect(stderrLines(third)).toContain('crossread: skipped report.md: a report written by crossread report, not an article; not read');
    expect(tree(dir)).toEqual([TIMES, HERALD, 'report.md'].sort());
  });

  it('an article that only mentions the marker is still an article', () => {
    expect(isCrossreadReport(`Notes\n${REPORT_MARKER}\n`)).toBe(false);
    expect(isCrossreadReport(`# Title\n\n${REPORT_MARKER}\n`)).toBe(false);
    expect(isCrossreadReport(`\ufeff# Crossread report: x\r\n${REPORT_MARKER}\r\n`)).toBe(true);
  });
});

describe('--out stays atomic', () => {
  it('replaces an earlier report outside the folder in one step, keeping its permissions', () => {
    const dir = corpus();
    const out = join(scratch(), 'report.md');
    writeFileSync(out, 'old report\n');
    chmodSync(out, 0o640);
    const r = runCli(['report', dir, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Crossread report/);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(tree(join(out, '..'))).toEqual(['report.md']);
  });
});
