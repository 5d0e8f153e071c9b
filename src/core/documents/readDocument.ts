// Reads one article's metadata: YAML front matter when present, otherwise inferred from the path and the text.
// Never throws: problems become warnings, and the body is still analysed.
import { isMap, parseDocument, type Document } from 'yaml';
import type { DocumentMeta, SourceFile } from '../model';
import { detectLanguage } from './language';
import { isStackOverflow, MAX_YAML_NESTING, yamlNesting } from './yamlDepth';

const DATE_HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(?:\r\n|\r|\n|$)/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
/** Front matter larger than this is not parsed (it is still skipped as non-body text). */
const MAX_FRONT_MATTER = 64 * 1024;
/** Longest title or source kept from front matter. */
const MAX_FIELD = 200;

const LANG_ALIASES: Record<string, string> = {
  no: 'nb', nob: 'nb', nn: 'nb', nno: 'nb', norwegian: 'nb', 'nb-no': 'nb', 'no-no': 'nb', bokmål: 'nb', bokmal: 'nb',
  eng: 'en', english: 'en', 'en-us': 'en', 'en-gb': 'en', deu: 'de', ger: 'de', german: 'de', 'de-de': 'de',
  fra: 'fr', fre: 'fr', french: 'fr', 'fr-fr': 'fr', spa: 'es', spanish: 'es', 'es-es': 'es',
};

/** For tests: the front matter reader that needs no YAML parser. */
export const _internals = { simpleFields };

export function normaliseLang(value: string): string {
  const v = value.trim().toLowerCase().replace('_', '-');
  return LANG_ALIASES[v] ?? v.split('-')[0] ?? v;
}

interface FrontMatter {
  /** [start, end) of the YAML between the fences. */
  yamlStart: number;
  yamlEnd: number;
  /** Offset just after the closing fence's line. */
  end: number;
}

/** The line starting at `i`: its end (before the line break) and the start of the next line. */
function lineFrom(text: string, i: number): { end: number; next: number } {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 10) return { end: j, next: j + 1 };
    if (c === 13) return { end: j, next: text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1 };
    j++;
  }
  return { end: j, next: j };
}

const OPEN_FENCE = /^---[ \t]*$/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * YAML front matter at `start`: a first line that is exactly "---", up to a line "---" or "...". Line breaks may be
 * LF, CRLF or a lone CR. Returns 'unclosed' when the opening fence has no closing one, undefined when there is no
 * front matter at all.
 */
function findFrontMatter(text: string, start: number): FrontMatter | 'unclosed' | undefined {
  const first = lineFrom(text, start);
  if (first.next === first.end || !OPEN_FENCE.test(text.slice(start, first.end))) return undefined;
  for (let i = first.next; i < text.length; ) {
    const line = lineFrom(text, i);
    // A fence is short: only test lines that can be one.
    if (line.end - i <= 16 && CLOSE_FENCE.test(text.slice(i, line.end))) return { yamlStart: first.next, yamlEnd: i, end: line.next };
    i = line.next;
  }
  return 'unclosed';
}

