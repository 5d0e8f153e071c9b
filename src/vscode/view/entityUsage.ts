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
  uses: SpellingUse[];
}

/** Spellings of an entity (as the engine lists its variants), each with the documents using it, in document order. */
export function spellings(snapshot: CorpusSnapshot, entity: Entity): Spelling[] {
  const byName = new Map<string, Map<string, SpellingUse>>();
  for (const m of entity.mentions) {
    const name = snapshot.mentionAt(m.doc, m.start)?.mention.name ?? m.text;
    let docs = byName.get(name);
    if (!docs) byName.set(name, (docs = new Map()));
    const use = docs.get(m.doc);
    if (use) use.count++;
    else docs.set(m.doc, { doc: m.doc, count: 1, first: m });
  }
  return entity.variants.map((v) => {
    const docs = byName.get(v.text);
    const uses = docs
      ? [...docs.values()].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0))
      : v.documents.map((doc) => {
          const first = entity.mentions.find((m) => m.doc === doc)!;
          return { doc, count: 0, first };
        });
    return { text: v.text, count: v.count, uses };
  });
}

/** The first mention of an entity (document order), to open on click. */
export function firstMention(entity: Entity): EntityMentionRef | undefined {
  return entity.mentions[0];
}
