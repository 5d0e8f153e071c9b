// The online update's claim step: the changed documents' figures leave their claims (a claim left with one source
// goes), and each new figure joins the claim of its best-scoring candidate among the figures that share a claim
// bucket with it (unit and event, or unit and value), or starts a new claim with a candidate in no claim. Claims
// keep the rebuild's order (compareClaims); each document's claim row follows the renumbering.
import type { Claim, DocumentAnalysis, Entity, Figure } from '../model';
import { bucketKeys, claimOfGroup, compareClaims, defaultClaimOptions, mergeable, quantityScore, type ClaimFigure } from '../claims/groupClaims';
import { claimItemsOf } from './claimInputs';
import { push, type Lookups } from './onlineLookups';
import { RowTable, type RowSource } from './rowTable';
import type { Changes, CorpusSnapshot } from './snapshot';

/** Candidate figures scored per new figure at most (the best buckets first). */
const MAX_CANDIDATES = 600;

/**
 * The changed documents' figures leave their claims (a claim left with one source goes) and each new figure joins
 * the claim of its best candidate that takes it, or makes a new claim with a candidate in no claim.
 */
export function updateClaims(
  prev: CorpusSnapshot,
  changes: Changes,
  docs: ReadonlyMap<string, DocumentAnalysis>,
  l: Lookups,
  entities: readonly Entity[],
  rows: RowTable,
  oldClaimRows: RowSource,
  tolerance: number,
  placeOf: (doc: string) => { story: string; source: string },
): { claims: Claim[]; claimRows: RowTable; claimRemap: Int32Array; claimsChanged: number[]; claimRowDocs: string[] } {
  for (const id of changes.keys()) for (const f of prev.analysis(id)?.figures ?? []) l.gone.add(f);
  const itemOf = (f: Figure): ClaimFigure | undefined => {
    let it = l.items.get(f);
    if (!it && !l.gone.has(f)) {
      const a = docs.get(f.doc);
      if (!a) return undefined;
      for (const x of claimItemsOf(a, rows.get(f.doc) ?? new Int32Array(a.mentions.length).fill(-1), entities, undefined, placeOf(f.doc))) l.items.set(x.figure, x);
      it = l.items.get(f);
    }
    return it;
  };
  /** The items of a claim's figures (cached per claim object: unchanged claims are shared by the snapshots). */
  const membersOf = (c: Claim): ClaimFigure[] => {
    let m = l.claimItems.get(c);
    if (!m) {
      m = [];
      for (const id of c.figures) {
        const f = figureById(docs, id) ?? prev.figure(id);
        const it = f && (l.items.get(f) ?? itemOf(f));
        if (it) m.push(it);
      }
      l.claimItems.set(c, m);
    }
    return m;
  };

  // 1. Claims the changed documents' old figures were in lose them.
  const touched = new Set<number>();
  for (const id of changes.keys()) for (const ci of oldClaimRows.get(id) ?? []) if (ci >= 0) touched.add(ci);
  /** New figures joining a previous claim (by its index), and new claims. */
  const joined = new Map<number, ClaimFigure[]>();
  const fresh: ClaimFigure[][] = [];
  const freshOf = new Map<Figure, ClaimFigure[]>();
  const claimOfOld = (f: Figure): number => {
    const a = docs.get(f.doc);
    const row = oldClaimRows.get(f.doc);
    if (!a || !row || changes.has(f.doc)) return -1;
    const i = a.figures.indexOf(f);
    return i >= 0 ? row[i]! : -1;
  };

  // 2. The new figures join, best candidate first.
  for (const [id, a] of changes) {
    if (!a) continue;
    for (const f of a.figures) {
      const it = itemOf(f);
      if (!it) continue;
      if (it.figure.hedge === 'additional' || !Number.isFinite(it.figure.value)) continue;
      const keys = bucketKeys(it);
      for (const k of keys) push(l.buckets, k, it);
      const scored: { c: ClaimFigure; score: number }[] = [];
      const seen = new Set<ClaimFigure>();
      for (const k of keys) {
        const bucket = l.buckets.get(k) ?? [];
        // A bucket the claim stage would split (an archive's "people|kill") is narrowed to figures naming a shared entity.
        const narrow = bucket.length > defaultClaimOptions.maxBucket;
        for (const c of bucket) {
          if (seen.size >= MAX_CANDIDATES) break;
          const f = c.figure;
          if (f.doc === id || seen.has(c) || changes.has(f.doc) || l.gone.has(f)) continue;
          seen.add(c);
          if (f.hedge === 'additional') continue;
          if (narrow && !c.entities.some((e) => it.entities.includes(e))) continue;
          const score = quantityScore(it, c);
          if (score > 0) scored.push({ c, score });
        }
      }
      scored.sort((x, y) => y.score - x.score);
      for (const { c } of scored) {
        const own = freshOf.get(c.figure);
        const ci = own ? -1 : claimOfOld(c.figure);
        // Only figures of the same article can refuse a newcomer: in a previous claim those are the ones that joined now.
        const same = own ?? (ci >= 0 ? (joined.get(ci) ?? []) : [c]);
        if (!joinable(same, it)) continue;
        if (own) {
          own.push(it);
          freshOf.set(it.figure, own);
        } else if (ci >= 0) push(joined, ci, it);
        else {
          const g = [c, it];
          fresh.push(g);
          freshOf.set(c.figure, g);
          freshOf.set(it.figure, g);
        }
        break;
      }
    }
  }

  // 3. The claims: unchanged ones in their order, the changed and new ones put in their place (binary search).
  const placed: { claim: Claim; old: number; group: ClaimFigure[] }[] = [];
  const place = (group: ClaimFigure[], old: number) => {
    const claim = claimOfGroup(group, tolerance);
    if (!claim) return;
    l.claimItems.set(claim, group);
    placed.push({ claim, old, group });
  };
  for (const ci of new Set([...touched, ...joined.keys()])) {
    const rest = membersOf(prev.claims[ci]!).filter((x) => !changes.has(x.figure.doc));
    place([...rest, ...(joined.get(ci) ?? [])], ci);
  }
  for (const g of fresh) place(g, -1);
  const gone = new Set(placed.map((p) => p.old).filter((ci) => ci >= 0));
  for (const ci of touched) gone.add(ci);
  const keptClaims = gone.size ? prev.claims.filter((_, ci) => !gone.has(ci)) : prev.claims;
  const keptOld = gone.size ? prev.claims.map((_, ci) => ci).filter((ci) => !gone.has(ci)) : undefined;
  const at = placed.map((p) => ({ p, pos: lowerBound(keptClaims, p.claim) }));
  at.sort((x, y) => x.pos - y.pos || compareClaims(x.p.claim, y.p.claim));
  const claims: Claim[] = [];
  const remap = new Int32Array(prev.claims.length).fill(-1);
  const newAt = new Map<ClaimFigure[], number>();
  let k = 0;
  for (let i = 0; i <= keptClaims.length; i++) {
    while (k < at.length && at[k]!.pos === i) {
      const { claim, old, group } = at[k++]!.p;
      // A changed claim's figures in unchanged documents follow it through the renumbering.
      if (old >= 0) remap[old] = claims.length;
      newAt.set(group, claims.length);
      claims.push(claim);
    }
    if (i === keptClaims.length) break;
    remap[keptOld ? keptOld[i]! : i] = claims.length;
    claims.push(keptClaims[i]!);
  }

  // 4. Claim rows: renumbered, then the figures of changed and new claims set.
  const claimRows = new RowTable(oldClaimRows, remap);
  const writable = new Set<string>();
  for (const [id, a] of changes) {
    if (a && a.figures.length > 0) {
      claimRows.set(id, new Int32Array(a.figures.length).fill(-1));
      writable.add(id);
    } else claimRows.delete(id);
  }
  // Explicitly set: the changed documents' figures (above), and figures of unchanged documents that were in no claim
  // and start a new one with a newcomer. Figures of a claim that went (one source left) lose it.
  const explicit: { x: ClaimFigure; ci: number }[] = [];
  for (const g of fresh) {
    const ci = newAt.get(g) ?? -1;
    for (const x of g) if (!changes.has(x.figure.doc)) explicit.push({ x, ci });
  }
  for (const [ci, list] of joined) {
    const now = remap[ci]!;
    for (const x of list) if (changes.has(x.figure.doc) && now >= 0) explicit.push({ x, ci: now });
  }
  for (const g of placed) {
    if (g.old >= 0) continue;
    for (const x of g.group) if (changes.has(x.figure.doc)) explicit.push({ x, ci: newAt.get(g.group)! });
  }
  for (const { x, ci } of explicit) {
    const doc = x.figure.doc;
    const a = docs.get(doc);
    let row = claimRows.get(doc);
    if (!a || !row) continue;
    // A row read through the base is shared (or cached): this table gets its own copy before writing.
    if (!writable.has(doc)) {
      claimRows.set(doc, (row = row.slice()));
      writable.add(doc);
    }
    const i = a.figures.indexOf(x.figure);
    if (i >= 0) row[i] = ci;
  }
  const claimRowDocs = [...writable].filter((d) => !changes.has(d));
  return { claims, claimRows, claimRemap: remap, claimsChanged: [...newAt.values()], claimRowDocs };
}

