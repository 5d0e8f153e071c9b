// When a figure holds: the time qualifier nearest to it in its sentence ("last week", "i går", "seit Montag", "hasta
// ahora"). The phrases are regex sources per language (languages/<code>/figures.ts, timePhrases); a sentence's
// phrases are found once and looked up for each of its figures.
import { figureLanguage as langCode, figureLexicon as lexicon, type LangCode } from '../languages';
import type { Cursor } from './cursor';

const LATIN_INNER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const LATIN = `[${LATIN_INNER}]`;
const timeRes = new Map<LangCode, RegExp>();
function timeRe(code: LangCode): RegExp {
  let re = timeRes.get(code);
  if (!re) {
    // Without the u flag (about twice as fast): letters are spelled out as Latin ranges.
    const body = lexicon(code).timePhrases.join('|').replace(/\\p\{L\}/g, LATIN);
    // A leading \b (ASCII) is enough: every phrase starts with an ASCII letter; the end is checked for Latin letters.
    re = new RegExp(`\\b(?:${body})(?![${LATIN_INNER}])`, 'gi');
    timeRes.set(code, re);
  }
  return re;
}

/** Time qualifiers in text[start, end): [start, end] pairs in order. */
export function timePhrases(text: string, start: number, end: number, lang: string): [number, number][] {
  const code = langCode(lang);
  const re = timeRe(code);
  const out: [number, number][] = [];
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([start + m.index, start + m.index + m[0].length]);
  }
  return out;
}

/** The time qualifier nearest to the figure [fs, fe) in its sentence, not overlapping it. */
export function timeOf(x: Cursor, fs: number, fe: number): string | undefined {
  const [s0, e0, key] = x.sentenceSpan(fs);
  let list = x.timeCache.get(key);
  if (!list) {
    list = timePhrases(x.text, s0, e0, x.code);
    x.timeCache.set(key, list);
  }
  if (list.length === 0) return undefined;
  // Phrases are sorted and disjoint: look only around the figure.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] < fs) lo = mid + 1;
    else hi = mid;
  }
  let best: [number, number] | null = null;
  let bestD = Infinity;
  for (let k = Math.max(0, lo - 3); k < Math.min(list.length, lo + 3); k++) {
    const ph = list[k]!;
    if (ph[1] > fs && ph[0] < fe) continue; // overlaps the figure
    const d = ph[1] <= fs ? fs - ph[1] : ph[0] - fe;
    if (d < bestD) {
      bestD = d;
      best = ph;
    }
  }
  return best ? x.text.slice(best[0], best[1]) : undefined;
}
