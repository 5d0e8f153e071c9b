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

describe('front matter without the YAML parser (properties)', () => {
  const KEYS = ['title', 'source', 'date', 'lang', 'url', 'a', '_x', 'b-c', 'null', 'True', 'yes', '__proto__', 'k1', ' title', 'ti tle', '-x', '1a'];
  const VALUES = [
    'Hello world', 'Nube tóxica', 'Ärger', '«Quote»', 'https://example.org/a#b', '2025-04-20', '2025-04-20T10:00:00Z', '2025', '1e3', '.inf', '0x1F',
    'null', 'Null', 'TRUE', 'false', 'yes', 'on', '~', '"quoted: yes"', '"a\\"b"', '"a\\\\nb"', "'single'", "'it''s'", "'", '"', '"x" y', 'a #b', 'a#b', 'a: b', 'a:',
    'a:b', 'x, y [z] {w}', '- item', '[a, b]', '{a: b}', '&anchor x', '*alias', '!tag x', '| block', '> folded', '%x', '@x', '`x`', '? x', '',
    'tab\there', 'trailing  ', '  lead', 'a\u2028b', 'a\u0085b', 'emoji 😀', 'nbsp\u00a0x', 'ctrl\u0001x', 'ﬁ ligature', '\ufeffbom',
  ];
  const GOOD_KEYS = KEYS.slice(0, 6);
  const GOOD_VALUES = VALUES.slice(0, 6);
  const line = fc.oneof(
    { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...GOOD_KEYS), fc.constantFrom(': ', ':  '), fc.constantFrom(...GOOD_VALUES)).map(([k, sep, v]) => `${k}${sep}${v}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(': ', ':  ', ':', ' : ', ':\t'), fc.constantFrom(...VALUES)).map(([k, sep, v]) => `${k}${sep}${v}`) },
    { weight: 1, arbitrary: fc.constantFrom('', '# comment', '  indented: x', '- item', 'key:', '\r') },
  );
  const frontMatter = fc.array(line, { maxLength: 6 }).map((ls) => ls.join('\n'));

  it('simpleFields, when it answers, answers as YAML 1.2 (core schema) does', async () => {
    const { parseDocument } = await import('yaml');
    const { _internals: rd } = await import('../../src/core/documents/readDocument');
    let answered = 0;
    fc.assert(
      fc.property(frontMatter, (yaml) => {
        const simple = rd.simpleFields(yaml);
        if (!simple) return true;
        answered++;
        const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false });
        expect(doc.errors).toEqual([]);
        expect(Object.entries(doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>)).toEqual(simple);
        return true;
      }),
      { numRuns: 5000 },
    );
    expect(answered).toBeGreaterThan(100);
  });
});

describe('language detection in one pass (properties)', () => {
  /** The regex-based detector the one-pass scan replaced: the oracle. */
  async function reference(): Promise<(text: string, sampleChars?: number) => string> {
    const { _internals: li } = await import('../../src/core/documents/language');
    const table = new Map<string, Map<string, number>>();
    for (const [lang, words] of Object.entries(li.FUNCTION_WORDS)) {
      for (const w of words) {
        let m = table.get(w);
        if (!m) table.set(w, (m = new Map()));
        m.set(lang, (m.get(lang) ?? 0) + 1);
      }
    }
    const hints: [RegExp, string, number][] = [[/[æø]/g, 'nb', 0.6], [/[ß]/g, 'de', 1], [/[ñ¿¡]/g, 'es', 1], [/[șțăâ]/g, 'ro', 1], [/[ç]/g, 'fr', 0.3]];
    const cyrillicShare = (s: string) => {
      let c = 0;
      let l = 0;
      for (const ch of s) {
        if (/\p{L}/u.test(ch)) {
          l++;
          if (ch >= '\u0400' && ch <= '\u04FF') c++;
        }
      }
      return l ? c / l : 0;
    };
    return (text: string, sampleChars = 4000) => {
      const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
      const scores = new Map<string, number>();
      let words = 0;
      const re = /[\p{L}]+/gu;
      for (let m = re.exec(sample); m; m = re.exec(sample)) {
        words++;
        const hit = table.get(m[0].toLowerCase());
        if (!hit) continue;
        for (const [lang, w] of hit) scores.set(lang, (scores.get(lang) ?? 0) + w / hit.size);
      }
      if (/[\u0400-\u04FF]/.test(sample) && cyrillicShare(sample) > 0.3) return /[іїєґ]/i.test(sample) ? 'uk' : 'ru';
      for (const [r, lang, w] of hints) {
        const n = sample.match(r)?.length ?? 0;
        if (n) scores.set(lang, (scores.get(lang) ?? 0) + Math.min(n, 20) * w);
      }
      let best = 'und';
      let bestScore = 0;
      for (const [lang, s] of scores) if (s > bestScore) [best, bestScore] = [lang, s];
      if (words < 3 || bestScore < 1.5) return 'und';
      if (best === 'da' && (scores.get('nb') ?? 0) >= bestScore * 0.8) return 'nb';
      return best;
    };
  }

  it('detectLanguage answers as the regex-based detector', async () => {
    const old = await reference();
    const { detectLanguage, _internals: li } = await import('../../src/core/documents/language');
    const words = [...new Set(Object.values(li.FUNCTION_WORDS).flat())];
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...words) },
      { weight: 2, arbitrary: fc.constantFrom(...words).map((w) => w.toUpperCase()) },
      { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '. ', ', ', '-') },
      { weight: 2, arbitrary: fc.constantFrom(...PIECES, 'æ', 'ø', 'ß', 'ñ', '¿', '¡', 'ș', 'ț', 'ă', 'â', 'ç', 'Д', 'мир', 'і', 'ї', 'Ø', 'İ', 'Σ', 'ΑΣ', 'Ǆ', 'K') },
    );
    const doc = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));
    fc.assert(fc.property(doc, (t) => detectLanguage(t) === old(t)), { numRuns: 5000 });
    // A sample cut anywhere, even inside a surrogate pair.
    fc.assert(fc.property(doc, fc.integer({ min: 1, max: 200 }), (t, n) => detectLanguage(t, n) === old(t, n)), { numRuns: 3000 });
  });
});
