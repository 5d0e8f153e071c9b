// Language identification from function words: fast (one pass over the first few thousand characters), offline,
// and good enough to choose stop-lists and number formats. Returns "und" when there is too little evidence.
// The words and letters of each language are in src/core/languages/<code>/index.ts (detect).
import type { Lang } from '../model';
import { detectionWords, letterHints, yieldsTo } from '../languages';
import { L, classAt, lowerCodeUnit, widthAt } from '../text/charClass';

/** Function words per language (languages/<code>/index.ts: detect), in the registry's order. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {};
for (const d of detectionWords()) FUNCTION_WORDS[d.code] = d.functionWords;

/** For tests. */
export const _internals = { FUNCTION_WORDS };

const TABLE = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) {
    let m = TABLE.get(w);
    if (!m) TABLE.set(w, (m = new Map()));
    m.set(lang, (m.get(lang) ?? 0) + 1);
  }
}

/** Letters that betray a language outright (weighted evidence, not a verdict), counted one character at a time. */
const LETTER_HINTS = letterHints();

/** Character code -> index of its hint in LETTER_HINTS. */
const HINT_OF = new Map<number, number>();
LETTER_HINTS.forEach(([chars], k) => {
  for (let i = 0; i < chars.length; i++) HINT_OF.set(chars.charCodeAt(i), k);
});

/**
 * The function words as a trie over code units, so a word is looked up while it is scanned, a lower-cased code unit
 * at a time (the same as lower-casing the word first: no function word has a letter whose lower case is longer).
 */
const trieNext: Map<number, number>[] = [new Map()];
const trieHit: (Map<string, number> | undefined)[] = [undefined];
for (const [w, hit] of TABLE) {
  let node = 0;
  for (let i = 0; i < w.length; i++) {
    let next = trieNext[node]!.get(w.charCodeAt(i));
    if (next === undefined) {
      next = trieNext.length;
      trieNext.push(new Map());
      trieHit.push(undefined);
      trieNext[node]!.set(w.charCodeAt(i), next);
    }
    node = next;
  }
  trieHit[node] = hit;
}
/** Children on a-z in a dense table (-1: none), on other code units in the maps above. */
const trieAscii = new Int32Array(trieNext.length * 26).fill(-1);
trieNext.forEach((m, node) => {
  for (const [c, next] of m) if (c >= 97 && c <= 122) trieAscii[node * 26 + c - 97] = next;
});

/** The trie's child of `node` on the lower case of code unit `c`, or -1. */
function trieStep(node: number, c: number): number {
  if (c < 128) {
    const l = c | 32;
    return l >= 97 && l <= 122 ? trieAscii[node * 26 + l - 97]! : -1;
  }
  return trieNext[node]!.get(lowerCodeUnit(c)) ?? -1;
}

/**
 * One pass over the first `sampleChars` characters: words (runs of letters, \p{L}) scored by the function words
 * they are, letters that hint at a language, and the share of Cyrillic letters.
 */
export function detectLanguage(text: string, sampleChars = 4000): Lang {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  const scores = new Map<string, number>();
  let words = 0;
  let letters = 0;
  let cyrillicLetters = 0;
  let cyrillic = false;
  const hints = LETTER_HINTS.map(() => 0);
  const word = (node: number) => {
    words++;
    const hit = node >= 0 ? trieHit[node] : undefined;
    if (!hit) return;
    for (const [lang, w] of hit) scores.set(lang, (scores.get(lang) ?? 0) + w / hit.size);
  };
  let inWord = false;
  let node = 0; // the current word's node in the trie; -1 once it left the trie
  for (let i = 0; i < sample.length; ) {
    const c = sample.charCodeAt(i);
    let letter: boolean;
    let width = 1;
    if (c < 128) letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else {
      const inCyrillic = c >= 0x400 && c <= 0x4ff;
      if (inCyrillic) cyrillic = true;
      const hint = HINT_OF.get(c);
      if (hint !== undefined) hints[hint]!++;
      letter = (classAt(sample, i) & L) !== 0;
      width = widthAt(sample, i);
      if (letter && inCyrillic) cyrillicLetters++;
    }
    if (letter) {
      letters++;
      if (!inWord) {
        inWord = true;
        node = 0;
      }
      for (let k = i; k < i + width && node >= 0; k++) node = trieStep(node, sample.charCodeAt(k));
    } else if (inWord) {
      word(node);
      inWord = false;
    }
    i += width;
  }
  if (inWord) word(node);
  if (cyrillic && letters > 0 && cyrillicLetters / letters > 0.3) return /[іїєґ]/i.test(sample) ? 'uk' : 'ru';
  LETTER_HINTS.forEach(([, lang, w], k) => {
    const n = hints[k]!;
    if (n) scores.set(lang, (scores.get(lang) ?? 0) + Math.min(n, 20) * w);
  });
  let best = 'und';
  let bestScore = 0;
  for (const [lang, s] of scores) {
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  }
  if (words < 3 || bestScore < 1.5) return 'und';
  // A close language (Danish for Norwegian Bokmål) only when its own forms dominate.
  const close = yieldsTo(best);
  if (close && (scores.get(close.code) ?? 0) >= bestScore * close.share) return close.code;
  return best;
}
