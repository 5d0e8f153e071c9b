// Property tests: splitSentences keeps every sentence in bounds, ordered, non-overlapping, trimmed, without a
// line break and not longer than MAX_SENTENCE; it loses no text (every character that is neither space nor line
// break is in a sentence) and never cuts a surrogate pair.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/core/text/sentences';
import { anyText, LINE_BREAK, soup } from './arbitraries';

/** White space the splitter trims, and line breaks. */
const GAP = /[ \t\n\r\v\f\u0085\u00a0\u202f\u2009\u3000\u2028\u2029]/;

function check(text: string, from: number, to: number): void {
  const list = splitSentences(text, from, to);
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  let prevEnd = lo;
  const covered = new Uint8Array(text.length);
  for (const s of list) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(hi);
    expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    const t = text.slice(s.start, s.end);
    expect(t).not.toMatch(LINE_BREAK);
    expect(GAP.test(t[0]!)).toBe(false);
    expect(GAP.test(t[t.length - 1]!)).toBe(false);
    // The splitter never cuts a surrogate pair (a caller's from/to may: that is the caller's cut).
    for (const at of [s.start, s.end]) {
      if (at === lo || at === hi) continue;
      const c = text.charCodeAt(at);
      const p = text.charCodeAt(at - 1);
      expect(c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff).toBe(false);
    }
    covered.fill(1, s.start, s.end);
    prevEnd = s.end;
  }
  const lost: number[] = [];
  for (let i = lo; i < hi; i++) if (!covered[i] && !GAP.test(text[i]!)) lost.push(i);
  expect(lost, 'characters in no sentence').toEqual([]);
}

describe('splitSentences (properties)', () => {
  it('in bounds, ordered, non-overlapping, trimmed, no line break, nothing lost', () => {
    fc.assert(
      fc.property(anyText(60), (text) => check(text, 0, text.length)),
      { numRuns: 10000 },
    );
  });

  it('honours any [from, to), even out of range', () => {
    fc.assert(
      fc.property(anyText(40), fc.integer({ min: -5, max: 300 }), fc.integer({ min: -5, max: 300 }), (text, from, to) => check(text, from, to)),
      { numRuns: 10000 },
    );
  });

  it('cuts over-long sentences (a megabyte on one line) without losing text', () => {
    fc.assert(
      fc.property(soup(8), fc.integer({ min: 100, max: 700 }), fc.constantFrom(' ', '', ', '), (unit, times, sep) => {
        const text = Array(times).fill(`${unit}word`).join(sep);
        check(text, 0, text.length);
      }),
      { numRuns: 100 },
    );
  });
});
