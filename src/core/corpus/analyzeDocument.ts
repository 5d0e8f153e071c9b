// Per-document analysis: everything that depends on one file only. Pure and cacheable by checksum.
// The one per-document pipeline: its stages, in order, are ANALYSIS_STAGES; analyzeDocumentTimed runs the same
// stages and reports each one's time to a StageTimer (scripts/analysisStages.ts and the bench read it that way).
import type { DocumentAnalysis, Figure, Sentence, SourceFile } from '../model';
import { readDocumentMeta } from '../documents/readDocument';
import { splitSentences } from '../text/sentences';
import { findMentions } from '../entities/findMentions';
import { extractFigures } from '../figures';
import { eventConcepts } from '../claims/concepts';
import { datelineDate } from '../documents/dateline';
import { figureSlots } from '../slots/figureSlots';
import { storyLinesOf } from '../stories/storyLines';
import { lapper, type StageTimer } from './stageTimer';

/** Bump when analysis output changes shape or meaning: cached analyses of another version are discarded. */
export const ANALYSIS_VERSION = 2;

/**
 * The stages, in the order they run: front matter, language and date (a dateline when nothing else gives one);
 * sentences; name mentions; figures (less those inside a name); the event concepts of each figure's sentence; what
 * each figure measures (slots/); the article's lines for grouping it into a story (stories/); the checksum.
 */
export const ANALYSIS_STAGES = ['meta', 'sentences', 'mentions', 'figures', 'events', 'slots', 'storyLines', 'checksum'] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

export function analyzeDocument(file: SourceFile): DocumentAnalysis {
  return analyze(file, undefined);
}

/** analyzeDocument, reporting the time of each stage to `timer` (on the timer's clock). */
export function analyzeDocumentTimed(file: SourceFile, timer: StageTimer<AnalysisStage>): DocumentAnalysis {
  return analyze(file, lapper(timer));
}

function analyze(file: SourceFile, lap: ((stage: AnalysisStage) => void) | undefined): DocumentAnalysis {
  const text = file.text;
  const meta = readDocumentMeta(file);
  if (!meta.date) {
    const date = datelineDate(text, meta.bodyStart);
    if (date) meta.date = date;
  }
  lap?.('meta');
  const sentences = splitSentences(text, meta.bodyStart);
  lap?.('sentences');
  const mentions = findMentions(text, meta.lang, sentences, file.id, meta.bodyStart);
  lap?.('mentions');
  const figures = withoutNamedNumbers(extractFigures(text, meta.lang, sentences, file.id, meta.bodyStart), mentions);
  lap?.('figures');
  const figureEvents = eventsOfFigures(text, sentences, figures);
  lap?.('events');
  const slots = figureSlots(text, meta.lang, sentences, figures, mentions, figureEvents);
  lap?.('slots');
  const storyLines = storyLinesOf(text, meta.bodyStart);
  lap?.('storyLines');
  const sum = checksum(text);
  lap?.('checksum');
  return { meta, length: text.length, checksum: sum, sentences, mentions, figures, figureEvents, figureSlots: slots, storyLines };
}

/** The event concepts of each figure's sentence. Figures of one sentence share them: computed once per sentence (each figure gets its own array). */
function eventsOfFigures(text: string, sentences: readonly Sentence[], figures: readonly Figure[]): string[][] {
  const eventsOf = new Map<number, string[]>();
  return figures.map((f) => {
    const s = sentences[f.sentence];
    if (!s) return [];
    const known = eventsOf.get(f.sentence);
    if (known) return [...known];
    const events = eventConcepts(text.slice(s.start, s.end));
    eventsOf.set(f.sentence, events);
    return events;
  });
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
