// Measures: the unit after the number (an age first: ages.ts; then the unit table: units.ts), the conversion to the
// canonical unit ("1,160 square miles" -> km2, writtenValue kept), and what a measure is about: a noun right after it
// ("a 20% stake", "$3 million compensation fund"), "of X" ("20 prosent av gruveselskapet"), a complement ("seven
// years in prison", "drei Jahre Haft"), a ratio cue ("outnumbered ... by eight times", "åtte ganger i undertall"),
// or the content word before it ("fined him 47,000 rubles" -> fined, "a depth of about 420 metres" -> depth).
import { figureCuesEverywhere, type FigureLexicon } from '../languages';
import { isLetterCode, lowerCode, wordEnd } from './chars';
import { WINDOW, type Cursor, type Step } from './cursor';
import { uniq, type Tok } from './figure';
import { ageAfter } from './ages';
import { countsKeysOf, lemmaKey, nounGloss } from './keys';
import { findHead } from './nouns';
import { resolveNumberWord } from './numberWords';
import { readUnit, type UnitDef } from './units';

const CUES = figureCuesEverywhere();
const PARTITIVE_ARTICLES = CUES.partitiveArticles;
const PREP_BEFORE_COMPLEMENT = CUES.complementPreps;
const RATIO_FILLERS = CUES.ratioFillers;

/** Unit, age or currency word after the number ("44-year-old", "10 km", "47,000 rubles"). */
export const unitAfter: Step = (x, s) => {
  s.unitEnd = s.core.unitHit ? s.core.unitHit.end : s.end;
  if (s.unitDef || s.isVague) return undefined;
  const t = x.text;
  const ag = ageAfter(x, s.afterNum, s.se);
  if (ag) {
    s.unitDef = { unit: ag.unit, f: 1, kind: 'duration' };
    s.unitHit = { def: s.unitDef, start: s.afterNum, end: ag.end, written: t.slice(s.afterNum, ag.end) };
    s.unitEnd = ag.end;
    s.age = true;
    return undefined;
  }
  const u = readUnit(t, s.afterNum, s.se, x.code, s.scaled || s.core.approx);
  if (u) {
    s.unitDef = u.def;
    s.unitHit = u;
    s.unitEnd = u.end;
  }
  return undefined;
};

/** Conversion to the canonical unit: value and interval times the unit's factor; the written value is kept. */
export const toCanonicalUnit: Step = (_x, s) => {
  const def = s.unitDef;
  if (def && def.f !== 1) {
    s.writtenValue = s.value;
    s.unitAsWritten = s.unitHit ? s.unitHit.written : undefined;
    s.value *= def.f;
    s.low *= def.f;
    s.high = s.high === Infinity ? Infinity : s.high * def.f;
  }
  return undefined;
};

/** What a measure (km, years, %, money) is about: a noun right after it, "of X", a complement, a ratio cue, or the word before. */
export function measureCounts(
  x: Cursor,
  unit: UnitDef,
  unitEnd: number,
  hedgeStart: number,
  ss: number,
  se: number,
): { counts: string; keys: string[] } {
  const t = x.text;
  const lx = x.lx;
  const code = x.code;
  const toks = x.wordsAfter(unitEnd, se, 5);
  const phrase = (a: number, b: number): { counts: string; keys: string[] } => {
    const counts = t.slice(toks[a]!.s, toks[b]!.e);
    return { counts, keys: countsKeysOf(counts, code) };
  };
  const content = (tk: Tok): boolean =>
    !lx.stop.has(tk.lower) && tk.lower.length >= 3 && !lx.hedges.has(tk.lower) && !tk.lower.endsWith('ly') && !tk.lower.endsWith('ing') &&
    resolveNumberWord(tk.lower, lx) === null;
  if (unit.kind === 'ratio') {
    // "åtte ganger i undertall", "outnumbered ... by eight times"
    const cue = ratioCueNear(x, unitEnd);
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
      const head = findHead(x, toks[0]!.e, se);
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
    const pw = x.prevWord(pos, ss, false);
    if (!pw || pw.s < x.lastEnd) break;
    pos = pw.s;
    if (!content({ ...pw }) || lx.articles.has(pw.lower)) continue;
    if (pw.cap && !lx.nounsCapitalised) break;
    const g = nounGloss(pw.lower, lx);
    return { counts: t.slice(pw.s, pw.e), keys: uniq([lemmaKey(pw.lower, code), ...(g ? [g] : [])]) };
  }
  return { counts: '', keys: [] };
}

const cueFirstOf = new Map<FigureLexicon, string>();

/** First letters of the language's ratio cue words (and of the cue stems read in every language). */
function cueFirst(lx: FigureLexicon): string {
  let f = cueFirstOf.get(lx);
  if (f === undefined) cueFirstOf.set(lx, (f = [...new Set([...lx.ratioCues.keys(), ...CUES.ratioCuePrefixes].map((k) => k[0]!))].join('')));
  return f;
}

function ratioCuePrefix(w: string): string | undefined {
  for (const p of CUES.ratioCuePrefixes) if (w.startsWith(p)) return p;
  return undefined;
}

/** Ratio cues ("outnumbered", "undertall") in the sentence of p, computed once per sentence. */
function ratioCueNear(x: Cursor, p: number): [number, string, string] | null {
  const [s0, e0, key] = x.sentenceSpan(p);
  let list = x.cueCache.get(key);
  if (!list) {
    list = [];
    const t = x.text;
    const lx = x.lx;
    const first = cueFirst(lx);
    let i = s0;
    while (i < e0) {
      if (!isLetterCode(t.charCodeAt(i))) {
        i++;
        continue;
      }
      const we = wordEnd(t, i, e0);
      const c = lowerCode(t.charCodeAt(i));
      // Cheap filter on the first letter of every cue word.
      if (first.includes(String.fromCharCode(c))) {
        const raw = t.slice(i, we);
        const w = raw.toLowerCase();
        const g = lx.ratioCues.get(w) ?? ratioCuePrefix(w);
        if (g) list.push([i, raw, g]);
      }
      i = we;
    }
    x.cueCache.set(key, list);
  }
  let best: [number, string, string] | null = null;
  for (const c of list) if (!best || Math.abs(c[0] - p) < Math.abs(best[0] - p)) best = c;
  return best && Math.abs(best[0] - p) < WINDOW ? best : null;
}
