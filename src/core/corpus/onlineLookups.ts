// What an online update looks things up in: entity ids by spelling and by folded key, figures by claim bucket, and
// what the claim stage reads of each figure. Built from a snapshot once (on the first edit, or ahead of it when
// idle), then handed on from snapshot to snapshot (online updates and carry-overs), never rebuilt per edit.
import type { Claim, Entity, Figure } from '../model';
import { bucketKeys, type ClaimFigure } from '../claims/groupClaims';
import { foldName } from '../entities/names';
import { claimItemsOf } from './claimInputs';
import type { CorpusSnapshot } from './snapshot';

/**
 * What an update looks things up in, built from a snapshot once and handed on to the snapshot it makes (ids and
 * figures are checked at use, so entries left by edited documents do no harm).
 */
export interface Lookups {
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
    for (const it of claimItemsOf(a, rows.get(id) ?? new Int32Array(a.mentions.length).fill(-1), to.entities, undefined, to.placeOf(id))) {
      l.items.set(it.figure, it);
      for (const k of bucketKeys(it)) push(l.buckets, k, it);
    }
  }
  handOnLookups(from, to, l);
}

/** The look-ups move on to a snapshot made from `from` (the old one is not updated from again). */
export function handOnLookups(from: CorpusSnapshot, to: CorpusSnapshot, l: Lookups): void {
  lookupsOf.delete(from);
  lookupsOf.set(to, l);
}

/** Builds the look-ups of a snapshot ahead of its first online update (idle time). */
export function prepareOnlineUpdate(s: CorpusSnapshot): void {
  if (s.everyFigureKept) lookups(s);
}

/** The look-ups of a snapshot: handed on from the one it was made from, or built now. */
export function lookups(s: CorpusSnapshot): Lookups {
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
    for (const it of claimItemsOf(a, rows.get(m.id) ?? new Int32Array(a.mentions.length).fill(-1), s.entities, undefined, s.placeOf(m.id))) {
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

/** Adds an id to a key's list once. */
export function addId(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** Appends to a key's list. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
