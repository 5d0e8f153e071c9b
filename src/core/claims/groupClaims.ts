// Groups figures that report the same quantity about the same thing, and gives each group a verdict.
// Two figures may join when they share a unit and an event concept of their sentences ("signed a petition"),
// and, for plain counts of people, what they count ("officials" ~ "lokalpolitikere"). Increments ("four more")
// are never totals. Candidates are found through (unit, concept) keys, never by comparing all pairs.
import type { Claim, Figure, Verdict } from '../model';

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
const WEAK_EVENTS = new Set(['age', 'damage', 'cost']);

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
    for (const e of it.events) {
      if (WEAK_EVENTS.has(e)) continue;
      const key = `${it.figure.unit}|${e}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  // Candidate pairs, strongest evidence first; a merge that would put two figures of one article into one
  // claim without telling them apart by time ("19 in the morning, more than 40 by the evening") is refused.
  const pairs: [number, number, number][] = [];
  const seen = new Set<number>();
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > opts.maxBucket) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a]!;
        const j = list[b]!;
        const key = i * usable.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const score = quantityScore(usable[i]!, usable[j]!);
        if (score > 0) pairs.push([i, j, score]);
      }
    }
  }
  pairs.sort((p, q) => q[2] - p[2]);
  const members = usable.map((_, i) => [i]);
  for (const [i, j] of pairs) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj || !mergeable(members[ri]!, members[rj]!, usable)) continue;
    parent[rj] = ri;
    members[ri]!.push(...members[rj]!);
    members[rj] = [];
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
    if (g.length < 2) continue;
    if (new Set(g.map((x) => x.figure.doc)).size < 2) continue; // a claim is across sources
    g.sort((a, b) => (a.figure.doc < b.figure.doc ? -1 : a.figure.doc > b.figure.doc ? 1 : a.figure.start - b.figure.start));
    const figures = g.map((x) => x.figure);
    const verdict = verdictOf(figures, opts.tolerance);
    const about = describe(g);
    claims.push({
      id: `claim:${figures[0]!.id}`,
      verdict,
      figures: figures.map((f) => f.id),
      summary: `${about}: ${figures.map((f) => `${f.text.replace(/\s+/g, ' ')} (${f.doc})`).join(' vs ')}`,
      about,
      unit: figures[0]!.unit,
    });
  }
  const order: Record<Verdict, number> = { conflict: 0, spread: 1, corroborated: 2 };
  claims.sort((a, b) => order[a.verdict] - order[b.verdict] || b.figures.length - a.figures.length || a.id.localeCompare(b.id));
  return claims;
}

/** Two groups may merge unless one article would then report two values for the claim at the same time. */
function mergeable(a: number[], b: number[], items: readonly ClaimFigure[]): boolean {
  for (const i of a) {
    const x = items[i]!;
    for (const j of b) {
      const y = items[j]!;
      if (x.figure.doc !== y.figure.doc) continue;
      // One article gives one value per claim, unless it tells how the value changed over time, about the same people.
      if ((x.figure.time ?? '') === (y.figure.time ?? '')) return false;
      if (!countedFit(x, y)) return false;
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
function quantityScore(x: ClaimFigure, y: ClaimFigure): number {
  if (!sameQuantity(x, y)) return 0;
  let score = shared(x.events, y.events).length + 2 * shared(x.counted, y.counted).length + 0.5 * shared(x.entities, y.entities).length;
  if (x.figure.value === y.figure.value) score += 1.5;
  return score;
}

function sameQuantity(x: ClaimFigure, y: ClaimFigure): boolean {
  if (x.figure.unit !== y.figure.unit || !x.figure.unit) return false;
  if (x.figure.doc === y.figure.doc && x.figure.sentence !== y.figure.sentence && x.figure.sentence + 1 !== y.figure.sentence && y.figure.sentence + 1 !== x.figure.sentence) {
    return false; // within one article, only figures told together are one claim (a count that grew)
  }
  const events = shared(x.events, y.events).filter((e) => !WEAK_EVENTS.has(e));
  if (events.length === 0) return false;
  if (MEASURE_UNITS.test(x.figure.unit)) return true;
  // Counts: what is counted must agree too (a generic "signatories" or "people" fits any group of people),
  // or the sentences must name the same things.
  if (shared(x.counted, y.counted).length > 0) return true;
  if (x.counted.some((c) => GENERIC_COUNTED.has(c)) || y.counted.some((c) => GENERIC_COUNTED.has(c))) return true;
  if ((x.counted.length === 0 || y.counted.length === 0) && events.length >= 2) return true;
  return shared(x.entities, y.entities).length >= 2 && events.length >= 1 && (x.counted.length === 0 || y.counted.length === 0);
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
  const iv = figures.map((f) => verdictInterval(f, tolerance));
  let allEqual = true;
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const [alo, ahi] = iv[i]!;
      const [blo, bhi] = iv[j]!;
      if (ahi < blo || bhi < alo) return 'conflict';
      const a = figures[i]!;
      const b = figures[j]!;
      if (a.hedge !== b.hedge || !close(a.value, b.value, tolerance) || (a.hedge === 'range' && !close(a.high, b.high, tolerance))) allEqual = false;
    }
  }
  return allEqual ? 'corroborated' : 'spread';
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
function describe(group: readonly ClaimFigure[]): string {
  const counts = new Map<string, number>();
  for (const g of group) {
    const c = g.figure.counts.trim().toLowerCase();
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [c, k] of counts) if (k > n || (k === n && c.length < best.length)) [best, n] = [c, k];
  if (best) return best;
  const ev = group[0]!.events.find((e) => group.every((g) => g.events.includes(e)));
  return ev ?? group[0]!.figure.unit;
}
