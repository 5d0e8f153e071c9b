// Groups figures that report the same quantity about the same thing, and gives each group a verdict.
// Two figures may join when they share a unit and an event concept of their sentences ("signed a petition"),
// and, for plain counts of people, what they count ("officials" ~ "lokalpolitikere"). Increments ("four more")
// are never totals. Candidates are found through (unit, concept) keys, never by comparing all pairs.
import type { Claim, Figure, Verdict } from '../model';
import { countedLabel, eventLabel } from './concepts';

export interface ClaimFigure {
  figure: Figure;
  /** Event concepts of the figure's sentence. */
  events: readonly string[];
  /** Concepts of what the figure counts. */
  counted: readonly string[];
  /** Entity ids mentioned in the figure's sentence. */
  entities: readonly string[];
  /** Publication date of the figure's document. */
  date?: string;
  /** Language of the figure's document: claim labels prefer English wording. */
  lang?: string;
  /** Entities named anywhere in the figure's document: two articles naming the same ones tell one story. */
  docEntities?: ReadonlySet<string>;
}

export interface ClaimOptions {
  /** Relative tolerance when comparing values: 0.02 means values within 2% agree. */
  tolerance: number;
  /** Buckets larger than this are too generic to group by (e.g. "people" + "say" across an archive). */
  maxBucket: number;
}

export const defaultClaimOptions: ClaimOptions = { tolerance: 0.02, maxBucket: 400 };

/** Units that measure something specific: sharing one event concept is enough. */
const MEASURE_UNITS = /^(?:km2?|m2?|kg|t|%|times|hours|days|weeks|months|years|[A-Z]{3})$/;
/** Counted nouns that fit any kind of people: "19 signatories" may be the same 19 as "19 lokalpolitikere". */
const GENERIC_COUNTED = new Set(['signature', 'people']);
/** Concepts too common to group figures by on their own. */
const WEAK_EVENTS = new Set(['age', 'damage', 'cost', 'reservoir']);

