// Property tests: analyzeDocument never throws, whatever the document (front matter or not, any text), and
// every offset it gives is exact: mentions and figures are text.slice(start, end), sentences are in bounds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, checksum } from '../../src/core/corpus/analyzeDocument';
import { CorpusIndex, renderMarkdown, toReportV1 } from '../../src/core';
import { documentText } from './arbitraries';

describe('analyzeDocument (properties)', () => {
  it('never throws; every mention and figure is text.slice(start, end); sentences in bounds', () => {
    const seen = { mentions: 0, figures: 0, frontMatter: 0 };
    fc.assert(
      fc.property(documentText, fc.constantFrom('a.md', 'outlet/2026-03-14-b.txt'), (text, id) => {
        const a = analyzeDocument({ id, text });
        if (a.mentions.length) seen.mentions++;
        if (a.figures.length) seen.figures++;
        if (a.meta.bodyStart > 1) seen.frontMatter++;
        expect(a.length).toBe(text.length);
        expect(a.checksum).toBe(checksum(text));
        expect(a.meta.bodyStart).toBeGreaterThanOrEqual(0);
        expect(a.meta.bodyStart).toBeLessThanOrEqual(text.length);
        for (const s of a.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(a.meta.bodyStart);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
        for (const m of a.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.text).toBe(text.slice(m.start, m.end));
        }
        for (const f of a.figures) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.text).toBe(text.slice(f.start, f.end));
        }
        expect(a.figureEvents).toHaveLength(a.figures.length);
      }),
      { numRuns: 10000 },
    );
    // Not vacuous: many documents have names, figures and front matter.
    expect(seen.mentions).toBeGreaterThan(2000);
    expect(seen.figures).toBeGreaterThan(300);
    expect(seen.frontMatter).toBeGreaterThan(300);
  });
});

describe('the corpus over hostile documents (properties)', () => {
  it('snapshot, JSON and Markdown reports never throw, and keep offsets exact', () => {
    fc.assert(
      fc.property(fc.array(documentText, { minLength: 1, maxLength: 4 }), (texts) => {
        const index = new CorpusIndex();
        const byId = new Map<string, string>();
        texts.forEach((text, i) => {
          const id = `outlet-${i % 2}/doc-${i}.md`;
          byId.set(id, text);
          index.setDocument({ id, text });
        });
        const snapshot = index.snapshot();
        const report = toReportV1(snapshot);
        for (const e of report.entities) for (const m of e.mentions) expect(byId.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
        for (const f of report.figures) expect(byId.get(f.doc)!.slice(f.start, f.end)).toBe(f.text);
        expect(() => JSON.stringify(report)).not.toThrow();
        expect(typeof renderMarkdown(snapshot, 'Hostile')).toBe('string');
      }),
      // Found by CI: capitalised words in scripts with no transliteration fold to no tokens at all.
      { numRuns: 1000, examples: [[['Ꙏࡏ']], [['Ꙏࡏ Ꙏࡏ said Ꙏࡏ.']], [['ᏴᏴ and Ⴀⴀ met Ꙏࡏ Ꙏ.']]] },
    );
  });
});
