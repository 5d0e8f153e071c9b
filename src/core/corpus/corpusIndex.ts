// The corpus: per-document analyses kept by id, and the cross-document view (entities, claims) computed
// lazily from them. Changing one document re-analyses that document only; the cross-document stages are
// recomputed from the cached analyses on the next snapshot.
import type { Claim, Decisions, DocumentAnalysis, DocumentMeta, Entity, EntityMentionRef, Figure, Mention, SourceFile } from '../model';
import { emptyDecisions } from '../model';
import { analyzeDocument, checksum } from './analyzeDocument';
import { clusterWithAssignment } from '../entities/cluster';
import { groupClaims, type ClaimFigure } from '../claims/groupClaims';
import { countedConcepts } from '../claims/concepts';
import { carryLookups, onlineUpdate, prepareOnlineUpdate, replaceDocumentBlock } from './onlineUpdate';
import type { RowSource } from './rowTable';
import type { Lineage } from './snapshotDelta';

export interface EngineOptions {
  /** Relative tolerance when comparing figures (0.02 = 2%). */
  conflictTolerance?: number;
}

export class CorpusIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private decisions: Decisions = emptyDecisions();
  /** The view of the documents as they are now, once made (exact, or provisional from `quickSnapshot`). */
  private current?: CorpusSnapshot;
  private changes = 0;
  /** The last exact snapshot, and what changed since: documents set or removed, and whether the set of documents or the settings changed. */
  private exact?: CorpusSnapshot;
  private readonly sinceExact = new Set<string>();
  private structuralSinceExact = false;
  /** The last snapshot handed out (exact or provisional), and the documents set or removed since. */
  private shown?: CorpusSnapshot;
  private readonly sinceShown = new Set<string>();
  private settingsSinceShown = false;

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
    this.settleExact(snapshot);
  }

  removeDocument(id: string): boolean {
    const had = this.docs.delete(id);
    if (had) this.invalidate(id, true);
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
    this.invalidateSettings();
  }

  setOptions(options: EngineOptions): void {
    this.options = options;
    this.invalidateSettings();
  }

  /**
   * The exact cross-document view: what `buildSnapshot` makes of the documents now. After edits that leave every
   * name and figure of the edited documents as they were (the usual keystroke: text moves, names stay), the last
   * exact clustering and claims are carried over with new offsets instead of being recomputed over the whole corpus.
   */
  snapshot(): CorpusSnapshot {
    if (this.current && !this.current.provisional) return this.current;
    return this.settleExact(this.carried() ?? buildSnapshot([...this.docs.values()], this.decisions, this.options, this.changes));
  }

  /**
   * The cross-document view fast: exact when the edits since the last exact snapshot kept their names and figures,
   * else, for a few documents changed, the last view updated online (`provisional` is then true: see onlineUpdate.ts),
   * else the exact view. The editor shows this at once and asks for `snapshot()` when idle.
   */
  quickSnapshot(): CorpusSnapshot {
    if (this.current) return this.current;
    const carried = this.carried();
    if (carried) return this.settleExact(carried);
    if (this.shown && !this.settingsSinceShown && this.sinceShown.size > 0) {
      // A typo after earlier edits: the view shown (provisional) carried over, as cheap as from an exact one.
      const typo = carryOver(this.shown, this.sinceShown, this.docs, this.changes);
      if (typo) {
        typo.provisional = this.shown.provisional;
        carryLookups(this.shown, typo, this.sinceShown);
        this.current = this.shown = typo;
        this.sinceShown.clear();
        return typo;
      }
      const changes = new Map<string, DocumentAnalysis | undefined>();
      for (const id of this.sinceShown) changes.set(id, this.docs.get(id));
      const s = onlineUpdate(this.shown, changes, this.docs, this.options.conflictTolerance, this.changes);
      if (s) {
        this.current = this.shown = s;
        this.sinceShown.clear();
        return s;
      }
    }
    return this.snapshot();
  }

  /**
   * Builds what `quickSnapshot` looks things up in for the current snapshot (names, claim buckets), so the first
   * edit after a rebuild does not pay for it. For idle time; `quickSnapshot` builds it itself when needed.
   */
  prepareQuick(): void {
    prepareOnlineUpdate(this.snapshot());
  }

  /** An exact view of the documents as they are now: current, shown, and the base of what comes next. */
  private settleExact(s: CorpusSnapshot): CorpusSnapshot {
    this.current = this.exact = this.shown = s;
    this.sinceExact.clear();
    this.sinceShown.clear();
    this.structuralSinceExact = false;
    this.settingsSinceShown = false;
    return s;
  }

  /** The last exact snapshot carried over the edits since, when they kept every name and figure. */
  private carried(): CorpusSnapshot | undefined {
    if (!this.exact || this.structuralSinceExact) return undefined;
    const s = carryOver(this.exact, this.sinceExact, this.docs, this.changes);
    if (s) carryLookups(this.exact, s, this.sinceExact);
    return s;
  }

  private put(a: DocumentAnalysis): void {
    const isNew = !this.docs.has(a.meta.id);
    this.docs.set(a.meta.id, a);
    this.invalidate(a.meta.id, isNew);
  }

  private invalidate(id: string, structural: boolean): void {
    this.current = undefined;
    this.changes++;
    this.sinceExact.add(id);
    this.sinceShown.add(id);
    if (structural) this.structuralSinceExact = true;
  }

  private invalidateSettings(): void {
    this.current = undefined;
    this.changes++;
    this.structuralSinceExact = true;
    this.settingsSinceShown = true;
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

/** A snapshot made from the previous one and the documents changed since (undefined: removed). */
export interface Derivation {
  from: CorpusSnapshot;
  changes: ReadonlyMap<string, DocumentAnalysis | undefined>;
}

/**
 * Analyses by document id: a map shared by the snapshots made from one another after edits, and the documents
 * changed since it was made (undefined: removed). Folded into one new map when the changes grow large.
 */
class DocTable {
  constructor(
    private readonly base: ReadonlyMap<string, DocumentAnalysis>,
    private readonly changed: ReadonlyMap<string, DocumentAnalysis | undefined> = new Map(),
  ) {}

  get(id: string): DocumentAnalysis | undefined {
    return this.changed.has(id) ? this.changed.get(id) : this.base.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  derive(changes: ReadonlyMap<string, DocumentAnalysis | undefined>): DocTable {
    const changed = new Map(this.changed);
    for (const [id, a] of changes) changed.set(id, a);
    if (changed.size < 1024) return new DocTable(this.base, changed);
    const all = new Map(this.base);
    for (const [id, a] of changed) {
      if (a) all.set(id, a);
      else all.delete(id);
    }
    return new DocTable(all);
  }
}

/** Position of a document in a list sorted by id (binary search). */
function indexOfId(list: readonly DocumentMeta[], id: string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!.id;
    if (x < id) lo = mid + 1;
    else if (x > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** An immutable cross-document view of the corpus with the look-ups the editor needs. */
export class CorpusSnapshot {
  readonly documents: DocumentMeta[];
  /** Made by an online update after an edit (onlineUpdate.ts), not by the exact stages: a rebuild may differ. */
  provisional = false;
  /** Tells this snapshot from any other (random): a copy made elsewhere from it (the editor's) is given the same. */
  serial = Math.floor(Math.random() * 2 ** 52);
  /** How it was made from another snapshot after an edit, for sending only what changed (snapshotDelta.ts). */
  lineage?: Lineage;
  private readonly byDoc: DocTable;
  /** Per document: entity index of each mention (parallel to the analysis's mentions), -1 for none. */
  private readonly assignment: RowSource = new Map<string, Int32Array>();
  /** Every figure of every analysis is in `figures` (none ignored): figures and their claims are then found per document. */
  private readonly allFiguresKept: boolean;
  /** Per document: claim index of each figure (parallel to the analysis's figures), -1 for none. Built on first use. */
  private claimRows?: RowSource;
  /** Every figure not ignored, given, or (a snapshot made after an edit) each document's figures in document order, listed on first use. */
  private figureList?: Figure[];
  // Look-up tables by id, built on first use (a snapshot after a keystroke may never need them). Figures are
  // looked up per document through their id (`doc#start`) when none is ignored: no table over every figure.
  private entityTable?: Map<string, Entity>;
  private claimTable?: Map<string, Claim>;
  private figureTablesBuilt?: { figureById: Map<string, Figure>; claimOfFigure: Map<string, Claim> };

  constructor(
    analyses: DocumentAnalysis[] | Derivation,
    readonly entities: Entity[],
    figures: Figure[] | undefined,
    readonly claims: Claim[],
    readonly version: number,
    assignment?: RowSource,
    claimRows?: RowSource,
  ) {
    let analysed = 0;
    if (!Array.isArray(analyses)) {
      // After an edit: the previous snapshot's documents with the changed ones swapped in (no sort, no table rebuilt).
      const { from, changes } = analyses;
      this.byDoc = from.byDoc.derive(changes);
      let sameSet = true;
      for (const [id, a] of changes) if (!a || !from.byDoc.has(id)) sameSet = false;
      if (sameSet) {
        this.documents = from.documents.slice();
        for (const [id, a] of changes) this.documents[indexOfId(this.documents, id)] = a!.meta;
      } else {
        const ids = from.documents.map((m) => m.id).filter((id) => !changes.has(id));
        for (const [id, a] of changes) if (a) ids.push(id);
        this.documents = ids.sort().map((id) => this.byDoc.get(id)!.meta);
      }
      if (figures) for (const a of this.analyses()) analysed += a.figures.length;
    } else {
      let sorted = true;
      for (let i = 1; i < analyses.length && sorted; i++) if (analyses[i - 1]!.meta.id > analyses[i]!.meta.id) sorted = false;
      if (!sorted) analyses.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
      this.documents = analyses.map((a) => a.meta);
      const map = new Map<string, DocumentAnalysis>();
      for (const a of analyses) map.set(a.meta.id, a);
      // Counted only to tell whether a figure list given leaves some out (none given: every figure is kept).
      if (figures) for (const a of analyses) analysed += a.figures.length;
      this.byDoc = new DocTable(map);
    }
    this.figureList = figures;
    this.allFiguresKept = figures === undefined || analysed === figures.length;
    if (this.allFiguresKept && claimRows) this.claimRows = claimRows;
    if (assignment) this.assignment = assignment;
    else {
      // Made elsewhere (a worker sends entities only): find each entity mention among the document's mentions.
      entities.forEach((e, ei) => {
        const rows = this.assignment as Map<string, Int32Array>;
        for (const m of e.mentions) {
          const a = this.byDoc.get(m.doc);
          if (!a) continue;
          let row = rows.get(m.doc);
          if (!row) rows.set(m.doc, (row = new Int32Array(a.mentions.length).fill(-1)));
          const mi = indexCovering(a.mentions, m.start);
          if (mi >= 0) row[mi] = ei;
        }
      });
    }
  }

  /** Every figure not ignored: of each document in turn, in text order. */
  get figures(): Figure[] {
    if (!this.figureList) {
      const list: Figure[] = [];
      for (const a of this.analyses()) for (const f of a.figures) list.push(f);
      this.figureList = list;
    }
    return this.figureList;
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
  claimRowsOf(): RowSource | undefined {
    if (!this.allFiguresKept) return undefined;
    if (!this.claimRows) {
      const claimOf = new Map<string, number>();
      this.claims.forEach((c, ci) => {
        for (const id of c.figures) claimOf.set(id, ci);
      });
      this.claimRows = claimRowsFrom(this.analyses(), claimOf);
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

  /** Every document's analysis, in document order. */
  *analyses(): IterableIterator<DocumentAnalysis> {
    for (const m of this.documents) yield this.byDoc.get(m.id)!;
  }

  document(id: string): DocumentMeta | undefined {
    return this.byDoc.get(id)?.meta;
  }

  /** Every document's assignment row (shared by the snapshots carried over from this one; read-only). */
  assignmentRows(): RowSource {
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
function carryOver(old: CorpusSnapshot, edited: ReadonlySet<string>, docs: Map<string, DocumentAnalysis>, version: number): CorpusSnapshot | undefined {
  if (edited.size === 0 || edited.size > 16) return undefined;
  const figureIds = new Map<string, string>();
  const touched = new Set<number>();
  for (const id of edited) {
    const before = old.analysis(id);
    const after = docs.get(id);
    if (!before || !after) return undefined;
    if (crossDocumentSignature(before) !== crossDocumentSignature(after)) return undefined;
    const row = old.assignmentOf(id);
    if (row) for (const ei of row) if (ei >= 0) touched.add(ei);
    before.figures.forEach((f, i) => figureIds.set(f.id, after.figures[i]!.id));
  }
  const entities = old.entities.slice();
  for (const ei of touched) {
    const e = old.entities[ei]!;
    // Each edited document's block of mentions (mentions are sorted by document) replaced by its new offsets.
    let mentions = e.mentions;
    for (const id of edited) {
      const a = docs.get(id)!;
      const row = old.assignmentOf(id)!;
      const block: EntityMentionRef[] = [];
      a.mentions.forEach((m, mi) => {
        if (row[mi] === ei) block.push({ doc: m.doc, start: m.start, end: m.end, text: m.text });
      });
      mentions = replaceDocumentBlock(mentions, id, block);
    }
    entities[ei] = { ...e, mentions };
  }
  const changes = new Map<string, DocumentAnalysis>();
  for (const id of edited) changes.set(id, docs.get(id)!);
  let figures: Figure[] | undefined;
  let claims: Claim[];
  let claimsRenumbered: number[] = [];
  const rows = old.everyFigureKept ? old.claimRowsOf() : undefined;
  if (rows) {
    // Every figure kept: the figures are listed from the documents when asked for, and the claims to renumber are
    // those of the edited documents' figures (their claim rows stay valid: same figures).
    const changed = new Set<number>();
    for (const id of edited) for (const ci of rows.get(id) ?? []) if (ci >= 0) changed.add(ci);
    claimsRenumbered = [...changed];
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
  const next = new CorpusSnapshot({ from: old, changes }, entities, figures, claims, version, old.assignmentRows(), rows);
  // Every figure kept: the editor can make this snapshot from the old one (figures come from the analyses).
  if (rows) next.lineage = { from: old.serial, changed: [...edited], entitiesChanged: [...touched], claimsChanged: claimsRenumbered, claimRowDocs: [] };
  return next;
}

/** The previous figures with the edited documents' figures swapped in through their old → new ids. */
function replaceById(previous: readonly Figure[], figureIds: Map<string, string>, edited: ReadonlySet<string>, docs: Map<string, DocumentAnalysis>): Figure[] {
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
    for (const it of claimItemsOf(a, row, entities, ignored)) {
      figures.push(it.figure);
      items.push(it);
    }
  });
  return { figures, items, byDoc };
}

/** What the claim stage reads of one document's figures (those not ignored), given its assignment row. */
export function claimItemsOf(a: DocumentAnalysis, row: Int32Array, entities: readonly Entity[], ignored: ReadonlySet<string> = new Set()): ClaimFigure[] {
  const items: ClaimFigure[] = [];
  if (a.figures.length === 0) return items;
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
  return items;
}

export function buildSnapshot(input: readonly DocumentAnalysis[], decisions: Decisions, options: EngineOptions, version = 0): CorpusSnapshot {
  // In the order of document ids, whatever order the documents came in: the same corpus gives the same view.
  const analyses = input.slice();
  let sorted = true;
  for (let i = 1; i < analyses.length && sorted; i++) if (analyses[i - 1]!.meta.id > analyses[i]!.meta.id) sorted = false;
  if (!sorted) analyses.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
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
