// Human labels shared by hovers, trees, quick picks and the compare view. Pure.
import type { CorpusSnapshot, DocumentMeta, EntityKind, Figure, Hedge, Span, Verdict } from '../../core';

export const KIND_LABEL: Record<EntityKind, string> = { person: 'person', place: 'place', organization: 'organization', other: 'name' };

export const HEDGE_LABEL: Record<Hedge, string> = {
  exact: 'exact',
  about: 'approximate',
  more_than: 'more than (lower bound)',
  at_least: 'at least (lower bound)',
  at_most: 'at most (upper bound)',
  range: 'range',
  additional: 'an increase, not a total',
  vague: 'vague amount',
};

export const VERDICT_TITLE: Record<Verdict, string> = { conflict: 'Conflicts', spread: 'Differing but compatible', corroborated: 'Corroborated' };
export const VERDICT_ONE: Record<Verdict, string> = { conflict: 'Conflict', spread: 'Differing but compatible', corroborated: 'Corroborated' };
export const VERDICT_ORDER: readonly Verdict[] = ['conflict', 'spread', 'corroborated'];

/** "nrk.no (nb, 2022-09-12)"; the id when the document is unknown. */
export function sourceLabel(meta: DocumentMeta | undefined, fallback = ''): string {
  if (!meta) return fallback;
  const extra = [meta.lang && meta.lang !== 'und' ? meta.lang : '', meta.date ?? ''].filter(Boolean).join(', ');
  return extra ? `${meta.source} (${extra})` : meta.source;
}

export function sourceOf(snapshot: CorpusSnapshot, doc: string): string {
  return sourceLabel(snapshot.document(doc), doc);
}

/** The sentence around a span, trimmed to about `max` characters with the span kept in view. */
export function snippet(text: string | undefined, sentence: Span | undefined, span: Span, max = 160): string {
  if (!text) return '';
  const s = sentence ?? { start: Math.max(0, span.start - max / 2), end: Math.min(text.length, span.end + max / 2) };
  let start = s.start;
  let end = s.end;
  if (end - start > max) {
    const room = Math.max(0, max - (span.end - span.start));
    start = Math.max(s.start, span.start - Math.floor(room / 2));
    end = Math.min(s.end, start + max);
    start = Math.max(s.start, end - max);
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > s.start ? '…' : ''}${body}${end < s.end ? '…' : ''}`;
}

/** The sentence of a figure, as analysed. */
export function sentenceOf(snapshot: CorpusSnapshot, f: Figure): Span | undefined {
  return snapshot.analysis(f.doc)?.sentences[f.sentence];
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
