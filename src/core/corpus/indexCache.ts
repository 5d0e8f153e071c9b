// The index cache: every document's analysis (keyed by id, with the checksum of the text it was made from) and the
// cross-document view made from them, as one JSON text. Pure: the editor stores it in its workspace storage.
// Reading is defensive: anything of another format or analysis version, or malformed, is refused with a reason
// (a bad cache costs a rebuild, never an error).
import type { Claim, Decisions, DocumentAnalysis, Entity, EntityKind, Figure, Mention, Sentence } from '../model';
import { ANALYSIS_VERSION } from './analyzeDocument';
import type { CorpusSnapshot, EngineOptions } from './corpusIndex';

/** Bump when the cache's layout changes. */
export const CACHE_FORMAT_VERSION = 2;
const FORMAT = 'crossread-index-cache';

export interface IndexCacheData {
  /** What the cross-document view was made with (decisions and options): see `cacheFingerprint`. */
  fingerprint: string;
  /** Per-document analyses, by id (meta.id), each with the checksum of its text. */
  documents: DocumentAnalysis[];
  /** The cross-document view: figures are the analyses' own figure objects, in the snapshot's order. */
  entities: Entity[];
  figures: Figure[];
  claims: Claim[];
}

export type CacheRead = { ok: true; data: IndexCacheData } | { ok: false; reason: string };

/** Decisions and options in one string: a cached cross-document view is valid only under the same ones. */
export function cacheFingerprint(options: EngineOptions, decisions: Decisions): string {
  return stableJson({ options, decisions });
}

function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
    .join(',')}}`;
}

/** The cache text of a snapshot (every analysis it holds, and its entities, figures and claims). */
export function serializeIndexCache(snapshot: CorpusSnapshot, fingerprint: string): string {
  const documents: DocumentAnalysis[] = [];
  for (const m of snapshot.documents) {
    const a = snapshot.analysis(m.id);
    if (a) documents.push(a);
  }
  return serializeCacheData({ fingerprint, documents, entities: snapshot.entities, figures: snapshot.figures, claims: snapshot.claims });
}

/** Mention kinds as small numbers in the cache. */
const KINDS: readonly EntityKind[] = ['person', 'place', 'organization', 'other'];

/**
 * Compact layout (the analyses of 10,000 articles are ~10 times their text as plain JSON): a document's own id is
 * not repeated in its mentions and figures, sentences are flat [start, end, ...], mentions are tuples, figure ids
 * (`doc#start`) are rebuilt, documents elsewhere are indices into `documents`, figures of the view and of claims are
 * indices into all figures (documents in order, figures in order), and an unbounded interval end (Infinity, which
 * JSON cannot hold) is null.
 */
export function serializeCacheData(data: IndexCacheData): string {
  const docIndex = new Map<string, number>();
  const figureIndex = new Map<string, number>();
  const documents = data.documents.map((a, di) => {
    docIndex.set(a.meta.id, di);
    const sentences: number[] = [];
    for (const s of a.sentences) sentences.push(s.start, s.end);
    const mentions = a.mentions.map((m) => [m.start, m.end, m.text, m.name === m.text ? 0 : m.name, KINDS.indexOf(m.kind), m.kindWeight, m.sentence, m.tentative === undefined ? 0 : m.tentative ? 2 : 1]);
    const figures = a.figures.map((f) => {
      figureIndex.set(f.id, figureIndex.size);
      const { id, doc: _doc, start, end, text, value, low, high, unit, hedge, counts, countsKeys, sentence, ...rest } = f;
      const extra: Record<string, unknown> = rest;
      if (id !== `${a.meta.id}#${start}`) extra.id = id;
      return [start, end, text, value, low, high, unit, hedge, counts, countsKeys, sentence, Object.keys(extra).length ? extra : 0];
    });
    return { meta: a.meta, length: a.length, checksum: a.checksum, sentences, mentions, figures, figureEvents: a.figureEvents };
  });
  const docRef = (id: string) => docIndex.get(id) ?? id;
  const entities = data.entities.map((e) => {
    const mentions: (number | string)[] = [];
    for (const m of e.mentions) mentions.push(docRef(m.doc), m.start, m.end);
    return { ...e, documents: e.documents.map(docRef), variants: e.variants.map((v) => ({ ...v, documents: v.documents.map(docRef) })), mentions };
  });
  const figRef = (id: string) => figureIndex.get(id) ?? id;
  const all = data.figures.length === figureIndex.size && data.figures.every((f, i) => figureIndex.get(f.id) === i);
  const claims = data.claims.map((c) => ({ ...c, figures: c.figures.map(figRef) }));
  const entityLines = chunks(entities).map((c) => JSON.stringify(c));
  const claimLines = chunks(claims).map((c) => JSON.stringify(c));
  const header = {
    format: FORMAT,
    version: CACHE_FORMAT_VERSION,
    analysisVersion: ANALYSIS_VERSION,
    fingerprint: data.fingerprint,
    documents: documents.length,
    entityLines: entityLines.length,
    claimLines: claimLines.length,
    figures: all ? 'all' : data.figures.map((f) => figRef(f.id)),
  };
  // One JSON text per line (JSON never holds a raw line break): a reader can parse it a line at a time, in slices.
  return [JSON.stringify(header), ...documents.map((d) => JSON.stringify(d)), ...entityLines, ...claimLines].join('\n');
}

