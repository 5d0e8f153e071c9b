// The cross-document view after an edit, in milliseconds instead of a rebuild: the edited articles' names join the
// entities that already carry them (the same name, or the same folded key), and each of their figures joins the
// claim of its best-scoring candidate among the figures that share a bucket with it (unit and event, or unit and
// value). Nothing else of the corpus is re-clustered or re-grouped. The result is provisional: a new name may join a
// different entity in a rebuild (a surname of two people), and a figure may bridge two claims in a rebuild. The
// index marks it so, and the editor asks for the exact view when it is idle.
import type { Claim, DocumentAnalysis, Entity, EntityKind, Figure, Variant } from '../model';
import { bucketKeys, claimOfGroup, compareClaims, defaultClaimOptions, mergeable, quantityScore, type ClaimFigure } from '../claims/groupClaims';
import { slug } from '../entities/cluster';
import { foldName } from '../entities/names';
import { CorpusSnapshot, claimItemsOf } from './corpusIndex';
import { RowTable, type RowSource } from './rowTable';

/** Most documents an online update takes at once; more is a rebuild. */
export const ONLINE_UPDATE_LIMIT = 16;
/** Candidate figures scored per new figure at most (the best buckets first). */
const MAX_CANDIDATES = 600;
const GENITIVE_LANGS = new Set(['nb', 'da', 'sv', 'de']);

/**
 * What an update looks things up in, built from a snapshot once and handed on to the snapshot it makes (ids and
 * figures are checked at use, so entries left by edited documents do no harm).
 */
interface Lookups {
  /** Entity ids by a spelling they use, and by the folded key of that spelling. */
  byName: Map<string, string[]>;
  byKey: Map<string, string[]>;
  /** Figures by claim bucket (`unit|event`, `unit|=value`), as the claim stage reads them. */
  buckets: Map<string, ClaimFigure[]>;
  /** What the claim stage reads of each figure, made per document on first use. */
  items: Map<Figure, ClaimFigure>;
  /** Figures of documents changed since the look-ups were built (still in the buckets, no longer in the corpus). */
  gone: Set<Figure>;
  /** The items of each claim's figures, once resolved. */
  claimItems: WeakMap<Claim, ClaimFigure[]>;
  /** Index of each entity id in the snapshot's entities (undefined when a renumbering made it stale). */
  entityIndex?: Map<string, number>;
}

const lookupsOf = new WeakMap<CorpusSnapshot, Lookups>();

/**
 * Hands a snapshot's look-ups on to the snapshot carried over from it (same entities in the same order, same
 * names; the edited documents' figures are new objects): their old figures leave, their new ones join.
 */
export function carryLookups(from: CorpusSnapshot, to: CorpusSnapshot, edited: Iterable<string>): void {
  const l = lookupsOf.get(from);
  if (!l || !to.everyFigureKept) return;
  const rows = to.assignmentRows();
  for (const id of edited) {
    for (const f of from.analysis(id)?.figures ?? []) l.gone.add(f);
    const a = to.analysis(id);
    if (!a) continue;
    for (const it of claimItemsOf(a, rows.get(id) ?? new Int32Array(a.mentions.length).fill(-1), to.entities)) {
      l.items.set(it.figure, it);
      for (const k of bucketKeys(it)) push(l.buckets, k, it);
    }
  }
  lookupsOf.delete(from);
  lookupsOf.set(to, l);
}

/** Builds the look-ups of a snapshot ahead of its first online update (idle time). */
export function prepareOnlineUpdate(s: CorpusSnapshot): void {
  if (s.everyFigureKept) lookups(s);
}

function lookups(s: CorpusSnapshot): Lookups {
  let l = lookupsOf.get(s);
  if (l) return l;
  l = { byName: new Map(), byKey: new Map(), buckets: new Map(), items: new Map(), gone: new Set(), claimItems: new WeakMap() };
  const langOf = new Map<string, string>();
  for (const m of s.documents) langOf.set(m.id, m.lang);
  for (const e of s.entities) indexEntity(l, e, langOf);
  const rows = s.assignmentRows();
  for (const m of s.documents) {
    const a = s.analysis(m.id)!;
    if (a.figures.length === 0) continue;
    for (const it of claimItemsOf(a, rows.get(m.id) ?? new Int32Array(a.mentions.length).fill(-1), s.entities)) {
      l.items.set(it.figure, it);
      for (const k of bucketKeys(it)) push(l.buckets, k, it);
    }
  }
  lookupsOf.set(s, l);
  return l;
}

