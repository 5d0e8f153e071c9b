// Clusters name mentions from many documents into entities. Items are (document, name) pairs; candidates are
// found through keys (exact fold, exonym, consonant skeleton of the last token, initials), never by comparing
// all pairs. Partial names ("Putin", "Palyug") join a full name of their own document first, then the corpus.
import type { Decisions, Entity, EntityKind, Mention } from '../model';
import { entityCuesEverywhere, withoutGenitiveS, writesGenitiveS } from '../languages';
import { KNOWN_PLACES } from './lexicon';
import { foldName, fullNamesAlike, genderedPair, initialsOf, placeStem, skeleton, tokensAlike, type FoldedName } from './names';

export interface ClusterInput {
  doc: string;
  lang: string;
  mentions: readonly Mention[];
}

interface Item {
  idx: number;
  /** Index of the input (document) and of each mention in it. */
  input: number;
  mentionIdx: number[];
  doc: string;
  lang: string;
  name: string;
  /** How many mentions (the mentions are inputs[input].mentions[mentionIdx[k]]). */
  count: number;
  tentative: boolean;
  votes: Record<EntityKind, number>;
  fold: FoldedName;
  multi: boolean;
}

/** First words that make a different place of the rest: "North Carolina" is not "Carolina" (every language's). */
const QUALIFIED_PLACE = entityCuesEverywhere().placeQualifiers;

/** The names of the corpus that some genitive-like name in a genitive language is, without its -s. */
function genitiveBasesNamed(inputs: readonly ClusterInput[]): Set<string> {
  const wanted = new Set<string>();
  for (const inp of inputs) {
    if (!writesGenitiveS(inp.lang)) continue;
    for (const m of inp.mentions) {
      const base = withoutGenitiveS(m.name);
      if (base !== null) wanted.add(base);
    }
  }
  const named = new Set<string>();
  if (wanted.size) for (const inp of inputs) for (const m of inp.mentions) if (wanted.has(m.name)) named.add(m.name);
  return named;
}

class UnionFind {
  parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(a: number): number {
    let r = a;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[a] !== r) {
      const next = this.parent[a]!;
      this.parent[a] = r;
      a = next;
    }
    return r;
  }
}

export function clusterEntities(inputs: readonly ClusterInput[], decisions?: Decisions): Entity[] {
  return clusterWithAssignment(inputs, decisions).entities;
}

export interface Clustering {
  entities: Entity[];
  /** Per input, per mention: the index of its entity in `entities`, or -1 (a mention dropped as too weak). */
  assignment: Int32Array[];
}

