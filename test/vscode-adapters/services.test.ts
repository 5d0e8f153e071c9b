// The corpus and decisions services against the mock workspace (an in-memory file system whose watcher
// events the tests fire): scanning, skipping, debouncing, superseded work, unsaved editor text, settings,
// crossread.yaml problems and atomic writes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', () => import('./vscode-mock'));
import { mock, Uri } from './vscode-mock';
import { ConfigService } from '../../src/vscode/services/configService';
import { CorpusService } from '../../src/vscode/services/corpus';
import { DecisionsService } from '../../src/vscode/services/decisions';
import { Log } from '../../src/vscode/services/log';
import { scheduling, SLICE_MS } from '../../src/vscode/services/schedule';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { haveSeeds, SEEDS_DIR } from './fixtures';

const EN_A = 'Erik Solheim visited Oslo on Monday. Solheim said 40 people were evacuated from the valley.\n';
const EN_B = 'Police in Oslo said 400 people were evacuated from the valley on Monday. Erik Solheim was there.\n';
const NB_C = 'Erik Solheim besøkte Oslo mandag. Solheim sa at 40 personer ble evakuert fra dalen, ifølge politiet.\n';

let services: { log: Log; config: ConfigService; corpus: CorpusService }[] = [];

function start(): { log: Log; config: ConfigService; corpus: CorpusService } {
  const log = new Log();
  const config = new ConfigService(log);
  const corpus = new CorpusService(config, log);
  corpus.start();
  const s = { log, config, corpus };
  services.push(s);
  return s;
}

const ids = (corpus: CorpusService) => corpus.current.snapshot.documents.map((d) => d.id);

beforeEach(() => {
  mock.reset();
  mock.readDelayMs = 0;
});

afterEach(() => {
  for (const s of services) {
    s.corpus.dispose();
    s.config.dispose();
  }
  services = [];
});

