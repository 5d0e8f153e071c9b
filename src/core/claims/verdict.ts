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

export function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}
