// Number parsing: digits with locale separators ("1,160", "50.000", "1 160,5" with (narrow) no-break spaces) and
// number words with their compounds ("twenty-five", "a thousand", "femogtjue", "zweihundertfünfzig", "quatre-vingt-dix",
// "treinta y cinco"). Pure functions over (text, position): no allocation per character.
import { figureLexicon as lexicon, type FigureLexicon as LangLexicon, type NumKind, type NumWord } from '../languages';

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

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// Per-code-unit tables, filled lazily: letters and combining marks; simple lower-case mapping.
const LETTER_RE = /[\p{L}\p{M}]/u;
let letterTab: Uint8Array | null = null;
let lowerTab: Uint16Array | null = null;

/** Letters and combining marks (a lone surrogate is not a letter). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (letterTab === null) letterTab = new Uint8Array(65536);
  let v = letterTab[c]!;
  if (v === 0) {
    v = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    letterTab[c] = v;
  }
  return v === 1;
}

/** Lower-case of one UTF-16 code unit (itself when the mapping is not one unit). */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (lowerTab === null) lowerTab = new Uint16Array(65536);
  let v = lowerTab[c]!;
  if (v === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    v = s.length === 1 ? s.charCodeAt(0) : c;
    lowerTab[c] = v;
  }
  return v;
}

export const isSpaceCode = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 9;

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

// ------------------------------------------------------------------------------------------ number words

/** End of the letters run starting at `p` (p when none), bounded by `limit`. */
export function wordEnd(text: string, p: number, limit: number): number {
  let i = p;
  const n = Math.min(limit, text.length);
  while (i < n && isLetterCode(text.charCodeAt(i))) i++;
  return i;
}

const decompCache = new Map<string, Map<string, NumWord[] | null>>();
const morphemeLists = new Map<string, string[]>();

function morphemes(lx: LangLexicon): string[] {
  let list = morphemeLists.get(lx.code);
  if (!list) {
    list = [...lx.numWords.keys()].filter((k) => !k.includes('-')).sort((a, b) => b.length - a.length);
    morphemeLists.set(lx.code, list);
  }
  return list;
}

/** A number word or closed compound -> its parts; null when it is not a number. */
export function resolveNumberWord(lower: string, lx: LangLexicon): NumWord[] | null {
  const direct = lx.numWords.get(lower);
  if (direct) return [direct];
  if (!lx.compounds || lower.length < 5 || lower.length > 60) return null;
  let cache = decompCache.get(lx.code);
  if (!cache) {
    cache = new Map();
    decompCache.set(lx.code, cache);
  }
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  const parts: NumWord[] = [];
  let pos = 0;
  const list = morphemes(lx);
  while (pos < lower.length) {
    let found: string | null = null;
    for (const m of list) {
      if (lower.startsWith(m, pos)) {
        found = m;
        break;
      }
    }
    if (!found) break;
    parts.push(lx.numWords.get(found)!);
    pos += found.length;
  }
  let result: NumWord[] | null = pos === lower.length && parts.length > 1 ? parts : null;
  if (result && !validSequence(result, lx, true)) result = null;
  if (cache.size > 4096) cache.clear();
  cache.set(lower, result);
  return result;
}

interface Acc {
  total: number;
  cur: number;
  last: NumKind | '';
  beforeC: NumKind | '';
  lastScale: number;
  lastValue: number;
}

function canFollow(acc: Acc, w: NumWord, lx: LangLexicon, inCompound: boolean): boolean {
  const last = acc.last;
  const k = w.k;
  if (last === '') return k !== 'c';
  switch (k) {
    case 'u':
      if (last === 'd' || last === 'h' || last === 'H' || last === 'k') return true;
      if (last === 'c') return acc.beforeC === 'h' || acc.beforeC === 'k' || acc.beforeC === 'd' || acc.beforeC === 'H';
      // French "dix-sept", "soixante-dix-neuf".
      return lx.vigesimal && last === 't' && acc.lastValue === 10 && w.v >= 7;
    case 't':
      if (last === 'h' || last === 'H' || last === 'k') return true;
      if (last === 'c') return acc.beforeC === 'h' || acc.beforeC === 'k' || acc.beforeC === 'd';
      // French "soixante-dix", "quatre-vingt-douze".
      return lx.vigesimal && last === 'd' && (acc.lastValue === 60 || acc.lastValue === 80);
    case 'd':
      if (last === 'h' || last === 'H' || last === 'k') return true;
      if (last === 'c') return acc.beforeC === 'h' || acc.beforeC === 'k' || (inCompound && acc.beforeC === 'u');
      // French "quatre-vingt(s)".
      return lx.vigesimal && last === 'u' && acc.lastValue === 4 && w.v === 20;
    case 'h':
      return last === 'u' || last === 't';
    case 'H':
      return last === 'k';
    case 'k':
      if (last === 'c') return false;
      if (last === 'k') return w.v > acc.lastScale;
      return true;
    case 'z':
      return last === 'u' || last === 't' || last === 'd';
    case 'c':
      if (last === 'h' || last === 'k') return lx.connectorAfter.includes(last) || inCompound;
      if (last === 'd') return lx.connectorAfter.includes('d');
      if (last === 'u') return inCompound;
      return false;
  }
  return false;
}

