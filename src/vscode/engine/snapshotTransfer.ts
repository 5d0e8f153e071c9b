// Moving a cross-document view from the engine to the extension host without holding the host's thread.
//
// The host already holds every document's analysis (the engine sends each one in its 'set' response), so a
// snapshot crosses as what the host cannot derive, in parts of bounded size that the host asks for one at a time:
//   - each document's assignment row (entity index per mention), packed into one Int32Array per part, instead of
//     every entity's mention list (the host rebuilds `Entity.mentions` from the rows, in time slices);
//   - entities without mentions: ids, names and variant texts as string lists, their documents as indices into
//     the header's sorted document ids;
//   - figures as (document, index among its figures) pairs into the analyses the host holds;
//   - each document's claim row (claim index per figure) when every figure is kept, so the first figure hover
//     builds no table;
//   - claims with their figures as indices into the figure list.
// A structured clone of strings and plain objects costs about 10 ms per MB here; typed arrays are copied (or
// transferred from the worker) as memory. Parts are cut so that no single message takes more than a few ms to
// receive, and the host assembles the parts in slices of ~20 ms with a macrotask turn in between; the new
// snapshot exists only once every part is in (the previous view stays published until then).
//
// The header names each document with its checksum: a document the host does not hold as the engine does (it
// missed a 'set' response, e.g. across a cancel) is asked for by id ('snapshotAnalyses'), so the assembled view is
// exactly the engine's. Pure: runs in the worker, in the extension host, and in the browser.
import { CorpusSnapshot, type Claim, type DocumentAnalysis, type Entity, type EntityKind, type EntityMentionRef, type Figure, type Verdict } from '../../core';
import { TimeSlicer } from '../services/schedule';

/** What the 'snapshot' response says of the snapshot's parts (fetched with 'snapshotPart'). */
export interface SnapshotHeader {
  /** Names the engine's encoder of this snapshot (the engine keeps the latest only; an older handle is refused). */
  handle: number;
  /** Number of parts, fetched in order 0..parts-1. */
  parts: number;
  /** The snapshot's documents, sorted by id (the order of `CorpusSnapshot.documents`). */
  documents: string[];
  /** Each document's checksum: the host's analysis must be the one the engine used. */
  checksums: string[];
  entities: number;
  figures: number;
  claims: number;
  /** Claim rows are sent (every figure of every analysis is in the snapshot's figures). */
  claimRows: boolean;
}

/**
 * One part. Documents are indices into `SnapshotHeader.documents`; an index past its end names `extraDocs[i - n]`
 * (an id the snapshot lists outside its documents, which the engine never makes, kept exact all the same).
 */
export type SnapshotPart =
  | {
      /** Assignment rows (entity per mention) or claim rows (claim per figure). */
      kind: 'rows' | 'claimRows';
      /** Documents from..to-1: `rows.subarray(offsets[k], offsets[k + 1])` is document from+k's row. */
      from: number;
      to: number;
      offsets: Int32Array;
      rows: Int32Array;
      /** Documents of the range without a row (the snapshot has none for them): their offsets span nothing. */
      missing: Int32Array;
    }
  | {
      kind: 'entities';
      /** Entities from..from+ids.length-1. */
      from: number;
      ids: string[];
      kinds: EntityKind[];
      names: string[];
      /** Every variant's text, entity after entity. */
      variantTexts: string[];
      /**
       * Per entity: its document count and document indices, its variant count, then per variant: its mention
       * count, its document count and document indices.
       */
      numbers: Int32Array;
      extraDocs: string[];
    }
  | {
      kind: 'figures';
      from: number;
      /** Per figure: document index and index among that analysis's figures; (-1, k): the figure is `extra[k]`. */
      refs: Int32Array;
      extra: Figure[];
    }
  | {
      kind: 'claims';
      from: number;
      ids: string[];
      verdicts: Verdict[];
      summaries: string[];
      abouts: string[];
      units: string[];
      /** Per claim: its figure count, then each figure's index in the snapshot's figures (-1-k: `extraIds[k]`). */
      figures: Int32Array;
      extraIds: string[];
    };