function indexEntity(l: Lookups, e: Entity, langOf: ReadonlyMap<string, string>): void {
  for (const v of e.variants) {
    addId(l.byName, v.text, e.id);
    addId(l.byKey, foldName(v.text, langOf.get(v.documents[0] ?? '') ?? 'en').key, e.id);
  }
}

/** A change since the snapshot: the document's analysis now, or undefined when it was removed. */
export type Changes = ReadonlyMap<string, DocumentAnalysis | undefined>;

/**
 * The snapshot after `changes`, made from `prev` without rebuilding; undefined when the update cannot be made this
 * way (figures ignored by decisions, too many documents changed).
 */
export function onlineUpdate(prev: CorpusSnapshot, changes: Changes, docs: ReadonlyMap<string, DocumentAnalysis>, tolerance = defaultClaimOptions.tolerance, version = 0): CorpusSnapshot | undefined {
  if (changes.size === 0 || changes.size > ONLINE_UPDATE_LIMIT || !prev.everyFigureKept) return undefined;
  const oldClaimRows = prev.claimRowsOf();
  if (!oldClaimRows) return undefined;
  const l = lookups(prev);
  const { entities, rows, entityRemap, entitiesChanged } = updateEntities(prev, changes, l);
  const { claims, claimRows, claimRemap, claimsChanged, claimRowDocs } = updateClaims(prev, changes, docs, l, entities, rows, oldClaimRows, tolerance);

  const next = new CorpusSnapshot({ from: prev, changes }, entities, undefined, claims, version, rows, claimRows);
  next.provisional = true;
  next.lineage = { from: prev.serial, changed: [...changes.keys()], entityRemap, claimRemap, entitiesChanged, claimsChanged, claimRowDocs };
  // The look-ups move on to the new snapshot (the old one is not updated from again).
  lookupsOf.delete(prev);
  lookupsOf.set(next, l);
  return next;
}

interface Group {
  name: string;
  mentionIdx: number[];
  tentative: boolean;
  votes: Record<EntityKind, number>;
}

/** The edited documents' mentions leave their entities and join entities by name; emptied entities go. */
function updateEntities(prev: CorpusSnapshot, changes: Changes, l: Lookups): { entities: Entity[]; rows: RowTable; entityRemap?: Int32Array; entitiesChanged: number[] } {
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
      if (GENITIVE_LANGS.has(a.meta.lang) && name.length > 3 && /[^s]s$/.test(name)) {
        const base = name.slice(0, -1);
        if (l.byName.has(base) || foldName(base, a.meta.lang).canonical) name = base;
      }
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

/** The mentions (sorted by document) without those of one document: its block cut out. */
export function withoutDocument<T extends { doc: string }>(mentions: T[], doc: string): T[] {
  return replaceDocumentBlock(mentions, doc, []);
}

/** Mentions sorted by document with one document's block replaced (binary search, no sort); the same list when nothing changes. */
export function replaceDocumentBlock<T extends { doc: string }>(mentions: T[], doc: string, block: T[]): T[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.doc < doc) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < mentions.length && mentions[end]!.doc === doc) end++;
  if (end === lo && block.length === 0) return mentions;
  return mentions.slice(0, lo).concat(block, mentions.slice(end));
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

/**
 * The changed documents' figures leave their claims (a claim left with one source goes) and each new figure joins
 * the claim of its best candidate that takes it, or makes a new claim with a candidate in no claim.
 */
