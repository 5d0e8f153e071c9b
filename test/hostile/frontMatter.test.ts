// Front matter as hostile input. Before: any date was taken as written ("not a date", 99999-01-01, and 1e309 as
// "Infinity"), a key written twice silently kept its last value, and a field nested 10,000 deep made the whole
// front matter "not valid YAML: Maximum call stack size exceeded", source and date lost with it.
import { describe, expect, it } from 'vitest';
import { readDocumentMeta } from '../../src/core/documents/readDocument';
import { CorpusIndex, toReportV1 } from '../../src/core';
import { parse, stringify } from 'yaml';
import { yamlNesting } from '../../src/core/documents/yamlDepth';

const meta = (yaml: string, id = 'harbor-herald/flood.md') => readDocumentMeta({ id, text: `---\n${yaml}---\nFlood in Tromsø. Erik Solheim said 40 people left.\n` });

describe('front matter dates', () => {
  for (const [written, shown] of [
    ['not a date', 'not a date'],
    ['99999-01-01', '99999-01-01'],
    ['1e309', 'Infinity'],
    ['2026-02-30', '2026-02-30'],
    ['2026-13-01', '2026-13-01'],
    ['"2026-3-4"', '2026-3-4'],
    ['20260314', '20260314'],
  ] as const) {
    it(`date: ${written} gives a warning and no date`, () => {
      const m = meta(`source: Harbor Herald\ndate: ${written}\n`);
      expect(m.date).toBeUndefined();
      expect(m.warnings).toEqual([`front matter date "${shown}" is not a date (YYYY-MM-DD); ignored`]);
      expect(m.source).toBe('Harbor Herald');
    });
  }

  it('real dates stay, a time after them too, and 29 February in a leap year', () => {
    expect(meta('date: 2026-03-14\n').date).toBe('2026-03-14');
    expect(meta('date: 2026-03-14T09:30:00Z\n').date).toBe('2026-03-14');
    expect(meta('date: "2024-02-29 10:00"\n').date).toBe('2024-02-29');
    expect(meta('date: 2024-02-29\n').warnings).toEqual([]);
    expect(meta('date: 2023-02-29\n').date).toBeUndefined();
  });

  it('a bad front matter date falls back as a missing one does (the date in the path)', () => {
    const m = meta('date: soon\n', 'harbor-herald/2026-03-14-flood.md');
    expect(m.date).toBe('2026-03-14');
    expect(m.warnings).toHaveLength(1);
  });
});

describe('front matter keys written twice', () => {
  it('warn, naming the key and its lines; the last one is used', () => {
    const m = meta('source: Harbor Herald\ntitle: Flood\nsource: Coastal Times\n');
    expect(m.source).toBe('Coastal Times');
    expect(m.warnings).toEqual(['front matter has "source" 2 times (lines 2, 4); the last one is used']);
  });

  it('also when the front matter needs the YAML reader (comments, quotes with escapes)', () => {
    const m = meta('# outlet\ndate: 2026-03-14\ndate: "2026-03-15"\ntitle: "Flood \\u00e9"\n');
    expect(m.date).toBe('2026-03-15');
    expect(m.warnings).toEqual(['front matter has "date" 2 times (lines 3, 4); the last one is used']);
  });
});

describe('front matter nested 10,000 levels deep, but valid', () => {
  const deepFlow = `${'['.repeat(10_000)}x${']'.repeat(10_000)}`;
  it('keeps source, date and title; the deep field alone is left out, with a warning', () => {
    const m = meta(`source: Harbor Herald\ndate: 2026-03-14\ntags: ${deepFlow}\ntitle: Flood in Tromsø\n`);
    expect(m.source).toBe('Harbor Herald');
    expect(m.date).toBe('2026-03-14');
    expect(m.title).toBe('Flood in Tromsø');
    expect(m.warnings).toEqual(['front matter field "tags" (line 4) nests lists or mappings more than 64 levels deep; ignored']);
  });

  it('the same for block lists written "- - - ..." and for nested mappings in flow style', () => {
    const block = meta(`source: Harbor Herald\nnotes:\n  ${'- '.repeat(10_000)}x\ndate: 2026-03-14\n`);
    expect([block.source, block.date]).toEqual(['Harbor Herald', '2026-03-14']);
    expect(block.warnings).toEqual(['front matter field "notes" (line 3) nests lists or mappings more than 64 levels deep; ignored']);
    const maps = meta(`x: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}\nsource: Harbor Herald\n`);
    expect(maps.source).toBe('Harbor Herald');
    expect(maps.warnings).toEqual(['front matter field "x" (line 2) nests lists or mappings more than 64 levels deep; ignored']);
  });

  it('the warning reaches the report, and the document keeps its source there', () => {
    const index = new CorpusIndex();
    index.setDocument({ id: 'harbor-herald/flood.md', text: `---\nsource: Harbor Herald\ndate: 2026-03-14\ntags: ${deepFlow}\n---\nErik Solheim said 40 people left Tromsø.\n` });
    const doc = toReportV1(index.snapshot()).documents[0]!;
    expect(doc).toMatchObject({ source: 'Harbor Herald', date: '2026-03-14' });
    expect(doc.warnings).toEqual(['front matter field "tags" (line 4) nests lists or mappings more than 64 levels deep; ignored']);
  });
});

describe('the nesting measure that keeps deep text from the YAML reader', () => {
  it('is never below the real depth, and at most one above it, on 3,000 random documents in every style', () => {
    let seed = 3;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const words = ['a', 'Erik Solheim', "O'Brien", 'x: y', '- dash', '[br', 'br]', '{c', 'q"uote', '#hash', 'multi\nline\n  indented', '|', '>', ' lead', 'k'];
    const pick = () => words[Math.floor(rnd() * words.length)]!;
    const gen = (d: number): unknown => {
      const r = rnd();
      if (d <= 0 || r < 0.3) return rnd() < 0.8 ? pick() : Math.floor(rnd() * 100);
      const n = 1 + Math.floor(rnd() * 3);
      if (r < 0.65) return Array.from({ length: n }, () => gen(d - 1));
      return Object.fromEntries(Array.from({ length: n }, (_, i) => [`${pick()}${i}`, gen(d - 1)]));
    };
    const depthOf = (v: unknown): number => (v && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v as object).map(depthOf)) : 0);
    for (let k = 0; k < 3_000; k++) {
      const style = rnd() < 0.3 ? 'flow' : rnd() < 0.5 ? 'block' : 'any';
      const text = stringify({ root: gen(1 + Math.floor(rnd() * 12)) }, { collectionStyle: style, indent: 1 + Math.floor(rnd() * 4) });
      const actual = depthOf(parse(text));
      const measured = yamlNesting(text).depth;
      expect(measured, text).toBeGreaterThanOrEqual(actual);
      expect(measured, text).toBeLessThanOrEqual(actual + 1);
    }
  });

  it('counts brackets inside plain and quoted scalars, comments and block scalars as text', () => {
    expect(yamlNesting(`title: a [b {c\nnote: "[[[[ {{{"\n# [[[[[[\nbody: |\n  [[[[[[[[\n  - - - - - -\nsource: x\n`).depth).toBe(1);
    expect(yamlNesting(`a: ${'['.repeat(100)}${']'.repeat(100)}`).depth).toBe(101);
  });
});
