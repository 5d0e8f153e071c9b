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
// This file: the parts and the engine side (SnapshotEncoder). The host side: assembleSnapshot.ts (the parts back into
// a snapshot, step by step) and src/vscode/engine/receiveSnapshot.ts (those steps in time slices on the host).
import type { Claim, DocumentAnalysis, Entity, EntityKind, Figure, Story, Verdict } from '../../model';
import type { CorpusSnapshot } from '../snapshot';

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
  /** The snapshot's stories (few and small: sent whole in the header). */
  stories: Story[];
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
      /** Per claim: its story, slot and reason (null: none). */
      extras: (ClaimExtra | null)[];
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

    this.header = { handle, parts: this.plan.length, documents, checksums, entities: s.entities.length, figures: this.figures.length, claims: s.claims.length, claimRows, stories: s.stories };
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
        const out = { kind: 'claims' as const, from: p.from, ids: [] as string[], verdicts: [] as Verdict[], summaries: [] as string[], abouts: [] as string[], units: [] as string[], figures: new Int32Array(0) as Int32Array, extraIds: [] as string[], extras: [] as (ClaimExtra | null)[] };
        const nums = new IntList();
        for (let i = p.from; i < p.to; i++) {
          const c = s.claims[i]!;
          out.ids.push(c.id);
          out.verdicts.push(c.verdict);
          out.summaries.push(c.summary);
          out.abouts.push(c.about);
          out.units.push(c.unit);
          out.extras.push(claimExtra(c));
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

/** What a claim holds beyond the plain columns (its story, slot, reason), null when nothing. */
export type ClaimExtra = Pick<Claim, 'story' | 'slot' | 'reason'>;
export function claimExtra(c: Claim): ClaimExtra | null {
  if (c.story === undefined && c.slot === undefined && c.reason === undefined) return null;
  const x: ClaimExtra = {};
  if (c.story !== undefined) x.story = c.story;
  if (c.slot !== undefined) x.slot = c.slot;
  if (c.reason !== undefined) x.reason = c.reason;
  return x;
}