export function groupClaims(items: readonly ClaimFigure[], options: Partial<ClaimOptions> = {}): Claim[] {
  const opts = { ...defaultClaimOptions, ...options };
  const usable = items.filter((it) => it.figure.hedge !== 'additional' && Number.isFinite(it.figure.value));
  const parent = usable.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };

  const buckets = new Map<string, number[]>();
  usable.forEach((it, i) => {
    for (const key of bucketKeys(it)) pushTo(buckets, key, i);
  });
  // Candidate pairs, strongest evidence first; a merge that would put two figures of one article into one
  // claim without telling them apart by time ("19 in the morning, more than 40 by the evening") is refused.
  const pairs: [number, number, number][] = [];
  // A bucket too large to compare pairwise (an archive's "people|kill") is split by what the figures count; a part
  // still too large, by the entities named beside each figure (the same mayor, the same town: one story), and a
  // part still too large after that is compared along a window of its figures sorted by value, so figures of one
  // story (two entities in common: the mayor and the town) are linked through their neighbours in linear time.
  // Figures with no named entity in an oversized bucket are left to their other buckets: "people said" across an
  // archive is no claim.
  const lists: CandidateList[] = [];
  for (const [key, list] of buckets) {
    const event = key.slice(key.indexOf('|') + 1);
    if (list.length <= opts.maxBucket) {
      lists.push({ event, list });
      continue;
    }
    const byCounted = new Map<string, number[]>();
    for (const i of list) for (const c of countedKeys(usable[i]!)) pushTo(byCounted, c, i);
    for (const [counted, part] of byCounted) {
      if (part.length <= opts.maxBucket) {
        lists.push({ event, list: part, counted });
        continue;
      }
      const byEntity = new Map<string, number[]>();
      for (const i of part) for (const e of new Set(usable[i]!.entities)) pushTo(byEntity, e, i);
      for (const [entity, l] of byEntity) {
        if (l.length <= opts.maxBucket) lists.push({ event, list: l, counted, entity });
        else {
          l.sort((i, j) => usable[i]!.figure.value - usable[j]!.figure.value || i - j);
          lists.push({ event, list: l, window: OVERSIZE_WINDOW, counted, entity });
        }
      }
    }
  }
  // Each pair is scored once, with no set of pairs seen (one over a whole archive outgrows what a Set holds):
  // in the bucket of its first shared event (or of its value when it shares none), and within a split bucket in
  // the part of its first shared counted concept, then of its first shared entity.
  for (const { event, list, window, counted, entity } of lists) {
    if (list.length < 2) continue;
    for (let a = 0; a < list.length; a++) {
      const last = window === undefined ? list.length : Math.min(list.length, a + 1 + window);
      for (let b = a + 1; b < last; b++) {
        const i = Math.min(list[a]!, list[b]!);
        const j = Math.max(list[a]!, list[b]!);
        const x = usable[i]!;
        const y = usable[j]!;
        if (event.startsWith(SAME_VALUE) ? firstSharedEvent(x.events, y.events) !== undefined : firstSharedEvent(x.events, y.events) !== event) continue;
        if (counted !== undefined && firstShared(countedKeys(x), countedKeys(y)) !== counted) continue;
        if (entity !== undefined && firstShared(x.entities, y.entities) !== entity) continue;
        // Neighbours by value in a part still too large (a country every story names) must share more than it.
        if (window !== undefined && new Set(shared(x.entities, y.entities)).size < 2) continue;
        const score = quantityScore(usable[i]!, usable[j]!);
        if (score > 0) pairs.push([i, j, score]);
      }
    }
  }
  pairs.sort((p, q) => q[2] - p[2]);
  // Each group knows its figures by document, so a merge is checked against same-document figures only.
  const byDoc: Map<string, number[]>[] = usable.map((it, i) => new Map([[it.figure.doc, [i]]]));
  for (const [i, j] of pairs) {
    let ri = find(i);
    let rj = find(j);
    if (ri === rj) continue;
    if (byDoc[ri]!.size < byDoc[rj]!.size) [ri, rj] = [rj, ri];
    if (!mergeable(byDoc[ri]!, byDoc[rj]!, usable)) continue;
    parent[rj] = ri;
    for (const [doc, list] of byDoc[rj]!) {
      const into = byDoc[ri]!.get(doc);
      if (into) into.push(...list);
      else byDoc[ri]!.set(doc, list);
    }
    byDoc[rj] = new Map();
  }

  const groups = new Map<number, ClaimFigure[]>();
  usable.forEach((it, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(it);
    else groups.set(r, [it]);
  });
  const claims: Claim[] = [];
  for (const g of groups.values()) {
    const claim = claimOfGroup(g, opts.tolerance);
    if (claim) claims.push(claim);
  }
  claims.sort(compareClaims);
  return claims;
}

/**
 * The keys of the buckets a figure is compared in: its unit with each event concept of its sentence, and its unit
 * with its value (the same value in the same unit is a candidate corroboration even where no event word is known).
 */
export function bucketKeys(it: ClaimFigure): string[] {
  const keys: string[] = [];
  for (const e of it.events) if (!WEAK_EVENTS.has(e)) keys.push(`${it.figure.unit}|${e}`);
  keys.push(`${it.figure.unit}|${SAME_VALUE}${valueKey(it.figure.value)}`);
  return keys;
}

/** The claim a group of figures makes (sorted here by document and offset), or undefined unless two sources give it. */
export function claimOfGroup(g: ClaimFigure[], tolerance: number): Claim | undefined {
  if (g.length < 2) return undefined;
  if (new Set(g.map((x) => x.figure.doc)).size < 2) return undefined; // a claim is across sources
  g.sort((a, b) => (a.figure.doc < b.figure.doc ? -1 : a.figure.doc > b.figure.doc ? 1 : a.figure.start - b.figure.start));
  const figures = g.map((x) => x.figure);
  const about = describe(g);
  return {
    id: `claim:${figures[0]!.id}`,
    verdict: verdictOf(figures, tolerance),
    figures: figures.map((f) => f.id),
    summary: `${about}: ${figures.map((f) => `${f.text.replace(/\s+/g, ' ')} (${f.doc})`).join(' vs ')}`,
    about,
    unit: figures[0]!.unit,
  };
}

