// The seed gold (shared/corpus/seeds-gold.yaml): every gold figure must be found with its value, unit and hedge,
// and no `not_figures` surface may overlap a figure. The extractor knows nothing about these files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/model';
import { figuresOf, loadGold, matchGoldFigure, overlaps, seedsDir, seedsGoldPath } from './helpers';

const gold = loadGold(seedsGoldPath);
const texts = new Map<string, string>();
const figures = new Map<string, Figure[]>();
for (const [doc, meta] of Object.entries(gold.documents)) {
  const text = readFileSync(resolve(seedsDir, doc), 'utf8');
  texts.set(doc, text);
  figures.set(doc, figuresOf(text, meta.lang, doc));
}

describe('seed gold figures', () => {
  it('has gold to test against', () => {
    expect(gold.figures.length).toBeGreaterThanOrEqual(20);
  });

  for (const g of gold.figures) {
    it(`${g.id}: "${g.surface}" -> ${JSON.stringify(g.value)} ${g.unit} (${g.hedge})`, () => {
      const r = matchGoldFigure(g, texts.get(g.doc)!, figures.get(g.doc)!);
      expect(r.why).toBe('');
      expect(r.ok).toBe(true);
    });
  }

  for (const nf of gold.not_figures) {
    it(`not a figure: "${nf.surface}" in ${nf.doc}`, () => {
      const text = texts.get(nf.doc)!;
      let at = text.indexOf(nf.surface);
      expect(at).toBeGreaterThanOrEqual(0);
      while (at >= 0) {
        const hit = figures.get(nf.doc)!.filter((f) => overlaps(f, at, at + nf.surface.length));
        expect(hit.map((f) => f.text)).toEqual([]);
        at = text.indexOf(nf.surface, at + 1);
      }
    });
  }

  it('every figure is well formed', () => {
    for (const [doc, list] of figures) {
      const text = texts.get(doc)!;
      let prevEnd = 0;
      for (const f of list) {
        expect(f.text).toBe(text.slice(f.start, f.end));
        expect(f.id).toBe(`${doc}#${f.start}`);
        expect(f.start).toBeGreaterThanOrEqual(prevEnd);
        expect(f.low).toBeLessThanOrEqual(f.high);
        expect(f.countsKeys.every((k) => k === k.toLowerCase() || /^[A-Z]{3}$/.test(k))).toBe(true);
        prevEnd = f.end;
      }
    }
  });

  it('gold counted nouns and time qualifiers that a reader relies on', () => {
    const find = (doc: string, surface: string) => {
      const text = texts.get(doc)!;
      const at = text.indexOf(surface);
      return figures.get(doc)!.find((f) => overlaps(f, at, at + surface.length))!;
    };
    const d2 = '002_996857314e13981d.txt';
    expect(find(d2, '19 signatories').time).toBe('on Monday morning');
    const forty = find(d2, 'the number had grown to more than 40');
    expect(forty.counts).toBe('signatories');
    expect(forty.time).toBe('by the end of the day');
    expect(find(d2, 'More than 40 local elected officials').counts).toBe('local elected officials');
    const d0 = '000_519756dfe0227828.txt';
    expect(find(d0, '19 ulike lokalpolitikere').counts).toBe('lokalpolitikere');
    expect(find(d0, '6000 kvadratkilometer').time).toBe('Siden begynnelsen av september');
    expect(find(d0, 'syv års fengsel').countsKeys).toContain('prison');
    expect(find('004_d60922b307c76c22.txt', 'seven years in prison').countsKeys).toContain('prison');
    expect(find('003_814d9f0902f2fda0.txt', 'about 5,000').unit).toBe('people');
  });
});
