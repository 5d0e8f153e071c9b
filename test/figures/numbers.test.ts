// Number parsing across the five languages: digits with locale separators, number words and their compounds.
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/core/figures/index';

describe('digits with locale separators', () => {
  it.each([
    ['1,160', 'en', 1160],
    ['1,160.5', 'en', 1160.5],
    ['47,000', 'en', 47000],
    ['2,000,000', 'en', 2000000],
    ['2.5', 'en', 2.5],
    ['0.41', 'en', 0.41],
    ['50.000', 'nb', 50000],
    ['50.000', 'de', 50000],
    ['50.000', 'es', 50000],
    ['1.500', 'es', 1500],
    ['4.000', 'de', 4000],
    ['1.160,5', 'de', 1160.5],
    ['1,5', 'de', 1.5],
    ['1,5', 'fr', 1.5],
    ['2,5', 'nb', 2.5],
    ['1 160,5', 'nb', 1160.5],
    ['1\u00a0160,5', 'nb', 1160.5],
    ['1\u202f160,5', 'nb', 1160.5],
    ['5\u202f000', 'fr', 5000],
    ['5 000', 'fr', 5000],
    ['1\u202f000\u202f000', 'fr', 1000000],
    ['1 000 000', 'es', 1000000],
    ['4200', 'nb', 4200],
    ['1.5', 'nb', 1.5],
    ["50'000", 'de', 50000],
    ['1\u00a0160', 'en', 1160],
  ])('%s (%s) = %d', (s, lang, v) => {
    expect(parseNumber(s, lang)).toBe(v);
  });

  it('keeps the locale: a comma is decimal in German, a group separator in English', () => {
    expect(parseNumber('1,160', 'de')).toBe(1.16);
    expect(parseNumber('1.160', 'en')).toBe(1.16);
  });

  it('a regular space groups digits in nb/fr/es but not in English', () => {
    expect(parseNumber('5 000', 'en')).toBeNull();
  });

  it('rejects what is not one number', () => {
    for (const s of ['', ' ', 'abc', '1,2,3,4', '12abc', '--', '1 2']) expect(parseNumber(s, 'en')).toBeNull();
  });
});

describe('scale words after digits', () => {
  it.each([
    ['2 million', 'en', 2e6],
    ['2.5 billion', 'en', 2.5e9],
    ['5 thousand', 'en', 5000],
    ['5 millioner', 'nb', 5e6],
    ['5 mill.', 'nb', 5e6],
    ['3 milliarder', 'nb', 3e9],
    ['1,5 Millionen', 'de', 1.5e6],
    ['2 Mrd.', 'de', 2e9],
    ['1,5 million', 'fr', 1.5e6],
    ['3 milliards', 'fr', 3e9],
    ['3 millones', 'es', 3e6],
    ['2 billones', 'es', 2e12],
    ['2 billion', 'nb', 2e12],
  ])('%s (%s) = %d', (s, lang, v) => {
    expect(parseNumber(s, lang)).toBe(v);
  });
});

describe('number words', () => {
  it.each([
    ['seven', 'en', 7],
    ['nineteen', 'en', 19],
    ['twenty-five', 'en', 25],
    ['ninety-nine', 'en', 99],
    ['a thousand', 'en', 1000],
    ['a dozen', 'en', 12],
    ['two dozen', 'en', 24],
    ['one hundred', 'en', 100],
    ['two hundred and fifty', 'en', 250],
    ['three thousand five hundred', 'en', 3500],
    ['two million', 'en', 2e6],
    ['sju', 'nb', 7],
    ['syv', 'nb', 7],
    ['åtte', 'nb', 8],
    ['tjue', 'nb', 20],
    ['tyve', 'nb', 20],
    ['tjuefem', 'nb', 25],
    ['femogtjue', 'nb', 25],
    ['to hundre', 'nb', 200],
    ['hundreogfemti', 'nb', 150],
    ['to hundre og femti', 'nb', 250],
    ['tre tusen', 'nb', 3000],
    ['titusen', 'nb', 10000],
    ['fem millioner', 'nb', 5e6],
    ['elf', 'de', 11],
    ['acht', 'de', 8],
    ['zwölf', 'de', 12],
    ['fünfundzwanzig', 'de', 25],
    ['einundzwanzig', 'de', 21],
    ['zweihundertfünfzig', 'de', 250],
    ['dreitausend', 'de', 3000],
    ['zwei Millionen', 'de', 2e6],
    ['onze', 'fr', 11],
    ['vingt et un', 'fr', 21],
    ['dix-sept', 'fr', 17],
    ['soixante-dix', 'fr', 70],
    ['soixante-quinze', 'fr', 75],
    ['quatre-vingts', 'fr', 80],
    ['quatre-vingt-dix', 'fr', 90],
    ['quatre-vingt-douze', 'fr', 92],
    ['deux cents', 'fr', 200],
    ['trois mille', 'fr', 3000],
    ['un million', 'fr', 1e6],
    ['dos', 'es', 2],
    ['catorce', 'es', 14],
    ['dieciséis', 'es', 16],
    ['veinticinco', 'es', 25],
    ['treinta y cinco', 'es', 35],
    ['doscientos', 'es', 200],
    ['ciento veinte', 'es', 120],
    ['dos mil', 'es', 2000],
    ['mil millones', 'es', 1e9],
    ['un millón', 'es', 1e6],
  ])('%s (%s) = %d', (s, lang, v) => {
    expect(parseNumber(s, lang)).toBe(v);
  });

  it('does not read ungrammatical sequences as one number', () => {
    expect(parseNumber('seven eight', 'en')).toBeNull();
    expect(parseNumber('tres y cuatro', 'es')).toBeNull();
    expect(parseNumber('one and two', 'en')).toBeNull();
  });

  it('treats "no"/"nn" as Norwegian and unknown codes as English', () => {
    expect(parseNumber('50.000', 'no')).toBe(50000);
    expect(parseNumber('sju', 'nn')).toBe(7);
    expect(parseNumber('seven', 'xx')).toBe(7);
    expect(parseNumber('1,160', 'und')).toBe(1160);
  });
});
