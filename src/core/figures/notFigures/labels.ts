// Numbers that are labels, names or ordinals, not quantities: ordinals and times glued to the digits ("1st", "2e",
// "3º", "9am"; "4h" only in French), digits glued to letters that are no unit ("4G", "F16"), a label word before
// ("page 5", "Artikel 3", "nr. 7"), a capitalised word right before ("Boeing 737", "Apollo 11"), and a capitalised
// number word inside a clause ("Ocean's Eleven", "the Big Three").
import { figureCuesEverywhere, figureCuesOf, type FigureLexicon } from '../../languages';
import { isLetterCode, isUpper, wordEnd } from '../chars';
import type { Cursor, Step } from '../cursor';
import type { NumberToken } from '../numbers';
import { readUnit } from '../units';

const CUES = figureCuesEverywhere();
const ownSuffixesOf = new Map<FigureLexicon, Set<string>>();

function ownSuffixes(x: Cursor): Set<string> {
  let s = ownSuffixesOf.get(x.lx);
  if (!s) ownSuffixesOf.set(x.lx, (s = new Set((figureCuesOf(x.code).ownSuffixes ?? '').split(/\s+/).filter(Boolean))));
  return s;
}

/**
 * Letters right after the digits [p, e): an ordinal or time suffix ("1st", "2e", "9am") gives where to go on; other
 * letters give -1 (glued: "70km", "4G", decided once the unit is known); no letter gives 0.
 */
export function ordinalAt(x: Cursor, p: number, e: number, se: number): number {
  const t = x.text;
  const c = e < se ? t.charCodeAt(e) : 32;
  if (!isLetterCode(c)) return 0;
  const we = wordEnd(t, e, se);
  const suf = t.slice(e, we).toLowerCase();
  if (CUES.suffixes.has(suf) || ownSuffixes(x).has(suf)) return Math.max(we, p + 1);
  return -1;
}

/** A capitalised number word inside a clause names something (German capitalises its scale nouns: "Millionen"). */
export function inName(x: Cursor, p: number, ss: number, tok: NumberToken): boolean {
  return isUpper(x.text.charCodeAt(p)) && !x.clauseStart(p, ss, false) && !(x.lx.nounsCapitalised && (tok.lastKind === 'k' || tok.lastKind === 'z'));
}

/** "page 5", "Artikel 3", "nr. 7": a label word before digits. */
export const labelBefore: Step = (x, s) => {
  if (!s.tok.words && !s.currency && s.pw && x.lx.labels.has(s.pwLower)) return x.skipRun(s.tok.start);
  return undefined;
};

/** Letters glued to the digits must be a scale or a unit ("70km", "5m"): "4G", "F16x" are names. */
export const gluedLetters: Step = (x, s) => {
  if (s.glued && s.scaleAt !== s.tok.end) {
    const u = readUnit(x.text, s.tok.end, s.se, x.code, false);
    if (!u || u.start !== s.tok.end) return x.skipRun(s.tok.start);
  }
  return undefined;
};

/** Names and labels: "Boeing 737", "Apollo 11" (a capitalised word right before the digits, mid-sentence). */
export const nameBefore: Step = (x, s) => {
  const lx = x.lx;
  const { tok, pw } = s;
  if (!tok.words && !s.currency && pw && pw.cap && pw.e === s.numStart - 1 && !s.hedgeCode && !lx.nounsCapitalised) {
    const w = s.pwLower;
    const known =
      lx.stop.has(w) || lx.hedges.has(w) || CUES.months.has(w) || CUES.weekdays.has(w) || lx.yearPreps.has(w) || lx.clock.has(w) ||
      lx.articles.has(w) || lx.betweenWords.has(w) || lx.fromWords.has(w) || lx.skipAdj.has(w) || lx.addVerbs.has(w);
    if (!known && !x.clauseStart(pw.s, s.ss, false) && !s.unitDef) return x.skipRun(tok.start);
  }
  return undefined;
};
