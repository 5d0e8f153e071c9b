// The figure extractor: numbers with what they count, in en, nb (no, nn), de, fr, es (others: English rules).
//
// One pass over the body with a precompiled global regex that finds number candidates (a digit, a number word,
// a vague word like "thousands", or an article before a time unit as in "over et døgn"). Each candidate is read
// forward (number, scale, range, unit, counted noun) and backward (hedge, currency symbol, label words) with
// sticky regexes and char-code loops bounded by its sentence, so the work is linear in the text.
//
// Decisions (see also the tests):
// - A figure is reported only when it counts something: a unit, a currency, an age, a counted noun, a referent
//   from context ("the number had grown to more than 40" -> the signatories of the same sentence), a verb whose
//   subject is human ("about 5,000 had escaped" -> people), or a hedge (a hedged number always quantifies).
//   Bare unhedged numbers without any of these are dropped (list numbers, scores, stray digits).
// - Not figures: dates and years, times of day, names with digits ("Rossiya-24", "G7", "F-16", "Boeing 737"),
//   ordinals, labels ("page 5", "Artikel 3"), phone numbers, URLs, "one"/"en"/"un" on their own, and time windows
//   ("the past five years", "de siste 24 timene": they qualify time, they do not claim a quantity).
// - Hedge intervals: about ±10 % (±15 % for round numbers: one significant digit, or a scale word);
//   nearly/almost [X·0.9, X] (0.85 when round), hedge `about`; more than/over [X, 1.5X] (just over [X, 1.1X]);
//   at least [X, ∞); up to/less than [0, X]; range [a, b] with value a; additional: [X, X] (an increment);
//   vague ("thousands of", "Dutzende", "several hundred"): value = low = 2·base, high = 10·base.
//   "a dozen", "une trentaine", "un centenar": hedge `about`.
import type { Figure, Hedge, Sentence } from '../model';
import { sentenceAt } from '../text/sentences';
import { countsKeysOf, humanGloss, isTroopWord, nounGloss, timePhrases } from './context';
import {
  cueAlternatives,
  figureCuesEverywhere,
  figureCuesOf,
  figureLanguage as langCode,
  figureLexicon as lexicon,
  type FigureLexicon as LangLexicon,
  type HedgeCode,
  type LangCode,
} from '../languages';
import {
  isDigit,
  isLetterCode,
  lowerCode,
  isScaleStart,
  isSpaceCode,
  readDigits,
  readScale,
  readWordNumber,
  resolveNumberWord,
  wordEnd,
  type NumberToken,
} from './numbers';
import { CURRENCY_PREFIX, readUnit, type UnitDef, type UnitHit } from './units';

export { parseNumber, readDigits, readWordNumber } from './numbers';
export { countsKeysOf, lemma, timePhrases } from './context';
export { figureLanguage as langCode } from '../languages';

export interface ExtractedFigure extends Figure {
  /** Id of a figure that gives the same amount in another currency right beside it ("47,000 rubles ($780)"). */
  equivalentTo?: string;
}

// ------------------------------------------------------------------------------------------ compiled rules

/**
 * A trie over lower-case UTF-16 code units, compiled to arrays: ASCII letters in a dense table, other letters in a
 * per-node map. term: 0 none, 1 number/vague/approx word, 2 weak (only inside compounds), 3 article.
 */
interface Trie {
  ascii: Int32Array;
  other: (Map<number, number> | undefined)[];
  term: Uint8Array;
}

interface TrieBuild {
  c: Map<number, TrieBuild>;
  term: number;
}

function trieAdd(root: TrieBuild, word: string, term: number): void {
  let n = root;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let nx = n.c.get(c);
    if (!nx) {
      nx = { c: new Map(), term: 0 };
      n.c.set(c, nx);
    }
    n = nx;
  }
  // Priority: a number word (1) over an article (3) over a weak word (2).
  if (n.term === 0 || term === 1 || (term === 3 && n.term === 2)) n.term = term;
}

function compileTrie(root: TrieBuild): Trie {
  const nodes: TrieBuild[] = [];
  const index = new Map<TrieBuild, number>();
  const visit = (n: TrieBuild) => {
    index.set(n, nodes.length);
    nodes.push(n);
    for (const ch of n.c.values()) visit(ch);
  };
  visit(root);
  const ascii = new Int32Array(nodes.length * 26).fill(-1);
  const other: (Map<number, number> | undefined)[] = new Array(nodes.length).fill(undefined);
  const term = new Uint8Array(nodes.length);
  nodes.forEach((n, i) => {
    term[i] = n.term;
    for (const [c, ch] of n.c) {
      if (c >= 97 && c <= 122) ascii[i * 26 + (c - 97)] = index.get(ch)!;
      else {
        let m = other[i];
        if (!m) other[i] = m = new Map();
        m.set(c, index.get(ch)!);
      }
    }
  });
  return { ascii, other, term };
}

/** Next node from `node` on code unit `c` (any case), or -1. */
function trieStep(tr: Trie, node: number, c: number): number {
  if (c < 128) {
    const l = c | 32;
    if (l >= 97 && l <= 122) return tr.ascii[node * 26 + (l - 97)]!;
    return -1;
  }
  const m = tr.other[node];
  return m === undefined ? -1 : (m.get(lowerCode(c)) ?? -1);
}