/** Sizes of the parts. A structured clone reads about 100 MB/s of strings and small objects here, far more of typed arrays. */
export interface TransferLimits {
  /** Rows (assignment or claim) per part, in numbers. */
  rowNumbers: number;
  /** Entities, claims or figures with objects per part, weighed in characters (+ 16 per object). */
  chars: number;
  /** Figure references per part. */
  figureRefs: number;
}

export const TRANSFER_LIMITS: TransferLimits = { rowNumbers: 1 << 20, chars: 300_000, figureRefs: 1 << 18 };

type Plan = { kind: SnapshotPart['kind']; from: number; to: number };

/** The engine side: a snapshot cut into parts, each encoded when asked for (so nothing is kept twice). */
export class SnapshotEncoder {
  readonly header: SnapshotHeader;
  private readonly plan: Plan[] = [];
  private readonly docIndex = new Map<string, number>();
  private figureIndex?: Map<string, number>;
  private readonly figures: Figure[];

  constructor(
    private readonly snapshot: CorpusSnapshot,
    handle: number,
    private readonly limits: TransferLimits = TRANSFER_LIMITS,
  ) {
    const s = snapshot;
    const documents = s.documents.map((d) => d.id);
    documents.forEach((id, i) => this.docIndex.set(id, i));
    const checksums = documents.map((id) => s.analysis(id)!.checksum);
    this.figures = s.figures;
    const claimRows = s.everyFigureKept && s.claimRowsOf() !== undefined;

    this.planRows('rows', documents, (id) => s.analysis(id)!.mentions.length);
    this.planWeighted('entities', s.entities.length, (i) => entityWeight(s.entities[i]!));
    for (let i = 0; i < this.figures.length; i += limits.figureRefs) this.plan.push({ kind: 'figures', from: i, to: Math.min(this.figures.length, i + limits.figureRefs) });
    if (claimRows) this.planRows('claimRows', documents, (id) => s.analysis(id)!.figures.length);
    this.planWeighted('claims', s.claims.length, (i) => claimWeight(s.claims[i]!));

    this.header = { handle, parts: this.plan.length, documents, checksums, entities: s.entities.length, figures: this.figures.length, claims: s.claims.length, claimRows };
  }

  private planRows(kind: 'rows' | 'claimRows', documents: string[], length: (id: string) => number): void {
    let from = 0;
    let n = 0;
    documents.forEach((id, i) => {
      const len = length(id);
      if (n > 0 && n + len > this.limits.rowNumbers) {
        this.plan.push({ kind, from, to: i });
        from = i;
        n = 0;
      }
      n += len;
    });
    if (from < documents.length || this.plan.every((p) => p.kind !== kind)) this.plan.push({ kind, from, to: documents.length });
  }

  private planWeighted(kind: 'entities' | 'claims', count: number, weight: (i: number) => number): void {
    let from = 0;
    let w = 0;
    for (let i = 0; i < count; i++) {
      const x = weight(i);
      if (i > from && w + x > this.limits.chars) {
        this.plan.push({ kind, from, to: i });
        from = i;
        w = 0;
      }
      w += x;
    }
    if (from < count) this.plan.push({ kind, from, to: count });
  }

