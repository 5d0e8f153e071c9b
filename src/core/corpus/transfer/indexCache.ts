// The index cache: every document's analysis (keyed by id, with the checksum of the text it was made from) and the
// cross-document view made from them, as one JSON text. Pure: the editor stores it in its workspace storage.
// The view is stored as each document's assignment row (the entity of each mention) with the entities without
// their mention lists: a reader rebuilds the lists from the rows and hands the rows to CorpusSnapshot, which then
// rebuilds nothing (format 3; format 2 stored mention lists, and every reopen rebuilt the rows from them).
// Reading is defensive: anything of another format or analysis version, or malformed, is refused with a reason
// (a bad cache costs a rebuild, never an error).
import type { Claim, Decisions, DocumentAnalysis, Entity, EntityKind, Figure, FigureSlot, Mention, Sentence, Story } from '../../model';
import { ANALYSIS_VERSION } from '../analyzeDocument';
import type { EngineOptions } from '../rebuild';
import type { CorpusSnapshot } from '../snapshot';

/** Bump when the cache's layout changes. */
export const CACHE_FORMAT_VERSION = 4;
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
  /**
   * Per document (by id): the entity index of each of its mentions, -1 for none (CorpusSnapshot's assignment rows).
   * Read from the cache always; to write, taken from here when present, else found from the entities' mentions.
   */
  assignment?: Map<string, Int32Array>;
  /** Per document: the claim index of each figure (-1 none), when every figure is in `figures`. Read only. */
  claimRows?: Map<string, Int32Array>;
  /** The stories of the view. */
  stories?: Story[];
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
  const assignment = new Map<string, Int32Array>();
  for (const a of documents) {
    const row = snapshot.assignmentOf(a.meta.id);
    if (row) assignment.set(a.meta.id, row);
  }
  return serializeCacheData({ fingerprint, documents, entities: snapshot.entities, figures: snapshot.figures, claims: snapshot.claims, assignment, stories: snapshot.stories });
}

/** Mention kinds as small numbers in the cache. */
const KINDS: readonly EntityKind[] = ['person', 'place', 'organization', 'other'];

/**
 * Compact layout (the analyses of 10,000 articles are ~10 times their text as plain JSON): a document's own id is
 * not repeated in its mentions and figures, sentences are flat [start, end, ...], mentions are flat numbers
 * [start, end, kind, kindWeight, sentence, tentative, entity, ...] beside their texts (and the few names that
 * differ from the text as [index, name, ...]), figure ids (`doc#start`) are rebuilt, documents elsewhere are indices
 * into `documents`, figures of the view and of claims are indices into all figures (documents in order, figures in
 * order), and an unbounded interval end (Infinity, which JSON cannot hold) is null. Entities carry no mention list:
 * the `entity` number of each mention says whose it is.
 */
