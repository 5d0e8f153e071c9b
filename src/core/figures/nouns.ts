// The counted noun after a number: "1,500 people", "14 trapped miners", "nine of the 14 miners" (partitive), "to av
// brevskriverne", "30.000 puestos de trabajo" (noun first), "84 Abgeordnete" (capitalised nouns); a human or troop
// noun wins, a verb with a human subject ("5,000 had escaped", "sju som stemte") means there is none.
import { figureCuesEverywhere } from '../languages';
import { isDigit, isSpaceCode } from './chars';
import type { Cursor } from './cursor';
import type { Tok } from './figure';
import { countsKeysOf, humanGloss, isTroopWord } from './keys';
import { readDigits } from './numbers';

const CUES = figureCuesEverywhere();
const PARTITIVE_ARTICLES = CUES.partitiveArticles;

/** The counted noun after a number. */
export interface Head {
  unit: string;
  counts: string;
  keys: string[];
  end: number;
  /** The noun follows the number with at most one word between (the figure's span takes it in). */
  adjacent: boolean;
}

/** A counted noun starts right after `pos` (no adjectives in between). */
export function directNoun(x: Cursor, pos: number, se: number): boolean {
  const toks = x.wordsAfter(pos, se, 1);
  if (toks.length === 0) return false;
  const w = toks[0]!;
  if (x.lx.stop.has(w.lower)) return false;
  if (humanGloss(w.lower, x.lx) || isTroopWord(w.lower, x.lx)) return true;
  if (x.lx.nounsCapitalised) return false;
  return looksPlural(x, w.lower) && !w.cap;
}

export function countedNounAhead(x: Cursor, pos: number, se: number): boolean {
  return findHead(x, pos, se) !== null;
}

function looksPlural(x: Cursor, lower: string): boolean {
  return lower.length >= 3 && x.lx.looksPlural(lower);
}

export function findHead(x: Cursor, pos: number, se: number): Head | null {
  const t = x.text;
  const lx = x.lx;
  let toks = x.wordsAfter(pos, se, 7);
  let adjacent = true;
  // Human verbs first ("84 skrive under", "5,000 had escaped", "sju som stemte"): no counted noun there.
  if (toks.length === 0) {
    // "nine of the 14 trapped miners" has a digit after "of the" only when the words stop at a number.
    return null;
  }
  if (lx.of.has(toks[0]!.lower)) {
    // Partitive: "nine of the 14 trapped miners", "to av brevskriverne", "dos de los mineros".
    adjacent = false;
    let j = 1;
    if (toks[1] && PARTITIVE_ARTICLES.has(toks[1].lower)) j = 2;
    const q = j < toks.length ? toks[j]!.s : toks[j - 1]!.e;
    let r = q;
    while (r < se && isSpaceCode(t.charCodeAt(r))) r++;
    if (r < se && isDigit(t.charCodeAt(r))) {
      const d = readDigits(t, r, se, lx);
      if (!d) return null;
      toks = x.wordsAfter(d.end, se, 6);
    } else {
      if (j < toks.length && lx.pronouns.has(toks[j]!.lower)) return null;
      toks = toks.slice(j);
    }
    if (toks.length === 0) return null;
  }
  let i = 0;
  if (lx.nounFirst && toks[0] && CUES.headArticles.has(toks[0].lower)) i = 1;
  while (i < toks.length && lx.skipAdj.has(toks[i]!.lower)) i++;
  if (i >= toks.length) return null;
  const first = i;
  if (verbAt(x, toks, first)) return null;
  let head = -1;
  let human: string | null = null;
  let troop = false;
  const limit = Math.min(toks.length, first + 4);
  for (let j = first; j < limit; j++) {
    const tk = toks[j]!;
    const lower = tk.lower;
    const hg = humanGloss(lower, lx);
    if (hg && !(lx.stop.has(lower) && !lx.nounsCapitalised)) {
      head = j;
      human = hg;
      break;
    }
    if (isTroopWord(lower, lx)) {
      head = j;
      troop = true;
      break;
    }
    if (lx.stop.has(lower)) break;
    if (lx.nounsCapitalised) {
      if (tk.cap) {
        head = j;
        break;
      }
      continue;
    }
    if (lx.nounFirst) {
      if (tk.cap) break;
      if (lx.notNoun !== null && lx.notNoun.test(lower)) break;
      if (lower.length < 3) break;
      head = j;
      break;
    }
    if (tk.cap) {
      if (lx.capitalisedPeople !== null && lx.capitalisedPeople.test(lower) && j === first) {
        head = j;
        human = lower;
        break;
      }
      continue;
    }
    if (looksPlural(x, lower)) {
      head = j;
      break;
    }
    if (lx.notNoun !== null && lx.notNoun.test(lower)) break;
  }
  if (head < 0 && !lx.nounFirst && !lx.nounsCapitalised) {
    const tk = toks[first]!;
    if (!tk.cap && !lx.stop.has(tk.lower) && tk.lower.length >= 3 && !(lx.notBareNoun !== null && lx.notBareNoun.test(tk.lower))) {
      if (first + 1 >= toks.length || lx.stop.has(toks[first + 1]!.lower) || lx.bareNounBeforeWords) head = first;
    }
  }
  if (head < 0) return null;
  let endTok = head;
  if (lx.nounFirst && head + 1 < toks.length) {
    const nx = toks[head + 1]!;
    if (!nx.cap && !lx.stop.has(nx.lower) && nx.lower.length >= 5 && /[sx]$/.test(nx.lower) && !/ent$/.test(nx.lower)) endTok = head + 1;
  }
  const s = toks[first]!.s;
  const e = toks[endTok]!.e;
  const headTok = toks[head]!;
  const counts = t.slice(lx.nounFirst ? headTok.s : s, e);
  const unit = human ? 'people' : troop ? 'troops' : headTok.lower;
  const keys = countsKeysOf(counts, x.code);
  if (human && !keys.includes(human)) keys.push(human.replace(/ /g, '_'));
  return { unit, counts, keys, end: e, adjacent: adjacent && first <= 1 };
}

/** A verb with a human subject at toks[i] (after up to two auxiliaries), or a relative pronoun. */
export function verbAt(x: Cursor, toks: Tok[], i: number): { end: number; s: number } | null {
  const lx = x.lx;
  let j = i;
  if (j < toks.length && lx.relative.has(toks[j]!.lower)) {
    const v = j + 1 < toks.length && !lx.stop.has(toks[j + 1]!.lower) ? toks[j + 1]! : toks[j]!;
    return { s: toks[i]!.s, end: v.e };
  }
  for (let n = 0; n < 2 && j < toks.length; n++) {
    const two = j + 1 < toks.length ? `${toks[j]!.lower}_${toks[j + 1]!.lower}` : '';
    if (two && lx.humanVerbs.has(two)) return { s: toks[i]!.s, end: toks[j + 1]!.e };
    if (lx.humanVerbs.has(toks[j]!.lower)) return { s: toks[i]!.s, end: toks[j]!.e };
    if (lx.aux.has(toks[j]!.lower)) j++;
    else break;
  }
  if (j < toks.length) {
    const two = j + 1 < toks.length ? `${toks[j]!.lower}_${toks[j + 1]!.lower}` : '';
    if (two && lx.humanVerbs.has(two)) return { s: toks[i]!.s, end: toks[j + 1]!.e };
    if (lx.humanVerbs.has(toks[j]!.lower)) return { s: toks[i]!.s, end: toks[j]!.e };
  }
  return null;
}