interface Rules {
  lx: LangLexicon;
  code: LangCode;
  /** Number words, vague and approximate words, weak words and articles. */
  trie: Trie;
  /** Time units an article may stand before ("a year", "et døgn"). */
  unitTrie: Trie;
  /** Last words of hedge phrases: the hedge regex runs only when the word before is one of them. */
  hedgeLast: Set<string>;
  hedgeRe: RegExp;
  /** "the number", "antallet", "die Zahl" in the text before a bare number. */
  numberRe: RegExp;
  /** First letters of ratio cue words. */
  cueFirst: string;
  timeUnitAfterArticle: Set<string>;
  am: RegExp;
  /** Letters glued to digits that make them no figure only in this language ("4h" in French). */
  ownSuffixes: Set<string>;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: Iterable<string>): string =>
  [...new Set(xs)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

const CUES = figureCuesEverywhere();
const MONTHS = CUES.months;
const AMBIGUOUS_MONTHS = CUES.ambiguousMonths;
const WEEKDAYS = CUES.weekdays;

const rulesCache = new Map<LangCode, Rules>();

function rules(code: LangCode): Rules {
  let r = rulesCache.get(code);
  if (r) return r;
  const lx = lexicon(code);
  const trieB: TrieBuild = { c: new Map(), term: 0 };
  for (const [k, w] of lx.numWords) {
    if (k.includes('-')) continue;
    trieAdd(trieB, k, w.k === 'c' || lx.weakStart.has(k) ? 2 : 1);
  }
  for (const k of lx.vague.keys()) trieAdd(trieB, k, 1);
  for (const k of lx.approx.keys()) trieAdd(trieB, k, 1);
  for (const k of lx.articles) trieAdd(trieB, k, 3);
  const units = lx.articleTimeUnits;
  const unitB: TrieBuild = { c: new Map(), term: 0 };
  for (const u of units) trieAdd(unitB, u, 1);
  const trie = compileTrie(trieB);
  const unitTrie = compileTrie(unitB);
  const hedgeLast = new Set<string>();
  for (const h of lx.hedges.keys()) {
    const m = /[\p{L}\p{M}]+(?=[^\p{L}\p{M}]*$)/u.exec(h);
    if (m) hedgeLast.add(m[0]);
  }
  const hedgeRe = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alt(lx.hedges.keys())})[\\s]+$`, 'iud');
  const am = lx.timeOfDayAfter;
  const numberRe = new RegExp(`(?:^|[^\\p{L}])(${alt(lx.numberWords)})(?![\\p{L}])`, 'giu');
  const cueFirst = [...new Set([...lx.ratioCues.keys(), ...CUES.ratioCuePrefixes].map((k) => k[0]!))].join('');
  const ownSuffixes = new Set((figureCuesOf(code).ownSuffixes ?? '').split(/\s+/).filter(Boolean));
  r = { lx, code, trie, unitTrie, hedgeLast, hedgeRe, numberRe, cueFirst, timeUnitAfterArticle: new Set(units), am, ownSuffixes };
  rulesCache.set(code, r);
  return r;
}

// ------------------------------------------------------------------------------------------ small helpers

const D_ISO = /\d{4}-\d{1,2}-\d{1,2}(?![0-9])/y;
const D_NUM = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?![0-9])/y;
const D_DM = /\d{1,2}\.\d{1,2}\.(?![0-9])/y;
const D_SLASH = /\d{1,4}\/\d{1,4}(?:\/\d{1,4})?(?![0-9])/y;
const T_COLON = /\d{1,2} ?: ?\d{1,2}(?: ?: ?\d{2})?(?![0-9])/y;

/** Digits at p start with "0" followed by another digit. */
function c0IsZero(t: string, p: number): boolean {
  return t.charCodeAt(p) === 48 && p + 1 < t.length && isDigit(t.charCodeAt(p + 1));
}
const T_DOT_AM = new RegExp(`\\d{1,2}[.:]\\d{2}[ \\u00a0]?(?:${cueAlternatives('clockAfterDecimal')})(?![\\p{L}])`, 'iuy');
const PHONE = /\(?\d{2,4}\)?(?:[ \u00a0.-]\d{2,4}){2,}(?![0-9])/y;
const DATE_TIME_RES = [D_ISO, D_NUM, D_DM, D_SLASH, T_COLON, T_DOT_AM];
const URLISH = /^(?:https?:|www\.|[\w.-]+\.(?:com|org|net|no|de|fr|es|uk|ru|ua|io)\b)/i;

const ROUND_EPS = 1e-9;
const FLATTEN = /^/;
/** Context window either side of a candidate (characters). */
const WINDOW = 500;
/** Nouns after "X-Y" that make it a score, not a range. */
const SCORE_WORDS = CUES.scoreWords;

function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function sigOfValue(v: number): number {
  if (!Number.isFinite(v) || v <= 0) return 0;
  if (!Number.isInteger(v)) return 3;
  let n = v;
  while (n >= 10 && n % 10 === 0) n /= 10;
  let d = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    d++;
  }
  return d;
}

interface Tok {
  s: number;
  e: number;
  lower: string;
  cap: boolean;
}


const PARTITIVE_ARTICLES = CUES.partitiveArticles;
const PREP_BEFORE_COMPLEMENT = CUES.complementPreps;
const RATIO_FILLERS = CUES.ratioFillers;

const KIND_KEY: Record<string, string> = {
  distance: 'distance',
  area: 'area',
  mass: 'mass',
  percent: 'share',
  duration: 'duration',
  ratio: 'ratio',
  money: 'money',
};

const HEDGE_OF: Record<HedgeCode, Hedge> = {
  about: 'about',
  nearly: 'about',
  over: 'more_than',
  justover: 'more_than',
  atleast: 'at_least',
  atmost: 'at_most',
  add: 'additional',
  range: 'exact',
  several: 'vague',
};

// ------------------------------------------------------------------------------------------ the extractor

/**
 * Figures in text[bodyStart, text.length). `sentences` come from splitSentences over the same text. Never throws;
 * offsets are UTF-16 indices into `text` and every figure's `text` equals text.slice(start, end).
 */
export function extractFigures(
  text: string,
  lang: string,
  sentences: Sentence[],
  doc: string,
  bodyStart = 0,
): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Running a regex flattens a rope string (from concatenation or repeat) once, so charCodeAt stays O(1).
  FLATTEN.test(text);
  const from = Number.isFinite(bodyStart) ? Math.max(0, Math.min(text.length, Math.floor(bodyStart))) : 0;
  const ex = new Extractor(text, langCode(lang), Array.isArray(sentences) ? sentences : [], String(doc), from);
  return ex.run();
}

interface Core {
  tok: NumberToken;
  /** Span start of the number itself (an article before "thousand" included). */
  numStart: number;
  value: number;
  scaled: boolean;
  end: number;
  approx: boolean;
  vagueBase: number;
  unit?: UnitDef;
  unitHit?: UnitHit;
  age?: boolean;
  articleUnit?: boolean;
}

class Extractor {
  private readonly r: Rules;
  private readonly lx: LangLexicon;
  private readonly out: ExtractedFigure[] = [];
  private lastEnd: number;
  private readonly timeCache = new Map<number, [number, number][]>();

  constructor(
    private readonly text: string,
    private readonly code: LangCode,
    private readonly sentences: Sentence[],
    private readonly doc: string,
    private readonly from: number,
  ) {
    this.r = rules(code);
    this.lx = this.r.lx;
    this.lastEnd = from;
  }

  run(): Figure[] {
    const text = this.text;
    const n = text.length;
    const tr = this.r.trie;
    const A = tr.ascii;
    const T = tr.term;
    const O = tr.other;
    const compounds = this.lx.compounds;
    let i = this.from;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        i = this.safeCandidate(i, 0);
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
          const sfx = this.lx.ratioSuffix;
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
          i = this.safeCandidate(ws, 1);
          continue;
        }
        if (kind === 3 && this.articleBeforeUnit(we)) {
          i = this.safeCandidate(ws, 3);
          continue;
        }
      }
      i = we;
    }
    this.linkCurrencyPairs();
    return this.out;
  }

  private safeCandidate(p: number, kind: number): number {
    let next = p + 1;
    try {
      next = this.candidate(p, kind);
    } catch {
      next = p + 1;
    }
    return next > p ? next : p + 1;
  }

  /** "a year", "et døgn", "un año": one space, then a time unit word. */
  private articleBeforeUnit(we: number): boolean {
    const t = this.text;
    if (we >= t.length || !(t.charCodeAt(we) === 32 || t.charCodeAt(we) === 0xa0)) return false;
    const tr = this.r.unitTrie;
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

  // ---------------------------------------------------------------------------- bounds

  private lineS = -1;
  private lineE = -1;

  /**
   * The context window of a candidate at p: its sentence, clipped to WINDOW characters either side so that a huge
   * "sentence" (a table, a list without punctuation) keeps the work per candidate bounded. Without a sentence, the
   * line (same clipping, computed once per window).
   */
  private bounds(p: number): [number, number, number] {
    const t = this.text;
    const si = sentenceAt(this.sentences, p);
    if (si >= 0) {
      const s = this.sentences[si]!;
      const ss = Math.max(this.from, Math.min(s.start, p), p - WINDOW);
      const se = Math.min(t.length, Math.max(s.end, p + 1), p + WINDOW);
      return [ss, se, si];
    }
    if (p >= this.lineS && p < this.lineE - 40) return [Math.max(this.lineS, p - WINDOW), this.lineE, -1];
    let s = p;
    while (s > this.from && t.charCodeAt(s - 1) !== 10 && t.charCodeAt(s - 1) !== 13 && p - s < WINDOW) s--;
    let e = p;
    while (e < t.length && t.charCodeAt(e) !== 10 && t.charCodeAt(e) !== 13 && e - p < WINDOW) e++;
    this.lineS = s;
    this.lineE = e;
    return [s, e, -1];
  }

  private skipRun(p: number): number {
    const t = this.text;
    let i = p;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (isDigit(c) || isLetterCode(c) || c === 45 || c === 95 || c === 46 || c === 47 || c === 58) {
        // stop at a dot or colon that ends the token
        if ((c === 46 || c === 58 || c === 45) && !(i + 1 < t.length && (isDigit(t.charCodeAt(i + 1)) || isLetterCode(t.charCodeAt(i + 1))))) break;
        i++;
      } else break;
    }
    return Math.max(i, p + 1);
  }

  /** The word before `pos` in [ss, pos): skips spaces (and one dot right after the word when allowDot). */
  private pwKey = -1;
  private pwVal: Tok | null = null;

  private prevWord(pos: number, ss: number, allowDot = true): Tok | null {
    const key = pos * 2 + (allowDot ? 1 : 0);
    if (key === this.pwKey && (this.pwVal === null || this.pwVal.s >= ss)) return this.pwVal;
    const v = this.prevWordUncached(pos, ss, allowDot);
    this.pwKey = key;
    this.pwVal = v;
    return v;
  }

  private prevWordUncached(pos: number, ss: number, allowDot: boolean): Tok | null {
    const t = this.text;
    let i = pos;
    let n = 0;
    while (i > ss && isSpaceCode(t.charCodeAt(i - 1)) && n < 4) {
      i--;
      n++;
    }
    let e = i;
    if (allowDot && i > ss && t.charCodeAt(i - 1) === 46) e = --i;
    let s = i;
    while (s > ss && (isLetterCode(t.charCodeAt(s - 1)) || (s - 1 > ss && t.charCodeAt(s - 1) === 45 && isLetterCode(t.charCodeAt(s - 2)))))
      s--;
    if (s === i) return null;
    return { s, e, lower: t.slice(s, e).toLowerCase(), cap: isUpper(t.charCodeAt(s)) };
  }

  private waPos = -1;
  private waSe = -1;
  private waMax = 0;
  private waToks: Tok[] = [];

  /** Words after `pos` within [pos, se), separated by spaces only; stops at punctuation or digits. Memoised. */
  private wordsAfter(pos: number, se: number, max: number): Tok[] {
    if (pos === this.waPos && se === this.waSe && (max <= this.waMax || this.waToks.length < this.waMax)) {
      return this.waToks;
    }
    const t = this.text;
    const out: Tok[] = [];
    let q = pos;
    if (max < 6) max = 6;
    while (out.length < max && q < se) {
      let s = q;
      while (s < se && isSpaceCode(t.charCodeAt(s))) s++;
      if (s >= se || !isLetterCode(t.charCodeAt(s))) break;
      let e = s + 1;
      for (;;) {
        while (e < se && isLetterCode(t.charCodeAt(e))) e++;
        // inner apostrophe or hyphen followed by a letter: "d'euros", "pro-Russian"
        if (e + 1 < se) {
          const c = t.charCodeAt(e);
          if ((c === 39 || c === 0x2019 || c === 45 || c === 0x2010) && isLetterCode(t.charCodeAt(e + 1))) {
            e += 2;
            continue;
          }
        }
        break;
      }
      out.push({ s, e, lower: t.slice(s, e).toLowerCase(), cap: isUpper(t.charCodeAt(s)) });
      q = e;
    }
    this.waPos = pos;
    this.waSe = se;
    this.waMax = max;
    this.waToks = out;
    return out;
  }

  /** The previous non-space character is a clause boundary (or the sentence start). */
  private clauseStart(pos: number, ss: number, commaCounts: boolean): boolean {
    const t = this.text;
    let i = pos;
    while (i > ss && isSpaceCode(t.charCodeAt(i - 1))) i--;
    if (i <= ss) return true;
    const c = t.charCodeAt(i - 1);
    if (c === 44) return commaCounts;
    return (
      c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 39 || c === 0x201c || c === 0x201d ||
      c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2013 || c === 45 || c === 40 ||
      c === 91 || c === 10 || c === 42
    );
  }

  // ---------------------------------------------------------------------------- candidates

  private candidate(p: number, kind: number): number {
    const t = this.text;
    if (p < this.lastEnd) return this.lastEnd;
    const [ss, se, si] = this.bounds(p);
    const c0 = t.charCodeAt(p);
    const lx = this.lx;

    let core: Core | null = null;
    let glued = false;
    if (isDigit(c0)) {
      const rej = this.rejectDigitsAt(p, ss, se);
      if (rej > 0) return rej;
      const tok = readDigits(t, p, se, lx);
      if (!tok || tok.end - p > 40) return this.skipRun(p);
      const e = tok.end;
      // A year after "in", "since", a month...: a date, decided before any further work.
      if (tok.plainDigits === 4 && tok.value >= 1000 && tok.value <= 2100) {
        const pw = this.prevWord(p, ss, true);
        if (pw && (lx.yearPreps.has(pw.lower) || MONTHS.has(pw.lower) || WEEKDAYS.has(pw.lower))) return e;
      }
      const c = e < se ? t.charCodeAt(e) : 32;
      if ((c === 46 || c === 58) && e + 1 < se && isDigit(t.charCodeAt(e + 1))) return this.skipRun(p);
      if (isLetterCode(c)) {
        const we = wordEnd(t, e, se);
        const suf = t.slice(e, we).toLowerCase();
        if (CUES.suffixes.has(suf) || this.r.ownSuffixes.has(suf)) return Math.max(we, p + 1);
        glued = true;
      }
      // "9am", "5 p.m.", "10 Uhr", "4 h 40": times of day (checked only when the next letter could start one).
      {
        let k = e;
        if (k < se && isSpaceCode(t.charCodeAt(k))) k++;
        const l = k < se ? t.charCodeAt(k) | 32 : 0;
        if (l === 97 || l === 112 || l === 111 || l === 117 || l === 104 || l === 116) {
          this.r.am.lastIndex = e;
          if (this.r.am.test(t)) return Math.max(this.r.am.lastIndex, e);
        }
      }
      core = { tok, numStart: p, value: tok.value, scaled: false, end: e, approx: false, vagueBase: 0 };
    } else {
      core = this.wordCore(p, kind, ss, se);
      if (!core) return Math.max(wordEnd(t, p, se), p + 1);
      if ('skip' in core) return (core as unknown as { skip: number }).skip;
    }
    return this.build(core, ss, se, si, glued);
  }

  /** Rejections that need only the digits' surroundings: names, dates, times, phones, URLs. */
  private rejectDigitsAt(p: number, ss: number, se: number): number {
    const t = this.text;
    const prev = p > 0 ? t.charCodeAt(p - 1) : 32;
    if (isLetterCode(prev) || prev === 95 || prev === 47 || prev === 92 || prev === 35 || prev === 64 || prev === 61) return this.skipRun(p);
    if ((prev === 45 || prev === 0x2010 || prev === 0x2011) && p >= 2 && isLetterCode(t.charCodeAt(p - 2))) return this.skipRun(p);
    // The second half of "31-24" or "14-0": already read (or rejected) with the first half.
    if ((prev === 45 || prev === 0x2013) && p >= 2 && isDigit(t.charCodeAt(p - 2))) return this.skipRun(p);
    // ".358" (a batting average), "v1.2", "R.5": a dot glued before the digits.
    if (prev === 46) return this.skipRun(p);
    // Leading zeros ("06 : 00", "007", "000"): codes and clock times, not quantities.
    if (c0IsZero(t, p)) return this.skipRun(p);
    if (prev === 43) {
      PHONE.lastIndex = p;
      if (PHONE.test(t)) return PHONE.lastIndex;
      return this.skipRun(p);
    }
    // Inside a URL or e-mail: the non-space token around p.
    let ts = p;
    let urlish = false;
    while (ts > ss && ts > p - 32) {
      const c = t.charCodeAt(ts - 1);
      if (isSpaceCode(c) || c === 10 || c === 13) break;
      if (c === 47 || c === 64 || c === 58) urlish = true;
      ts--;
    }
    if (urlish || (ts < p - 4 && t.charCodeAt(ts) === 119)) {
      const head = t.slice(ts, p);
      if (head.includes('://') || head.includes('www.') || head.includes('@') || URLISH.test(head)) return this.skipRun(p);
    }
    // Dates, times and phone numbers need a separator right after the first digit run.
    let e = p;
    while (e < t.length && isDigit(t.charCodeAt(e))) e++;
    const sep = e < t.length ? t.charCodeAt(e) : 0;
    if (!(sep === 45 || sep === 46 || sep === 47 || sep === 58 || sep === 32 || sep === 0xa0 || sep === 41 || sep === 97 || sep === 112 || sep === 65 || sep === 80)) return 0;
    for (const re of DATE_TIME_RES) {
      re.lastIndex = p;
      if (re.test(t)) return Math.max(re.lastIndex, p + 1);
    }
    if (sep === 32 || sep === 0xa0 || sep === 45 || sep === 46 || sep === 41) {
      PHONE.lastIndex = p;
      if (PHONE.test(t)) {
        const m = t.slice(p, PHONE.lastIndex);
        const groups = m.split(/[^0-9]+/).filter(Boolean);
        const allThree = groups.slice(1).every((g) => g.length === 3) && !m.includes('-') && !m.includes('(');
        if (!allThree) return PHONE.lastIndex;
      }
    }
    void se;
    return 0;
  }

  /** A number written in words (or a vague word, or an article before a time unit) at p. */
  private wordCore(p: number, kind: number, ss: number, se: number): Core | null {
    const t = this.text;
    const lx = this.lx;
    const we = wordEnd(t, p, se);
    if (we === p) return null;
    const lower = t.slice(p, we).toLowerCase();

    // Article + time unit ("over et døgn", "casi un año", "more than a year"): needs a hedge, handled in build.
    if (kind === 3) {
      const unit = readUnit(t, we, se, this.code, false);
      if (!unit || unit.def.kind !== 'duration') return null;
      const tok = this.fakeToken(p, we, 1);
      return { tok, numStart: p, value: 1, scaled: false, end: we, approx: false, vagueBase: 0, unit: unit.def, unitHit: unit, articleUnit: true };
    }

    const vague = lx.vague.get(lower);
    if (vague !== undefined) {
      // "thousands of", "tens of thousands of", "tusenvis av", "Dutzende", "des milliers de", "miles de".
      let base = vague;
      let end = we;
      const toks = this.wordsAfter(we, se, 3);
      if (toks.length >= 2 && lx.of.has(toks[0]!.lower) && lx.vague.has(toks[1]!.lower) && lx.vagueMultipliers.has(lower)) {
        base = vague * lx.vague.get(toks[1]!.lower)!;
        end = toks[1]!.e;
      }
      const after = this.wordsAfter(end, se, 1);
      const hasOf = after.length > 0 && (lx.of.has(after[0]!.lower) || after[0]!.lower === "d'" || after[0]!.lower === 'd’');
      const ofApos = lx.ofElision !== null && lx.ofElision.test(t.slice(end, end + 4));
      if (lx.vagueNeedsOf && !hasOf && !ofApos) {
        // "millions" standalone in English/French/Spanish, "tens" alone: not vague figures.
        return null;
      }
      if (base === vague && lx.vagueOnlyAsMultiplier.has(lower)) return null;
      const tok = this.fakeToken(p, end, base);
      return { tok, numStart: p, value: base, scaled: false, end, approx: false, vagueBase: base };
    }

    const approx = lx.approx.get(lower);
    if (approx !== undefined) {
      const tok = this.fakeToken(p, we, approx);
      let numStart = p;
      const pw = this.prevWord(p, ss, false);
      if (pw && lx.articles.has(pw.lower)) numStart = pw.s;
      return { tok, numStart, value: approx, scaled: false, end: we, approx: true, vagueBase: 0 };
    }

    let tok = readWordNumber(t, p, se, lx);
    const sfx = lx.ratioSuffix;
    if (!tok && sfx !== null && lower.endsWith(sfx) && lower.length > sfx.length + 1) {
      // "dreimal", "achtmal": a ratio in one word.
      const stem = lower.slice(0, -sfx.length);
      const parts = resolveNumberWord(stem, lx);
      if (parts) {
        const v = parts.length === 1 ? parts[0]!.v : (readWordNumber(stem, 0, stem.length, lx)?.value ?? 0);
        if (v > 0) {
          const t2 = this.fakeToken(p, we, v);
          return {
            tok: t2, numStart: p, value: v, scaled: false, end: we, approx: false, vagueBase: 0,
            unit: { unit: 'times', f: 1, kind: 'ratio' },
            unitHit: { def: { unit: 'times', f: 1, kind: 'ratio' }, start: p, end: we, written: sfx },
          };
        }
      }
    }
    if (!tok) return null;
    // A capitalised number word inside a clause is part of a name ("Ocean's Eleven", "the Big Three").
    if (isUpper(t.charCodeAt(p)) && !this.clauseStart(p, ss, false) && !(lx.nounsCapitalised && (tok.lastKind === 'k' || tok.lastKind === 'z'))) {
      return { skip: tok.end } as unknown as Core;
    }
    let numStart = p;
    if (tok.firstWord && isScaleStart(tok.firstWord, lx)) {
      const pw = this.prevWord(p, ss, false);
      if (pw && lx.articles.has(pw.lower)) numStart = pw.s;
    }
    return { tok, numStart, value: tok.value, scaled: tok.scaled, end: tok.end, approx: tok.dozen, vagueBase: 0 };
  }

  private fakeToken(s: number, e: number, v: number): NumberToken {
    return { start: s, end: e, value: v, sig: 0, words: true, plainDigits: 0, grouped: false, decimal: false, scaled: false, dozen: false };
  }

  // ---------------------------------------------------------------------------- one figure

  private build(core: Core, ss: number, se: number, si: number, glued: boolean): number {
    const t = this.text;
    const lx = this.lx;
    const code = this.code;
    const tok = core.tok;
    let value = core.value;
    let scaled = core.scaled;
    let end = core.end;
    let numStart = core.numStart;
    const isVague = core.vagueBase > 0;

    // Word before the number: labels, months, clock words, year prepositions.
    const pw = this.prevWord(numStart, ss, true);
    const pwLower = pw ? pw.lower : '';

    // Currency written before ("$780", "€5", "NOK 500", "kr 500", "US$ 5").
    let currency: string | null = null;
    let curStart = numStart;
    if (!tok.words) {
      const cp = this.currencyBefore(numStart, ss);
      if (cp) {
        currency = cp.code;
        curStart = cp.start;
      }
    }
    if (!tok.words && !currency && pw && lx.labels.has(pwLower)) return this.skipRun(tok.start);

    // Month before: "September 11", "Sept. 11", "March 15".
    if (!tok.words && pw && MONTHS.has(pwLower) && tok.plainDigits > 0 && tok.plainDigits <= 2 && value <= 31) {
      if (!AMBIGUOUS_MONTHS.has(pwLower) || pw.cap) return this.skipRun(tok.start);
    }

    // Scale after digits ("2 million", "5 mill.", "$5bn").
    let scaleAt = -1;
    if (!tok.words && !isVague) {
      const sc = readScale(t, end, se, lx, currency !== null);
      if (sc) {
        value *= sc.factor;
        scaled = true;
        scaleAt = end;
        end = sc.end;
      }
    }
    if (glued && scaleAt !== tok.end) {
      const u = readUnit(t, tok.end, se, code, false);
      if (!u || u.start !== tok.end) return this.skipRun(tok.start);
    }

    // Date: day + month ("11 September 2022", "11. september", "13 March", "14 de marzo", "le 1er mai").
    if (!tok.words && tok.plainDigits > 0 && tok.plainDigits <= 2 && value <= 31 && !scaled) {
      const after = this.monthAfter(end, se);
      if (after > 0) return after;
    }

    // Hedge before (after currency and article): "more than", "rundt", "mindestens", "plus de", "más de".
    const hedgeInfo = this.hedgeBefore(curStart, ss);
    let hedgeCode: HedgeCode | null = hedgeInfo ? hedgeInfo.code : null;
    let hedgeStart = hedgeInfo ? hedgeInfo.start : curStart;
    if (!hedgeCode) {
      const pa = curStart === numStart ? pw : this.prevWord(curStart, ss, false);
      if (pa && lx.addVerbs.has(pa.lower)) hedgeCode = 'add';
    }

    // Range: "70-80", "70 to 80", "between 70 and 80", "mellom 70 og 80", "entre tres y cuatro", "three to four".
    let rangeHigh: number | null = null;
    if (!isVague && !core.articleUnit) {
      const rg = this.rangeAfter(end, se, tok, value, scaled, hedgeCode === 'range', hedgeInfo?.start ?? -1, ss);
      if (rg === 'date') return this.skipRun(tok.start);
      if (rg) {
        if (rg.scale && !scaled) value *= rg.scale;
        rangeHigh = rg.high;
        end = rg.end;
        if (rangeHigh <= value) rangeHigh = null;
      }
    }
    if (hedgeCode === 'range' && rangeHigh === null) {
      hedgeCode = null;
      hedgeStart = curStart;
    }

    // "four more deputies", "10 weitere", "cuatro más".
    let additional = hedgeCode === 'add';
    let afterNum = end;
    {
      const nx = this.wordsAfter(end, se, 2);
      if (nx.length > 0 && lx.additionalAfter.has(nx[0]!.lower) && !(nx[1] && CUES.notAdditionalBefore.has(nx[1].lower))) {
        additional = true;
        afterNum = nx[0]!.e;
      }
    }

    // Unit, age, currency after.
    let unitDef: UnitDef | undefined = core.unit;
    let unitHit: UnitHit | undefined = core.unitHit;
    let age = false;
    let unitEnd = core.unitHit ? core.unitHit.end : end;
    if (!unitDef && !isVague) {
      const ag = this.ageAfter(afterNum, se);
      if (ag) {
        unitDef = { unit: ag.unit, f: 1, kind: 'duration' };
        unitHit = { def: unitDef, start: afterNum, end: ag.end, written: t.slice(afterNum, ag.end) };
        unitEnd = ag.end;
        age = true;
      } else {
        const u = readUnit(t, afterNum, se, code, scaled || core.approx);
        if (u) {
          unitDef = u.def;
          unitHit = u;
          unitEnd = u.end;
        }
      }
    }
    if (unitDef && unitDef.kind === 'money') {
      if (!currency) currency = unitDef.unit;
    }
    if (currency && !unitDef) unitDef = { unit: currency, f: 1, kind: 'money' };
    if (unitDef && unitDef.kind === 'money' && currency) unitDef = { unit: currency, f: 1, kind: 'money' };

    // Article + unit: only with a hedge ("over et døgn", "casi un año", "more than a year").
    if (core.articleUnit && !hedgeCode) return core.unitHit ? core.unitHit.end : end;

    // Time of day: "at five", "klokka fem", "um fünf Uhr", "vers 4 h 40".
    if (!unitDef && !currency && Number.isInteger(value) && value <= 24 && pw && (lx.clock.has(pwLower) || lx.clock.has(`${pwLower}.`))) {
      const isClockWord = lx.clockWords.has(pwLower);
      if (isClockWord || this.wordsAfter(end, se, 1).length === 0 || lx.clockBeforeWords) {
        if (isClockWord || !this.countedNounAhead(end, se)) return end;
      }
    }
    {
      const ah = this.wordsAfter(end, se, 1);
      if (ah.length && CUES.clockAfter.has(ah[0]!.lower)) return ah[0]!.e;
    }

    // Durations that are time windows: "the past five years", "de siste 24 timene", "les 24 dernières heures".
    if (unitDef && unitDef.kind === 'duration' && !age && !hedgeCode) {
      if (pw && lx.windowWords.has(pwLower)) return unitEnd;
    }
    if (lx.windowAfterNumber && !unitDef) {
      const nx = this.wordsAfter(end, se, 2);
      if (nx.length >= 2 && lx.windowWords.has(nx[0]!.lower)) {
        const u = readUnit(t, nx[0]!.e, se, code, false);
        if (u && u.def.kind === 'duration') return u.end;
      }
    }

    // Years: "in 2022", "Der 1988 errichtete Damm", "2024." are dates, not quantities.
    const yearLike = !tok.words && tok.plainDigits === 4 && value >= 1000 && value <= 2100 && !scaled;
    if (yearLike && !currency && !unitDef && rangeHigh === null) {
      const prepBefore = pw !== null && (lx.yearPreps.has(pwLower) || MONTHS.has(pwLower) || WEEKDAYS.has(pwLower));
      const direct = this.directNoun(afterNum, se);
      if (prepBefore || !direct || hedgeCode === null) {
        if (!(direct && !prepBefore && hedgeCode !== null)) return end;
      }
    }

    // Names and labels: "Boeing 737", "Apollo 11" (a capitalised word right before the digits, mid-sentence).
    if (!tok.words && !currency && pw && pw.cap && pw.e === numStart - 1 && !hedgeCode && !lx.nounsCapitalised) {
      const w = pwLower;
      const known =
        lx.stop.has(w) || lx.hedges.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || lx.yearPreps.has(w) || lx.clock.has(w) ||
        lx.articles.has(w) || lx.betweenWords.has(w) || lx.fromWords.has(w) || lx.skipAdj.has(w) || lx.addVerbs.has(w);
      if (!known && !this.clauseStart(pw.s, ss, false) && !unitDef) return this.skipRun(tok.start);
    }

    // What it counts.
    let unit = '';
    let counts = '';
    let countsEnd = -1;
    let keys: string[] = [];
    let adjacentEnd = -1;
    let dropIfBare = false;

    const measurement = unitDef !== undefined;
    if (measurement) {
      unit = unitDef!.unit;
      if (age) {
        counts = 'age';
        keys = ['age'];
      } else {
        const r = this.measureCounts(unitDef!, unitEnd, numStart, hedgeStart, ss, se);
        counts = r.counts;
        keys = r.keys;
        if (this.isAgeContext(hedgeStart, ss, unitDef!, value)) {
          counts = 'age';
          keys = ['age'];
          age = true;
        }
      }
      keys = uniq([...keys, unit, KIND_KEY[unitDef!.kind] ?? unitDef!.kind]);
    } else {
      // Appositive age: "Oleg Shcherbakov, 44, a shift foreman", "Julija Sjtsjerbakova (42)".
      if (!tok.words && Number.isInteger(value) && value > 0 && value < 120 && !hedgeCode && rangeHigh === null && this.appositiveAge(numStart, end, ss, se)) {
        unitDef = { unit: 'years', f: 1, kind: 'duration' };
        unit = 'years';
        counts = 'age';
        keys = ['age', 'years'];
        age = true;
        if (t.charCodeAt(numStart - 1) === 40 && t.charCodeAt(end) === 41) {
          numStart -= 1;
          end += 1;
          hedgeStart = Math.min(hedgeStart, numStart);
        }
      } else {
        const head = this.findHead(afterNum, se);
        if (head) {
          unit = head.unit;
          counts = head.counts;
          keys = head.keys;
          if (head.adjacent || isVague) adjacentEnd = head.end;
          countsEnd = head.end;
        } else {
          const ctx = this.fromContext(numStart, hedgeStart, afterNum, ss, se, si, hedgeCode !== null || additional, isVague);
          if (ctx) {
            unit = ctx.unit;
            counts = ctx.counts;
            keys = ctx.keys;
            if (ctx.adjacentEnd > 0) adjacentEnd = ctx.adjacentEnd;
          } else if (hedgeCode !== null || additional || isVague || core.approx) {
            unit = '';
            counts = '';
          } else dropIfBare = true;
        }
      }
    }
    if (dropIfBare) return Math.max(end, afterNum);
    void countsEnd;

    // Hedge and interval.
    let hedge: Hedge = 'exact';
    let low = value;
    let high = value;
    const round = scaled || (sigOfValue(value) <= 1 && value >= 10) || core.approx;
    const w = round ? 0.15 : 0.1;
    if (rangeHigh !== null) {
      hedge = 'range';
      low = value;
      high = rangeHigh;
    } else if (isVague || hedgeCode === 'several') {
      hedge = 'vague';
      const base = isVague ? core.vagueBase : value;
      value = 2 * base;
      low = 2 * base;
      high = 10 * base;
    } else if (additional) {
      hedge = 'additional';
    } else if (hedgeCode) {
      hedge = HEDGE_OF[hedgeCode];
      switch (hedgeCode) {
        case 'about':
          low = value * (1 - w);
          high = value * (1 + w);
          break;
        case 'nearly':
          low = value * (1 - w);
          high = value;
          break;
        case 'over':
          high = value * 1.5;
          break;
        case 'justover':
          high = value * 1.1;
          break;
        case 'atleast':
          high = Infinity;
          break;
        case 'atmost':
          low = 0;
          break;
        default:
          break;
      }
    } else if (core.approx) {
      hedge = 'about';
      low = value * (1 - w);
      high = value * (1 + w);
    }

    // Conversion to the canonical unit.
    let unitAsWritten: string | undefined;
    let writtenValue: number | undefined;
    if (unitDef && unitDef.f !== 1) {
      writtenValue = value;
      unitAsWritten = unitHit ? unitHit.written : undefined;
      const f = unitDef.f;
      value *= f;
      low *= f;
      high = high === Infinity ? Infinity : high * f;
    }

    // Span: hedge .. number .. unit .. (the counted noun when it follows directly).
    let start = Math.min(hedgeStart, curStart, numStart);
    let spanEnd = Math.max(end, afterNum, unitEnd);
    if (adjacentEnd > spanEnd && adjacentEnd - spanEnd < 80) spanEnd = adjacentEnd;
    if (start < this.lastEnd) start = Math.max(this.lastEnd, numStart);
    if (start < this.from) start = this.from;
    if (spanEnd > t.length) spanEnd = t.length;
    if (spanEnd <= start) return Math.max(end, tok.start + 1);

    const sentence = si >= 0 ? si : this.nearestSentence(numStart);
    const fig: ExtractedFigure = {
      id: `${this.doc}#${start}`,
      doc: this.doc,
      start,
      end: spanEnd,
      text: t.slice(start, spanEnd),
      value: clean(value),
      low: clean(Math.min(low, high)),
      high: high === Infinity ? Infinity : clean(Math.max(low, high)),
      unit,
      hedge,
      counts,
      countsKeys: keys,
      sentence,
    };
    if (unitAsWritten !== undefined) fig.unitAsWritten = unitAsWritten;
    if (writtenValue !== undefined) fig.writtenValue = clean(writtenValue);
    const time = this.timeFor(ss, se, start, spanEnd);
    if (time) fig.time = time;
    this.out.push(fig);
    this.lastEnd = spanEnd;
    return spanEnd;
  }

  private nearestSentence(p: number): number {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]!.start <= p) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  // ---------------------------------------------------------------------------- pieces

  private currencyBefore(numStart: number, ss: number): { code: string; start: number } | null {
    const t = this.text;
    let i = numStart;
    if (i > ss && isSpaceCode(t.charCodeAt(i - 1))) i--;
    if (i <= ss) return null;
    const c = t.charCodeAt(i - 1);
    // symbol
    const sym = t[i - 1]!;
    if ('$€£¥₽₴₹₺'.includes(sym)) {
      let s = i - 1;
      while (s > ss && s > i - 5 && (isLetterCode(t.charCodeAt(s - 1)) || t.charCodeAt(s - 1) === 46)) s--;
      const key = t.slice(s, i).toLowerCase();
      if (s < i - 1 && CURRENCY_PREFIX[key]) return { code: CURRENCY_PREFIX[key]!, start: s };
      return { code: CURRENCY_PREFIX[sym]!, start: i - 1 };
    }
    if (isLetterCode(c) || c === 46) {
      const pw = this.prevWord(numStart, ss, true);
      if (!pw) return null;
      const raw = t.slice(pw.s, pw.e);
      const key = pw.lower;
      const withDot = pw.e < numStart && t.charCodeAt(pw.e) === 46;
      if (key === 'kr' || key === 'rs') {
        if (this.lx.krBeforeAmount || key === 'rs' || withDot) return { code: CURRENCY_PREFIX[key]!, start: pw.s };
        return null;
      }
      if (raw.length === 3 && raw === raw.toUpperCase() && CURRENCY_PREFIX[key]) return { code: CURRENCY_PREFIX[key]!, start: pw.s };
    }
    return null;
  }

  private hedgeBefore(pos: number, ss: number): { code: HedgeCode; start: number } | null {
    const t = this.text;
    const last = this.prevWord(pos, ss, true);
    if (!last || !this.r.hedgeLast.has(last.lower)) return null;
    const s = Math.max(ss, pos - 48);
    if (s >= pos) return null;
    const slice = t.slice(s, pos);
    const m = this.r.hedgeRe.exec(slice);
    if (!m) return null;
    const phrase = m[1]!.toLowerCase();
    const code = this.lx.hedges.get(phrase) ?? this.lx.hedges.get(phrase.replace(/\s+/g, ' '));
    if (!code) return null;
    const idx = (m as RegExpExecArray & { indices?: [number, number][] }).indices?.[1]?.[0] ?? m.index;
    return { code, start: s + idx };
  }

  private monthAfter(end: number, se: number): number {
    const t = this.text;
    let q = end;
    if (q < se && t.charCodeAt(q) === 46) q++;
    const toks = this.wordsAfter(q, se, 2);
    if (toks.length === 0) return 0;
    let k = 0;
    if (CUES.monthOf.has(toks[0]!.lower) && toks.length > 1) k = 1;
    const m = toks[k]!;
    if (!MONTHS.has(m.lower)) return 0;
    if (AMBIGUOUS_MONTHS.has(m.lower) && !m.cap) return 0;
    if (m.s - end > 5) return 0;
    return m.e;
  }

  private rangeAfter(
    end: number,
    se: number,
    tok: NumberToken,
    value: number,
    scaled: boolean,
    between: boolean,
    hedgeStart: number,
    ss: number,
  ): { high: number; end: number; scale: number } | 'date' | null {
    const t = this.text;
    const lx = this.lx;
    let q = end;
    let connector = '';
    const c = q < se ? t.charCodeAt(q) : 0;
    if (c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011) {
      connector = '-';
      q++;
    } else if (q + 2 < se && isSpaceCode(c) && (t.charCodeAt(q + 1) === 0x2013 || t.charCodeAt(q + 1) === 0x2014) && isSpaceCode(t.charCodeAt(q + 2))) {
      connector = '-';
      q += 3;
    } else {
      const nx = this.wordsAfter(q, se, 1);
      if (nx.length === 0) return null;
      const w = nx[0]!.lower;
      if (between && w === lx.betweenAnd) connector = 'and';
      else if (lx.rangeWords.has(w)) connector = w;
      else return null;
      q = nx[0]!.e;
      if (q < se && isSpaceCode(t.charCodeAt(q))) q++;
      else return null;
    }
    if (q >= se) return null;
    // "$5-$10"
    if ('$€£'.includes(t[q]!)) q++;
    let b: NumberToken | null = null;
    if (isDigit(t.charCodeAt(q))) {
      if (tok.words && connector === '-') return null;
      b = readDigits(t, q, se, lx);
    } else if (isLetterCode(t.charCodeAt(q))) {
      if (connector === '-' && !tok.words) return null;
      b = readWordNumber(t, q, se, lx);
      if (b && b.firstWord && lx.weakStart.has(b.firstWord) && !b.scaled) b = null;
    }
    if (!b) return null;
    // Year ranges and dates: "2021-2022", "1990-95", "from 1993 to 2001"; scores "0-2".
    if (!tok.words && tok.plainDigits === 4 && value >= 1000 && value <= 2100) {
      if (connector === '-' || (!b.words && b.plainDigits === 4 && b.value >= 1000 && b.value <= 2100)) return 'date';
    }
    if (connector === '-' && value === 0) return 'date';
    let high = b.value;
    let bEnd = b.end;
    let scale = 0;
    if (!b.words) {
      const sc = readScale(t, bEnd, se, lx, false);
      if (sc) {
        high *= sc.factor;
        scale = sc.factor;
        bEnd = sc.end;
      }
    } else if (b.scaled && !scaled && b.value >= 1000) {
      // "two to three million"
      let s = 1;
      while (s * 1000 <= b.value && s < 1e12) s *= 1000;
      scale = s;
    }
    // After a glued letter ("70-80km") the unit is read later.
    const low = scale && !scaled ? value * scale : value;
    // Scores: "31-24 victory", "a 14-0 lead", "a 2-3 loss".
    if (connector === '-' && !b.words && (!(high > low) || SCORE_WORDS.has(this.wordsAfter(bEnd, se, 1)[0]?.lower ?? ''))) return 'date';
    if (!(high > low)) return null;
    // "rose from 19 to 40": two values at two times, not a range.
    if (connector !== '-' && connector !== 'and' && hedgeStart >= 0) {
      const pw = this.prevWord(hedgeStart, ss, false);
      if (pw && lx.changeVerbs.has(pw.lower)) return null;
    }
    if (connector !== '-' && connector !== 'and' && hedgeStart < 0) {
      // "increased 19 to 40" without "from": also a change.
      const pw = this.prevWord(tok.start, ss, false);
      if (pw && lx.changeVerbs.has(pw.lower)) return null;
    }
    if (lx.orWords.has(connector) && high > low * 10) return null;
    return { high, end: bEnd, scale: scale && !scaled ? scale : 0 };
  }

  private ageAfter(pos: number, se: number): { unit: string; end: number } | null {
    const t = this.text;
    if (pos >= se) return null;
    const c0 = t.charCodeAt(pos);
    if (!(c0 === 45 || c0 === 0x2010 || c0 === 0x2011 || c0 === 0x2013 || isSpaceCode(c0) || isLetterCode(c0))) return null;
    // The first letter of the unit word must fit ("year", "åring", "jährig", "ans", "años").
    let k = pos;
    while (k < se && k < pos + 3 && !isLetterCode(t.charCodeAt(k))) k++;
    const l = k < se ? lowerCode(t.charCodeAt(k)) : 0;
    const age = this.lx.age;
    if (!age.first.includes(String.fromCharCode(l))) return null;
    const rest = t.slice(pos, Math.min(se, pos + 24));
    let m: RegExpExecArray | null = null;
    for (const re of age.patterns) if ((m = re.exec(rest)) !== null) break;
    if (!m) return null;
    const unit = age.units[m[1]!.toLowerCase()] ?? 'years';
    return { unit, end: pos + m[0].length };
  }

  /** "Belov, 54 ans", "Bélov, de 54 años", "aged 69", "i en alder av 69 år", "im Alter von 69 Jahren". */
  private isAgeContext(hedgeStart: number, ss: number, unit: UnitDef, value: number): boolean {
    if (unit.unit !== 'years' || value >= 130) return false;
    const t = this.text;
    const before = t.slice(Math.max(ss, hedgeStart - 30), hedgeStart);
    if (AGE_PREFIX.test(before)) return true;
    if (this.lx.ageAfterNameComma) {
      if (/\p{Lu}[\p{L}\p{M}]*,\s*(?:de\s+)?$/u.test(before)) return true;
    }
    return false;
  }

  private appositiveAge(numStart: number, end: number, ss: number, se: number): boolean {
    const t = this.text;
    const before = numStart > ss ? t.charCodeAt(numStart - 1) : 0;
    const after = end < se ? t.charCodeAt(end) : 46;
    let nameEnd = -1;
    if (before === 40 && after === 41) nameEnd = numStart - 1;
    else if (numStart >= 2 && before === 32 && t.charCodeAt(numStart - 2) === 44 && (after === 44 || after === 46 || after === 59)) nameEnd = numStart - 2;
    if (nameEnd < 0) return false;
    let i = nameEnd;
    while (i > ss && isSpaceCode(t.charCodeAt(i - 1))) i--;
    let s = i;
    while (s > ss && isLetterCode(t.charCodeAt(s - 1))) s--;
    if (s === i || !isUpper(t.charCodeAt(s))) return false;
    const w = t.slice(s, i).toLowerCase();
    if (MONTHS.has(w) || WEEKDAYS.has(w) || this.lx.stop.has(w)) return false;
    // A name: this word or the one before it is capitalised and it is not the sentence's first word alone.
    return s > ss;
  }

  /** A counted noun starts right after `pos` (no adjectives in between). */
  private directNoun(pos: number, se: number): boolean {
    const toks = this.wordsAfter(pos, se, 1);
    if (toks.length === 0) return false;
    const w = toks[0]!;
    if (this.lx.stop.has(w.lower)) return false;
    if (humanGloss(w.lower, this.lx) || isTroopWord(w.lower, this.lx)) return true;
    if (this.lx.nounsCapitalised) return false;
    return this.looksPlural(w.lower) && !w.cap;
  }

  private countedNounAhead(pos: number, se: number): boolean {
    return this.findHead(pos, se) !== null;
  }

  private looksPlural(lower: string): boolean {
    return lower.length >= 3 && this.lx.looksPlural(lower);
  }

  private findHead(
    pos: number,
    se: number,
  ): { unit: string; counts: string; keys: string[]; end: number; adjacent: boolean } | null {
    const t = this.text;
    const lx = this.lx;
    let toks = this.wordsAfter(pos, se, 7);
    let adjacent = true;
    // Human verbs first ("84 skrive under", "5,000 had escaped", "sju som stemte"): no counted noun there.
    if (toks.length === 0) {
      // "nine of the 14 trapped miners" has a digit after "of the" only when the words stop at a number.
      return null;
    }
    if (lx.of.has(toks[0]!.lower)) {
      // Partitive: "nine of the 14 trapped miners", "to av brevskriverne", "dos de los mineros".
      adjacent = false;
      let j = 1;
      if (toks[1] && PARTITIVE_ARTICLES.has(toks[1].lower)) j = 2;
      const q = j < toks.length ? toks[j]!.s : toks[j - 1]!.e;
      let r = q;
      while (r < se && isSpaceCode(t.charCodeAt(r))) r++;
      if (r < se && isDigit(t.charCodeAt(r))) {
        const d = readDigits(t, r, se, lx);
        if (!d) return null;
        toks = this.wordsAfter(d.end, se, 6);
      } else {
        if (j < toks.length && lx.pronouns.has(toks[j]!.lower)) return null;
        toks = toks.slice(j);
      }
      if (toks.length === 0) return null;
    }
    let i = 0;
    if (lx.nounFirst && toks[0] && CUES.headArticles.has(toks[0].lower)) i = 1;
    while (i < toks.length && lx.skipAdj.has(toks[i]!.lower)) i++;
    if (i >= toks.length) return null;
    const first = i;
    if (this.verbAt(toks, first)) return null;
    let head = -1;
    let human: string | null = null;
    let troop = false;
    const limit = Math.min(toks.length, first + 4);
    for (let j = first; j < limit; j++) {
      const tk = toks[j]!;
      const lower = tk.lower;
      const hg = humanGloss(lower, lx);
      if (hg && !(lx.stop.has(lower) && !lx.nounsCapitalised)) {
        head = j;
        human = hg;
        break;
      }
      if (isTroopWord(lower, lx)) {
        head = j;
        troop = true;
        break;
      }
      if (lx.stop.has(lower)) break;
      if (lx.nounsCapitalised) {
        if (tk.cap) {
          head = j;
          break;
        }
        continue;
      }
      if (lx.nounFirst) {
        if (tk.cap) break;
        if (lx.notNoun !== null && lx.notNoun.test(lower)) break;
        if (lower.length < 3) break;
        head = j;
        break;
      }
      if (tk.cap) {
        if (lx.capitalisedPeople !== null && lx.capitalisedPeople.test(lower) && j === first) {
          head = j;
          human = lower;
          break;
        }
        continue;
      }
      if (this.looksPlural(lower)) {
        head = j;
        break;
      }
      if (lx.notNoun !== null && lx.notNoun.test(lower)) break;
    }
    if (head < 0 && !lx.nounFirst && !lx.nounsCapitalised) {
      const tk = toks[first]!;
      if (!tk.cap && !lx.stop.has(tk.lower) && tk.lower.length >= 3 && !(lx.notBareNoun !== null && lx.notBareNoun.test(tk.lower))) {
        if (first + 1 >= toks.length || lx.stop.has(toks[first + 1]!.lower) || lx.bareNounBeforeWords) head = first;
      }
    }
    if (head < 0) return null;
    let endTok = head;
    if (lx.nounFirst && head + 1 < toks.length) {
      const nx = toks[head + 1]!;
      if (!nx.cap && !lx.stop.has(nx.lower) && nx.lower.length >= 5 && /[sx]$/.test(nx.lower) && !/ent$/.test(nx.lower)) endTok = head + 1;
    }
    const s = toks[first]!.s;
    const e = toks[endTok]!.e;
    const headTok = toks[head]!;
    const counts = t.slice(lx.nounFirst ? headTok.s : s, e);
    const unit = human ? 'people' : troop ? 'troops' : headTok.lower;
    const keys = countsKeysOf(counts, this.code);
    if (human && !keys.includes(human)) keys.push(human.replace(/ /g, '_'));
    return { unit, counts, keys, end: e, adjacent: adjacent && first <= 1 };
  }

  /** A verb with a human subject at toks[i] (after up to two auxiliaries), or a relative pronoun. */
  private verbAt(toks: Tok[], i: number): { end: number; s: number } | null {
    const lx = this.lx;
    let j = i;
    if (j < toks.length && lx.relative.has(toks[j]!.lower)) {
      const v = j + 1 < toks.length && !lx.stop.has(toks[j + 1]!.lower) ? toks[j + 1]! : toks[j]!;
      return { s: toks[i]!.s, end: v.e };
    }
    for (let n = 0; n < 2 && j < toks.length; n++) {
      const two = j + 1 < toks.length ? `${toks[j]!.lower}_${toks[j + 1]!.lower}` : '';
      if (two && lx.humanVerbs.has(two)) return { s: toks[i]!.s, end: toks[j + 1]!.e };
      if (lx.humanVerbs.has(toks[j]!.lower)) return { s: toks[i]!.s, end: toks[j]!.e };
      if (lx.aux.has(toks[j]!.lower)) j++;
      else break;
    }
    if (j < toks.length) {
      const two = j + 1 < toks.length ? `${toks[j]!.lower}_${toks[j + 1]!.lower}` : '';
      if (two && lx.humanVerbs.has(two)) return { s: toks[i]!.s, end: toks[j + 1]!.e };
      if (lx.humanVerbs.has(toks[j]!.lower)) return { s: toks[i]!.s, end: toks[j]!.e };
    }
    return null;
  }

  /**
   * A bare number: what it counts comes from context. In order: "the number (of X)" -> the figure it refers to;
   * a figure just before (same or previous sentence) for numbers standing as subjects or hedged/additional; a verb
   * whose subject is human ("had escaped", "skrive under", "som stemte").
   */
  private fromContext(
    numStart: number,
    hedgeStart: number,
    afterNum: number,
    ss: number,
    se: number,
    si: number,
    hedged: boolean,
    vague: boolean,
  ): { unit: string; counts: string; keys: string[]; adjacentEnd: number } | null {
    const t = this.text;
    const lx = this.lx;
    const before = t.slice(Math.max(ss, hedgeStart - 160), hedgeStart);
    const bs = hedgeStart - before.length;
    const toks = this.wordsAfter(afterNum, se, 4);
    const verb = toks.length ? this.verbAt(toks, 0) : null;
    // "the number of X", "antallet", "die Zahl"
    let numberRef = false;
    const nre = this.r.numberRe;
    nre.lastIndex = 0;
    let nm: RegExpExecArray | null;
    let last: RegExpExecArray | null = null;
    while ((nm = nre.exec(before)) !== null) last = nm;
    if (last) {
      numberRef = true;
      const at = last.index + last[0].length - last[1]!.length;
      const nw = last[1]!.toLowerCase();
      const afterPos = bs + at + nw.length;
      const after = this.wordsAfter(afterPos, se, 1);
      if (after.length && lx.of.has(after[0]!.lower) && after[0]!.e < hedgeStart) {
        // "the number of signatories" -> the head after "of"
        const head = this.findHead(afterPos, se);
        if (head && head.end <= hedgeStart) return { unit: head.unit, counts: head.counts, keys: head.keys, adjacentEnd: -1 };
      }
      if (lx.tollWords.has(nw)) return { unit: 'people', counts: last[1]!, keys: ['death', 'toll'], adjacentEnd: -1 };
    }
    const subject = this.clauseStart(hedgeStart, ss, true) || (verb !== null && this.clauseStart(numStart, ss, true));
    if (numberRef || hedged || subject || vague) {
      const ante = this.antecedent(numStart, si);
      if (ante) return { unit: ante.unit, counts: ante.counts, keys: ante.countsKeys.slice(), adjacentEnd: -1 };
    }
    if (verb) {
      const counts = t.slice(verb.s, verb.end);
      return { unit: 'people', counts, keys: countsKeysOf(counts, this.code).concat(['people']), adjacentEnd: -1 };
    }
    return null;
  }

  /** The nearest earlier figure in the same or the previous sentence that counts things (not a measure). */
  private antecedent(numStart: number, si: number): ExtractedFigure | null {
    for (let k = this.out.length - 1; k >= 0 && k >= this.out.length - 6; k--) {
      const f = this.out[k]!;
      if (f.end > numStart) continue;
      if (si >= 0 && f.sentence < si - 1) break;
      if (si < 0 && numStart - f.end > 400) break;
      if (!f.unit || f.counts === 'age') continue;
      if (/^(?:km|km2|m|m2|kg|t|%|pp|years|months|weeks|days|hours|minutes|times)$/.test(f.unit) || /^[A-Z]{3}$/.test(f.unit)) continue;
      return f;
    }
    return null;
  }

  /** What a measure (km, years, %, money) is about: a noun right after it, "of X", a complement, a ratio cue, or the word before. */
  private measureCounts(
    unit: UnitDef,
    unitEnd: number,
    numStart: number,
    hedgeStart: number,
    ss: number,
    se: number,
  ): { counts: string; keys: string[] } {
    const t = this.text;
    const lx = this.lx;
    const code = this.code;
    const toks = this.wordsAfter(unitEnd, se, 5);
    const phrase = (a: number, b: number): { counts: string; keys: string[] } => {
      const counts = t.slice(toks[a]!.s, toks[b]!.e);
      return { counts, keys: countsKeysOf(counts, code) };
    };
    const content = (tk: Tok): boolean =>
      !lx.stop.has(tk.lower) && tk.lower.length >= 3 && !lx.hedges.has(tk.lower) && !tk.lower.endsWith('ly') && !tk.lower.endsWith('ing') &&
      resolveNumberWord(tk.lower, lx) === null;
    if (unit.kind === 'ratio') {
      // "åtte ganger i undertall", "outnumbered ... by eight times"
      const cue = this.ratioCueNear(unitEnd);
      if (cue) return { counts: cue[1], keys: uniq([lemmaKey(cue[1].toLowerCase(), code), cue[2]]) };
      // "three times its normal March rainfall", "dreimal so viel Regen", "åtte ganger så mange"
      let k = 0;
      while (k < toks.length && RATIO_FILLERS.has(toks[k]!.lower)) k++;
      if (k > 0 && k < toks.length) {
        let e = k;
        while (e + 1 < toks.length && e - k < 2 && content(toks[e + 1]!)) e++;
        if (content(toks[k]!) || toks[k]!.cap) return phrase(k, e);
      }
    }
    if (toks.length > 0) {
      const w0 = toks[0]!.lower;
      if (lx.of.has(w0) && unit.kind !== 'duration' && toks.length > 1) {
        // "1,160 square miles of northeastern Ukraine", "20 prosent av gruveselskapet"
        const head = this.findHead(toks[0]!.e, se);
        if (head) return { counts: head.counts, keys: head.keys };
        let a = 1;
        if (PARTITIVE_ARTICLES.has(toks[1]!.lower) && toks.length > 2) a = 2;
        let e = a;
        while (e + 1 < toks.length && e - a < 2 && !lx.stop.has(toks[e + 1]!.lower)) e++;
        if (!lx.stop.has(toks[a]!.lower)) return phrase(a, e);
      }
      if (unit.kind === 'money' || unit.kind === 'percent' || unit.kind === 'distance' || unit.kind === 'area' || unit.kind === 'mass') {
        // "$3 million compensation fund", "a 20% stake", "in 420 Metern Tiefe"
        const tk = toks[0]!;
        if (content(tk) && (lx.nounsCapitalised ? tk.cap : !tk.cap) && !lx.nounFirst) {
          let e = 0;
          if (!lx.nounsCapitalised) while (e + 1 < toks.length && e < 1 && content(toks[e + 1]!) && !toks[e + 1]!.cap) e++;
          return phrase(0, e);
        }
      }
      if (unit.kind === 'duration' || unit.kind === 'ratio' || unit.kind === 'money') {
        // "seven years in prison", "syv års fengsel", "drei Jahre Haft", "18 millioner kroner i nødhjelp"
        let k = 0;
        if (PREP_BEFORE_COMPLEMENT.has(w0) && toks.length > 1) k = 1;
        const tk = toks[k]!;
        const okWord = content(tk) && (!tk.cap || lx.nounsCapitalised);
        if (okWord && (k === 1 || lx.complementWithoutPrep) && !(k === 1 && unit.kind === 'money' && !lx.moneyComplementAfterPrep)) {
          const g = nounGloss(tk.lower, lx) ?? lx.ratioCues.get(tk.lower);
          return { counts: t.slice(tk.s, tk.e), keys: uniq([lemmaKey(tk.lower, code), ...(g ? [g] : [])]) };
        }
      }
    }
    // The content word before: "fined him 47,000 rubles" -> "fined", "depth of about 420 metres" -> "depth".
    let pos = hedgeStart;
    for (let n = 0; n < 5; n++) {
      const pw = this.prevWord(pos, ss, false);
      if (!pw || pw.s < this.lastEnd) break;
      pos = pw.s;
      if (!content({ ...pw }) || lx.articles.has(pw.lower)) continue;
      if (pw.cap && !lx.nounsCapitalised) break;
      const g = nounGloss(pw.lower, lx);
      return { counts: t.slice(pw.s, pw.e), keys: uniq([lemmaKey(pw.lower, code), ...(g ? [g] : [])]) };
    }
    void numStart;
    return { counts: '', keys: [] };
  }

  /** The whole sentence (or line) of a candidate, for things computed once per sentence. */
  private sentenceSpan(p: number): [number, number, number] {
    const si = sentenceAt(this.sentences, p);
    if (si >= 0) {
      const s = this.sentences[si]!;
      return [Math.max(this.from, Math.min(s.start, p)), Math.min(this.text.length, Math.max(s.end, p + 1)), si];
    }
    return [this.lineS, this.lineE, -1 - this.lineS];
  }

  private timeFor(ss: number, se: number, fs: number, fe: number): string | undefined {
    void ss;
    void se;
    const [s0, e0, key] = this.sentenceSpan(fs);
    let list = this.timeCache.get(key);
    if (!list) {
      list = timePhrases(this.text, s0, e0, this.code);
      this.timeCache.set(key, list);
    }
    if (list.length === 0) return undefined;
    // Phrases are sorted and disjoint: look only around the figure.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]![0] < fs) lo = mid + 1;
      else hi = mid;
    }
    let best: [number, number] | null = null;
    let bestD = Infinity;
    for (let k = Math.max(0, lo - 3); k < Math.min(list.length, lo + 3); k++) {
      const ph = list[k]!;
      if (ph[1] > fs && ph[0] < fe) continue; // overlaps the figure
      const d = ph[1] <= fs ? fs - ph[1] : ph[0] - fe;
      if (d < bestD) {
        bestD = d;
        best = ph;
      }
    }
    return best ? this.text.slice(best[0], best[1]) : undefined;
  }

  private cueCache = new Map<number, [number, string, string][]>();

  /** Ratio cues ("outnumbered", "undertall") in the sentence of p, computed once per sentence. */
  private ratioCueNear(p: number): [number, string, string] | null {
    const [s0, e0, key] = this.sentenceSpan(p);
    let list = this.cueCache.get(key);
    if (!list) {
      list = [];
      const t = this.text;
      const lx = this.lx;
      let i = s0;
      while (i < e0) {
        if (!isLetterCode(t.charCodeAt(i))) {
          i++;
          continue;
        }
        const we = wordEnd(t, i, e0);
        const c = lowerCode(t.charCodeAt(i));
        // Cheap filter on the first letter of every cue word.
        if (this.r.cueFirst.includes(String.fromCharCode(c))) {
          const raw = t.slice(i, we);
          const w = raw.toLowerCase();
          const g = lx.ratioCues.get(w) ?? ratioCuePrefix(w);
          if (g) list.push([i, raw, g]);
        }
        i = we;
      }
      this.cueCache.set(key, list);
    }
    let best: [number, string, string] | null = null;
    for (const c of list) if (!best || Math.abs(c[0] - p) < Math.abs(best[0] - p)) best = c;
    return best && Math.abs(best[0] - p) < WINDOW ? best : null;
  }

  /** "47,000 rubles ($780)": the same amount in two currencies. */
  private linkCurrencyPairs(): void {
    const out = this.out;
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i]!;
      const b = out[i + 1]!;
      if (!/^[A-Z]{3}$/.test(a.unit) || !/^[A-Z]{3}$/.test(b.unit) || a.unit === b.unit) continue;
      const between = this.text.slice(a.end, b.start);
      if (EQUIVALENCE.test(between)) {
        a.equivalentTo = b.id;
        b.equivalentTo = a.id;
        if (!b.counts && a.counts) {
          b.counts = a.counts;
          b.countsKeys = uniq(a.countsKeys.filter((k) => k !== a.unit).concat(b.unit));
        }
        if (!b.time && a.time) b.time = a.time;
      }
    }
  }
}

const AGE_PREFIX = new RegExp(`(?:${cueAlternatives('agePrefixes')})\\s*$`, 'iu');
const EQUIVALENCE = new RegExp(`^\\s*[([/≈~=]\\s*(?:${cueAlternatives('equivalenceHedges')})?\\s*$`, 'iu');

function ratioCuePrefix(w: string): string | undefined {
  for (const p of CUES.ratioCuePrefixes) if (w.startsWith(p)) return p;
  return undefined;
}

function lemmaKey(w: string, code: LangCode): string {
  return countsKeysOf(w, code)[0] ?? w;
}

function uniq(xs: string[]): string[] {
  const out: string[] = [];
  for (const x of xs) if (x && !out.includes(x)) out.push(x);
  return out;
}

function clean(v: number): number {
  if (!Number.isFinite(v)) return v;
  const r = Math.round(v * 1e9) / 1e9;
  return Math.abs(r - v) < ROUND_EPS * Math.max(1, Math.abs(v)) ? r : v;
}
