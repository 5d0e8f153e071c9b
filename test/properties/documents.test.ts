// Property tests: readDocumentMeta never throws, whatever the front matter (malformed, explosive, mixed line
// ends, lone surrogates); its body offset is in bounds; its warnings are one-line strings; well-formed front
// matter is read whatever the line ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocumentMeta } from '../../src/core/documents/readDocument';
import { documentText } from './arbitraries';

const IDS = ['a.md', 'outlet/2026-03-14-story.txt', 'x/y/z.txt', 'no-extension', 'é/😀.md'];

describe('readDocumentMeta (properties)', () => {
  it('never throws; bodyStart in [0, length]; warnings are one-line strings; fields are one line', () => {
    const seen = { frontMatter: 0, warned: 0 };
    fc.assert(
      fc.property(documentText, fc.constantFrom(...IDS), (text, id) => {
        const m = readDocumentMeta({ id, text });
        if (m.bodyStart > 1) seen.frontMatter++;
        if (m.warnings.length) seen.warned++;
        expect(m.id).toBe(id);
        expect(Number.isInteger(m.bodyStart)).toBe(true);
        expect(m.bodyStart).toBeGreaterThanOrEqual(0);
        expect(m.bodyStart).toBeLessThanOrEqual(text.length);
        expect(Array.isArray(m.warnings)).toBe(true);
        for (const w of m.warnings) {
          expect(typeof w).toBe('string');
          expect(w.length).toBeGreaterThan(0);
          expect(w).not.toMatch(/[\n\r]/);
        }
        expect(m.lang).toMatch(/^[a-z]{2,3}$/);
        for (const f of [m.title, m.source]) {
          expect(typeof f).toBe('string');
          expect(f).not.toMatch(/[\n\r\u2028\u2029]/);
        }
        if (m.date !== undefined) expect(typeof m.date).toBe('string');
        // Deterministic.
        expect(readDocumentMeta({ id, text })).toEqual(m);
      }),
      { numRuns: 10000 },
    );
    expect(seen.frontMatter).toBeGreaterThan(500);
    expect(seen.warned).toBeGreaterThan(500);
  });

  it('reads well-formed front matter whatever the line ends, and the body starts right after it', () => {
    const title = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,]{0,30}[A-Za-z0-9]$/);
    fc.assert(
      fc.property(title, fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('---', '...'), fc.boolean(), fc.string({ unit: 'grapheme', maxLength: 40 }), (t, nl, close, bom, body) => {
        const header = `${bom ? '\ufeff' : ''}---${nl}title: ${t}${nl}lang: en${nl}${close}${nl}`;
        const m = readDocumentMeta({ id: 'a.md', text: header + body });
        expect(m.warnings).toEqual(body.trim() ? [] : ['no article text after the front matter']);
        expect(m.title).toBe(t.replace(/\s+/g, ' ').trim());
        expect(m.lang).toBe('en');
        expect(m.bodyStart).toBe(header.length);
      }),
      { numRuns: 10000 },
    );
  });
});
