// The online update's entity step: the edited documents' mentions leave the entities they were in, and their
// names now join the entities that already carry them (the same spelling, or the same folded key; a surname alone
// joins the full name its article gives); a name no entity carries makes a new entity. Emptied entities go.
// Genitives ("Putins") are stripped here before the look-up, as the clustering strips them (entities/cluster.ts).
import type { DocumentAnalysis, Entity, EntityKind, Variant } from '../model';
import { slug } from '../entities/cluster';
import { foldName } from '../entities/names';
import { withoutGenitiveS, writesGenitiveS } from '../languages';
import { addId, type Lookups } from './onlineLookups';
import { RowTable } from './rowTable';
import type { Changes, CorpusSnapshot } from './snapshot';
import { byDocThenStart, insertSorted, withoutDocument, withoutSorted } from './sortedLists';

interface Group {
  name: string;
  mentionIdx: number[];
  tentative: boolean;
  votes: Record<EntityKind, number>;
}

export function updateEntities(prev: CorpusSnapshot, changes: Changes, l: Lookups): { entities: Entity[]; rows: RowTable; entityRemap?: Int32Array; entitiesChanged: number[] } {
  const oldRows = prev.assignmentRows();
  const copies = new Map<number, Entity>();
  const copyOf = (ei: number): Entity => {
    let e = copies.get(ei);
    if (!e) {
      const o = prev.entities[ei]!;
      e = { ...o, variants: o.variants.map((v) => ({ ...v, documents: v.documents.slice() })), mentions: o.mentions, documents: o.documents.slice() };
      copies.set(ei, e);
    }
    return e;
  };
  // 1. What the changed documents said before leaves the entities.
  const before = new Map<string, number>(); // name → entity, as the previous snapshot had it (keeps names where they were)
  for (const id of changes.keys()) {
    const a = prev.analysis(id);
    const row = oldRows.get(id);
    if (!a || !row) continue;
    a.mentions.forEach((m, mi) => {
      const ei = row[mi]!;
      if (ei < 0) return;
      before.set(`${id}\u0000${m.name}`, ei);
      const e = copyOf(ei);
      const v = e.variants.find((x) => x.text === m.name) ?? e.variants.find((x) => x.text === m.name.slice(0, -1));
      if (v) v.count--;
    });
  }
  for (const e of copies.values()) {
    for (const id of changes.keys()) e.mentions = withoutDocument(e.mentions, id);
    for (const id of changes.keys()) e.documents = withoutSorted(e.documents, id);
    e.variants = e.variants.map((v) => ({ ...v, documents: v.documents.filter((d) => !changes.has(d)) })).filter((v) => v.documents.length > 0 && v.count > 0);
  }

  // 2. What they say now joins the entities by name.
  const added: Entity[] = [];
  const addedKeys = new Map<string, Entity>();
  const usedIds = new Set<string>();
  if (!l.entityIndex) {
    l.entityIndex = new Map();
    prev.entities.forEach((e, ei) => l.entityIndex!.set(e.id, ei));
  }
  const indexOfId = l.entityIndex;
  const entityById = (id: string): { e: Entity; ei: number } | undefined => {
    const ei = indexOfId.get(id);
    return ei === undefined ? undefined : { e: copies.get(ei) ?? prev.entities[ei]!, ei };
  };
  const best = (ids: readonly string[] | undefined): number => {
    let at = -1;
    let docs = -1;
    for (const id of ids ?? []) {
      const hit = entityById(id);
      if (!hit) continue;
      const n = hit.e.documents.length;
      if (n > docs) [at, docs] = [hit.ei, n];
    }
    return at;
  };
  const newRows = new Map<string, { row: Int32Array; targets: (number | Entity)[] }>();
  for (const [id, a] of changes) {
    if (!a) continue;
    const groups = new Map<string, Group>();
    for (let mi = 0; mi < a.mentions.length; mi++) {
      const m = a.mentions[mi]!;
      let name = m.name;
      const base = writesGenitiveS(a.meta.lang) ? withoutGenitiveS(name) : null;
      if (base !== null && (l.byName.has(base) || foldName(base, a.meta.lang).canonical)) name = base;
      let g = groups.get(name);
      if (!g) groups.set(name, (g = { name, mentionIdx: [], tentative: true, votes: { person: 0, place: 0, organization: 0, other: 0 } }));
      g.mentionIdx.push(mi);
      if (!m.tentative) g.tentative = false;
      g.votes[m.kind] += m.kindWeight;
    }
    const targets: (number | Entity)[] = [];
    const row = new Int32Array(a.mentions.length).fill(-1);
    const targetOf = new Map<Group, number | Entity>();
    // Full names first, so a surname alone can join the full name its article gives.
    const ordered = [...groups.values()].sort((x, y) => foldName(y.name, a.meta.lang).tokens.length - foldName(x.name, a.meta.lang).tokens.length);
    for (const g of ordered) {
      const fold = foldName(g.name, a.meta.lang);
      if (fold.tokens.length === 0) continue;
      let target: number | Entity | undefined = before.get(`${id}\u0000${g.name}`);
      if (target === undefined || (target >= 0 && !prev.entities[target])) target = undefined;
      if (target === undefined) {
        const byName = best(l.byName.get(g.name));
        if (byName >= 0) target = byName;
      }
      if (target === undefined) {
        const byKey = best(l.byKey.get(fold.key));
        if (byKey >= 0) target = byKey;
      }
      if (target === undefined) target = addedKeys.get(fold.key);
      if (target === undefined && fold.tokens.length === 1 && !fold.canonical) {
        // A surname alone: the full name of this article that ends in it.
        const tok = fold.tokens[0]!;
        for (const [other, t] of targetOf) {
          const of = foldName(other.name, a.meta.lang);
          if (of.tokens.length > 1 && of.tokens[of.tokens.length - 1]!.startsWith(tok)) {
            target = t;
            break;
          }
        }
      }
      if (target === undefined) {
        if (g.tentative) continue;
        const e: Entity = { id: freshId(g.name, indexOfId, usedIds), kind: topKind(g.votes), name: g.name, variants: [], mentions: [], documents: [] };
        added.push(e);
        addedKeys.set(fold.key, e);
        target = e;
      }
      targetOf.set(g, target);
      const e = typeof target === 'number' ? copyOf(target) : target;
      addMentions(e, a, g);
      if (!l.byName.get(g.name)?.includes(e.id)) addId(l.byName, g.name, e.id);
      if (!l.byKey.get(fold.key)?.includes(e.id)) addId(l.byKey, fold.key, e.id);
      for (const mi of g.mentionIdx) targets[mi] = target;
    }
    newRows.set(id, { row, targets });
  }

  // 3. Entities in their previous order without the emptied ones, then the new ones; rows renumbered when needed.
  let shifted = false;
  for (const e of copies.values()) if (e.mentions.length === 0) shifted = true;
  let entities: Entity[];
  let remap: Int32Array | undefined;
  if (!shifted) {
    entities = prev.entities.slice();
    for (const [ei, e] of copies) entities[ei] = e;
  } else {
    remap = new Int32Array(prev.entities.length);
    entities = [];
    prev.entities.forEach((o, ei) => {
      const e = copies.get(ei) ?? o;
      if (e.mentions.length === 0) {
        remap![ei] = -1;
        return;
      }
      remap![ei] = entities.length;
      entities.push(e);
    });
    l.entityIndex = undefined;
  }
  const addedAt = new Map<Entity, number>();
  for (const e of added) {
    addedAt.set(e, entities.length);
    l.entityIndex?.set(e.id, entities.length);
    entities.push(e);
  }
  const rows = new RowTable(oldRows, remap);
  for (const [id, a] of changes) if (!a) rows.delete(id);
  for (const [id, { row, targets }] of newRows) {
    targets.forEach((t, mi) => {
      if (t === undefined) return;
      row[mi] = typeof t === 'number' ? (remap ? remap[t]! : t) : addedAt.get(t)!;
    });
    rows.set(id, row);
  }
  const entitiesChanged: number[] = [];
  for (const ei of copies.keys()) {
    const at = remap ? remap[ei]! : ei;
    if (at >= 0) entitiesChanged.push(at);
  }
  for (const at of addedAt.values()) entitiesChanged.push(at);
  return { entities, rows, entityRemap: remap, entitiesChanged };
}