const VERDICT_ORDER: Record<Verdict, number> = { conflict: 0, spread: 1, corroborated: 2 };

/**
 * The order of claims: conflicts first, larger groups first, then by where their first figure is (document, then
 * offset as a number). Numbers, not id strings ("#243" sorts after "#2146" as text): an edit that moves offsets
 * but keeps the figures then keeps the order, so an incremental snapshot equals a rebuild.
 */
export function compareClaims(a: Claim, b: Claim): number {
  if (a.verdict !== b.verdict) return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict];
  if (a.figures.length !== b.figures.length) return b.figures.length - a.figures.length;
  const fa = a.figures[0]!;
  const fb = b.figures[0]!;
  const da = fa.slice(0, fa.lastIndexOf('#'));
  const db = fb.slice(0, fb.lastIndexOf('#'));
  if (da !== db) return da < db ? -1 : 1;
  return Number(fa.slice(fa.lastIndexOf('#') + 1)) - Number(fb.slice(fb.lastIndexOf('#') + 1));
}

/** Two groups may merge unless one article would then report two values for the claim at the same time. */
export function mergeable(a: ReadonlyMap<string, readonly number[]>, b: ReadonlyMap<string, readonly number[]>, items: readonly ClaimFigure[]): boolean {
  for (const [doc, bs] of b) {
    const as = a.get(doc);
    if (!as) continue;
    for (const i of as) for (const j of bs) {
      const x = items[i]!;
      const y = items[j]!;
      // One article gives one value per claim, unless it tells how the value changed over time, about the same people.
      if (!x.figure.time || !y.figure.time || x.figure.time === y.figure.time) return false;
      if (!countedFit(x, y)) return false;
      // Told apart in the text (not side by side), they must be about the same event.
      if (Math.abs(x.figure.sentence - y.figure.sentence) > 1) {
        const specific = shared(x.counted, y.counted).some((c) => !GENERIC_COUNTED.has(c));
        if (!specific && shared(x.events, y.events).length < 2) return false;
      }
    }
  }
  return true;
}

function countedFit(x: ClaimFigure, y: ClaimFigure): boolean {
  if (x.counted.length === 0 || y.counted.length === 0) return true;
  if (shared(x.counted, y.counted).length > 0) return true;
  return x.counted.some((c) => GENERIC_COUNTED.has(c)) || y.counted.some((c) => GENERIC_COUNTED.has(c));
}

/** How strongly two figures look like the same quantity (0 = not at all). */
export function quantityScore(x: ClaimFigure, y: ClaimFigure): number {
  if (!sameQuantity(x, y)) return sameValueSameStory(x, y) ? 1 : 0;
  let score = shared(x.events, y.events).length + 2 * shared(x.counted, y.counted).length + 0.5 * shared(x.entities, y.entities).length;
  if (x.figure.value === y.figure.value) score += 1.5;
  return score;
}

const SAME_VALUE = '=';

/** Figures of one bucket to compare: every pair, or (oversized buckets) each with its next `window` figures. */
interface CandidateList {
  event: string;
  list: number[];
  window?: number;
  /** Parts of an oversized bucket: the counted concept ('' for none) and the entity the part was split by. */
  counted?: string;
  entity?: string;
}

const NO_COUNTED = [''];
function countedKeys(x: ClaimFigure): readonly string[] {
  return x.counted.length ? x.counted : NO_COUNTED;
}