export function clusterWithAssignment(inputs: readonly ClusterInput[], decisions?: Decisions): Clustering {
  // 1. Genitive endings in Scandinavian and German text: "Putins" -> "Putin" when the corpus knows "Putin".
  const knownBases = genitiveBasesNamed(inputs);
  const items: Item[] = [];
  for (let ii = 0; ii < inputs.length; ii++) {
    const inp = inputs[ii]!;
    const genitive = writesGenitiveS(inp.lang);
    const byName = new Map<string, Item>();
    for (let mi = 0; mi < inp.mentions.length; mi++) {
      const m = inp.mentions[mi]!;
      let name = m.name;
      const base = genitive ? withoutGenitiveS(name) : null;
      if (base !== null && (knownBases.has(base) || foldName(base, inp.lang).canonical)) name = base;
      let it = byName.get(name);
      if (!it) {
        const fold = foldName(name, inp.lang);
        // A name with no letters we can fold (scripts outside our transliteration tables) has no key to cluster by.
        if (fold.tokens.length === 0) continue;
        it = {
          idx: items.length,
          input: ii,
          mentionIdx: [],
          doc: inp.doc,
          lang: inp.lang,
          name,
          count: 0,
          tentative: true,
          votes: { person: 0, place: 0, organization: 0, other: 0 },
          fold,
          multi: fold.tokens.length > 1 && !fold.canonical,
        };
        items.push(it);
        byName.set(name, it);
      }
      it.count++;
      it.mentionIdx.push(mi);
      if (!m.tentative) it.tentative = false;
      it.votes[m.kind] += m.kindWeight;
    }
  }

  // 2. Tentative items survive only when the corpus has the same name with better evidence, or as a partial name.
  const confidentKeys = new Set<string>();
  const confidentLastTokens = new Set<string>();
  for (const it of items) {
    if (it.tentative) continue;
    confidentKeys.add(it.fold.key);
    if (it.multi) confidentLastTokens.add(it.fold.phonetic[it.fold.phonetic.length - 1]!);
  }
  // A tentative lone word may also be a truncated spelling of a full name in its own document ("Palyug").
  const docLongTokens = new Map<string, string[]>();
  for (const it of items) if (!it.tentative && it.multi) push(docLongTokens, it.doc, it.fold.tokens[it.fold.tokens.length - 1]!);
  const truncates = (it: Item) =>
    it.fold.tokens[0]!.length >= 5 && (docLongTokens.get(it.doc) ?? []).some((t) => t.length > it.fold.tokens[0]!.length && t.startsWith(it.fold.tokens[0]!));
  const live = items.filter(
    (it) => !it.tentative || confidentKeys.has(it.fold.key) || (!it.multi && (confidentLastTokens.has(it.fold.phonetic[0]!) || truncates(it))),
  );

  const uf = new UnionFind(items.length);
  const forbidden = buildForbidden(decisions, live);
  /** Merges two items' clusters unless kinds clash or a reader said they differ; `force` is the reader's "same". */
  const union = (a: Item, b: Item, force = false): boolean => {
    const ra = uf.find(a.idx);
    const rb = uf.find(b.idx);
    if (ra === rb) return true;
    if (!force && !kindsCompatible(rootVotes, ra, rb)) return false;
    if (!force && forbidden && forbidden.conflict(ra, rb)) return false;
    uf.parent[rb] = ra;
    for (let k = 0; k < KINDS; k++) rootVotes[ra * KINDS + k] += rootVotes[rb * KINDS + k]!;
    forbidden?.merge(ra, rb);
    return true;
  };
  /** Kind votes of each cluster, by the item index of its root. */
  /** Kind votes of each cluster (person, place, organization, other), at the item index of its root. */
  const rootVotes = new Float64Array(items.length * KINDS);
  for (const it of live) {
    const at = it.idx * KINDS;
    rootVotes[at] = it.votes.person;
    rootVotes[at + 1] = it.votes.place;
    rootVotes[at + 2] = it.votes.organization;
    rootVotes[at + 3] = it.votes.other;
  }

  // 3. Reader decisions first: "same" merges override every rule below.
  if (decisions?.same.length) {
    const byName = new Map<string, Item[]>();
    for (const it of live) {
      const k = it.name.toLowerCase();
      const list = byName.get(k);
      if (list) list.push(it);
      else byName.set(k, [it]);
    }
    for (const group of decisions.same) {
      let first: Item | undefined;
      for (const n of group) {
        for (const it of byName.get(n.toLowerCase()) ?? []) {
          if (first) union(first, it, true);
          else first = it;
        }
      }
    }
  }

  // 4. Full names (two tokens or more) and names known to the exonym table: same key, then alike within a block.
  const multi = live.filter((it) => it.multi);
  const singles = live.filter((it) => !it.multi);
  const byKey = new Map<string, Item[]>();
  for (const it of live) {
    if (!it.multi && !it.fold.canonical) continue;
    const list = byKey.get(it.fold.key);
    if (list) list.push(it);
    else byKey.set(it.fold.key, [it]);
  }
  // The same full name is the same entity whatever the cues say (a city and its team share a name in the gold too).
  for (const list of byKey.values()) for (let i = 1; i < list.length; i++) union(list[0]!, list[i]!, !forbidden);

  const lastTokenBlocks = new Map<string, Item[]>();
  for (const it of multi) {
    const last = it.fold.phonetic[it.fold.phonetic.length - 1]!;
    const k = skeleton(last);
    const list = lastTokenBlocks.get(k);
    if (list) list.push(it);
    else lastTokenBlocks.set(k, [it]);
  }
  for (const block of lastTokenBlocks.values()) {
    const reps = distinctByKey(block);
    forFullNameCandidates(reps, (i, j) => {
      if (fullNamesAlike(reps[i]!.fold, reps[j]!.fold)) union(reps[i]!, reps[j]!);
    });
  }

  // 5. Single tokens: partial names of a full name, acronyms of one, or names in their own right.
  const fullByLast = new Map<string, Item[]>();
  const fullByInitials = new Map<string, Item[]>();
  for (const it of multi) {
    // "Sudan" is not short for "South Sudan", nor "Saints" for a church's long name.
    if (it.tentative || (it.fold.tokens.length === 2 && QUALIFIED_PLACE.has(it.fold.tokens[0]!)) || it.fold.tokens.length > 4) continue;
    const last = it.fold.phonetic[it.fold.phonetic.length - 1]!;
    push(fullByLast, skeleton(last), it);
    const ini = initialsOf(it.name);
    if (ini.length >= 2) push(fullByInitials, ini, it);
  }
  const docItems = new Map<string, Item[]>();
  for (const it of live) push(docItems, it.doc, it);

  // Full names stay apart from each other in this step, so their clusters can be listed once per key:
  // a partial name then weighs clusters, not every article that uses the full name.
  const clustersByKey = new Map<string, Map<number, Cluster>>();
  const clustersFor = (key: string, list: Item[] | undefined): Map<number, Cluster> => {
    let m = clustersByKey.get(key);
    if (m) return m;
    m = new Map();
    for (const c of list ?? []) {
      const r = uf.find(c.idx);
      let cl = m.get(r);
      if (!cl) m.set(r, (cl = { root: r, items: [], docs: new Set() }));
      cl.items.push(c);
      cl.docs.add(c.doc);
    }
    clustersByKey.set(key, m);
    return m;
  };
  const context = new ContextIndex(docItems, uf);
  /** Per phonetic token, the clusters a single name fits, by its place and organisation cues (4 slots). */
  const fittingClusters = new Map<string, (Cluster[] | undefined)[]>();

  const unresolved: Item[] = [];
  for (const it of singles) {
    if (it.fold.canonical || isKnownPlace(it)) {
      unresolved.push(it);
      continue;
    }
    const tok = it.fold.phonetic[0]!;
    // A place named on its own is not short for an organisation named after it ("Verkhnegorsk Mining ...").
    const placeLike = it.votes.place > 0 && it.votes.place >= it.votes.person && it.votes.place >= it.votes.organization;
    const acronym = it.name.length >= 2 && it.name.length <= 12 && /^\p{Lu}{2,6}$/u.test(it.name) ? it.name.toLowerCase() : undefined;
    const skel = skeleton(tok);
    // The last word of an organisation's name is rarely its short form: "Bergbaugesellschaft Werchnegorsk",
    // "Compañía Minera de Verjnegorsk" end in a town. A lone word joins one only with cues of an organisation itself.
    const orgLike = it.votes.organization > 0;
    const fits = (c: Item) =>
      tokensAlike(c.fold.phonetic[c.fold.phonetic.length - 1]!, tok) &&
      !(placeLike && c.votes.organization > c.votes.place) &&
      !(!orgLike && c.votes.organization > c.votes.place + c.votes.person);
    let slots = fittingClusters.get(tok);
    if (!slots) fittingClusters.set(tok, (slots = [undefined, undefined, undefined, undefined]));
    const slot = (placeLike ? 2 : 0) + (orgLike ? 1 : 0);
    let fitting = slots[slot];
    if (!fitting) {
      fitting = [];
      for (const cl of clustersFor(`L${skel}`, fullByLast.get(skel)).values()) {
        const items = cl.items.filter(fits);
        if (items.length) fitting.push({ root: cl.root, items, docs: items.length === cl.items.length ? cl.docs : new Set(items.map((x) => x.doc)) });
      }
      slots[slot] = fitting;
    }
    const clusters = acronym ? [...fitting, ...clustersFor(`I${acronym}`, fullByInitials.get(acronym)).values()] : fitting;
    if (clusters.length === 0) {
      unresolved.push(it);
      continue;
    }
    const target = chooseCandidate(it, clusters, context);
    if (!target || !union(target, it)) unresolved.push(it);
  }

  // 6. Remaining single names: same key, then alike within a skeleton block; a truncated spelling
  //    ("Palyug") joins a longer name of the same document.
  const singleBlocks = new Map<string, Item[]>();
  for (const it of unresolved) push(singleBlocks, it.fold.canonical ? `=${it.fold.key}` : skeleton(it.fold.phonetic[0]!), it);
  for (const block of singleBlocks.values()) {
    const reps = distinctByKey(block);
    for (const r of reps) for (const it of block) if (it.fold.key === r.fold.key) union(r, it, !forbidden);
    for (let i = 0; i < reps.length; i++) {
      for (let j = i + 1; j < reps.length; j++) {
        const a = reps[i]!;
        const b = reps[j]!;
        if (singleNamesAlike(a, b)) union(a, b);
      }
    }
  }
  for (const it of unresolved) {
    if (it.fold.canonical || it.name.length < 5 || /(?:ov|ev|in|sky|ski)$/.test(it.fold.tokens[0]!)) continue;
    const tok = it.fold.tokens[0]!;
    if (confidentKeys.has(it.fold.key) && countDocs(byKey, it) > 1) continue;
    for (const other of docItems.get(it.doc) ?? []) {
      if (other === it) continue;
      const last = other.fold.tokens[other.fold.tokens.length - 1]!;
      if (last.length > tok.length && last.length - tok.length <= 2 && last.startsWith(tok)) {
        union(other, it);
        break;
      }
    }
  }

  // 7. Derived place adjectives ("Smolninskij" district = "Smolny"): only between places.
  const placeStems = new Map<string, Item[]>();
  for (const it of unresolved) {
    const at = uf.find(it.idx) * KINDS;
    const place = rootVotes[at + PLACE]!;
    if (place < Math.max(rootVotes[at + PERSON]!, rootVotes[at + 2]!) || place === 0) continue;
    const stem = placeStem(it.fold.phonetic[0]!);
    if (stem.length >= 4) push(placeStems, stem, it);
  }
  for (const list of placeStems.values()) for (let i = 1; i < list.length; i++) union(list[0]!, list[i]!);

  const { entities, byRoot: entityOfRoot } = buildEntities(inputs, live, uf, rootVotes);
  const assignment = inputs.map((inp) => new Int32Array(inp.mentions.length).fill(-1));
  const index = new Map<Entity, number>();
  entities.forEach((e, i) => index.set(e, i));
  for (const it of live) {
    const e = entityOfRoot.get(uf.find(it.idx));
    if (!e) continue;
    const ei = index.get(e)!;
    const row = assignment[it.input]!;
    for (const mi of it.mentionIdx) row[mi] = ei;
  }
  return { entities, assignment };
}

