// What an article says, kept from its analysis for grouping articles into stories: its lines (the first 12,000
// characters of the body), each with a key of its normalised text, so lines that other articles repeat word for word
// (a site's furniture) can be left out, and the content words of each line as short stems.
import type { StoryLine } from '../model';

export type { StoryLine } from '../model';

const MAX_TEXT = 12_000;
const MIN_LINE = 12;
const MIN_WORD = 5;
const STEM = 6;
/** A word of letters (with inner apostrophes and hyphens), or a number with its separators. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{Nd}+(?:[.,\u00a0\u202f ]\p{Nd}+)*/gu;

export function storyLinesOf(text: string, bodyStart: number): StoryLine[] {
  const out: StoryLine[] = [];
  const stop = Math.min(text.length, bodyStart + MAX_TEXT);
  let start = bodyStart;
  while (start < stop) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > stop) end = stop;
    const line = text.slice(start, end);
    const folded = line.replace(/\s+/g, ' ').trim().toLowerCase();
    if (folded.length > 0) {
      const words: string[] = [];
      WORD.lastIndex = 0;
      for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
        const w = m[0];
        const c = w.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          const digits = w.replace(/\D/g, '');
          if (digits.length >= 3) words.push(`#${digits}`);
        } else if (w.length >= MIN_WORD) words.push(w.toLowerCase().slice(0, STEM));
      }
      out.push({ key: folded.length >= MIN_LINE ? hash(folded) : 0, start, end, words: words.join(' ') });
    }
    start = end + 1;
  }
  return out;
}

/** FNV-1a of a string, as a positive 31-bit number (0 is kept for "too short to tell"). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 1) || 1;
}
