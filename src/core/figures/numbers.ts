// Numbers in digits: locale separators ("1,160", "50.000", "1 160,5" with (narrow) no-break spaces) and the scale
// word after them ("2 million", "1,5 Millionen", "5 mill.", "$5bn"). Number words: numberWords.ts; a whole string
// as one number: parseNumber.ts. Pure functions over (text, position).
import type { FigureLexicon as LangLexicon, NumKind } from '../languages';
import { isDigit, isLetterCode, isSpaceCode, wordEnd } from './chars';

export { isDigit, isLetterCode, isSpaceCode, lowerCode, wordEnd } from './chars';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Significant digits as written ("5,000" -> 1, "1,160" -> 3); 0 for number words. */
  sig: number;
  /** Written in words. */
  words: boolean;
  /** Digits written without separators or decimals (for telling years from quantities). */
  plainDigits: number;
  /** A grouping separator was used ("1,160", "50.000"). */
  grouped: boolean;
  decimal: boolean;
  /** A scale word or a scale-kind number word is part of it ("2 million", "tre tusen"). */
  scaled: boolean;
  /** "dozen": the count is approximate by nature. */
  dozen: boolean;
  /** The first number word (lower case) when written in words. */
  firstWord?: string;
  /** Kind of the last word (for continuing ranges and "four more"). */
  lastKind?: NumKind;
}


function isGroupOf3(text: string, q: number, limit: number): boolean {
  return (
    q + 3 <= limit &&
    isDigit(text.charCodeAt(q)) &&
    isDigit(text.charCodeAt(q + 1)) &&
    isDigit(text.charCodeAt(q + 2)) &&
    !(q + 3 < limit && isDigit(text.charCodeAt(q + 3)))
  );
}

function sigDigits(intPart: string, frac: string): number {
  let s = 0;
  let e = intPart.length;
  while (s < e && intPart.charCodeAt(s) === 48) s++;
  if (frac.length === 0) {
    while (e > s && intPart.charCodeAt(e - 1) === 48) e--;
    return e - s;
  }
  let fe = frac.length;
  while (fe > 0 && frac.charCodeAt(fe - 1) === 48) fe--;
  return e - s + fe;
}

/** Reads digits at `p` with the separators of `lx`'s locale. `limit` bounds the read. */
export function readDigits(text: string, p: number, limit: number, lx: LangLexicon): NumberToken | null {
  let i = p;
  while (i < limit && isDigit(text.charCodeAt(i))) i++;
  if (i === p) return null;
  const firstLen = i - p;
  // Identifiers, hashes, serial numbers: a run this long is not a quantity.
  if (firstLen > 24) return null;
  let intPart = text.slice(p, i);
  let end = i;
  let grouped = false;
  if (firstLen <= 3 && i < limit) {
    const sep = text.charCodeAt(i);
    if (lx.groupSeps.has(sep) && isGroupOf3(text, i + 1, limit)) {
      // A regular space groups only when the next group is followed by no further plain word glue.
      let j = i;
      while (j < limit && text.charCodeAt(j) === sep && isGroupOf3(text, j + 1, limit)) {
        intPart += text.slice(j + 1, j + 4);
        j += 4;
      }
      end = j;
      grouped = true;
    }
  }
  let frac = '';
  const dec = lx.decimalComma ? 44 : 46;
  if (end + 1 < limit && isDigit(text.charCodeAt(end + 1))) {
    const c = text.charCodeAt(end);
    const tolerantDot = lx.decimalComma && c === 46 && !grouped; // "1.5" in a decimal-comma text
    if (c === dec || tolerantDot) {
      let k = end + 1;
      while (k < limit && isDigit(text.charCodeAt(k))) k++;
      frac = text.slice(end + 1, k);
      end = k;
    }
  }
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  if (!Number.isFinite(value)) return null;
  return {
    start: p,
    end,
    value,
    sig: sigDigits(intPart, frac),
    words: false,
    plainDigits: grouped || frac ? 0 : firstLen,
    grouped,
    decimal: frac.length > 0,
    scaled: false,
    dozen: false,
  };
}


/** The word is a multiplier that an article can stand before ("thousand", "dozen", "hundred", "Million"). */
export function isScaleStart(lower: string, lx: LangLexicon): boolean {
  const w = lx.numWords.get(lower);
  return !!w && (w.k === 'k' || w.k === 'h' || w.k === 'z');
}

/**
 * A scale word after digits at `pos` ("2 million", "1,5 Millionen", "5 mill.", "$5bn"). Money-only
 * abbreviations (m, bn, k, b) need `money`. Returns the factor and the end (including an abbreviation's dot
 * when a word follows it).
 */
export function readScale(
  text: string,
  pos: number,
  limit: number,
  lx: LangLexicon,
  money: boolean,
): { factor: number; end: number } | null {
  let q = pos;
  let spaced = false;
  if (q < limit && isSpaceCode(text.charCodeAt(q))) {
    q++;
    spaced = true;
  }
  if (q >= limit || !isLetterCode(text.charCodeAt(q))) return null;
  let e = wordEnd(text, q, limit);
  if (e - q > 12) return null;
  const lower = text.slice(q, e).toLowerCase();
  let factor = lx.scales.get(lower);
  if (factor === undefined && money) {
    if (lower === 'm' || lower === 'mn' || lower === 'mln') factor = 1e6;
    else if (lower === 'bn' || lower === 'b' || lower === 'mrd' || lower === 'md') factor = 1e9;
    else if (lower === 'k' && !spaced) factor = 1e3;
    else if (lower === 'tn') factor = 1e12;
  }
  if (factor === undefined) return null;
  // "mill." / "Mio." / "Mrd.": take the dot when the text goes on in the same sentence ("5 mill. kroner").
  if (e + 2 < limit && text.charCodeAt(e) === 46 && text.charCodeAt(e + 1) === 32 && /[\p{Ll}€$£]/u.test(text[e + 2]!)) e++;
  return { factor, end: e };
}
