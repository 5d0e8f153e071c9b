// Sentence segmentation tuned for pasted news: line breaks end sentences, and a full stop ends one unless it
// closes a known abbreviation or an initial ("St. Petersburg", "W. Mark Felt", "ca. 50", "U.S. Marshals").
import type { Sentence } from '../model';
import { L, classOf } from './charClass';

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
/** A letter of a script without case (Arabic, Hebrew, CJK, ...): it may open a sentence too. */
const UNCASED_LETTER = /^\p{Lo}/u;
/** Closing quotes and brackets that may follow a sentence's final punctuation (as code units). */
const CLOSERS = new Set([...'.!?…"\'”’»)]」』）。！？؟'].map((ch) => ch.charCodeAt(0)));

/**
 * Sentences longer than this (UTF-16 code units) are cut at white space (or, without any, anywhere but inside a
 * surrogate pair): a megabyte without a full stop is no sentence, and later stages work sentence by sentence.
 */
export const MAX_SENTENCE = 2000;

/** Line breaks: LF, CR, VT, FF, NEL, LS, PS. A sentence never contains one. */
function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * Splits text[from, to) into sentences. Boundaries: line breaks; `.`, `!`, `?`, `…`, `؟` followed by white space
 * (and optionally closing quotes/brackets) then an upper-case or uncased letter, digit, quote or dash; and the
 * CJK full stop, exclamation and question marks (`。！？`), which need no space after them. Sentences never contain
 * a line break, are trimmed of surrounding white space, and are at most MAX_SENTENCE long.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  from = Math.max(0, Math.min(Math.trunc(from) || 0, text.length));
  to = Math.max(from, Math.min(Math.trunc(to), text.length));
  let start = from;
  let runEnd = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Most characters are neither a line break nor terminal punctuation: one range test lets them through.
    if (c > 63 && c < 0x85) continue;
    if (isBreak(c)) {
      pushSentence(text, out, start, i);
      start = i + 1;
      continue;
    }
    const cjk = c === 0x3002 /* 。 */ || c === 0xff01 /* ！ */ || c === 0xff1f; /* ？ */
    if (!cjk && c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */ && c !== 0x2026 /* … */ && c !== 0x61f /* ؟ */) continue;
    // Skip runs of terminal punctuation and closing quotes/brackets (each run is scanned once: "!!!!" x 1 MB).
    let j = i + 1;
    if (i < runEnd) j = runEnd;
    else {
      while (j < to && CLOSERS.has(text.charCodeAt(j))) j++;
      runEnd = j;
    }
    if (j >= to) break;
    if (cjk) {
      pushSentence(text, out, start, j);
      start = j;
      i = j - 1;
      continue;
    }
    const after = text.charCodeAt(j);
    if (!isSpace(after) || isBreak(after)) {
      // "PalyugaPhoto:" style glue is not a boundary; a newline right after is handled by the newline branch.
      continue;
    }
    let k = j;
    while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k++;
    if (k >= to) continue;
    const next = text[k]!;
    if (!(isUpperStart(next) || /[0-9"“«'‘–—-]/.test(next) || UNCASED_LETTER.test(text.slice(k, k + 2)))) continue;
    if (c === 46 && !endsSentenceAfterDot(text, i, from)) continue;
    pushSentence(text, out, start, j);
    start = j;
    i = j - 1;
  }
  pushSentence(text, out, start, to);
  return out;
}

/** Adds text[start, end) trimmed of white space, cut into pieces of at most MAX_SENTENCE. */
function pushSentence(text: string, out: Sentence[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = longSentenceCut(text, s);
    let ce = cut;
    while (ce > s && isSpace(text.charCodeAt(ce - 1))) ce--;
    if (ce > s) out.push({ start: s, end: ce });
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}

/**
 * Where to cut a sentence that starts at `s` and is too long: after the last clause mark (`;`, `,`, `:`) followed by
 * white space in its second half, else at its last white space there (a figure or a name is seldom cut).
 */
function longSentenceCut(text: string, s: number): number {
  const limit = s + MAX_SENTENCE;
  for (let i = limit; i > s + MAX_SENTENCE / 2; i--) {
    if (isSpace(text.charCodeAt(i - 1)) && /[;,:，；：、]/.test(text[i - 2]!)) return i;
  }
  for (let i = limit; i > s + MAX_SENTENCE / 2; i--) if (isSpace(text.charCodeAt(i - 1))) return i;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function endsSentenceAfterDot(text: string, dot: number, from: number): boolean {
  // The word before the dot.
  let s = dot;
  // Words are short: a long run of letters and dots is no abbreviation (and is not walked to its start).
  while (s > from && dot - s < 64 && isLetterOrDot(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return true;
  if (word.length === 1 && isUpperStart(word)) return false; // initial: "W. Mark Felt"
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false; // U.S, e.g
  return true;
}

/** A letter (\p{L}; a surrogate alone is none) or a dot. */
function isLetterOrDot(c: number): boolean {
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (classOf(c) & L) !== 0;
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
