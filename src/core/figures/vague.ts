// Vague and approximate counts written as words: "thousands of", "tens of thousands of", "tusenvis av", "Dutzende",
// "des milliers de", "miles de" (value = low = 2·base, high = 10·base: hedges.ts), and approximate nouns with an
// article: "une trentaine", "un centenar" (hedge about). The words are listed per language (vague, approx).
import type { Cursor } from './cursor';
import { fakeToken, type Core } from './figure';

/** A vague word at [p, we): its core, null when it is no figure here, undefined when it is no vague word. */
export function vagueAt(x: Cursor, p: number, we: number, lower: string, se: number): Core | null | undefined {
  const t = x.text;
  const lx = x.lx;
  const vague = lx.vague.get(lower);
  if (vague === undefined) return undefined;
  let base = vague;
  let end = we;
  const toks = x.wordsAfter(we, se, 3);
  if (toks.length >= 2 && lx.of.has(toks[0]!.lower) && lx.vague.has(toks[1]!.lower) && lx.vagueMultipliers.has(lower)) {
    base = vague * lx.vague.get(toks[1]!.lower)!;
    end = toks[1]!.e;
  }
  const after = x.wordsAfter(end, se, 1);
  const hasOf = after.length > 0 && (lx.of.has(after[0]!.lower) || after[0]!.lower === "d'" || after[0]!.lower === 'd’');
  const ofApos = lx.ofElision !== null && lx.ofElision.test(t.slice(end, end + 4));
  // "millions" standalone in English, French or Spanish: no vague figure.
  if (lx.vagueNeedsOf && !hasOf && !ofApos) return null;
  // "tens" alone.
  if (base === vague && lx.vagueOnlyAsMultiplier.has(lower)) return null;
  return { tok: fakeToken(p, end, base), numStart: p, value: base, scaled: false, end, approx: false, vagueBase: base };
}

/** "une trentaine", "un centenar", "a dozen": an approximate count (its article joins the span). */
export function approxAt(x: Cursor, p: number, we: number, lower: string, ss: number): Core | undefined {
  const lx = x.lx;
  const approx = lx.approx.get(lower);
  if (approx === undefined) return undefined;
  let numStart = p;
  const pw = x.prevWord(p, ss, false);
  if (pw && lx.articles.has(pw.lower)) numStart = pw.s;
  return { tok: fakeToken(p, we, approx), numStart, value: approx, scaled: false, end: we, approx: true, vagueBase: 0 };
}
