// Ranges: "70-80", "70 to 80", "between 70 and 80", "mellom 70 og 80", "entre tres y cuatro", "three to four", "two to
// three million" (value a, interval [a, b]). Not ranges: year spans and dates ("2021-2022", "from 1993 to 2001"),
// scores ("a 31-24 victory": the language's score words), a change ("rose from 19 to 40"), alternatives too far
// apart ("two or 30"). A "between"/"from" hedge without a range after it is dropped.
import { figureCuesEverywhere } from '../languages';
import { isDigit, isLetterCode, isSpaceCode } from './chars';
import type { Cursor, Step } from './cursor';
import { readWordNumber } from './numberWords';
import { readDigits, readScale, type NumberToken } from './numbers';

const SCORE_WORDS = figureCuesEverywhere().scoreWords;

export const rangeAfter: Step = (x, s) => {
  if (!s.isVague && !s.core.articleUnit && !s.core.negative) {
    const rg = rangeAt(x, s.end, s.se, s.tok, s.value, s.scaled, s.hedgeCode === 'range', s.hedgeFound, s.ss);
    if (rg === 'date') return x.skipRun(s.tok.start);
    if (rg) {
      if (rg.scale && !s.scaled) s.value *= rg.scale;
      s.rangeHigh = rg.high;
      s.end = rg.end;
      if (s.rangeHigh <= s.value) s.rangeHigh = null;
    }
  }
  if (s.hedgeCode === 'range' && s.rangeHigh === null) {
    s.hedgeCode = null;
    s.hedgeStart = s.curStart;
  }
  return undefined;
};

function rangeAt(
  x: Cursor,
  end: number,
  se: number,
  tok: NumberToken,
  value: number,
  scaled: boolean,
  between: boolean,
  hedgeStart: number,
  ss: number,
): { high: number; end: number; scale: number } | 'date' | null {
  const t = x.text;
  const lx = x.lx;
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
    const nx = x.wordsAfter(q, se, 1);
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
  if (connector === '-' && !b.words && (!(high > low) || SCORE_WORDS.has(x.wordsAfter(bEnd, se, 1)[0]?.lower ?? ''))) return 'date';
  if (!(high > low)) return null;
  // "rose from 19 to 40": two values at two times, not a range.
  if (connector !== '-' && connector !== 'and' && hedgeStart >= 0) {
    const pw = x.prevWord(hedgeStart, ss, false);
    if (pw && lx.changeVerbs.has(pw.lower)) return null;
  }
  if (connector !== '-' && connector !== 'and' && hedgeStart < 0) {
    // "increased 19 to 40" without "from": also a change.
    const pw = x.prevWord(tok.start, ss, false);
    if (pw && lx.changeVerbs.has(pw.lower)) return null;
  }
  if (lx.orWords.has(connector) && high > low * 10) return null;
  return { high, end: bEnd, scale: scale && !scaled ? scale : 0 };
}
