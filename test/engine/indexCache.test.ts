// The index cache: what is written reads back equal (analyses, entities, figures, claims), and anything of
// another version or malformed is refused with a reason, never thrown.
import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_VERSION,
  CACHE_FORMAT_VERSION,
  CorpusIndex,
  CorpusSnapshot,
  cacheFingerprint,
  deserializeIndexCache,
  emptyDecisions,
  serializeIndexCache,
  type CorpusSnapshot as Snapshot,
} from '../../src/core';
import { generateCorpus } from '../../bench/generate';
import { loadFolder, SAMPLES_DIR } from '../vscode-adapters/fixtures';
import { explode, implode } from './cacheLines';

function roundTrip(snapshot: Snapshot) {
  const text = serializeIndexCache(snapshot, 'fp');
  const read = deserializeIndexCache(text);
  if (!read.ok) throw new Error(`refused: ${read.reason}`);
  return { text, data: read.data };
}

function expectSame(snapshot: Snapshot, data: ReturnType<typeof roundTrip>['data']) {
  expect(data.fingerprint).toBe('fp');
  expect(data.documents.map((a) => a.meta.id)).toEqual(snapshot.documents.map((d) => d.id));
  expect(data.documents).toEqual(snapshot.documents.map((d) => snapshot.analysis(d.id)));
  expect(data.entities).toEqual(snapshot.entities);
  expect(data.figures).toEqual(snapshot.figures);
  expect(data.claims).toEqual(snapshot.claims);
  // The figures of the view are the analyses' own objects again (look-ups by document rely on it).
  const own = new Set(data.documents.flatMap((a) => a.figures));
  expect(data.figures.every((f) => own.has(f))).toBe(true);
  // The view's rows travel too (format 3): the snapshot needs no rebuild from mention lists.
  for (const a of data.documents) {
    const id = a.meta.id;
    expect(data.assignment!.get(id)).toEqual(snapshot.assignmentOf(id) ?? new Int32Array(a.mentions.length).fill(-1));
    if (snapshot.everyFigureKept && a.figures.length > 0) expect(data.claimRows!.get(id)).toEqual(snapshot.claimRowsOf()!.get(id));
  }
  expect(data.claimRows !== undefined).toBe(snapshot.everyFigureKept);
  const view = new CorpusSnapshot([...data.documents], data.entities, data.figures, data.claims, 0, data.assignment, data.claimRows);
  for (const d of snapshot.documents) {
    const a = snapshot.analysis(d.id)!;
    for (const m of a.mentions) expect(view.mentionAt(d.id, m.start)?.entity.id).toBe(snapshot.mentionAt(d.id, m.start)?.entity.id);
    for (const f of a.figures) {
      expect(view.figure(f.id)?.id).toBe(snapshot.figure(f.id)?.id);
      expect(view.claimFor(f.id)?.id).toBe(snapshot.claimFor(f.id)?.id);
    }
  }
}

