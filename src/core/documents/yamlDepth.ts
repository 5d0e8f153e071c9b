// How deeply a YAML text nests lists and mappings, found by one pass over its lines without the YAML reader: the
// reader composes values by recursion, and a text nested thousands of levels deep (10,000 "[" in a row, or
// "- - - ..." on one line) runs it out of call stack; V8 may then even abort the whole process (a regular
// expression compiled at that depth fails as "out of memory"). So deep text is measured first and never handed to
// the reader. Front matter and crossread.yaml need a few levels; the limit is far above that.

/** Lists and mappings inside each other, at most, in text given to the YAML reader (it composes 200 deep in 200 KB of stack). */
export const MAX_YAML_NESTING = 64;

/**
 * An upper bound on the nesting of lists and mappings in `text` (a scalar in a block collection may count as one
 * level more), and the offset of its deepest line. Linear, no recursion. It follows block indentation, compact
 * entries ("- - x", "? x"), flow collections ([ and { at the start of a value, or anywhere inside a flow
 * collection), quoted scalars (over several lines too), comments and block scalars (| and >, whose content is text).
 */
export function yamlNesting(text: string): { depth: number; offset: number } {
  /** Columns of the block collections open at the current line. */
  const blocks: number[] = [];
  let flow = 0;
  let quote = ''; // the quote character of a quoted scalar still open at the end of a line
  let blockScalarParent = -1; // column of the node whose value is an open block scalar, -1 when none is open
  let depth = 0;
  let deepest = 0;
  const note = (level: number, at: number) => {
    if (level > depth) {
      depth = level;
      deepest = at;
    }
  };
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le === -1) le = text.length;
    let i = ls;
    while (i < le && text[i] === ' ') i++;
    const indent = i - ls;
    const blank = i >= le || text[i] === '\r' || (text[i] === '#' && !quote && flow === 0);
    if (blockScalarParent >= 0) {
      if (blank || indent > blockScalarParent) {
        ls = le + 1;
        continue;
      }
      blockScalarParent = -1;
    }
    if (blank && !quote && flow === 0) {
      ls = le + 1;
      continue;
    }
    /** Where this line's value starts (brackets there open a flow collection in block context); -1 inside one. */
    let vs = -1;
    /** Column of the node a block scalar on this line belongs to (its text is indented further), and of the last "- " or "? ". */
    let parentCol = indent;
    let markerCol = indent;
    if (!quote && flow === 0) {
      // Block context: the collections this line closes, and the ones it opens (compact ones too).
      let pos = i;
      for (;;) {
        const col = pos - ls;
        while (blocks.length && blocks[blocks.length - 1]! > col) blocks.pop();
        if (!blocks.length || blocks[blocks.length - 1]! < col) blocks.push(col);
        const c = text[pos];
        if ((c === '-' || c === '?') && (pos + 1 >= le || text[pos + 1] === ' ' || text[pos + 1] === '\r')) {
          markerCol = col;
          pos++;
          while (pos < le && text[pos] === ' ') pos++;
          if (pos >= le) break;
          continue;
        }
        break;
      }
      note(blocks.length, ls);
      i = vs = valueStart(text, pos, le);
      // "key: |": the text is indented past the key; "- |": past the dash.
      parentCol = vs > pos ? pos - ls : markerCol;
    }
    // The rest of the line: quoted scalars, flow collections, a comment, or a block scalar's header.
    for (; i < le; i++) {
      const c = text[i]!;
      if (quote) {
        if (quote === '"' && c === '\\') i++;
        else if (c === quote) {
          if (quote === "'" && text[i + 1] === "'") i++;
          else quote = '';
        }
        continue;
      }
      if (c === '#' && (i === ls || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
      // A quote opens a scalar only where a value starts (inside a flow collection: after [ { , or :).
      if ((c === '"' || c === "'") && (flow === 0 ? i === vs : flowTokenStart(text, ls, i))) quote = c;
      else if (flow > 0 || i === vs) {
        if (c === '[' || c === '{') note(blocks.length + ++flow, ls);
        else if ((c === ']' || c === '}') && flow > 0) flow--;
      }
      if (flow === 0 && !quote && (c === '|' || c === '>') && i === vs && /^[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/.test(text.slice(i, le))) {
        blockScalarParent = parentCol;
        break;
      }
    }
    ls = le + 1;
  }
  return { depth, offset: deepest };
}

/** Where the value of a block line starts: after "key:" and its spaces when the line holds a key, else at `pos`. */
function valueStart(text: string, pos: number, le: number): number {
  let i = pos;
  const q = text[i];
  if (q === '"' || q === "'") {
    // A quoted key: skip it (a lone quoted scalar is the value itself).
    for (i++; i < le && text[i] !== q; i++) if (q === '"' && text[i] === '\\') i++;
    i++;
  } else if (q === '[' || q === '{') return pos;
  for (; i < le; i++) {
    if (text[i] === ':' && (i + 1 >= le || text[i + 1] === ' ' || text[i + 1] === '\t' || text[i + 1] === '\r')) {
      i++;
      while (i < le && (text[i] === ' ' || text[i] === '\t')) i++;
      return i;
    }
    if (text[i] === '#' && text[i - 1] === ' ') break;
  }
  return pos;
}

/** `i` starts a token inside a flow collection: only blanks between it and the line start or a [ { , or :. */
function flowTokenStart(text: string, ls: number, i: number): boolean {
  let j = i - 1;
  while (j >= ls && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < ls || text[j] === '[' || text[j] === '{' || text[j] === ',' || text[j] === ':';
}

/** An error of the yaml package (or one it caught) that means the text nests too deeply for the call stack. */
export function isStackOverflow(message: unknown): boolean {
  return /maximum call stack|too much recursion|stack overflow/i.test(String(message));
}
