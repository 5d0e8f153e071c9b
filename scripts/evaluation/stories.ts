// Many-story measures: story clustering against folder labels (B-cubed, Bagga & Baldwin 1998), claims that cross
// gold stories, and the gva-dev killed/injured gold (values, claim pairs, verdicts).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import type { CorpusSnapshot, Figure } from '../../src/core';

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
  goldStories: number;
  predictedStories: number;
}

/** B-cubed over items with a gold and a predicted label. */
export function bcubed(items: readonly { gold: string; predicted: string }[]): BCubed {
  const byPred = new Map<string, Map<string, number>>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const { gold, predicted } of items) {
    let m = byPred.get(predicted);
    if (!m) byPred.set(predicted, (m = new Map()));
    m.set(gold, (m.get(gold) ?? 0) + 1);
    predSize.set(predicted, (predSize.get(predicted) ?? 0) + 1);
    goldSize.set(gold, (goldSize.get(gold) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const [pred, m] of byPred) {
    for (const [gold, k] of m) {
      p += (k * k) / predSize.get(pred)!;
      r += (k * k) / goldSize.get(gold)!;
    }
  }
  const n = items.length || 1;
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, items: items.length, goldStories: goldSize.size, predictedStories: predSize.size };
}

/** The gold story of a document id: its first folder. */
export function folderStory(id: string): string {
  return id.includes('/') ? id.slice(0, id.indexOf('/')) : '';
}
/** MEANTIME: `<topic>/<lang>/<n>_<title>.txt`, the same <n> in every language (titles differ a little). */
export function translationStory(id: string): string {
  const parts = id.split('/');
  const name = basename(id);
  return `${parts[0]}/${/^\d+/.exec(name)?.[0] ?? name}`;
}

/** Story clustering of a snapshot against gold labels. */
export function scoreStories(snapshot: CorpusSnapshot, gold: (doc: string) => string): BCubed {
  return bcubed(snapshot.documents.map((d) => ({ gold: gold(d.id), predicted: snapshot.storyOf(d.id)?.id ?? d.id })));
}

export interface CrossStoryScore {
  claims: number;
  conflicts: number;
  /** Pairs of figures (of different documents) inside claims. */
  pairs: number;
  /** ... of which the documents are in different gold stories. */
  crossPairs: number;
  crossConflicts: number;
}

/** How many claim figure pairs (and conflicts) join documents of different gold stories. */
export function scoreCrossStory(snapshot: CorpusSnapshot, gold: (doc: string) => string): CrossStoryScore {
  let pairs = 0;
  let crossPairs = 0;
  let crossConflicts = 0;
  for (const c of snapshot.claims) {
    const docs = c.figures.map((id) => id.slice(0, id.lastIndexOf('#')));
    let cross = false;
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        if (docs[i] === docs[j]) continue;
        pairs++;
        if (gold(docs[i]!) !== gold(docs[j]!)) {
          crossPairs++;
          cross = true;
        }
      }
    }
    if (cross && c.verdict === 'conflict') crossConflicts++;
  }
  return { claims: snapshot.claims.length, conflicts: snapshot.claims.filter((c) => c.verdict === 'conflict').length, pairs, crossPairs, crossConflicts };
}

interface GvaGold {
  stories: { story: string }[];
  figures: { id: string; story: string; doc: string; surface: string; start: number; end: number; value: number; hedge: string; property: string; in_claims?: boolean; subset?: string }[];
  claims: { id: string; story: string; property: string; verdict: string; figures: string[]; subset?: string }[];
}

export interface GvaScore {
  /** killed and injured figures of the gold: found with the right value. */
  values: { gold: number; right: number; recall: number };
  /** Gold figures found whose property we tell right. */
  properties: { found: number; right: number };
  /** Cross-article pairs of gold claims (killed, injured; no subsets) that land in one claim of ours. */
  pairRecall: number;
  goldPairs: number;
  /** Of our claim pairs whose both figures are gold figures of the annotated stories: in one gold claim. */
  pairPrecision: number;
  predictedPairs: number;
  verdictAccuracy: number;
  verdicts: number;
  /** Claims of ours that hold a killed and an injured gold figure. */
  killedWithInjured: number;
  details: string[];
}