/**
 * Calls visit(i, j) for the pairs i < j of `reps` (full names, distinct keys) in the order of a double loop, leaving
 * out only pairs fullNamesAlike rejects outright: last tokens not alike (tokensAlike(last_i, last_j), asked once per
 * pair of distinct last tokens), or tokens before them opening with different letters that are not both vowels
 * (partAlike needs the same first letter or two vowels). A block of many names with one surname is then walked per
 * first letter instead of pair by pair.
 */
function forFullNameCandidates(reps: Item[], visit: (i: number, j: number) => void): void {
  if (reps.length < 2) return;
  const last = (it: Item) => it.fold.phonetic[it.fold.phonetic.length - 1]!;
  const letterClass = (it: Item) => {
    const c = it.fold.phonetic[it.fold.phonetic.length - 2]![0];
    return c === undefined ? '' : c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' ? 'V' : c;
  };
  // Members (ascending) of each (last token, letter class) group.
  const groups = new Map<string, Map<string, number[]>>();
  reps.forEach((it, i) => {
    let byClass = groups.get(last(it));
    if (!byClass) groups.set(last(it), (byClass = new Map()));
    const cls = letterClass(it);
    const list = byClass.get(cls);
    if (list) list.push(i);
    else byClass.set(cls, [i]);
  });
  const lastTokens = [...groups.keys()];
  const alikeLast = new Map<string, string[]>();
  for (let i = 0; i < reps.length; i++) {
    const li = last(reps[i]!);
    let alike = alikeLast.get(li);
    if (!alike) alikeLast.set(li, (alike = lastTokens.filter((t) => tokensAlike(li, t))));
    const cls = letterClass(reps[i]!);
    let candidates: number[] | undefined;
    for (const t of alike) {
      const list = groups.get(t)!.get(cls);
      if (!list) continue;
      candidates = candidates ? [...candidates, ...list] : list;
    }
    if (!candidates) continue;
    if (alike.length > 1) candidates = [...candidates].sort((a, b) => a - b);
    for (const j of candidates) if (j > i) visit(i, j);
  }
}