  /** Part k (0..parts-1), encoded now: its typed arrays are fresh (they may be transferred). */
  part(k: number): SnapshotPart {
    const p = this.plan[k];
    if (!p) throw new Error(`snapshot part ${k} of ${this.plan.length} does not exist`);
    const s = this.snapshot;
    switch (p.kind) {
      case 'rows':
      case 'claimRows': {
        const ids = this.header.documents;
        const rowOf = p.kind === 'rows' ? (id: string) => s.assignmentOf(id) : (id: string) => s.claimRowsOf()?.get(id);
        const offsets = new Int32Array(p.to - p.from + 1);
        const missing: number[] = [];
        let n = 0;
        for (let i = p.from; i < p.to; i++) {
          const row = rowOf(ids[i]!);
          if (!row) missing.push(i);
          n += row?.length ?? 0;
          offsets[i - p.from + 1] = n;
        }
        const rows = new Int32Array(n);
        for (let i = p.from; i < p.to; i++) {
          const row = rowOf(ids[i]!);
          if (row) rows.set(row, offsets[i - p.from]!);
        }
        return { kind: p.kind, from: p.from, to: p.to, offsets, rows, missing: Int32Array.from(missing) };
      }
      case 'entities': {
        const out = { kind: 'entities' as const, from: p.from, ids: [] as string[], kinds: [] as EntityKind[], names: [] as string[], variantTexts: [] as string[], numbers: new Int32Array(0) as Int32Array, extraDocs: [] as string[] };
        const nums = new IntList();
        const extra = new Map<string, number>();
        const docs = (list: readonly string[]) => {
          nums.push(list.length);
          for (const d of list) nums.push(this.docOf(d, extra, out.extraDocs));
        };
        for (let i = p.from; i < p.to; i++) {
          const e = s.entities[i]!;
          out.ids.push(e.id);
          out.kinds.push(e.kind);
          out.names.push(e.name);
          docs(e.documents);
          nums.push(e.variants.length);
          for (const v of e.variants) {
            out.variantTexts.push(v.text);
            nums.push(v.count);
            docs(v.documents);
          }
        }
        out.numbers = nums.done();
        return out;
      }
      case 'figures': {
        const refs = new Int32Array(2 * (p.to - p.from));
        const extra: Figure[] = [];
        for (let i = p.from; i < p.to; i++) {
          const f = this.figures[i]!;
          const di = this.docIndex.get(f.doc);
          const a = di === undefined ? undefined : s.analysis(f.doc);
          const fi = a ? figureIndex(a.figures, f) : -1;
          const k = 2 * (i - p.from);
          if (fi >= 0) {
            refs[k] = di!;
            refs[k + 1] = fi;
          } else {
            refs[k] = -1;
            refs[k + 1] = extra.length;
            extra.push(f);
          }
        }
        return { kind: 'figures', from: p.from, refs, extra };
      }
      case 'claims': {
        if (!this.figureIndex) {
          this.figureIndex = new Map();
          this.figures.forEach((f, i) => this.figureIndex!.set(f.id, i));
        }
        const out = { kind: 'claims' as const, from: p.from, ids: [] as string[], verdicts: [] as Verdict[], summaries: [] as string[], abouts: [] as string[], units: [] as string[], figures: new Int32Array(0) as Int32Array, extraIds: [] as string[] };
        const nums = new IntList();
        for (let i = p.from; i < p.to; i++) {
          const c = s.claims[i]!;
          out.ids.push(c.id);
          out.verdicts.push(c.verdict);
          out.summaries.push(c.summary);
          out.abouts.push(c.about);
          out.units.push(c.unit);
          nums.push(c.figures.length);
          for (const id of c.figures) {
            const fi = this.figureIndex.get(id);
            if (fi !== undefined) nums.push(fi);
            else {
              nums.push(-1 - out.extraIds.length);
              out.extraIds.push(id);
            }
          }
        }
        out.figures = nums.done();
        return out;
      }
    }
  }

  /** The analyses the snapshot was made from, by id (for documents the host does not hold as the engine does). */
  analyses(ids: readonly string[]): (DocumentAnalysis | null)[] {
    return ids.map((id) => this.snapshot.analysis(id) ?? null);
  }

  private docOf(id: string, extra: Map<string, number>, extraDocs: string[]): number {
    const i = this.docIndex.get(id);
    if (i !== undefined) return i;
    let k = extra.get(id);
    if (k === undefined) {
      extra.set(id, (k = extraDocs.length));
      extraDocs.push(id);
    }
    return this.header.documents.length + k;
  }
}

/** The buffers of a part's typed arrays, for a transfer list (the engine never reads a part again). */
export function transferablesOf(part: SnapshotPart): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const v of Object.values(part)) if (v instanceof Int32Array && v.buffer instanceof ArrayBuffer && v.byteLength === v.buffer.byteLength) out.push(v.buffer);
  return out;
}

const entityWeight = (e: Entity) => {
  let w = 48 + e.id.length + e.name.length + 4 * e.documents.length;
  for (const v of e.variants) w += 16 + v.text.length + 4 * v.documents.length;
  return w;
};
const claimWeight = (c: Claim) => 64 + c.id.length + c.summary.length + c.about.length + 4 * c.figures.length;

