// Groups articles into stories: one real-world event or development, told by several sources. Each document is a
// weighted term vector (storyTerms.ts, tf-idf over the corpus). Candidate pairs come from an inverted index of each
// document's strongest terms (blocking keys), never from all pairs; then the two most alike stories merge, again and
// again, while their centroids are alike enough (centroid linkage). Articles in different languages share no words,
// so they are compared on what does not depend on the language: entities, figures, digits.
import { TERM_WEIGHT, TermKind, TermTable, documentTerms, lineCounts, type StoryInput } from './storyTerms';

export interface StoryOptions {
  /** Centroid cosine needed to merge two stories. */
  mergeThreshold: number;
  /** Weight of the language-independent similarity (entities, figures, digits) against the full one. */
  independentWeight: number;
  /** Strongest terms of a document used to find candidate pairs. */
  blockingTerms: number;
  /** A term in more documents than this is not used to find candidates (it still counts in the similarity). */
  maxPosting: number;
  /** Days apart beyond which two stories need more in common to merge. */
  dateSlackDays: number;
  /** 1: average linkage (mean cosine over every pair of documents); 0: centroid linkage. */
  average: number;
  /** Documents the idf imagines beside the corpus, so terms every article of a small folder shares still weigh. */
  pseudoDocs: number;
  /** 1: terms of one document only are left out of its vector (they match nothing). */
  dropUnique: number;
  /** Strongest terms kept per document vector (0: all). */
  keepTerms: number;
  /** Centroid cosine at which a story of one or two articles joins its most alike story after the merges (0: never). */
  attachThreshold: number;
  /** 1: idf ln(1 + (N - df + 0.5) / (df + 0.5)), so a term of nearly every document weighs nearly nothing; 0: ln(1 + N / df). */
  bm25Idf: number;
  /** 1: figures are terms of the full vector too (not only of the language-independent one). */
  figuresInFull: number;
  /** 1: long digit strings are terms of the full vector too. */
  digitsInFull: number;
  /**
   * A story of one or two articles also joins the story holding at least this share of its weight (its terms found
   * there, idf-weighted; same language), when no other story holds nearly as much (0: never). A short follow-up
   * is contained in its story even when its cosine with a long story is low.
   */
  attachCoverage: number;
}

export const defaultStoryOptions: StoryOptions = { mergeThreshold: 0.25, independentWeight: 0.8, blockingTerms: 16, maxPosting: 300, dateSlackDays: 7, average: 1, pseudoDocs: 0, dropUnique: 1, keepTerms: 60, attachThreshold: 0.25, bm25Idf: 1, figuresInFull: 0, digitsInFull: 0, attachCoverage: 0.55 };

/** Per document (in input order): the index of its story; stories numbered in order of their first document. */
export interface StoryAssignment {
  storyOf: Int32Array;
  count: number;
}

interface Vec {
  terms: Int32Array;
  weights: Float64Array;
}

interface DocVecs {
  full: Vec;
  independent: Vec;
}