function singleNamesAlike(a: Item, b: Item): boolean {
  if (a.fold.canonical || b.fold.canonical) return a.fold.key === b.fold.key;
  return tokensAlike(a.fold.phonetic[0]!, b.fold.phonetic[0]!) && !genderedPair(a.fold.tokens[0]!, b.fold.tokens[0]!);
}

interface Cluster {
  root: number;
  items: Item[];
  docs: Set<string>;
  /** Per document: the cluster's first item in it and its mentions there (made on first use; items do not change). */
  inDoc?: Map<string, { first: Item; mentions: number }>;
}

function inDocOf(cl: Cluster): Map<string, { first: Item; mentions: number }> {
  if (cl.inDoc) return cl.inDoc;
  const m = new Map<string, { first: Item; mentions: number }>();
  for (const c of cl.items) {
    const e = m.get(c.doc);
    if (e) e.mentions += c.count;
    else m.set(c.doc, { first: c, mentions: c.count });
  }
  return (cl.inDoc = m);
}

/** Which clusters appear in which documents, for choosing between namesakes by shared context. */
class ContextIndex {
  private readonly around = new Map<number, Set<number>>();
  constructor(
    private readonly docItems: Map<string, Item[]>,
    private readonly uf: UnionFind,
  ) {}
  rootsIn(doc: string, except?: Item): Set<number> {
    const out = new Set<number>();
    for (const x of this.docItems.get(doc) ?? []) if (x !== except) out.add(this.uf.find(x.idx));
    return out;
  }
  /** Every cluster named in the documents of `cl` (computed once per cluster). */
  aroundCluster(cl: Cluster): Set<number> {
    let s = this.around.get(cl.root);
    if (!s) {
      s = new Set();
      for (const d of cl.docs) for (const r of this.rootsIn(d)) if (r !== cl.root) s.add(r);
      this.around.set(cl.root, s);
    }
    return s;
  }
}

