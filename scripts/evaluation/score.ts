// Scores the engine against gold annotations: the seeds (entities, figures, claims), our samples (same
// format) and ECB+ (cross-document name clusters). Used by `npm run eval` and by the gold tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CorpusIndex, type CorpusSnapshot, type Figure } from '../../src/core';
import { readFolder } from '../../src/cli/readFolder';

export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  goldPairs: number;
  predictedPairs: number;
  truePairs: number;
}

export interface GoldScore {
  corpus: string;
  documents: number;
  entities: PairScore & { goldEntities: number; wholeEntities: number; splitEntities: string[]; lookAlikesMerged: string[] };
  figures: { gold: number; found: number; reported: number; correct: number; precision: number; recall: number; missing: string[]; notFiguresReported: string[] };
  claims: {
    goldGroups: number;
    pairRecall: number;
    pairPrecision: number;
    verdictAccuracy: number;
    verdictsRight: number;
    wronglyGrouped: string[];
    details: string[];
  };
}

interface GoldFile {
  documents: Record<string, { lang?: string }>;
  entities: { id: string; kind: string; surfaces: Record<string, string[]> }[];
  cannot_link?: [string, string][];
  figures?: { id: string; doc: string; surface: string; value: number | [number, number]; unit: string; hedge: string }[];
  not_figures?: { doc: string; surface: string }[];
  claims?: { id: string; verdict: string; figures: string[] }[];
  must_not_group?: [string, string][];
}

export function loadCorpus(folder: string): { snapshot: CorpusSnapshot; texts: Map<string, string> } {
  const { files } = readFolder(folder);
  const index = new CorpusIndex();
  for (const f of files) index.setDocument(f);
  return { snapshot: index.snapshot(), texts: new Map(files.map((f) => [f.id, f.text])) };
}

/** Positions of `surface` in `text` on word boundaries. */
function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(surface); i !== -1; i = text.indexOf(surface, i + 1)) {
    const before = text[i - 1];
    const after = text[i + surface.length];
    const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    if (wordChar(before) && /^[\p{L}\p{N}]/u.test(surface)) continue;
    if (wordChar(after) && /[\p{L}\p{N}]$/u.test(surface) && !/^s\b|^’s|^'s/.test(text.slice(i + surface.length))) {
      // Allow genitive/possessive endings after a name ("Putins", "Putin’s").
      if (!(after === 's' && !wordChar(text[i + surface.length + 1]))) continue;
    }
    out.push(i);
  }
  return out;
}

/** The entity our engine gives a gold (document, surface) item: the majority over its occurrences. */
function predictedEntity(snapshot: CorpusSnapshot, text: string, doc: string, surface: string): string | undefined {
  const votes = new Map<string, number>();
  for (const pos of occurrences(text, surface)) {
    let best: { id: string; overlap: number } | undefined;
    for (const hit of snapshot.mentionsIn(doc)) {
      const m = hit.mention;
      const overlap = Math.min(m.end, pos + surface.length) - Math.max(m.start, pos);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: hit.entity.id, overlap };
    }
    if (best) votes.set(best.id, (votes.get(best.id) ?? 0) + 1);
  }
  let id: string | undefined;
  let n = 0;
  for (const [k, v] of votes) if (v > n) [id, n] = [k, v];
  return id;
}

/** Pairwise precision/recall over items: gold cluster label vs predicted label (undefined = own singleton). */
export function pairwise(items: { gold: string; predicted: string | undefined }[]): PairScore {
  const goldCount = new Map<string, number>();
  const predCount = new Map<string, number>();
  const bothCount = new Map<string, number>();
  for (const it of items) {
    goldCount.set(it.gold, (goldCount.get(it.gold) ?? 0) + 1);
    if (it.predicted === undefined) continue;
    predCount.set(it.predicted, (predCount.get(it.predicted) ?? 0) + 1);
    const k = `${it.gold}\u0000${it.predicted}`;
    bothCount.set(k, (bothCount.get(k) ?? 0) + 1);
  }
  const pairs = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const goldPairs = pairs(goldCount);
  const predictedPairs = pairs(predCount);
  const truePairs = pairs(bothCount);
  const precision = predictedPairs ? truePairs / predictedPairs : 1;
  const recall = goldPairs ? truePairs / goldPairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, goldPairs, predictedPairs, truePairs };
}

