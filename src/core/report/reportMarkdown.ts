// The Markdown report, for people: claims first (conflicts on top), then cross-source entities with their
// spellings by source, then the documents.
import type { CorpusSnapshot } from '../corpus/snapshot';
import type { Figure } from '../model';
import { escapeControls } from './escape';
import { formatConversion, formatFigureValue } from './format';

const VERDICT_TITLE = { conflict: 'Conflicts', spread: 'Differing but compatible', corroborated: 'Corroborated' } as const;

/**
 * The second line of every Markdown report (an HTML comment: invisible when the Markdown is shown). A report saved
 * among the articles is recognised by it and not read back as an article (its figures would count as one more
 * source's), by the CLI and, through isCrossreadReport, by the editor.
 */
export const REPORT_MARKER = '<!-- Written by crossread report. Crossread does not read this file as an article. -->';
/** How much of the start of a file isCrossreadReport needs (the title line may be long). */
export const REPORT_PROBE_BYTES = 64 * 1024;
const JSON_REPORT_START = /^\{\s*"version":\s*1,\s*"documents":\s*\[/;

/** The text (or its first REPORT_PROBE_BYTES) is a report Crossread wrote: Markdown with the marker line, or the JSON report. */
export function isCrossreadReport(text: string): boolean {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (JSON_REPORT_START.test(t.slice(0, 200))) return true;
  if (!t.startsWith('# ')) return false;
  const nl = t.indexOf('\n');
  if (nl < 0) return false;
  const next = t.indexOf('\n', nl + 1);
  const second = t.slice(nl + 1, next < 0 ? t.length : next).replace(/\r$/, '');
  return second === REPORT_MARKER;
}

export function renderMarkdown(snapshot: CorpusSnapshot, title = 'Crossread report'): string {
  const out: string[] = [];
  const src = (doc: string) => {
    const d = snapshot.document(doc);
    return d ? `${esc(d.source)}${d.lang && d.lang !== 'und' ? ` (${esc(d.lang)})` : ''}` : esc(doc);
  };
  const nConflicts = snapshot.conflicts.length;
  out.push(`# ${esc(title)}`, REPORT_MARKER, '');
  out.push(
    `${snapshot.documents.length} articles · ${snapshot.crossSourceEntities().length} entities in several sources · ` +
      `${snapshot.claims.length} claims (${nConflicts} conflict${nConflicts === 1 ? '' : 's'})`,
    '',
  );

  out.push('## Claims', '');
  if (snapshot.claims.length === 0) out.push('No figures are reported by more than one source.', '');
  for (const verdict of ['conflict', 'spread', 'corroborated'] as const) {
    const claims = snapshot.claims.filter((c) => c.verdict === verdict);
    if (!claims.length) continue;
    out.push(`### ${VERDICT_TITLE[verdict]}`, '');
    for (const c of claims) {
      out.push(`**${esc(c.about)}** — ${verdict}`, '', '| Source | Value | As written | When | Document |', '|---|---|---|---|---|');
      for (const id of c.figures) {
        const f = snapshot.figure(id);
        if (!f) continue;
        out.push(`| ${src(f.doc)} | ${esc(value(f))} | ${esc(f.text)} | ${esc(f.time ?? snapshot.document(f.doc)?.date ?? '')} | ${esc(f.doc)} |`);
      }
      out.push('');
    }
  }

  out.push('## Entities in several sources', '');
  const cross = snapshot.crossSourceEntities();
  if (!cross.length) out.push('No entity is named by more than one source.', '');
  else {
    out.push('| Entity | Kind | Spellings (sources) |', '|---|---|---|');
    for (const e of cross) {
      const spellings = e.variants.map((v) => `${esc(v.text)} (${v.documents.map(src).join(', ')})`).join('; ');
      out.push(`| ${esc(e.name)} | ${e.kind} | ${spellings} |`);
    }
    out.push('');
  }

  out.push('## Documents', '', '| Document | Source | Language | Date | Title |', '|---|---|---|---|---|');
  for (const d of snapshot.documents) {
    out.push(`| ${esc(d.id)} | ${esc(d.source)} | ${esc(d.lang)} | ${esc(d.date ?? '')} | ${esc(d.title)} |`);
  }
  const warned = snapshot.documents.filter((d) => d.warnings.length);
  if (warned.length) {
    out.push('', '## Warnings', '');
    for (const d of warned) for (const w of d.warnings) out.push(`- ${esc(d.id)}: ${esc(w)}`);
  }
  out.push('');
  return out.join('\n');
}

function value(f: Figure): string {
  const conv = formatConversion(f);
  return conv ? `${formatFigureValue(f)} (${conv})` : formatFigureValue(f);
}

/** Escapes text for a Markdown table cell; terminal controls and bidi overrides become \uXXXX (escape.ts). */
function esc(s: string): string {
  return escapeControls(s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/([*_`<>[\]])/g, '\\$1'));
}
