// How the extension reads article bytes (src/vscode/services/decode.ts over src/core/documents/decode.ts) and
// what the corpus service says about each odd file in the "Crossread" output channel: the same verdicts and the
// same words as the CLI reader (src/cli/readFolder.ts) for the same bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', () => import('./vscode-mock'));
import { FileSystemError, mock } from './vscode-mock';
import { readFolder } from '../../src/cli/readFolder';
import { ConfigService } from '../../src/vscode/services/configService';
import { CorpusService } from '../../src/vscode/services/corpus';
import { decodeArticle, describeFsError, tooLargeForSetting } from '../../src/vscode/services/decode';
import { Log } from '../../src/vscode/services/log';

const ARTICLE = 'Erik Solheim visited Oslo on Monday. Solheim said 40 people were evacuated.\n';
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array([0xfe, 0xff, ...be]);
};
/** Bytes 1-31 without tabs and line ends, over and over: binary, but no NUL byte. */
const controls = () => {
  const out: number[] = [];
  for (let i = 0; i < 2000; i++) out.push(1 + (i % 8), 0x41 + (i % 26));
  return new Uint8Array(out);
};

describe('decodeArticle', () => {
  it('reads UTF-8 (BOM dropped), UTF-16 LE and BE with a BOM, CRLF and lone CR as they are', () => {
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Tromsø\r\nBodø\rNarvik')]))).toEqual({ text: 'Tromsø\r\nBodø\rNarvik' });
    expect(decodeArticle(utf16le('Дмитрий Палюга 😀'))).toEqual({ text: 'Дмитрий Палюга 😀' });
    expect(decodeArticle(utf16be('Δημήτρης 北京 مرحبا'))).toEqual({ text: 'Δημήτρης 北京 مرحبا' });
  });

  it('reads invalid UTF-8 with U+FFFD and a warning that counts the bad sequences; a U+FFFD written in the file is no warning', () => {
    const latin1 = new Uint8Array(Buffer.from(`Troms\xf8 og Bod\xf8 og \xe6. ${ARTICLE}`, 'latin1'));
    expect(decodeArticle(latin1)).toEqual({ text: `Troms\ufffd og Bod\ufffd og \ufffd. ${ARTICLE}`, warning: 'not valid UTF-8: 3 undecodable byte sequences shown as U+FFFD; read anyway' });
    expect(decodeArticle(new Uint8Array([0x41, 0xc3, 0x42]))).toEqual({ text: 'A\ufffdB', warning: 'not valid UTF-8: 1 undecodable byte sequence shown as U+FFFD; read anyway' });
    expect(decodeArticle(new Uint8Array(Buffer.from('written \ufffd on purpose')))).toEqual({ text: 'written \ufffd on purpose' });
  });

  it('refuses binary files: NUL bytes, UTF-16 without a BOM, and mostly control characters without any NUL', () => {
    expect(decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({ error: 'binary file (contains NUL bytes)' });
    expect(decodeArticle(new Uint8Array(Buffer.from('An article in UTF-16 without a byte order mark', 'utf16le')))).toEqual({
      error: 'binary file (contains NUL bytes; UTF-16 text needs a byte order mark)',
    });
    const bin = controls();
    expect(bin.includes(0)).toBe(false);
    expect(decodeArticle(bin)).toEqual({ error: 'binary file (50% of its start is not text)' });
    // Undecodable bytes count as odd too: random high bytes are binary, not "invalid UTF-8".
    const high = new Uint8Array(4000).map((_, i) => 0x80 + ((i * 37) % 64));
    expect(decodeArticle(high)).toMatchObject({ error: expect.stringMatching(/^binary file \(\d+% of its start is not text\)$/) });
  });

  it('keeps text with a few control characters (form feeds, an escape code) and short files', () => {
    expect(decodeArticle(new Uint8Array(Buffer.from(`${ARTICLE}\f\x1b[0m${ARTICLE}`)))).toEqual({ text: `${ARTICLE}\f\x1b[0m${ARTICLE}` });
    expect(decodeArticle(new Uint8Array())).toEqual({ text: '' });
    expect(decodeArticle(new Uint8Array([7, 7]))).toEqual({ text: '\x07\x07' });
  });
});

describe('messages', () => {
  it('names the setting and both sizes for a file over the limit', () => {
    expect(tooLargeForSetting(3 * 1024 * 1024, 2048)).toBe('larger than the limit (3.0 MB > 2.0 MB); raise crossread.maxFileSizeKB to read it');
    expect(tooLargeForSetting(1500, 1)).toBe('larger than the limit (2 KB > 1 KB); raise crossread.maxFileSizeKB to read it');
  });

  it('says file system errors in the CLI words, whatever VS Code wrapped them in', () => {
    const wrapped = (code: string, inner: string) => new FileSystemError(`Unable to read file '/ws/EXAMPLE/a.txt' (${code} (FileSystemError): Error: ${inner})`, code);
    expect(describeFsError(wrapped('NoPermissions', "EACCES: permission denied, open '/ws/EXAMPLE/a.txt'"))).toBe('permission denied (EACCES)');
    expect(describeFsError(wrapped('Unknown', "ELOOP: too many symbolic links encountered, stat '/ws/l.txt'"))).toBe('symbolic link loop (ELOOP)');
    expect(describeFsError(new FileSystemError('no access', 'NoPermissions'))).toBe('permission denied (EACCES)');
    expect(describeFsError(new Error('something odd\nwith a second line'))).toBe('something odd');
    expect(describeFsError(undefined)).toBe('unknown error');
  });
});

describe('CorpusService on odd files: one clear line each in the output channel, the rest indexed', () => {
  let started: { corpus: CorpusService; config: ConfigService }[] = [];
  const start = () => {
    const log = new Log();
    const config = new ConfigService(log);
    const corpus = new CorpusService(config, log);
    corpus.start();
    started.push({ corpus, config });
    return { log, corpus };
  };
  const ids = (corpus: CorpusService) => corpus.current.snapshot.documents.map((d) => d.id);
  const dirs: string[] = [];
  beforeEach(() => mock.reset());
  afterEach(() => {
    for (const s of started) {
      s.corpus.dispose();
      s.config.dispose();
    }
    started = [];
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** The same bytes for the CLI reader (a temporary folder) and the extension (the mock workspace). */
  const odd: Record<string, Uint8Array> = {
    'good.txt': new Uint8Array(Buffer.from(ARTICLE)),
    'latin1.txt': new Uint8Array(Buffer.from(`Troms\xf8: ${ARTICLE}`, 'latin1')),
    'nul.txt': new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0x41]),
    'controls.txt': controls(),
    'utf16-no-bom.txt': new Uint8Array(Buffer.from(ARTICLE, 'utf16le')),
    'utf16.txt': utf16le(ARTICLE),
    'big.txt': new Uint8Array(Buffer.from(ARTICLE.repeat(40))),
  };

  it('skips and warns about the same files for the same reasons as the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossread-decode-'));
    dirs.push(dir);
    for (const [name, bytes] of Object.entries(odd)) {
      writeFileSync(join(dir, name), bytes);
      mock.writeFile(`/ws/${name}`, bytes);
    }
    mock.setSetting('crossread.maxFileSizeKB', 2);
    const cli = readFolder(dir, { maxFileBytes: 2 * 1024 });
    const { corpus, log } = start();
    await corpus.whenIdle();

    expect(ids(corpus)).toEqual(cli.files.map((f) => f.id).sort());
    expect(ids(corpus)).toEqual(['good.txt', 'latin1.txt', 'utf16.txt']);
    const lines = log.messages();
    for (const s of cli.skipped) {
      const reason = s.reason.replace('raise it with --max-file-mb', 'raise crossread.maxFileSizeKB to read it');
      expect(lines).toContain(`warn: skipped ${s.path}: ${reason}`);
    }
    expect(cli.skipped.map((s) => s.path).sort()).toEqual(['big.txt', 'controls.txt', 'nul.txt', 'utf16-no-bom.txt']);
    expect(cli.warnings).toEqual([{ path: 'latin1.txt', message: 'not valid UTF-8: 1 undecodable byte sequence shown as U+FFFD; read anyway' }]);
    expect(lines).toContain('warn: latin1.txt: not valid UTF-8: 1 undecodable byte sequence shown as U+FFFD; read anyway');
    // The replacement character is in the indexed text, where the offsets point.
    expect(corpus.current.text('latin1.txt')).toBe(`Troms\ufffd: ${ARTICLE}`);
    const solheim = corpus.current.snapshot.entities.find((e) => e.name === 'Erik Solheim');
    expect(solheim?.mentions.some((m) => m.doc === 'latin1.txt')).toBe(true);
  });

  it('says a warning once, not again on an unchanged re-read, and again after the file changes', async () => {
    mock.writeFile('/ws/latin1.txt', odd['latin1.txt']!);
    const { corpus, log } = start();
    await corpus.whenIdle();
    const count = () => log.messages().filter((l) => l.startsWith('warn: latin1.txt: not valid UTF-8')).length;
    expect(count()).toBe(1);
    mock.fire('change', mock.writeFile('/ws/latin1.txt', odd['latin1.txt']!));
    await corpus.whenIdle();
    expect(count()).toBe(1);
    mock.fire('change', mock.writeFile('/ws/latin1.txt', new Uint8Array(Buffer.from(`\xe6\xf8 ${ARTICLE}`, 'latin1'))));
    await corpus.whenIdle();
    expect(log.messages()).toContain('warn: latin1.txt: not valid UTF-8: 2 undecodable byte sequences shown as U+FFFD; read anyway');
  });

  it('follows crossread.maxFileSizeKB: skipped under a small limit, indexed again when it is raised', async () => {
    mock.writeFile('/ws/a.txt', ARTICLE.repeat(30));
    mock.writeFile('/ws/b.txt', ARTICLE);
    mock.setSetting('crossread.maxFileSizeKB', 1);
    const { corpus, log } = start();
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['b.txt']);
    expect(log.messages()).toContain('warn: skipped a.txt: larger than the limit (3 KB > 1 KB); raise crossread.maxFileSizeKB to read it');
    mock.setSetting('crossread.maxFileSizeKB', 64);
    await vi.waitFor(() => expect(ids(corpus)).toEqual(['a.txt', 'b.txt']), { timeout: 10_000 });
    await corpus.whenIdle();
    expect(log.messages()).toContain('info: a.txt: indexed again');
  });

  it('reports a file it may not read, a broken link and a folder linked back to a parent; indexes the rest once', async () => {
    mock.writeFile('/ws/a.txt', ARTICLE);
    mock.writeFile('/ws/news/b.txt', ARTICLE.replace('40', '400'));
    mock.writeFile('/ws/locked.txt', ARTICLE);
    mock.failures.set('/ws/locked.txt', new FileSystemError("Unable to read file '/ws/locked.txt' (Error: EACCES: permission denied, open '/ws/locked.txt')", 'NoPermissions'));
    mock.links.set('/ws/news/back', '/ws');
    mock.links.set('/ws/news/up', '/ws/news');
    mock.links.set('/ws/gone.txt', null);
    mock.links.set('/ws/elsewhere', '/ws/news');
    const { corpus, log } = start();
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt', 'news/b.txt']);
    const lines = log.messages();
    expect(lines).toContain('warn: skipped locked.txt: cannot read: permission denied (EACCES)');
    expect(lines).toContain('warn: skipped news/back: symbolic link loop (back to the top folder); not followed');
    expect(lines).toContain('warn: skipped news/up: symbolic link loop (back to news); not followed');
    expect(lines).toContain('warn: skipped gone.txt: broken symbolic link (its target does not exist)');
    // A link to a folder that is not one of its parents is no loop.
    expect(lines.join('\n')).not.toContain('elsewhere');
    expect(corpus.current.snapshot.claims.length).toBe(1);
  });

  it('reads a file reached through a symbolic link once, whichever name comes first; a copy is no link', async () => {
    mock.writeFile('/ws/a.txt', ARTICLE);
    mock.writeFile('/ws/copy.txt', ARTICLE);
    mock.writeFile('/ws/z.txt', ARTICLE.replace('40', '400'));
    mock.links.set('/ws/link-to-a.txt', '/ws/a.txt');
    mock.links.set('/ws/0-link-to-z.txt', '/ws/z.txt');
    const { corpus, log } = start();
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt', 'copy.txt', 'z.txt']);
    const lines = log.messages();
    expect(lines).toContain('warn: skipped link-to-a.txt: same file as a.txt (symbolic link); read once');
    expect(lines).toContain('warn: skipped 0-link-to-z.txt: same file as z.txt (symbolic link); read once');
    expect(lines.join('\n')).not.toContain('copy.txt');
  });

  it('reads an article the file search left out, and names a file whose name is not UTF-8', async () => {
    mock.writeFile('/ws/a.txt', ARTICLE);
    mock.writeFile('/ws/news/evil\nname.txt', ARTICLE.replace('40', '400'));
    mock.hiddenFromSearch.add('/ws/news/evil\nname.txt');
    mock.writeFile('/ws/latin1-\ufffd.txt', ARTICLE);
    mock.failures.set('/ws/latin1-\ufffd.txt', FileSystemError.FileNotFound('/ws/latin1-\ufffd.txt'));
    const { corpus, log } = start();
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt', 'news/evil\nname.txt']);
    expect(corpus.current.snapshot.claims.length).toBe(1);
    expect(log.messages()).toContain('warn: skipped latin1-\ufffd.txt: its name is not valid UTF-8; rename it to read it');
  });

  it('drops a listed file that is gone when it is read (deleted or renamed meanwhile) without a word, and goes on', async () => {
    mock.writeFile('/ws/a.txt', ARTICLE);
    mock.writeFile('/ws/b.txt', ARTICLE);
    // Listed by the search, gone by the time it is read: the watcher's delete (or create, for a rename) follows.
    mock.failures.set('/ws/b.txt', FileSystemError.FileNotFound('/ws/b.txt'));
    const { corpus, log } = start();
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt']);
    expect(log.messages().filter((l) => l.includes('b.txt'))).toEqual([]);
  });
});
