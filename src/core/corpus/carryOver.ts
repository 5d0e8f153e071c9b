// The carry-over: after edits that leave every name and figure of the edited documents as they were (the usual
// keystroke: text moves, names stay), the previous snapshot's clustering and claims are kept with the new offsets
// and figure ids instead of being recomputed. The result is exact (what a rebuild would give). Whether an edit
// qualifies is decided by comparing what the cross-document stages read of the document, before and after.
import { claimIdOf } from '../claims/claimOfGroup';
import type { Claim, DocumentAnalysis, EntityMentionRef, Figure } from '../model';
import { carryLookups } from './onlineLookups';
import { CorpusSnapshot } from './snapshot';
import { replaceDocumentBlock } from './sortedLists';

/** Most documents carried over at once (more: an online update or a rebuild). */
const CARRY_OVER_LIMIT = 16;

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
 * The online update's look-ups move on to the new snapshot (onlineLookups.ts).
 */
export function carryOver(old: CorpusSnapshot, edited: ReadonlySet<string>, docs: ReadonlyMap<string, DocumentAnalysis>, version: number): CorpusSnapshot | undefined {
  if (edited.size === 0 || edited.size > CARRY_OVER_LIMIT) return undefined;
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
        claims[ci] = { ...c, id: claimIdOf(ids), figures: ids };
      }
    }
  } else {
    figures = replaceById(old.figures, figureIds, edited, docs);
    claims = old.claims.map((c) => {
      if (!c.figures.some((id) => figureIds.has(id))) return c;
      const ids = c.figures.map((id) => figureIds.get(id) ?? id);
      return { ...c, id: claimIdOf(ids), figures: ids };
    });
  }
  // Same documents, same mentions per document: the assignment rows (never written after construction) are shared.
  const next = new CorpusSnapshot({ from: old, changes }, entities, figures, claims, version, old.assignmentRows(), rows);
  // Every figure kept: the editor can make this snapshot from the old one (figures come from the analyses).
  if (rows) next.lineage = { from: old.serial, changed: [...edited], entitiesChanged: [...touched], claimsChanged: claimsRenumbered, claimRowDocs: [] };
  carryLookups(old, next, edited);
  return next;
}

/** The previous figures with the edited documents' figures swapped in through their old → new ids. */
function replaceById(previous: readonly Figure[], figureIds: Map<string, string>, edited: ReadonlySet<string>, docs: ReadonlyMap<string, DocumentAnalysis>): Figure[] {
  const newFigure = new Map<string, Figure>();
  for (const id of edited) for (const f of docs.get(id)!.figures) newFigure.set(f.id, f);
  return previous.map((f) => {
    const nid = figureIds.get(f.id);
    return nid !== undefined ? (newFigure.get(nid) ?? f) : f;
  });
}
