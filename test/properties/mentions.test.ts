// Property tests: findMentions never throws, and every mention is well formed: offsets in bounds (inside the
// body), text === slice, a non-empty name, a kind, its sentence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/entities/findMentions';
import { splitSentences } from '../../src/core/text/sentences';
import { anyText, lang } from './arbitraries';

const KINDS = ['person', 'place', 'organization', 'other'];

describe('findMentions (properties)', () => {
  it('never throws; offsets in bounds; text === slice; name non-empty', () => {
    let found = 0;
    fc.assert(
      fc.property(anyText(50), lang, fc.nat(30), (text, l, skip) => {
        const bodyStart = Math.min(skip, text.length);
        const sentences = splitSentences(text, bodyStart);
        const list = findMentions(text, l, sentences, 'd', bodyStart);
        if (list.length) found++;
        let prevStart = -1;
        let prevEnd = -1;
        for (const m of list) {
          expect(m.doc).toBe('d');
          expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
          expect(m.start).toBeGreaterThanOrEqual(bodyStart);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
          expect(m.start).toBeGreaterThanOrEqual(prevStart);
          expect(m.start, 'mentions do not overlap').toBeGreaterThanOrEqual(prevEnd);
          prevStart = m.start;
          prevEnd = m.end;
          expect(m.text).toBe(text.slice(m.start, m.end));
          expect(m.name.trim().length).toBeGreaterThan(0);
          expect(m.name).toBe(m.name.trim());
          expect(KINDS).toContain(m.kind);
          expect(Number.isFinite(m.kindWeight)).toBe(true);
          expect(Number.isInteger(m.sentence)).toBe(true);
          expect(m.sentence).toBeLessThan(sentences.length);
        }
      }),
      { numRuns: 10000 },
    );
    // The texts do hold names: the property is not checked on empty lists only.
    expect(found).toBeGreaterThan(1000);
  });
});