/** A group's mentions join an entity: its mention list (kept sorted by document), variants and documents. */
function addMentions(e: Entity, a: DocumentAnalysis, g: Group): void {
  const doc = a.meta.id;
  const refs = g.mentionIdx.map((mi) => {
    const m = a.mentions[mi]!;
    return { doc, start: m.start, end: m.end, text: m.text };
  });
  const mentions = e.mentions.slice();
  // The block of this document: after every mention of an earlier document (mentions are sorted by document).
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = mentions[mid]!.doc;
    if (d < doc || (d === doc && mentions[mid]!.start < refs[0]!.start)) lo = mid + 1;
    else hi = mid;
  }
  mentions.splice(lo, 0, ...refs);
  if (lo + refs.length < mentions.length && mentions[lo + refs.length]!.doc === doc) mentions.sort(byDocThenStart);
  e.mentions = mentions;
  e.documents = insertSorted(e.documents, doc);
  let v: Variant | undefined = e.variants.find((x) => x.text === g.name);
  if (!v) e.variants.push((v = { text: g.name, documents: [], count: 0 }));
  v.count += refs.length;
  v.documents = insertSorted(v.documents, doc);
}

function freshId(name: string, taken: ReadonlyMap<string, number>, used: Set<string>): string {
  const base = slug(name) || 'entity';
  let id = base;
  for (let n = 2; taken.has(id) || used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function topKind(v: Record<EntityKind, number>): EntityKind {
  let kind: EntityKind = 'other';
  let weight = 0;
  for (const k of ['person', 'place', 'organization'] as const) {
    if (v[k] > weight) [kind, weight] = [k, v[k]];
  }
  return kind;
}

