// Which spans of a document get which highlight. Pure: the decorations feature turns spans into ranges.
// Entities are styled by kind, and more strongly when two sources or more name them; figures have their own
// style, and a figure in a conflicting claim another one.
import type { CorpusSnapshot, EntityKind, Span } from '../../core';
import type { HighlightKind } from '../services/config';

export type DecorationKey = `entity.${EntityKind}` | `entity.${EntityKind}.cross` | 'figure' | 'figure.conflict';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organization', 'other'];
export const DECORATION_KEYS: readonly DecorationKey[] = [
  ...ENTITY_KINDS.flatMap((k) => [`entity.${k}` as const, `entity.${k}.cross` as const]),
  'figure',
  'figure.conflict',
];

export function decorationSpans(snapshot: CorpusSnapshot, doc: string, kinds: readonly HighlightKind[]): Map<DecorationKey, Span[]> {
  const out = new Map<DecorationKey, Span[]>(DECORATION_KEYS.map((k) => [k, []]));
  const wanted = new Set(kinds);
  for (const { mention, entity } of snapshot.mentionsIn(doc)) {
    if (!wanted.has(entity.kind)) continue;
    const key: DecorationKey = entity.documents.length > 1 ? `entity.${entity.kind}.cross` : `entity.${entity.kind}`;
    out.get(key)!.push({ start: mention.start, end: mention.end });
  }
  if (wanted.has('figure')) {
    for (const f of snapshot.figuresIn(doc)) {
      const claim = snapshot.claimFor(f.id);
      // Ignored figures are not in the snapshot's figure list.
      if (!snapshot.figure(f.id)) continue;
      out.get(claim?.verdict === 'conflict' ? 'figure.conflict' : 'figure')!.push({ start: f.start, end: f.end });
    }
  }
  return out;
}
