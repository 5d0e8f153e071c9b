// A dateline: a line near the top of an article that is only a date ("December 13, 2008", "13 de diciembre de 2008",
// "12 dicembre 2008", "13. März 2026", "2008-12-13"). Pasted articles often carry one where front matter would.
// Month names of every language are tried: a dateline's language need not be the article's.
import { MONTH_NAMES } from '../languages/months';

const MONTH = new Map<string, number>();
for (const names of Object.values(MONTH_NAMES)) names.forEach((list, i) => { for (const n of list) MONTH.set(n, i + 1); });

/** Lines looked at: the first few after the headline. */
const LINES = 4;
const MAX_LINE = 48;

/** The ISO date (YYYY-MM-DD) of the first dateline in the body's first lines, or undefined. */
export function datelineDate(text: string, bodyStart = 0): string | undefined {
  let start = bodyStart;
  for (let k = 0; k < LINES && start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (!line) continue;
    k++;
    if (line.length > MAX_LINE) continue;
    const d = parseDate(line);
    if (d) return d;
  }
  return undefined;
}

/** A whole line read as a date, or undefined. */
export function parseDate(line: string): string | undefined {
  const s = line.toLowerCase().replace(/[,.]/g, ' ').replace(/\s+/g, ' ').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  // "december 13 2008", "sept 4 2008"
  m = /^(?:\p{L}+ )?(\p{L}+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/u.exec(s);
  if (m && MONTH.has(m[1]!)) return iso(+m[3]!, MONTH.get(m[1]!)!, +m[2]!);
  // "13 december 2008", "13 de diciembre de(l) 2008", "13 märz 2026"
  m = /^(?:\p{L}+ )?(\d{1,2}) (?:de )?(\p{L}+) (?:de |del )?(\d{4})$/u.exec(s);
  if (m && MONTH.has(m[2]!)) return iso(+m[3]!, MONTH.get(m[2]!)!, +m[1]!);
  return undefined;
}

function iso(y: number, mo: number, d: number): string | undefined {
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCMonth() !== mo - 1) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
