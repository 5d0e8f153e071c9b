// What a bare number counts when no noun follows it, from its context: "the number of signatories had grown to more
// than 40" (the noun after "the number of"), "the toll rose to 12" (people), a figure just before it in the same or
// the previous sentence when the number stands as a subject or is hedged ("... 40 signatories. By Friday, 84 had"),
// or a verb whose subject is human ("about 5,000 had escaped", "84 skrive under", "sju som stemte").
import type { FigureLexicon } from '../languages';
import type { Cursor } from './cursor';
import type { ExtractedFigure } from './figure';
import { alternatives } from './hedges';
import { countsKeysOf } from './keys';
import { findHead, verbAt } from './nouns';

const numberReOf = new Map<FigureLexicon, RegExp>();

/** "the number", "antallet", "die Zahl" in the text before a bare number. */
function numberRe(lx: FigureLexicon): RegExp {
  let re = numberReOf.get(lx);
  if (!re) numberReOf.set(lx, (re = new RegExp(`(?:^|[^\\p{L}])(${alternatives(lx.numberWords)})(?![\\p{L}])`, 'giu')));
  return re;
}

/**
 * A bare number: what it counts comes from context. In order: "the number (of X)" -> the figure it refers to;
 * a figure just before (same or previous sentence) for numbers standing as subjects or hedged/additional; a verb
 * whose subject is human ("had escaped", "skrive under", "som stemte").
 */
export function fromContext(
  x: Cursor,
  numStart: number,
  hedgeStart: number,
  afterNum: number,
  ss: number,
  se: number,
  si: number,
  hedged: boolean,
  vague: boolean,
): { unit: string; counts: string; keys: string[]; adjacentEnd: number } | null {
  const t = x.text;
  const lx = x.lx;
  const before = t.slice(Math.max(ss, hedgeStart - 160), hedgeStart);
  const bs = hedgeStart - before.length;
  const toks = x.wordsAfter(afterNum, se, 4);
  const verb = toks.length ? verbAt(x, toks, 0) : null;
  // "the number of X", "antallet", "die Zahl"
  let numberRef = false;
  const nre = numberRe(lx);
  nre.lastIndex = 0;
  let nm: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((nm = nre.exec(before)) !== null) last = nm;
  if (last) {
    numberRef = true;
    const at = last.index + last[0].length - last[1]!.length;
    const nw = last[1]!.toLowerCase();
    const afterPos = bs + at + nw.length;
    const after = x.wordsAfter(afterPos, se, 1);
    if (after.length && lx.of.has(after[0]!.lower) && after[0]!.e < hedgeStart) {
      // "the number of signatories" -> the head after "of"
      const head = findHead(x, afterPos, se);
      if (head && head.end <= hedgeStart) return { unit: head.unit, counts: head.counts, keys: head.keys, adjacentEnd: -1 };
    }
    if (lx.tollWords.has(nw)) return { unit: 'people', counts: last[1]!, keys: ['death', 'toll'], adjacentEnd: -1 };
  }
  const subject = x.clauseStart(hedgeStart, ss, true) || (verb !== null && x.clauseStart(numStart, ss, true));
  if (numberRef || hedged || subject || vague) {
    const ante = antecedent(x, numStart, si);
    if (ante) return { unit: ante.unit, counts: ante.counts, keys: ante.countsKeys.slice(), adjacentEnd: -1 };
  }
  if (verb) {
    const counts = t.slice(verb.s, verb.end);
    return { unit: 'people', counts, keys: countsKeysOf(counts, x.code).concat(['people']), adjacentEnd: -1 };
  }
  return null;
}

/** The nearest earlier figure in the same or the previous sentence that counts things (not a measure). */
function antecedent(x: Cursor, numStart: number, si: number): ExtractedFigure | null {
  for (let k = x.out.length - 1; k >= 0 && k >= x.out.length - 6; k--) {
    const f = x.out[k]!;
    if (f.end > numStart) continue;
    if (si >= 0 && f.sentence < si - 1) break;
    if (si < 0 && numStart - f.end > 400) break;
    if (!f.unit || f.counts === 'age') continue;
    if (/^(?:km|km2|m|m2|kg|t|%|pp|years|months|weeks|days|hours|minutes|times)$/.test(f.unit) || /^[A-Z]{3}$/.test(f.unit)) continue;
    return f;
  }
  return null;
}
