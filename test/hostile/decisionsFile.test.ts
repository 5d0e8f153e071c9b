// crossread.yaml is hostile input: the extension runs in untrusted workspaces, and a cloned folder brings its own.
// It is read as an article is (a regular file, within a size limit, decoded the same way), parsed in time linear
// in its entries, and every way it can be wrong gets one short, clear line. Before: a named pipe blocked the CLI
// forever, a link to /dev/zero grew memory without end, 5,000 pairs took 3.5 s and 20,000 took 40 s (a line count
// from the start of the file per entry), a UTF-16 file was "must be a mapping", a binary one a 214 KB line, a deep
// one "Maximum call stack size exceeded".
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportV1 } from '../../src/core';
import { parseDecisions, parseDecisionsBytes } from '../../src/core/decisions/decisionsYaml';
import { expectNoCrash, runCli, smallCorpus, stderrLines } from './runCli';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** The CLI over the small corpus with `crossread.yaml` made by `make`; its stderr lines about crossread.yaml. */
function reportWith(make: (path: string) => void): { lines: string[]; report: ReportV1; all: string[] } {
  const corpus = smallCorpus();
  cleanups.push(corpus.cleanup);
  make(join(corpus.dir, 'crossread.yaml'));
  const r = runCli(['report', corpus.dir, '--format', 'json'], { timeoutMs: 60_000 });
  expectNoCrash(r);
  expect(r.status, r.stderr).toBe(0);
  const all = stderrLines(r);
  return { lines: all.filter((l) => l.includes('crossread.yaml')), report: JSON.parse(r.stdout) as ReportV1, all };
}

const entityOf = (report: ReportV1, name: string) => report.entities.find((e) => e.variants.some((v) => v.text === name))?.id;
const utf16le = (text: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const MERGE = 'same:\n  - [Erik Solheim, Ingrid Berg]\n';

describe('crossread.yaml that is not a regular file', () => {
  it('a named pipe is refused at once, not waited on (it blocked forever)', () => {
    const { lines, report } = reportWith((p) => execFileSync('mkfifo', [p]));
    expect(lines).toEqual(['crossread: crossread.yaml: not a regular file (a named pipe); no decisions are read from it']);
    expect(report.documents).toHaveLength(2);
  });

  it('a link to an endless device is refused without reading it (memory grew without limit)', () => {
    const { lines } = reportWith((p) => symlinkSync('/dev/zero', p));
    expect(lines).toEqual(['crossread: crossread.yaml: not a regular file (a character device); no decisions are read from it']);
  });

  it('a folder of that name is named as such', () => {
    const { lines } = reportWith((p) => mkdirSync(p));
    expect(lines).toEqual(['crossread: crossread.yaml: not a regular file (a folder); no decisions are read from it']);
  });

  it('a file over the size limit is not read (a sparse file: its size alone refuses it)', () => {
    const { lines } = reportWith((p) => {
      writeFileSync(p, MERGE);
      truncateSync(p, 40 * 1024 * 1024);
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^crossread: crossread\.yaml: larger than the limit \(40\.0 MB > \d+\.\d MB\); no decisions are read from it$/);
  });
});

describe('crossread.yaml in an odd encoding or shape', () => {
  it('UTF-16 with a byte order mark is read like an article (was "must be a mapping")', () => {
    const { lines, report } = reportWith((p) => writeFileSync(p, utf16le(MERGE, true)));
    expect(lines).toEqual([]);
    expect(entityOf(report, 'Erik Solheim')).toBeDefined();
    expect(entityOf(report, 'Erik Solheim')).toBe(entityOf(report, 'Ingrid Berg'));
  });

  it('UTF-16 without a byte order mark gets one short line saying so', () => {
    const { lines } = reportWith((p) => writeFileSync(p, utf16le(MERGE, false)));
    expect(lines).toEqual([
      'crossread: crossread.yaml: line 1: not text: binary file (contains NUL bytes; UTF-16 text needs a byte order mark); save it as UTF-8 to use its decisions',
    ]);
  });

  it('a binary file gets one short line (was a 214 KB line)', () => {
    // Deterministic bytes without NUL: mostly not text, no line breaks for the YAML reader to stop at.
    const bytes = Buffer.alloc(300_000);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = 1 + ((x >>> 16) % 255);
    }
    const { lines } = reportWith((p) => writeFileSync(p, bytes));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(300);
    expect(lines[0]).toMatch(/^crossread: crossread\.yaml: line 1: not text: binary file/);
  });

  it('text that is not YAML at all gets a few short lines, not one per fault', () => {
    const junk = Array.from({ length: 5_000 }, (_, i) => `key${i}: value: more\n\tbad\n`).join('');
    const { lines } = reportWith((p) => writeFileSync(p, junk));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(5_000);
    expect(lines[0]).toMatch(/and \d+ more problems$/);
  });

  it('YAML nested 10,000 levels deep gets a clear line (was "Maximum call stack size exceeded")', () => {
    const { lines } = reportWith((p) => writeFileSync(p, `# deep\nsame:\n  - ${'['.repeat(10_000)}a${']'.repeat(10_000)}\n`));
    expect(lines).toEqual([
      'crossread: crossread.yaml: line 3: lists or mappings nest more than 64 levels deep here; decisions need three (same: - [name, name]), so none are read',
    ]);
  });

  it('the same as a block of "- - - ..." 10,000 deep', () => {
    const parsed = parseDecisions(`same:\n  - ${'- '.repeat(10_000)}a\n`);
    expect(parsed.decisions.same).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems).toEqual([{ line: 2, message: 'lists or mappings nest more than 64 levels deep here; decisions need three (same: - [name, name]), so none are read' }]);
  });
});

