// Name normalisation across scripts and transliteration schemes. A name is romanised (any-ascii), folded to
// lower-case tokens, and each token gets a transliteration-neutral phonetic key: Dmitrij / Dmitry -> "dmitri",
// Paljuga / Palyuga -> "paluga", Gansjev / Ganchev -> "ganSev", Izyum / Izium -> "izum". The consonant skeleton
// of a key ("dmtr") is the blocking key: only names that share it are ever compared.
import anyAscii from 'any-ascii';
import { entityCuesEverywhere, phoneticOf } from '../languages';
import { CORPORATE_SUFFIXES, EXONYMS } from './lexicon';

export interface FoldedName {
  /** Lower-case ASCII tokens, corporate suffixes and a leading "the" dropped. */
  tokens: string[];
  /** Phonetic key per token. */
  phonetic: string[];
  /** tokens.join(' '): equal keys are the same name. */
  key: string;
  /** The canonical name when the name is a known exonym ("Moskva" -> "Moscow"). */
  canonical?: string;
}

const COUNTRY_CODES = new Set(['usa', 'us', 'uk', 'eu']);
/** "Saint" in every language's spellings: one token for comparing names. */
const SAINT = entityCuesEverywhere().saints;

/**
 * Names repeat across articles and re-indexing: folded forms are memoised (bounded), per language and then per name,
 * so a look-up hashes the name alone (its hash is kept in the string) instead of a new key string.
 */
const foldMemo = new Map<string, Map<string, FoldedName>>();
let foldMemoSize = 0;
const FOLD_MEMO_LIMIT = 200_000;

export function foldName(name: string, lang: string): FoldedName {
  let byName = foldMemo.get(lang);
  const hit = byName?.get(name);
  if (hit) return hit;
  const folded = foldNameUncached(name, lang);
  if (foldMemoSize >= FOLD_MEMO_LIMIT) {
    foldMemo.clear();
    foldMemoSize = 0;
    byName = undefined;
  }
  if (!byName) foldMemo.set(lang, (byName = new Map()));
  byName.set(name, folded);
  foldMemoSize++;
  return folded;
}

