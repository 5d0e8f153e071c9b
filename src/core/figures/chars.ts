// Code units: digits, letters (with combining marks), lower case, spaces, words. Tables filled lazily, so each test is
// an array read; no allocation per character.
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// Per-code-unit tables, filled lazily: letters and combining marks; simple lower-case mapping.
const LETTER_RE = /[\p{L}\p{M}]/u;
let letterTab: Uint8Array | null = null;
let lowerTab: Uint16Array | null = null;

/** Letters and combining marks (a lone surrogate is not a letter). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (letterTab === null) letterTab = new Uint8Array(65536);
  let v = letterTab[c]!;
  if (v === 0) {
    v = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    letterTab[c] = v;
  }
  return v === 1;
}

/** Lower-case of one UTF-16 code unit (itself when the mapping is not one unit). */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (lowerTab === null) lowerTab = new Uint16Array(65536);
  let v = lowerTab[c]!;
  if (v === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    v = s.length === 1 ? s.charCodeAt(0) : c;
    lowerTab[c] = v;
  }
  return v;
}

export const isSpaceCode = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 9;

/** End of the letters run starting at `p` (p when none), bounded by `limit`. */
export function wordEnd(text: string, p: number, limit: number): number {
  let i = p;
  const n = Math.min(limit, text.length);
  while (i < n && isLetterCode(text.charCodeAt(i))) i++;
  return i;
}

/** An upper-case letter (one UTF-16 code unit). */
export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
