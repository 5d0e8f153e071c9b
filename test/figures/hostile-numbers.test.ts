// Numbers a reader reads one way and a careless parser another (issue #10, item 6): each is read right or not at all.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/model';
import { figuresOf } from './helpers';

const one = (text: string, lang = 'en'): Figure[] => figuresOf(text, lang, 'd');
/** Every figure's value and unit, as "value unit". */
const read = (text: string, lang = 'en'): string[] => one(text, lang).map((f) => `${f.value} ${f.unit}`);

describe('invisible characters inside numbers', () => {
  const cases: [string, string][] = [
    ['zero-width joiner', '\u200d'],
    ['zero-width space', '\u200b'],
    ['soft hyphen', '\u00ad'],
    ['right-to-left override', '\u202e'],
    ['left-to-right mark', '\u200e'],
    ['word joiner', '\u2060'],
  ];
  for (const [name, c] of cases) {
    it(`reads "3<${name}>5 km" as 35 km, its span keeping the character`, () => {
      const text = `The road is 3${c}5 km long.`;
      const figs = one(text);
      expect(figs.map((f) => `${f.value} ${f.unit}`)).toEqual(['35 km']);
      const f = figs[0]!;
      expect(f.text).toBe(`3${c}5 km`);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.id).toBe(`d#${f.start}`);
    });
  }

  it('keeps offsets right after invisible characters earlier in the text', () => {
    const text = '\u200bA\u00adB \u202eC\u202c. About 1,200 people fled 35 km.';
    const figs = one(text);
    expect(figs.map((f) => f.text)).toEqual(['About 1,200 people', '35 km']);
    for (const f of figs) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('links two amounts of one sum across invisible characters by their new ids', () => {
    const text = 'He was fined 47,000\u200b rubles ($780) for it.';
    const figs = one(text) as (Figure & { equivalentTo?: string })[];
    expect(figs.map((f) => f.unit)).toEqual(['RUB', 'USD']);
    expect(figs[0]!.equivalentTo).toBe(figs[1]!.id);
    expect(figs[1]!.equivalentTo).toBe(figs[0]!.id);
  });
});