/** `together`: per document, a document it must share a story with (a copy of it; itself for none). */
export function clusterStories(inputs: readonly StoryInput[], options: Partial<StoryOptions> = {}, together?: Int32Array): StoryAssignment {
  const opts = { ...defaultStoryOptions, ...options };
  const n = inputs.length;
  const table = new TermTable();
  const repeated = lineCounts(inputs);
  const tfs = inputs.map((d) => documentTerms(d, table, repeated));
  const df = new Int32Array(table.size);
  for (const tf of tfs) for (const t of tf.keys()) df[t]!++;
  const vecs = tfs.map((tf) => vectorsOf(tf, df, n, table.kinds, opts));
  const days = inputs.map((d) => dayNumber(d.date));

  const clusters = new Clusters(opts, inputs.map((d) => d.lang));
  for (let i = 0; i < n; i++) clusters.addSingleton(i, vecs[i]!, days[i]!);
  // Copies of one text are one story.
  if (together) for (let i = 0; i < n; i++) if (together[i] !== i && clusters.find(i) !== clusters.find(together[i]!)) clusters.merge(clusters.find(together[i]!), clusters.find(i));
  // Reader's stories: a front-matter `story:` wins, and such a story takes no other document.
  const named = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const name = inputs[i]!.explicitStory;
    if (!name) continue;
    const at = named.get(name);
    if (at === undefined) named.set(name, i);
    else clusters.merge(clusters.find(at), clusters.find(i));
    clusters.pin(clusters.find(i));
  }

  // Candidate pairs through blocking keys.
  const posting = new Map<number, number[]>();
  const keysOf = (v: DocVecs): number[] => {
    const keys: number[] = [];
    for (let k = 0; k < Math.min(opts.blockingTerms, v.full.terms.length); k++) keys.push(v.full.terms[k]!);
    for (let k = 0; k < Math.min(opts.blockingTerms >> 1, v.independent.terms.length); k++) keys.push(v.independent.terms[k]!);
    return keys;
  };
  vecs.forEach((v, i) => {
    for (const t of keysOf(v)) {
      const list = posting.get(t);
      if (list) list.push(i);
      else posting.set(t, [i]);
    }
  });
  const heap = new PairHeap();
  const consider = (i: number, j: number) => {
    const a = clusters.find(i);
    const b = clusters.find(j);
    if (a === b) return;
    clusters.link(a, b);
    const sim = clusters.similarity(a, b);
    if (sim >= opts.mergeThreshold) heap.push(sim, a, b, clusters.versionOf(a), clusters.versionOf(b));
  };
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    for (const t of keysOf(vecs[i]!)) {
      const list = posting.get(t)!;
      if (list.length > opts.maxPosting) {
        // A term too common to pair every document by (a big story's own words, or a word of every story) still
        // links each document with its next few in the list: a big story is found in linear time.
        const at = lowerBound(list, i);
        for (let k = at + 1; k < Math.min(list.length, at + 1 + COMMON_WINDOW); k++) {
          const j = list[k]!;
          if (!seen.has(j)) {
            seen.add(j);
            consider(i, j);
          }
        }
        continue;
      }
      for (const j of list) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        consider(i, j);
      }
    }
  }
  // Most alike first; a pair whose story changed since it was scored is scored again.
  for (let top = heap.pop(); top; top = heap.pop()) {
    const [, a, b, va, vb] = top;
    if (!clusters.alive(a) || !clusters.alive(b) || a === b) continue;
    if (clusters.versionOf(a) !== va || clusters.versionOf(b) !== vb) continue;
    if (clusters.pinned(a) || clusters.pinned(b)) continue;
    const into = clusters.merge(a, b);
    for (const c of clusters.neighbours(into)) {
      if (!clusters.alive(c) || c === into) continue;
      const sim = clusters.similarity(into, c);
      if (sim >= opts.mergeThreshold) heap.push(sim, into, c, clusters.versionOf(into), clusters.versionOf(c));
    }
  }

  // Stories of one or two articles left over: each joins the story it is most like, by centroid, when alike enough.
  if (opts.attachThreshold > 0) {
    for (let i = 0; i < n; i++) {
      const c = clusters.find(i);
      if (c !== i && clusters.find(i) === c && clusters.sizeOf(c) > 2) continue;
      if (clusters.sizeOf(c) > 2 || clusters.pinned(c)) continue;
      let best = -1;
      let bestSim = opts.attachThreshold;
      for (const d of clusters.neighbours(c)) {
        if (clusters.pinned(d) || clusters.sizeOf(d) <= clusters.sizeOf(c)) continue;
        const sim = clusters.centroidSimilarity(c, d);
        if (sim > bestSim) [best, bestSim] = [d, sim];
      }
      if (best < 0 && opts.attachCoverage > 0) {
        let second = 0;
        let bestCover = opts.attachCoverage;
        for (const d of clusters.neighbours(c)) {
          if (clusters.pinned(d) || clusters.sizeOf(d) <= clusters.sizeOf(c)) continue;
          const cover = clusters.coverage(c, d);
          if (cover > bestCover) [best, bestCover, second] = [d, cover, best >= 0 ? Math.max(second, bestCover) : second];
          else second = Math.max(second, cover);
        }
        if (best >= 0 && second > bestCover - COVERAGE_MARGIN) best = -1;
      }
      if (best >= 0) clusters.merge(best, c);
    }
  }
  const renumber = new Map<number, number>();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = clusters.find(i);
    let k = renumber.get(s);
    if (k === undefined) renumber.set(s, (k = renumber.size));
    out[i] = k;
  }
  return { storyOf: out, count: renumber.size };
}

/** Coverage by the best story must exceed the next best by this much. */
const COVERAGE_MARGIN = 0.15;

