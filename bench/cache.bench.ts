// The extension's index cache (src/core/corpus/transfer/indexCache.ts, used by src/vscode/services/corpus/cacheLifecycle.ts) on generated
// articles, the way a reopened workspace uses it:
//   write   (first session, in the engine): index, serializeIndexCache + UTF-8 encode, write (temp + rename);
//   reopen  (a fresh process: no heap or JIT state from the write): read the file, decode and read it a line at a time,
//           new CorpusSnapshot (the view the extension host publishes), the first hover (checksum of the editor's
//           text, as the view checks it, then hoverMarkdownAt): "first hover" time; then, what follows in the
//           background: the engine's own restore (deserialise again + setAnalysis per article, in the worker),
//           the scan's cost per unchanged article (a checksum; reading the file is not counted) and the engine's
//           first full snapshot after the restore.
// Run alone: `npx tsx bench/cache.bench.ts [n]`; `npm run bench` runs it for 10,000 articles (runCacheBench).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusIndex, CorpusSnapshot, cacheFingerprint, checksum, deserializeIndexCache, emptyDecisions, readIndexCache, linesOfBytes, serializeIndexCache, type CacheRead } from '../src/core';
import { SLICE_MS } from '../src/vscode/services/schedule';
import { hoverMarkdownAt } from '../src/vscode/view/hoverContent';
import { generateCorpus } from './generate';
import { cpuNow, gc, timed } from './measure';

export interface CacheBenchResult {
  n: number;
  textBytes: number;
  cacheBytes: number;
  write: { serialise: number; encode: number; write: number };
  /** longestStep / longestStepCpu: the longest slice of the sliced read (wall / CPU); longestSingleStep: the longest generator step (wall). */
  reopen: { read: number; deserialise: number; longestStep: number; longestStepCpu: number; longestSingleStep: number; slices: number; view: number; firstHover: number; total: number; totalWall: number; hoverFound: boolean };
  background: { engineRestore: number; checksums: number; engineSnapshot: number; firstEdit: number };
}

const fingerprint = cacheFingerprint({ conflictTolerance: 0.02 }, emptyDecisions());

function writePhase(n: number, seed: number, file: string): Pick<CacheBenchResult, 'n' | 'textBytes' | 'cacheBytes' | 'write'> {
  const files = generateCorpus(n, seed);
  const index = new CorpusIndex({ conflictTolerance: 0.02 });
  for (const f of files) index.setDocument(f);
  const snapshot = index.snapshot();
  gc();
  const text = timed(() => serializeIndexCache(snapshot, fingerprint));
  const bytes = timed(() => new TextEncoder().encode(text.value));
  const write = timed(() => {
    writeFileSync(`${file}.tmp`, bytes.value);
    renameSync(`${file}.tmp`, file);
  });
  return {
    n,
    textBytes: files.reduce((a, f) => a + Buffer.byteLength(f.text, 'utf8'), 0),
    cacheBytes: bytes.value.length,
    write: { serialise: text.cpu, encode: bytes.cpu, write: write.cpu },
  };
}

function reopenPhase(n: number, seed: number, file: string): Pick<CacheBenchResult, 'reopen' | 'background'> {
  // The editor's text of the article hovered first (the editor has it; the cache has no texts).
  const files = generateCorpus(n, seed);
  const target = files[Math.floor(files.length / 2)]!;
  gc();
  const c0 = cpuNow();
  const w0 = performance.now();
  const read = timed(() => readFileSync(file));
  // As the extension reads it (corpus.ts readCacheSliced): a line at a time, decoded per line, steps run until a
  // slice of SLICE_MS is used up; each slice is one stretch of the extension host (the longest is what counts).
  const data = timed(() => {
    const bytes = read.value;
    const steps = readIndexCache(linesOfBytes(bytes));
    let longest = 0;
    let longestCpu = 0;
    let longestOne = 0;
    let slices = 0;
    for (;;) {
      const t = performance.now();
      const c = cpuNow();
      let r: IteratorResult<undefined, CacheRead>;
      do {
        const t1 = performance.now();
        r = steps.next();
        longestOne = Math.max(longestOne, performance.now() - t1);
      } while (!r.done && performance.now() - t < SLICE_MS);
      slices++;
      longest = Math.max(longest, performance.now() - t);
      longestCpu = Math.max(longestCpu, cpuNow() - c);
      if (r.done) return { read: r.value, longest, longestCpu, longestOne, slices };
    }
  });
  if (!data.value.read.ok) throw new Error(`cache refused: ${data.value.read.reason}`);
  const d = data.value.read.data;
  // The view from the cache's rows (corpus.ts restoreCache): no rebuild from mention lists.
  const view = timed(() => new CorpusSnapshot([...d.documents], d.entities, d.figures, d.claims, 0, d.assignment, d.claimRows));
  const hover = timed(() => {
    const a = view.value.analysis(target.id);
    if (!a || checksum(target.text) !== a.checksum) return undefined;
    const m = a.mentions[0] ?? a.figures[0];
    return m ? hoverMarkdownAt({ snapshot: view.value, doc: target.id, text: (doc) => (doc === target.id ? target.text : undefined) }, m.start) : undefined;
  });
  const total = cpuNow() - c0;
  const totalWall = performance.now() - w0;

  // In the background (the worker on desktop): the engine's restore, the scan's checksums, its first snapshot.
  // The engine's restore as engineHost.ts does it: deserialise, setAnalysis per article, adopt the cache's view.
  const restore = timed(() => {
    const r = deserializeIndexCache(new TextDecoder().decode(read.value));
    if (!r.ok) throw new Error(r.reason);
    const index = new CorpusIndex({ conflictTolerance: 0.02 });
    for (const a of r.data.documents) index.setAnalysis(a);
    index.adoptSnapshot(new CorpusSnapshot([...r.data.documents], r.data.entities, r.data.figures, r.data.claims, index.version, r.data.assignment, r.data.claimRows));
    return index;
  });
  const sums = timed(() => {
    let same = 0;
    for (const f of files) if (restore.value.analysis(f.id)?.checksum === checksum(f.text)) same++;
    if (same !== files.length) throw new Error(`${files.length - same} articles changed`);
  });
  // After the scan found nothing changed: the adopted view (no rebuild), then one edit carried over from it.
  const snap = timed(() => restore.value.snapshot());
  const edit = timed(() => {
    const f = target;
    restore.value.setDocument({ id: f.id, text: f.text.replace(/ /, '  ') });
    return restore.value.snapshot();
  });
  return {
    reopen: { read: read.cpu, deserialise: data.cpu, longestStep: data.value.longest, longestStepCpu: data.value.longestCpu, longestSingleStep: data.value.longestOne, slices: data.value.slices, view: view.cpu, firstHover: hover.cpu, total, totalWall, hoverFound: hover.value !== undefined },
    background: { engineRestore: restore.cpu, checksums: sums.cpu, engineSnapshot: snap.cpu, firstEdit: edit.cpu },
  };
}

