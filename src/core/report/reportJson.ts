// The CLI's JSON contract, version 1: a plain object other programs read.
import type { ReportV1 } from '../model';
import { escapeJsonControls } from './escape';
import type { CorpusSnapshot } from '../corpus/snapshot';

export function toReportV1(snapshot: CorpusSnapshot): ReportV1 {
  return {
    version: 1,
    documents: snapshot.documents.map((d) => ({
      id: d.id,
      source: d.source,
      lang: d.lang,
      date: d.date ?? null,
      title: d.title,
      ...(d.url ? { url: d.url } : {}),
      ...(d.warnings.length ? { warnings: d.warnings } : {}),
    })),
    entities: snapshot.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      variants: e.variants.map((v) => ({ text: v.text, documents: v.documents })),
      mentions: e.mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end, text: m.text })),
    })),
    figures: snapshot.figures.map((f) => ({
      id: f.id,
      doc: f.doc,
      start: f.start,
      end: f.end,
      text: f.text,
      value: f.value,
      low: f.low,
      high: Number.isFinite(f.high) ? f.high : null,
      unit: f.unit,
      hedge: f.hedge,
      counts: f.counts,
      time: f.time ?? null,
    })),
    claims: snapshot.claims.map((c) => ({ id: c.id, verdict: c.verdict, figures: c.figures, summary: c.summary })),
  };
}

/** The report as JSON text (two-space indent, final newline), terminal controls escaped: the same value when parsed. */
export function reportJsonText(snapshot: CorpusSnapshot): string {
  return `${escapeJsonControls(JSON.stringify(toReportV1(snapshot), null, 2))}\n`;
}
