// Per-document analysis: everything that depends on one file only. Pure and cacheable by checksum.
import type { DocumentAnalysis, SourceFile } from '../model';
import { readDocumentMeta } from '../documents/readDocument';
import { splitSentences } from '../text/sentences';
import { findMentions } from '../entities/findMentions';
import { extractFigures } from '../figures';
import { eventConcepts } from '../claims/concepts';

/** Bump when analysis output changes shape or meaning: cached analyses of another version are discarded. */
export const ANALYSIS_VERSION = 1;

export function analyzeDocument(file: SourceFile): DocumentAnalysis {
  const text = file.text;
  const meta = readDocumentMeta(file);
  const sentences = splitSentences(text, meta.bodyStart);
  const mentions = findMentions(text, meta.lang, sentences, file.id, meta.bodyStart);
  const figures = withoutNamedNumbers(extractFigures(text, meta.lang, sentences, file.id, meta.bodyStart), mentions);
  // Figures of one sentence share its concepts: computed once per sentence (each figure gets its own array).
  const eventsOf = new Map<number, string[]>();
  const figureEvents = figures.map((f) => {
    const s = sentences[f.sentence];
    if (!s) return [];
    const known = eventsOf.get(f.sentence);
    if (known) return [...known];
    const events = eventConcepts(text.slice(s.start, s.end));
    eventsOf.set(f.sentence, events);
    return events;
  });
  return { meta, length: text.length, checksum: checksum(text), sentences, mentions, figures, figureEvents };
}

/** A number inside a name ("Rossija-24") is no figure. Both lists are sorted by start: one merge pass. */
function withoutNamedNumbers<T extends { start: number; end: number }>(figures: T[], mentions: readonly { start: number; end: number }[]): T[] {
  const out: T[] = [];
  let j = 0;
  for (const f of figures) {
    while (j < mentions.length && mentions[j]!.end <= f.start) j++;
    const m = mentions[j];
    if (m && m.start <= f.start && f.end <= m.end) continue;
    out.push(f);
  }
  return out;
}

/** FNV-1a over UTF-16 code units, with the length: a cache key, not a security measure. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(16)}`;
}