function apply(acc: Acc, w: NumWord, lx: LangLexicon): void {
  const quatreVingt = lx.vigesimal && w.k === 'd' && acc.last === 'u' && acc.lastValue === 4 && w.v === 20;
  switch (w.k) {
    case 'u':
    case 't':
    case 'H':
      acc.cur += w.v;
      break;
    case 'd':
      if (quatreVingt) acc.cur += 76;
      else acc.cur += w.v;
      break;
    case 'h':
      acc.cur = (acc.cur || 1) * 100;
      break;
    case 'z':
      acc.cur = (acc.cur || 1) * 12;
      break;
    case 'k':
      if (acc.cur === 0 && acc.total > 0 && acc.last === 'k') acc.total *= w.v;
      else {
        acc.total += (acc.cur || 1) * w.v;
        acc.cur = 0;
      }
      acc.lastScale = w.v;
      break;
    case 'c':
      acc.beforeC = acc.last;
      break;
  }
  acc.last = w.k;
  acc.lastValue = quatreVingt ? 80 : w.v;
}

function validSequence(parts: NumWord[], lx: LangLexicon, inCompound: boolean): boolean {
  const acc: Acc = { total: 0, cur: 0, last: '', beforeC: '', lastScale: 0, lastValue: 0 };
  for (const p of parts) {
    if (!canFollow(acc, p, lx, inCompound)) return false;
    apply(acc, p, lx);
  }
  return acc.last !== 'c';
}

/**
 * Reads a number written in words at `p` (which must start a word). Words join with a hyphen or one space;
 * separate-token connectors ("and", "og", "et", "y") are taken only when a valid number word follows.
 */
export function readWordNumber(text: string, p: number, limit: number, lx: LangLexicon): NumberToken | null {
  const acc: Acc = { total: 0, cur: 0, last: '', beforeC: '', lastScale: 0, lastValue: 0 };
  let pos = p;
  let end = p;
  let first: string | undefined;
  let dozen = false;
  let scaled = false;
  let count = 0;
  let pendingConnector = false;
  for (let guard = 0; guard < 12; guard++) {
    const we = wordEnd(text, pos, limit);
    if (we === pos) break;
    const lower = text.slice(pos, we).toLowerCase();
    const parts = resolveNumberWord(lower, lx);
    let ok = parts !== null;
    if (ok) {
      // Simulate on a copy so a failing word leaves the accumulator untouched.
      const trial: Acc = { ...acc };
      for (const part of parts!) {
        if (!canFollow(trial, part, lx, parts!.length > 1)) {
          ok = false;
          break;
        }
        apply(trial, part, lx);
      }
      if (ok && trial.last === 'c') {
        // A separate connector word: only if a number word follows.
        if (pendingConnector) ok = false;
      }
      if (ok) {
        Object.assign(acc, trial);
        if (count === 0) first = lower;
        count++;
        for (const part of parts!) {
          if (part.k === 'z') dozen = true;
          if (part.k === 'k') scaled = true;
        }
        if (acc.last === 'c') pendingConnector = true;
        else {
          pendingConnector = false;
          end = we;
        }
      }
    }
    if (!ok) break;
    // Separator to the next word: a hyphen or one space (no line breaks).
    if (we >= limit) break;
    const sep = text.charCodeAt(we);
    if (sep === 45 || sep === 0x2010 || sep === 0x2011 || isSpaceCode(sep)) {
      if (we + 1 < limit && isLetterCode(text.charCodeAt(we + 1))) {
        pos = we + 1;
        continue;
      }
    }
    break;
  }
  if (count === 0 || end === p) return null;
  const value = acc.total + acc.cur;
  if (!(value > 0)) return null;
  return {
    start: p,
    end,
    value,
    sig: 0,
    words: true,
    plainDigits: 0,
    grouped: false,
    decimal: false,
    scaled,
    dozen,
    firstWord: first,
    lastKind: acc.last === '' ? undefined : acc.last,
  };
}

/**
 * Parses a whole string as one number in `lang` ("1 160,5", "fifty thousand", "femogtjue"); null when the string
 * is not exactly one number (surrounding white space allowed). Never throws.
 */
export function parseNumber(input: string, lang = 'en'): number | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > 200) return null;
  const lx = lexicon(lang);
  let s = 0;
  let e = input.length;
  while (s < e && /\s/.test(input[s]!)) s++;
  while (e > s && /\s/.test(input[e - 1]!)) e--;
  if (s >= e) return null;
  let tok: NumberToken | null = null;
  if (isDigit(input.charCodeAt(s))) {
    tok = readDigits(input, s, e, lx);
    if (tok && tok.end < e) {
      // Digits followed by a scale word ("2 million", "5 mill.").
      const sc = readScale(input, tok.end, e, lx, false);
      if (sc) {
        let end = sc.end;
        // "5 mill." at the end of the string: the abbreviation's dot.
        if (end === e - 1 && input.charCodeAt(end) === 46 && /^(?:mill|mrd|mio|mln|md|mds|bn|mn)$/i.test(input.slice(wordStartBefore(input, end), end))) end++;
        tok = { ...tok, value: tok.value * sc.factor, end, scaled: true };
      }
    }
  } else if (isLetterCode(input.charCodeAt(s))) {
    tok = readWordNumber(input, s, e, lx);
    if (!tok && lx.articles.has(input.slice(s, wordEnd(input, s, e)).toLowerCase())) {
      // "a thousand", "en million"
      const we = wordEnd(input, s, e);
      if (we < e && isSpaceCode(input.charCodeAt(we))) {
        const t2 = readWordNumber(input, we + 1, e, lx);
        if (t2 && t2.firstWord && isScaleStart(t2.firstWord, lx)) tok = { ...t2, start: s };
      }
    }
  }
  if (!tok || tok.end !== e) return null;
  return tok.value;
}

function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
  return i;
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