const CHUNK = 256;
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The lines of a text, without splitting all of it at once. */
export function* linesOf(text: string): Generator<string, void> {
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    yield text.slice(at, end);
    at = end + 1;
  }
}

/** The WHATWG TextDecoder, as src/core/documents/decode.ts declares it (no DOM or Node types in the engine). */
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };

/** The lines of UTF-8 bytes, each decoded when it is reached (a large cache is never one string). */
export function* linesOfBytes(bytes: Uint8Array): Generator<string, void> {
  const decoder = new TextDecoder();
  let at = 0;
  while (at <= bytes.length) {
    let nl = bytes.indexOf(10, at);
    if (nl < 0) nl = bytes.length;
    yield decoder.decode(bytes.subarray(at, nl));
    at = nl + 1;
  }
}

class Bad extends Error {}

/** Reads a cache text; refuses (with a reason) another version or anything malformed. Never throws. */
export function deserializeIndexCache(text: string): CacheRead {
  const steps = readIndexCache(linesOf(text));
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Reads a cache a line at a time, yielding now and then (every few documents or chunks), so a caller can spread
 * the work over several turns of its event loop; returns what deserializeIndexCache returns. Never throws.
 */
export function* readIndexCache(lines: Iterator<string>): Generator<undefined, CacheRead> {
  let line = 0;
  const next = (what: string): unknown => {
    const r = lines.next();
    if (r.done) fail(`truncated: ${what} missing`);
    line++;
    try {
      return JSON.parse(r.value);
    } catch (err) {
      throw new Bad(`not valid JSON (line ${line}: ${err instanceof Error ? err.message : String(err)})`);
    }
  };
  try {
    return { ok: true, data: yield* check(next) };
  } catch (err) {
    if (err instanceof Bad) return { ok: false, reason: err.message };
    return { ok: false, reason: `malformed (${err instanceof Error ? err.message : String(err)})` };
  }
}

function fail(message: string): never {
  throw new Bad(message);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

// Where a value sits is given in two parts, joined only when it is wrong (10,000 documents, millions of checks).
const at = (where: string, field: string) => (field ? `${where} ${field}` : where);
function obj(v: unknown, where: string, field = ''): Record<string, unknown> {
  if (!isObj(v)) fail(`${at(where, field)} is not an object`);
  return v;
}
function arr(v: unknown, where: string, field = ''): unknown[] {
  if (!Array.isArray(v)) fail(`${at(where, field)} is not a list`);
  return v;
}
function str(v: unknown, where: string, field = ''): string {
  if (typeof v !== 'string') fail(`${at(where, field)} is not a string`);
  return v;
}
function span(start: unknown, end: unknown, length: number, where: string, field: string): void {
  if (!isInt(start) || !isInt(end) || end < start || end > length) fail(`${at(where, field)} has a bad span`);
}
/** A number, or null for an unbounded end. */
function bound(v: unknown, unbounded: number, where: string, field: string): number {
  if (v === null) return unbounded;
  if (typeof v !== 'number' || Number.isNaN(v)) fail(`${at(where, field)} is not a number`);
  return v;
}

function* check(next: (what: string) => unknown): Generator<undefined, IndexCacheData> {
  const top = obj(next('the header'), 'the cache');
  if (top.format !== FORMAT) fail('not a Crossread index cache');
  if (top.version !== CACHE_FORMAT_VERSION) fail(`cache format ${JSON.stringify(top.version)}, this version reads ${CACHE_FORMAT_VERSION}`);
  if (top.analysisVersion !== ANALYSIS_VERSION) fail(`analysis version ${JSON.stringify(top.analysisVersion)}, this version makes ${ANALYSIS_VERSION}`);
  const fingerprint = str(top.fingerprint, 'fingerprint');

  const documents: DocumentAnalysis[] = [];
  const byId = new Map<string, DocumentAnalysis>();
  const allFigures: Figure[] = [];
  const figureById = new Map<string, Figure>();
  if (!isInt(top.documents) || !isInt(top.entityLines) || !isInt(top.claimLines)) fail('the header does not count its lines');
  for (let i = 0; i < top.documents; i++) {
    if (i % 16 === 15) yield;
    const a = obj(next(`document ${i}`), `document ${i}`);
    const meta = obj(a.meta, `document ${i} meta`);
    const id = str(meta.id, `document ${i} id`);
    const where = `document ${JSON.stringify(id)}`;
    if (byId.has(id)) fail(`${where} appears twice`);
    str(meta.source, where, 'source');
    str(meta.lang, where, 'lang');
    str(meta.title, where, 'title');
    if (!isInt(meta.bodyStart)) fail(`${where} bodyStart is not an offset`);
    arr(meta.warnings, where, 'warnings').forEach((w) => str(w, where, 'warning'));
    if (meta.date !== undefined) str(meta.date, where, 'date');
    if (meta.url !== undefined) str(meta.url, where, 'url');
    const checksum = str(a.checksum, where, 'checksum');
    const length = a.length;
    if (!isInt(length)) fail(`${where} length is not a length`);
    const flat = arr(a.sentences, where, 'sentences');
    if (flat.length % 2) fail(`${where} sentences are not pairs`);
    const sentences: Sentence[] = [];
    for (let k = 0; k < flat.length; k += 2) {
      span(flat[k], flat[k + 1], length, where, 'sentence');
      sentences.push({ start: flat[k] as number, end: flat[k + 1] as number });
    }
    const mentions = arr(a.mentions, where, 'mentions').map((m): Mention => {
      const t = arr(m, where, 'mention');
      const start = t[0];
      const end = t[1];
      const text = t[2];
      const name = t[3];
      const kind = t[4];
      const kindWeight = t[5];
      const sentence = t[6];
      const tentative = t[7];
      span(start, end, length, where, 'mention');
      str(text, where, 'mention text');
      if (name !== 0) str(name, where, 'mention name');
      const k = KINDS[kind as number];
      if (!k) fail(`${where} mention kind is unknown`);
      if (typeof kindWeight !== 'number') fail(`${where} mention kindWeight is not a number`);
      if (!isInt(sentence)) fail(`${where} mention sentence is not an index`);
      if (tentative !== 0 && tentative !== 1 && tentative !== 2) fail(`${where} mention tentative is not 0, 1 or 2`);
      const out: Mention = { doc: id, start: start as number, end: end as number, text: text as string, name: name === 0 ? (text as string) : (name as string), kind: k, kindWeight, sentence };
      if (tentative) out.tentative = tentative === 2;
      return out;
    });
    const figures = arr(a.figures, where, 'figures').map((f): Figure => {
      const t = arr(f, where, 'figure');
      const start = t[0];
      const end = t[1];
      span(start, end, length, where, 'figure');
      const extra = t[11] === 0 ? undefined : obj(t[11], where, 'figure extras');
      const fid = extra?.id === undefined ? `${id}#${start as number}` : str(extra.id, where, 'figure id');
      const text = str(t[2], where, 'figure text');
      if (typeof t[3] !== 'number') fail(`${where} figure value is not a number`);
      const countsKeys = arr(t[9], where, 'figure countsKeys');
      for (const k of countsKeys) str(k, where, 'figure countsKey');
      if (!isInt(t[10])) fail(`${where} figure sentence is not an index`);
      const fig = {
        id: fid,
        doc: id,
        start: start as number,
        end: end as number,
        text,
        value: t[3],
        low: bound(t[4], -Infinity, where, 'figure low'),
        high: bound(t[5], Infinity, where, 'figure high'),
        unit: str(t[6], where, 'figure unit'),
        hedge: str(t[7], where, 'figure hedge') as Figure['hedge'],
        counts: str(t[8], where, 'figure counts'),
        countsKeys: countsKeys as string[],
        sentence: t[10],
      } as Figure;
      // Optional fields (unitAsWritten, writtenValue, time): copied only when present (a spread is slow here).
      if (extra) for (const k in extra) if (k !== 'id') (fig as unknown as Record<string, unknown>)[k] = extra[k];
      if (figureById.has(fid)) fail(`figure ${JSON.stringify(fid)} appears twice`);
      figureById.set(fid, fig);
      allFigures.push(fig);
      return fig;
    });
    const figureEvents = arr(a.figureEvents, where, 'figureEvents').map((e) => arr(e, where, 'figure events').map((x) => str(x, where, 'figure event')));
    if (figureEvents.length !== figures.length) fail(`${where} figureEvents do not match its figures`);
    const analysis: DocumentAnalysis = { meta: meta as unknown as DocumentAnalysis['meta'], length, checksum, sentences, mentions, figures, figureEvents };
    byId.set(id, analysis);
    documents.push(analysis);
  }

  const docOf = (ref: unknown, where: string, field: string): DocumentAnalysis => {
    const a = typeof ref === 'number' ? documents[ref] : typeof ref === 'string' ? byId.get(ref) : undefined;
    if (!a) fail(`${at(where, field)} names a document the cache does not hold`);
    return a;
  };
  const rawEntities: unknown[] = [];
  for (let i = 0; i < top.entityLines; i++) {
    yield;
    rawEntities.push(...arr(next('entities'), 'entities'));
  }
  const entities: Entity[] = [];
  for (const e of rawEntities) {
    if (entities.length % 256 === 255) yield;
    entities.push(readEntity(e));
  }
  function readEntity(e: unknown): Entity {
    const eo = obj(e, 'an entity');
    const where = 'an entity';
    str(eo.id, 'entity id');
    str(eo.name, where, 'name');
    if (!KINDS.includes(eo.kind as EntityKind)) fail(`${where} kind is unknown`);
    const docs = (v: unknown, w: string, field: string) => arr(v, w, field).map((d) => docOf(d, w, field).meta.id);
    const variants = arr(eo.variants, where, 'variants').map((v) => {
      const vo = obj(v, where, 'variant');
      str(vo.text, where, 'variant text');
      if (typeof vo.count !== 'number') fail(`${where} variant count is not a number`);
      return { ...vo, documents: docs(vo.documents, where, 'variant documents') } as Entity['variants'][number];
    });
    const flat = arr(eo.mentions, where, 'mentions');
    if (flat.length % 3) fail(`${where} mentions are not triples`);
    const mentions: Entity['mentions'] = [];
    for (let k = 0; k < flat.length; k += 3) {
      const a = docOf(flat[k], where, 'mention');
      const start = flat[k + 1];
      const end = flat[k + 2];
      span(start, end, a.length, where, 'mention');
      const m = a.mentions[indexAt(a.mentions, start as number)];
      if (!m || m.start !== start || m.end !== end) fail(`entity ${JSON.stringify(eo.id)}: mention at ${String(start)} is no mention of ${a.meta.id}`);
      mentions.push({ doc: a.meta.id, start: m.start, end: m.end, text: m.text });
    }
    return { ...eo, variants, mentions, documents: docs(eo.documents, where, 'documents') } as Entity;
  }

  const figureOf = (ref: unknown, where: string): Figure => {
    const f = typeof ref === 'number' ? allFigures[ref] : typeof ref === 'string' ? figureById.get(ref) : undefined;
    if (!f) fail(`${where} names a figure no document has`);
    return f;
  };
  const figures = top.figures === 'all' ? allFigures.slice() : arr(top.figures, 'figures').map((r) => figureOf(r, 'the figure list'));

  const rawClaims: unknown[] = [];
  for (let i = 0; i < top.claimLines; i++) {
    yield;
    rawClaims.push(...arr(next('claims'), 'claims'));
  }
  const claims: Claim[] = [];
  for (const c of rawClaims) {
    if (claims.length % 256 === 255) yield;
    claims.push(readClaim(c));
  }
  function readClaim(c: unknown): Claim {
    const co = obj(c, 'a claim');
    const where = 'a claim';
    str(co.id, 'claim id');
    str(co.verdict, where, 'verdict');
    str(co.summary, where, 'summary');
    str(co.about, where, 'about');
    str(co.unit, where, 'unit');
    return { ...co, figures: arr(co.figures, where, 'figures').map((r) => figureOf(r, where).id) } as Claim;
  }

  return { fingerprint, documents, entities, figures, claims };
}

/** Index of the span starting at `start` in a list sorted by start (binary search), or -1. */
function indexAt(spans: readonly { start: number }[], start: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
