// Binary searches and splices over the sorted lists the snapshots keep: analyses and document ids sorted by id,
// mentions and figures of a document sorted by offset, an entity's mentions sorted by document. No sort is redone
// after an edit: a changed document's block is found and replaced in place.
import type { DocumentAnalysis, DocumentMeta } from '../model';

/** Sorts analyses by document id, in place, unless they already are (the usual case: nothing to do). */
export function sortById(analyses: DocumentAnalysis[]): void {
  let sorted = true;
  for (let i = 1; i < analyses.length && sorted; i++) if (analyses[i - 1]!.meta.id > analyses[i]!.meta.id) sorted = false;
  if (!sorted) analyses.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
}

/** Position of a document in a list sorted by id (binary search). */
export function indexOfId(list: readonly DocumentMeta[], id: string): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!.id;
    if (x < id) lo = mid + 1;
    else if (x > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Index of the span covering `offset` among spans sorted by start that do not overlap; -1 for none. */
export function indexCovering(list: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!;
    if (offset < x.start) hi = mid - 1;
    else if (offset >= x.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function findCovering<T extends { start: number; end: number }>(list: readonly T[], offset: number): T | undefined {
  const i = indexCovering(list, offset);
  return i >= 0 ? list[i] : undefined;
}

/** The mentions (sorted by document) without those of one document: its block cut out. */
export function withoutDocument<T extends { doc: string }>(mentions: T[], doc: string): T[] {
  return replaceDocumentBlock(mentions, doc, []);
}

/** Mentions sorted by document with one document's block replaced (binary search, no sort); the same list when nothing changes. */
export function replaceDocumentBlock<T extends { doc: string }>(mentions: T[], doc: string, block: T[]): T[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.doc < doc) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < mentions.length && mentions[end]!.doc === doc) end++;
  if (end === lo && block.length === 0) return mentions;
  return mentions.slice(0, lo).concat(block, mentions.slice(end));
}

export function byDocThenStart(a: { doc: string; start: number }, b: { doc: string; start: number }): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start;
}

/** Where `s` is or goes in a sorted list. */
function searchSorted(list: readonly string[], s: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sorted list with `s` in it (the same list when it already was). */
export function insertSorted(list: readonly string[], s: string): string[] {
  const i = searchSorted(list, s);
  if (list[i] === s) return list as string[];
  const out = list.slice();
  out.splice(i, 0, s);
  return out;
}

/** A sorted list without `s` (the same list when it was not in it). */
export function withoutSorted(list: readonly string[], s: string): string[] {
  const i = searchSorted(list, s);
  if (list[i] !== s) return list as string[];
  const out = list.slice();
  out.splice(i, 1);
  return out;
}
