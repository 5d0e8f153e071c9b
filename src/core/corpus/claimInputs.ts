// What the claim stage reads of the documents, once the names are clustered: every figure not ignored, with its
// sentence's event and counted concepts, the entities named in its sentence and in its document. The rebuild reads
// it for every document (claimInputs), the online update for the documents an edit touched (claimItemsOf).
import type { DocumentAnalysis, Entity, Figure } from '../model';
import { countedConcepts } from '../claims/concepts';
import type { ClaimFigure } from '../claims/groupClaims';

/**
 * What the claim stage reads, from the clustering: every figure not ignored, with its sentence's event and counted
 * concepts, the entities named in its sentence and in its document; and each document's assignment row.
 */
export function claimInputs(
  analyses: readonly DocumentAnalysis[],
  entities: readonly Entity[],
  assignment: readonly Int32Array[],
  ignored: ReadonlySet<string> = new Set(),
  stories?: { storyOf(analysis: number): string; sourceOf(analysis: number): string },
): { figures: Figure[]; items: ClaimFigure[]; byDoc: Map<string, Int32Array> } {
  const figures: Figure[] = [];
  const items: ClaimFigure[] = [];
  const byDoc = new Map<string, Int32Array>();
  analyses.forEach((a, ai) => {
    const row = assignment[ai]!;
    byDoc.set(a.meta.id, row);
    if (a.figures.length === 0) return;
    for (const it of claimItemsOf(a, row, entities, ignored, stories && { story: stories.storyOf(ai), source: stories.sourceOf(ai) })) {
      figures.push(it.figure);
      items.push(it);
    }
  });
  return { figures, items, byDoc };
}

/** What the claim stage reads of one document's figures (those not ignored), given its assignment row. */
export function claimItemsOf(
  a: DocumentAnalysis,
  row: Int32Array,
  entities: readonly Entity[],
  ignored: ReadonlySet<string> = new Set(),
  place?: { story: string; source: string },
): ClaimFigure[] {
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
    const slot = a.figureSlots?.[i];
    const subject = slot && slot.subject >= 0 ? row[slot.subject]! : -1;
    items.push({
      story: place?.story,
      source: place?.source,
      property: slot?.property ?? '',
      subject: subject >= 0 ? entities[subject]!.id : '',
      qualifiers: slot?.qualifiers,
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
