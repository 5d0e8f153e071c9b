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
import { slotKey } from './slotKey';


/** Neighbours compared in a slot too large for every pair, sorted by value: enough to bridge refused merges. */
const WINDOW = 8;

export function groupClaimsBySlot(items: readonly ClaimFigure[], options: Partial<ClaimOptions> = {}): Claim[] {
  const opts = { ...defaultClaimOptions, ...options };
  const slots = new Map<string, number[]>();
  items.forEach((it, i) => {
    const key = slotKey(it);
    if (key === undefined) return;
    const list = slots.get(key);
    if (list) list.push(i);
    else slots.set(key, [i]);
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
  for (const list of slots.values()) {
    if (list.length < 2) continue;
    const windowed = list.length > opts.maxBucket;
    if (windowed) list.sort((i, j) => items[i]!.figure.value - items[j]!.figure.value || i - j);
    const pairs: [number, number, number][] = [];
    for (let a = 0; a < list.length; a++) {
      const last = windowed ? Math.min(list.length, a + 1 + WINDOW) : list.length;
      for (let b = a + 1; b < last; b++) {
        const i = Math.min(list[a]!, list[b]!);
        const j = Math.max(list[a]!, list[b]!);
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
  for (const list of slots.values()) {
    for (const i of list) {
      const r = find(i);
      const g = groups.get(r);
      if (g) g.push(items[i]!);
      else groups.set(r, [items[i]!]);
    }
  }
  const claims: Claim[] = [];
  for (const g of groups.values()) {
    const claim = claimOfGroup(g, opts.tolerance);
    if (claim) claims.push(claim);
  }
  claims.sort(compareClaims);
  return claims;
}
