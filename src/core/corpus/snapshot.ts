// The snapshot: an immutable cross-document view of the corpus (entities, figures, claims) and the look-ups the
// editor needs (what is at an offset, which entity a mention belongs to, which claim a figure is in). Made by a
// rebuild (rebuild.ts), a carry-over (carryOver.ts), an online update (onlineUpdate.ts), or elsewhere from plain
// data (transfer/: the index cache, a delta, the parts sent to the editor). Look-up tables are built on first use.
import type { Claim, DocumentAnalysis, DocumentMeta, Entity, Figure, FigureSlot, Mention, Story } from '../model';
import type { RowSource } from './rowTable';
import { findCovering, indexCovering, indexOfId, sortById } from './sortedLists';

export interface MentionHit {
  mention: Mention;
  entity: Entity;
}

export interface FigureHit {
  figure: Figure;
  claim?: Claim;
}

/** Documents changed since a snapshot: each one's analysis now, or undefined when it was removed. */
export type Changes = ReadonlyMap<string, DocumentAnalysis | undefined>;

/** A snapshot made from the previous one and the documents changed since (undefined: removed). */
export interface Derivation {
  from: CorpusSnapshot;
  changes: Changes;
}

/** How a snapshot was made from another one (kept on the snapshot for its delta; plain numbers, no reference). */
export interface Lineage {
  /** `serial` of the snapshot it was made from. */
  from: number;
  /** Documents set or removed since. */
  changed: string[];
  /** New index of each entity / claim of the previous snapshot (-1: gone); none: the same indices. */
  entityRemap?: Int32Array;
  claimRemap?: Int32Array;
  /** Indices (in this snapshot) of entities and claims that are new or changed. */
  entitiesChanged: number[];
  claimsChanged: number[];
  /** Documents (not changed ones) whose claim row was written. */
  claimRowDocs: string[];
  /** The stories changed in another way than the derivation's own (a new article joined a story). */
  storiesChanged?: boolean;
}

/**
 * Analyses by document id: a map shared by the snapshots made from one another after edits, and the documents
 * changed since it was made (undefined: removed). Folded into one new map when the changes grow large.
 */
class DocTable {
  constructor(
    private readonly base: ReadonlyMap<string, DocumentAnalysis>,
    private readonly changed: Changes = new Map(),
  ) {}

  get(id: string): DocumentAnalysis | undefined {
    return this.changed.has(id) ? this.changed.get(id) : this.base.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  derive(changes: Changes): DocTable {
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

/** An immutable cross-document view of the corpus with the look-ups the editor needs. */
export class CorpusSnapshot {
  readonly documents: DocumentMeta[];
  /** Made by an online update after an edit (onlineUpdate.ts), not by the exact stages: a rebuild may differ. */
  provisional = false;
  /** Tells this snapshot from any other (random): a copy made elsewhere from it (the editor's) is given the same. */
  serial = Math.floor(Math.random() * 2 ** 52);
  /** How it was made from another snapshot after an edit, for sending only what changed (transfer/snapshotDelta.ts). */
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
  /** The stories of the corpus (stories/): every document is in one. Set by the stage that made the snapshot. */
  stories: Story[] = [];
  private storyIndex?: { of: Story[]; byDoc: Map<string, Story>; copyOf: Map<string, string> };

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
      this.stories = storiesAfter(from.stories, changes, from);
    } else {
      sortById(analyses);
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

  /** The story a document is in. */
  storyOf(doc: string): Story | undefined {
    return this.stories_().byDoc.get(doc);
  }

  /** The text a document is one copy of (the first document of its copy group), or the document itself. */
  sourceOf(doc: string): string {
    return this.stories_().copyOf.get(doc) ?? doc;
  }

  /** Where a document's figures are compared: its story and the text it is a copy of. */
  placeOf(doc: string): { story: string; source: string } {
    return { story: this.storyOf(doc)?.id ?? '', source: this.sourceOf(doc) };
  }

  private stories_(): { byDoc: Map<string, Story>; copyOf: Map<string, string> } {
    if (this.storyIndex?.of !== this.stories) {
      const byDoc = new Map<string, Story>();
      const copyOf = new Map<string, string>();
      for (const st of this.stories) {
        for (const d of st.documents) byDoc.set(d, st);
        for (const g of st.copies ?? []) for (const d of g) copyOf.set(d, g[0]!);
      }
      this.storyIndex = { of: this.stories, byDoc, copyOf };
    }
    return this.storyIndex;
  }

  /** What a figure measures (its property, and whose it is), from its document's analysis. */
  slotOf(figureId: string): FigureSlot | undefined {
    const doc = figureId.slice(0, figureId.lastIndexOf('#'));
    const a = this.byDoc.get(doc);
    if (!a?.figureSlots) return undefined;
    const start = Number(figureId.slice(figureId.lastIndexOf('#') + 1));
    const i = indexCovering(a.figures, start);
    return i >= 0 && a.figures[i]!.start === start ? a.figureSlots[i] : undefined;
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
export function claimRowsFrom(analyses: Iterable<DocumentAnalysis>, claimOf: Map<string, number>): Map<string, Int32Array> {
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

/**
 * The stories after documents were set or removed: a removed document leaves its story (an emptied story goes), a
 * new one starts a story of its own until a rebuild (or the online update) puts it where it belongs. The same
 * array when nothing moved.
 */
export function storiesAfter(stories: Story[], changes: Changes, from: CorpusSnapshot): Story[] {
  const removed = new Set<string>();
  const added: string[] = [];
  for (const [id, a] of changes) {
    if (!a) removed.add(id);
    else if (!from.storyOf(id)) added.push(id);
  }
  if (removed.size === 0 && added.length === 0) return stories;
  const out: Story[] = [];
  for (const st of stories) {
    if (!st.documents.some((d) => removed.has(d))) {
      out.push(st);
      continue;
    }
    const documents = st.documents.filter((d) => !removed.has(d));
    if (!documents.length) continue;
    const next: Story = { ...st, documents };
    const copies = st.copies?.map((g) => g.filter((d) => !removed.has(d))).filter((g) => g.length > 1);
    if (copies?.length) next.copies = copies;
    else delete next.copies;
    out.push(next);
  }
  for (const id of added.sort()) {
    const a = changes.get(id)!;
    const story: Story = { id: `story:${id}`, label: a.meta.title || id, documents: [id], languages: [a.meta.lang], sources: [a.meta.source] };
    if (a.meta.date) story.firstDate = story.lastDate = a.meta.date;
    out.push(story);
  }
  return out;
}
