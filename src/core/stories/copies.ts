// Copies: an article present several times (the same text up to line endings and white space, a file that repeats
// one article, or agency copy that several outlets reprint) is one text. Two documents are copies when most of the
// lines of the shorter one are lines of the other, compared by their keys (storyLines.ts). Candidates come from an
// inverted index of line keys, skipping keys so common they are a site's furniture.
import type { StoryInput } from './storyTerms';

/** Share of the shorter document's keyed lines the other must hold. */
const COPY_SHARE = 0.8;
/** A document needs this many keyed lines to be compared at all. */
const MIN_LINES = 3;
/** A line key in more documents than this is furniture, not evidence of copying. */
const MAX_POSTING = 200;

/** Per document (input order): the index of the first document of its copy group (itself when it has no copy). */
export function copyGroups(inputs: readonly StoryInput[]): Int32Array {
  const n = inputs.length;
  const keys = inputs.map((d) => {
    const set = new Set<number>();
    for (const l of d.lines) if (l.key !== 0) set.add(l.key);
    return set;
  });
  const posting = new Map<number, number[]>();
  keys.forEach((set, i) => {
    if (set.size < MIN_LINES) return;
    for (const k of set) {
      const list = posting.get(k);
      if (list) list.push(i);
      else posting.set(k, [i]);
    }
  });
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < n; i++) {
    if (keys[i]!.size < MIN_LINES) continue;
    const shared = new Map<number, number>();
    for (const k of keys[i]!) {
      const list = posting.get(k)!;
      if (list.length > MAX_POSTING) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, common] of shared) {
      if (common >= COPY_SHARE * Math.min(keys[i]!.size, keys[j]!.size)) {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = find(i);
  return out;
}