export function serializeCacheData(data: IndexCacheData): string {
  const docIndex = new Map<string, number>();
  const figureIndex = new Map<string, number>();
  const assignment = data.assignment ?? rowsFromEntities(data.documents, data.entities);
  const documents = data.documents.map((a, di) => {
    docIndex.set(a.meta.id, di);
    const sentences: number[] = [];
    for (const s of a.sentences) sentences.push(s.start, s.end);
    const row = assignment.get(a.meta.id);
    const mentions: number[] = [];
    const texts: string[] = [];
    const names: (number | string)[] = [];
    a.mentions.forEach((m, mi) => {
      mentions.push(m.start, m.end, KINDS.indexOf(m.kind), m.kindWeight, m.sentence, m.tentative === undefined ? 0 : m.tentative ? 2 : 1, row?.[mi] ?? -1);
      texts.push(m.text);
      if (m.name !== m.text) names.push(mi, m.name);
    });
    const figures = a.figures.map((f) => {
      figureIndex.set(f.id, figureIndex.size);
      const { id, doc: _doc, start, end, text, value, low, high, unit, hedge, counts, countsKeys, sentence, ...rest } = f;
      const extra: Record<string, unknown> = rest;
      if (id !== `${a.meta.id}#${start}`) extra.id = id;
      return [start, end, text, value, low, high, unit, hedge, counts, countsKeys, sentence, Object.keys(extra).length ? extra : 0];
    });
    const slots = a.figureSlots?.map((x) => [x.property, x.subject, x.qualifiers ?? 0]);
    const lines = a.storyLines?.map((l) => [l.key, l.start, l.end, l.words]);
    return { meta: a.meta, length: a.length, checksum: a.checksum, sentences, mentions, texts, names, figures, figureEvents: a.figureEvents, slots, lines };
  });
  const docRef = (id: string) => docIndex.get(id) ?? id;
  const entities = data.entities.map((e) => {
    const { mentions: _mentions, ...rest } = e;
    return { ...rest, documents: e.documents.map(docRef), variants: e.variants.map((v) => ({ ...v, documents: v.documents.map(docRef) })) };
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
    entityCount: entities.length,
    entityLines: entityLines.length,
    claimLines: claimLines.length,
    figures: all ? 'all' : data.figures.map((f) => figRef(f.id)),
    stories: (data.stories ?? []).map((st) => ({ ...st, documents: st.documents.map(docRef), ...(st.copies ? { copies: st.copies.map((g) => g.map(docRef)) } : {}) })),
  };
  // One JSON text per line (JSON never holds a raw line break): a reader can parse it a line at a time, in slices.
  return [JSON.stringify(header), ...documents.map((d) => JSON.stringify(d)), ...entityLines, ...claimLines].join('\n');
}

/** Assignment rows found from the entities' mention lists (data made without rows). */
function rowsFromEntities(documents: readonly DocumentAnalysis[], entities: readonly Entity[]): Map<string, Int32Array> {
  const byId = new Map<string, DocumentAnalysis>();
  for (const a of documents) byId.set(a.meta.id, a);
  const rows = new Map<string, Int32Array>();
  entities.forEach((e, ei) => {
    for (const m of e.mentions) {
      const a = byId.get(m.doc);
      if (!a) continue;
      let row = rows.get(m.doc);
      if (!row) rows.set(m.doc, (row = new Int32Array(a.mentions.length).fill(-1)));
      const mi = indexAt(a.mentions, m.start);
      if (mi >= 0) row[mi] = ei;
    }
  });
  return rows;
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
  if (!isInt(top.documents) || !isInt(top.entityCount) || !isInt(top.entityLines) || !isInt(top.claimLines)) fail('the header does not count its lines');
  const entityCount = top.entityCount;
  /** Each document's entity row, parallel to its mentions. */
  const rows: Int32Array[] = [];
  for (let i = 0; i < top.documents; i++) {
    yield;
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
    const sentences: Sentence[] = new Array(flat.length / 2);
    for (let k = 0; k < flat.length; k += 2) {
      const start = flat[k];
      const end = flat[k + 1];
      if (!isInt(start) || !isInt(end) || end < start || end > length) fail(`${where} sentence has a bad span`);
      sentences[k / 2] = { start, end };
    }
    const mentions = readMentions(a, id, length, where, entityCount, rows);
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
    if (a.slots !== undefined) {
      const slots = arr(a.slots, where, 'slots');
      if (slots.length !== figures.length) fail(`${where} slots do not match its figures`);
      analysis.figureSlots = slots.map((x) => {
        const t = arr(x, where, 'slot');
        const subject = t[1];
        if (typeof subject !== "number" || !Number.isInteger(subject) || subject < -1 || subject >= mentions.length) fail(`${where} slot subject is not a mention`);
        const slot: FigureSlot = { property: str(t[0], where, 'slot property'), subject };
        if (t[2] !== 0) slot.qualifiers = arr(t[2], where, 'slot qualifiers').map((q) => str(q, where, 'slot qualifier'));
        return slot;
      });
    }
    if (a.lines !== undefined) {
      analysis.storyLines = arr(a.lines, where, 'lines').map((x) => {
        const t = arr(x, where, 'line');
        if (!isInt(t[0]) || !isInt(t[1]) || !isInt(t[2]) || t[1] < 0 || t[2] < t[1] || t[2] > length) fail(`${where} has a line out of its text`);
        return { key: t[0], start: t[1], end: t[2], words: str(t[3], where, 'line words') };
      });
    }
    byId.set(id, analysis);
    documents.push(analysis);
  }

  const docOf = (ref: unknown, where: string, field: string): DocumentAnalysis => {
    const a = typeof ref === 'number' ? documents[ref] : typeof ref === 'string' ? byId.get(ref) : undefined;
    if (!a) fail(`${at(where, field)} names a document the cache does not hold`);
    return a;
  };
  const entities: Entity[] = [];
  for (let i = 0; i < top.entityLines; i++) {
    yield;
    const line = arr(next('entities'), 'entities');
    for (let k = 0; k < line.length; k++) {
      if (k % 64 === 63) yield;
      entities.push(readEntity(line[k]));
    }
  }
  if (entities.length !== entityCount) fail(`the header counts ${entityCount} entities, the cache holds ${entities.length}`);
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
    return { ...eo, variants, mentions: [], documents: docs(eo.documents, where, 'documents') } as unknown as Entity;
  }

  // Each entity's mentions from the rows: documents in id order, mentions in text order (as the engine lists them).
  const assignment = new Map<string, Int32Array>();
  const order = documents.map((_, i) => i);
  if (documents.some((a, i) => i > 0 && documents[i - 1]!.meta.id > a.meta.id)) order.sort((x, y) => (documents[x]!.meta.id < documents[y]!.meta.id ? -1 : 1));
  let done = 0;
  for (const di of order) {
    const a = documents[di]!;
    const row = rows[di]!;
    assignment.set(a.meta.id, row);
    for (let mi = 0; mi < row.length; mi++) {
      const ei = row[mi]!;
      if (ei < 0) continue;
      const m = a.mentions[mi]!;
      entities[ei]!.mentions.push({ doc: m.doc, start: m.start, end: m.end, text: m.text });
    }
    done += row.length;
    if (done >= 2048) {
      done = 0;
      yield;
    }
  }

  const figureOf = (ref: unknown, where: string): number => {
    const f = typeof ref === 'number' ? (allFigures[ref] ? ref : -1) : typeof ref === 'string' ? allFigures.indexOf(figureById.get(ref)!) : -1;
    if (f < 0) fail(`${where} names a figure no document has`);
    return f;
  };
  const everyFigure = top.figures === 'all';
  const figures = everyFigure ? allFigures.slice() : arr(top.figures, 'figures').map((r) => allFigures[figureOf(r, 'the figure list')]!);

  // Claim index per figure (all figures, in order), made while the claims are read: claim rows need no table later.
  const claimOfFigure = everyFigure ? new Int32Array(allFigures.length).fill(-1) : undefined;
  const claims: Claim[] = [];
  for (let i = 0; i < top.claimLines; i++) {
    yield;
    const line = arr(next('claims'), 'claims');
    for (let k = 0; k < line.length; k++) {
      if (k % 128 === 127) yield;
      claims.push(readClaim(line[k]));
    }
  }
  function readClaim(c: unknown): Claim {
    const co = obj(c, 'a claim');
    const where = 'a claim';
    str(co.id, 'claim id');
    str(co.verdict, where, 'verdict');
    str(co.summary, where, 'summary');
    str(co.about, where, 'about');
    str(co.unit, where, 'unit');
    const ci = claims.length;
    return {
      ...co,
      figures: arr(co.figures, where, 'figures').map((r) => {
        const fi = figureOf(r, where);
        if (claimOfFigure) claimOfFigure[fi] = ci;
        return allFigures[fi]!.id;
      }),
    } as Claim;
  }
  let claimRows: Map<string, Int32Array> | undefined;
  if (claimOfFigure) {
    claimRows = new Map();
    let at = 0;
    for (const a of documents) {
      if (a.figures.length > 0) claimRows.set(a.meta.id, claimOfFigure.subarray(at, at + a.figures.length));
      at += a.figures.length;
    }
  }

  const stories: Story[] = arr(top.stories ?? [], 'stories').map((x) => {
    const so = obj(x, 'a story');
    const documents = arr(so.documents, 'a story', 'documents').map((r) => docOf(r, 'a story', 'documents').meta.id);
    const story: Story = {
      id: str(so.id, 'a story', 'id'),
      label: str(so.label, 'a story', 'label'),
      documents,
      languages: arr(so.languages, 'a story', 'languages').map((l) => str(l, 'a story', 'language')),
      sources: arr(so.sources, 'a story', 'sources').map((l) => str(l, 'a story', 'source')),
    };
    if (so.firstDate !== undefined) story.firstDate = str(so.firstDate, 'a story', 'firstDate');
    if (so.lastDate !== undefined) story.lastDate = str(so.lastDate, 'a story', 'lastDate');
    if (so.copies !== undefined) story.copies = arr(so.copies, 'a story', 'copies').map((g) => arr(g, 'a story', 'copies').map((r) => docOf(r, 'a story', 'copies').meta.id));
    return story;
  });

  return { fingerprint, documents, entities, figures, claims, assignment, claimRows, stories };
}