/** The gva-dev dev gold (eval/gva-dev/gold.yaml) against a snapshot of the gva-dev corpus. */
export function scoreGva(goldPath: string, snapshot: CorpusSnapshot): GvaScore {
  const gold = parse(readFileSync(goldPath, 'utf8')) as GvaGold;
  const figuresOf = new Map<string, Figure[]>();
  for (const f of snapshot.figures) {
    const list = figuresOf.get(f.doc);
    if (list) list.push(f);
    else figuresOf.set(f.doc, [f]);
  }
  const ours = new Map<string, Figure | undefined>();
  for (const g of gold.figures) {
    const f = (figuresOf.get(g.doc) ?? []).find((x) => x.start < g.end && g.start < x.end);
    ours.set(g.id, f);
  }
  const claimOf = new Map<string, string>();
  const claimVerdict = new Map<string, string>();
  for (const c of snapshot.claims) {
    claimVerdict.set(c.id, c.verdict);
    for (const id of c.figures) claimOf.set(id, c.id);
  }
  const details: string[] = [];
  const casualty = gold.figures.filter((g) => g.property === 'killed' || g.property === 'injured');
  const valuesRight = casualty.filter((g) => ours.get(g.id)?.value === g.value).length;
  let propFound = 0;
  let propRight = 0;
  for (const g of gold.figures) {
    const f = ours.get(g.id);
    if (!f) continue;
    propFound++;
    if (snapshot.slotOf(f.id)?.property === g.property) propRight++;
  }
  // Claim pairs: cross-article pairs of the main claims (killed, injured; not subsets).
  const main = gold.claims.filter((c) => (c.property === 'killed' || c.property === 'injured') && !c.subset);
  let goldPairs = 0;
  let found = 0;
  let verdictsRight = 0;
  const goldClaimOf = new Map<string, string>();
  for (const c of gold.claims) for (const id of c.figures) goldClaimOf.set(id, c.id);
  const byId = new Map(gold.figures.map((g) => [g.id, g]));
  for (const c of main) {
    for (let i = 0; i < c.figures.length; i++) {
      for (let j = i + 1; j < c.figures.length; j++) {
        const a = byId.get(c.figures[i]!)!;
        const b = byId.get(c.figures[j]!)!;
        if (a.doc === b.doc) continue;
        goldPairs++;
        const fa = ours.get(a.id);
        const fb = ours.get(b.id);
        if (fa && fb && claimOf.get(fa.id) !== undefined && claimOf.get(fa.id) === claimOf.get(fb.id)) found++;
      }
    }
    // The claim of ours that holds most of its figures.
    const votes = new Map<string, number>();
    for (const id of c.figures) {
      const cl = ours.get(id) && claimOf.get(ours.get(id)!.id);
      if (cl) votes.set(cl, (votes.get(cl) ?? 0) + 1);
    }
    const best = [...votes].sort((x, y) => y[1] - x[1])[0];
    const verdict = best ? claimVerdict.get(best[0]) : undefined;
    if (verdict === c.verdict) verdictsRight++;
    else details.push(`${c.id} (${c.property}): gold ${c.verdict}, found ${verdict ?? 'no claim'}`);
  }
  // Precision: our claim pairs between gold figures of the annotated documents.
  const goldOfOurs = new Map<string, (typeof gold.figures)[number]>();
  for (const g of gold.figures) {
    const f = ours.get(g.id);
    if (f && !goldOfOurs.has(f.id)) goldOfOurs.set(f.id, g);
  }
  const annotated = new Set(gold.figures.map((g) => g.doc));
  let predictedPairs = 0;
  let predictedTrue = 0;
  let killedWithInjured = 0;
  for (const c of snapshot.claims) {
    const props = new Set<string>();
    for (let i = 0; i < c.figures.length; i++) {
      const gi = goldOfOurs.get(c.figures[i]!);
      if (gi) props.add(gi.property);
      for (let j = i + 1; j < c.figures.length; j++) {
        const di = c.figures[i]!.slice(0, c.figures[i]!.lastIndexOf('#'));
        const dj = c.figures[j]!.slice(0, c.figures[j]!.lastIndexOf('#'));
        if (di === dj || !annotated.has(di) || !annotated.has(dj)) continue;
        const gj = goldOfOurs.get(c.figures[j]!);
        predictedPairs++;
        if (gi && gj && goldClaimOf.get(gi.id) !== undefined && goldClaimOf.get(gi.id) === goldClaimOf.get(gj.id)) predictedTrue++;
      }
    }
    if (props.has('killed') && props.has('injured')) killedWithInjured++;
  }
  return {
    values: { gold: casualty.length, right: valuesRight, recall: casualty.length ? valuesRight / casualty.length : 1 },
    properties: { found: propFound, right: propRight },
    pairRecall: goldPairs ? found / goldPairs : 1,
    goldPairs,
    pairPrecision: predictedPairs ? predictedTrue / predictedPairs : 1,
    predictedPairs,
    verdictAccuracy: main.length ? verdictsRight / main.length : 1,
    verdicts: main.length,
    killedWithInjured,
    details,
  };
}