export function readDocumentMeta(file: SourceFile): DocumentMeta {
  const { id, text } = file;
  const warnings: string[] = [];
  // A byte order mark that reached the engine is no part of the article.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let bodyStart = start;
  // No prototype: a "__proto__" field is a field like any other.
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;

  const fm = text.startsWith('---', start) ? findFrontMatter(text, start) : undefined;
  if (fm === 'unclosed') {
    warnings.push('front matter starts with "---" but has no closing "---" line; read as article text');
  } else if (fm) {
    bodyStart = fm.end;
    if (fm.yamlEnd - fm.yamlStart > MAX_FRONT_MATTER) {
      warnings.push(`front matter is larger than ${MAX_FRONT_MATTER / 1024} KB; skipped without reading its fields`);
    } else {
      // YAML sees LF only (a lone CR is a line break in articles but not in every YAML reader); same length.
      const yaml = text.slice(fm.yamlStart, fm.yamlEnd).replace(/\r(?!\n)/g, '\n');
      const simple = simpleFields(yaml);
      const firstLine = lineOf(text, fm.yamlStart);
      if (simple) for (const [k, v] of simple) fields[k] = v;
      else if (yamlNesting(yaml).depth > MAX_YAML_NESTING) {
        // Too deep for the YAML reader as a whole (it recurses per level): each field on its own, so one deep
        // field loses only itself.
        readFieldByField(yaml, firstLine, fields, warnings);
      } else {
        try {
          const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false });
          if (doc.errors.some((e) => isStackOverflow(e.message))) {
            // Too deep for the YAML reader as a whole: each field on its own, so one deep field loses only itself.
            readFieldByField(yaml, firstLine, fields, warnings);
          } else if (doc.errors.length > 0) {
            const e = doc.errors[0]!;
            const line = firstLine + lineOf(yaml, e.pos?.[0] ?? 0) - 1;
            warnings.push(`front matter is not valid YAML (line ${line}): ${e.message.split('\n')[0]}`);
          } else {
            const value = doc.toJS({ maxAliasCount: 50 }) as unknown;
            if (value && typeof value === 'object' && !Array.isArray(value)) {
              for (const [k, v] of Object.entries(value as Record<string, unknown>)) fields[k] = v;
              warnDuplicateKeys(doc, yaml, firstLine, warnings);
            } else if (value != null) warnings.push('front matter is not a mapping of fields; ignored');
          }
        } catch (err) {
          const message = String((err as Error)?.message ?? err).split('\n')[0]!;
          if (isStackOverflow(message)) readFieldByField(yaml, firstLine, fields, warnings);
          else warnings.push(`front matter could not be read: ${message}`);
        }
      }
    }
  }

  let date = str(fields.date);
  if (date !== undefined && !isCalendarDate(date)) {
    warnings.push(`front matter date "${cut(oneLine(date), 40)}" is not a date (YYYY-MM-DD); ignored`);
    date = undefined;
  }
  if (bodyStart === start || !date) {
    const m = DATE_HEADER.exec(text.slice(bodyStart, bodyStart + 200));
    if (m) {
      date = date ?? m[1];
      bodyStart += m[0].length;
    }
  }
  if (date && ISO_DATE.test(date)) date = date.slice(0, 10);
  if (!date) date = dateFromPath(id);

  let lang: string | undefined;
  const langField = str(fields.lang) ?? str(fields.language);
  if (langField) {
    lang = normaliseLang(langField);
    if (!/^[a-z]{2,3}$/.test(lang)) {
      warnings.push(`front matter lang "${cut(oneLine(langField), 40)}" is not a language code (en, nb, de, ...); detected instead`);
      lang = undefined;
    }
  }
  const body = text.slice(bodyStart, bodyStart + 20000);
  if (text.length === 0) warnings.push('empty file: nothing to read');
  else if (!/\S/.test(text.slice(bodyStart, bodyStart + 4096)) && !/\S/.test(text.slice(bodyStart))) {
    warnings.push(bodyStart > start ? 'no article text after the front matter' : 'no article text (only white space)');
  }
  return {
    id,
    source: field(fields.source) ?? field(fields.outlet) ?? field(fields.publisher) ?? sourceFromPath(id),
    lang: lang ?? detectLanguage(body),
    date,
    title: field(fields.title) ?? firstLine(body) ?? baseName(id),
    url: str(fields.url),
    bodyStart,
    warnings,
  };
}

/**
 * The fields of front matter made only of `key: value` lines whose values YAML (1.2, core schema) reads as strings:
 * a plain value opening with a letter (not null, true or false), an ISO date, or a quoted value without escapes.
 * Such front matter (the usual kind) needs no YAML parser. Anything else (comments, indentation, lists, escapes,
 * numbers, duplicate keys, control characters, CR) gives undefined, and the YAML parser reads it.
 */