/** Both phases, each in a fresh node process (tsx), through a temporary cache file. */
export async function runCacheBench(n: number, seed: number, cwd: string): Promise<CacheBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'crossread-cache-bench-'));
  const file = join(dir, 'index-cache.json');
  const child = (phase: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const p = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', join(cwd, 'bench', 'cache.bench.ts'), phase, String(n), String(seed), file], {
        cwd,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      p.stdout.setEncoding('utf8').on('data', (x: string) => (out += x));
      p.on('close', (code) => {
        const line = out.split('\n').find((l) => l.startsWith('RESULT '));
        if (line) resolve(JSON.parse(line.slice(7)));
        else reject(new Error(`cache bench ${phase} exited ${code}`));
      });
    });
  try {
    const w = await child('write');
    const r = await child('reopen');
    return { ...w, ...r } as unknown as CacheBenchResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<void> {
  const [phase, nArg, seedArg, file] = argv;
  if (phase === 'write' || phase === 'reopen') {
    const n = Number(nArg);
    const seed = Number(seedArg);
    const r = phase === 'write' ? writePhase(n, seed, file!) : reopenPhase(n, seed, file!);
    console.log(`RESULT ${JSON.stringify(r)}`);
    return;
  }
  const n = Number(phase ?? 10_000);
  const r = await runCacheBench(n, 1, process.cwd());
  for (const l of cacheBenchLines(r)) console.log(`${l[0]}: ${l[1]}${l[2] ? ` (target ${l[2]})` : ''}`);
}

const ms = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1));

/** Rows for the bench table: [measure, measured, target, ok?]. */
export function cacheBenchLines(r: CacheBenchResult): [string, string, string, boolean | undefined][] {
  const o = r.reopen;
  const b = r.background;
  return [
    [
      `reopen ${r.n.toLocaleString('en-US')} articles from the index cache → first hover (read + decode/deserialise + view + hover)`,
      `${ms(o.total)} ms CPU, ${ms(o.totalWall)} ms wall (read ${ms(o.read)}, decode + deserialise ${ms(o.deserialise)}, view ${ms(o.view)}, hover ${ms(o.firstHover)}${o.hoverFound ? '' : ', NO HOVER'})`,
      '≤ 1 s',
      o.hoverFound && o.total <= 1000,
    ],
    [
      `  extension host held by the reopen: longest ${SLICE_MS} ms slice of the read (wall / CPU, GC included; ${o.slices} slices, longest single step ${ms(o.longestSingleStep)} ms) / the view (one step)`,
      `${ms(o.longestStep)} / ${ms(o.longestStepCpu)} ms / ${ms(o.view)} ms`,
      '≤ 50 ms',
      Math.max(o.longestStep, o.view) <= 50,
    ],
    [`  the cache file (${(r.textBytes / 1e6).toFixed(1)} MB of text)`, `${(r.cacheBytes / 1e6).toFixed(1)} MB = ${(r.cacheBytes / r.textBytes).toFixed(1)}× the text; written by the engine: serialise ${ms(r.write.serialise)} + encode ${ms(r.write.encode)} + write ${ms(r.write.write)} ms`, '', undefined],
    [
      '  then in the background (worker): engine restore (deserialise + setAnalysis + adopt the view) / scan checksums / engine snapshot / first edit (setDocument + carried-over snapshot)',
      `${ms(b.engineRestore)} / ${ms(b.checksums)} / ${ms(b.engineSnapshot)} / ${ms(b.firstEdit)} ms (without the cache: the full index above)`,
      '',
      undefined,
    ],
  ];
}

if (/cache\.bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