/** Where a claim goes among claims sorted by compareClaims: after every claim that comes before it. */
function lowerBound(sorted: readonly Claim[], c: Claim): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareClaims(sorted[mid]!, c) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A figure may join a group unless its article already gives the group a value at the same time. */
function joinable(group: readonly ClaimFigure[], it: ClaimFigure): boolean {
  const same = group.filter((g) => g.figure.doc === it.figure.doc);
  if (same.length === 0) return true;
  const items = [...same, it];
  return mergeable(new Map([[it.figure.doc, same.map((_, i) => i)]]), new Map([[it.figure.doc, [same.length]]]), items);
}

function docOf(figureId: string): string {
  return figureId.slice(0, figureId.lastIndexOf('#'));
}

function figureById(docs: ReadonlyMap<string, DocumentAnalysis>, id: string): Figure | undefined {
  const a = docs.get(docOf(id));
  if (!a) return undefined;
  const start = Number(id.slice(id.lastIndexOf('#') + 1));
  let lo = 0;
  let hi = a.figures.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = a.figures[mid]!;
    if (f.start < start) lo = mid + 1;
    else if (f.start > start) hi = mid - 1;
    else return f.id === id ? f : a.figures.find((x) => x.id === id);
  }
  return a.figures.find((x) => x.id === id);
}

