// Dates and years are no quantities: a year after "in", "since", a month or a weekday ("in 1988", "seit 1988");
// a day before or after its month ("September 11", "11. september", "14 de marzo"); a four-digit year anywhere
// unless a hedge and a counted noun make it a count ("Der 1988 errichtete Damm" is a date, "about 1,500 people" is
// not). Month and weekday names of every language count in every article (languages/<code>/figures.ts).
import { figureCuesEverywhere } from '../../languages';
import type { Cursor, Step } from '../cursor';
import type { NumberToken } from '../numbers';
import { directNoun } from '../nouns';

const CUES = figureCuesEverywhere();
const MONTHS = CUES.months;
const AMBIGUOUS_MONTHS = CUES.ambiguousMonths;
const WEEKDAYS = CUES.weekdays;

const isYear = (tok: NumberToken): boolean => tok.plainDigits === 4 && tok.value >= 1000 && tok.value <= 2100;

/** A year after "in", "since", a month...: a date, decided before any further work (where to go on, else 0). */
export function yearAfterPreposition(x: Cursor, tok: NumberToken, ss: number): number {
  if (!isYear(tok)) return 0;
  const pw = x.prevWord(tok.start, ss, true);
  if (pw && (x.lx.yearPreps.has(pw.lower) || MONTHS.has(pw.lower) || WEEKDAYS.has(pw.lower))) return tok.end;
  return 0;
}

/** Month before: "September 11", "Sept. 11", "March 15" ("may 5" only with a capital). */
export const monthBefore: Step = (x, s) => {
  const { tok, pw, pwLower } = s;
  if (!tok.words && pw && MONTHS.has(pwLower) && tok.plainDigits > 0 && tok.plainDigits <= 2 && s.value <= 31) {
    if (!AMBIGUOUS_MONTHS.has(pwLower) || pw.cap) return x.skipRun(tok.start);
  }
  return undefined;
};

/** Day + month: "11 September 2022", "11. september", "13 March", "14 de marzo", "le 1er mai". */
export const dayAndMonth: Step = (x, s) => {
  const tok = s.tok;
  if (!tok.words && tok.plainDigits > 0 && tok.plainDigits <= 2 && s.value <= 31 && !s.scaled) {
    const after = monthAfter(x, s.end, s.se);
    if (after > 0) return after;
  }
  return undefined;
};

function monthAfter(x: Cursor, end: number, se: number): number {
  const t = x.text;
  let q = end;
  if (q < se && t.charCodeAt(q) === 46) q++;
  const toks = x.wordsAfter(q, se, 2);
  if (toks.length === 0) return 0;
  let k = 0;
  if (CUES.monthOf.has(toks[0]!.lower) && toks.length > 1) k = 1;
  const m = toks[k]!;
  if (!MONTHS.has(m.lower)) return 0;
  if (AMBIGUOUS_MONTHS.has(m.lower) && !m.cap) return 0;
  if (m.s - end > 5) return 0;
  return m.e;
}

/** Years: "in 2022", "Der 1988 errichtete Damm", "2024." are dates, not quantities. */
export const year: Step = (x, s) => {
  const { tok, pw, pwLower } = s;
  const yearLike = !tok.words && tok.plainDigits === 4 && s.value >= 1000 && s.value <= 2100 && !s.scaled;
  if (yearLike && !s.currency && !s.unitDef && s.rangeHigh === null) {
    const prepBefore = pw !== null && (x.lx.yearPreps.has(pwLower) || MONTHS.has(pwLower) || WEEKDAYS.has(pwLower));
    const direct = directNoun(x, s.afterNum, s.se);
    if (prepBefore || !direct || s.hedgeCode === null) {
      if (!(direct && !prepBefore && s.hedgeCode !== null)) return s.end;
    }
  }
  return undefined;
};
