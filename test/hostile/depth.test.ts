// Folder walks linear in depth. The CLI's walk resolved the real path of every folder (Node's realpathSync looks
// at every part of the path again), so a folder n levels deep cost n³: 1,000 levels 10-25 s, 1,500 levels 63 s;
// it also recursed once per level. The editor's exclusion check built every parent path of every entry and
// matched each: n² per entry, n³ per walk. The time bounds are blow-up guards, far above what these take; speed
// is measured in the benchmarks.
import { mkdirSync, mkdtempSync, rmdirSync, symlinkSync, unlinkSync, writeFileSync, readdirSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFolder } from '../../src/cli/readFolder';
import { globToRegExp, isExcluded, isIncluded } from '../../src/core/documents/glob';
import { tempParent } from './hostileCorpus';
import { expectNoCrash, runCli } from './runCli';

const DEPTH = 1_500;
let top = '';
let deepest = '';

/** Removes the chain of folders from the deepest up (no recursion: Node's own rmSync recurses per level). */
function removeChain(from: string, to: string): void {
  for (let dir = from; dir.length >= to.length; dir = join(dir, '..')) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (!lstatSync(p).isDirectory()) unlinkSync(p);
    }
    rmdirSync(dir);
    if (dir === to) break;
  }
}

beforeAll(() => {
  top = mkdtempSync(join(tempParent(), 'crossread-deep-'));
  deepest = join(top, ...Array.from({ length: DEPTH }, () => 'd'));
  mkdirSync(deepest, { recursive: true });
  writeFileSync(join(deepest, 'a.txt'), 'Erik Solheim said 40 people were evacuated from Tromsø on Monday.\n');
  writeFileSync(join(top, 'd', 'b.txt'), 'Police said 400 people were evacuated from Tromsø on Monday, Erik Solheim confirmed.\n');
  // A link back to the top, far down: a loop to report, not to follow.
  symlinkSync(top, join(deepest, 'loop'));
});
afterAll(() => {
  if (deepest) removeChain(deepest, top);
});

describe('a folder 1,500 levels deep', () => {
  it('readFolder reads it whole, in order, and names the loop at its bottom', () => {
    const t0 = Date.now();
    const r = readFolder(top);
    const ms = Date.now() - t0;
    const deepId = `${Array.from({ length: DEPTH }, () => 'd').join('/')}/a.txt`;
    // Depth first in name order: d/b.txt sorts before the folder d/d.
    expect(r.files.map((f) => f.id)).toEqual(['d/b.txt', deepId]);
    expect(r.skipped).toEqual([{ path: `${deepId.slice(0, -'a.txt'.length)}loop`, reason: 'symbolic link loop (back to the top folder); not followed' }]);
    // About 0.3 s here; it took 35-63 s before.
    expect(ms).toBeLessThan(15_000);
  });

  it('the CLI reports it', () => {
    const r = runCli(['report', top, '--format', 'json'], { timeoutMs: 120_000 });
    expectNoCrash(r);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { documents: { id: string }[] };
    expect(report.documents.map((d) => d.id.split('/').length).sort((a, b) => a - b)).toEqual([2, DEPTH + 1]);
  });
});

/** The exclusion check as it was: the path, then each of its parent folders, each matched on its own. */
function isExcludedReference(path: string, exclude: readonly string[]): boolean {
  if (exclude.some((g) => globToRegExp(g).test(path))) return true;
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (exclude.some((g) => globToRegExp(g).test(dir))) return true;
  }
  return false;
}

describe('the editor exclusion check (glob.ts)', () => {
  const globs = ['**/node_modules/**', '**/.git/**', '**/out/**', 'dist', 'dist/**', '**/*.min.md', 'a/*/c', '**/[Rr][Ee][Aa][Dd][Mm][Ee]*', 'x?z/**', '{tmp,cache}/**', '**/b'];
  const segments = ['a', 'b', 'c', 'dist', 'out', 'node_modules', '.git', 'README.md', 'readme', 'x.min.md', 'xyz', 'tmp', 'cache', 'n\nl', '', 'file.txt'];

  it('says what it said before, for the path and every parent folder', () => {
    let seed = 99;
    const pick = () => segments[(seed = (seed * 1103515245 + 12345) >>> 0) % segments.length]!;
    let checked = 0;
    for (let n = 0; n < 4_000; n++) {
      const depth = 1 + (n % 7);
      const path = Array.from({ length: depth }, pick).join('/');
      for (const g of globs) {
        expect(isExcluded(path, [g]), `${JSON.stringify(path)} ${g}`).toBe(isExcludedReference(path, [g]));
        checked++;
      }
      expect(isExcluded(path, globs)).toBe(isExcludedReference(path, globs));
    }
    expect(checked).toBe(4_000 * globs.length);
  });

  it('costs the length of the path: every entry of a walk 3,000 folders deep', () => {
    const exclude = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**'];
    const t0 = Date.now();
    let path = '';
    let excluded = 0;
    for (let i = 0; i < 3_000; i++) {
      path = path ? `${path}/d` : 'd';
      if (isExcluded(path, exclude) || !isIncluded(`${path}/a.txt`, '**/*.{txt,md}', exclude)) excluded++;
    }
    expect(excluded).toBe(0);
    expect(isExcluded(`${path}/node_modules/a.txt`, exclude)).toBe(true);
    expect(isExcluded(`node_modules/${path}/a.txt`, exclude)).toBe(true);
    // About 0.1 s; each entry's every parent matched on its own took minutes (3,000³ / 2 characters).
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
});
