// Arbitraries shared by the property tests: text soups that mix names, punctuation, every kind of line end and
// space, emoji (with ZWJ, skin tones, flags), combining marks, right-to-left and CJK text, lone surrogates and
// YAML-ish front matter; plus raw random strings (any code point, lone surrogates included) and graphemes.
import fc from 'fast-check';

export const PIECES = [
  // Names and name-like words, with the cues findMentions looks at.
  'Ingrid', 'Solberg', 'Tromsø', 'Bergen', 'St.', 'Mr.', 'Dr', 'U.S.', 'W.', 'von', 'der', 'Leyen', 'the', 'of', 'for',
  'Red Cross', 'Institute for the Study of War', 'President', 'Russian', 'Putin’s', "O'Brien", 'Kharkiv-regionen',
  'PalyugaPhoto', 'NATO', 'Rossija-24', 'Intel Corp.', 'New', 'North', 'in', 'said', 'Mayor', 'i', 'og', 'und', 'le',
  // Figures, alone and with what they count.
  '1,200', '3 400', '12', '2022', 'people', 'about', 'more than', 'km', '%', '$', 'million', '1,200 people',
  'more than 40 people', '3,400 people were evacuated', '12 km', '$5 million', '19 signatories', 'about 50 soldiers',
  'Ingrid Solberg', 'Anna Berg said', 'in Oslo',
  // Punctuation and sentence ends.
  '.', '. ', '! ', '? ', '…', '...', '。', '！', '？', '؟ ', ',', ';', ':', '"', '“', '”', '«', '»', '(', ')', '[', ']',
  '-', '–', '—', '’', "'", '&', '/', '#', '# ', '- ',
  // Spaces and line ends of every kind.
  ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r', '\n\n', '\r\r\n', '\v', '\f', '\u2028', '\u2029', '\u0085',
  '\u00a0', '\u202f', '\u2009', '\u3000', '\u200b', '\u200d', '\u00ad', '\ufeff',
  // Emoji, combining marks, odd letters.
  '😀', '👩‍👩‍👧', '🇳🇴', '👩🏽‍🚒', '✔\ufe0f', '🙏🏻', 'e\u0301', '\u0301', '\u0308', 'A\u0332', 'Jose\u0301', 'İ', 'ß', 'ﬁ',
  'ǅ', 'Σ', 'ς', 'ſ', 'K', 'Å',
  // Other scripts, right to left included.
  'Мэр', 'Ингрид', 'Сольберг', 'Ίνγκριντ', 'إنغريد', 'سولبرغ', 'ראש', '\u202b', '\u202c', '\u200f', '市长', '英格丽·索尔贝格',
  'トロムソ', 'イングリッド',
  // Lone surrogates and a valid pair written as two pieces.
  '\ud800', '\udc00', '\udbff', '\udfff', '\ud83d', '\ude00',
  // YAML-ish.
  '---', '--- ', '---\n', '...\n', 'title: ', 'lang: ', 'date ', '2026-03-14', '&a ', '*a', '[x, *a]',
];

export const soup = (maxLength = 40) => fc.array(fc.constantFrom(...PIECES), { maxLength }).map((xs) => xs.join(''));

/** Any text: mostly soups, also raw code points (lone surrogates included), graphemes, and mixes of both. */
export const anyText = (maxLength = 40) =>
  fc.oneof(
    { weight: 4, arbitrary: soup(maxLength) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: maxLength * 3 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: maxLength * 2 }) },
    { weight: 1, arbitrary: fc.tuple(soup(maxLength), fc.string({ unit: 'binary', maxLength: 20 }), soup(maxLength)).map(([a, b, c]) => a + b + c) },
  );

const YAML_LINES = [
  'title: Flood in Tromsø', 'title: "quoted: yes"', "title: 'single'", 'title: |', '  block text', 'title: [a, b]', 'title:',
  'source: Harbor Herald', 'source: [unclosed', 'source: "unterminated', 'lang: en', 'lang: no', 'lang: nb-NO', 'lang: 🙂',
  'lang: 123', 'lang: ""', 'language: de', 'date: 2026-03-14', 'date: 2026-03-14T10:00:00Z', 'date: 12:30', 'url: https://x.test/a',
  'a: &a [x, x, x, x]', 'b: &b [*a, *a, *a, *a]', 'c: [*b, *b, *b, *b]', 'd: *zz', '__proto__: {source: evil}',
  'constructor: x', 'toString: 1', ': nothing', '- a list item', '? complex key', '!!binary aGk=', 'k: !custom v', '%YAML 1.2',
  '\tindented with a tab', '  nested: 1', 'key: value # comment', '# comment only', '{flow: map}', '"', '---', '...',
  'title: \ud800', 'title: e\u0301', 'title: 😀', 'x: 1e999', 'x: .nan', 'x: ~', 'x: null',
];
const NL = ['\n', '\r\n', '\r'];

/** Front matter, well formed or not: fences (or not), YAML-ish lines, mixed line ends, then a body. */
export const frontMattered = fc
  .tuple(
    fc.constantFrom('---', '--- ', '---\t', '----', '\ufeff---', '', '...', ' ---'),
    fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...YAML_LINES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), fc.constantFrom(...NL)), { maxLength: 8 }),
    fc.constantFrom(...NL),
    fc.constantFrom('---', '...', '--- ', '', '----', 'date 2026-03-14'),
    fc.constantFrom(...NL, ''),
    anyText(25),
  )
  .map(([open, lines, nl, close, nl2, body]) => `${open}${nl}${lines.map(([l, n]) => l + n).join('')}${close}${nl2}${body}`);

/** Texts for whole-document properties: front matter or none, then any text. */
export const documentText = fc.oneof({ weight: 1, arbitrary: frontMattered }, { weight: 3, arbitrary: anyText(50) });

export const LANGS = ['en', 'nb', 'de', 'fr', 'es', 'ru', 'und', 'xx', ''];
export const lang = fc.constantFrom(...LANGS);

/** Line breaks: a sentence never contains one. */
export const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;