describe('index cache', () => {
  it('reads back what it wrote: the samples, and a view made from it answers as the original', () => {
    const { snapshot } = loadFolder(SAMPLES_DIR);
    expect(snapshot.claims.length).toBeGreaterThan(0);
    const { data } = roundTrip(snapshot);
    expectSame(snapshot, data);
    // Optional figure fields travel too (converted units, times).
    expect(data.figures.some((f) => f.unitAsWritten !== undefined && f.writtenValue !== undefined)).toBe(true);
    expect(data.figures.some((f) => f.time !== undefined)).toBe(true);
    const again = new CorpusSnapshot(data.documents, data.entities, data.figures, data.claims, 0);
    for (const d of snapshot.documents) {
      const a = snapshot.analysis(d.id)!;
      for (const m of a.mentions) expect(again.mentionAt(d.id, m.start)?.entity.id).toBe(snapshot.mentionAt(d.id, m.start)?.entity.id);
      for (const f of a.figures) expect(again.figureAt(d.id, f.start)?.claim?.id).toBe(snapshot.figureAt(d.id, f.start)?.claim?.id);
    }
  });

  it('reads back generated articles in five languages, unbounded intervals (Infinity) included', () => {
    const index = new CorpusIndex();
    for (const f of generateCorpus(120, 3)) index.setDocument(f);
    const snapshot = index.snapshot();
    const { data } = roundTrip(snapshot);
    expectSame(snapshot, data);
    const unbounded = data.figures.filter((f) => f.high === Infinity);
    expect(unbounded.length).toBeGreaterThan(0);
    expect(unbounded.length).toBe(snapshot.figures.filter((f) => f.high === Infinity).length);
  });

  it('keeps the figure list of a view that ignores a figure', () => {
    const index = new CorpusIndex();
    for (const f of generateCorpus(30, 5)) index.setDocument(f);
    const first = index.snapshot().figures[0]!;
    index.setDecisions({ ...emptyDecisions(), ignoreFigures: [{ doc: first.doc, text: first.text, start: first.start }] });
    const snapshot = index.snapshot();
    expect(snapshot.figures.some((f) => f.id === first.id)).toBe(false);
    expectSame(snapshot, roundTrip(snapshot).data);
  });

  it('fingerprints decisions and options independently of key order', () => {
    const d = emptyDecisions();
    expect(cacheFingerprint({ conflictTolerance: 0.02 }, d)).toBe(cacheFingerprint({ conflictTolerance: 0.02 }, { ignoreFigures: [], different: [], same: [] }));
    expect(cacheFingerprint({ conflictTolerance: 0.02 }, d)).not.toBe(cacheFingerprint({ conflictTolerance: 0.05 }, d));
    expect(cacheFingerprint({}, d)).not.toBe(cacheFingerprint({}, { ...d, same: [['A', 'B']] }));
  });

  describe('refuses, with a reason', () => {
    const { snapshot } = loadFolder(SAMPLES_DIR);
    const good = serializeIndexCache(snapshot, 'fp');
    const edit = (f: (o: Record<string, any>) => void) => {
      const o = explode(good);
      f(o);
      return implode(o);
    };
    const refused = (text: string) => {
      const r = deserializeIndexCache(text);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.reason;
    };

    it('another cache format or analysis version', () => {
      expect(refused(edit((o) => (o.version = CACHE_FORMAT_VERSION + 1)))).toMatch(/cache format/);
      expect(refused(edit((o) => (o.analysisVersion = ANALYSIS_VERSION + 1)))).toMatch(/analysis version/);
      expect(refused(edit((o) => delete o.analysisVersion))).toMatch(/analysis version/);
      expect(refused(JSON.stringify({ hello: 'world' }))).toMatch(/not a Crossread index cache/);
    });

    it('truncated or empty JSON', () => {
      expect(deserializeIndexCache(implode(explode(good))).ok).toBe(true); // the test's helpers keep a cache valid
      expect(refused(good.slice(0, Math.floor(good.length / 2)))).toMatch(/not valid JSON \(line \d+/);
      expect(refused(good.slice(0, good.lastIndexOf('\n', good.length / 2)))).toMatch(/truncated: .* missing/);
      expect(refused('')).toMatch(/not valid JSON/);
      expect(refused('null')).toMatch(/not an object/);
    });

    it('wrong types and dangling references', () => {
      expect(refused(edit((o) => (o.documents[0] = [])))).toMatch(/document 0 is not an object/);
      const lines = good.split('\n');
      lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), documents: 'x' });
      expect(refused(lines.join('\n'))).toMatch(/does not count its lines/);
      expect(refused(edit((o) => (o.documents[0].checksum = 42)))).toMatch(/checksum is not a string/);
      expect(refused(edit((o) => (o.documents[0].meta.id = null)))).toMatch(/id is not a string/);
      expect(refused(edit((o) => (o.documents[0].mentions[0] = 'x')))).toMatch(/mention has a bad span/);
      expect(refused(edit((o) => (o.documents[0].mentions[1] = o.documents[0].length + 1)))).toMatch(/bad span/);
      expect(refused(edit((o) => (o.documents[0].mentions[2] = 9)))).toMatch(/kind is unknown/);
      expect(refused(edit((o) => (o.documents[0].mentions[6] = o.entities.length)))).toMatch(/names an entity the cache does not hold/);
      expect(refused(edit((o) => o.documents[0].texts.pop()))).toMatch(/do not match their texts/);
      expect(refused(edit((o) => (o.documents[0].names = [1e6, 'X'])))).toMatch(/names no mention/);
      const fewer = good.split('\n');
      fewer[0] = JSON.stringify({ ...JSON.parse(fewer[0]!), entityCount: 1e6 });
      expect(refused(fewer.join('\n'))).toMatch(/counts \d+ entities/);
      expect(refused(edit((o) => (o.documents[0].sentences = [0])))).toMatch(/not pairs/);
      expect(refused(edit((o) => o.documents[0].figureEvents.push([])))).toMatch(/figureEvents do not match/);
      expect(refused(edit((o) => o.documents.push(o.documents[0])))).toMatch(/appears twice/);
      expect(refused(edit((o) => (o.entities[0].documents[0] = 10_000)))).toMatch(/names a document the cache does not hold/);
      expect(refused(edit((o) => (o.claims[0].figures[0] = 1e9)))).toMatch(/names a figure no document has/);
      expect(refused(edit((o) => (o.fingerprint = 3)))).toMatch(/fingerprint is not a string/);
    });
  });
});