function simpleFields(yaml: string): [string, string][] | undefined {
  const out: [string, string][] = [];
  for (let i = 0; i < yaml.length; ) {
    let e = yaml.indexOf('\n', i);
    if (e === -1) e = yaml.length;
    if (e > i) {
      const kv = simpleField(yaml, i, e);
      if (!kv || out.some(([k]) => k === kv[0])) return undefined;
      out.push(kv);
    }
    i = e + 1;
  }
  return out.length ? out : undefined;
}

const NOT_STRINGS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One `key: value` line of yaml[s, e), as simpleFields accepts it. */
function simpleField(yaml: string, s: number, e: number): [string, string] | undefined {
  let i = s;
  const c0 = yaml.charCodeAt(i);
  if (!(isAsciiLetter(c0) || c0 === 95)) return undefined;
  while (i < e && (isAsciiLetter(yaml.charCodeAt(i)) || isAsciiDigit(yaml.charCodeAt(i)) || yaml.charCodeAt(i) === 95 || yaml.charCodeAt(i) === 45)) i++;
  if (i - s > 100 || yaml.charCodeAt(i) !== 58 || yaml.charCodeAt(i + 1) !== 32) return undefined;
  const key = yaml.slice(s, i);
  i += 2;
  while (i < e && yaml.charCodeAt(i) === 32) i++;
  let end = e;
  while (end > i && yaml.charCodeAt(end - 1) === 32) end--;
  if (end === i || NOT_STRINGS.has(key)) return undefined;
  for (let k = i; k < end; k++) {
    const c = yaml.charCodeAt(k);
    if (c < 0x20 || (c > 0x7e && c < 0xa0) || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfeff) return undefined;
  }
  const q = yaml.charCodeAt(i);
  if (q === 34 || q === 39) {
    // "..." without backslashes or inner double quotes; '...' without inner single quotes.
    if (end - i < 2 || yaml.charCodeAt(end - 1) !== q) return undefined;
    const inner = yaml.slice(i + 1, end - 1);
    if (inner.includes(q === 34 ? '"' : "'") || (q === 34 && inner.includes('\\'))) return undefined;
    return [key, inner];
  }
  const value = yaml.slice(i, end);
  if (!(isAsciiLetter(q) || q >= 0xa0 || ISO_DAY.test(value))) return undefined;
  if (NOT_STRINGS.has(value) || value.includes(' #') || value.includes(': ') || value.endsWith(':')) return undefined;
  return [key, value];
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** YYYY-MM-DD (a time may follow) naming a day of the calendar: not "99999-01-01", "2026-02-30" or "Infinity". */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** A key written twice or more: YAML keeps the last one silently; the reader is told. */
function warnDuplicateKeys(doc: Document, yaml: string, firstLine: number, warnings: string[]): void {
  if (!isMap(doc.contents)) return;
  const offsets = new Map<string, number[]>();
  for (const pair of doc.contents.items) {
    const key = pair.key as { value?: unknown; range?: number[] } | null;
    const name = String(key?.value ?? key);
    const at = key?.range?.[0] ?? 0;
    const list = offsets.get(name);
    if (list) list.push(at);
    else offsets.set(name, [at]);
  }
  let lineAt: ((offset: number) => number) | undefined;
  for (const [name, at] of offsets) {
    if (at.length < 2) continue;
    lineAt ??= lineFinder(yaml);
    const lines = at.map((o) => firstLine + lineAt!(o) - 1);
    warnings.push(`front matter has "${cut(oneLine(name), 40)}" ${at.length} times (lines ${lines.join(', ')}); the last one is used`);
  }
}

/** 1-based line of an offset in LF-only text, by binary search in its line starts (made once). */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** A line that opens a top-level field: at column 0, not a list item, comment, flow continuation or document marker. */
const FIELD_START = /^[^\s#\-\]}'",][^\n]*?:(?:[ \t]|$)|^['"][^\n]*?['"][ \t]*:(?:[ \t]|$)/;

/**
 * Front matter too deep for the YAML reader as a whole (10,000 nested lists, say): each top-level field (a line at
 * column 0 opening `key:`, with the lines below it up to the next such line) is read on its own, so a field too
 * deep to read is left out with a warning and the others (source, date, title) are kept.
 */
function readFieldByField(yaml: string, firstLine: number, fields: Record<string, unknown>, warnings: string[]): void {
  const starts: number[] = [];
  for (let i = 0; i < yaml.length; ) {
    let e = yaml.indexOf('\n', i);
    if (e === -1) e = yaml.length;
    if (FIELD_START.test(yaml.slice(i, Math.min(e, i + 1024)))) starts.push(i);
    i = e + 1;
  }
  if (starts.length === 0) {
    warnings.push('front matter nests lists or mappings too deeply to read; ignored');
    return;
  }
  const lineAt = lineFinder(yaml);
  const seen = new Map<string, number[]>();
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const chunk = yaml.slice(from, k + 1 < starts.length ? starts[k + 1] : yaml.length);
    const line = firstLine + lineAt(from) - 1;
    const name = cut(oneLine(chunk.slice(0, chunk.indexOf(':'))), 40);
    let value: unknown;
    let why = 'could not be read';
    if (yamlNesting(chunk).depth > MAX_YAML_NESTING) {
      warnings.push(`front matter field "${name}" (line ${line}) nests lists or mappings more than ${MAX_YAML_NESTING} levels deep; ignored`);
      continue;
    }
    try {
      const one = parseDocument(chunk, { prettyErrors: false, uniqueKeys: false });
      if (one.errors.some((e) => isStackOverflow(e.message))) why = 'nests lists or mappings too deeply to read';
      else if (one.errors.length === 0) value = one.toJS({ maxAliasCount: 50 }) as unknown;
    } catch (err) {
      if (isStackOverflow((err as Error)?.message)) why = 'nests lists or mappings too deeply to read';
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      warnings.push(`front matter field "${name}" (line ${line}) ${why}; ignored`);
      continue;
    }
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      fields[key] = v;
      const at = seen.get(key);
      if (at) at.push(line);
      else seen.set(key, [line]);
    }
  }
  for (const [key, at] of seen) if (at.length > 1) warnings.push(`front matter has "${cut(oneLine(key), 40)}" ${at.length} times (lines ${at.join(', ')}); the last one is used`);
}

