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
  /** The last snapshot built, and what changed since: documents whose text changed, or anything else. */
  private previous?: { snapshot: CorpusSnapshot };
  private readonly edited = new Set<string>();
  /** The analyses the last snapshot was made from, of the documents edited since (no copy of the whole corpus). */
  private readonly replaced = new Map<string, DocumentAnalysis>();
  private structural = false;

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

  /**
   * Adopts a cross-document view made elsewhere (the index cache) as the current snapshot: the caller vouches that
   * it was made from exactly the analyses held now (the same objects), under the same decisions and options.
   */
  adoptSnapshot(snapshot: CorpusSnapshot): void {
    this.current = snapshot;
    this.previous = { snapshot };
    this.edited.clear();
    this.replaced.clear();
    this.structural = false;
  }

  removeDocument(id: string): boolean {
    const had = this.docs.delete(id);
    if (had) this.invalidate(true);
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
    this.invalidate(true);
  }

  setOptions(options: EngineOptions): void {
    this.options = options;
    this.invalidate(true);
  }

  /**
   * The cross-document view. After edits that leave every name and figure of the edited documents as they were
   * (the usual keystroke: text moves, names stay), the previous clustering and claims are carried over with new
   * offsets instead of being recomputed over the whole corpus.
   */
  snapshot(): CorpusSnapshot {
    if (this.current) return this.current;
    const carried = !this.structural && this.previous ? carryOver(this.previous.snapshot, this.replaced, this.edited, this.docs, this.changes) : undefined;
    this.current = carried ?? buildSnapshot([...this.docs.values()], this.decisions, this.options, this.changes);
    this.previous = { snapshot: this.current };
    this.edited.clear();
    this.replaced.clear();
    this.structural = false;
    return this.current;
  }

  private put(a: DocumentAnalysis): void {
    const before = this.docs.get(a.meta.id);
    const isNew = !before;
    if (before && !this.replaced.has(a.meta.id)) this.replaced.set(a.meta.id, before);
    this.docs.set(a.meta.id, a);
    if (!isNew) this.edited.add(a.meta.id);
    this.invalidate(isNew);
  }

  private invalidate(structural = false): void {
    this.current = undefined;
    this.changes++;
    if (structural) this.structural = true;
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
  /** Every figure of every analysis is in `figures` (none ignored): figures and their claims are then found per document. */
  private readonly allFiguresKept: boolean;
  /** Per document: claim index of each figure (parallel to the analysis's figures), -1 for none. Built on first use. */
  private claimRows?: Map<string, Int32Array>;
  // Look-up tables by id, built on first use (a snapshot after a keystroke may never need them). Figures are
  // looked up per document through their id (`doc#start`) when none is ignored: no table over every figure.
  private entityTable?: Map<string, Entity>;
  private claimTable?: Map<string, Claim>;
  private figureTablesBuilt?: { figureById: Map<string, Figure>; claimOfFigure: Map<string, Claim> };

  constructor(
    analyses: DocumentAnalysis[],
    readonly entities: Entity[],
    readonly figures: Figure[],
    readonly claims: Claim[],
    readonly version: number,
    assignment?: Map<string, Int32Array>,
    claimRows?: Map<string, Int32Array>,
  ) {
    analyses.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
    this.documents = analyses.map((a) => a.meta);
    let analysed = 0;
    for (const a of analyses) {
      this.byDoc.set(a.meta.id, a);
      analysed += a.figures.length;
    }
    this.allFiguresKept = analysed === figures.length;
    if (this.allFiguresKept && claimRows) this.claimRows = claimRows;
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
  }

  /** The figure with this id and its index in its document's figures, when every figure is kept. */
  private locateFigure(id: string): { a: DocumentAnalysis; i: number } | undefined {
    const hash = id.lastIndexOf('#');
    if (hash < 0) return undefined;
    const a = this.byDoc.get(id.slice(0, hash));
    if (!a) return undefined;
    let i = indexCovering(a.figures, Number(id.slice(hash + 1)));
    if (i < 0 || a.figures[i]!.id !== id) i = a.figures.findIndex((f) => f.id === id);
    return i >= 0 ? { a, i } : undefined;
  }

  /** No figure of the analyses is left out (no decision ignores one). */
  get everyFigureKept(): boolean {
    return this.allFiguresKept;
  }

  /** Claim index per figure per document (shared with the snapshots carried over from this one). */
  claimRowsOf(): Map<string, Int32Array> | undefined {
    if (!this.allFiguresKept) return undefined;
    if (!this.claimRows) {
      const claimOf = new Map<string, number>();
      this.claims.forEach((c, ci) => {
        for (const id of c.figures) claimOf.set(id, ci);
      });
      this.claimRows = claimRowsFrom(this.byDoc.values(), claimOf);
    }
    return this.claimRows;
  }

  private claimOfFigureAt(doc: string, i: number): Claim | undefined {
    const ci = this.claimRowsOf()!.get(doc)?.[i] ?? -1;
    return ci >= 0 ? this.claims[ci] : undefined;
  }

  private get figureTables() {
    if (!this.figureTablesBuilt) {
      const t = { figureById: new Map<string, Figure>(), claimOfFigure: new Map<string, Claim>() };
      for (const f of this.figures) t.figureById.set(f.id, f);
      for (const c of this.claims) for (const id of c.figures) t.claimOfFigure.set(id, c);
      this.figureTablesBuilt = t;
    }
    return this.figureTablesBuilt;
  }

  document(id: string): DocumentMeta | undefined {
    return this.byDoc.get(id)?.meta;
  }

  /** Every document's assignment row (shared by the snapshots carried over from this one; read-only). */
  assignmentRows(): Map<string, Int32Array> {
    return this.assignment;
  }

  /** Entity index of each mention of a document (parallel to its analysis's mentions; -1 for none). */
  assignmentOf(doc: string): Int32Array | undefined {
    return this.assignment.get(doc);
  }

  analysis(id: string): DocumentAnalysis | undefined {
    return this.byDoc.get(id);
  }

  entity(id: string): Entity | undefined {
    if (!this.entityTable) {
      this.entityTable = new Map();
      for (const e of this.entities) this.entityTable.set(e.id, e);
    }
    return this.entityTable.get(id);
  }

  /** The figure with this id; undefined for a figure a decision ignores. */
  figure(id: string): Figure | undefined {
    if (!this.allFiguresKept) return this.figureTables.figureById.get(id);
    const at = this.locateFigure(id);
    return at ? at.a.figures[at.i] : undefined;
  }

  claim(id: string): Claim | undefined {
    if (!this.claimTable) {
      this.claimTable = new Map();
      for (const c of this.claims) this.claimTable.set(c.id, c);
    }
    return this.claimTable.get(id);
  }

  claimFor(figureId: string): Claim | undefined {
    if (!this.allFiguresKept) return this.figureTables.claimOfFigure.get(figureId);
    const at = this.locateFigure(figureId);
    return at ? this.claimOfFigureAt(at.a.meta.id, at.i) : undefined;
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
    const i = indexCovering(a.figures, offset);
    if (i < 0) return undefined;
    const f = a.figures[i]!;
    const claim = this.allFiguresKept ? this.claimOfFigureAt(doc, i) : this.figureTables.claimOfFigure.get(f.id);
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
    const e = this.entity(entityId);
    if (!e) return [];
    const out: Figure[] = [];
    // Mentions come sorted by document: per document, the sentences naming the entity, then its figures once
    // (not every figure of the document for every mention: a name said 10,000 times made a hover wait).
    const sentences = new Set<number>();
    for (let k = 0; k < e.mentions.length; ) {
      const doc = e.mentions[k]!.doc;
      sentences.clear();
      const a = this.byDoc.get(doc);
      for (; k < e.mentions.length && e.mentions[k]!.doc === doc; k++) {
        if (!a || a.figures.length === 0) continue;
        const mention = findCovering(a.mentions, e.mentions[k]!.start);
        if (mention) sentences.add(mention.sentence);
      }
      if (!a || sentences.size === 0) continue;
      for (const f of a.figures) {
        if (!sentences.has(f.sentence)) continue;
        out.push(f);
        if (out.length >= limit) return out;
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

/** Claim index of each figure of each document, from a map of figure id to claim index. */
function claimRowsFrom(analyses: Iterable<DocumentAnalysis>, claimOf: Map<string, number>): Map<string, Int32Array> {
  const rows = new Map<string, Int32Array>();
  for (const a of analyses) {
    if (a.figures.length === 0) continue;
    const row = new Int32Array(a.figures.length).fill(-1);
    a.figures.forEach((f, i) => {
      const ci = claimOf.get(f.id);
      if (ci !== undefined) row[i] = ci;
    });
    rows.set(a.meta.id, row);
  }
  return rows;
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

/**
 * What the cross-document stages read of a document: its names with their cues, its figures (not their offsets),
 * which of them share a sentence, and which figures stand in neighbouring sentences. Sentences are numbered by rank among the
 * sentences that hold a name or a figure, so a new sentence without either changes nothing.
 */
function crossDocumentSignature(a: DocumentAnalysis): string {
  const used = new Set<number>();
  for (const m of a.mentions) used.add(m.sentence);
  for (const f of a.figures) used.add(f.sentence);
  const sorted = [...used].sort((x, y) => x - y);
  const rank = new Map<number, number>();
  sorted.forEach((n, i) => rank.set(n, i));
  // Claims compare the distance between figures' sentences (neighbours or not): keep that shape too.
  const figureSentences = [...new Set(a.figures.map((f) => f.sentence))].sort((x, y) => x - y);
  let shape = '';
  figureSentences.forEach((n, i) => (shape += i > 0 && n - figureSentences[i - 1]! === 1 ? '+' : '.'));
  let s = `${a.meta.lang}|${a.meta.date ?? ''}|${shape}|${a.mentions.length}|${a.figures.length}`;
  for (const m of a.mentions) s += `|${m.name}\u0001${m.kind}\u0001${m.kindWeight}\u0001${m.tentative ? 1 : 0}\u0001${rank.get(m.sentence)}`;
  a.figures.forEach((f, i) => {
    s += `|${f.text}\u0001${f.value}\u0001${f.low}\u0001${f.high}\u0001${f.unit}\u0001${f.hedge}\u0001${f.counts}\u0001${f.countsKeys.join(',')}`;
    s += `\u0001${f.time ?? ''}\u0001${rank.get(f.sentence)}\u0001${(a.figureEvents[i] ?? []).join(',')}`;
  });
  return s;
}

/**
 * A new snapshot from the previous one when the edited documents kept their names and figures: entities keep
 * their members (with the new offsets) and claims their figures (with the new ids). Undefined when that does not hold.
 */
function carryOver(
  old: CorpusSnapshot,
  replaced: Map<string, DocumentAnalysis>,
  edited: Set<string>,
  docs: Map<string, DocumentAnalysis>,
  version: number,
): CorpusSnapshot | undefined {
  if (edited.size === 0 || edited.size > 16) return undefined;
  const figureIds = new Map<string, string>();
  const touched = new Set<number>();
  for (const id of edited) {
    const before = replaced.get(id);
    const after = docs.get(id);
    if (!before || !after) return undefined;
    if (crossDocumentSignature(before) !== crossDocumentSignature(after)) return undefined;
    const row = old.assignmentOf(id);
    if (row) for (const ei of row) if (ei >= 0) touched.add(ei);
    before.figures.forEach((f, i) => figureIds.set(f.id, after.figures[i]!.id));
  }
  const entities = old.entities.map((e, ei) => {
    if (!touched.has(ei)) return e;
    const mentions = e.mentions.filter((m) => !edited.has(m.doc));
    for (const id of edited) {
      const a = docs.get(id)!;
      const row = old.assignmentOf(id)!;
      a.mentions.forEach((m, mi) => {
        if (row[mi] === ei) mentions.push({ doc: m.doc, start: m.start, end: m.end, text: m.text });
      });
    }
    mentions.sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start));
    return { ...e, mentions };
  });
  // Documents in the previous snapshot's (sorted) order: the set is unchanged.
  const analyses: DocumentAnalysis[] = [];
  for (const m of old.documents) {
    const a = docs.get(m.id);
    if (!a) return undefined;
    analyses.push(a);
  }
  if (analyses.length !== docs.size) return undefined;
  let figures: Figure[];
  let claims: Claim[];
  const rows = old.everyFigureKept ? old.claimRowsOf() : undefined;
  if (rows) {
    // Every figure kept: the figures are each document's figures in order, as buildSnapshot lists them, and
    // the claims to renumber are those of the edited documents' figures (their claim rows stay valid: same figures).
    // The previous figures are each document's figures in the index's document order (as buildSnapshot lists
    // them): the edited documents' figures are replaced in place. A snapshot made elsewhere may list them in
    // another order: then they are replaced by id.
    figures = old.figures.slice();
    let at = 0;
    let inPlace = true;
    for (const [id, a] of docs) {
      if (edited.has(id)) {
        for (let i = 0; i < a.figures.length; i++) {
          if (figures[at + i]?.doc !== id) inPlace = false;
          figures[at + i] = a.figures[i]!;
        }
      }
      at += a.figures.length;
    }
    if (!inPlace || at !== figures.length) figures = replaceById(old.figures, figureIds, edited, docs);
    const changed = new Set<number>();
    for (const id of edited) for (const ci of rows.get(id) ?? []) if (ci >= 0) changed.add(ci);
    claims = old.claims;
    if (changed.size > 0) {
      claims = old.claims.slice();
      for (const ci of changed) {
        const c = old.claims[ci]!;
        const ids = c.figures.map((id) => figureIds.get(id) ?? id);
        claims[ci] = { ...c, id: `claim:${ids[0]}`, figures: ids };
      }
    }
  } else {
    figures = replaceById(old.figures, figureIds, edited, docs);
    claims = old.claims.map((c) => {
      if (!c.figures.some((id) => figureIds.has(id))) return c;
      const ids = c.figures.map((id) => figureIds.get(id) ?? id);
      return { ...c, id: `claim:${ids[0]}`, figures: ids };
    });
  }
  // Same documents, same mentions per document: the assignment rows (never written after construction) are shared.
  return new CorpusSnapshot(analyses, entities, figures, claims, version, old.assignmentRows(), rows);
}

/** The previous figures with the edited documents' figures swapped in through their old → new ids. */
function replaceById(previous: readonly Figure[], figureIds: Map<string, string>, edited: Set<string>, docs: Map<string, DocumentAnalysis>): Figure[] {
  const newFigure = new Map<string, Figure>();
  for (const id of edited) for (const f of docs.get(id)!.figures) newFigure.set(f.id, f);
  return previous.map((f) => {
    const nid = figureIds.get(f.id);
    return nid !== undefined ? (newFigure.get(nid) ?? f) : f;
  });
}

/**
 * What the claim stage reads, from the clustering: every figure not ignored, with its sentence's event and counted
 * concepts, the entities named in its sentence and in its document; and each document's assignment row.
 */
export function claimInputs(
  analyses: readonly DocumentAnalysis[],
  entities: readonly Entity[],
  assignment: readonly Int32Array[],
  ignored: ReadonlySet<string> = new Set(),
): { figures: Figure[]; items: ClaimFigure[]; byDoc: Map<string, Int32Array> } {
  const figures: Figure[] = [];
  const items: ClaimFigure[] = [];
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
      items.push({
        figure: f,
        events: a.figureEvents[i] ?? [],
        counted: countedConcepts(`${f.counts} ${f.countsKeys.join(' ')}`),
        entities: bySentence.get(f.sentence) ?? [],
        date: a.meta.date,
        lang: a.meta.lang,
        docEntities,
      });
    });
  });
  return { figures, items, byDoc };
}

export function buildSnapshot(analyses: DocumentAnalysis[], decisions: Decisions, options: EngineOptions, version = 0): CorpusSnapshot {
  const { entities, assignment } = clusterWithAssignment(
    analyses.map((a) => ({ doc: a.meta.id, lang: a.meta.lang, mentions: a.mentions })),
    decisions,
  );
  const ignored = new Set<string>();
  for (const ig of decisions.ignoreFigures) ignored.add(`${ig.doc}\u0000${ig.start ?? ig.text}`);

  const { figures, items: claimItems, byDoc } = claimInputs(analyses, entities, assignment, ignored);
  const claims = groupClaims(claimItems, options.conflictTolerance !== undefined ? { tolerance: options.conflictTolerance } : {});
  // Claim index per figure, while the figure ids' hashes are warm: figure look-ups need no table later.
  const claimOf = new Map<string, number>();
  claims.forEach((c, ci) => {
    for (const id of c.figures) claimOf.set(id, ci);
  });
  return new CorpusSnapshot(analyses, entities, figures, claims, version, byDoc, ignored.size ? undefined : claimRowsFrom(analyses, claimOf));
}