describe('CorpusService', () => {
  it('indexes the articles matching include minus exclude, skipping binary and oversized files with a message', async () => {
    mock.writeFile('/ws/a.txt', EN_A);
    mock.writeFile('/ws/outlet/b.md', EN_B);
    mock.writeFile('/ws/node_modules/pkg/README.md', EN_A);
    mock.writeFile('/ws/dist/c.txt', EN_A);
    mock.writeFile('/ws/notes.json', '{}');
    mock.writeFile('/ws/binary.txt', new Uint8Array([0x41, 0x00, 0x42]));
    mock.writeFile('/ws/huge.txt', 'x'.repeat(3 * 1024 * 1024));
    const { corpus, log } = start();
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt', 'outlet/b.md']);
    expect(corpus.current.snapshot.claims.length).toBe(1);
    expect(corpus.current.text('a.txt')).toBe(EN_A);
    expect(corpus.current.uri('outlet/b.md')?.path).toBe('/ws/outlet/b.md');
    const messages = log.messages().join('\n');
    expect(messages).toContain('skipped binary.txt: binary file (contains NUL bytes)');
    expect(messages).toContain('skipped huge.txt: larger than the limit (3.0 MB > 2.0 MB); raise crossread.maxFileSizeKB to read it');
    expect(corpus.indexState).toMatchObject({ indexing: false, ready: true });
  });

  it('follows the file watcher: create, change (bursts grouped into one read), delete, folder delete', async () => {
    mock.writeFile('/ws/a.txt', EN_A);
    const { corpus } = start();
    await corpus.whenIdle();
    const published: string[][] = [];
    const provisional: boolean[] = [];
    corpus.onDidChangeSnapshot((v) => {
      published.push(v.snapshot.documents.map((d) => d.id));
      provisional.push(v.snapshot.provisional);
    });

    const b = mock.writeFile('/ws/news/b.txt', EN_B);
    mock.fire('create', b);
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt', 'news/b.txt']);

    const reads = mock.readCount;
    for (let i = 0; i < 5; i++) {
      mock.writeFile('/ws/news/b.txt', EN_B.replace('400', String(400 + i)));
      mock.fire('change', b);
    }
    await corpus.whenIdle();
    expect(mock.readCount - reads).toBe(1);
    expect(corpus.current.text('news/b.txt')).toContain('404 people');

    mock.deleteFile('/ws/news/b.txt');
    mock.fire('delete', Uri.file('/ws/news'));
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt']);
    // Per burst (create, change, delete): a quick view at once, then the exact one after a quiet spell.
    expect(provisional).toEqual([true, false, true, false, true, false]);
    expect(published.filter((_, i) => i % 2 === 1)).toEqual([['a.txt', 'news/b.txt'], ['a.txt', 'news/b.txt'], ['a.txt']]);
    expect(corpus.current.snapshot.provisional).toBe(false);
  });

  it('drops superseded work: a newer change wins over a slower read in flight', async () => {
    mock.writeFile('/ws/a.txt', EN_A);
    const { corpus } = start();
    await corpus.whenIdle();
    mock.readDelayMs = 80;
    const a = Uri.file('/ws/a.txt');
    mock.writeFile('/ws/a.txt', EN_A.replace('40 people', '41 people'));
    mock.fire('change', a);
    await new Promise((r) => setTimeout(r, 200)); // the first read is now in flight
    mock.readDelayMs = 0;
    mock.writeFile('/ws/a.txt', EN_A.replace('40 people', '42 people'));
    mock.fire('change', a);
    const seen: string[] = [];
    corpus.onDidChangeSnapshot((v) => seen.push(v.text('a.txt') ?? ''));
    await corpus.whenIdle();
    expect(corpus.current.text('a.txt')).toContain('42 people');
    expect(seen.some((t) => t.includes('41 people'))).toBe(false);
  });

  it('reflects an open editor’s unsaved text live and reverts to the file on close', async () => {
    const uri = mock.writeFile('/ws/a.txt', EN_A);
    mock.writeFile('/ws/b.txt', EN_B);
    const { corpus } = start();
    await corpus.whenIdle();
    const doc = mock.openDocument(uri, EN_A);
    mock.editDocument(doc, `${EN_A}Jonas Gahr Støre said 4000 people lost power.\n`);
    await corpus.whenIdle();
    expect(corpus.current.text('a.txt')).toContain('Jonas Gahr Støre');
    expect(corpus.current.snapshot.entities.some((e) => e.name.includes('Støre'))).toBe(true);
    expect(mock.fileText('/ws/a.txt')).toBe(EN_A); // never written
    mock.closeDocument(doc);
    await corpus.whenIdle();
    expect(corpus.current.text('a.txt')).toBe(EN_A);
    expect(corpus.current.snapshot.entities.some((e) => e.name.includes('Støre'))).toBe(false);
  });

  it('applies the languages, include and tolerance settings', async () => {
    mock.writeFile('/ws/a.txt', EN_A);
    mock.writeFile('/ws/c.txt', NB_C);
    mock.writeFile('/ws/d.md', EN_B);
    const { corpus, log } = start();
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt', 'c.txt', 'd.md']);

    mock.setSetting('crossread.languages', ['en']);
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt', 'd.md']);
    expect(log.messages().join('\n')).toContain('skipped c.txt: language "nb" is not in crossread.languages (en)');

    mock.setSetting('crossread.include', '**/*.txt');
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt']);

    mock.setSetting('crossread.include', '**/*.{txt,md}');
    mock.setSetting('crossread.languages', []);
    await corpus.whenIdle();
    expect(ids(corpus)).toEqual(['a.txt', 'c.txt', 'd.md']);
    const verdict = () => corpus.current.snapshot.claims.find((c) => c.unit === 'people')?.verdict;
    expect(verdict()).toBe('conflict'); // 40 vs 400
    mock.setSetting('crossread.conflictTolerance', 100);
    await corpus.whenIdle();
    expect(verdict()).not.toBe('conflict');
  });

  it('a rebuild starts from an empty index and cancels older work', async () => {
    mock.writeFile('/ws/a.txt', EN_A);
    mock.writeFile('/ws/b.txt', EN_B);
    const { corpus } = start();
    await corpus.whenIdle();
    const before = corpus.current.snapshot;
    mock.fire('change', Uri.file('/ws/a.txt'));
    await corpus.scan({ reset: true });
    await corpus.whenIdle();
    expect(corpus.current.snapshot).not.toBe(before);
    expect(ids(corpus)).toEqual(['a.txt', 'b.txt']);
  });

  it.skipIf(!haveSeeds)('in the extension host’s own thread, yields to the event loop between documents', async () => {
    // The in-thread engine (browser, fallback) cuts the work into ~20 ms slices: other tasks run in between.
    const names = readdirSync(SEEDS_DIR).sort();
    for (let copy = 0; copy < 4; copy++) {
      for (const n of names) mock.writeFile(`/ws/copy${copy}/${n}`, readFileSync(path.join(SEEDS_DIR, n), 'utf8'));
    }
    // Every slicer check yields (slice 0 ms), so the count below does not depend on this machine's speed.
    scheduling.sliceMs = 0;
    let turns = 0;
    let stop = false;
    const tick = () => {
      turns++;
      if (!stop) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const { corpus } = start();
    try {
      await corpus.whenIdle();
    } finally {
      stop = true;
      scheduling.sliceMs = SLICE_MS;
    }
    expect(ids(corpus)).toHaveLength(names.length * 4);
    // At least one turn of the event loop for every document analysed.
    expect(turns).toBeGreaterThanOrEqual(names.length * 4);
  });
});

describe('DecisionsService', () => {
  it('reports a malformed crossread.yaml in the log and as a diagnostic at the line, with no decisions', async () => {
    mock.writeFile('/ws/crossread.yaml', 'same:\n  - [Erik Solheim, Solheim]\nignore_figures: [oops\n');
    const log = new Log();
    const decisions = new DecisionsService(log);
    decisions.start();
    await decisions.whenLoaded();
    expect(decisions.decisions).toEqual({ same: [], different: [], ignoreFigures: [] });
    expect(decisions.problems.length).toBeGreaterThan(0);
    const line = decisions.problems[0]!.line;
    expect(line).toBeGreaterThanOrEqual(3);
    expect(log.messages().join('\n')).toMatch(/crossread\.yaml line \d+: /);
    expect(log.messages().join('\n')).toContain('continues with no decisions');
    const diags = (decisions as unknown as { diagnostics: { get(u: Uri): { range: { start: { line: number } }; message: string }[] } }).diagnostics.get(
      Uri.file('/ws/crossread.yaml'),
    )!;
    expect(diags[0]!.range.start.line).toBe(line - 1);

    // Fixed: reloaded on the watcher event.
    mock.writeFile('/ws/crossread.yaml', 'same:\n  - [Erik Solheim, Solheim]\n');
    mock.fire('change', Uri.file('/ws/crossread.yaml'));
    await new Promise((r) => setTimeout(r, 150));
    await decisions.whenLoaded();
    expect(decisions.decisions.same).toEqual([['Erik Solheim', 'Solheim']]);
    expect(decisions.problems).toEqual([]);
    decisions.dispose();
  });

  it('adds decisions keeping comments, writing through a temporary file and a rename', async () => {
    mock.writeFile('/ws/crossread.yaml', '# my notes\nsame:\n  - [A, B]\n');
    const decisions = new DecisionsService(new Log());
    decisions.start();
    await decisions.whenLoaded();
    await decisions.add({ kind: 'ignore_figures', doc: 'a.txt', text: '40 people', start: 51 });
    await decisions.add({ kind: 'different', names: ['Erik Solheim', 'Erik Solheimsen'] });
    const text = mock.fileText('/ws/crossread.yaml')!;
    expect(text).toContain('# my notes');
    expect(decisions.decisions.ignoreFigures).toEqual([{ doc: 'a.txt', text: '40 people', start: 51 }]);
    expect(decisions.decisions.different).toEqual([['Erik Solheim', 'Erik Solheimsen']]);
    expect(mock.files().filter((f) => f.endsWith('.tmp'))).toEqual([]);
    decisions.dispose();
  });

  it('refuses to edit a broken file instead of overwriting it', async () => {
    mock.writeFile('/ws/crossread.yaml', 'same: [\n');
    const decisions = new DecisionsService(new Log());
    decisions.start();
    await decisions.whenLoaded();
    await expect(decisions.add({ kind: 'same', names: ['A', 'B'] })).rejects.toThrow(/fix them first/);
    expect(mock.fileText('/ws/crossread.yaml')).toBe('same: [\n');
    decisions.dispose();
  });
});
