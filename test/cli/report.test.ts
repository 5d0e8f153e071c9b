// The CLI as a user runs it: a real process over our sample corpus and over bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ReportV1 } from '../../src/core';

const repo = resolve(__dirname, '../..');
// The built CLI when `npm test` has built it (fast); otherwise the source through tsx.
const built = join(repo, 'dist/cli.js');
const entry = existsSync(built) && statSync(built).mtimeMs >= statSync(join(repo, 'src/cli/main.ts')).mtimeMs
  ? [built]
  : [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'src/cli/main.ts')];
const run = (...args: string[]) => spawnSync(process.execPath, [...entry, ...args], { encoding: 'utf8', cwd: repo, timeout: 60_000 });
vi.setConfig({ testTimeout: 60_000 });

describe('crossread report', () => {
  it('writes the JSON contract, version 1, with exact offsets', () => {
    const r = run('report', 'samples', '--format', 'json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as ReportV1;
    expect(report.version).toBe(1);
    expect(report.documents.length).toBeGreaterThanOrEqual(5);
    expect(new Set(report.documents.map((d) => d.lang)).size).toBeGreaterThanOrEqual(3);
    const texts = new Map(report.documents.map((d) => [d.id, readFileSync(join(repo, 'samples', d.id), 'utf8').replace(/^\uFEFF/, '')]));
    for (const e of report.entities) {
      expect(['person', 'place', 'organization', 'other']).toContain(e.kind);
      for (const m of e.mentions) expect(texts.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
    }
    for (const f of report.figures) {
      expect(texts.get(f.doc)!.slice(f.start, f.end)).toBe(f.text);
      expect(f.low).toBeLessThanOrEqual(f.high ?? Infinity);
    }
    const figureIds = new Set(report.figures.map((f) => f.id));
    for (const c of report.claims) for (const id of c.figures) expect(figureIds.has(id)).toBe(true);
    expect(report.claims.map((c) => c.verdict)).toEqual(expect.arrayContaining(['conflict', 'spread', 'corroborated']));
  });

  it('writes Markdown for people, atomically to --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossread-cli-'));
    const out = join(dir, 'report.md');
    const r = run('report', 'samples', '--out', out);
    expect(r.status).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Crossread report/);
    expect(md).toContain('## Claims');
    expect(md).toContain('### Conflicts');
    expect(md).toContain('## Entities in several sources');
  });

  it('skips what it cannot read, says why, and never changes a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossread-bad-'));
    mkdirSync(join(dir, 'outlet'));
    writeFileSync(join(dir, 'outlet', 'good.txt'), 'Anna Berg met Dmitry Palyuga in Oslo on Monday.\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'bad-front.md'), '---\ntitle: [unclosed\n---\nOslo is calm.\n');
    const before = statSync(join(dir, 'outlet', 'good.txt')).mtimeMs;
    const r = run('report', dir, '--format', 'json');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('skipped binary.txt: binary file');
    expect(r.stderr).toMatch(/bad-front\.md: front matter is not valid YAML/);
    const report = JSON.parse(r.stdout) as ReportV1;
    expect(report.documents.map((d) => d.id).sort()).toEqual(['bad-front.md', 'empty.md', 'outlet/good.txt']);
    expect(statSync(join(dir, 'outlet', 'good.txt')).mtimeMs).toBe(before);
  });

  it('exits non-zero with a one-line reason when it can do nothing', () => {
    const r = run('report', join(tmpdir(), 'no-such-folder-crossread'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const empty = mkdtempSync(join(tmpdir(), 'crossread-empty-'));
    const r2 = run('report', empty);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/no readable/);
  });
});
