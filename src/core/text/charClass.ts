// Unicode classes of characters, answered from a table filled on first sight of each UTF-16 code unit (the regex
// that decides a class runs once per distinct character, not once per character of the text). Each answer is
// exactly what the corresponding /u regex says of that character: \p{Lu}, \p{Ll}, \p{L}, \p{M}, \p{N}, \s.

export const LU = 2;
export const LL = 4;
export const L = 8;
export const M = 16;
export const N = 32;
/** White space as the regex \s sees it. */
export const WS = 64;
const KNOWN = 1;

const LU_RE = /^\p{Lu}$/u;
const LL_RE = /^\p{Ll}$/u;
const L_RE = /^\p{L}$/u;
const M_RE = /^\p{M}$/u;
const N_RE = /^\p{N}$/u;
const WS_RE = /^\s$/;

function compute(s: string): number {
  return (
    KNOWN |
    (LU_RE.test(s) ? LU : 0) |
    (LL_RE.test(s) ? LL : 0) |
    (L_RE.test(s) ? L : 0) |
    (M_RE.test(s) ? M : 0) |
    (N_RE.test(s) ? N : 0) |
    (WS_RE.test(s) ? WS : 0)
  );
}

const table = new Uint8Array(65536);
for (let c = 0; c < 128; c++) table[c] = compute(String.fromCharCode(c));

/**
 * Classes of one UTF-16 code unit taken alone (a surrogate alone is in no class, as for a /u regex tested on
 * String.fromCharCode of it).
 */
export function classOf(c: number): number {
  let v = table[c]!;
  if (v === 0) table[c] = v = compute(String.fromCharCode(c));
  return v;
}

const astral = new Map<number, number>();

/** Classes of a code point (above U+FFFF: what a /u regex says of the surrogate pair). */
export function classOfCodePoint(cp: number): number {
  if (cp < 65536) return classOf(cp);
  let v = astral.get(cp);
  if (v === undefined) {
    v = compute(String.fromCodePoint(cp));
    if (astral.size < 4096) astral.set(cp, v);
  }
  return v;
}

/** The code point at `i` (a pair when a high surrogate is followed by a low one) and its classes, as [classes, width]. */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return classOf(c);
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return classOf(c);
  return classOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
}

/** Width in code units of the code point at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

let lowerTable: Uint16Array | null = null;

/** Lower case of one UTF-16 code unit: itself when its lower case is not a single code unit (İ) or it has none. */
export function lowerCodeUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (lowerTable === null) lowerTable = new Uint16Array(65536);
  let v = lowerTable[c]!;
  if (v === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    lowerTable[c] = v = s.length === 1 ? s.charCodeAt(0) : c;
  }
  return v;
}
