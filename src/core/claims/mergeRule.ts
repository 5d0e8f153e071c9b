// When two groups of figures may become one claim: unless one article would then report two values for it at the
// same time (a part and the whole, two groups of people), or two values that it does not tell apart in time.
import type { ClaimFigure } from './claimFigure';
import { countedFit, GENERIC_COUNTED, shared } from './pairScore';

export function mergeable(a: ReadonlyMap<string, readonly number[]>, b: ReadonlyMap<string, readonly number[]>, items: readonly ClaimFigure[]): boolean {
  for (const [doc, bs] of b) {
    const as = a.get(doc);
    if (!as) continue;
    for (const i of as) for (const j of bs) {
      const x = items[i]!;
      const y = items[j]!;
      // The same figure repeated (a headline and its lead): one value, one claim.
      if (x.figure.value === y.figure.value && x.figure.hedge === y.figure.hedge) continue;
      // Otherwise one article gives one value per claim, unless it tells how the value changed over time.
      if (!x.figure.time || !y.figure.time || x.figure.time === y.figure.time) return false;
      if (!countedFit(x, y)) return false;
      if (Math.abs(x.figure.sentence - y.figure.sentence) > 1) {
        const specific = shared(x.counted, y.counted).some((c) => !GENERIC_COUNTED.has(c));
        if (!specific && shared(x.events, y.events).length < 2) return false;
      }
    }
  }
  return true;
}