describe('crossread.yaml with many entries', () => {
  it('parses in time linear in its entries, each problem at its own line', () => {
    // 40,000 same and 40,000 different entries (about 3 MB), one bad entry at the very end. Before: about 200 s
    // (5,000 + 5,000 took 3.2 s, four times as many 16 times as long); now about 2 s. A blow-up guard, not a speed test.
    const n = 40_000;
    const lines = ['same:'];
    for (let i = 0; i < n; i++) lines.push(`  - [Name${i} Alpha, Name${i} Beta]`);
    lines.push('different:');
    for (let i = 0; i < n; i++) lines.push(`  - [Other${i} Alpha, Other${i} Beta]`);
    lines.push('  - [lonely]');
    const t0 = Date.now();
    const parsed = parseDecisions(`${lines.join('\n')}\n`);
    const ms = Date.now() - t0;
    expect(parsed.decisions.same).toHaveLength(n);
    expect(parsed.decisions.different).toHaveLength(n);
    expect(parsed.decisions.different[n - 1]).toEqual([`Other${n - 1} Alpha`, `Other${n - 1} Beta`]);
    expect(parsed.problems).toEqual([{ line: lines.length, message: 'each "different" entry must list two names or more' }]);
    expect(ms).toBeLessThan(60_000);
  });

  it('lists at most 100 problems, the last saying how many more there are', () => {
    const text = `same:\n${'  - [alone]\n'.repeat(5_000)}`;
    const parsed = parseDecisions(text);
    expect(parsed.problems).toHaveLength(101);
    expect(parsed.problems[99]).toEqual({ line: 101, message: 'each "same" entry must list two names or more' });
    expect(parsed.problems[100]).toEqual({ line: 102, message: 'and 4900 more problems (not listed) from this line on' });
    expect(parsed.unlisted).toBe(4_900);
  });

  it('bytes over the limit are refused before decoding', () => {
    const parsed = parseDecisionsBytes(new Uint8Array(17 * 1024 * 1024));
    expect(parsed.problems).toEqual([{ line: 1, message: 'larger than the limit (17.0 MB > 16.0 MB); no decisions are read from it' }]);
  });
});
