// Currencies: a symbol or code before the amount ("$780", "€5", "US$ 5", "NOK 500", "kr 500" in Norwegian), a money
// unit after it ("47,000 rubles", "18 millioner kroner": figures/units.ts), one currency for both, and two amounts of
// one sum side by side ("47,000 rubles ($780)": linked as equivalents).
import { cueAlternatives } from '../languages';
import { isLetterCode, isSpaceCode } from './chars';
import type { Cursor, Step } from './cursor';
import { uniq } from './figure';
import { CURRENCY_PREFIX } from './units';

/** Currency written before ("$780", "€5", "NOK 500", "kr 500", "US$ 5"). */
export const currencyBefore: Step = (x, s) => {
  if (s.tok.words) return undefined;
  const cp = currencyAt(x, s.numStart, s.ss);
  if (cp) {
    s.currency = cp.code;
    s.curStart = cp.start;
  }
  return undefined;
};

function currencyAt(x: Cursor, numStart: number, ss: number): { code: string; start: number } | null {
  const t = x.text;
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
    const pw = x.prevWord(numStart, ss, true);
    if (!pw) return null;
    const raw = t.slice(pw.s, pw.e);
    const key = pw.lower;
    const withDot = pw.e < numStart && t.charCodeAt(pw.e) === 46;
    if (key === 'kr' || key === 'rs') {
      if (x.lx.krBeforeAmount || key === 'rs' || withDot) return { code: CURRENCY_PREFIX[key]!, start: pw.s };
      return null;
    }
    if (raw.length === 3 && raw === raw.toUpperCase() && CURRENCY_PREFIX[key]) return { code: CURRENCY_PREFIX[key]!, start: pw.s };
  }
  return null;
}

/** A money unit after the number gives the currency; a currency before makes the unit money in that currency. */
export const moneyUnit: Step = (_x, s) => {
  if (s.unitDef && s.unitDef.kind === 'money') {
    if (!s.currency) s.currency = s.unitDef.unit;
  }
  if (s.currency && !s.unitDef) s.unitDef = { unit: s.currency, f: 1, kind: 'money' };
  if (s.unitDef && s.unitDef.kind === 'money' && s.currency) s.unitDef = { unit: s.currency, f: 1, kind: 'money' };
  return undefined;
};

const EQUIVALENCE = new RegExp(`^\\s*[([/≈~=]\\s*(?:${cueAlternatives('equivalenceHedges')})?\\s*$`, 'iu');

/** "47,000 rubles ($780)": the same amount in two currencies. */
export function linkCurrencyPairs(x: Cursor): void {
  const out = x.out;
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!/^[A-Z]{3}$/.test(a.unit) || !/^[A-Z]{3}$/.test(b.unit) || a.unit === b.unit) continue;
    const between = x.text.slice(a.end, b.start);
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