/** A document's mentions (flat numbers, texts, the names that differ), and its entity row into `rows`. */
function readMentions(a: Record<string, unknown>, id: string, length: number, where: string, entityCount: number, rows: Int32Array[]): Mention[] {
  const flat = arr(a.mentions, where, 'mentions');
  const texts = arr(a.texts, where, 'mention texts');
  const names = arr(a.names, where, 'mention names');
  const n = texts.length;
  if (flat.length !== 7 * n) fail(`${where} mentions do not match their texts`);
  if (names.length % 2) fail(`${where} mention names are not pairs`);
  const mentions: Mention[] = new Array(n);
  const row = new Int32Array(n);
  for (let mi = 0; mi < n; mi++) {
    const k = 7 * mi;
    const start = flat[k];
    const end = flat[k + 1];
    const kind = KINDS[flat[k + 2] as number];
    const kindWeight = flat[k + 3];
    const sentence = flat[k + 4];
    const tentative = flat[k + 5];
    const entity = flat[k + 6];
    const text = texts[mi];
    if (!isInt(start) || !isInt(end) || end < start || end > length) fail(`${where} mention has a bad span`);
    if (typeof text !== 'string') fail(`${where} mention text is not a string`);
    if (!kind) fail(`${where} mention kind is unknown`);
    if (typeof kindWeight !== 'number') fail(`${where} mention kindWeight is not a number`);
    if (!isInt(sentence)) fail(`${where} mention sentence is not an index`);
    if (tentative !== 0 && tentative !== 1 && tentative !== 2) fail(`${where} mention tentative is not 0, 1 or 2`);
    if (!Number.isInteger(entity) || (entity as number) < -1 || (entity as number) >= entityCount) fail(`${where} mention names an entity the cache does not hold`);
    const m: Mention = { doc: id, start, end, text, name: text, kind, kindWeight, sentence };
    if (tentative) m.tentative = tentative === 2;
    mentions[mi] = m;
    row[mi] = entity as number;
  }
  for (let k = 0; k < names.length; k += 2) {
    const m = mentions[names[k] as number];
    if (!Number.isInteger(names[k]) || !m) fail(`${where} mention name names no mention`);
    m.name = str(names[k + 1], where, 'mention name');
  }
  rows.push(row);
  return mentions;
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
