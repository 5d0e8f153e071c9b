// The snapshot crosses from the engine to the extension host in parts (src/core/corpus/transfer/snapshotParts.ts): rows
// instead of mention lists, figures by reference, claims with figure indices. What the host assembles must be the
// engine's snapshot exactly: entities with their mentions, assignment and claim rows, figures, claims and every
// look-up the editor makes, through a structured clone, cut into many parts or few, with analyses the host holds or not.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusIndex, emptyDecisions, type CorpusSnapshot, type Decisions, type DocumentAnalysis, type SourceFile } from '../../src/core';
import { EngineHost } from '../../src/vscode/engine/engineHost';
import { SnapshotEncoder, assembleSnapshot, transferablesOf, type SnapshotPart, type TransferLimits } from '../../src/core';
import { receiveSnapshot } from '../../src/vscode/engine/receiveSnapshot';
import { TimeSlicer } from '../../src/vscode/services/schedule';
import { receivedSnapshot } from './engineSnapshot';
import { haveSeeds, SEEDS_DIR } from './fixtures';

const TINY: TransferLimits = { rowNumbers: 7, chars: 200, figureRefs: 3 };

function seedFiles(): SourceFile[] {
  return readdirSync(SEEDS_DIR)
    .sort()
    .map((n) => ({ id: n, text: readFileSync(path.join(SEEDS_DIR, n), 'utf8').replace(/^\uFEFF/, '') }));
}

/** Documents that give the transfer little to hold on to, and several that share names and a conflicting figure. */
function hostileFiles(): SourceFile[] {
  return [
    { id: 'empty.txt', text: '' },
    { id: 'numbers only.txt', text: '12 34 56\n7,8\n' },
    { id: 'lower case.txt', text: 'nothing here is capitalised, and 40 people were evacuated from the valley.\n' },
    { id: 'dir/nested#hash.md', text: '---\ntitle: Hash\nsource: Odd Source\n---\nErik Solheim visited Oslo on Monday. Solheim said 40 people were evacuated from the valley.\n' },
    { id: 'ünïcødé/é\u0301.txt', text: 'Erik Solheim besøkte Oslo mandag. Solheim sa at 45 personer ble evakuert fra dalen 🌊, ifølge politiet.\n' },
    { id: 'b.txt', text: 'Police in Oslo said 400 people were evacuated from the valley on Monday. Erik Solheim was there. Oslo, Oslo, Oslo.\n' },
    { id: 'c.txt', text: 'Police in Oslo said 40 people were evacuated from the valley on Monday, and 12 houses burned. Erik Solheim said so.\n' },
    { id: 'cjk.txt', text: '東京で40人が避難した。Erik Solheim visited Tokyo.\n' },
  ];
}

function indexOf(files: SourceFile[], decisions: Decisions = emptyDecisions()): CorpusIndex {
  const index = new CorpusIndex();
  index.setDecisions(decisions);
  for (const f of files) index.setDocument(f);
  return index;
}

/** Encodes `s`, clones every part as a message would (transferring its buffers), and assembles it with the host's analyses from `held`. */
function transfer(s: CorpusSnapshot, held: (id: string) => DocumentAnalysis | undefined, limits?: TransferLimits): { snapshot: CorpusSnapshot; parts: SnapshotPart[] } {
  const enc = new SnapshotEncoder(s, 1, limits);
  const header = structuredClone(enc.header);
  const parts: SnapshotPart[] = [];
  const snapshot = assembleSnapshot(
    header,
    s.version,
    (k) => {
      const p = enc.part(k);
      const sent = structuredClone(p, { transfer: transferablesOf(p) });
      parts.push(sent);
      return sent;
    },
    held,
    (ids) => structuredClone(enc.analyses(ids)),
  );
  return { snapshot, parts };
}

/** Everything the editor reads of a snapshot, compared between the engine's and the assembled one. */
function expectSame(got: CorpusSnapshot, want: CorpusSnapshot): void {
  expect(got.version).toBe(want.version);
  expect(got.documents).toEqual(want.documents);
  expect(got.entities).toEqual(want.entities);
  expect(got.figures).toEqual(want.figures);
  expect(got.claims).toEqual(want.claims);
  expect(got.everyFigureKept).toBe(want.everyFigureKept);
  for (const d of want.documents) {
    expect(got.assignmentOf(d.id)).toEqual(want.assignmentOf(d.id));
    expect(got.claimRowsOf()?.get(d.id)).toEqual(want.claimRowsOf()?.get(d.id));
    expect(got.mentionsIn(d.id).map((h) => [h.mention.start, h.entity.id])).toEqual(want.mentionsIn(d.id).map((h) => [h.mention.start, h.entity.id]));
    const a = want.analysis(d.id)!;
    for (const m of a.mentions) expect(got.mentionAt(d.id, m.start)?.entity.id).toBe(want.mentionAt(d.id, m.start)?.entity.id);
    for (const f of a.figures) {
      expect(got.figure(f.id)).toEqual(want.figure(f.id));
      expect(got.claimFor(f.id)?.id).toBe(want.claimFor(f.id)?.id);
      const hit = got.figureAt(d.id, f.start);
      expect(hit?.figure.id).toBe(f.id);
      expect(hit?.claim?.id).toBe(want.figureAt(d.id, f.start)?.claim?.id);
    }
  }
  for (const e of want.entities) {
    expect(got.entity(e.id)).toEqual(e);
    expect(got.figuresAbout(e.id).map((f) => f.id)).toEqual(want.figuresAbout(e.id).map((f) => f.id));
  }
  for (const c of want.claims) expect(got.claim(c.id)).toEqual(c);
  expect(got.crossSourceEntities().map((e) => e.id)).toEqual(want.crossSourceEntities().map((e) => e.id));
  expect(got.conflicts.map((c) => c.id)).toEqual(want.conflicts.map((c) => c.id));
}

