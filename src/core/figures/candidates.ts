// Where figures may start: one pass over the body that stops at digits, at number words ("twenty", "femogtjue",
// "dreimal"), vague and approximate words ("thousands", "une trentaine") and at an article before a time unit
// ("over et døgn", "casi un año"). Words are walked in a trie of the language's words, a code unit at a time; a
// closed compound restarts at the root after each morpheme. Each stop is handed to `read`, which returns where the
// scan goes on.
import type { FigureLexicon } from '../languages';
import { isLetterCode, lowerCode } from './chars';
import type { Cursor } from './cursor';
import { compileTrie, newTrie, trieAdd, trieStep, type Trie } from './trie';

/** What starts at a candidate: digits, a number (or vague, approximate) word, or an article before a time unit. */
export type CandidateKind = 0 | 1 | 3;
export const DIGITS = 0;
export const NUMBER_WORD = 1;
export const ARTICLE = 3;

interface Tries {
  /** Number words (1), weak words that count only inside compounds (2), articles (3). */
  words: Trie;
  /** Time units an article may stand before ("a year", "et døgn"). */
  timeUnits: Trie;
}

const triesOf = new Map<FigureLexicon, Tries>();

function tries(lx: FigureLexicon): Tries {
  let t = triesOf.get(lx);
  if (t) return t;
  const words = newTrie();
  // Priority: a number word (1) over an article (3) over a weak word (2).
  const wins = (old: number, term: number) => term === 1 || (term === 3 && old === 2);
  for (const [k, w] of lx.numWords) {
    if (k.includes('-')) continue;
    trieAdd(words, k, w.k === 'c' || lx.weakStart.has(k) ? 2 : 1, wins);
  }
  for (const k of lx.vague.keys()) trieAdd(words, k, 1, wins);
  for (const k of lx.approx.keys()) trieAdd(words, k, 1, wins);
  for (const k of lx.articles) trieAdd(words, k, 3, wins);
  const units = newTrie();
  for (const u of lx.articleTimeUnits) trieAdd(units, u, 1);
  t = { words: compileTrie(words), timeUnits: compileTrie(units) };
  triesOf.set(lx, t);
  return t;
}

/** Calls `read` at every candidate of x's text from x.from; `read` returns the position to go on from (> p). */
export function scanCandidates(x: Cursor, read: (p: number, kind: CandidateKind) => number): void {
  const text = x.text;
  const n = text.length;
  const tr = tries(x.lx).words;
  const A = tr.ascii;
  const T = tr.term;
  const O = tr.other;
  const compounds = x.lx.compounds;
  const sfx = x.lx.ratioSuffix;
  let i = x.from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      i = read(i, DIGITS);
      continue;
    }
    if (c < 65 || (c > 122 && c < 0xc0) || (c >= 91 && c <= 96) || (c >= 128 && !isLetterCode(c))) {
      i++;
      continue;
    }
    // A word starts at i: walk the trie (a closed compound restarts at the root after its last morpheme).
    const ws = i;
    let node = 0;
    let segStart = ws;
    let lastTerm = -1;
    let lastTermKind = 0;
    let segments = 0;
    let j = ws;
    let ok = false;
    let kind = 0;
    if (ws === 0 || !isLetterCode(text.charCodeAt(ws - 1))) {
      for (;;) {
        while (j < n) {
          const d = text.charCodeAt(j);
          let nx = -1;
          if (d < 128) {
            const l = d | 32;
            if (l >= 97 && l <= 122) nx = A[node * 26 + l - 97]!;
          } else {
            const m = O[node];
            if (m !== undefined) nx = m.get(lowerCode(d)) ?? -1;
          }
          if (nx < 0) break;
          node = nx;
          j++;
          const tk = T[node]!;
          if (tk !== 0) {
            lastTerm = j;
            lastTermKind = tk;
          }
        }
        if (lastTerm !== j && lastTerm <= segStart) break;
        const atEnd = j >= n || !isLetterCode(text.charCodeAt(j));
        if (atEnd && lastTerm === j) {
          ok = true;
          kind = segments === 0 ? lastTermKind : 1;
          break;
        }
        if (!compounds) break;
        if (sfx !== null && lastTerm === j && j + sfx.length <= n && text.slice(j, j + sfx.length).toLowerCase() === sfx && !(j + sfx.length < n && isLetterCode(text.charCodeAt(j + sfx.length)))) {
          ok = true;
          kind = 1;
          j += sfx.length;
          break;
        }
        if (lastTerm > segStart && segments < 8) {
          segments++;
          segStart = j = lastTerm;
          node = 0;
          continue;
        }
        break;
      }
    }
    let we = j > ws ? j : ws + 1;
    while (we < n) {
      const d = text.charCodeAt(we);
      if (d < 128 ? !((d | 32) >= 97 && (d | 32) <= 122) : !isLetterCode(d)) break;
      we++;
    }
    if (ok && we === j) {
      if (kind === 1) {
        i = read(ws, NUMBER_WORD);
        continue;
      }
      if (kind === 3 && articleBeforeUnit(x, we)) {
        i = read(ws, ARTICLE);
        continue;
      }
    }
    i = we;
  }
}

/** "a year", "et døgn", "un año": one space, then a time unit word. */
function articleBeforeUnit(x: Cursor, we: number): boolean {
  const t = x.text;
  if (we >= t.length || !(t.charCodeAt(we) === 32 || t.charCodeAt(we) === 0xa0)) return false;
  const tr = tries(x.lx).timeUnits;
  let node = 0;
  let j = we + 1;
  while (j < t.length) {
    const nx = trieStep(tr, node, t.charCodeAt(j));
    if (nx < 0) break;
    node = nx;
    j++;
  }
  return tr.term[node] === 1 && j > we + 1 && !(j < t.length && isLetterCode(t.charCodeAt(j)));
}