function firstShared(a: readonly string[], b: readonly string[]): string | undefined {
  for (const e of a) if (b.includes(e)) return e;
  return undefined;
}
/** Neighbours compared in an oversized bucket sorted by value: enough to bridge refused merges (same article). */
const OVERSIZE_WINDOW = 8;

// Memos for what pairs ask again and again (a value's key, a counted phrase's words): bounded, pure.
const VALUE_KEYS = new Map<number, string>();
const COUNT_STEMS = new Map<string, string[]>();

function valueKey(v: number): string {
  let k = VALUE_KEYS.get(v);
  if (k === undefined) {
    if (VALUE_KEYS.size > 50_000) VALUE_KEYS.clear();
    k = v === 0 ? '0' : v.toPrecision(3);
    VALUE_KEYS.set(v, k);
  }
  return k;
}

/**
 * Two articles of one story (they name at least three of the same entities) give the same value in the same unit
 * for the same kind of thing: a corroboration, even when no event word says what happened.
 */
function sameValueSameStory(x: ClaimFigure, y: ClaimFigure): boolean {
  const a = x.figure;
  const b = y.figure;
  if (a.doc === b.doc || a.unit !== b.unit || !a.unit || a.hedge !== b.hedge || valueKey(a.value) !== valueKey(b.value)) return false;
  if (a.hedge === 'range' && valueKey(a.high) !== valueKey(b.high)) return false;
  if (!x.docEntities || !y.docEntities) return false;
  // The cheap tests first: counts of people and ages need the same kind of people, or the same person named
  // beside them; other units, counted nouns that fit.
  if (a.unit === 'people' || a.unit === 'years') {
    const specific = shared(x.counted, y.counted).some((c) => !GENERIC_COUNTED.has(c));
    if (!specific && shared(x.entities, y.entities).length === 0) return false;
  } else if (!countedFit(x, y)) return false;
  let common = 0;
  const [small, large] = x.docEntities.size <= y.docEntities.size ? [x.docEntities, y.docEntities] : [y.docEntities, x.docEntities];
  for (const e of small) if (large.has(e) && ++common >= 3) return true;
  return false;
}

function sameQuantity(x: ClaimFigure, y: ClaimFigure): boolean {
  if (x.figure.unit !== y.figure.unit || !x.figure.unit) return false;
  if (x.figure.doc === y.figure.doc && x.figure.sentence !== y.figure.sentence && x.figure.sentence + 1 !== y.figure.sentence && y.figure.sentence + 1 !== x.figure.sentence) {
    return false; // within one article, only figures told together are one claim (a count that grew)
  }
  const events = shared(x.events, y.events).filter((e) => !WEAK_EVENTS.has(e));
  if (events.length === 0) return false;
  if (MEASURE_UNITS.test(x.figure.unit)) return true;
  // A count of something we have no concept for ("rescuers") is the same quantity only as a count that names it too.
  if (unknownCounted(x) || unknownCounted(y)) {
    if (x.figure.counts.trim() && y.figure.counts.trim() && !countsShareWord(x.figure.counts, y.figure.counts)) return false;
  }
  // Counts: what is counted must agree too (a generic "signatories" or "people" fits any group of people),
  // or the sentences must name the same things.
  if (shared(x.counted, y.counted).length > 0) return true;
  if (x.counted.some((c) => GENERIC_COUNTED.has(c)) || y.counted.some((c) => GENERIC_COUNTED.has(c))) return true;
  if ((x.counted.length === 0 || y.counted.length === 0) && events.length >= 2) return true;
  return shared(x.entities, y.entities).length >= 2 && events.length >= 1 && (x.counted.length === 0 || y.counted.length === 0);
}

/** The figure names what it counts, in words none of our concepts knows. */
function unknownCounted(x: ClaimFigure): boolean {
  return x.counted.length === 0 && /\p{L}{3}/u.test(x.figure.counts);
}

/** Two counted phrases share a word (by its first five letters: "rescuers" ~ "rescue workers"). */
function countsShareWord(a: string, b: string): boolean {
  const sa = countStems(a);
  return countStems(b).some((w) => sa.includes(w));
}

