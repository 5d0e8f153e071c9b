// Groups figures that report the same quantity into claims, and gives each claim a verdict. Figures are compared only
// within their slot (slotKey.ts: the same story, unit and property, and the same person for an age); inside a slot,
// pairs are scored (pairScore.ts) and joined strongest first, unless an article would then give two values for the
// claim at the same time (mergeRule.ts). claimOfGroup.ts makes the claim and its verdict (verdict.ts).
import type { Claim } from '../model';
import { defaultClaimOptions, type ClaimFigure, type ClaimOptions } from './claimFigure';
import { claimOfGroup } from './claimOfGroup';
import { compareClaims } from './claimOrder';
import { mergeable } from './mergeRule';
import { quantityScore } from './pairScore';
import { bucketKeys } from './slotKey';

export { defaultClaimOptions, type ClaimFigure, type ClaimOptions } from './claimFigure';
export { bucketKeys, slotKey } from './slotKey';
export { claimOfGroup } from './claimOfGroup';
export { compareClaims } from './claimOrder';
export { mergeable } from './mergeRule';
export { quantityScore } from './pairScore';
export { verdictOf } from './verdict';

/** Neighbours compared in a slot too large for every pair, sorted by value: enough to bridge refused merges. */
const WINDOW = 8;

export function groupClaims(items: readonly ClaimFigure[], options: Partial<ClaimOptions> = {}): Claim[] {
  const opts = { ...defaultClaimOptions, ...options };
  // One figure per slot, value and time per text: the same number repeated in one article (a headline and its
  // lead, a file that repeats an article) or in a copy of it is compared once, and follows that one into its claim.
  const slots = new Map<string, number[]>();
  const firstOf = new Map<string, number>();
  const repeatOf = new Int32Array(items.length).fill(-1);
  const keysOf: string[][] = items.map((it) => bucketKeys(it));
  items.forEach((it, i) => {
    const keys = keysOf[i]!;
    if (keys.length === 0) return;
    const f = it.figure;
    const same = `${keys.join('\u0001')}\u0000${it.source ?? f.doc}\u0000${f.value}\u0000${f.hedge}\u0000${f.high}\u0000${f.time ?? ''}`;
    const first = firstOf.get(same);
    if (first !== undefined) {
      repeatOf[i] = first;
      return;
    }
    firstOf.set(same, i);
    for (const key of keys) {
      const list = slots.get(key);
      if (list) list.push(i);
      else slots.set(key, [i]);
    }
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // Each group knows its figures by document, so a merge is checked against same-document figures only.
  const byDoc: Map<string, number[]>[] = items.map((it, i) => new Map([[it.figure.doc, [i]]]));
  for (const [key, list] of slots) {
    if (list.length < 2) continue;
    const windowed = list.length > opts.maxBucket;
    if (windowed) list.sort((i, j) => items[i]!.figure.value - items[j]!.figure.value || i - j);
    const pairs: [number, number, number][] = [];
    for (let a = 0; a < list.length; a++) {
      const last = windowed ? Math.min(list.length, a + 1 + WINDOW) : list.length;
      for (let b = a + 1; b < last; b++) {
        const i = Math.min(list[a]!, list[b]!);
        const j = Math.max(list[a]!, list[b]!);
        // A pair in two buckets is scored in its first shared one only.
        if (keysOf[i]!.length > 1 && keysOf[j]!.length > 1 && firstShared(keysOf[i]!, keysOf[j]!) !== key) continue;
        const score = quantityScore(items[i]!, items[j]!);
        if (score > 0) pairs.push([i, j, score]);
      }
    }
    pairs.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
    for (const [i, j] of pairs) {
      let ri = find(i);
      let rj = find(j);
      if (ri === rj) continue;
      if (byDoc[ri]!.size < byDoc[rj]!.size) [ri, rj] = [rj, ri];
      if (!mergeable(byDoc[ri]!, byDoc[rj]!, items)) continue;
      parent[rj] = ri;
      for (const [doc, l] of byDoc[rj]!) {
        const into = byDoc[ri]!.get(doc);
        if (into) into.push(...l);
        else byDoc[ri]!.set(doc, l);
      }
      byDoc[rj] = new Map();
    }
  }
  const groups = new Map<number, ClaimFigure[]>();
  items.forEach((it, i) => {
    if (keysOf[i]!.length === 0) return;
    const r = find(repeatOf[i]! >= 0 ? repeatOf[i]! : i);
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

function firstShared(a: readonly string[], b: readonly string[]): string | undefined {
  for (const x of a) if (b.includes(x)) return x;
  return undefined;
}
