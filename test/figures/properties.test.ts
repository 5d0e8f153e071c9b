// Property tests: the number parser and the extractor never throw, whatever the input (unicode, emoji, combining
// marks, lone surrogates), and every figure is well formed: offsets in bounds and ordered, text === slice,
// low <= value-ish <= high.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/model';
import { countsKeysOf, extractFigures, parseNumber } from '../../src/core/figures/index';
import { splitSentences } from '../../src/core/text/sentences';

const LANGS = ['en', 'nb', 'no', 'nn', 'de', 'fr', 'es', 'xx', ''];

/** Pieces that make the extractor work hard: numbers, separators, hedges, units, number words, odd code units. */
const PIECES = [
  '1', '19', '2022', '2022-09-11', '1,160', '50.000', '1 160,5', '1\u00a0160', '5\u202f000', '4.40', '10:30', '0-2', '70-80',
  ' ', ' ', ' ', '\n', '.', ',', '-', '–', '(', ')', '$', '€', '£', '%', "'", '’', '/', '#', '@', ':',
  'more than', 'about', 'mellom', 'og', 'between', 'and', 'to', 'til', 'rundt', 'etwa', 'plus de', 'más de', 'at least',
  'ytterligere', 'four more', 'another', 'thousands of', 'tusenvis av', 'Dutzende', 'des milliers de', 'a', 'et', 'un', 'en',
  'square miles', 'km', 'kvadratkilometer', 'years', 'år', 'års', 'year-old', '-year-old', 'times', 'ganger', 'Mal', 'fois',
  'million', 'millioner', 'mill.', 'Millionen', 'millones de dólares', "d'euros", 'rubles', 'kroner', 'people', 'men',
  'tropper', 'signatories', 'lokalpolitikere', 'Menschen', 'personnes', 'personas', 'seven', 'sju', 'syv', 'åtte',
  'twenty-five', 'femogtjue', 'fünfundzwanzig', 'dreimal', 'quatre-vingt-dix', 'treinta y cinco', 'a dozen', 'une trentaine',
  'the number', 'had escaped', 'som', 'Rossiya-24', 'G7', 'COVID-19', 'on Monday morning', 'i helgen', 'September',
  'day', 'døgn', 'a year', '(42)', ', 44,', 'Oleg', 'Thousands', 'half', 'é', 'e\u0301', '\u0301', '😀', '\ud800', '\udc00',
  'İ', 'ß', 'ﬁ', '\u2028', '\u00ad', '\u200b',
];

const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));
const text = fc.oneof(
  { weight: 3, arbitrary: soup },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.tuple(soup, fc.string({ unit: 'binary', maxLength: 20 }), soup).map(([a, b, c]) => a + b + c) },
);

function checkFigures(t: string, list: Figure[], bodyStart: number): void {
  let prevEnd = -1;
  const ids = new Set<string>();
  for (const f of list) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(Math.max(0, Math.min(bodyStart, t.length)));
    expect(f.end).toBeLessThanOrEqual(t.length);
    expect(f.start).toBeLessThan(f.end);
    expect(f.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = f.end;
    expect(f.text).toBe(t.slice(f.start, f.end));
    expect(f.id).toBe(`d#${f.start}`);
    expect(ids.has(f.id)).toBe(false);
    ids.add(f.id);
    expect(Number.isFinite(f.value)).toBe(true);
    expect(Number.isFinite(f.low)).toBe(true);
    expect(Number.isNaN(f.high)).toBe(false);
    expect(f.low).toBeLessThanOrEqual(f.high);
    expect(f.low).toBeGreaterThanOrEqual(0);
    expect(typeof f.unit).toBe('string');
    expect(typeof f.counts).toBe('string');
    expect(Array.isArray(f.countsKeys)).toBe(true);
    expect(Number.isInteger(f.sentence)).toBe(true);
  }
}

describe('properties', () => {
  it('parseNumber never throws and returns a finite number or null', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...LANGS), (s, lang) => {
        const v = parseNumber(s, lang);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 10000 },
    );
  });

  it('parseNumber reads back integers written with locale separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(parseNumber(String(n), 'en')).toBe(n);
        expect(parseNumber(n.toLocaleString('en-US'), 'en')).toBe(n);
        expect(parseNumber(n.toLocaleString('de-DE'), 'de')).toBe(n);
        expect(parseNumber(n.toLocaleString('fr-FR'), 'fr')).toBe(n);
        expect(parseNumber(n.toLocaleString('nb-NO'), 'nb')).toBe(n);
      }),
      { numRuns: 10000 },
    );
  });

  it('extractFigures never throws and returns well-formed figures', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...LANGS), fc.integer({ min: -5, max: 200 }), (t, lang, bodyStart) => {
        const from = Math.max(0, Math.min(bodyStart, t.length));
        const list = extractFigures(t, lang, splitSentences(t, from), 'd', bodyStart);
        checkFigures(t, list, bodyStart);
      }),
      { numRuns: 10000 },
    );
  });

  it('extractFigures tolerates sentence lists that do not fit the text', () => {
    fc.assert(
      fc.property(
        soup,
        fc.array(fc.record({ start: fc.integer({ min: -10, max: 300 }), end: fc.integer({ min: -10, max: 300 }) }), { maxLength: 5 }),
        (t, sentences) => {
          const list = extractFigures(t, 'en', sentences, 'd');
          checkFigures(t, list, 0);
        },
      ),
      { numRuns: 10000 },
    );
  });

  it('countsKeysOf never throws and returns lower-case keys', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...LANGS), (s, lang) => {
        const keys = countsKeysOf(s, lang);
        for (const k of keys) expect(k).toBe(k.toLowerCase());
      }),
      { numRuns: 10000 },
    );
  });
});

describe('large and pathological inputs stay linear', () => {
  it.each([
    ['1 '.repeat(50000)],
    ['about 5 '.repeat(20000)],
    ['8 times '.repeat(20000)],
    ['1'.repeat(200000)],
    ['1,'.repeat(50000)],
    ['😀1é\u0301'.repeat(20000)],
    ['tjuetjuetjue'.repeat(10000)],
  ])('%#', (t) => {
    const t0 = performance.now();
    const list = extractFigures(t, 'en', splitSentences(t), 'd');
    checkFigures(t, list.slice(0, 200), 0);
    // Generous: these take well under a second; quadratic behaviour would take minutes.
    expect(performance.now() - t0).toBeLessThan(10000);
  });
});
