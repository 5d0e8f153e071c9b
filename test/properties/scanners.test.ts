// The engine's hand-written scanners answer exactly as the regexes they replace (they exist for speed only):
// the capitalised-word scanner of findMentions, its lower-case word test, space folding and sentence openers, on
// text with every kind of character that matters to them (surrogate pairs, lone surrogates, marks, digits, odd
// spaces, quotes and dashes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _internals } from '../../src/core/entities/findMentions';
import { classAt, classOf, L, LL, LU, M, N, WS } from '../../src/core/text/charClass';
import './seed';

const CAP_WORD = /\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const PIECES = [
  'A', 'Z', 'a', 'z', '0', '9', ' ', '  ', '\u00a0', '\t', '\n', '\r', '\u2028', '\u3000', '\ufeff', '\u200b', '-', "'", '’', '&', '.', ',', '_',
  'É', 'é', 'Ø', 'ß', 'İ', 'ǅ', 'Σ', 'ς', 'Д', 'д', 'Ա', '١', '²', '½', 'Ⅻ', 'ⅻ', '\u0301', '\u0903', '中', '〇',
  '𝐀', '𝐚', '𐐀', '𐐨', '𝟘', '😀', '\ud800', '\udc00', '\ud835', '“', '”', '«', '»', '‘', '„', '(', '–', '—', '"',
  'Putin', 'iPhone', 'U.S', 'Rossija-24', 'O’Brien', 'AT&T', 'pro-Putin', "d'État",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));

describe('hand-written scanners (properties)', () => {
  it('capWords finds what the capitalised-word regex finds, from any start', () => {
    fc.assert(
      fc.property(text, fc.nat(40), (t, f) => {
        const from = Math.min(f, t.length);
        const expected: [number, number][] = [];
        CAP_WORD.lastIndex = from;
        for (let m = CAP_WORD.exec(t); m; m = CAP_WORD.exec(t)) expected.push([m.index, m.index + m[0].length]);
        expect(_internals.capWords(t, from)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('the class table agrees with the regexes on every BMP code unit and on astral code points', () => {
    for (let c = 0; c < 65536; c++) {
      const s = String.fromCharCode(c);
      const v = classOf(c);
      const want = (/^\p{Lu}$/u.test(s) ? LU : 0) | (/^\p{Ll}$/u.test(s) ? LL : 0) | (/^\p{L}$/u.test(s) ? L : 0) | (/^\p{M}$/u.test(s) ? M : 0) | (/^\p{N}$/u.test(s) ? N : 0) | (/^\s$/.test(s) ? WS : 0);
      if ((v & ~1) !== want) throw new Error(`U+${c.toString(16)}: ${v} vs ${want}`);
    }
    for (const s of ['𝐀', '𝐚', '𐐀', '𐐨', '𝟘', '😀']) {
      const want = (/^\p{Lu}$/u.test(s) ? LU : 0) | (/^\p{L}$/u.test(s) ? L : 0) | (/^\p{N}$/u.test(s) ? N : 0);
      expect(classAt(s, 0) & (LU | L | N)).toBe(want);
    }
  });

  it('isLowerWord, foldSpaces and isOpener answer as their regexes', () => {
    const words = fc.array(fc.constantFrom('a', 'z', 'A', 'é', 'É', 'ß', 'д', 'Д', '\u0301', '0', '²', 'ǅ', 'ª'), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
    fc.assert(fc.property(words, (w) => _internals.isLowerWord(w) === /^[\p{Ll}][\p{L}\p{M}]*$/u.test(w)), { numRuns: 2000 });
    fc.assert(fc.property(text, (t) => _internals.foldSpaces(t) === t.replace(/\s+/g, ' ')), { numRuns: 2000 });
    for (let c = 0; c < 65536; c++) {
      if (_internals.isOpener(c) !== /[\s"“”«»'‘’„(–—-]/.test(String.fromCharCode(c))) throw new Error(`U+${c.toString(16)}`);
    }
  });
});