/** Documents after each one compared through a term too common for every pair. */
const COMMON_WINDOW = 4;

function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function vectorsOf(tf: Map<number, number>, df: Int32Array, n: number, kinds: readonly number[], opts: StoryOptions): DocVecs {
  const full: [number, number][] = [];
  const independent: [number, number][] = [];
  for (const [t, c] of tf) {
    if (opts.dropUnique && df[t] === 1) continue;
    const idf = opts.bm25Idf ? Math.log(1 + (n + opts.pseudoDocs - df[t]! + 0.5) / (df[t]! + 0.5)) : Math.log(1 + (n + opts.pseudoDocs) / df[t]!);
    const w = (1 + Math.log(c)) * idf * TERM_WEIGHT[kinds[t]!]!;
    if ((opts.figuresInFull || kinds[t] !== TermKind.Figure) && (opts.digitsInFull || kinds[t] !== TermKind.Digits)) full.push([t, w]);
    if (kinds[t] !== TermKind.Word) independent.push([t, w]);
  }
  return { full: unit(full, opts.keepTerms), independent: unit(independent, opts.keepTerms) };
}

/** A unit vector, strongest terms first (the blocking keys are the head of the list). */
function unit(pairs: [number, number][], keep = 0): Vec {
  pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (keep > 0 && pairs.length > keep) pairs.length = keep;
  let norm = 0;
  for (const [, w] of pairs) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  return { terms: Int32Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1] / norm) };
}

/** Days since 1970 of a `YYYY-MM-DD` date, NaN when unknown. */
export function dayNumber(date: string | undefined): number {
  if (!date) return NaN;
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(date);
  if (!m) return NaN;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : NaN;
}

/** A sum of unit vectors, with its squared norm. */
class Centroid {
  readonly w = new Map<number, number>();
  norm2 = 0;
  add(v: Vec): void {
    for (let k = 0; k < v.terms.length; k++) this.bump(v.terms[k]!, v.weights[k]!);
  }
  addAll(o: Centroid): void {
    for (const [t, x] of o.w) this.bump(t, x);
  }
  private bump(t: number, x: number): void {
    const old = this.w.get(t) ?? 0;
    const now = old + x;
    this.norm2 += now * now - old * old;
    this.w.set(t, now);
  }
  dot(o: Centroid): number {
    const [small, large] = this.w.size <= o.w.size ? [this, o] : [o, this];
    let dot = 0;
    for (const [t, x] of small.w) {
      const y = large.w.get(t);
      if (y !== undefined) dot += x * y;
    }
    return dot;
  }
  cosine(o: Centroid): number {
    const d = Math.sqrt(this.norm2 * o.norm2);
    return d > 0 ? this.dot(o) / d : 0;
  }
}

class Clusters {
  private readonly parent: Int32Array;
  private readonly full: (Centroid | undefined)[];
  private readonly independent: (Centroid | undefined)[];
  private readonly langs: (Set<string> | undefined)[];
  private readonly first: Float64Array;
  private readonly last: Float64Array;
  private readonly version: Int32Array;
  private readonly adj: (Set<number> | undefined)[];
  private readonly pins = new Set<number>();
  private readonly size: Int32Array;