function foldNameUncached(name: string, lang: string): FoldedName {
  const canonical = EXONYMS.get(name.toLowerCase()) ?? EXONYMS.get(name.toLowerCase().replace(/\./g, ''));
  const base = canonical ?? name;
  const ascii = anyAscii(base).toLowerCase();
  const tokens: string[] = [];
  for (const raw of ascii.split(/[\s\-–]+/)) {
    const t = raw.replace(/['’`.,()"]/g, '');
    if (t) tokens.push(t);
  }
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();
  // "Intel Corp." = "Intel", "T-Mobile USA, Inc." = "T-Mobile": legal forms and a trailing country code.
  while (tokens.length > 1 && (CORPORATE_SUFFIXES.has(tokens[tokens.length - 1]!) || CORPORATE_SUFFIXES.has(tokens[tokens.length - 1]! + '.') || (tokens.length > 2 && COUNTRY_CODES.has(tokens[tokens.length - 1]!)))) tokens.pop();
  if (tokens.length > 1 && SAINT.has(tokens[0]!)) tokens[0] = 'st';
  const phonetic = tokens.map((t) => phoneticKeyMemo(t, canonical ? 'en' : lang));
  return { tokens, phonetic, key: tokens.join(' '), ...(canonical ? { canonical } : {}) };
}

/** Tokens recur across names (given names, surnames): their phonetic keys are memoised (bounded), per language. */
const phoneticMemo = new Map<string, Map<string, string>>();
let phoneticMemoSize = 0;

function phoneticKeyMemo(token: string, lang: string): string {
  let byToken = phoneticMemo.get(lang);
  const hit = byToken?.get(token);
  if (hit !== undefined) return hit;
  const key = phoneticKey(token, lang);
  if (phoneticMemoSize >= FOLD_MEMO_LIMIT) {
    phoneticMemo.clear();
    phoneticMemoSize = 0;
    byToken = undefined;
  }
  if (!byToken) phoneticMemo.set(lang, (byToken = new Map()));
  byToken.set(token, key);
  phoneticMemoSize++;
  return key;
}

/** Transliteration-neutral key of one lower-case ASCII token, as written in `lang`. */
export function phoneticKey(token: string, lang: string): string {
  // The language's own habits first (languages/<code>/index.ts: names.phonetic), then the shared rules.
  let s = phoneticOf(lang)(token);
  s = s
    .replace(/tch/g, 'S')
    .replace(/ch/g, 'S')
    .replace(/sh/g, 'S')
    .replace(/zh/g, 'S')
    .replace(/kh/g, 'X')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/ow$/, 'ov')
    .replace(/ff$/, 'v');
  // Iotated vowels written y-, j-, i- across schemes.
  s = s.replace(/[yji]u/g, 'u').replace(/[yji]a/g, 'a').replace(/[yj]e/g, 'e').replace(/[yj]o/g, 'o').replace(/[yj]ë/g, 'o');
  s = s.replace(/(?:ij|iy|yj|yi|yy|y)$/, 'i').replace(/y/g, 'i').replace(/j/g, 'i');
  s = s.replace(/([bcdfghklmnprstvzSX])\1+/g, '$1');
  return s;
}

/** Consonant skeletons of phonetic keys, memoised (bounded): the same tokens are compared again and again. */
const skeletonMemo = new Map<string, string>();

/** Consonant skeleton of a phonetic key: the blocking key. */
export function skeleton(phonetic: string): string {
  let k = skeletonMemo.get(phonetic);
  if (k === undefined) {
    const s = phonetic.replace(/[aeiou]/g, '');
    k = s.length > 0 ? s : phonetic;
    if (skeletonMemo.size >= FOLD_MEMO_LIMIT) skeletonMemo.clear();
    skeletonMemo.set(phonetic, k);
  }
  return k;
}

/** Levenshtein similarity in [0, 1]. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[lb]! / Math.max(la, lb);
}

const MASCULINE = /(?:ov|ev|in|n|ski|sk|ik|ii|i)$/;
const FEMININE = /(?:ova|eva|ina|na|ska|skaa|aa|a)$/;

/** Ivanov / Ivanova, Navalny / Navalnaja, Zelensky / Zelenska: different people, however alike. */
export function genderedPair(a: string, b: string): boolean {
  const [m, f] = a.length <= b.length ? [a, b] : [b, a];
  if (!FEMININE.test(f) || !MASCULINE.test(m) || f.endsWith('a') === m.endsWith('a')) return false;
  const stem = (s: string) => s.replace(/(?:ova|eva|ov|ev|ina|in|aa|ii|ska|ski|sk|a|i)$/, '');
  return stem(m) === stem(f) || similarity(stem(m), stem(f)) >= 0.8;
}

/** Two tokens are spellings of the same name part (phonetic keys). */
export function tokensAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  if (a[0] !== b[0] && !(isVowel(a[0]!) && isVowel(b[0]!))) return false;
  if (skeleton(a) !== skeleton(b)) return false;
  if (genderedPair(a, b)) return false;
  return similarity(a, b) >= 0.74;
}

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/** A given-name token matches an initial ("w" ~ "william") or an alike token. */
function partAlike(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return tokensAlike(a, b);
}

/**
 * Two multi-token names denote the same person or body: the last tokens are alike, and aligned from the end,
 * every token of the shorter name matches the longer one's ("W. Mark Felt" = "Mark Felt", "Dmitrij Paljuga" =
 * "Dmitry Palyuga"; "Dmitry Peskov" != "Dmitry Palyuga"; "George Bush" != "Reggie Bush").
 */
export function fullNamesAlike(a: FoldedName, b: FoldedName): boolean {
  if (a.key === b.key) return true;
  const pa = a.phonetic;
  const pb = b.phonetic;
  if (!tokensAlike(pa[pa.length - 1]!, pb[pb.length - 1]!)) return false;
  const n = Math.min(pa.length, pb.length);
  for (let i = 2; i <= n; i++) {
    if (!partAlike(pa[pa.length - i]!, pb[pb.length - i]!)) return false;
  }
  return true;
}

/** Initials of names, memoised (bounded): the clustering asks for each full name of every article. */
const initialsMemo = new Map<string, string>();

/** Initials of a multi-token name for acronym matching ("Advanced Micro Devices" -> "amd", "U.S. Geological Survey" -> "usgs"). */
export function initialsOf(name: string): string {
  let ini = initialsMemo.get(name);
  if (ini === undefined) {
    ini = initialsUncached(name);
    if (initialsMemo.size >= FOLD_MEMO_LIMIT) initialsMemo.clear();
    initialsMemo.set(name, ini);
  }
  return ini;
}

function initialsUncached(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) {
    if (!w) continue;
    if (/^(\p{Lu}\.)+$/u.test(w)) out += w.replace(/\./g, '');
    else if (/^\p{Lu}/u.test(w)) out += w[0];
  }
  return out.toLowerCase();
}

/** Places named by a derived adjective ("Smolninskij" district of "Smolny"): a stem for comparing place names. */
export function placeStem(phonetic: string): string {
  return phonetic.replace(/(?:inski|inskii|insk|ski|skii|skaa|skoe|ske)$/, '').replace(/[aeiou]$/, '');
}
