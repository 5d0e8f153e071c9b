// A story's label: what a reader recognises it by. Its place (the place its articles name most), its key name (the
// person or organisation named most across its articles, but rare in the rest of the corpus) and its date.
import type { Entity, EntityKind } from '../model';

export interface LabelInput {
  /** Per document of the story: entity index -> mentions. */
  entityCounts: readonly ReadonlyMap<number, number>[];
  entities: readonly Entity[];
  /** Documents of the corpus that name each entity. */
  documentFrequency: (entity: number) => number;
  corpusSize: number;
  firstDate?: string;
}

export function storyLabel(input: LabelInput): string {
  const place = best(input, (k) => k === 'place');
  const key = best(input, (k) => k === 'person' || k === 'organization', place);
  const parts = [place, key].filter((e): e is number => e !== undefined).map((e) => input.entities[e]!.name);
  if (input.firstDate) parts.push(input.firstDate.slice(0, 10));
  return parts.length ? parts.join(' · ') : 'untitled story';
}

/** The entity of a kind that most documents of the story name, weighted by how rare it is in the corpus. */
function best(input: LabelInput, kind: (k: EntityKind) => boolean, not?: number): number | undefined {
  const docs = new Map<number, number>();
  for (const counts of input.entityCounts) for (const [e, n] of counts) if (n > 0 && e !== not && kind(input.entities[e]!.kind)) docs.set(e, (docs.get(e) ?? 0) + 1 + Math.log(n));
  let bestE: number | undefined;
  let bestScore = 0;
  for (const [e, score] of docs) {
    const s = score * Math.log(1 + input.corpusSize / Math.max(1, input.documentFrequency(e)));
    if (s > bestScore || (s === bestScore && bestE !== undefined && input.entities[e]!.name < input.entities[bestE]!.name)) [bestE, bestScore] = [e, s];
  }
  return bestE;
}
