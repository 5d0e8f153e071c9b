// readFolder under faults, made deterministic with its hooks: files deleted or renamed while a folder is read,
// a file that changes while it is read, permission errors (whatever the user: a hook that throws acts as the
// file system call failing), and the decoding of bytes.
import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeText, readFolder, type ReadHooks } from '../../src/cli/readFolder';
import { tempParent } from './hostileCorpus';

const dirs: string[] = [];
function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tempParent(), 'crossread-read-'));
  dirs.push(dir);
  for (const [id, text] of Object.entries(files)) {
    mkdirSync(join(dir, id, '..'), { recursive: true });
    writeFileSync(join(dir, id), text);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const ids = (r: ReturnType<typeof readFolder>) => r.files.map((f) => f.id);
const abc = { 'a.txt': 'Anna Berg.\n', 'b.txt': 'Bjørn Dahl.\n', 'c.txt': 'Cecilie Lund.\n' };

describe('readFolder: files that go away or change while the folder is read', () => {
  it('reports a file deleted between listing and reading, and reads the rest', () => {
    const dir = corpus(abc);
    const r = readFolder(dir, { hooks: { afterList: (d) => d === dir && unlinkSync(join(dir, 'b.txt')) } });
    expect(ids(r)).toEqual(['a.txt', 'c.txt']);
    expect(r.skipped).toEqual([{ path: 'b.txt', reason: 'cannot read: vanished (deleted or renamed) while the folder was read (ENOENT)' }]);
  });

  it('reads a file renamed while the folder is read under its new name', () => {
    const dir = corpus(abc);
    const r = readFolder(dir, { hooks: { afterList: (d) => d === dir && renameSync(join(dir, 'b.txt'), join(dir, 'b-renamed.txt')) } });
    expect(ids(r)).toEqual(['a.txt', 'c.txt', 'b-renamed.txt']);
    expect(r.files.find((f) => f.id === 'b-renamed.txt')?.text).toBe('Bjørn Dahl.\n');
    expect(r.skipped.map((s) => s.path)).toEqual(['b.txt']);
  });

  it('reports a file deleted after it was looked at but before it was opened', () => {
    const dir = corpus(abc);
    const hooks: ReadHooks = { beforeRead: (p) => p.endsWith('c.txt') && unlinkSync(p) };
    const r = readFolder(dir, { hooks });
    expect(ids(r)).toEqual(['a.txt', 'b.txt']);
    expect(r.skipped).toEqual([{ path: 'c.txt', reason: 'cannot read: vanished (deleted or renamed) before it could be read (ENOENT)' }]);
  });

  it('reports a folder removed between listing and reading', () => {
    const dir = corpus({ ...abc, 'sub/d.txt': 'Dag Moe.\n' });
    const r = readFolder(dir, { hooks: { afterList: (d) => d === dir && rmSync(join(dir, 'sub'), { recursive: true }) } });
    expect(ids(r)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(r.skipped).toEqual([{ path: 'sub', reason: 'cannot read: vanished (deleted or renamed) while the folder was read (ENOENT)' }]);
  });

  it('reads a file that changed while it was read again, and gets its new text', () => {
    const dir = corpus(abc);
    const attempts: number[] = [];
    const r = readFolder(dir, {
      hooks: {
        afterRead: (p, attempt) => {
          if (!p.endsWith('b.txt')) return;
          attempts.push(attempt);
          if (attempt === 1) appendFileSync(p, 'Written while read.\n');
        },
      },
    });
    expect(attempts).toEqual([1, 2]);
    expect(r.files.find((f) => f.id === 'b.txt')?.text).toBe('Bjørn Dahl.\nWritten while read.\n');
    expect(r.skipped).toEqual([]);
  });

  it('notices a change of modification time alone (same size)', () => {
    const dir = corpus(abc);
    const attempts: number[] = [];
    readFolder(dir, {
      hooks: {
        afterRead: (p, attempt) => {
          if (!p.endsWith('a.txt')) return;
          attempts.push(attempt);
          if (attempt === 1) utimesSync(p, new Date(2001, 1, 1), new Date(2001, 1, 1));
        },
      },
    });
    expect(attempts).toEqual([1, 2]);
  });

  it('skips a file that keeps changing, with the reason, and reads the rest', () => {
    const dir = corpus(abc);
    const r = readFolder(dir, { hooks: { afterRead: (p) => p.endsWith('a.txt') && appendFileSync(p, 'more ') } });
    expect(ids(r)).toEqual(['b.txt', 'c.txt']);
    expect(r.skipped).toEqual([{ path: 'a.txt', reason: 'changed while being read (3 attempts); read it again once it is saved' }]);
  });

  it('notices a file that grows past the limit between being looked at and being read', () => {
    const dir = corpus(abc);
    const r = readFolder(dir, { maxFileBytes: 1000, hooks: { beforeRead: (p) => p.endsWith('c.txt') && appendFileSync(p, 'x'.repeat(2000)) } });
    expect(ids(r)).toEqual(['a.txt', 'b.txt']);
    expect(r.skipped).toEqual([{ path: 'c.txt', reason: expect.stringMatching(/^larger than the limit \(\d KB > 1 KB\); raise it with --max-file-mb$/) }]);
  });
});

describe('readFolder: permissions and other errors are reported, never thrown', () => {
  it('reports a file it may not read (EACCES), and reads the rest', () => {
    const dir = corpus(abc);
    const r = readFolder(dir, { hooks: { beforeRead: (p) => { if (p.endsWith('b.txt')) throw errno('EACCES'); } } });
    expect(ids(r)).toEqual(['a.txt', 'c.txt']);
    expect(r.skipped).toEqual([{ path: 'b.txt', reason: 'cannot read: permission denied (EACCES)' }]);
  });

  it('reports a folder it may not list (EACCES), and reads the rest', () => {
    const dir = corpus({ ...abc, 'sub/d.txt': 'Dag Moe.\n' });
    const r = readFolder(dir, { hooks: { afterList: (d) => { if (d.endsWith('sub')) throw errno('EACCES'); } } });
    expect(ids(r)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(r.skipped).toEqual([{ path: 'sub', reason: 'cannot list folder: permission denied (EACCES)' }]);
  });

  it('reports odd errors by their code, and a missing folder', () => {
    const dir = corpus(abc);
    const r = readFolder(dir, { hooks: { beforeRead: (p) => { if (p.endsWith('a.txt')) throw errno('EIO'); if (p.endsWith('b.txt')) throw new Error('weird\nfailure'); } } });
    expect(r.skipped).toEqual([
      { path: 'a.txt', reason: 'cannot read: input/output error (EIO)' },
      { path: 'b.txt', reason: 'cannot read: weird' },
    ]);
    const gone = readFolder(join(dir, 'no-such-folder'));
    expect(gone.files).toEqual([]);
    expect(gone.skipped).toEqual([{ path: '.', reason: 'cannot resolve folder: does not exist (ENOENT)' }]);
  });
});

describe('decodeText', () => {
  it('reads UTF-8, drops one BOM, and says when bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from('\ufeffHei på deg'))).toEqual({ text: 'Hei på deg' });
    expect(decodeText(Buffer.from('a \ufffd written on purpose'))).toEqual({ text: 'a \ufffd written on purpose' });
    const latin1 = Buffer.from('Troms\xf8 og Bod\xf8', 'latin1');
    expect(decodeText(latin1)).toEqual({ text: 'Troms\ufffd og Bod\ufffd', warning: 'not valid UTF-8: 2 undecodable byte sequences shown as U+FFFD; read anyway' });
  });

  it('reads UTF-16 with a byte order mark, either way round', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tromsø 😀', 'utf16le')]);
    const be = Buffer.from(le).swap16();
    expect(decodeText(le)).toEqual({ text: 'Tromsø 😀' });
    expect(decodeText(be)).toEqual({ text: 'Tromsø 😀' });
    // A lone surrogate in UTF-16: shown as U+FFFD, with a warning.
    const lone = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    expect(decodeText(lone)).toEqual({ text: 'A\ufffdB', warning: 'not valid UTF-16LE: 1 undecodable byte sequence shown as U+FFFD; read anyway' });
  });

  it('refuses binary files, with or without NUL bytes', () => {
    expect(decodeText(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ error: 'binary file (contains NUL bytes)' });
    expect(decodeText(Buffer.from('Hello there, UTF-16 without a BOM', 'utf16le'))).toEqual({ error: 'binary file (contains NUL bytes; UTF-16 text needs a byte order mark)' });
    const noisy = Buffer.alloc(200, 0x01);
    expect(decodeText(noisy)).toEqual({ error: 'binary file (100% of its start is not text)' });
    expect(decodeText(Buffer.from(''))).toEqual({ text: '' });
    expect(decodeText(Buffer.from('tab\tform\fcr\r'))).toEqual({ text: 'tab\tform\fcr\r' });
  });
});
