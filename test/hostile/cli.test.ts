// The CLI over a hostile corpus (see hostileCorpus.ts): every bad file is named on stderr with a reason, one line
// per file; nothing crashes; the valid articles still give their entities and their conflict; offsets are exact
// whatever the encoding, script or line ends; and no file of the corpus is changed.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportV1 } from '../../src/core';
import { fileStates, makeHostileCorpus, makeManyFiles, tempParent, type FileState, type HostileCorpus } from './hostileCorpus';

const repo = resolve(__dirname, '../..');
/** Newest modification time of the sources the CLI is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}
// The built CLI when it is newer than every source file (`npm test` builds first); otherwise the source through tsx.
const built = join(repo, 'dist/cli.js');
const fresh = existsSync(built) && statSync(built).mtimeMs >= Math.max(newestSource(join(repo, 'src/cli')), newestSource(join(repo, 'src/core')));
const entry = fresh ? [built] : [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'src/cli/main.ts')];
const run = (args: string[], prefix: string[] = []): SpawnSyncReturns<string> => {
  const [cmd, ...rest] = [...prefix, process.execPath, ...entry, ...args];
  return spawnSync(cmd!, rest, { encoding: 'utf8', cwd: repo, timeout: 180_000, maxBuffer: 512 * 1024 * 1024 });
};
const lines = (stderr: string) => stderr.split('\n').filter((l) => l.length > 0);

/** The CLI ran to its end: no signal, no stack trace, no uncaught error. */
function expectNoCrash(r: SpawnSyncReturns<string>): void {
  expect(r.error).toBeUndefined();
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError|Uncaught|FATAL ERROR)\b/);
}

/** Every mention and figure of the report is exactly text.slice(start, end) of its document. Returns how many were checked per document. */
function checkOffsets(report: ReportV1, texts: Map<string, string>): Map<string, number> {
  const checked = new Map<string, number>();
  const check = (doc: string, start: number, end: number, text: string) => {
    const t = texts.get(doc);
    expect(t, `text of ${doc}`).toBeDefined();
    expect(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= t!.length).toBe(true);
    expect(t!.slice(start, end), `${doc} ${start}-${end}`).toBe(text);
    checked.set(doc, (checked.get(doc) ?? 0) + 1);
  };
  for (const e of report.entities) for (const m of e.mentions) check(m.doc, m.start, m.end, m.text);
  for (const f of report.figures) check(f.doc, f.start, f.end, f.text);
  return checked;
}

