// Digits that are no quantity by their form alone: glued to a name ("Rossiya-24", "F-16", "@user1"), a batting
// average (".358"), a code with leading zeros ("007"), a phone number ("+47 22 33 44 55", "(555) 123-4567"), part of
// a URL or e-mail, a numeric date or time ("2022-09-11", "11.9.2022", "11/9", "18:30", "9.30 a.m."), or digits that
// go on after a dot or colon ("3.5.1"). Decided before the number is read.
import { cueAlternatives } from '../../languages';
import { isDigit, isLetterCode, isSpaceCode } from '../chars';
import type { Cursor } from '../cursor';

const D_ISO = /\d{4}-\d{1,2}-\d{1,2}(?![0-9])/y;
const D_NUM = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?![0-9])/y;
const D_DM = /\d{1,2}\.\d{1,2}\.(?![0-9])/y;
const D_SLASH = /\d{1,4}\/\d{1,4}(?:\/\d{1,4})?(?![0-9])/y;
const T_COLON = /\d{1,2} ?: ?\d{1,2}(?: ?: ?\d{2})?(?![0-9])/y;

/** Digits at p start with "0" followed by another digit. */
function c0IsZero(t: string, p: number): boolean {
  return t.charCodeAt(p) === 48 && p + 1 < t.length && isDigit(t.charCodeAt(p + 1));
}
/** "9.30 a.m.", "18.30 Uhr", "9.30 h", "14.00 timer": the clock words of every language after a decimal. */
const T_DOT_AM = new RegExp(`\\d{1,2}[.:]\\d{2}[ \\u00a0]?(?:${cueAlternatives('clockAfterDecimal')})(?![\\p{L}])`, 'iuy');
const PHONE = /\(?\d{2,4}\)?(?:[ \u00a0.-]\d{2,4}){2,}(?![0-9])/y;
const DATE_TIME_RES = [D_ISO, D_NUM, D_DM, D_SLASH, T_COLON, T_DOT_AM];
const URLISH = /^(?:https?:|www\.|[\w.-]+\.(?:com|org|net|no|de|fr|es|uk|ru|ua|io)\b)/i;

/** Where the scan goes on when the digits at p are not a quantity by their form, else 0. */
export function digitFormAt(x: Cursor, p: number, ss: number): number {
  const t = x.text;
  const prev = p > 0 ? t.charCodeAt(p - 1) : 32;
  if (isLetterCode(prev) || prev === 95 || prev === 47 || prev === 92 || prev === 35 || prev === 64 || prev === 61) return x.skipRun(p);
  if ((prev === 45 || prev === 0x2010 || prev === 0x2011) && p >= 2 && isLetterCode(t.charCodeAt(p - 2))) return x.skipRun(p);
  // The second half of "31-24" or "14-0": already read (or rejected) with the first half.
  if ((prev === 45 || prev === 0x2013) && p >= 2 && isDigit(t.charCodeAt(p - 2))) return x.skipRun(p);
  // ".358" (a batting average), "v1.2", "R.5": a dot glued before the digits.
  if (prev === 46) return x.skipRun(p);
  // Leading zeros ("06 : 00", "007", "000"): codes and clock times, not quantities.
  if (c0IsZero(t, p)) return x.skipRun(p);
  if (prev === 43) {
    PHONE.lastIndex = p;
    if (PHONE.test(t)) return PHONE.lastIndex;
    return x.skipRun(p);
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
    if (head.includes('://') || head.includes('www.') || head.includes('@') || URLISH.test(head)) return x.skipRun(p);
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
  return 0;
}

/** "3.5.1", "10:30": digits go on after a dot or colon right after the number (a version, a time): skipped. */
export function digitsGoOn(x: Cursor, p: number, e: number, se: number): number {
  const t = x.text;
  const c = e < se ? t.charCodeAt(e) : 32;
  if ((c === 46 || c === 58) && e + 1 < se && isDigit(t.charCodeAt(e + 1))) return x.skipRun(p);
  return 0;
}
