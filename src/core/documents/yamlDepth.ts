// How deeply a YAML text nests lists and mappings, measured on the yaml package's concrete syntax tree (its
// lexer and parser keep their own stacks, so a text 10,000 levels deep is measured, where composing it into
// values runs out of call stack). Used to say why a deep front matter or crossread.yaml cannot be read whole.
import { Parser } from 'yaml';

interface CstToken {
  type?: string;
  offset?: number;
  value?: CstToken;
  items?: { key?: CstToken | null; value?: CstToken | null }[];
}

/** The deepest nesting of `token` (a collection counts one level per collection around a value) and where it is. */
export function cstNesting(token: unknown): { depth: number; offset: number } {
  let depth = 0;
  let offset = 0;
  const stack: [CstToken, number][] = [[token as CstToken, 0]];
  while (stack.length) {
    const [t, d] = stack.pop()!;
    if (!t || typeof t !== 'object') continue;
    if (d > depth) {
      depth = d;
      offset = t.offset ?? offset;
    }
    if (t.type === 'document' && t.value) stack.push([t.value, d]);
    if (Array.isArray(t.items)) {
      for (const it of t.items) {
        if (it?.key) stack.push([it.key, d + 1]);
        if (it?.value) stack.push([it.value, d + 1]);
      }
    }
  }
  return { depth, offset };
}

/** The deepest nesting over the documents of `text`. */
export function yamlNesting(text: string): { depth: number; offset: number } {
  let best = { depth: 0, offset: 0 };
  for (const token of new Parser().parse(text)) {
    const n = cstNesting(token);
    if (n.depth > best.depth) best = n;
  }
  return best;
}

/** An error of the yaml package (or one it caught) that means the text nests too deeply for the call stack. */
export function isStackOverflow(message: unknown): boolean {
  return /maximum call stack|too much recursion|stack overflow/i.test(String(message));
}
