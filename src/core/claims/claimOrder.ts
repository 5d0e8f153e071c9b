// The order of claims: conflicts first, larger groups first, then by where their first figure is (document, then
// offset as a number). Numbers, not id strings ("#243" sorts after "#2146" as text): an edit that moves offsets but
// keeps the figures then keeps the order, so an incremental snapshot equals a rebuild.
import type { Claim, Verdict } from '../model';

const VERDICT_ORDER: Record<Verdict, number> = { conflict: 0, spread: 1, corroborated: 2 };

export function compareClaims(a: Claim, b: Claim): number {
  if (a.verdict !== b.verdict) return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict];
  if (a.figures.length !== b.figures.length) return b.figures.length - a.figures.length;
  const fa = a.id.slice(6);
  const fb = b.id.slice(6);
  const da = fa.slice(0, fa.lastIndexOf('#'));
  const db = fb.slice(0, fb.lastIndexOf('#'));
  if (da !== db) return da < db ? -1 : 1;
  return Number(fa.slice(fa.lastIndexOf('#') + 1)) - Number(fb.slice(fb.lastIndexOf('#') + 1));
}