  constructor(private readonly opts: StoryOptions, private readonly docLangs: readonly string[]) {
    const n = docLangs.length;
    this.parent = new Int32Array(n);
    this.full = new Array(n);
    this.independent = new Array(n);
    this.langs = new Array(n);
    this.first = new Float64Array(n);
    this.last = new Float64Array(n);
    this.version = new Int32Array(n);
    this.adj = new Array(n);
    this.size = new Int32Array(n).fill(1);
  }
  addSingleton(i: number, v: DocVecs, day: number): void {
    this.parent[i] = i;
    (this.full[i] = new Centroid()).add(v.full);
    (this.independent[i] = new Centroid()).add(v.independent);
    this.langs[i] = new Set([this.docLangs[i]!]);
    this.first[i] = day;
    this.last[i] = day;
    this.adj[i] = new Set();
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  alive(c: number): boolean {
    return this.parent[c] === c;
  }
  versionOf(c: number): number {
    return this.version[c]!;
  }
  pin(c: number): void {
    this.pins.add(c);
  }
  pinned(c: number): boolean {
    return this.pins.has(c);
  }
  link(a: number, b: number): void {
    this.adj[a]!.add(b);
    this.adj[b]!.add(a);
  }
  neighbours(c: number): number[] {
    const out: number[] = [];
    for (const x of this.adj[c]!) {
      const r = this.find(x);
      if (r !== c) out.push(r);
    }
    return [...new Set(out)];
  }
  sizeOf(c: number): number {
    return this.size[c]!;
  }
  centroidSimilarity(a: number, b: number): number {
    const sameLanguage = [...this.langs[a]!].some((l) => this.langs[b]!.has(l));
    let sim = this.opts.independentWeight * this.independent[a]!.cosine(this.independent[b]!);
    if (sameLanguage) sim = Math.max(sim, this.full[a]!.cosine(this.full[b]!));
    return sim * this.dateFactor(a, b);
  }
  /** The share of a's (full, squared) weight on terms b's documents also hold, times the date factor; 0 across languages. */
  coverage(a: number, b: number): number {
    if (![...this.langs[a]!].some((l) => this.langs[b]!.has(l))) return 0;
    const ca = this.full[a]!;
    const cb = this.full[b]!;
    let held = 0;
    for (const [t, x] of ca.w) if (cb.w.has(t)) held += x * x;
    return ca.norm2 > 0 ? (held / ca.norm2) * this.dateFactor(a, b) : 0;
  }
  similarity(a: number, b: number): number {
    const sameLanguage = [...this.langs[a]!].some((l) => this.langs[b]!.has(l));
    const avg = this.opts.average > 0;
    const pairs = this.size[a]! * this.size[b]!;
    const cos = (x: Centroid, y: Centroid) => (avg ? x.dot(y) / pairs : x.cosine(y));
    let sim = this.opts.independentWeight * cos(this.independent[a]!, this.independent[b]!);
    if (sameLanguage) sim = Math.max(sim, cos(this.full[a]!, this.full[b]!));
    return sim * this.dateFactor(a, b);
  }
  /** Stories far apart in time are less likely one story: a follow-up months later needs more in common. */
  private dateFactor(a: number, b: number): number {
    const fa = this.first[a]!;
    const fb = this.first[b]!;
    if (Number.isNaN(fa) || Number.isNaN(fb)) return 1;
    const gap = Math.max(0, fa - this.last[b]!, fb - this.last[a]!);
    if (gap <= this.opts.dateSlackDays) return 1;
    return Math.max(0.4, 1 - (gap - this.opts.dateSlackDays) / 60);
  }
  /** Merges b into a (or a into b, the larger survives); returns the survivor. */
  merge(a: number, b: number): number {
    if (this.full[a]!.w.size < this.full[b]!.w.size) [a, b] = [b, a];
    this.parent[b] = a;
    this.size[a]! += this.size[b]!;
    this.full[a]!.addAll(this.full[b]!);
    this.independent[a]!.addAll(this.independent[b]!);
    for (const l of this.langs[b]!) this.langs[a]!.add(l);
    if (!(this.first[a]! <= this.first[b]!)) this.first[a] = Number.isNaN(this.first[b]!) ? this.first[a]! : this.first[b]!;
    if (!(this.last[a]! >= this.last[b]!)) this.last[a] = Number.isNaN(this.last[b]!) ? this.last[a]! : this.last[b]!;
    for (const x of this.adj[b]!) this.adj[a]!.add(x);
    this.full[b] = this.independent[b] = undefined;
    this.adj[b] = undefined;
    this.langs[b] = undefined;
    if (this.pins.has(b)) this.pins.add(a);
    this.version[a]!++;
    this.version[b]!++;
    return a;
  }
}

/** A max-heap of scored pairs (ties: lower ids first, so the result does not depend on insertion order). */
class PairHeap {
  private readonly items: [number, number, number, number, number][] = [];
  push(sim: number, a: number, b: number, va: number, vb: number): void {
    const it: [number, number, number, number, number] = a < b ? [sim, a, b, va, vb] : [sim, b, a, vb, va];
    const h = this.items;
    h.push(it);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): [number, number, number, number, number] | undefined {
    const h = this.items;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}
function before(x: readonly number[], y: readonly number[]): boolean {
  return x[0]! > y[0]! || (x[0] === y[0] && (x[1]! < y[1]! || (x[1] === y[1] && x[2]! < y[2]!)));
}
