// Rows of numbers per document (the entity of each mention, the claim of each figure), shared between snapshots.
// A snapshot made after an edit renumbers entities or claims: instead of copying every document's row, its table
// keeps the previous table as a base with the renumbering, and renumbers a document's row the first time it is read.

export type RowSource = ReadonlyMap<string, Int32Array> | RowTable;

export class RowTable {
  /** Rows set for this table (changed documents), already in this table's numbering. */
  private readonly own = new Map<string, Int32Array>();
  /** Documents the base has and this table has not. */
  private readonly removed = new Set<string>();
  /** Rows of the base renumbered on first read. */
  private readonly cache = new Map<string, Int32Array>();
  private readonly base?: ReadonlyMap<string, Int32Array>;
  private readonly remap?: Int32Array;

  /**
   * A table over `base` (read-only, shared), with `remap[i]` the new number of the base's number `i` (-1: none);
   * no remap keeps the base's numbers. A base that is itself a derived table is folded in: chains stay one deep.
   */
  constructor(base?: RowSource, remap?: Int32Array) {
    if (base instanceof RowTable) {
      this.base = base.base;
      this.remap = base.remap && remap ? compose(base.remap, remap) : (base.remap ?? remap);
      for (const d of base.removed) this.removed.add(d);
      for (const [d, row] of base.own) this.own.set(d, remap ? renumber(row, remap) : row);
    } else {
      this.base = base;
      this.remap = remap;
    }
  }

  get(doc: string): Int32Array | undefined {
    const own = this.own.get(doc);
    if (own) return own;
    if (!this.base || this.removed.has(doc)) return undefined;
    const row = this.base.get(doc);
    if (!row || !this.remap) return row;
    let r = this.cache.get(doc);
    if (!r) this.cache.set(doc, (r = renumber(row, this.remap)));
    return r;
  }

  has(doc: string): boolean {
    return this.get(doc) !== undefined;
  }

  set(doc: string, row: Int32Array): this {
    this.own.set(doc, row);
    this.removed.delete(doc);
    this.cache.delete(doc);
    return this;
  }

  delete(doc: string): boolean {
    const had = this.has(doc);
    this.own.delete(doc);
    this.cache.delete(doc);
    if (this.base?.has(doc)) this.removed.add(doc);
    return had;
  }

  keys(): IterableIterator<string> {
    return this.docs()[Symbol.iterator]();
  }

  *entries(): IterableIterator<[string, Int32Array]> {
    for (const d of this.docs()) yield [d, this.get(d)!];
  }

  *values(): IterableIterator<Int32Array> {
    for (const d of this.docs()) yield this.get(d)!;
  }

  [Symbol.iterator](): IterableIterator<[string, Int32Array]> {
    return this.entries();
  }

  forEach(fn: (row: Int32Array, doc: string) => void): void {
    for (const [d, row] of this.entries()) fn(row, d);
  }

  get size(): number {
    return this.docs().length;
  }

  private docs(): string[] {
    const out: string[] = [];
    if (this.base) for (const d of this.base.keys()) if (!this.removed.has(d) && !this.own.has(d)) out.push(d);
    for (const d of this.own.keys()) out.push(d);
    return out;
  }
}

function renumber(row: Int32Array, remap: Int32Array): Int32Array {
  const out = new Int32Array(row.length);
  for (let i = 0; i < row.length; i++) {
    const v = row[i]!;
    out[i] = v >= 0 ? remap[v]! : -1;
  }
  return out;
}

/** `second` after `first`: the new number of each of the first numbering's sources. */
function compose(first: Int32Array, second: Int32Array): Int32Array {
  const out = new Int32Array(first.length);
  for (let i = 0; i < first.length; i++) {
    const v = first[i]!;
    out[i] = v >= 0 ? second[v]! : -1;
  }
  return out;
}