function figureIndex(list: readonly Figure[], f: Figure): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!;
    if (f.start < x.start) hi = mid - 1;
    else if (f.start > x.start) lo = mid + 1;
    else return x === f || x.id === f.id ? mid : list.findIndex((y) => y.id === f.id);
  }
  return list.findIndex((y) => y === f || y.id === f.id);
}

/** A growable list of 32-bit integers. */
class IntList {
  private a = new Int32Array(1024);
  private n = 0;
  push(x: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
  }
  done(): Int32Array {
    return this.a.slice(0, this.n);
  }
}

// ---------------------------------------------------------------------------------------------- the host side

/**
 * The analyses of the header's documents that the host holds as the engine does (same checksum), and the ids it
 * must ask the engine for. A generator: it yields every DOCS_PER_STEP documents (look-ups in a large heap are slow).
 */
export function* matchAnalyses(header: SnapshotHeader, held: (id: string) => DocumentAnalysis | undefined): Generator<void, { analyses: (DocumentAnalysis | undefined)[]; missing: string[] }, void> {
  const analyses: (DocumentAnalysis | undefined)[] = new Array(header.documents.length);
  const missing: string[] = [];
  for (let i = 0; i < header.documents.length; i++) {
    const id = header.documents[i]!;
    const a = held(id);
    if (a && a.checksum === header.checksums[i]) analyses[i] = a;
    else missing.push(id);
    if (i % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
  }
  return { analyses, missing };
}

/** Documents per step where each costs a map look-up or two. */
const DOCS_PER_STEP = 1024;
/** Mentions rebuilt per step of the last stage (about a millisecond each). */
const MENTIONS_PER_STEP = 4096;

/**
 * The host side: parts in, a CorpusSnapshot out. Each generator step is a short piece of work (a few ms at most);
 * the driver yields to the event loop between steps when its slice is used up.
 */
export class SnapshotAssembler {
  private readonly documents: string[];
  private readonly assignment = new Map<string, Int32Array>();
  private readonly claimRows = new Map<string, Int32Array>();
  private readonly entities: Entity[];
  private readonly figures: Figure[];
  private readonly claims: Claim[];
  private received = 0;

  constructor(
    private readonly header: SnapshotHeader,
    /** The analysis of each header document, in the header's order (every one present: see matchAnalyses). */
    private readonly analyses: readonly DocumentAnalysis[],
    private readonly version: number,
  ) {
    this.documents = header.documents;
    if (analyses.length !== header.documents.length || analyses.some((a) => !a)) throw new Error('snapshot transfer: an analysis is missing');
    this.entities = new Array(header.entities);
    this.figures = new Array(header.figures);
    this.claims = new Array(header.claims);
  }

  /** Takes the next part (parts come in order). */
  *accept(part: SnapshotPart): Generator<void, void, void> {
    this.received++;
    switch (part.kind) {
      case 'rows':
      case 'claimRows': {
        const into = part.kind === 'rows' ? this.assignment : this.claimRows;
        const missing = new Set(part.missing);
        for (let i = part.from; i < part.to; i++) {
          if (missing.has(i)) continue;
          const row = part.rows.subarray(part.offsets[i - part.from]!, part.offsets[i - part.from + 1]!);
          const a = this.analyses[i]!;
          const expected = part.kind === 'rows' ? a.mentions.length : a.figures.length;
          if (row.length !== expected) throw new Error(`snapshot transfer: ${this.documents[i]} has ${expected} ${part.kind === 'rows' ? 'mentions' : 'figures'}, its row ${row.length}`);
          into.set(this.documents[i]!, row);
          if ((i - part.from) % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
        }
        return;
      }
      case 'entities': {
        const nums = part.numbers;
        let at = 0;
        let stepAt = 0;
        let v = 0;
        const n = this.documents.length;
        const docs = (): string[] => {
          const len = nums[at++]!;
          const out = new Array<string>(len);
          for (let k = 0; k < len; k++) {
            const d = nums[at++]!;
            out[k] = d < n ? this.documents[d]! : part.extraDocs[d - n]!;
          }
          return out;
        };
        for (let k = 0; k < part.ids.length; k++) {
          const documents = docs();
          const nv = nums[at++]!;
          const variants: Entity['variants'] = new Array(nv);
          for (let j = 0; j < nv; j++) {
            const count = nums[at++]!;
            variants[j] = { text: part.variantTexts[v++]!, documents: docs(), count };
          }
          this.entities[part.from + k] = { id: part.ids[k]!, kind: part.kinds[k]!, name: part.names[k]!, variants, mentions: [], documents };
          // A step per ~16k document references (an entity may name thousands of documents).
          if (at - stepAt >= 16384) {
            stepAt = at;
            yield;
          }
        }
        return;
      }
      case 'figures': {
        const refs = part.refs;
        for (let k = 0; 2 * k < refs.length; k++) {
          const di = refs[2 * k]!;
          const fi = refs[2 * k + 1]!;
          const f = di >= 0 ? this.analyses[di]?.figures[fi] : part.extra[fi];
          if (!f) throw new Error(`snapshot transfer: figure ${part.from + k} not found`);
          this.figures[part.from + k] = f;
          if ((k & 4095) === 4095) yield;
        }
        return;
      }
      case 'claims': {
        const nums = part.figures;
        let at = 0;
        for (let k = 0; k < part.ids.length; k++) {
          const len = nums[at++]!;
          const figures = new Array<string>(len);
          for (let j = 0; j < len; j++) {
            const fi = nums[at++]!;
            figures[j] = fi >= 0 ? this.figures[fi]!.id : part.extraIds[-1 - fi]!;
          }
          this.claims[part.from + k] = { id: part.ids[k]!, verdict: part.verdicts[k]!, figures, summary: part.summaries[k]!, about: part.abouts[k]!, unit: part.units[k]! };
          if ((k & 511) === 511) yield;
        }
        return;
      }
    }
  }

  /** After the last part: every entity's mentions from the rows (document order, then text order, as the engine lists them), then the snapshot. */
  *finish(): Generator<void, CorpusSnapshot, void> {
    if (this.received !== this.header.parts) throw new Error(`snapshot transfer: ${this.received} of ${this.header.parts} parts received`);
    // Each entity's mention count first: its list is allocated once, at its size (no growing).
    const counts = new Int32Array(this.entities.length);
    let done = 0;
    for (let i = 0; i < this.documents.length; i++) {
      const row = this.assignment.get(this.documents[i]!);
      if (!row) continue;
      for (let mi = 0; mi < row.length; mi++) if (row[mi]! >= 0) counts[row[mi]!]!++;
      done += row.length;
      if (done >= 8 * MENTIONS_PER_STEP) {
        done = 0;
        yield;
      }
    }
    const lists: EntityMentionRef[][] = new Array(this.entities.length);
    for (let ei = 0; ei < this.entities.length; ei++) {
      lists[ei] = this.entities[ei]!.mentions = new Array<EntityMentionRef>(counts[ei]!);
      if ((ei & 4095) === 4095) yield;
    }
    counts.fill(0);
    done = 0;
    for (let i = 0; i < this.documents.length; i++) {
      const row = this.assignment.get(this.documents[i]!);
      if (!row) continue;
      const mentions = this.analyses[i]!.mentions;
      for (let mi = 0; mi < row.length; mi++) {
        const ei = row[mi]!;
        if (ei < 0) continue;
        const m = mentions[mi]!;
        lists[ei]![counts[ei]!++] = { doc: m.doc, start: m.start, end: m.end, text: m.text };
      }
      done += row.length;
      if (done >= MENTIONS_PER_STEP) {
        done = 0;
        yield;
      }
    }
    yield;
    // Analyses in the header's (sorted) order: the constructor's sort finds them sorted. Its own pass over every
    // document is the longest single step (about 10-30 ms at 10,000 documents here).
    return new CorpusSnapshot(this.analyses.slice(), this.entities, this.figures, this.claims, this.version, this.assignment, this.header.claimRows ? this.claimRows : undefined);
  }
}

/** How the host reaches the engine while it receives a snapshot. */
export interface SnapshotSource {
  part(k: number): Promise<SnapshotPart>;
  /** The engine's analyses of these documents (those the host does not hold as the engine does). */
  analyses(ids: string[]): Promise<(DocumentAnalysis | null)[]>;
  /** The host's analysis of a document. */
  held(id: string): DocumentAnalysis | undefined;
  /** True when the result is no longer wanted (the receive stops at its next step). */
  cancelled?(): boolean;
}

/** Analyses asked for per request, when the host lacks some (each is a structured clone of a whole analysis). */
const ANALYSES_PER_REQUEST = 32;

/**
 * Receives a snapshot on the host in slices: each part's message is its own macrotask, and the assembly yields
 * to the event loop whenever its ~20 ms slice is used up. The next part is asked for before the current one is
 * assembled (the engine encodes it meanwhile). Undefined when cancelled. `fetched`: analyses the host did not hold
 * as the engine did, now part of the snapshot (the caller's mirror should take them).
 */
export async function receiveSnapshot(
  header: SnapshotHeader,
  version: number,
  source: SnapshotSource,
  slicer: TimeSlicer = new TimeSlicer(),
): Promise<{ snapshot: CorpusSnapshot; fetched: DocumentAnalysis[] } | undefined> {
  const stop = () => source.cancelled?.() === true;
  // The header's message was received (deserialised) in a stretch of its own: the matching starts a new one.
  await slicer.yield();
  if (stop()) return undefined;
  const matching = matchAnalyses(header, source.held);
  let r = matching.next();
  for (; !r.done; r = matching.next()) if ((await slicer.maybeYield()) && stop()) return undefined;
  const { analyses, missing } = r.value;
  const fetched: DocumentAnalysis[] = [];
  if (missing.length > 0) {
    const at = new Map<string, number>();
    header.documents.forEach((id, i) => at.set(id, i));
    for (let i = 0; i < missing.length; i += ANALYSES_PER_REQUEST) {
      const ids = missing.slice(i, i + ANALYSES_PER_REQUEST);
      const got = await source.analyses(ids);
      if (stop()) return undefined;
      got.forEach((a, k) => {
        if (!a) throw new Error(`snapshot transfer: the engine has no analysis of ${ids[k]}`);
        analyses[at.get(ids[k]!)!] = a;
        fetched.push(a);
      });
    }
  }
  const asm = new SnapshotAssembler(header, analyses as DocumentAnalysis[], version);
  const ask = (k: number) => {
    const p = source.part(k);
    p.catch(() => undefined); // awaited below; not an unhandled rejection while the previous part is assembled
    return p;
  };
  let next = header.parts > 0 ? ask(0) : undefined;
  for (let k = 0; k < header.parts; k++) {
    const part = await next!;
    next = k + 1 < header.parts ? ask(k + 1) : undefined;
    if (stop()) return undefined;
    // The message was received (deserialised) in a stretch of its own: the assembly starts a new one.
    await slicer.yield();
    for (const _ of asm.accept(part)) {
      if ((await slicer.maybeYield()) && stop()) return undefined;
    }
  }
  const steps = asm.finish();
  for (;;) {
    const step = steps.next();
    if (step.done) return { snapshot: step.value, fetched };
    if ((await slicer.maybeYield()) && stop()) return undefined;
  }
}

/**
 * The same, synchronously, from an engine handled in this thread (tests, benchmarks): the 'snapshot' response's
 * header, the parts from `part`, the analyses the host holds from `held` (none: all asked for).
 */
export function assembleSnapshot(
  header: SnapshotHeader,
  version: number,
  part: (k: number) => SnapshotPart,
  held: (id: string) => DocumentAnalysis | undefined,
  engineAnalyses: (ids: string[]) => (DocumentAnalysis | null)[],
): CorpusSnapshot {
  const { analyses, missing } = drain(matchAnalyses(header, held));
  if (missing.length > 0) {
    const at = new Map<string, number>();
    header.documents.forEach((id, i) => at.set(id, i));
    engineAnalyses(missing).forEach((a, k) => {
      if (!a) throw new Error(`snapshot transfer: the engine has no analysis of ${missing[k]}`);
      analyses[at.get(missing[k]!)!] = a;
    });
  }
  const asm = new SnapshotAssembler(header, analyses as DocumentAnalysis[], version);
  for (let k = 0; k < header.parts; k++) drain(asm.accept(part(k)));
  return drain(asm.finish());
}

function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