function figureMatches(f: Figure, g: NonNullable<GoldFile['figures']>[number]): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.005 * Math.abs(b), 0.5);
  if (f.unit !== g.unit || f.hedge !== g.hedge) return false;
  if (Array.isArray(g.value)) return close(f.low, g.value[0]) && close(f.high, g.value[1]);
  return close(f.value, g.value);
}

export function scoreGold(goldPath: string, corpusDir: string, name: string): GoldScore {
  const gold = parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const { snapshot, texts } = loadCorpus(corpusDir);

  // Entities.
  const items: { gold: string; predicted: string | undefined; doc: string; surface: string }[] = [];
  for (const e of gold.entities) {
    for (const [doc, surfaces] of Object.entries(e.surfaces)) {
      const text = texts.get(doc);
      if (text === undefined) continue;
      for (const s of surfaces) items.push({ gold: e.id, predicted: predictedEntity(snapshot, text, doc, s), doc, surface: s });
    }
  }
  const ent = pairwise(items);
  const splitEntities: string[] = [];
  let whole = 0;
  for (const e of gold.entities) {
    const preds = new Set(items.filter((i) => i.gold === e.id).map((i) => i.predicted ?? `none:${i.doc}:${i.surface}`));
    if (preds.size === 1 && ![...preds][0]!.startsWith('none:')) whole++;
    else splitEntities.push(`${e.id} -> ${[...preds].join(', ')}`);
  }
  const lookAlikesMerged: string[] = [];
  for (const [a, b] of gold.cannot_link ?? []) {
    const pa = new Set(items.filter((i) => i.gold === a && i.predicted).map((i) => i.predicted));
    const pb = items.filter((i) => i.gold === b && i.predicted && pa.has(i.predicted));
    if (pb.length) lookAlikesMerged.push(`${a} ~ ${b}`);
  }

  // Figures.
  const figureOf = new Map<string, Figure>(); // gold figure id -> our figure
  const missing: string[] = [];
  let correctlyFound = 0;
  const ourCorrect = new Set<string>();
  for (const g of gold.figures ?? []) {
    const text = texts.get(g.doc) ?? '';
    const pos = text.indexOf(g.surface);
    const overlapping = snapshot.figuresIn(g.doc).filter((f) => pos >= 0 && f.start < pos + g.surface.length && f.end > pos);
    const right = overlapping.find((f) => figureMatches(f, g));
    if (overlapping.length) figureOf.set(g.id, right ?? overlapping[0]!);
    if (right) {
      correctlyFound++;
      ourCorrect.add(right.id);
    } else {
      const f = overlapping[0];
      missing.push(
        f ? `${g.id} "${g.surface}": got ${f.value} ${f.unit} ${f.hedge} [${f.low}, ${f.high}]` : `${g.id} "${g.surface}": not found`,
      );
    }
  }
  const goldDocs = new Set(Object.keys(gold.documents));
  const reported = snapshot.figures.filter((f) => goldDocs.has(f.doc)).length;
  const notFiguresReported: string[] = [];
  for (const nf of gold.not_figures ?? []) {
    const text = texts.get(nf.doc) ?? '';
    for (const pos of occurrences(text, nf.surface)) {
      const hit = snapshot.figuresIn(nf.doc).find((f) => f.start < pos + nf.surface.length && f.end > pos);
      if (hit) notFiguresReported.push(`${nf.doc}: "${nf.surface}" reported as ${hit.text}`);
    }
  }

  // Claims.
  const claimOf = (goldFigure: string) => {
    const f = figureOf.get(goldFigure);
    return f ? snapshot.claimFor(f.id)?.id : undefined;
  };
  let goldPairs = 0;
  let foundPairs = 0;
  let verdictsRight = 0;
  const details: string[] = [];
  const goldPairSet = new Set<string>();
  for (const c of gold.claims ?? []) {
    for (let i = 0; i < c.figures.length; i++) {
      for (let j = i + 1; j < c.figures.length; j++) {
        goldPairs++;
        const a = claimOf(c.figures[i]!);
        if (a && a === claimOf(c.figures[j]!)) foundPairs++;
        const fa = figureOf.get(c.figures[i]!);
        const fb = figureOf.get(c.figures[j]!);
        if (fa && fb) goldPairSet.add([fa.id, fb.id].sort().join('\u0000'));
      }
    }
    const votes = new Map<string, number>();
    for (const fid of c.figures) {
      const cl = claimOf(fid);
      if (cl) votes.set(cl, (votes.get(cl) ?? 0) + 1);
    }
    let best: string | undefined;
    let n = 0;
    for (const [k, v] of votes) if (v > n) [best, n] = [k, v];
    const claim = best ? snapshot.claim(best) : undefined;
    if (claim && claim.verdict === c.verdict) verdictsRight++;
    details.push(`${c.id}: gold ${c.verdict}, ${claim ? `found ${claim.verdict} with ${n}/${c.figures.length} figures` : 'not found'}`);
  }
  let predictedPairs = 0;
  let predictedTrue = 0;
  for (const c of snapshot.claims) {
    const fs = c.figures.filter((id) => goldDocs.has(snapshot.figure(id)?.doc ?? ''));
    for (let i = 0; i < fs.length; i++) {
      for (let j = i + 1; j < fs.length; j++) {
        predictedPairs++;
        if (goldPairSet.has([fs[i]!, fs[j]!].sort().join('\u0000'))) predictedTrue++;
      }
    }
  }
  const wronglyGrouped: string[] = [];
  for (const [a, b] of gold.must_not_group ?? []) {
    const ca = claimOf(a);
    if (ca && ca === claimOf(b)) wronglyGrouped.push(`${a} + ${b}`);
  }
  const goldClaims = gold.claims?.length ?? 0;
  return {
    corpus: name,
    documents: snapshot.documents.length,
    entities: { ...ent, goldEntities: gold.entities.length, wholeEntities: whole, splitEntities, lookAlikesMerged },
    figures: {
      gold: gold.figures?.length ?? 0,
      found: figureOf.size,
      reported,
      correct: correctlyFound,
      precision: reported ? ourCorrect.size / reported : 1,
      recall: gold.figures?.length ? correctlyFound / gold.figures.length : 1,
      missing,
      notFiguresReported,
    },
    claims: {
      goldGroups: goldClaims,
      pairRecall: goldPairs ? foundPairs / goldPairs : 1,
      pairPrecision: predictedPairs ? predictedTrue / predictedPairs : 1,
      verdictAccuracy: goldClaims ? verdictsRight / goldClaims : 1,
      verdictsRight,
      wronglyGrouped,
      details,
    },
  };
}

export function scoreEcb(folder: string): PairScore & { items: number; found: number } {
  const { snapshot, texts } = loadCorpus(folder);
  const lines = readFileSync(join(folder, 'gold-entities.jsonl'), 'utf8').split('\n').filter(Boolean);
  const seen = new Map<string, string>();
  for (const line of lines) {
    const r = JSON.parse(line) as { doc: string; surface: string; chain: string };
    const k = `${r.doc}\u0000${r.surface}`;
    if (!seen.has(k)) seen.set(k, r.chain);
  }
  const items: { gold: string; predicted: string | undefined }[] = [];
  let found = 0;
  for (const [k, chain] of seen) {
    const [doc, surface] = k.split('\u0000') as [string, string];
    const text = texts.get(doc);
    const predicted = text === undefined ? undefined : predictedEntity(snapshot, text, doc, surface);
    if (predicted) found++;
    items.push({ gold: chain, predicted });
  }
  return { ...pairwise(items), items: items.length, found };
}
