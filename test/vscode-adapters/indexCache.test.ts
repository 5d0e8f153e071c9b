// The index cache in the corpus service (mock workspace, in-memory file system): written to the workspace
// storage after indexing, read back on the next start so the view and hovers work before any article is read,
// then every file checked; a bad, disabled or outdated cache costs a rebuild only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', () => import('./vscode-mock'));
import { CancellationTokenSource, Position, Uri, mock } from './vscode-mock';
import { cacheFingerprint, emptyDecisions } from '../../src/core';
import { EngineHost } from '../../src/vscode/engine/engineHost';
import { CrossreadHoverProvider } from '../../src/vscode/features/hover';
import { ConfigService } from '../../src/vscode/services/configService';
import { CorpusService } from '../../src/vscode/services/corpus';
import { CACHE_FILE } from '../../src/vscode/services/indexCacheStore';
import { Log } from '../../src/vscode/services/log';
import type { Services } from '../../src/vscode/services/services';
import { explode, implode } from '../engine/cacheLines';
import { receivedSnapshot } from './engineSnapshot';

const EN_A = 'Erik Solheim visited Oslo on Monday. Solheim said 40 people were evacuated from the valley.\n';
const EN_B = 'Police in Oslo said 400 people were evacuated from the valley on Monday. Erik Solheim was there.\n';
const NB_C = 'Erik Solheim besøkte Oslo mandag. Solheim sa at 40 personer ble evakuert fra dalen, ifølge politiet.\n';
const STORAGE = Uri.file('/storage/ws-1');
const CACHE_PATH = `${STORAGE.path}/${CACHE_FILE}`;

let started: { config: ConfigService; corpus: CorpusService }[] = [];

function start(storage: Uri | null = STORAGE, before?: (c: CorpusService) => void): { log: Log; config: ConfigService; corpus: CorpusService } {
  const log = new Log();
  const config = new ConfigService(log);
  const corpus = new CorpusService(config, log, undefined, (storage ?? undefined) as never);
  before?.(corpus);
  corpus.start();
  started.push({ config, corpus });
  return { log, config, corpus };
}

function stop(s: { config: ConfigService; corpus: CorpusService }): void {
  s.corpus.dispose();
  s.config.dispose();
  started = started.filter((x) => x !== s);
}

const until = async (test: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!test()) throw new Error(`timed out waiting for ${what}`);
};
const lines = (log: Log, pattern: RegExp) => log.messages().filter((m) => pattern.test(m));

/** A first session that indexes the three articles and writes the cache. */
async function firstSession(): Promise<{ claims: string[]; entities: string[] }> {
  mock.writeFile('/ws/a.txt', EN_A);
  mock.writeFile('/ws/b.txt', EN_B);
  mock.writeFile('/ws/c.txt', NB_C);
  const s = start();
  await s.corpus.whenIdle();
  await s.corpus.flushCache();
  expect(lines(s.log, /index cache not used: none yet/)).toHaveLength(1);
  expect(lines(s.log, /index cache written: 3 articles/)).toHaveLength(1);
  const view = s.corpus.current.snapshot;
  const out = { claims: view.claims.map((c) => c.summary), entities: view.entities.map((e) => e.name) };
  stop(s);
  return out;
}

beforeEach(() => {
  mock.reset();
  mock.readDelayMs = 0;
});

afterEach(() => {
  for (const s of [...started]) stop(s);
});