/** A front matter field shown to people: one line, not too long. */
function field(v: unknown): string | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const t = oneLine(s);
  return t.length > MAX_FIELD ? `${cut(t, MAX_FIELD - 3)}...` : t;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return undefined;
}

/** 1-based line of `offset`; LF, CRLF and a lone CR each end a line. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The first `n` code units of `s`, without splitting a surrogate pair. */
function cut(s: string, n: number): string {
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

function firstLine(body: string): string | undefined {
  for (const line of body.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)) {
    const t = line.replace(/^#+\s*/, '').trim();
    if (/^(?:[-=*_~]{3,}|\.\.\.)$/.test(t)) continue; // a rule or a stray front matter fence is no title
    if (t) return t.length > MAX_FIELD ? `${cut(t, MAX_FIELD - 3)}...` : t;
  }
  return undefined;
}

function baseName(id: string): string {
  const name = id.split('/').pop() ?? id;
  return name.replace(/\.[^.]+$/, '');
}

/** The parent folder names the outlet ("nordlys/2026-03-14-flom.md" -> "nordlys"); a file at the root is its own source. */
export function sourceFromPath(id: string): string {
  const parts = id.split('/');
  if (parts.length >= 2) return parts[parts.length - 2]!;
  return baseName(id);
}

function dateFromPath(id: string): string | undefined {
  const m = /(?:^|[/_-])(\d{4}-\d{2}-\d{2})(?=[._/-]|$)/.exec(id);
  return m?.[1];
}