function chooseCandidate(it: Item, clusters: Cluster[], context: ContextIndex): Item | undefined {
  // The document's own full name wins (the one it uses most).
  let local: Item | undefined;
  let localN = 0;
  for (const cl of clusters) {
    if (!cl.docs.has(it.doc)) continue;
    const here = inDocOf(cl).get(it.doc);
    const n = here?.mentions ?? 0;
    if (n > localN) [local, localN] = [here!.first, n];
  }
  if (local) return local;
  if (clusters.length === 1) return clusters[0]!.items[0];
  // Several people share the surname: pick the one whose documents share most other names with this one.
  const mine = context.rootsIn(it.doc, it);
  let best: Item | undefined;
  let bestScore = 0;
  let tie = false;
  for (const cl of clusters) {
    const around = context.aroundCluster(cl);
    let score = 0;
    for (const r of mine) if (around.has(r)) score++;
    if (score > bestScore) {
      best = cl.items[0];
      bestScore = score;
      tie = false;
    } else if (score === bestScore && bestScore > 0) tie = true;
  }
  if (best && !tie) return best;
  // No context decides: a name far more documents use is the likelier reading.
  const ranked = clusters.map((cl) => ({ item: cl.items[0]!, docs: cl.docs.size })).sort((a, b) => b.docs - a.docs);
  return ranked.length > 1 && ranked[0]!.docs >= 2 * ranked[1]!.docs && ranked[0]!.docs >= 3 ? ranked[0]!.item : undefined;
}

