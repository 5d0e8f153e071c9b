// Numbers written in words, with their compounds ("twenty-five", "a thousand", "femogtjue", "zweihundertfünfzig",
// "quatre-vingt-dix", "treinta y cinco"): the kinds of number word (languages/facts.ts) and which may follow which.
// The words themselves are listed per language (languages/<code>/figures.ts).
import type { FigureLexicon as LangLexicon, NumKind, NumWord } from '../languages';
import { isLetterCode, isSpaceCode, wordEnd } from './chars';
import type { NumberToken } from './numbers';

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
