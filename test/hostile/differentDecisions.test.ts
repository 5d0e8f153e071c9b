// "Different" decisions from a hostile crossread.yaml: one entry listing 10,000 names used to build a set of
// partners per name (10,000 x 10,000 entries: out of memory), and every name of every entry was compared with every
// name in the corpus (2,000 pairs on 36,000 names: 160 s against 3 s without decisions). Now names are looked up
// once and each cluster keeps one number per group it touches. The bounds below are blow-up guards, far above what
// these take; speed is measured in the benchmarks.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { analyzeDocument } from '../../src/core/corpus/analyzeDocument';
import { clusterWithAssignment, type ClusterInput } from '../../src/core/entities/cluster';
import type { Decisions } from '../../src/core/model';

const inputs: ClusterInput[] = generateCorpus(300, 5).map((f) => {
  const a = analyzeDocument(f);
  return { doc: a.meta.id, lang: a.meta.lang, mentions: a.mentions };
});
const base = clusterWithAssignment(inputs);
const withVariants = base.entities.filter((e) => e.variants.length >= 2);
const decisions = (different: string[][]): Decisions => ({ same: [], different, ignoreFigures: [] });
const entityOf = (c: ReturnType<typeof clusterWithAssignment>, name: string) => c.entities.filter((e) => e.variants.some((v) => v.text === name)).map((e) => e.id);
const filler = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `Nobody${tag} Named${i}`);

describe('different decisions from a hostile crossread.yaml', () => {
  it('the corpus has entities spelt several ways to keep apart', () => {
    expect(withVariants.length).toBeGreaterThan(5);
  });

  it('one entry listing 10,000 names keeps its names apart and costs no more than the names', () => {
    const e = withVariants[0]!;
    const [a, b] = [e.variants[0]!.text, e.variants[1]!.text];
    const t0 = Date.now();
    const got = clusterWithAssignment(inputs, decisions([[a, ...filler(9_998, 'X'), b]]));
    const ms = Date.now() - t0;
    // The same as the entry without its 9,998 names that no article uses.
    const small = clusterWithAssignment(inputs, decisions([[a, b]]));
    expect(got.entities).toEqual(small.entities);
    expect(entityOf(got, a)).not.toEqual(entityOf(got, b));
    expect(ms).toBeLessThan(30_000);
  });

  it('2,000 pairs of names cost about what no decisions cost, and each pair stays apart', () => {
    const pairs = withVariants.slice(0, 20).map((e) => [e.variants[0]!.text, e.variants[1]!.text]);
    const different = [...pairs, ...Array.from({ length: 1_980 }, (_, i) => [`Nobody Named${i}`, `Nobody Else${i}`])];
    const t0 = Date.now();
    const got = clusterWithAssignment(inputs, decisions(different));
    const ms = Date.now() - t0;
    for (const [a, b] of pairs) expect(entityOf(got, a!), `${a} / ${b}`).not.toEqual(entityOf(got, b!));
    expect(got.entities).toEqual(clusterWithAssignment(inputs, decisions(pairs)).entities);
    expect(ms).toBeLessThan(30_000);
  });

  it('a name listed twice in one entry (any letter case) never joins another spelling of itself in that entry', () => {
    const e = withVariants[1]!;
    const [a, b] = [e.variants[0]!.text, e.variants[1]!.text];
    const got = clusterWithAssignment(inputs, decisions([[a, a.toUpperCase(), b]]));
    expect(entityOf(got, a)).not.toEqual(entityOf(got, b));
  });
});