function updateClaims(
  prev: CorpusSnapshot,
  changes: Changes,
  docs: ReadonlyMap<string, DocumentAnalysis>,
  l: Lookups,
  entities: readonly Entity[],
  rows: RowTable,
  oldClaimRows: RowSource,
  tolerance: number,
): { claims: Claim[]; claimRows: RowTable; claimRemap: Int32Array; claimsChanged: number[]; claimRowDocs: string[] } {
  for (const id of changes.keys()) for (const f of prev.analysis(id)?.figures ?? []) l.gone.add(f);
  const itemOf = (f: Figure): ClaimFigure | undefined => {
    let it = l.items.get(f);
    if (!it && !l.gone.has(f)) {
      const a = docs.get(f.doc);
      if (!a) return undefined;
      for (const x of claimItemsOf(a, rows.get(f.doc) ?? new Int32Array(a.mentions.length).fill(-1), entities)) l.items.set(x.figure, x);
      it = l.items.get(f);
    }
    return it;
  };
  /** The items of a claim's figures (cached per claim object: unchanged claims are shared by the snapshots). */
  const membersOf = (c: Claim): ClaimFigure[] => {
    let m = l.claimItems.get(c);
    if (!m) {
      m = [];
      for (const id of c.figures) {
        const f = figureById(docs, id) ?? prev.figure(id);
        const it = f && (l.items.get(f) ?? itemOf(f));
        if (it) m.push(it);
      }
      l.claimItems.set(c, m);
    }
    return m;
  };

  // 1. Claims the changed documents' old figures were in lose them.
  const touched = new Set<number>();
  for (const id of changes.keys()) for (const ci of oldClaimRows.get(id) ?? []) if (ci >= 0) touched.add(ci);
  /** New figures joining a previous claim (by its index), and new claims. */
  const joined = new Map<number, ClaimFigure[]>();
  const fresh: ClaimFigure[][] = [];
  const freshOf = new Map<Figure, ClaimFigure[]>();
  const claimOfOld = (f: Figure): number => {
    const a = docs.get(f.doc);
    const row = oldClaimRows.get(f.doc);
    if (!a || !row || changes.has(f.doc)) return -1;
    const i = a.figures.indexOf(f);
    return i >= 0 ? row[i]! : -1;
  };

  // 2. The new figures join, best candidate first.
  for (const [id, a] of changes) {
    if (!a) continue;
    for (const f of a.figures) {
      const it = itemOf(f);
      if (!it) continue;
      if (it.figure.hedge === 'additional' || !Number.isFinite(it.figure.value)) continue;
      const keys = bucketKeys(it);
      for (const k of keys) push(l.buckets, k, it);
      const scored: { c: ClaimFigure; score: number }[] = [];
      const seen = new Set<ClaimFigure>();
      for (const k of keys) {
        const bucket = l.buckets.get(k) ?? [];
        // A bucket the claim stage would split (an archive's "people|kill") is narrowed to figures naming a shared entity.
        const narrow = bucket.length > defaultClaimOptions.maxBucket;
        for (const c of bucket) {
          if (seen.size >= MAX_CANDIDATES) break;
          const f = c.figure;
          if (f.doc === id || seen.has(c) || changes.has(f.doc) || l.gone.has(f)) continue;
          seen.add(c);
          if (f.hedge === 'additional') continue;
          if (narrow && !c.entities.some((e) => it.entities.includes(e))) continue;
          const score = quantityScore(it, c);
          if (score > 0) scored.push({ c, score });
        }
      }
      scored.sort((x, y) => y.score - x.score);
      for (const { c } of scored) {
        const own = freshOf.get(c.figure);
        const ci = own ? -1 : claimOfOld(c.figure);
        // Only figures of the same article can refuse a newcomer: in a previous claim those are the ones that joined now.
        const same = own ?? (ci >= 0 ? (joined.get(ci) ?? []) : [c]);
        if (!joinable(same, it)) continue;
        if (own) {
          own.push(it);
          freshOf.set(it.figure, own);
        } else if (ci >= 0) push(joined, ci, it);
        else {
          const g = [c, it];
          fresh.push(g);
          freshOf.set(c.figure, g);
          freshOf.set(it.figure, g);
        }
        break;
      }
    }
  }

  // 3. The claims: unchanged ones in their order, the changed and new ones put in their place (binary search).
  const placed: { claim: Claim; old: number; group: ClaimFigure[] }[] = [];
  const place = (group: ClaimFigure[], old: number) => {
    const claim = claimOfGroup(group, tolerance);
    if (!claim) return;
    l.claimItems.set(claim, group);
    placed.push({ claim, old, group });
  };
  for (const ci of new Set([...touched, ...joined.keys()])) {
    const rest = membersOf(prev.claims[ci]!).filter((x) => !changes.has(x.figure.doc));
    place([...rest, ...(joined.get(ci) ?? [])], ci);
  }
  for (const g of fresh) place(g, -1);
  const gone = new Set(placed.map((p) => p.old).filter((ci) => ci >= 0));
  for (const ci of touched) gone.add(ci);
  const keptClaims = gone.size ? prev.claims.filter((_, ci) => !gone.has(ci)) : prev.claims;
  const keptOld = gone.size ? prev.claims.map((_, ci) => ci).filter((ci) => !gone.has(ci)) : undefined;
  const at = placed.map((p) => ({ p, pos: lowerBound(keptClaims, p.claim) }));
  at.sort((x, y) => x.pos - y.pos || compareClaims(x.p.claim, y.p.claim));
  const claims: Claim[] = [];
  const remap = new Int32Array(prev.claims.length).fill(-1);
  const newAt = new Map<ClaimFigure[], number>();
  let k = 0;
  for (let i = 0; i <= keptClaims.length; i++) {
    while (k < at.length && at[k]!.pos === i) {
      const { claim, old, group } = at[k++]!.p;
      // A changed claim's figures in unchanged documents follow it through the renumbering.
      if (old >= 0) remap[old] = claims.length;
      newAt.set(group, claims.length);
      claims.push(claim);
    }
    if (i === keptClaims.length) break;
    remap[keptOld ? keptOld[i]! : i] = claims.length;
    claims.push(keptClaims[i]!);
  }

  // 4. Claim rows: renumbered, then the figures of changed and new claims set.
  const claimRows = new RowTable(oldClaimRows, remap);
  const writable = new Set<string>();
  for (const [id, a] of changes) {
    if (a && a.figures.length > 0) {
      claimRows.set(id, new Int32Array(a.figures.length).fill(-1));
      writable.add(id);
    } else claimRows.delete(id);
  }
  // Explicitly set: the changed documents' figures (above), and figures of unchanged documents that were in no claim
  // and start a new one with a newcomer. Figures of a claim that went (one source left) lose it.
  const explicit: { x: ClaimFigure; ci: number }[] = [];
  for (const g of fresh) {
    const ci = newAt.get(g) ?? -1;
    for (const x of g) if (!changes.has(x.figure.doc)) explicit.push({ x, ci });
  }
  for (const [ci, list] of joined) {
    const now = remap[ci]!;
    for (const x of list) if (changes.has(x.figure.doc) && now >= 0) explicit.push({ x, ci: now });
  }
  for (const g of placed) {
    if (g.old >= 0) continue;
    for (const x of g.group) if (changes.has(x.figure.doc)) explicit.push({ x, ci: newAt.get(g.group)! });
  }
  for (const { x, ci } of explicit) {
    const doc = x.figure.doc;
    const a = docs.get(doc);
    let row = claimRows.get(doc);
    if (!a || !row) continue;
    // A row read through the base is shared (or cached): this table gets its own copy before writing.
    if (!writable.has(doc)) {
      claimRows.set(doc, (row = row.slice()));
      writable.add(doc);
    }
    const i = a.figures.indexOf(x.figure);
    if (i >= 0) row[i] = ci;
  }
  const claimRowDocs = [...writable].filter((d) => !changes.has(d));
  return { claims, claimRows, claimRemap: remap, claimsChanged: [...newAt.values()], claimRowDocs };
}

