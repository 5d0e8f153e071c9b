// The default exclusions (build output dist/, out/, test-results/; a folder's own README, CHANGELOG, LICENSE,
// CONTRIBUTING) never lose an article silently: the CLI counts and names what they left out on stderr, and
// --include reads it; --exclude leaves out more, without a word (the reader asked for it).
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportV1 } from '../../src/core';
import { exclusionNotice, EXCLUDED_SHOWN } from '../../src/core/documents/exclusions';
import { readFolder } from '../../src/cli/readFolder';
import { expectNoCrash, HERALD, HERALD_TEXT, runCli, smallCorpus, stderrLines, TIMES } from './runCli';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function corpus(extra: Record<string, string>) {
  const c = smallCorpus(extra);
  cleanups.push(c.cleanup);
  return c.dir;
}
const report = (args: string[]) => {
  const r = runCli(['report', ...args, '--format', 'json']);
  expectNoCrash(r);
  expect(r.status, r.stderr).toBe(0);
  return { r, json: JSON.parse(r.stdout) as ReportV1 };
};

describe('default exclusions', () => {
  it('counts and names the articles they leave out, and reads them with --include', () => {
    const dir = corpus({ 'dist/2026-03-15-flood.md': HERALD_TEXT, 'out/a/b.txt': 'Ingrid Berg spoke.\n', 'CHANGELOG.md': '# changes\n', 'node_modules/x/y.md': 'not counted\n' });
    const { r, json } = report([dir]);
    const notice = stderrLines(r).filter((l) => l.includes('left out by the default exclusions'));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatch(/: 3 articles \(/);
    for (const p of ['dist/2026-03-15-flood.md', 'out/a/b.txt', 'CHANGELOG.md']) expect(notice[0]).toContain(p);
    expect(notice[0]).not.toContain('node_modules');
    expect(notice[0]).toContain('--include');
    expect(json.documents.map((d) => d.id).sort()).toEqual([TIMES, HERALD].sort());

    const again = report([dir, '--include', 'dist/**']);
    expect(again.json.documents.map((d) => d.id)).toContain('dist/2026-03-15-flood.md');
    const left = stderrLines(again.r).find((l) => l.includes('left out by the default exclusions'));
    expect(left).toMatch(/: 2 articles \(/);
  });

  it('--exclude leaves out more, silently, and a folder given as a glob covers what is inside it', () => {
    const dir = corpus({ 'drafts/old/x.md': HERALD_TEXT });
    const { r, json } = report([dir, '--exclude', 'drafts']);
    expect(json.documents.map((d) => d.id)).not.toContain('drafts/old/x.md');
    expect(r.stderr).not.toContain('drafts');
    expect(report([dir]).json.documents.map((d) => d.id)).toContain('drafts/old/x.md');
  });

  it('says nothing when nothing is left out, and shortens a long list', () => {
    const dir = corpus({});
    expect(stderrLines(report([dir]).r)).toEqual([]);
    const many = Array.from({ length: EXCLUDED_SHOWN + 3 }, (_, i) => `dist/a${i}.md`);
    const line = exclusionNotice(many, 'hint')!;
    expect(line).toContain(`${many.length} articles`);
    expect(line).toContain('and 3 more');
    expect(line).not.toContain(many[EXCLUDED_SHOWN]);
    const read = readFolder(corpus({ 'dist/z.md': 'x\n', 'README': 'x\n' }));
    expect(read.excluded.sort()).toEqual(['dist/z.md']);
  });
});
