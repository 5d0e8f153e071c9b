// The corpus: per-document analyses kept by id, and the cross-document view (entities, claims) computed
// lazily from them. Changing one document re-analyses that document only; the cross-document stages are
// recomputed from the cached analyses on the next snapshot.
import type { Claim, Decisions, DocumentAnalysis, DocumentMeta, Entity, Figure, Mention, SourceFile } from '../model';
import { emptyDecisions } from '../model';
import { analyzeDocument, checksum } from './analyzeDocument';
import { clusterWithAssignment } from '../entities/cluster';
import { groupClaims, type ClaimFigure } from '../claims/groupClaims';
import { countedConcepts } from '../claims/concepts';

export interface EngineOptions {
  /** Relative tolerance when comparing figures (0.02 = 2%). */
  conflictTolerance?: number;
}

export class CorpusIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private decisions: Decisions = emptyDecisions();
  private current?: CorpusSnapshot;
  private changes = 0;

  constructor(private options: EngineOptions = {}) {}

  /** Analyses and stores a document; unchanged text (same checksum) is not analysed again. */
  setDocument(file: SourceFile): DocumentAnalysis {
    const old = this.docs.get(file.id);
    if (old && old.checksum === checksum(file.text)) return old;
    const a = analyzeDocument(file);
    this.put(a);
    return a;
  }

  /** Stores an analysis made elsewhere (a worker, or the cache). */
  setAnalysis(a: DocumentAnalysis): void {
    this.put(a);
  }

  removeDocument(id: string): boolean {
    const had = this.docs.delete(id);
    if (had) this.invalidate();
    return had;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  analysis(id: string): DocumentAnalysis | undefined {
    return this.docs.get(id);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Increments on every change; a snapshot remembers the version it was made from. */
  get version(): number {
    return this.changes;
  }

  setDecisions(decisions: Decisions): void {
    this.decisions = decisions;
    this.invalidate();
  }

  setOptions(options: EngineOptions): void {
    this.options = options;
    this.invalidate();
  }

  snapshot(): CorpusSnapshot {
    if (!this.current) this.current = buildSnapshot([...this.docs.values()], this.decisions, this.options, this.changes);
    return this.current;
  }

  private put(a: DocumentAnalysis): void {
    this.docs.set(a.meta.id, a);
    this.invalidate();
  }

  private invalidate(): void {
    this.current = undefined;
    this.changes++;
  }
}

export interface MentionHit {
  mention: Mention;
  entity: Entity;
}

export interface FigureHit {
  figure: Figure;
  claim?: Claim;
}

/** An immutable cross-document view of the corpus with the look-ups the editor needs. */
export class CorpusSnapshot {
  readonly documents: DocumentMeta[];
  private readonly byDoc = new Map<string, DocumentAnalysis>();
  /** Per document: entity index of each mention (parallel to the analysis's mentions), -1 for none. */
  private readonly assignment = new Map<string, Int32Array>();
  private readonly entityById = new Map<string, Entity>();
  private readonly figureById = new Map<string, Figure>();
  private readonly claimOfFigure = new Map<string, Claim>();
  private readonly claimById = new Map<string, Claim>();

  constructor(
    analyses: DocumentAnalysis[],
    readonly entities: Entity[],
    readonly figures: Figure[],
    readonly claims: Claim[],
    readonly version: number,
    assignment?: Map<string, Int32Array>,
  ) {
    for (const a of analyses) this.byDoc.set(a.meta.id, a);
    analyses.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
    this.documents = analyses.map((a) => a.meta);
    for (const e of entities) this.entityById.set(e.id, e);
    if (assignment) this.assignment = assignment;
    else {
      // Made elsewhere (a worker sends entities only): find each entity mention among the document's mentions.
      entities.forEach((e, ei) => {
        for (const m of e.mentions) {
          const a = this.byDoc.get(m.doc);
          if (!a) continue;
          let row = this.assignment.get(m.doc);
          if (!row) this.assignment.set(m.doc, (row = new Int32Array(a.mentions.length).fill(-1)));
          const mi = indexCovering(a.mentions, m.start);
          if (mi >= 0) row[mi] = ei;
        }
      });
    }
    for (const f of figures) this.figureById.set(f.id, f);
    for (const c of claims) {
      this.claimById.set(c.id, c);
      for (const id of c.figures) this.claimOfFigure.set(id, c);
    }
  }

  document(id: string): DocumentMeta | undefined {
    return this.byDoc.get(id)?.meta;
  }

  analysis(id: string): DocumentAnalysis | undefined {
    return this.byDoc.get(id);
  }

  entity(id: string): Entity | undefined {
    return this.entityById.get(id);
  }

  figure(id: string): Figure | undefined {
    return this.figureById.get(id);
  }

  claim(id: string): Claim | undefined {
    return this.claimById.get(id);
  }

  claimFor(figureId: string): Claim | undefined {
    return this.claimOfFigure.get(figureId);
  }

  entityOf(mention: Mention): Entity | undefined {
    const a = this.byDoc.get(mention.doc);
    const row = this.assignment.get(mention.doc);
    if (!a || !row) return undefined;
    const mi = indexCovering(a.mentions, mention.start);
    const ei = mi >= 0 ? row[mi]! : -1;
    return ei >= 0 ? this.entities[ei] : undefined;
  }

  /** The mention (with its entity) covering `offset` in a document. Binary search over sorted mentions. */
  mentionAt(doc: string, offset: number): MentionHit | undefined {
    const a = this.byDoc.get(doc);
    if (!a) return undefined;
    const m = findCovering(a.mentions, offset);
    if (!m) return undefined;
    const entity = this.entityOf(m);
    return entity ? { mention: m, entity } : undefined;
  }

  figureAt(doc: string, offset: number): FigureHit | undefined {
    const a = this.byDoc.get(doc);
    if (!a) return undefined;
    const f = findCovering(a.figures, offset);
    if (!f) return undefined;
    const claim = this.claimOfFigure.get(f.id);
    return claim ? { figure: f, claim } : { figure: f };
  }

  /** Mentions of a document that belong to an entity, in text order. */
  mentionsIn(doc: string): MentionHit[] {
    const a = this.byDoc.get(doc);
    const row = this.assignment.get(doc);
    if (!a || !row) return [];
    const out: MentionHit[] = [];
    a.mentions.forEach((m, i) => {
      const ei = row[i]!;
      if (ei >= 0) out.push({ mention: m, entity: this.entities[ei]! });
    });
    return out;
  }

  figuresIn(doc: string): Figure[] {
    return this.byDoc.get(doc)?.figures ?? [];
  }

  /** Figures reported in sentences that mention the entity. */
  figuresAbout(entityId: string, limit = 50): Figure[] {
    const e = this.entityById.get(entityId);
    if (!e) return [];
    const out: Figure[] = [];
    const seen = new Set<string>();
    for (const m of e.mentions) {
      const a = this.byDoc.get(m.doc);
      if (!a) continue;
      const mention = findCovering(a.mentions, m.start);
      if (!mention) continue;
      for (const f of a.figures) {
        if (f.sentence === mention.sentence && !seen.has(f.id)) {
          seen.add(f.id);
          out.push(f);
          if (out.length >= limit) return out;
        }
      }
    }
    return out;
  }

  /** Entities mentioned by two documents or more. */
  crossSourceEntities(): Entity[] {
    return this.entities.filter((e) => e.documents.length > 1);
  }

  get conflicts(): Claim[] {
    return this.claims.filter((c) => c.verdict === 'conflict');
  }
}

function indexCovering(list: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!;
    if (offset < x.start) hi = mid - 1;
    else if (offset >= x.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function findCovering<T extends { start: number; end: number }>(list: readonly T[], offset: number): T | undefined {
  const i = indexCovering(list, offset);
  return i >= 0 ? list[i] : undefined;
}

export function buildSnapshot(analyses: DocumentAnalysis[], decisions: Decisions, options: EngineOptions, version = 0): CorpusSnapshot {
  const { entities, assignment } = clusterWithAssignment(
    analyses.map((a) => ({ doc: a.meta.id, lang: a.meta.lang, mentions: a.mentions })),
    decisions,
  );
  const ignored = new Set<string>();
  for (const ig of decisions.ignoreFigures) ignored.add(`${ig.doc}\u0000${ig.start ?? ig.text}`);

  const figures: Figure[] = [];
  const claimItems: ClaimFigure[] = [];
  const byDoc = new Map<string, Int32Array>();
  analyses.forEach((a, ai) => {
    const row = assignment[ai]!;
    byDoc.set(a.meta.id, row);
    if (a.figures.length === 0) return;
    // Entity ids per sentence of this document, for claim grouping.
    const bySentence = new Map<number, string[]>();
    const docEntities = new Set<string>();
    a.mentions.forEach((m, mi) => {
      const ei = row[mi]!;
      if (ei < 0) return;
      docEntities.add(entities[ei]!.id);
      const list = bySentence.get(m.sentence);
      if (list) list.push(entities[ei]!.id);
      else bySentence.set(m.sentence, [entities[ei]!.id]);
    });
    a.figures.forEach((f, i) => {
      if (ignored.size && (ignored.has(`${f.doc}\u0000${f.start}`) || ignored.has(`${f.doc}\u0000${f.text}`))) return;
      figures.push(f);
      claimItems.push({
        figure: f,
        events: a.figureEvents[i] ?? [],
        counted: countedConcepts(`${f.counts} ${f.countsKeys.join(' ')}`),
        entities: bySentence.get(f.sentence) ?? [],
        date: a.meta.date,
        docEntities,
      });
    });
  });
  const claims = groupClaims(claimItems, options.conflictTolerance !== undefined ? { tolerance: options.conflictTolerance } : {});
  return new CorpusSnapshot(analyses, entities, figures, claims, version, byDoc);
}
