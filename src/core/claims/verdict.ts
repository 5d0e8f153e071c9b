// The verdict of a claim. conflict: two figures' intervals are disjoint (beyond the tolerance); corroborated: every
// value agrees; spread: values differ but every pair of intervals overlaps. "More than X" is open upwards and
// "up to X" downwards for this purpose: they bound a value, they do not estimate it.
import type { Figure, Verdict } from '../model';

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
  return figures.every((f) => agrees(f, figures[0]!, tolerance)) ? 'corroborated' : 'spread';
}

/**
 * Two figures say the same: the same value, and hedges that estimate it rather than bound it away ("about 11 km"
 * and "11 km", "at least two" and "two"); a range only as the same range; "more than 40" only as "more than 40".
 */
function agrees(f: Figure, g: Figure, tolerance: number): boolean {
  // A value converted from another unit ("seven miles" = 11.3 km) is as precise as it was written, not more.
  const t = f.unitAsWritten || g.unitAsWritten ? Math.max(tolerance, CONVERTED_TOLERANCE) : tolerance;
  if (!close(f.value, g.value, t)) return false;
  if (f.hedge === g.hedge) return f.hedge !== 'range' || close(f.high, g.high, tolerance);
  return ESTIMATES.has(f.hedge) && ESTIMATES.has(g.hedge);
}
const ESTIMATES = new Set(['exact', 'about', 'at_least']);
const CONVERTED_TOLERANCE = 0.05;

function verdictInterval(f: Figure, tolerance: number): [number, number] {
  let lo = f.low;
  let hi = f.high;
  if (f.hedge === 'more_than' || f.hedge === 'at_least') hi = Infinity;
  if (f.hedge === 'at_most') lo = 0;
  if (f.hedge === 'vague') hi = Infinity;
  return [lo * (1 - tolerance), hi * (1 + tolerance)];
}

export function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}
