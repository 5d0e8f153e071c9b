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

describe('minus signs', () => {
  it('does not read "-40 degrees" as 40 (of anything)', () => {
    for (const text of ['Temperatures fell to -40 degrees overnight.', 'It was −40 degrees and 300 people fled.']) {
      const figs = one(text);
      expect(figs.some((f) => Math.abs(f.value) === 40 && f.value > 0), text).toBe(false);
      expect(figs.some((f) => f.unit === 'people' && f.value === 40), text).toBe(false);
    }
    expect(read('It was −40 degrees and 300 people fled.')).toEqual(['300 people']);
  });

  it('reads the sign of a share or an amount', () => {
    expect(read('Die Inflation lag im März bei −3,5 %.', 'de')).toEqual(['-3.5 %']);
    expect(read('Growth was -2.1 % last year.')).toEqual(['-2.1 %']);
    expect(read('La croissance a été de −0,4 % au troisième trimestre.', 'fr')).toEqual(['-0.4 %']);
    const f = one('The index ended the year (-12.5%) lower.')[0]!;
    expect([f.value, f.unit, f.text]).toEqual([-12.5, '%', '-12.5%']);
  });

  it('mirrors a hedge on a negative value: more than −3 % is −3 % or lower', () => {
    const f = one('Sales fell by more than −3 % in March.')[0]!;
    expect([f.value, f.hedge, f.low, f.high]).toEqual([-3, 'more_than', -4.5, -3]);
    const g = one('The balance is about -20 % this year.')[0]!;
    expect([g.value, g.hedge, g.low, g.high]).toEqual([-20, 'about', -23, -17]);
  });

  it('still reads hyphens between numbers and inside names as before', () => {
    expect(read('Between 3-5 km of the road were flooded.')).toEqual(['3 km']);
    expect(one('Between 3-5 km of the road were flooded.')[0]!.high).toBe(5);
    expect(read('Two F-16 jets and 12 soldiers.')).toEqual(['12 people']);
    expect(read('On 2022-09-11 about 40 people fled.')).toEqual(['40 people']);
  });
});
