// What a document is about, as weighted terms for grouping articles into stories: the entities it names (one id
// across spellings and languages), the content words of its headline and text, the figures it reports (a value in
// a unit reads the same in every language) and its long digit strings (case numbers, street numbers, scores).
// Lines other articles repeat word for word are left out, unless they are most of the article (a copy).
// Terms are interned to small integers so the clustering compares numbers, not strings.
import type { StoryLine } from '../model';

/** Something found at an offset of the text: an entity mention (its entity id) or a figure (`unit|value`). */
export interface StoryTermAt {
  key: string;
  start: number;
}

export interface StoryInput {
  doc: string;
  lang: string;
  /** Publication date, `YYYY-MM-DD...` when known. */
  date?: string;
  /** The article's lines, from its analysis (storyLines.ts); the first is its headline. */
  lines: readonly StoryLine[];
  /** Entity mentions, by the id of their entity (the same across spellings and languages). */
  entities: readonly StoryTermAt[];
  /** Figures as `unit|value` keys ("people|14", "USD|3000000"): the same quantity in any language. */
  figures: readonly StoryTermAt[];
  /** A story named by the reader (front matter `story:`): wins over any evidence. */
  explicitStory?: string;
}

/** Kinds of term, each with its weight in the similarity. */
export const enum TermKind {
  Entity = 0,
  Word = 1,
  Figure = 2,
  Digits = 3,
}
export const TERM_WEIGHT = [1, 1, 1.2, 0.8];
/** Headline words count this many times. */
const HEADLINE = 3;
/** A document whose body is mostly repeated lines is a copy: its lines all count. */
const COPY_SHARE = 0.5;

export class TermTable {
  private readonly ids = new Map<string, number>();
  readonly kinds: number[] = [];
  intern(key: string, kind: TermKind): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.kinds.length;
      this.ids.set(key, id);
      this.kinds.push(kind);
    }
    return id;
  }
  get size(): number {
    return this.kinds.length;
  }
}

/** How many documents repeat each line key. */
export function lineCounts(inputs: readonly StoryInput[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const d of inputs) {
    const seen = new Set<number>();
    for (const l of d.lines) {
      if (l.key === 0 || seen.has(l.key)) continue;
      seen.add(l.key);
      counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
    }
  }
  return counts;
}

/** Term counts of one document (term id -> count). */
export function documentTerms(input: StoryInput, table: TermTable, repeated: ReadonlyMap<number, number>): Map<number, number> {
  const tf = new Map<number, number>();
  const add = (key: string, kind: TermKind, n = 1) => {
    const t = table.intern(key, kind);
    tf.set(t, (tf.get(t) ?? 0) + n);
  };
  // Lines other documents repeat, unless they are most of this one.
  let body = 0;
  let shared = 0;
  for (const l of input.lines) {
    body += l.end - l.start;
    if (l.key !== 0 && repeated.get(l.key)! >= 2) shared += l.end - l.start;
  }
  const skipRepeated = shared > 0 && shared <= COPY_SHARE * body;
  const skipped: number[] = [];
  input.lines.forEach((l, i) => {
    if (skipRepeated && l.key !== 0 && repeated.get(l.key)! >= 2) {
      skipped.push(l.start, l.end);
      return;
    }
    if (!l.words) return;
    const n = i === 0 ? HEADLINE : 1;
    for (const w of l.words.split(' ')) {
      if (w.charCodeAt(0) === 35) add(`d\u0000${w}`, TermKind.Digits);
      else add(`w\u0000${w}`, TermKind.Word, n);
    }
  });
  const inSkipped = (offset: number) => {
    for (let k = 0; k < skipped.length; k += 2) if (offset >= skipped[k]! && offset < skipped[k + 1]!) return true;
    return false;
  };
  for (const e of input.entities) if (!inSkipped(e.start)) add(`e\u0000${e.key}`, TermKind.Entity);
  for (const f of input.figures) if (!inSkipped(f.start)) add(`f\u0000${f.key}`, TermKind.Figure);
  return tf;
}
