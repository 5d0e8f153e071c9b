// Hedges: the words around a number that make it a bound or an estimate, and the interval each gives.
//   before the number  "more than", "rundt", "mindestens", "plus de", "más de" (the language's `hedges`, each with a
//                      HedgeCode: languages/facts.ts); "add $2 million" (addVerbs) is an increment
//   after the number   "four more deputies", "10 weitere", "cuatro más" (additionalAfter)
//   the interval       about ±10 % (±15 % for round numbers: one significant digit, or a scale word);
//                      nearly [X·0.9, X] (0.85 when round); more than [X, 1.5X] (just over [X, 1.1X]); at least
//                      [X, ∞); up to/less than [0, X]; range [a, b] (ranges.ts); additional [X, X]; vague ("thousands
//                      of", "several hundred"): value = low = 2·base, high = 10·base; "a dozen", "une trentaine": about.
// An article before a time unit ("over et døgn", "casi un año") is a figure only with a hedge.
import type { Hedge } from '../model';
import type { FigureLexicon, HedgeCode } from '../languages';
import { figureCuesEverywhere } from '../languages';
import type { Cursor, Step } from './cursor';
import type { Reading } from './figure';

const NOT_ADDITIONAL_BEFORE = figureCuesEverywhere().notAdditionalBefore;

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

interface HedgeRules {
  /** Last words of hedge phrases: the hedge regex runs only when the word before the number is one of them. */
  last: Set<string>;
  /** The hedge phrases, longest first, at the end of the text before the number. */
  re: RegExp;
}

const rulesOf = new Map<FigureLexicon, HedgeRules>();

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternatives of a regex for `xs`, longest first. */
export const alternatives = (xs: Iterable<string>): string =>
  [...new Set(xs)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

function hedgeRules(lx: FigureLexicon): HedgeRules {
  let r = rulesOf.get(lx);
  if (r) return r;
  const last = new Set<string>();
  for (const h of lx.hedges.keys()) {
    const m = /[\p{L}\p{M}]+(?=[^\p{L}\p{M}]*$)/u.exec(h);
    if (m) last.add(m[0]);
  }
  r = { last, re: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternatives(lx.hedges.keys())})[\\s]+$`, 'iud') };
  rulesOf.set(lx, r);
  return r;
}

/** The hedge phrase that ends right before `pos` (after the currency and article), and where it starts. */
function hedgePhraseBefore(x: Cursor, pos: number, ss: number): { code: HedgeCode; start: number } | null {
  const r = hedgeRules(x.lx);
  const last = x.prevWord(pos, ss, true);
  if (!last || !r.last.has(last.lower)) return null;
  const s = Math.max(ss, pos - 48);
  if (s >= pos) return null;
  const m = r.re.exec(x.text.slice(s, pos));
  if (!m) return null;
  const phrase = m[1]!.toLowerCase();
  const code = x.lx.hedges.get(phrase) ?? x.lx.hedges.get(phrase.replace(/\s+/g, ' '));
  if (!code) return null;
  const idx = (m as RegExpExecArray & { indices?: [number, number][] }).indices?.[1]?.[0] ?? m.index;
  return { code, start: s + idx };
}

/** Hedge before: "more than", "rundt", "mindestens", "plus de", "más de"; or a verb of adding ("add $2 million"). */
export const hedgeBefore: Step = (x, s) => {
  const found = hedgePhraseBefore(x, s.curStart, s.ss);
  s.hedgeCode = found ? found.code : null;
  s.hedgeStart = found ? found.start : s.curStart;
  s.hedgeFound = found ? found.start : -1;
  if (!s.hedgeCode) {
    const pa = s.curStart === s.numStart ? s.pw : x.prevWord(s.curStart, s.ss, false);
    if (pa && x.lx.addVerbs.has(pa.lower)) s.hedgeCode = 'add';
  }
  return undefined;
};

/** "four more deputies", "10 weitere", "cuatro más" (not "more than", "más de"). */
export const additionalAfter: Step = (x, s) => {
  s.additional = s.hedgeCode === 'add';
  s.afterNum = s.end;
  const nx = x.wordsAfter(s.end, s.se, 2);
  if (nx.length > 0 && x.lx.additionalAfter.has(nx[0]!.lower) && !(nx[1] && NOT_ADDITIONAL_BEFORE.has(nx[1].lower))) {
    s.additional = true;
    s.afterNum = nx[0]!.e;
  }
  return undefined;
};

/** Article + unit: a figure only with a hedge ("over et døgn", "casi un año", "more than a year"). */
export const articleNeedsHedge: Step = (_x, s) => {
  if (s.core.articleUnit && !s.hedgeCode) return s.core.unitHit ? s.core.unitHit.end : s.end;
  return undefined;
};

/** Significant digits of a value (0 for none, 3 for any fraction). */
function significantDigits(v: number): number {
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

/**
 * The hedge and the interval [low, high] around the value. A hedge speaks of a negative value's size: "more than
 * −3 %" is [−4.5, −3], "up to −3 %" [−3, 0] (the interval of 3, mirrored).
 */
export const interval: Step = (_x, s) => {
  const mirrored = s.core.negative === true && s.value < 0;
  if (mirrored) s.value = -s.value;
  intervalOf(s);
  if (mirrored) {
    const low = s.low;
    s.value = -s.value;
    s.low = s.high === Infinity ? -Infinity : -s.high;
    s.high = -low;
  }
  return undefined;
};

function intervalOf(s: Reading): void {
  const value = s.value;
  let hedge: Hedge = 'exact';
  let low = value;
  let high = value;
  const round = s.scaled || (significantDigits(value) <= 1 && value >= 10) || s.core.approx;
  const w = round ? 0.15 : 0.1;
  if (s.rangeHigh !== null) {
    hedge = 'range';
    high = s.rangeHigh;
  } else if (s.isVague || s.hedgeCode === 'several') {
    hedge = 'vague';
    const base = s.isVague ? s.core.vagueBase : value;
    s.value = 2 * base;
    low = 2 * base;
    high = 10 * base;
  } else if (s.additional) {
    hedge = 'additional';
  } else if (s.hedgeCode) {
    hedge = HEDGE_OF[s.hedgeCode];
    switch (s.hedgeCode) {
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
  } else if (s.core.approx) {
    hedge = 'about';
    low = value * (1 - w);
    high = value * (1 + w);
  }
  s.hedge = hedge;
  s.low = low;
  s.high = high;
}
