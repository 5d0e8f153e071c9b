// Who uses which spelling of an entity, how often, and where first. Pure.
import type { CorpusSnapshot, Entity, EntityMentionRef } from '../../core';

export interface SpellingUse {
  doc: string;
  count: number;
  first: EntityMentionRef;
}

export interface Spelling {
  text: string;
  count: number;
  /** The documents using the spelling, at most the `maxDocs` asked for. */
  uses: SpellingUse[];
  /** How many documents use it in all (more than `uses` when cut at `maxDocs`). */
  docCount: number;
}

/**
 * Spellings of an entity (as the engine lists its variants), each with the documents using it, in document order.
 * `maxDocs` cuts each list: a hover shows a dozen sources, and counting a name's mentions in all of an archive's
 * thousands of articles would make it wait (the entity's mentions are sorted by document, so each shown document
 * is found by binary search and only its own mentions are read).
 */
export function spellings(snapshot: CorpusSnapshot, entity: Entity, maxDocs = Infinity): Spelling[] {
  const ms = entity.mentions;
  const firstOf = (doc: string): number => {
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ms[mid]!.doc < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return entity.variants.map((v) => {
    const docs = v.documents.length > maxDocs ? v.documents.slice(0, maxDocs) : v.documents;
    const uses: SpellingUse[] = [];
    for (const doc of docs) {
      let count = 0;
      let first: EntityMentionRef | undefined;
      let fallback: EntityMentionRef | undefined;
      for (let k = firstOf(doc); k < ms.length && ms[k]!.doc === doc; k++) {
        const m = ms[k]!;
        fallback ??= m;
        const name = snapshot.mentionAt(m.doc, m.start)?.mention.name ?? m.text;
        if (name !== v.text) continue;
        count++;
        first ??= m;
      }
      const at = first ?? fallback;
      if (at) uses.push({ doc, count, first: at });
    }
    return { text: v.text, count: v.count, uses, docCount: v.documents.length };
  });
}

/** The first mention of an entity (document order), to open on click. */
export function firstMention(entity: Entity): EntityMentionRef | undefined {
  return entity.mentions[0];
}
