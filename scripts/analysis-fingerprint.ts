// The yardstick for speeding up per-document analysis and clustering without changing what they find.
//   npx tsx scripts/analysis-fingerprint.ts [--generated N] [--repeat K] [--no-stages] [--json FILE] [--expect HASH]
// Analyses fixed corpora (the seeds beside the repository, ECB+ from /work/shared, samples/, and the first N
// articles of the deterministic generator, 2,000 by default), and prints a hash of every DocumentAnalysis (as
// JSON with sorted keys) and of the clustering (entities + per-mention assignment), with and without reader
// decisions, plus the CPU time of each stage. Hashes before and after a change must be identical.
// The generated corpus is analysed twice (the second time with every memo warm, in reverse order): both passes
// must give the same hash, so no cache may make the output depend on what was analysed before.
// `--expect HASH` compares the line "all: ..." with HASH and exits with 1 when they differ. At c41dbe9 (before the
// speed work of issue #5) it was 173a454484b2f691; a change meant to alter what the engine finds changes it.
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../src/core/corpus/analyzeDocument';
import { clusterWithAssignment, type Clustering } from '../src/core/entities/cluster';
import type { Decisions, DocumentAnalysis, SourceFile } from '../src/core/model';
import { readFolder } from '../src/cli/readFolder';
import { generateCorpus } from '../bench/generate';
import { stageTimes, type StageTimes } from './analysisStages';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const generatedN = opt('--generated', 2000);
const repeat = opt('--repeat', 1);
const stages = !args.includes('--no-stages');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const expect = args.includes('--expect') ? args[args.indexOf('--expect') + 1] : undefined;

const repo = resolve(__dirname, '..');
const shared = resolve(repo, '..', 'shared', 'corpus');

function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** JSON with object keys sorted, so the hash follows the values, not the order fields were written in. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (x && typeof x === 'object' && !Array.isArray(x) && !ArrayBuffer.isView(x)) {
      const o = x as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(o).sort()) out[k] = o[k];
      return out;
    }
    if (ArrayBuffer.isView(x)) return Array.from(x as Int32Array);
    return x;
  });
}

const sha = (parts: Iterable<string>) => {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\n');
  }
  return h.digest('hex').slice(0, 16);
};

function hashAnalyses(analyses: DocumentAnalysis[]): string {
  return sha(analyses.map((a) => canonical(a)));
}

function hashClustering(c: Clustering): string {
  return sha([canonical(c.entities), canonical(c.assignment)]);
}

function cluster(analyses: DocumentAnalysis[], decisions?: Decisions): Clustering {
  return clusterWithAssignment(analyses.map((a) => ({ doc: a.meta.id, lang: a.meta.lang, mentions: a.mentions })), decisions);
}

/** Decisions taken from a first clustering (deterministic given it): two entities merged, two spellings kept apart. */
function decisionsFrom(c: Clustering): Decisions {
  const multi = c.entities.filter((e) => e.variants.length >= 2);
  const same: string[][] = [];
  if (c.entities.length > 9) same.push([c.entities[5]!.name, c.entities[9]!.name]);
  const different: string[][] = multi.slice(0, 3).map((e) => [e.variants[0]!.text, e.variants[1]!.text]);
  return { same, different, ignoreFigures: [] };
}


interface CorpusResult {
  name: string;
  docs: number;
  kb: number;
  analysisHash: string;
  clusterHash: string;
  decisionsClusterHash: string;
  analyzeMs: number[];
  clusterMs: number[];
  stages?: StageTimes;
}

function runCorpus(name: string, files: SourceFile[]): CorpusResult {
  const kb = files.reduce((k, f) => k + Buffer.byteLength(f.text, 'utf8'), 0) / 1024;
  const analyzeMs: number[] = [];
  const clusterMs: number[] = [];
  let analyses: DocumentAnalysis[] = [];
  let clustering: Clustering | undefined;
  for (let r = 0; r < repeat; r++) {
    let t0 = cpuNow();
    analyses = files.map((f) => analyzeDocument(f));
    analyzeMs.push(cpuNow() - t0);
    t0 = cpuNow();
    clustering = cluster(analyses);
    clusterMs.push(cpuNow() - t0);
  }
  const analysisHash = hashAnalyses(analyses);
  const clusterHash = hashClustering(clustering!);
  const decisionsClusterHash = hashClustering(cluster(analyses, decisionsFrom(clustering!)));
  const result: CorpusResult = { name, docs: files.length, kb, analysisHash, clusterHash, decisionsClusterHash, analyzeMs, clusterMs };
  if (stages) result.stages = stageTimes(files);
  return result;
}

const corpora: [string, () => SourceFile[]][] = [];
const seeds = resolve(shared, 'seeds');
if (existsSync(seeds)) corpora.push(['seeds', () => readFolder(seeds).files]);
else console.warn(`fingerprint: ${seeds} not found; seeds skipped`);
const ecb = resolve(shared, 'ecbplus');
if (existsSync(ecb)) corpora.push(['ecbplus', () => readFolder(ecb).files]);
else console.warn(`fingerprint: ${ecb} not found; ECB+ skipped`);
corpora.push(['samples', () => readFolder(resolve(repo, 'samples')).files]);
let generated: SourceFile[] = [];
corpora.push([`generated-${generatedN}`, () => (generated = generateCorpus(generatedN, 1))]);

const results: CorpusResult[] = [];
for (const [name, load] of corpora) results.push(runCorpus(name, load()));

// The generated corpus again, in reverse order, every memo warm: the analyses must hash the same.
const again = [...generated].reverse().map((f) => analyzeDocument(f)).reverse();
const warmHash = hashAnalyses(again);
const warmCluster = hashClustering(cluster(again));

const f1 = (x: number) => x.toFixed(1);
const range = (xs: number[]) => (xs.length === 1 ? f1(xs[0]!) : `${f1(Math.min(...xs))}-${f1(Math.max(...xs))}`);
console.log('corpus            docs      KB  analysis          clustering        +decisions        analyse ms     ms/KB  cluster ms');
for (const r of results) {
  console.log(
    `${r.name.padEnd(16)} ${String(r.docs).padStart(5)} ${r.kb.toFixed(0).padStart(7)}  ${r.analysisHash}  ${r.clusterHash}  ${r.decisionsClusterHash}  ${range(r.analyzeMs).padStart(12)}  ${(Math.min(...r.analyzeMs) / r.kb).toFixed(3)}  ${range(r.clusterMs).padStart(10)}`,
  );
}
const gen = results[results.length - 1]!;
console.log(`warm reverse pass: analysis ${warmHash === gen.analysisHash ? 'same' : `DIFFERENT ${warmHash}`}, clustering ${warmCluster === gen.clusterHash ? 'same' : `DIFFERENT ${warmCluster}`}`);
const all = sha(results.map((r) => `${r.analysisHash}${r.clusterHash}${r.decisionsClusterHash}`));
console.log(`all: ${all}${expect ? (all === expect ? ' (as expected)' : ` (EXPECTED ${expect})`) : ''}`);
if ((expect && all !== expect) || warmHash !== gen.analysisHash || warmCluster !== gen.clusterHash) process.exitCode = 1;
if (stages) {
  console.log('\nstage CPU ms/KB (one pass each):');
  console.log(`corpus           ${Object.keys(results[0]!.stages!).map((k) => k.padStart(9)).join(' ')}`);
  for (const r of results) console.log(`${r.name.padEnd(16)} ${Object.values(r.stages!).map((v) => (v / r.kb).toFixed(4).padStart(9)).join(' ')}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ results, warmHash, warmCluster }, null, 2));
