// Helpers for writing word lists in the language files: white-space separated words, "word:value" pairs.
import type { HedgeCode, NumKind, NumWord } from './facts';

export const split = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);
export const set = (s: string): Set<string> => new Set(split(s));

/** "two:2 three:3" into a map of number words of one kind. */
export function numMap(kind: NumKind, s: string, into: Map<string, NumWord>): void {
  for (const pair of split(s)) {
    const i = pair.lastIndexOf(':');
    into.set(pair.slice(0, i), { v: Number(pair.slice(i + 1)), k: kind });
  }
}

/** "tens:10 hundreds:100" -> Map (an underscore stands for a space). */
export function pairs(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const pair of split(s)) {
    const i = pair.lastIndexOf(':');
    m.set(pair.slice(0, i).replace(/_/g, ' '), Number(pair.slice(i + 1)));
  }
  return m;
}

/** "about:about, more than:over" -> Map (comma-separated, phrases may contain spaces). */
export function hedgeMap(s: string): Map<string, HedgeCode> {
  const m = new Map<string, HedgeCode>();
  for (const pair of s.split(',')) {
    const t = pair.trim();
    if (!t) continue;
    const i = t.lastIndexOf(':');
    m.set(t.slice(0, i).trim(), t.slice(i + 1).trim() as HedgeCode);
  }
  return m;
}

/** Words with an English gloss, "stem:gloss" (a word without a gloss is its own). */
export function glossMap(s: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const pair of split(s)) {
    const i = pair.indexOf(':');
    if (i < 0) m.set(pair.replace(/_/g, ' '), pair.replace(/_/g, ' '));
    else m.set(pair.slice(0, i).replace(/_/g, ' '), pair.slice(i + 1).replace(/_/g, ' '));
  }
  return m;
}

/** Thousands separators that are spaces: no-break, narrow no-break, thin. */
export const NBSP = 0xa0;
export const NNBSP = 0x202f;
export const THIN = 0x2009;