describe('crossread report over a hostile corpus', () => {
  let corpus: HostileCorpus;
  let before: Map<string, FileState>;
  let out: string;
  let r: SpawnSyncReturns<string>;
  let report: ReportV1;
  let ms = 0;

  beforeAll(() => {
    corpus = makeHostileCorpus();
    before = fileStates(corpus.dir);
    out = mkdtempSync(join(tempParent(), 'crossread-hostile-out-'));
    const t0 = Date.now();
    r = run(['report', corpus.dir, '--format', 'json', '--out', join(out, 'report.json')]);
    ms = Date.now() - t0;
    report = existsSync(join(out, 'report.json')) ? (JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ReportV1) : (undefined as never);
  }, 180_000);
  afterAll(() => {
    corpus?.cleanup();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('names every bad file on stderr with its reason, one line per file, and exits 0', () => {
    expectNoCrash(r);
    expect(r.status, r.stderr).toBe(0);
    const got = lines(r.stderr);
    for (const l of got) expect(l).toMatch(/^crossread: /);
    const bodies = got.map((l) => l.slice('crossread: '.length));
    for (const m of corpus.messages) {
      const hits = bodies.filter((b) => m.message.test(b));
      expect(hits, `message for ${JSON.stringify(m.path)} in:\n${r.stderr}`).toHaveLength(1);
    }
    // Nothing else is said, and nothing twice about one file.
    expect(bodies).toHaveLength(corpus.messages.length);
    const subjects = bodies.map((b) => b.replace(/^skipped /, '').replace(/: .*$/, ''));
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it('reads every readable file, and only those', () => {
    expect(report.version).toBe(1);
    expect(report.documents.map((d) => d.id).sort()).toEqual([...corpus.texts.keys()].sort());
    for (const id of corpus.absent) expect(report.documents.some((d) => d.id === id)).toBe(false);
    const doc = (id: string) => report.documents.find((d) => d.id === id)!;
    expect(doc('crlf.md').title).toBe('CRLF title');
    expect(doc('lone-cr.md').title).toBe('Lone CR title');
    expect(doc('bom-utf8.md').title).toBe('With a BOM');
    expect(doc('yaml/proto.md').source).toBe('yaml');
    expect(doc('yaml/horizontal-rule.md').title).toBe('Ingrid Solberg visited Bergen.');
    expect(doc('yaml/empty-front-matter.md').title).toBe('Ingrid Solberg visited Bergen.');
    expect(doc('yaml/empty-front-matter.md').warnings ?? []).toEqual([]);
    expect(doc('empty.txt').warnings).toEqual(['empty file: nothing to read']);
  });

  it('still finds the known entities and the conflicting figure', () => {
    const { herald, times } = corpus.valid;
    const solberg = report.entities.find((e) => e.name === 'Ingrid Solberg');
    expect(solberg?.kind).toBe('person');
    const solbergDocs = new Set(solberg!.mentions.map((m) => m.doc));
    for (const d of [herald, times, 'utf16le.txt', 'utf16be.txt', 'crlf.md', 'lone-cr.md', 'emoji.md', 'long-line.txt', 'invalid-utf8.txt', 'bom-utf8.md', 'scripts/hebrew-mixed.txt', 'yaml/billion-laughs.md']) {
      expect(solbergDocs.has(d), d).toBe(true);
    }
    const tromso = report.entities.find((e) => e.name === 'Tromsø');
    expect(tromso?.kind).toBe('place');
    expect(tromso!.mentions.some((m) => m.doc === herald) && tromso!.mentions.some((m) => m.doc === times)).toBe(true);
    expect(report.entities.some((e) => e.name === 'Erik Dahl' && e.mentions.some((m) => m.doc === 'lone-cr.md'))).toBe(true);

    const conflicts = report.claims.filter((c) => c.verdict === 'conflict');
    const flood = conflicts.find((c) => corpus.valid.conflict.test(c.summary));
    expect(flood, JSON.stringify(report.claims)).toBeDefined();
    const figs = flood!.figures.map((id) => report.figures.find((f) => f.id === id)!);
    expect(figs.map((f) => f.doc).sort()).toEqual([times, herald].sort());
    expect(figs.map((f) => f.value).sort((a, b) => a - b)).toEqual([1200, 3400]);
  });

  it('gives exact offsets, even with emoji, combining marks, CRLF, lone CR, UTF-16 and right-to-left text', () => {
    const checked = checkOffsets(report, corpus.texts);
    for (const d of ['emoji.md', 'crlf.md', 'lone-cr.md', 'utf16le.txt', 'utf16be.txt', 'scripts/hebrew-mixed.txt', 'scripts/cyrillic.txt', 'invalid-utf8.txt', corpus.valid.times]) {
      expect(checked.get(d) ?? 0, d).toBeGreaterThan(0);
    }
    // The names after emoji and combining marks are whole: "José Martí" written with U+0301.
    const emoji = report.entities.flatMap((e) => e.mentions).filter((m) => m.doc === 'emoji.md').map((m) => m.text);
    expect(emoji).toEqual(expect.arrayContaining(['Ingrid Solberg', 'Jose\u0301 Marti\u0301', 'Zoe\u0308 Ha\u0308kkinen']));
  });

  it('reads the 50 MB article when --max-file-mb allows it', () => {
    const t0 = Date.now();
    const r2 = run(['report', corpus.dir, '--format', 'json', '--max-file-mb', '60', '--out', join(out, 'big.json')]);
    const took = Date.now() - t0;
    expectNoCrash(r2);
    expect(r2.status, r2.stderr).toBe(0);
    expect(r2.stderr).not.toContain('huge-article.txt');
    expect(lines(r2.stderr)).toHaveLength(corpus.messages.length - 1);
    const big = JSON.parse(readFileSync(join(out, 'big.json'), 'utf8')) as ReportV1;
    expect(big.documents.some((d) => d.id === corpus.big.id)).toBe(true);
    const text = readFileSync(join(corpus.dir, corpus.big.id), 'utf8');
    const mentions = big.entities.flatMap((e) => e.mentions).filter((m) => m.doc === corpus.big.id);
    // One "Ingrid Solberg" per paragraph of the article.
    const paragraphs = text.split('\n\n').length - 1;
    expect(mentions.filter((m) => m.text === 'Ingrid Solberg')).toHaveLength(paragraphs);
    for (let i = 0; i < mentions.length; i += 997) expect(text.slice(mentions[i]!.start, mentions[i]!.end)).toBe(mentions[i]!.text);
    console.info(`[hostile] 50 MB article read and analysed in ${took} ms (the whole hostile corpus: ${ms} ms without it)`);
  }, 180_000);

  it('never changes a file of the corpus (bytes and modification times)', () => {
    const after = fileStates(corpus.dir);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, state] of before) expect(after.get(path), path).toEqual(state);
    // The named pipe was never opened: a reader would still block on it, nothing was written into it.
    expect(before.size).toBeGreaterThan(30);
  });

  it('refuses to write the report over an article', () => {
    const target = join(corpus.dir, corpus.valid.herald);
    const bytes = readFileSync(target);
    const r3 = run(['report', corpus.dir, '--out', target]);
    expect(r3.status).toBe(2);
    expect(lines(r3.stderr).at(-1)).toMatch(/^crossread: --out .* is a file of the corpus being read; choose another file for the report$/);
    expect(readFileSync(target).equals(bytes)).toBe(true);
    expect(readdirSync(join(corpus.dir, 'harbor-herald'))).toEqual(['2026-03-14-flood.md']);
  }, 60_000);
});

describe('crossread report when it can do little or nothing', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const d = mkdtempSync(join(tempParent(), 'crossread-little-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) {
      try {
        chmodSync(join(d, 'locked-dir'), 0o755);
      } catch {
        // Not there.
      }
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('refuses an alias bomb in crossread.yaml and still reports', () => {
    const d = fresh();
    writeFileSync(join(d, 'a.txt'), 'Ingrid Solberg visited Bergen.\n');
    const laughs = ['a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]'];
    for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    writeFileSync(join(d, 'crossread.yaml'), `${laughs.join('\n')}\nsame:\n  - [*a, *b]\n`);
    const r = run(['report', d, '--format', 'json']);
    expectNoCrash(r);
    expect(r.status).toBe(0);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^crossread: crossread\.yaml: line 1: .*resource exhaustion/)]);
    expect((JSON.parse(r.stdout) as ReportV1).entities.map((e) => e.name)).toContain('Ingrid Solberg');
  });

  it('exits 2 with one line when the folder is a file, or the command unknown', () => {
    const d = fresh();
    writeFileSync(join(d, 'a.txt'), 'x');
    for (const args of [['report', join(d, 'a.txt')], ['summarise', d], ['report', d, '--max-file-mb']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(lines(r.stderr), args.join(' ')).toHaveLength(1);
    }
  });

  it('exits 2 with the reasons when no file at all is readable', () => {
    const d = fresh();
    writeFileSync(join(d, 'binary.txt'), Buffer.from([0, 1, 2]));
    const r = run(['report', d]);
    expectNoCrash(r);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(['crossread: skipped binary.txt: binary file (contains NUL bytes)', `crossread: no readable .txt or .md articles in ${d}`]);
  });

  // Permissions: root reads everything, so as root the CLI runs as "nobody" (setpriv) to meet a real EACCES.
  // test/hostile/readFolder.test.ts provokes EACCES through the read hooks whatever the user.
  // "nobody" may not be able to enter the checkout (a clone in a private folder, mode 700): it runs a copy of the
  // built CLI (one self-contained file) from a fresh folder of its own under the temp folder, and is checked to
  // reach both that copy and the corpus before the test counts; otherwise the test is skipped with the reason.
  const root = process.getuid?.() === 0;
  const setpriv = root && spawnSync('setpriv', ['--version']).status === 0;
  const canDrop = !root || (setpriv && entry.length === 1);
  const why = !root ? '' : !setpriv ? ' (skipped: running as root, which ignores permissions, and setpriv is missing)' : entry.length !== 1 ? ' (skipped: running as root needs the built dist/cli.js; run npm run build)' : ' (as nobody, through setpriv)';
  const asNobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  it.skipIf(!canDrop)(`reports files and folders without read permission, and reads the rest${why}`, (ctx) => {
    const d = fresh();
    chmodSync(d, 0o755);
    writeFileSync(join(d, 'open.txt'), 'Ingrid Solberg visited Bergen.\n', { mode: 0o644 });
    writeFileSync(join(d, 'locked.txt'), 'Ingrid Solberg visited Oslo.\n', { mode: 0o000 });
    chmodSync(join(d, 'locked.txt'), 0o000);
    mkdirSync(join(d, 'locked-dir'));
    writeFileSync(join(d, 'locked-dir', 'inner.txt'), 'Erik Dahl visited Oslo.\n', { mode: 0o644 });
    chmodSync(join(d, 'locked-dir'), 0o000);
    let cli = entry;
    let cwd = repo;
    if (root) {
      const bin = mkdtempSync(join(tmpdir(), 'crossread-nobody-cli-'));
      dirs.push(bin);
      chmodSync(bin, 0o755);
      copyFileSync(built, join(bin, 'cli.js'));
      chmodSync(join(bin, 'cli.js'), 0o644);
      cli = [join(bin, 'cli.js')];
      cwd = bin;
      // Can nobody run Node, read the copy and list the corpus? (A temp folder inside a private one: no.)
      const probe = spawnSync(asNobody[0]!, [...asNobody.slice(1), process.execPath, '-e', 'const fs = require("fs"); fs.accessSync(process.argv[1], fs.constants.R_OK); fs.readdirSync(process.argv[2]);', cli[0]!, d], { cwd, encoding: 'utf8' });
      if (probe.status !== 0) {
        const said = (probe.stderr || probe.error?.message || '').split('\n');
        const reason = `nobody cannot run node on ${cli[0]} or list ${d}: ${said.find((l) => /Error\b/.test(l))?.trim() ?? `exit ${probe.status}`}`;
        (ctx.task.meta as Record<string, unknown>).skipReason = reason;
        console.log(`[hostile cli] skipped: ${reason}`);
        ctx.skip();
      }
    }
    const [cmd, ...rest] = [...(root ? asNobody : []), process.execPath, ...cli, 'report', d, '--format', 'json'];
    const r = spawnSync(cmd!, rest, { encoding: 'utf8', cwd, timeout: 180_000 });
    expectNoCrash(r);
    expect(r.status, r.stderr).toBe(0);
    expect(lines(r.stderr).sort()).toEqual([
      'crossread: skipped locked-dir: cannot list folder: permission denied (EACCES)',
      'crossread: skipped locked.txt: cannot read: permission denied (EACCES)',
    ]);
    expect((JSON.parse(r.stdout) as ReportV1).documents.map((x) => x.id)).toEqual(['open.txt']);
  });
});

describe('crossread report over many files', () => {
  // Issue 6 asks for 100,000 files. Measured on the 2-core machine: 100,000 tiny articles are written in ~1.5 s
  // (RAM disk), then read and reported by the CLI in 16-18 s on a quiet machine, 24-48 s under the load of
  // parallel work (most of it the cross-document snapshot of 100,000 documents). CI (CI set) runs the full
  // 100,000; a developer's `npm test` runs 20,000 (~4-8 s) unless CROSSREAD_MANY_FILES says otherwise.
  const asked = Number(process.env.CROSSREAD_MANY_FILES);
  const COUNT = asked > 0 ? Math.ceil(asked / 1000) * 1000 : process.env.CI ? 100_000 : 20_000;
  let many: ReturnType<typeof makeManyFiles>;
  beforeAll(() => {
    many = makeManyFiles(COUNT);
  }, 120_000);
  afterAll(() => many?.cleanup());

  it('reads every one of them', () => {
    const out = join(many.dir, '..', `${many.dir.split('/').pop()}-report.json`);
    const t0 = Date.now();
    const r = run(['report', many.dir, '--format', 'json', '--out', out]);
    const took = Date.now() - t0;
    try {
      expectNoCrash(r);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      const report = JSON.parse(readFileSync(out, 'utf8')) as ReportV1;
      expect(report.documents).toHaveLength(COUNT);
      const ids = new Set(report.documents.map((d) => d.id));
      expect(ids.has('batch-000/n0.txt') && ids.has(`batch-${String(COUNT / 1000 - 1).padStart(3, '0')}/n999.txt`)).toBe(true);
    } finally {
      rmSync(out, { force: true });
    }
    console.info(`[hostile] ${COUNT} files written in ${many.ms} ms, read and reported in ${took} ms`);
  }, 180_000);
});
