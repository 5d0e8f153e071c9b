// The cursor over one text: its language's compiled rules, the bounds of a candidate's context, the words before and
// after a position (memoised: the steps ask for the same words again and again), and the figures found so far.
// Every step of the grammar (extract.ts) reads the text through it.
import type { Sentence } from '../model';
import { sentenceAt } from '../text/sentences';
import { figureLexicon, type FigureLexicon, type LangCode } from '../languages';
import { isDigit, isLetterCode, isSpaceCode, isUpper } from './chars';
import type { ExtractedFigure, Reading, Tok } from './figure';

/** Context window either side of a candidate (characters). */
export const WINDOW = 500;

/**
 * A step of the grammar (extract.ts): undefined to go on to the next step, or a position: the candidate is no figure
 * (or, for the last step, has become one) and the scan goes on from there.
 */
export type Step = (x: Cursor, s: Reading) => number | undefined;

export class Cursor {
  readonly lx: FigureLexicon;
  /** The figures found so far, in text order. */
  readonly out: ExtractedFigure[] = [];
  /** End of the last figure: a new one starts at or after it. */
  lastEnd: number;
  /** Time qualifiers and ratio cues per sentence (timePhrases.ts, measures.ts). */
  readonly timeCache = new Map<number, [number, number][]>();
  readonly cueCache = new Map<number, [number, string, string][]>();

  constructor(
    readonly text: string,
    readonly code: LangCode,
    readonly sentences: Sentence[],
    readonly doc: string,
    readonly from: number,
  ) {
    this.lx = figureLexicon(code);
    this.lastEnd = from;
  }

  // ---------------------------------------------------------------------------- bounds

  private lineS = -1;
  private lineE = -1;

  /**
   * The context window of a candidate at p: its sentence, clipped to WINDOW characters either side so that a huge
   * "sentence" (a table, a list without punctuation) keeps the work per candidate bounded. Without a sentence, the
   * line (same clipping, computed once per window).
   */
  bounds(p: number): [number, number, number] {
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

  skipRun(p: number): number {
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

  private pwKey = -1;
  private pwVal: Tok | null = null;

  /** The word before `pos` in [ss, pos): skips spaces (and one dot right after the word when allowDot). */
  prevWord(pos: number, ss: number, allowDot = true): Tok | null {
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
  wordsAfter(pos: number, se: number, max: number): Tok[] {
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
  clauseStart(pos: number, ss: number, commaCounts: boolean): boolean {
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

  nearestSentence(p: number): number {
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

  /** The whole sentence (or line) of a candidate, for things computed once per sentence. */
  sentenceSpan(p: number): [number, number, number] {
    const si = sentenceAt(this.sentences, p);
    if (si >= 0) {
      const s = this.sentences[si]!;
      return [Math.max(this.from, Math.min(s.start, p)), Math.min(this.text.length, Math.max(s.end, p + 1)), si];
    }
    return [this.lineS, this.lineE, -1 - this.lineS];
  }
}

/** The word before the number (labels, months, clock words and year prepositions read it). */
export const wordBefore: Step = (x, s) => {
  s.pw = x.prevWord(s.numStart, s.ss, true);
  s.pwLower = s.pw ? s.pw.lower : '';
  return undefined;
};
