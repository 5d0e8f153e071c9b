// One new article joins a story without regrouping the corpus (the online update after an edit): the story whose
// articles name the most of its entities, each weighed by how rare it is in the corpus. Too little in common: it
// stays a story of its own until the exact view. Provisional, like the rest of the online update.
import type { Entity, Story } from '../model';

/** Evidence a story needs (sum of the shared entities' idf, ln(1 + N/df)): about two rare names. */
const MIN_EVIDENCE = 4;

/**
 * The stories with each of `articles` (each a story of its own in `stories`, as a derivation leaves it) moved into
 * the story it shares the most rare entities with. The same array when none moves.
 */
export function joinStories(
  stories: Story[],
  articles: readonly { id: string; entities: readonly number[] }[],
  entities: readonly Entity[],
  corpusSize: number,
): Story[] {
  if (articles.length === 0) return stories;
  const storyOf = new Map<string, number>();
  stories.forEach((st, i) => {
    for (const d of st.documents) storyOf.set(d, i);
  });
  const moves = new Map<string, number>();
  for (const art of articles) {
    const own = storyOf.get(art.id);
    const score = new Map<number, number>();
    for (const ei of new Set(art.entities)) {
      const e = entities[ei];
      if (!e) continue;
      const idf = Math.log(1 + corpusSize / Math.max(1, e.documents.length));
      const seen = new Set<number>();
      for (const d of e.documents) {
        const s = storyOf.get(d);
        if (s === undefined || s === own || seen.has(s)) continue;
        seen.add(s);
        score.set(s, (score.get(s) ?? 0) + idf);
      }
    }
    let best = -1;
    let bestScore = MIN_EVIDENCE;
    for (const [s, v] of score) if (v > bestScore || (v === bestScore && best >= 0 && s < best)) [best, bestScore] = [s, v];
    if (best >= 0) moves.set(art.id, best);
  }
  if (moves.size === 0) return stories;
  const out = stories.map((st) => ({ ...st }));
  for (const [id, to] of moves) {
    const from = storyOf.get(id);
    if (from !== undefined) out[from]!.documents = out[from]!.documents.filter((d) => d !== id);
    const dest = out[to]!;
    dest.documents = [...dest.documents, id].sort();
  }
  return out.filter((st) => st.documents.length > 0);
}