/** Votes per cluster are stored as KINDS numbers in this order. */
const KIND_ORDER: readonly EntityKind[] = ['person', 'place', 'organization', 'other'];
const KINDS = 4;
const PERSON = 0;
const PLACE = 1;
const OTHER = 3;

/** Clusters rooted at ra and rb may merge: their kinds do not clearly clash. */
function kindsCompatible(votes: Float64Array, ra: number, rb: number): boolean {
  const a = ra * KINDS;
  const b = rb * KINDS;
  const ka = topKindAt(votes, a);
  const kb = topKindAt(votes, b);
  const wa = ka === OTHER ? 0 : votes[a + ka]!;
  const wb = kb === OTHER ? 0 : votes[b + kb]!;
  // Only a clear clash counts: both sides strongly and dominantly typed (a preposition alone proves nothing).
  if (wa < 3 || wb < 3 || ka === kb) return true;
  if (votes[a + kb]! * 2 > wa || votes[b + ka]! * 2 > wb) return true;
  return !((ka === PERSON && kb === PLACE) || (ka === PLACE && kb === PERSON));
}

/** Index (in KIND_ORDER) of the kind with most votes at votes[at..]: person, place, organization, first on a tie; other when none has any. */
function topKindAt(votes: Float64Array, at: number): number {
  let kind = OTHER;
  let weight = 0;
  for (let k = 0; k < 3; k++) {
    if (votes[at + k]! > weight) {
      kind = k;
      weight = votes[at + k]!;
    }
  }
  return kind;
}

function isKnownPlace(it: Item): boolean {
  const key = it.fold.key; // tokens joined by single spaces
  return KNOWN_PLACES.has(key.includes(' ') ? key.replace(/\s+/g, '-') : key);
}

function countDocs(byKey: Map<string, Item[]>, it: Item): number {
  return new Set((byKey.get(it.fold.key) ?? []).map((x) => x.doc)).size;
}

