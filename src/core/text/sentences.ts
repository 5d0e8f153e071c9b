// Sentence segmentation tuned for pasted news: line breaks end sentences, and a full stop ends one unless it
// closes a known abbreviation or an initial ("St. Petersburg", "W. Mark Felt", "ca. 50", "U.S. Marshals").
import type { Sentence } from '../model';

/** Abbreviations (lower-case, without the final dot) after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  // en
  'st', 'mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'sr', 'jr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'ave', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
  'a.m', 'p.m', 'sq', 'mi', 'pres', 'rev', 'hon', 'messrs',
  // nb
  'ca', 'bl.a', 'f.eks', 'dvs', 'mill', 'mrd', 'kr', 'nr', 'evt', 'ev', 'pga', 'mht', 'iflg', 'ift', 'jf', 'osv',
  // de
  'z.b', 'bzw', 'ca', 'usw', 'hr', 'fr', 'nr', 'mio', 'mrd', 'st', 'dr', 'vgl', 'u.a', 'd.h', 'ggf',
  // fr
  'm', 'mme', 'mlle', 'env', 'cf', 'av', 'bd',
  // es
  'sr', 'sra', 'srta', 'd', 'dña', 'ud', 'uds', 'aprox', 'núm', 'pág', 'ee.uu',
]);

const isUpperStart = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/**
 * Splits text[from, to) into sentences. Boundaries: line breaks, and `.`, `!`, `?`, `…` followed by white space
 * (and optionally closing quotes/brackets) then an upper-case letter, digit, quote or dash. Sentences never
 * contain a line break, and are trimmed of surrounding white space.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */ && c !== 0x2026 /* … */) continue;
    // Skip runs of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < to && /[.!?…"'”’»)\]]/.test(text[j]!)) j++;
    if (j >= to) continue;
    const after = text.charCodeAt(j);
    if (!isSpace(after) || after === 10 || after === 13) {
      // "PalyugaPhoto:" style glue is not a boundary; a newline right after is handled by the newline branch.
      continue;
    }
    let k = j;
    while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k++;
    if (k >= to) continue;
    const next = text[k]!;
    if (!(isUpperStart(next) || /[0-9"“«'‘–—-]/.test(next))) continue;
    if (c === 46 && !endsSentenceAfterDot(text, i, from)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(to);
  return out;
}

function endsSentenceAfterDot(text: string, dot: number, from: number): boolean {
  // The word before the dot.
  let s = dot;
  while (s > from && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return true;
  if (word.length === 1 && isUpperStart(word)) return false; // initial: "W. Mark Felt"
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false; // U.S, e.g
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000;
}

/** Index of the sentence containing `offset` (binary search); -1 when outside every sentence. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
