// CPU time of per-document analysis and of clustering on the generated corpus (issue #5), several runs.
//   npx tsx scripts/analysis-speed.ts [--n 10000] [--runs 3] [--seed 1] [--stages 2000]
// (or bundled with esbuild, as the bench runs the engine: npx esbuild scripts/analysis-speed.ts --bundle
// --platform=node --outfile=/tmp/speed.cjs && node --expose-gc /tmp/speed.cjs)
// Like the bench's size task: 300 other articles first (the JIT has seen the engine), then `runs` times:
// analyzeDocument over every article, then clusterWithAssignment over all of them in document order (as
// buildSnapshot calls it). GC pauses (main thread, from a performance observer) are shown beside each phase.
// `--stages K` also times each per-document stage on the first K articles, second pass (0: not).
import { PerformanceObserver } from 'node:perf_hooks';
import { analyzeDocument } from '../src/core/corpus/analyzeDocument';
import { clusterWithAssignment } from '../src/core/entities/cluster';
import type { DocumentAnalysis, SourceFile } from '../src/core/model';
import { generateCorpus } from '../bench/generate';
import { stageTimes } from './analysisStages';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const n = opt('--n', 10000);
const runs = opt('--runs', 3);
const seed = opt('--seed', 1);
const stageDocs = opt('--stages', 2000);

const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Wall ms of garbage collection pauses, summed by a performance observer. */
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

/** CPU ms of `f`, and the GC pauses during it (the observer reports them on the next turn of the event loop). */
async function measure(f: () => void): Promise<{ cpu: number; gc: number }> {
  await new Promise((r) => setImmediate(r));
  const g0 = gcMs;
  const t0 = cpuNow();
  f();
  const cpu = cpuNow() - t0;
  await new Promise((r) => setImmediate(r));
  return { cpu, gc: gcMs - g0 };
}

async function main(): Promise<void> {
  for (const f of generateCorpus(300, seed + 9973)) analyzeDocument(f);
  const files = generateCorpus(n, seed);
  const bytes = files.reduce((k, f) => k + Buffer.byteLength(f.text, 'utf8'), 0);
  const kb = bytes / 1024;
  console.log(`${n} generated articles, ${(bytes / 1e6).toFixed(1)} MB`);

  const analyse: number[] = [];
  const cluster: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc();
    let analyses: DocumentAnalysis[] = [];
    const a = await measure(() => {
      analyses = files.map((f) => analyzeDocument(f));
    });
    analyse.push(a.cpu);
    gc();
    // In document order, as buildSnapshot gives them.
    const sorted = [...analyses].sort((x, y) => (x.meta.id < y.meta.id ? -1 : x.meta.id > y.meta.id ? 1 : 0));
    const inputs = sorted.map((x) => ({ doc: x.meta.id, lang: x.meta.lang, mentions: x.mentions }));
    const c = await measure(() => clusterWithAssignment(inputs));
    cluster.push(c.cpu);
    console.log(
      `run ${r + 1}: analysis ${(a.cpu / 1000).toFixed(2)} s = ${(a.cpu / kb).toFixed(3)} ms/KB = ${(bytes / 1e3 / a.cpu).toFixed(2)} MB/s (GC pauses ${(a.gc / 1000).toFixed(2)} s); clustering ${(c.cpu / 1000).toFixed(2)} s (GC pauses ${(c.gc / 1000).toFixed(2)} s)`,
    );
  }
  const lo = (xs: number[]) => Math.min(...xs);
  const hi = (xs: number[]) => Math.max(...xs);
  console.log(
    `analysis ${(lo(analyse) / kb).toFixed(3)}-${(hi(analyse) / kb).toFixed(3)} ms/KB (${(bytes / 1e3 / hi(analyse)).toFixed(2)}-${(bytes / 1e3 / lo(analyse)).toFixed(2)} MB/s); clustering ${(lo(cluster) / 1000).toFixed(2)}-${(hi(cluster) / 1000).toFixed(2)} s`,
  );
  if (stageDocs > 0) stages(files.slice(0, stageDocs));
}

/** Each per-document stage of analyzeDocument, timed as it runs them (analyzeDocumentTimed), on `docs` (second of two passes). */
function stages(docs: SourceFile[]): void {
  let t: Record<string, number> = {};
  const dkb = docs.reduce((k, f) => k + Buffer.byteLength(f.text, 'utf8'), 0) / 1024;
  for (let r = 0; r < 2; r++) {
    t = stageTimes(docs);
  }
  console.log(`stages on the first ${docs.length} articles (second pass), ms/KB: ${Object.entries(t).map(([k, v]) => `${k} ${(v / dkb).toFixed(3)}`).join(', ')}`);
}

void main();
