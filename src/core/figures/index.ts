// Figures: numbers with what they count, in en, nb (nn, no), de, fr, es (other languages read with English rules).
// The grammar is extract.ts: candidates, the number at each, then an ordered list of named steps over one Reading.
// Where each rule lives:
//   candidates.ts        where figures may start (digits, number words, vague words, an article before a time unit)
//   number.ts            the number at a candidate; a scale word after digits ("2 million")
//   numbers.ts           digits with locale separators, scale words       numberWords.ts  numbers written in words
//   parseNumber.ts       a whole string as one number                      vague.ts        "thousands of", "une trentaine"
//   notFigures/          what is no quantity: digitForms.ts (phones, codes, URLs, numeric dates and times),
//                        dates.ts (years, days and months), clock.ts (times of day, time windows),
//                        labels.ts (ordinals, "page 5", "Boeing 737", digits glued to names)
//   hedges.ts            hedges before and after a number, and the interval each gives
//   ranges.ts            "70-80", "between 70 and 80" (not year spans, scores, changes)
//   currency.ts          currency symbols and codes, one currency per figure, equivalent amounts
//   units.ts             the unit table and the unit after a number         measures.ts  unit step, conversion, what a
//   ages.ts              ages ("44-year-old", "aged 69", "Belov, 44,")                    measure is about
//   counted.ts           what a figure counts (or the bare number is dropped)
//   nouns.ts             the counted noun after a number                    referents.ts what a bare number counts from context
//   keys.ts              lemmas, glosses and keys of the counted phrase     timePhrases.ts  the figure's time qualifier
//   emit.ts              the figure's span and values                        cursor.ts   the text, words around a position
//   figure.ts            the state the steps share                           chars.ts, trie.ts  code units, word tries
// The words of each language (number words, hedge phrases, months, units, ages, clock words, lemmas) are in
// src/core/languages/<code>/figures.ts; a hedge is parsed in hedges.ts from the phrases listed there.
export { extractFigures } from './extract';
export type { ExtractedFigure } from './figure';
export { readDigits } from './numbers';
export { readWordNumber } from './numberWords';
export { parseNumber } from './parseNumber';
export { countsKeysOf, lemma } from './keys';
export { timePhrases } from './timePhrases';
export { figureLanguage as langCode } from '../languages';
