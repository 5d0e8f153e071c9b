// Reads one article's metadata: YAML front matter when present, otherwise inferred from the path and the text.
// Never throws: problems become warnings, and the body is still analysed.
import { parseDocument } from 'yaml';
import type { DocumentMeta, SourceFile } from '../model';
import { detectLanguage } from './language';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const DATE_HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(?:\r?\n|$)/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
/** Front matter larger than this is not parsed (it is still skipped as non-body text). */
const MAX_FRONT_MATTER = 64 * 1024;

const LANG_ALIASES: Record<string, string> = {
  no: 'nb', nob: 'nb', nn: 'nb', nno: 'nb', norwegian: 'nb', 'nb-no': 'nb', 'no-no': 'nb', bokmål: 'nb', bokmal: 'nb',
  eng: 'en', english: 'en', 'en-us': 'en', 'en-gb': 'en', deu: 'de', ger: 'de', german: 'de', 'de-de': 'de',
  fra: 'fr', fre: 'fr', french: 'fr', 'fr-fr': 'fr', spa: 'es', spanish: 'es', 'es-es': 'es',
};

export function normaliseLang(value: string): string {
  const v = value.trim().toLowerCase().replace('_', '-');
  return LANG_ALIASES[v] ?? v.split('-')[0] ?? v;
}

export function readDocumentMeta(file: SourceFile): DocumentMeta {
  const { id, text } = file;
  const warnings: string[] = [];
  let bodyStart = 0;
  const fields: Record<string, unknown> = {};

  if (text.startsWith('---')) {
    const m = FRONT_MATTER.exec(text.length > MAX_FRONT_MATTER + 8 ? text.slice(0, MAX_FRONT_MATTER + 8) : text);
    if (!m) {
      warnings.push('front matter starts with "---" but has no closing "---" line; read as article text');
    } else {
      bodyStart = m[0].length;
      try {
        const doc = parseDocument(m[1]!, { prettyErrors: false, uniqueKeys: false });
        if (doc.errors.length > 0) {
          const e = doc.errors[0]!;
          const line = lineOf(text, 4 + (e.pos?.[0] ?? 0));
          warnings.push(`front matter is not valid YAML (line ${line}): ${e.message.split('\n')[0]}`);
        } else {
          const value = doc.toJS({ maxAliasCount: 50 }) as unknown;
          if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(fields, value);
          else if (value != null) warnings.push('front matter is not a mapping of fields; ignored');
        }
      } catch (err) {
        warnings.push(`front matter could not be read: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
      }
    }
  }

  let date = str(fields.date);
  if (bodyStart === 0 || !date) {
    const m = DATE_HEADER.exec(text.slice(bodyStart, bodyStart + 200));
    if (m) {
      date = date ?? m[1];
      bodyStart += m[0].length;
    }
  }
  if (date && ISO_DATE.test(date)) date = date.slice(0, 10);
  if (!date) date = dateFromPath(id);

  const lang = str(fields.lang) ?? str(fields.language);
  const body = text.slice(bodyStart, bodyStart + 20000);
  return {
    id,
    source: str(fields.source) ?? str(fields.outlet) ?? str(fields.publisher) ?? sourceFromPath(id),
    lang: lang ? normaliseLang(lang) : detectLanguage(body),
    date,
    title: str(fields.title) ?? firstLine(body) ?? baseName(id),
    url: str(fields.url),
    bodyStart,
    warnings,
  };
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return undefined;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function firstLine(body: string): string | undefined {
  for (const line of body.split(/\r\n|\r|\n/)) {
    const t = line.replace(/^#+\s*/, '').trim();
    if (t) return t.length > 200 ? `${t.slice(0, 197)}...` : t;
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
