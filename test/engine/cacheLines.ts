// The index cache's lines (a header, then one line per document, then chunks of entities and claims) as one object
// and back, so tests can break one field of a real cache.
export function explode(text: string): Record<string, any> {
  const lines = text.split('\n');
  const h = JSON.parse(lines[0]!);
  const d = 1 + h.documents;
  const e = d + h.entityLines;
  return {
    ...h,
    documents: lines.slice(1, d).map((l) => JSON.parse(l)),
    entities: lines.slice(d, e).flatMap((l) => JSON.parse(l)),
    claims: lines.slice(e, e + h.claimLines).flatMap((l) => JSON.parse(l)),
  };
}

export function implode(o: Record<string, any>): string {
  const { documents, entities, claims, ...h } = o;
  const ents = entities.length ? [entities] : [];
  const cl = claims.length ? [claims] : [];
  const header = { ...h, documents: documents.length, entityCount: entities.length, entityLines: ents.length, claimLines: cl.length };
  return [header, ...documents, ...ents, ...cl].map((x) => JSON.stringify(x)).join('\n');
}
