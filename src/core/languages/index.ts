// One home per language. Each language is a folder (`en/`, `nb/`, `de/`, `fr/`, `es/`, ...) whose index.ts says
// what Crossread knows about it, one file per stage:
//   <code>/index.ts     the code, its aliases, detection words, how names are compared (genitive -s, phonetics)
//   <code>/figures.ts   the figure grammar's words: number words, scales, hedges, what is counted, dates, ages
//   <code>/entities.ts  the name finder's words: stop words, titles, organisation and place heads
// This file is the registry: the list of languages, the one normalisation of language codes, and the look-ups
// every stage uses (a language without facts for a stage reads like English there).
// facts.ts has the shapes (what each fact means); words.ts the helpers for writing word lists.
// Adding a language: a folder with its index.ts (and the stage files it has), and one line in LANGUAGES below.
import type { FigureCues, FigureLexicon, Language } from './facts';
import { split } from './words';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { nb } from './nb';

export type { FigureCues, FigureLexicon, HedgeCode, LangCode, Language, NumKind, NumWord, UnitKind, UnitWords } from './facts';

/** Every language Crossread knows something about, in the order their detection words are weighed. */
export const LANGUAGES: readonly Language[] = [en, nb, de, fr, es];

const byCode = new Map<string, Language>();
for (const l of LANGUAGES) byCode.set(l.code, l);

/** The language with exactly this (normalised) code, if Crossread knows it. */
export function languageOf(code: string): Language | undefined {
  return byCode.get(code);
}

// ------------------------------------------------------------------------------------------ figures

/**
 * The code whose figure rules read an article in `lang`: the first two letters, Norwegian (nb, nn, no) as nb,
 * a language without figure rules as English.
 */
export function figureLanguage(lang: string): string {
  const l = (typeof lang === 'string' ? lang : '').trim().toLowerCase().slice(0, 2);
  const code = l === 'no' || l === 'nn' ? 'nb' : l;
  return byCode.get(code)?.figures ? code : 'en';
}

const lexicons = new Map<string, FigureLexicon>();

/** The figure grammar's words for an article in `lang` (built once per language). */
export function figureLexicon(lang: string): FigureLexicon {
  const hit = lexicons.get(lang);
  if (hit !== undefined) return hit;
  const code = figureLanguage(lang);
  let lx = lexicons.get(code);
  if (!lx) {
    lx = byCode.get(code)!.figures!();
    lexicons.set(code, lx);
  }
  return lx;
}

/** The codes that have figure rules of their own. */
export function figureLanguages(): string[] {
  return LANGUAGES.filter((l) => l.figures).map((l) => l.code);
}

/** Figure cues as sets: the union over every language of each list. */
export type FigureCueSets = { readonly [K in keyof FigureCues]-?: Set<string> };

let cueSets: FigureCueSets | null = null;

/** The words of each figure cue list of every language (a month name is a date in any article). */
export function figureCuesEverywhere(): FigureCueSets {
  if (cueSets) return cueSets;
  const out: Record<string, Set<string>> = {};
  const keys: (keyof FigureCues)[] = [
    'months', 'ambiguousMonths', 'weekdays', 'monthOf', 'suffixes', 'ownSuffixes', 'clockAfter', 'clockAfterDecimal',
    'scoreWords', 'partitiveArticles', 'headArticles', 'complementPreps', 'ratioFillers', 'ratioCuePrefixes',
    'notAdditionalBefore', 'agePrefixes', 'equivalenceHedges',
  ];
  const regexSources = new Set<keyof FigureCues>(['clockAfterDecimal', 'agePrefixes', 'equivalenceHedges']);
  for (const k of keys) {
    const s = new Set<string>();
    for (const l of LANGUAGES) {
      const v = l.figureCues?.[k];
      if (!v) continue;
      for (const w of regexSources.has(k) ? v.split('|') : split(v)) s.add(w);
    }
    out[k] = s;
  }
  cueSets = out as FigureCueSets;
  return cueSets;
}

/** A figure cue list of one language only (`ownSuffixes`: what only articles in that language mean). */
export function figureCuesOf(lang: string): FigureCues {
  return byCode.get(figureLanguage(lang))?.figureCues ?? {};
}

/** The alternatives of a regex-source cue list of every language, as one group's body ("a|b|c"). */
export function cueAlternatives(k: 'clockAfterDecimal' | 'agePrefixes' | 'equivalenceHedges'): string {
  return [...figureCuesEverywhere()[k]].join('|');
}
