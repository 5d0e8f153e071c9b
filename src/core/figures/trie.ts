// A trie over lower-case UTF-16 code units, compiled to arrays: ASCII letters in a dense table, other letters in a
// per-node map. Each node has a term (0: no word ends here; other values are the caller's kinds of word).
import { lowerCode } from './chars';

export interface Trie {
  ascii: Int32Array;
  other: (Map<number, number> | undefined)[];
  term: Uint8Array;
}

export interface TrieBuild {
  c: Map<number, TrieBuild>;
  term: number;
}

export const newTrie = (): TrieBuild => ({ c: new Map(), term: 0 });

/** Adds `word` with kind `term`; when two kinds end at one node, `wins(old, new)` says whether the new one replaces it. */
export function trieAdd(root: TrieBuild, word: string, term: number, wins: (old: number, term: number) => boolean = () => true): void {
  let n = root;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let nx = n.c.get(c);
    if (!nx) {
      nx = { c: new Map(), term: 0 };
      n.c.set(c, nx);
    }
    n = nx;
  }
  if (n.term === 0 || wins(n.term, term)) n.term = term;
}

export function compileTrie(root: TrieBuild): Trie {
  const nodes: TrieBuild[] = [];
  const index = new Map<TrieBuild, number>();
  const visit = (n: TrieBuild) => {
    index.set(n, nodes.length);
    nodes.push(n);
    for (const ch of n.c.values()) visit(ch);
  };
  visit(root);
  const ascii = new Int32Array(nodes.length * 26).fill(-1);
  const other: (Map<number, number> | undefined)[] = new Array(nodes.length).fill(undefined);
  const term = new Uint8Array(nodes.length);
  nodes.forEach((n, i) => {
    term[i] = n.term;
    for (const [c, ch] of n.c) {
      if (c >= 97 && c <= 122) ascii[i * 26 + (c - 97)] = index.get(ch)!;
      else {
        let m = other[i];
        if (!m) other[i] = m = new Map();
        m.set(c, index.get(ch)!);
      }
    }
  });
  return { ascii, other, term };
}

/** Next node from `node` on code unit `c` (any case), or -1. */
export function trieStep(tr: Trie, node: number, c: number): number {
  if (c < 128) {
    const l = c | 32;
    if (l >= 97 && l <= 122) return tr.ascii[node * 26 + (l - 97)]!;
    return -1;
  }
  const m = tr.other[node];
  return m === undefined ? -1 : (m.get(lowerCode(c)) ?? -1);
}
