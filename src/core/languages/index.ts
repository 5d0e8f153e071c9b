// One home per language. Each language is a folder (`en/`, `nb/`, `de/`, `fr/`, `es/`, ...) whose index.ts says
// what Crossread knows about it, one file per stage:
//   <code>/index.ts     the code, its aliases, detection words, how names are compared (genitive -s, phonetics)
//   <code>/figures.ts   the figure grammar's words: number words, scales, hedges, what is counted, dates, ages
//   <code>/entities.ts  the name finder's words: stop words, titles, organisation and place heads
// This file is the registry: the list of languages, the one normalisation of language codes, and the look-ups
// every stage uses (a language without facts for a stage reads like English there).
// facts.ts has the shapes (what each fact means); words.ts the helpers for writing word lists.
// Adding a language: a folder with its index.ts (and the stage files it has), and one line in LANGUAGES below.
import type { EntityCues, EntityFacts, FigureCues, FigureLexicon, Language } from './facts';
import { split } from './words';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nb } from './nb';
import { nl } from './nl';
import { pt } from './pt';
import { ro } from './ro';
import { sv } from './sv';

export type { EntityCues, EntityFacts, FigureCues, FigureLexicon, HedgeCode, LangCode, Language, NumKind, NumWord, UnitKind, UnitWords } from './facts';

/** Every language Crossread knows something about, in the order their detection words are weighed. */
export const LANGUAGES: readonly Language[] = [en, nb, da, sv, de, nl, fr, es, it, pt, ro];

const byCode = new Map<string, Language>();
for (const l of LANGUAGES) byCode.set(l.code, l);

/** The language with exactly this (normalised) code, if Crossread knows it. */
export function languageOf(code: string): Language | undefined {
  return byCode.get(code);
}

const aliasOf = new Map<string, string>();
for (const l of LANGUAGES) for (const a of l.aliases ?? []) aliasOf.set(a, l.code);
const codes = new Map<string, string>();

/**
 * The one normalisation of a language code, for every stage: trimmed, lower case, "_" read as "-", an alias or
 * ISO 639-2 code as its language ("no", "nn", "nob" -> nb; "eng" -> en; "german" -> de), a region dropped
 * ("nb-NO" -> nb). A code Crossread has no facts for stays itself ("it", "pl"); nothing readable is "und".
 */
export function languageCode(lang: string): string {
  if (typeof lang !== 'string') return 'und';
  let code = codes.get(lang);
  if (code !== undefined) return code;
  const v = lang.trim().toLowerCase().replace(/_/g, '-');
  const primary = v.split('-')[0]!;
  code = aliasOf.get(v) ?? aliasOf.get(primary) ?? (/^[a-z]{2,3}$/.test(primary) ? primary : 'und');
  if (codes.size > 1024) codes.clear();
  codes.set(lang, code);
  return code;
}

// ------------------------------------------------------------------------------------------ figures

/** The code whose figure rules read an article in `lang`: its language (languageCode), or English without rules. */
export function figureLanguage(lang: string): string {
  const code = languageCode(lang);
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

// ------------------------------------------------------------------------------------------ entities

export interface EntityLanguage {
  stopWords: Set<string>;
  nameConnectors: Set<string>;
  placePrepositions: Set<string>;
  nounsCapitalised: boolean;
  compounds: boolean;
  organisationArticle: string | undefined;
  placeHeadsFirst: readonly string[];
}

const entityLanguages = new Map<string, EntityLanguage>();
const NONE: EntityFacts = {};

/** The name finder's facts for an article in `lang` (its language's own, else English for each list it lacks). */
export function entityLanguage(lang: string): EntityLanguage {
  let e = entityLanguages.get(lang);
  if (e) return e;
  const own = byCode.get(languageCode(lang))?.entities ?? NONE;
  const english = en.entities!;
  e = {
    stopWords: own.stopWords ?? english.stopWords!,
    nameConnectors: own.nameConnectors ?? english.nameConnectors!,
    placePrepositions: own.placePrepositions ?? english.placePrepositions!,
    nounsCapitalised: own.nounsCapitalised === true,
    compounds: own.compounds === true,
    organisationArticle: own.organisationArticle,
    placeHeadsFirst: own.placeHeadsFirst ?? [],
  };
  if (entityLanguages.size > 256) entityLanguages.clear();
  entityLanguages.set(lang, e);
  return e;
}

/** The English stop words (short sentence-initial words are dropped from a name in every language). */
export const englishStopWords = (): Set<string> => en.entities!.stopWords!;

export type EntityCueSets = { readonly [K in keyof EntityCues]-?: Set<string> };

let entityCueSets: EntityCueSets | null = null;

/** The words of each entity cue list of every language. */
export function entityCuesEverywhere(): EntityCueSets {
  if (entityCueSets) return entityCueSets;
  const out: Record<string, Set<string>> = {};
  const keys: (keyof EntityCues)[] = [
    'personTitles', 'personVerbsAfter', 'organisationWords', 'organisationCompoundHeads', 'placeHeadsAfter',
    'placeHeadsBefore', 'placeTails', 'nameOpeners', 'placeQualifiers', 'abbreviations', 'demonyms', 'saints', 'captionWords',
  ];
  for (const k of keys) {
    const s = new Set<string>();
    for (const l of LANGUAGES) for (const w of split(l.entityCues?.[k] ?? '')) s.add(w);
    out[k] = s;
  }
  entityCueSets = out as EntityCueSets;
  return entityCueSets;
}

// ------------------------------------------------------------------------------------------ names

/** Possessives in `lang` are written with a bare -s ("Putins", "Merkels"). */
export function writesGenitiveS(lang: string): boolean {
  return byCode.get(languageCode(lang))?.names?.genitiveS === true;
}

/** The name without a genitive -s: longer than three, ending in one s ("Putins" -> "Putin"; not "Hess"), else null. */
export function withoutGenitiveS(name: string): string | null {
  const n = name.length;
  return n > 3 && name.charCodeAt(n - 1) === 115 && name.charCodeAt(n - 2) !== 115 ? name.slice(0, -1) : null;
}

const same = (t: string): string => t;

/** How `lang` writes foreign (Russian) names, rewritten to a neutral key before the shared rules. */
export function phoneticOf(lang: string): (token: string) => string {
  return byCode.get(languageCode(lang))?.names?.phonetic ?? same;
}

// ------------------------------------------------------------------------------------------ detection

/** Each language's detection words, in registry order (the order they are weighed in). */
export function detectionWords(): { code: string; functionWords: readonly string[] }[] {
  return LANGUAGES.filter((l) => l.detect).map((l) => ({ code: l.code, functionWords: l.detect!.functionWords }));
}

/** The close language `code` is taken for unless its own words dominate (Danish -> nb), if any. */
export function yieldsTo(code: string): { code: string; share: number } | undefined {
  return byCode.get(code)?.detect?.yieldsTo;
}

/** The order letter hints are weighed in (a tie goes to the language weighed first), as since detection began. */
const LETTER_HINT_ORDER = ['nb', 'de', 'es', 'ro', 'fr'];

/** Each language's letter hints: [letters, code, weight], in the order they are weighed. */
export function letterHints(): [string, string, number][] {
  const rank = (code: string) => {
    const i = LETTER_HINT_ORDER.indexOf(code);
    return i < 0 ? LETTER_HINT_ORDER.length : i;
  };
  return LANGUAGES.filter((l) => l.detect?.letters)
    .sort((a, b) => rank(a.code) - rank(b.code))
    .map((l): [string, string, number] => [l.detect!.letters!.chars, l.code, l.detect!.letters!.weight]);
}
