// The keys of what a figure counts, by which claims meet across articles and languages: crude lemmas (the
// language's lemma), human and troop nouns with their English gloss ("lokalpolitikere" -> politician, compounds
// matched by their end), glossed common nouns ("fengsel" -> prison), stop words and quantifier adjectives dropped.
import { figureLexicon as lexicon, type FigureLexicon as LangLexicon, type LangCode } from '../languages';

/** A crude lemma: lower case, plural endings stripped per language (languages/<code>/figures.ts). */
const lemmaCaches = new Map<LangCode, Map<string, string>>();

export function lemma(word: string, code: LangCode): string {
  let cache = lemmaCaches.get(code);
  if (cache === undefined) lemmaCaches.set(code, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const l = lexicon(code).lemma(word.toLowerCase());
  if (cache.size > 50000) cache.clear();
  cache.set(word, l);
  return l;
}

interface NounTables {
  /** lemma of a human noun -> English gloss */
  human: Map<string, string>;
  /** lemmas sorted long first, for suffix matching in compounding languages */
  humanList: string[];
  troops: Set<string>;
  gloss: Map<string, string>;
}

const nounTables = new Map<LangCode, NounTables>();

function tables(lx: LangLexicon): NounTables {
  let t = nounTables.get(lx.code);
  if (t) return t;
  const human = new Map<string, string>();
  for (const [k, g] of lx.human) {
    human.set(k, g);
    human.set(lemma(k, lx.code), g);
  }
  const troops = new Set<string>();
  for (const k of lx.troops) {
    troops.add(k);
    troops.add(lemma(k, lx.code));
  }
  const gloss = new Map<string, string>();
  for (const [k, g] of lx.gloss) {
    gloss.set(k, g);
    gloss.set(lemma(k, lx.code), g);
  }
  const humanList = [...human.keys()].filter((k) => k.length >= 4 && !k.includes(' ')).sort((a, b) => b.length - a.length);
  t = { human, humanList, troops, gloss };
  nounTables.set(lx.code, t);
  return t;
}

/** The English gloss when `word` denotes humans ("lokalpolitikere" -> "politician"), else null. */
const glossCaches = new Map<LangCode, Map<string, string | null>>();

export function humanGloss(word: string, lx: LangLexicon): string | null {
  let cache = glossCaches.get(lx.code);
  if (cache === undefined) glossCaches.set(lx.code, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const g = humanGlossUncached(word, lx);
  if (cache.size > 20000) cache.clear();
  cache.set(word, g);
  return g;
}

function humanGlossUncached(word: string, lx: LangLexicon): string | null {
  const t = tables(lx);
  const lower = word.toLowerCase();
  const lem = lemma(lower, lx.code);
  const direct = t.human.get(lower) ?? t.human.get(lem);
  if (direct) return direct;
  if (lx.compounds) {
    // Compounds: "lokalpolitiker", "redningsarbeidere", "Bergleute", "Kommunalpolitiker".
    for (const stem of t.humanList) {
      if (stem.length >= 5 && (lem.endsWith(stem) || lower.endsWith(stem))) return t.human.get(stem)!;
    }
  }
  if (lx.humanSuffix !== null && lower.length > 5 && lx.humanSuffix.test(lower) && /^[a-z]+$/.test(lower)) return lem;
  return null;
}

export function isTroopWord(word: string, lx: LangLexicon): boolean {
  const t = tables(lx);
  if (t.troops.has(word)) return true;
  // Every troop word starts with "t" ("troops", "tropper", "Truppen", "troupes", "tropas").
  const c = word.charCodeAt(0) | 32;
  if (c !== 116) return false;
  const lower = word.toLowerCase();
  return t.troops.has(lower) || t.troops.has(lemma(lower, lx.code));
}

/** English gloss of a common noun for cross-language keys, when known. */
export function nounGloss(word: string, lx: LangLexicon): string | null {
  const t = tables(lx);
  const lower = word.toLowerCase();
  return t.gloss.get(lower) ?? t.gloss.get(lemma(lower, lx.code)) ?? humanGloss(lower, lx) ?? (isTroopWord(lower, lx) ? 'troop' : null);
}

const KEY_WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/**
 * Normalised key words of a counted phrase: lower case, crude lemmas, stop words and quantifier adjectives
 * dropped, English glosses of known nouns added ("ulike lokalpolitikere" -> ["lokalpolitiker", "politician"]).
 */
const keysCaches = new Map<string, Map<string, string[]>>();

export function countsKeysOf(phrase: string, lang: string): string[] {
  if (typeof phrase !== 'string' || phrase.length === 0) return [];
  let cache = keysCaches.get(lang);
  if (cache === undefined) {
    if (keysCaches.size > 64) keysCaches.clear();
    keysCaches.set(lang, (cache = new Map()));
  }
  const hit = cache.get(phrase);
  if (hit !== undefined) return hit.slice();
  const keys = countsKeysUncached(phrase, lang);
  if (cache.size > 20000) cache.clear();
  cache.set(phrase, keys);
  return keys.slice();
}

function countsKeysUncached(phrase: string, lang: string): string[] {
  const lx = lexicon(lang);
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (k: string) => {
    if (k && !seen.has(k)) {
      seen.add(k);
      out.push(k);
    }
  };
  KEY_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = KEY_WORD.exec(phrase)) !== null && count < 16) {
    count++;
    const lower = m[0].toLowerCase();
    if (lx.stop.has(lower) || lx.skipAdj.has(lower) || lower.length < 2) continue;
    const lem = lemma(lower, lx.code);
    push(lem);
    if (!lx.keysInEnglish) {
      const g = nounGloss(lower, lx);
      if (g) push(g.replace(/ /g, '_'));
    }
  }
  return out;
}

/** The first key of one word (its lemma). */
export function lemmaKey(w: string, code: LangCode): string {
  return countsKeysOf(w, code)[0] ?? w;
}
