// The number at a candidate: digits (once their surroundings show they are no date, time, phone, code or ordinal),
// with a minus sign glued before them ("-2.1 %", "−3,5 %"), a number in words ("twenty-five", "dreimal"), a vague or
// approximate word (vague.ts), or an article before a time unit ("over et døgn"). Then the steps of the number
// itself: a scale word after digits ("2 million"); a signed number only as a share or an amount ("-40 degrees" is
// no count of anything).
import { isDigit, isLetterCode, wordEnd } from './chars';
import { ARTICLE, type CandidateKind } from './candidates';
import type { Cursor, Step } from './cursor';
import { fakeToken, type Core } from './figure';
import { ordinalAt, inName } from './notFigures/labels';
import { digitFormAt, digitsGoOn } from './notFigures/digitForms';
import { yearAfterPreposition } from './notFigures/dates';
import { timeOfDayAfter } from './notFigures/clock';
import { readWordNumber, resolveNumberWord } from './numberWords';
import { isScaleStart, readDigits, readScale } from './numbers';
import { readUnit } from './units';
import { approxAt, vagueAt } from './vague';

/** The number at candidate p, or the position to go on from when what starts there is no figure. */
export function numberAt(x: Cursor, p: number, kind: CandidateKind, ss: number, se: number): Core | number {
  return isDigit(x.text.charCodeAt(p)) ? digitsAt(x, p, ss, se) : wordsAt(x, p, kind, ss, se);
}

function digitsAt(x: Cursor, p: number, ss: number, se: number): Core | number {
  const rej = digitFormAt(x, p, ss);
  if (rej > 0) return rej;
  const tok = readDigits(x.text, p, se, x.lx);
  if (!tok || tok.end - p > 40) return x.skipRun(p);
  const year = yearAfterPreposition(x, tok, ss);
  if (year > 0) return year;
  const more = digitsGoOn(x, p, tok.end, se);
  if (more > 0) return more;
  const ordinal = ordinalAt(x, p, tok.end, se);
  if (ordinal > 0) return ordinal;
  const time = timeOfDayAfter(x, tok.end, se);
  if (time > 0) return time;
  const core: Core = { tok, numStart: p, value: tok.value, scaled: false, end: tok.end, approx: false, vagueBase: 0, glued: ordinal < 0 };
  if (minusBefore(x.text, p)) {
    core.negative = true;
    core.value = -tok.value;
    core.numStart = p - 1;
  }
  return core;
}

/** A minus sign (hyphen-minus or U+2212) glued before the digits at p, itself after no letter, digit or mark. */
function minusBefore(t: string, p: number): boolean {
  if (p < 1) return false;
  const m = t.charCodeAt(p - 1);
  if (m !== 45 && m !== 0x2212) return false;
  if (p < 2) return true;
  const c = t.charCodeAt(p - 2);
  return !(isDigit(c) || isLetterCode(c) || c === 46 || c === 44 || c === 45 || c === 0x2212 || c === 95);
}

/** A number written in words (or a vague word, or an article before a time unit) at p. */
function wordsAt(x: Cursor, p: number, kind: CandidateKind, ss: number, se: number): Core | number {
  const t = x.text;
  const lx = x.lx;
  const we = wordEnd(t, p, se);
  const none = Math.max(we, p + 1);
  if (we === p) return none;
  const lower = t.slice(p, we).toLowerCase();

  // Article + time unit ("over et døgn", "casi un año", "more than a year"): a figure only with a hedge (hedges.ts).
  if (kind === ARTICLE) {
    const unit = readUnit(t, we, se, x.code, false);
    if (!unit || unit.def.kind !== 'duration') return none;
    const tok = fakeToken(p, we, 1);
    return { tok, numStart: p, value: 1, scaled: false, end: we, approx: false, vagueBase: 0, unit: unit.def, unitHit: unit, articleUnit: true };
  }

  const vague = vagueAt(x, p, we, lower, se);
  if (vague !== undefined) return vague ?? none;
  const approx = approxAt(x, p, we, lower, ss);
  if (approx !== undefined) return approx;

  const tok = readWordNumber(t, p, se, lx);
  if (!tok) return ratioWordAt(x, p, we, lower) ?? none;
  // A capitalised number word inside a clause is part of a name ("Ocean's Eleven", "the Big Three").
  if (inName(x, p, ss, tok)) return tok.end;
  let numStart = p;
  if (tok.firstWord && isScaleStart(tok.firstWord, lx)) {
    const pw = x.prevWord(p, ss, false);
    if (pw && lx.articles.has(pw.lower)) numStart = pw.s;
  }
  return { tok, numStart, value: tok.value, scaled: tok.scaled, end: tok.end, approx: tok.dozen, vagueBase: 0 };
}

/** "dreimal", "achtmal": a ratio in one word (the language's ratioSuffix after a number word). */
function ratioWordAt(x: Cursor, p: number, we: number, lower: string): Core | null {
  const lx = x.lx;
  const sfx = lx.ratioSuffix;
  if (sfx === null || !lower.endsWith(sfx) || lower.length <= sfx.length + 1) return null;
  const stem = lower.slice(0, -sfx.length);
  const parts = resolveNumberWord(stem, lx);
  if (!parts) return null;
  const v = parts.length === 1 ? parts[0]!.v : (readWordNumber(stem, 0, stem.length, lx)?.value ?? 0);
  if (!(v > 0)) return null;
  return {
    tok: fakeToken(p, we, v), numStart: p, value: v, scaled: false, end: we, approx: false, vagueBase: 0,
    unit: { unit: 'times', f: 1, kind: 'ratio' },
    unitHit: { def: { unit: 'times', f: 1, kind: 'ratio' }, start: p, end: we, written: sfx },
  };
}

/** A negative number is a share or an amount ("−3,5 %", "-$2 million"), else no figure ("-40 degrees"). */
export const signNeedsUnit: Step = (_x, s) => {
  if (!s.core.negative) return undefined;
  const kind = s.unitDef?.kind;
  return kind === 'percent' || kind === 'money' ? undefined : Math.max(s.end, s.unitEnd);
};

/** "2 million", "5 mill.", "$5bn": a scale word after the digits. */
export const scaleAfter: Step = (x, s) => {
  if (s.tok.words || s.isVague) return undefined;
  const sc = readScale(x.text, s.end, s.se, x.lx, s.currency !== null);
  if (sc) {
    s.value *= sc.factor;
    s.scaled = true;
    s.scaleAt = s.end;
    s.end = sc.end;
  }
  return undefined;
};