describe.skipIf(!haveSeeds)('snapshot transfer on the seeds', () => {
  let want: CorpusSnapshot;
  beforeAll(() => {
    want = indexOf(seedFiles()).snapshot();
  });

  it('assembles the engine snapshot exactly, in one part per kind and in many small parts', () => {
    expect(want.entities.length).toBeGreaterThan(10);
    expect(want.claims.length).toBeGreaterThan(0);
    for (const limits of [undefined, TINY]) {
      const { snapshot, parts } = transfer(want, (id) => want.analysis(id), limits);
      expectSame(snapshot, want);
      // Figures are the host's own analysis objects, not copies.
      expect(snapshot.figures.every((f) => f === want.analysis(f.doc)!.figures.find((g) => g.id === f.id))).toBe(true);
      expect(parts.some((p) => p.kind === 'claimRows')).toBe(true);
      if (limits) expect(parts.length).toBeGreaterThan(10);
    }
  });

  it('sends no mention list: the parts are a small fraction of the mention lists they replace', () => {
    const { parts } = transfer(want, (id) => want.analysis(id));
    const size = (x: unknown) => JSON.stringify(x, (_k, v) => (v instanceof Int32Array ? Array.from(v) : v)).length;
    expect(parts.some((p) => 'mentions' in p)).toBe(false);
    expect(size(parts)).toBeLessThan(size({ entities: want.entities, figures: want.figures, claims: want.claims }) / 2);
  });

  it('asks the engine for analyses the host lacks or holds in another version', () => {
    const ids = want.documents.map((d) => d.id);
    const older = indexOf(seedFiles().map((f) => (f.id === ids[1] ? { id: f.id, text: f.text.replace(/\d/, '9') } : f)));
    const held = (id: string) => (id === ids[0] ? undefined : id === ids[1] ? older.analysis(id) : want.analysis(id));
    expect(held(ids[1]!)!.checksum).not.toBe(want.analysis(ids[1]!)!.checksum);
    expectSame(transfer(want, held, TINY).snapshot, want);
  });

  it('through the engine protocol (EngineHost), with and without the host holding the analyses', () => {
    const engine = new EngineHost();
    engine.handle({ type: 'reset', decisions: emptyDecisions(), options: {} });
    for (const f of seedFiles()) engine.handle({ type: 'set', ...f, languages: [] });
    expectSame(receivedSnapshot(engine).snapshot, want);
    expectSame(receivedSnapshot(engine, (id) => want.analysis(id)).snapshot, want);
  });

  it('the async receive on the host: same snapshot, yields between slices, stops when cancelled', async () => {
    const enc = new SnapshotEncoder(want, 1, TINY);
    const source = {
      part: async (k: number) => structuredClone(enc.part(k)),
      analyses: async (ids: string[]) => enc.analyses(ids),
      held: (id: string) => want.analysis(id),
    };
    const got = await receiveSnapshot(enc.header, want.version, source, new TimeSlicer(0));
    expect(got?.fetched).toEqual([]);
    expectSame(got!.snapshot, want);
    let asked = 0;
    const cancelled = await receiveSnapshot(enc.header, want.version, { ...source, part: (k) => (asked++, source.part(k)), cancelled: () => asked > 2 }, new TimeSlicer(0));
    expect(cancelled).toBeUndefined();
    expect(asked).toBeLessThan(enc.header.parts);
  });
});

describe('snapshot transfer on hostile input', () => {
  it('documents without mentions or figures, odd ids, and figures ignored by decisions (so not every figure is kept)', () => {
    const files = hostileFiles();
    const plain = indexOf(files).snapshot();
    const ignoring = indexOf(files, { same: [], different: [], ignoreFigures: [{ doc: 'c.txt', text: '12 houses' }, { doc: 'b.txt', text: '400 people' }] }).snapshot();
    expect(plain.analysis('empty.txt')!.mentions).toHaveLength(0);
    expect(plain.analysis('numbers only.txt')!.mentions).toHaveLength(0);
    expect(plain.claims.length).toBeGreaterThan(0);
    expect(ignoring.everyFigureKept).toBe(false);
    expect(ignoring.figures.length).toBeLessThan(plain.figures.length);
    for (const want of [plain, ignoring]) {
      for (const limits of [undefined, TINY]) {
        const { snapshot, parts } = transfer(want, (id) => want.analysis(id), limits);
        expectSame(snapshot, want);
        expect(parts.some((p) => p.kind === 'claimRows')).toBe(want.everyFigureKept);
      }
    }
    // An ignored figure is no figure of the view and has no claim.
    const ignoredId = ignoring.analysis('b.txt')!.figures.find((f) => f.text.startsWith('400'))!.id;
    const got = transfer(ignoring, (id) => ignoring.analysis(id)).snapshot;
    expect(got.figure(ignoredId)).toBeUndefined();
    expect(got.claimFor(ignoredId)).toBeUndefined();
  });

  it('an empty corpus, and a snapshot the engine no longer holds is refused', () => {
    const empty = new CorpusIndex().snapshot();
    expectSame(transfer(empty, () => undefined).snapshot, empty);
    const engine = new EngineHost();
    engine.handle({ type: 'set', id: 'a.txt', text: 'Erik Solheim visited Oslo.', languages: [] });
    const first = engine.handle({ type: 'snapshot' });
    engine.handle({ type: 'snapshot' });
    if (first.type !== 'snapshot' || !first.transfer) throw new Error(first.type);
    const handle = first.transfer.handle;
    expect(() => engine.handle({ type: 'snapshotPart', handle, part: 0 })).toThrow(/no longer held/);
  });
});