function distinctByKey(list: Item[]): Item[] {
  const seen = new Map<string, Item>();
  for (const it of list) if (!seen.has(it.fold.key)) seen.set(it.fold.key, it);
  return [...seen.values()];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * "Different" decisions: roots that contain both sides of a pair are never merged. Each root keeps, per group it
 * touches, the index of the one name of that group it contains (-1 when it contains several): two roots conflict
 * when they touch a group and are not the same single name of it. Names are looked up once (no scan of every
 * item per name) and no set of partners is built per name (a group of n names costs n, not n²).
 */
function buildForbidden(decisions: Decisions | undefined, items: Item[]) {
  if (!decisions?.different.length) return undefined;
  const byName = new Map<string, number[]>();
  for (const it of items) push(byName, it.name.toLowerCase(), it.idx);
  const groupsOf = new Map<number, Map<number, number>>();
  const add = (groups: Map<number, number>, gi: number, ni: number) => {
    const had = groups.get(gi);
    groups.set(gi, had === undefined || had === ni ? ni : -1);
  };
  decisions.different.forEach((group, gi) => {
    group.forEach((n, ni) => {
      for (const idx of byName.get(n.toLowerCase()) ?? []) {
        let g = groupsOf.get(idx);
        if (!g) groupsOf.set(idx, (g = new Map()));
        add(g, gi, ni);
      }
    });
  });
  return {
    conflict(ra: number, rb: number): boolean {
      let ga = groupsOf.get(ra);
      let gb = groupsOf.get(rb);
      if (!ga || !gb) return false;
      if (ga.size > gb.size) [ga, gb] = [gb, ga];
      for (const [gi, na] of ga) {
        const nb = gb.get(gi);
        if (nb !== undefined && (na === -1 || nb === -1 || na !== nb)) return true;
      }
      return false;
    },
    merge(ra: number, rb: number): void {
      const gb = groupsOf.get(rb);
      if (!gb) return;
      let ga = groupsOf.get(ra);
      if (!ga) groupsOf.set(ra, (ga = new Map()));
      for (const [gi, nb] of gb) add(ga, gi, nb);
    },
  };
}

function buildEntities(
  inputs: readonly ClusterInput[],
  live: Item[],
  uf: UnionFind,
  rootVotes: Float64Array,
): { entities: Entity[]; byRoot: Map<number, Entity> } {
  const byRoot = new Map<number, Entity>();
  const groups = new Map<number, Item[]>();
  for (const it of live) push(groups, uf.find(it.idx), it);
  const entities: Entity[] = [];
  const usedIds = new Map<string, number>();
  for (const [root, group] of groups) {
    const variants = new Map<string, { text: string; documents: Set<string>; count: number }>();
    const mentions: Entity['mentions'] = [];
    const docs = new Set<string>();
    let canonical: string | undefined;
    for (const it of group) {
      docs.add(it.doc);
      if (it.fold.canonical) canonical = it.fold.canonical;
      let v = variants.get(it.name);
      if (!v) variants.set(it.name, (v = { text: it.name, documents: new Set(), count: 0 }));
      v.documents.add(it.doc);
      v.count += it.count;
      const inputMentions = inputs[it.input]!.mentions;
      for (const mi of it.mentionIdx) {
        const m = inputMentions[mi]!;
        mentions.push({ doc: m.doc, start: m.start, end: m.end, text: m.text });
      }
    }
    const list = [...variants.values()].sort((a, b) => b.documents.size - a.documents.size || b.count - a.count || a.text.localeCompare(b.text));
    const name = canonical ?? displayName(list);
    const kind = KIND_ORDER[topKindAt(rootVotes, root * KINDS)]!;
    let id = slug(name) || 'entity';
    const n = usedIds.get(id) ?? 0;
    usedIds.set(id, n + 1);
    if (n > 0) id = `${id}-${n + 1}`;
    mentions.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
    const entity: Entity = {
      id,
      kind,
      name,
      variants: list.map((v) => ({ text: v.text, documents: [...v.documents].sort(), count: v.count })),
      mentions,
      documents: [...docs].sort(),
    };
    entities.push(entity);
    byRoot.set(root, entity);
  }
  entities.sort((a, b) => b.documents.length - a.documents.length || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return { entities, byRoot };
}

/** The fullest name most sources use: prefer multi-word variants, then document count. */
function displayName(list: { text: string; documents: Set<string>; count: number }[]): string {
  let best = list[0]!;
  for (const v of list) {
    const words = v.text.split(' ').length;
    const bestWords = best.text.split(' ').length;
    if (words > bestWords && v.documents.size * 2 >= best.documents.size) best = v;
  }
  return best.text;
}

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
