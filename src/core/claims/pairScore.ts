// How strongly two figures of one slot look like the same quantity, and what keeps two apart: within one article,
// only figures told together ("19 on Monday morning, more than 40 by the evening") are one claim; what they count
// must fit ("officials" fits "signatories", not "soldiers").
import type { ClaimFigure } from './claimFigure';

/** Counted nouns that fit any kind of people: "19 signatories" may be the same 19 as "19 lokalpolitikere". */
export const GENERIC_COUNTED = new Set(['signature', 'people']);

/** How strongly two figures look like the same quantity (0 = not at all). */
export function quantityScore(x: ClaimFigure, y: ClaimFigure): number {
  if (!sameQuantity(x, y)) return 0;
  let score = 1 + shared(x.events, y.events).length + 2 * shared(x.counted, y.counted).length + 0.5 * shared(x.entities, y.entities).length;
  if (x.figure.value === y.figure.value) score += 1.5;
  return score;
}

function sameQuantity(x: ClaimFigure, y: ClaimFigure): boolean {
  const a = x.figure;
  const b = y.figure;
  if (a.doc === b.doc && Math.abs(a.sentence - b.sentence) > 1) return false;
  return countedFit(x, y);
}

/** What two figures count fits: the same concept, either unknown, or a generic one. */
export function countedFit(x: ClaimFigure, y: ClaimFigure): boolean {
  if (x.counted.length === 0 || y.counted.length === 0) return true;
  if (shared(x.counted, y.counted).length > 0) return true;
  return x.counted.some((c) => GENERIC_COUNTED.has(c)) || y.counted.some((c) => GENERIC_COUNTED.has(c));
}

export function shared(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((x) => b.includes(x));
}