describe('index cache in the corpus service', () => {
  it('writes the cache atomically into the storage folder, never into the workspace', async () => {
    await firstSession();
    expect(mock.files().filter((f) => f.startsWith('/storage/'))).toEqual([CACHE_PATH]);
    expect(mock.files().filter((f) => f.startsWith('/ws/'))).toEqual(['/ws/a.txt', '/ws/b.txt', '/ws/c.txt']);
    expect(explode(mock.fileText(CACHE_PATH)!).documents.map((d: { meta: { id: string } }) => d.meta.id)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('reopening: the view and a hover work from the cache before any article is read, then every file is checked without re-analysis', async () => {
    const first = await firstSession();
    mock.readCount = 0;
    mock.readDelayMs = 150; // articles are slow to read: the cache must not wait for them
    const readsAtFirstView: number[] = [];
    const s = start(STORAGE, (c) => c.onDidChangeSnapshot(() => readsAtFirstView.push(mock.readCount)));
    await until(() => lines(s.log, /restored/).length > 0, 'the restore');
    expect(lines(s.log, /restored 3 articles from the cache in \d+ ms/)).toHaveLength(1);
    expect(readsAtFirstView[0]).toBe(1); // the cache file itself, no article yet
    expect(s.corpus.current.text('b.txt'), 'b.txt not read yet').toBeUndefined();
    const restored = s.corpus.current.snapshot;
    expect(restored.documents.map((d) => d.id)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(restored.claims.map((c) => c.summary)).toEqual(first.claims);
    expect(restored.entities.map((e) => e.name)).toEqual(first.entities);
    const cachedA = restored.analysis('a.txt');

    // A hover in an editor holding exactly the cached text answers; one holding other text does not.
    const doc = mock.openDocument(Uri.file('/ws/a.txt'), EN_A);
    const services = { config: s.config, corpus: s.corpus } as unknown as Services;
    const provider = new CrossreadHoverProvider(services);
    const token = new CancellationTokenSource().token;
    const hover = provider.provideHover(doc as never, new Position(0, EN_A.indexOf('Solheim') + 2) as never, token as never);
    expect(hover, 'hover on Solheim from the cache').toBeDefined();
    expect((hover!.contents as unknown as { value: string }).value).toContain('Erik Solheim');
    const other = mock.openDocument(Uri.file('/ws/b.txt'), EN_B.replace('Police', 'Polis'));
    expect(provider.provideHover(other as never, new Position(0, EN_B.indexOf('Solheim')) as never, token as never)).toBeUndefined();

    await s.corpus.whenIdle();
    expect(mock.readCount).toBeGreaterThanOrEqual(4); // the cache and the three files, checked
    // Nothing changed and the engine adopted the cache's view: it stays, now with the texts read.
    expect(s.corpus.current.snapshot).toBe(restored);
    expect(s.corpus.current.text('b.txt')).toBe(EN_B);
    // a.txt was unchanged: its analysis is the cache's, not a new one.
    expect(restored.analysis('a.txt')).toBe(cachedA);
    // Nothing changed: the cache is not rewritten.
    await s.corpus.flushCache();
    expect(lines(s.log, /index cache written/)).toHaveLength(0);

    // An edit after the reopen goes through the engine's adopted snapshot like any other (c.txt: in no editor).
    mock.readDelayMs = 0;
    mock.writeFile('/ws/c.txt', NB_C.replace('40 personer', '45 personer'));
    mock.fire('change', Uri.file('/ws/c.txt'));
    await until(() => s.corpus.current.snapshot.figuresIn('c.txt').some((f) => f.value === 45), 'the edit');
    await s.corpus.whenIdle();
    const edited = s.corpus.current.snapshot;
    expect(edited.analysis('a.txt')).toBe(cachedA);
    expect(edited.claims.map((c) => c.summary)).not.toEqual(first.claims);
    await s.corpus.flushCache();
    expect(lines(s.log, /index cache written: 3 articles/)).toHaveLength(1);
  });

  it('the engine adopts the cache view only under the same decisions and options; edits after it equal a full rebuild', () => {
    const files = [
      { id: 'a.txt', text: EN_A },
      { id: 'b.txt', text: EN_B },
      { id: 'c.txt', text: NB_C },
    ];
    const source = new EngineHost();
    source.handle({ type: 'reset', decisions: emptyDecisions(), options: { conflictTolerance: 0.02 } });
    for (const f of files) source.handle({ type: 'set', ...f, languages: [] });
    const written = source.handle({ type: 'serialize', fingerprint: cacheFingerprint({ conflictTolerance: 0.02 }, emptyDecisions()) });
    if (written.type !== 'serialize') throw new Error(written.type);
    const before = receivedSnapshot(source).snapshot;

    const same = new EngineHost();
    same.handle({ type: 'reset', decisions: emptyDecisions(), options: { conflictTolerance: 0.02 } });
    expect(same.handle({ type: 'restore', cache: written.bytes })).toEqual({ type: 'restore', restored: 3, adopted: true });
    const adopted = receivedSnapshot(same).snapshot;
    expect(adopted.entities).toEqual(before.entities);
    expect(adopted.claims).toEqual(before.claims);

    const other = new EngineHost();
    other.handle({ type: 'reset', decisions: emptyDecisions(), options: { conflictTolerance: 0.5 } });
    expect(other.handle({ type: 'restore', cache: written.bytes })).toEqual({ type: 'restore', restored: 3, adopted: false });

    // An edit that keeps the names (carried over from the adopted view) and one that changes a figure.
    const fresh = new EngineHost();
    fresh.handle({ type: 'reset', decisions: emptyDecisions(), options: { conflictTolerance: 0.02 } });
    for (const text of [EN_B.replace('Police in Oslo', 'Police  in Oslo'), EN_B.replace('400', '4000')]) {
      expect(same.handle({ type: 'set', id: 'b.txt', text, languages: [] })).toMatchObject({ result: 'changed' });
      for (const f of files) fresh.handle({ type: 'set', ...(f.id === 'b.txt' ? { id: f.id, text } : f), languages: [] });
      const a = receivedSnapshot(same).snapshot;
      const b = receivedSnapshot(fresh).snapshot;
      expect(a.entities).toEqual(b.entities);
      expect(a.figures).toEqual(b.figures);
      expect(a.claims).toEqual(b.claims);
    }
  });

  it('files changed, added and deleted while closed are updated by the scan that follows the restore, and the cache rewritten', async () => {
    await firstSession();
    mock.writeFile('/ws/b.txt', EN_B.replace('400', '4000'));
    mock.deleteFile('/ws/c.txt');
    mock.writeFile('/ws/d.txt', NB_C);
    const s = start();
    await s.corpus.whenIdle();
    expect(lines(s.log, /restored 3 articles/)).toHaveLength(1);
    const view = s.corpus.current.snapshot;
    expect(view.documents.map((d) => d.id)).toEqual(['a.txt', 'b.txt', 'd.txt']);
    expect(view.figuresIn('b.txt').map((f) => f.value)).toContain(4000);
    expect(s.corpus.current.text('b.txt')).toBe(EN_B.replace('400', '4000'));
    await s.corpus.flushCache();
    expect(lines(s.log, /index cache written: 3 articles/)).toHaveLength(1);
    const ids = explode(mock.fileText(CACHE_PATH)!).documents.map((d: { meta: { id: string } }) => d.meta.id);
    expect(ids).toEqual(['a.txt', 'b.txt', 'd.txt']);
  });

  it('a corrupt cache is not used, says why, and indexing goes on as without one', async () => {
    const first = await firstSession();
    mock.writeFile(CACHE_PATH, mock.fileText(CACHE_PATH)!.slice(0, 200));
    const s = start();
    await s.corpus.whenIdle();
    expect(lines(s.log, /index cache not used: not valid JSON/)).toHaveLength(1);
    expect(lines(s.log, /restored/)).toHaveLength(0);
    expect(s.corpus.current.snapshot.claims.map((c) => c.summary)).toEqual(first.claims);
  });

  it('an analysis of another version is not used', async () => {
    await firstSession();
    const o = explode(mock.fileText(CACHE_PATH)!);
    o.analysisVersion = -1;
    mock.writeFile(CACHE_PATH, implode(o));
    const s = start();
    await s.corpus.whenIdle();
    expect(lines(s.log, /index cache not used: analysis version -1/)).toHaveLength(1);
    expect(s.corpus.current.snapshot.documents).toHaveLength(3);
  });

  it('crossread.cache.enabled off: neither read nor written', async () => {
    await firstSession();
    const before = mock.fileText(CACHE_PATH);
    mock.setSetting('crossread.cache.enabled', false);
    mock.writeFile('/ws/d.txt', NB_C);
    const s = start();
    await s.corpus.whenIdle();
    await s.corpus.flushCache();
    expect(lines(s.log, /index cache not used: crossread.cache.enabled is off/)).toHaveLength(1);
    expect(lines(s.log, /restored|index cache written/)).toHaveLength(0);
    expect(mock.fileText(CACHE_PATH)).toBe(before);
  });

  it('no workspace storage (no folder open): no cache, and a line saying so', async () => {
    mock.writeFile('/ws/a.txt', EN_A);
    const s = start(null);
    await s.corpus.whenIdle();
    expect(lines(s.log, /index cache not used: no workspace storage/)).toHaveLength(1);
  });

  it('decisions changed since the cache was written: the analyses are reused, names and claims recomputed', async () => {
    const first = await firstSession();
    expect(first.entities).toContain('Erik Solheim');
    const s = start(STORAGE, (c) => c.setDecisions({ ...emptyDecisions(), different: [['Erik Solheim', 'Solheim']] }));
    await s.corpus.whenIdle();
    expect(lines(s.log, /restored 3 articles from the cache .*decisions or options changed/)).toHaveLength(1);
    const names = s.corpus.current.snapshot.entities.map((e) => e.name);
    expect(names).not.toEqual(first.entities);
  });
});