function countStems(t: string): string[] {
  let stems = COUNT_STEMS.get(t);
  if (!stems) {
    if (COUNT_STEMS.size > 50_000) COUNT_STEMS.clear();
    stems = (t.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.slice(0, 5));
    COUNT_STEMS.set(t, stems);
  }
  return stems;
}

function firstSharedEvent(a: readonly string[], b: readonly string[]): string | undefined {
  for (const e of a) if (!WEAK_EVENTS.has(e) && b.includes(e)) return e;
  return undefined;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((x) => b.includes(x));
}

/**
 * conflict: two figures' intervals are disjoint (beyond the tolerance); corroborated: every value agrees;
 * spread: values differ but every pair of intervals overlaps. "More than X" is open upwards and "up to X"
 * downwards for this purpose: they bound a value, they do not estimate it.
 */
export function verdictOf(figures: readonly Figure[], tolerance: number): Verdict {
  // Intervals on a line overlap pairwise exactly when the largest low end is not above the smallest high end.
  let maxLow = -Infinity;
  let minHigh = Infinity;
  for (const f of figures) {
    const [lo, hi] = verdictInterval(f, tolerance);
    if (lo > maxLow) maxLow = lo;
    if (hi < minHigh) minHigh = hi;
  }
  if (maxLow > minHigh) return 'conflict';
  const first = figures[0]!;
  const agree = figures.every(
    (f) => f.hedge === first.hedge && close(f.value, first.value, tolerance) && (f.hedge !== 'range' || close(f.high, first.high, tolerance)),
  );
  return agree ? 'corroborated' : 'spread';
}

function verdictInterval(f: Figure, tolerance: number): [number, number] {
  let lo = f.low;
  let hi = f.high;
  if (f.hedge === 'more_than' || f.hedge === 'at_least') hi = Infinity;
  if (f.hedge === 'at_most') lo = 0;
  if (f.hedge === 'vague') hi = Infinity;
  return [lo * (1 - tolerance), hi * (1 + tolerance)];
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** A short name for what the group counts: the most common counted phrase, else the shared event. */
/**
 * What a claim is about, in English where the group allows: the counted noun of its English figures ("signatories"),
 * else the concepts every figure shares ("people evacuated", "workers trapped"), else the most frequent counted
 * noun in any language, else the unit.
 */
function describe(group: readonly ClaimFigure[]): string {
  const english = mostFrequentCounts(group.filter((g) => g.lang === 'en'));
  if (english) return english;
  const counted = group[0]!.counted.find((c) => group.every((g) => g.counted.includes(c)));
  const event = group[0]!.events.find((e) => !WEAK_EVENTS.has(e) && group.every((g) => g.events.includes(e)));
  const words = [counted && countedLabel(counted), event && eventLabel(event)].filter(Boolean);
  if (words.length) return words.join(' ');
  // Counted words in other languages are often verbs the extractor took ("débloqué", "kam"): the unit says more.
  return unitLabel(group[0]!.figure.unit) || mostFrequentCounts(group) || group[0]!.figure.unit;
}

function unitLabel(unit: string): string {
  if (/^(?:km|m|mi|ft|cm)$/.test(unit)) return 'distance';
  if (/^(?:km2|m2|mi2|ha)$/.test(unit)) return 'area';
  if (/^[A-Z]{3}$/.test(unit)) return `amount in ${unit}`;
  if (unit === '%') return 'percentage';
  if (/^(?:hours|days|weeks|months)$/.test(unit)) return 'duration';
  if (unit === 'times') return 'ratio';
  return '';
}

function mostFrequentCounts(group: readonly ClaimFigure[]): string {
  const counts = new Map<string, number>();
  for (const g of group) {
    const c = g.figure.counts.trim().toLowerCase();
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [c, k] of counts) if (k > n || (k === n && c.length < best.length)) [best, n] = [c, k];
  return best;
}
