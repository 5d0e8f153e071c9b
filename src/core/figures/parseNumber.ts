// A whole string as one number in a language ("1 160,5", "fifty thousand", "femogtjue", "2 million").
import { figureLexicon as lexicon } from '../languages';
import { isDigit, isLetterCode, isSpaceCode, wordEnd } from './chars';
import { readWordNumber } from './numberWords';
import { isScaleStart, readScale, readDigits, type NumberToken } from './numbers';

/**
 * Parses a whole string as one number in `lang` ("1 160,5", "fifty thousand", "femogtjue"); null when the string
 * is not exactly one number (surrounding white space allowed). Never throws.
 */
export function parseNumber(input: string, lang = 'en'): number | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > 200) return null;
  const lx = lexicon(lang);
  let s = 0;
  let e = input.length;
  while (s < e && /\s/.test(input[s]!)) s++;
  while (e > s && /\s/.test(input[e - 1]!)) e--;
  if (s >= e) return null;
  let tok: NumberToken | null = null;
  if (isDigit(input.charCodeAt(s))) {
    tok = readDigits(input, s, e, lx);
    if (tok && tok.end < e) {
      // Digits followed by a scale word ("2 million", "5 mill.").
      const sc = readScale(input, tok.end, e, lx, false);
      if (sc) {
        let end = sc.end;
        // "5 mill." at the end of the string: the abbreviation's dot.
        if (end === e - 1 && input.charCodeAt(end) === 46 && /^(?:mill|mrd|mio|mln|md|mds|bn|mn)$/i.test(input.slice(wordStartBefore(input, end), end))) end++;
        tok = { ...tok, value: tok.value * sc.factor, end, scaled: true };
      }
    }
  } else if (isLetterCode(input.charCodeAt(s))) {
    tok = readWordNumber(input, s, e, lx);
    if (!tok && lx.articles.has(input.slice(s, wordEnd(input, s, e)).toLowerCase())) {
      // "a thousand", "en million"
      const we = wordEnd(input, s, e);
      if (we < e && isSpaceCode(input.charCodeAt(we))) {
        const t2 = readWordNumber(input, we + 1, e, lx);
        if (t2 && t2.firstWord && isScaleStart(t2.firstWord, lx)) tok = { ...t2, start: s };
      }
    }
  }
  if (!tok || tok.end !== e) return null;
  return tok.value;
}

function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
  return i;
}
