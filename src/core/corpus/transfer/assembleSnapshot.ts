// The host side of the snapshot transfer (snapshotParts.ts): the parts back into a CorpusSnapshot, as generators
// whose every step is a short piece of work, so a driver can yield to its event loop between steps
// (src/vscode/engine/receiveSnapshot.ts does, in the extension host); assembleSnapshot drives them in one go.
import type { Claim, DocumentAnalysis, Entity, EntityMentionRef, Figure } from '../../model';
import { CorpusSnapshot } from '../snapshot';
import type { SnapshotHeader, SnapshotPart } from './snapshotParts';

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
          const claim: Claim = { id: part.ids[k]!, verdict: part.verdicts[k]!, figures, summary: part.summaries[k]!, about: part.abouts[k]!, unit: part.units[k]! };
          const extra = part.extras?.[k];
          if (extra) Object.assign(claim, extra);
          this.claims[part.from + k] = claim;
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
    const snapshot = new CorpusSnapshot(this.analyses.slice(), this.entities, this.figures, this.claims, this.version, this.assignment, this.header.claimRows ? this.claimRows : undefined);
    snapshot.stories = this.header.stories ?? [];
    return snapshot;
  }
}

/**
 * A snapshot assembled synchronously, from an engine handled in this thread (tests, benchmarks): the 'snapshot' response's
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
