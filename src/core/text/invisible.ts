// Invisible characters are no part of what a reader reads: zero-width space, non-joiner and joiner, word joiner and
// invisible operators, soft hyphen, bidi marks, embeddings, overrides and isolates, the Arabic letter mark, the
// Mongolian vowel separator and a BOM inside the text. "3<ZWJ>5 km" reads 35 km, "Sol<ZWSP>berg" reads Solberg.
// A stage reads the text without them (`withoutInvisible`) and maps what it finds back, so spans still cover them.

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

export interface VisibleText {
  /** The text without its invisible characters. */
  text: string;
  /** Offset in the visible text of an offset in the original one (the next visible character's). */
  toVisible(original: number): number;
  /** Offset in the original text where the visible character at `visible` is (the text's length past the end). */
  startOf(visible: number): number;
  /** Original offset just after the visible span ending at `visible` (invisible characters after it not included). */
  endOf(visible: number): number;
}

/** The text as a reader reads it, with the maps back and forth; null when it has no invisible character. */
export function withoutInvisible(text: string): VisibleText | null {
  if (!INVISIBLE.test(text)) return null;
  // Removed positions (original offsets), and for each the number of visible characters before it.
  const removed: number[] = [];
  const parts: string[] = [];
  let last = 0;
  INVISIBLE_ALL.lastIndex = 0;
  for (let m = INVISIBLE_ALL.exec(text); m !== null; m = INVISIBLE_ALL.exec(text)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    removed.push(m.index);
    last = m.index + 1;
  }
  parts.push(text.slice(last));
  const visible = parts.join('');
  const n = removed.length;
  const before = new Int32Array(n); // visible characters before removed[k]
  for (let k = 0; k < n; k++) before[k] = removed[k]! - k;
  /** Removed positions k with before[k] <= v (the removed characters before the v-th visible one). */
  const removedUpTo = (v: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const startOf = (v: number): number => (v >= visible.length ? text.length : v + removedUpTo(v));
  return {
    text: visible,
    toVisible(o: number): number {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (removed[mid]! < o) lo = mid + 1;
        else hi = mid;
      }
      return o - lo;
    },
    startOf,
    endOf: (v: number): number => (v <= 0 ? startOf(0) : startOf(v - 1) + 1),
  };
}
