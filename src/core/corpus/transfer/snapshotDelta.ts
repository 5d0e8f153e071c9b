// What changed between a snapshot and the one made from it after an edit (onlineUpdate, carryOver), as plain data
// (from the snapshot's `lineage`, snapshot.ts): the editor, which holds the previous snapshot, rebuilds the new one
// from it without receiving the whole corpus.
import type { Claim, DocumentAnalysis, Entity, EntityMentionRef, Story } from '../../model';
import { RowTable } from '../rowTable';
import { CorpusSnapshot } from '../snapshot';
import { insertSorted, replaceDocumentBlock, withoutDocument, withoutSorted } from '../sortedLists';

export interface SnapshotDelta {
  from: number;
  version: number;
  provisional: boolean;
  entityCount: number;
  claimCount: number;
  entityRemap?: Int32Array;
  claimRemap?: Int32Array;
  /**
   * Changed entities without their mentions and documents, their variants with only the changed documents: the
   * editor patches the rest into what the entity had before (a much-named entity's lists are large).
   */
  entities: [number, Entity][];
  claims: [number, Claim][];
  /** The changed documents: their checksum (undefined: removed), assignment row and claim row. */
  documents: { id: string; checksum?: string; rows?: Int32Array; claimRows?: Int32Array }[];
  /** Claim rows of other documents written in this step. */
  claimRows: [string, Int32Array][];
  /** The stories, when they changed in another way than a derivation makes them (snapshot.ts storiesAfter). */
  stories?: Story[];
}

/** The delta from the snapshot `s` was made from, or undefined when it was not made from one. */
export function deltaOf(s: CorpusSnapshot): SnapshotDelta | undefined {
  const l = s.lineage;
  if (!l) return undefined;
  const rows = s.assignmentRows();
  const claimRows = s.claimRowsOf();
  return {
    from: l.from,
    version: s.version,
    provisional: s.provisional,
    entityCount: s.entities.length,
    claimCount: s.claims.length,
    entityRemap: l.entityRemap,
    claimRemap: l.claimRemap,
    entities: l.entitiesChanged.map((i) => {
      const e = s.entities[i]!;
      const changed = new Set(l.changed);
      const variants = e.variants.map((v) => ({ ...v, documents: v.documents.filter((d) => changed.has(d)) }));
      return [i, { ...e, mentions: [], documents: [], variants }];
    }),
    claims: l.claimsChanged.map((i) => [i, s.claims[i]!]),
    documents: l.changed.map((id) => {
      const a = s.analysis(id);
      return a ? { id, checksum: a.checksum, rows: rows.get(id), claimRows: claimRows?.get(id) } : { id };
    }),
    claimRows: claimRows ? l.claimRowDocs.flatMap((id): [string, Int32Array][] => (claimRows.get(id) ? [[id, claimRows.get(id)!]] : [])) : [],
    ...(l.storiesChanged ? { stories: s.stories } : {}),
  };
}

/**
 * The snapshot a delta describes, from the one it was made from and the changed documents' analyses (which must
 * be those the engine used: same checksums). Undefined when they are not: then the whole snapshot is needed.
 */
export function applyDelta(prev: CorpusSnapshot, d: SnapshotDelta, analysisOf: (id: string) => DocumentAnalysis | undefined): CorpusSnapshot | undefined {
  if (d.from !== prev.serial) return undefined;
  const changes = new Map<string, DocumentAnalysis | undefined>();
  for (const doc of d.documents) {
    if (doc.checksum === undefined) {
      changes.set(doc.id, undefined);
      continue;
    }
    const a = analysisOf(doc.id);
    if (!a || a.checksum !== doc.checksum) return undefined;
    changes.set(doc.id, a);
  }
  const entities = renumbered(prev.entities, d.entityRemap, d.entityCount, d.entities.map(([i, e]): [number, Entity] => [i, patchedEntity(prev, d, i, e, changes)]));
  const claims = renumbered(prev.claims, d.claimRemap, d.claimCount, d.claims);
  if (!entities || !claims) return undefined;
  const rows = new RowTable(prev.assignmentRows(), d.entityRemap);
  const prevClaimRows = prev.claimRowsOf();
  const claimRows = prevClaimRows ? new RowTable(prevClaimRows, d.claimRemap) : undefined;
  for (const doc of d.documents) {
    if (doc.checksum === undefined) {
      rows.delete(doc.id);
      claimRows?.delete(doc.id);
      continue;
    }
    if (doc.rows) rows.set(doc.id, doc.rows);
    if (doc.claimRows) claimRows?.set(doc.id, doc.claimRows);
    else claimRows?.delete(doc.id);
  }
  for (const [id, row] of d.claimRows) claimRows?.set(id, row);
  const next = new CorpusSnapshot({ from: prev, changes }, entities, undefined, claims, d.version, rows, claimRows);
  next.provisional = d.provisional;
  if (d.stories) next.stories = d.stories;
  return next;
}

/**
 * The mentions of changed entity `i`: those it had before (the entity of the previous snapshot that became it), less
 * the changed documents', plus the changed documents' mentions the new rows give it.
 */
function patchedEntity(prev: CorpusSnapshot, d: SnapshotDelta, i: number, e: Entity, changes: ReadonlyMap<string, DocumentAnalysis | undefined>): Entity {
  let old = -1;
  if (d.entityRemap) old = d.entityRemap.indexOf(i);
  else if (i < prev.entities.length) old = i;
  const before = old >= 0 ? prev.entities[old] : undefined;
  const mentions = patchedMentions(before?.mentions ?? [], d, i, changes);
  let documents = before?.documents ?? [];
  for (const id of changes.keys()) documents = withoutSorted(documents, id);
  for (const id of changes.keys()) if (mentions.some((m) => m.doc === id)) documents = insertSorted(documents, id);
  const variants = e.variants.map((v) => {
    let docs = before?.variants.find((x) => x.text === v.text)?.documents ?? [];
    for (const id of changes.keys()) docs = withoutSorted(docs, id);
    for (const id of v.documents) docs = insertSorted(docs, id);
    return { ...v, documents: docs };
  });
  return { ...e, mentions, documents, variants };
}

function patchedMentions(mentionsBefore: EntityMentionRef[], d: SnapshotDelta, i: number, changes: ReadonlyMap<string, DocumentAnalysis | undefined>): EntityMentionRef[] {
  let mentions = mentionsBefore;
  for (const id of changes.keys()) mentions = withoutDocument(mentions, id);
  for (const doc of d.documents) {
    const a = changes.get(doc.id);
    if (!a || !doc.rows) continue;
    const block: EntityMentionRef[] = [];
    a.mentions.forEach((m, mi) => {
      if (doc.rows![mi] === i) block.push({ doc: doc.id, start: m.start, end: m.end, text: m.text });
    });
    mentions = replaceDocumentBlock(mentions, doc.id, block);
  }
  return mentions;
}

function renumbered<T>(prev: readonly T[], remap: Int32Array | undefined, count: number, changed: [number, T][]): T[] | undefined {
  const out: (T | undefined)[] = new Array(count);
  if (remap) {
    for (let i = 0; i < prev.length; i++) {
      const j = remap[i]!;
      if (j >= 0) out[j] = prev[i];
    }
  } else for (let i = 0; i < prev.length && i < count; i++) out[i] = prev[i];
  for (const [i, x] of changed) out[i] = x;
  for (let i = 0; i < count; i++) if (out[i] === undefined) return undefined;
  return out as T[];
}