/** Where a claim goes among claims sorted by compareClaims: after every claim that comes before it. */
function lowerBound(sorted: readonly Claim[], c: Claim): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareClaims(sorted[mid]!, c) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A figure may join a group unless its article already gives the group a value at the same time. */
function joinable(group: readonly ClaimFigure[], it: ClaimFigure): boolean {
  const same = group.filter((g) => g.figure.doc === it.figure.doc);
  if (same.length === 0) return true;
  const items = [...same, it];
  return mergeable(new Map([[it.figure.doc, same.map((_, i) => i)]]), new Map([[it.figure.doc, [same.length]]]), items);
}

function docOf(figureId: string): string {
  return figureId.slice(0, figureId.lastIndexOf('#'));
}

function figureById(docs: ReadonlyMap<string, DocumentAnalysis>, id: string): Figure | undefined {
  const a = docs.get(docOf(id));
  if (!a) return undefined;
  const start = Number(id.slice(id.lastIndexOf('#') + 1));
  let lo = 0;
  let hi = a.figures.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = a.figures[mid]!;
    if (f.start < start) lo = mid + 1;
    else if (f.start > start) hi = mid - 1;
    else return f.id === id ? f : a.figures.find((x) => x.id === id);
  }
  return a.figures.find((x) => x.id === id);
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

function byDocThenStart(a: { doc: string; start: number }, b: { doc: string; start: number }): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start;
}

/** Where `s` is or goes in a sorted list. */
function searchSorted(list: readonly string[], s: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function insertSorted(list: readonly string[], s: string): string[] {
  const i = searchSorted(list, s);
  if (list[i] === s) return list as string[];
  const out = list.slice();
  out.splice(i, 0, s);
  return out;
}

export function withoutSorted(list: readonly string[], s: string): string[] {
  const i = searchSorted(list, s);
  if (list[i] !== s) return list as string[];
  const out = list.slice();
  out.splice(i, 1);
  return out;
}

function addId(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
