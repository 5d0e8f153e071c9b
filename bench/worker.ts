// The benchmark's measuring process. `bench/run.ts` bundles this file with esbuild (as the extension is
// shipped) and runs each task in a fresh `node` process, so sizes do not share a heap, a JIT state or a peak RSS.
//   node worker.cjs size <n> <seed> [--extras] [--profile-docs=N] [--edit-rounds=K]
//   node worker.cjs real      (ECB+ and the seeds: throughput)
//   node worker.cjs peers     (compromise and Microsoft Recognizers next to the engine: speed and quality on the seeds gold)
//   node worker.cjs blocking <n> [seed]   (only the extension-host blocking rows, at n articles; from the repository:
//                                          node --expose-gc --import tsx bench/worker.ts blocking 10000)
// Prints progress on stderr and one line `RESULT {json}` on stdout.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  ANALYSIS_STAGES,
  ANALYSIS_VERSION,
  CorpusIndex,
  SNAPSHOT_STAGES,
  analyzeDocument,
  analyzeDocumentTimed,
  applyDelta,
  buildSnapshot,
  checksum,
  deltaOf,
  SnapshotEncoder,
  stageTotals,
  type AnalysisStage,
  type SnapshotStage,
  type CorpusSnapshot,
  type SnapshotDelta,
  type SnapshotHeader,
  type SnapshotPart,
  type DocumentAnalysis,
  type SourceFile,
} from '../src/core';
import { splitSentences } from '../src/core/text/sentences';
import { emptyDecisions } from '../src/core/model';
import { readFolder } from '../src/cli/readFolder';
import { hoverMarkdownAt, type HoverContext } from '../src/vscode/view/hoverContent';
import { decorationSpans } from '../src/vscode/view/decorationSpans';
import { HIGHLIGHT_KINDS } from '../src/vscode/services/config';
import { SLICE_MS, TimeSlicer, now as schedulerNow } from '../src/vscode/services/schedule';
import { receiveSnapshot } from '../src/vscode/engine/receiveSnapshot';
import { scoreGold } from '../scripts/evaluation/score';
import { generateCorpus, generateLongArticle, Rng } from './generate';
import { agreement, editOf, type Agreement, type EditKind } from './edits';
import { MB, RssSampler, bestOf, cpuNow, gc, median, percentile, timed, utf8Bytes, wordSplitPass, type Timed } from './measure';

const log = (msg: string) => process.stderr.write(`  [${process.argv[2]}${process.argv[3] ? ` ${process.argv[3]}` : ''}] ${msg}\n`);
const shared = process.env.CROSSREAD_SHARED ?? resolve(process.cwd(), '..', 'shared', 'corpus');
const ms = (t: Timed<unknown>) => ({ cpu: round(t.cpu), wall: round(t.wall) });
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

// ------------------------------------------------------------------------------------------------ size task
export interface SizeResult {
  task: 'size';
  n: number;
  docs: number;
  bytes: number;
  chars: number;
  generate: { cpu: number; wall: number };
  baseline: { cpu: number; wall: number; words: number };
  analyze: { cpu: number; wall: number };
  snapshot: { cpu: number; wall: number };
  memory: { rssStart: number; rssBefore: number; peakRss: number; maxRss: number; heapBefore: number; heapAfter: number; heapRetained: number };
  counts: { entities: number; crossSourceEntities: number; mentions: number; figures: number; claims: number; conflicts: number; claimsAcrossStories: number };
  /** The engine threw: where, and what. The times of that phase are up to the throw. */
  error?: { phase: string; message: string };
  profile?: Profile;
  incremental?: {
    runs: {
      kind: string;
      setDocument: number;
      snapshot: number;
      total: number;
      wall: number;
      firstHover: number;
      firstDecorations: number;
      provisional: boolean;
      /** The delta the editor receives instead of the whole view (v8 serialisation = structured clone), its encoding in the engine, and decoding + applyDelta on the host. */
      deltaBytes?: number;
      deltaEncode?: number;
      deltaApply?: number;
    }[];
    p95: number;
    median: number;
    /** The exact view after the edits (snapshot()), and building the quick path's look-ups after an exact view. */
    exact: number;
    prepare: number;
    agreement: Agreement;
  };
  longDoc?: { bytes: number; analyze: { cpu: number; wall: number }; snapshot: { cpu: number; wall: number }; mentions: number; figures: number };
  decorations?: { p95: number; max: number; median: number; rawP95: number; spans: number; wallP95: number };
  hover?: { n: number; p95: number; max: number; median: number; lookupP95: number; wallP95: number; hub: { name: string; documents: number; mentions: number; cpu: number; wall: number } };
  cache?: { bytes: number; serialise: number; write: number; read: number; parse: number; checksums: number; setAnalysis: number; snapshot: number; mentionAt: number; total: number; totalWall: number };
  /** Per-article setDocument CPU ms over the full index. */
  setDocument?: { max: number; p99: number; median: number; maxDoc: string };
  blocking?: Blocking;
}

/** What runs synchronously on the extension host's thread, measured without VS Code. */
interface Blocking {
  /** Desktop (worker engine): the host receives the snapshot's header and parts and assembles it in slices (corpus.ts publish). */
  worker: WorkerBlocking;
  /** Browser (in-thread engine): the TimeSlicer loop of corpus.ts over `docs` articles, then the one snapshot() call. */
  inThread: { docs: number; sliceMs: number; slices: number; longestSliceCpu: number; longestSliceWall: number; p99SliceCpu: number; snapshot: number };
}

/**
 * One snapshot published on the host, as `receiveSnapshot` runs it. A stretch is the synchronous work between two
 * turns of the event loop: a message's deserialisation (with the few lines that follow it), or an assembly slice.
 * Each stretch is timed in process CPU (which also counts V8's helper threads) and wall (which also counts waiting
 * for a core); both bound the host thread's own time from above, so `longest` takes the lesser of the two per stretch.
 */
interface WorkerBlocking {
  messages: number;
  /** Bytes of every message (header and parts, as v8.serialize writes them), the largest one, the header. */
  bytes: number;
  largestMessage: number;
  headerBytes: number;
  /** Longest single message deserialisation, CPU ms. */
  longestDeserialise: number;
  /** Longest stretch (lesser of CPU and wall), what it was (header, message, slice, last: the one that makes the CorpusSnapshot), and the longest by CPU and by wall alone; per run, the longest. */
  longest: number;
  longestWhat: string;
  /** Longest garbage-collection pause during the receive (the host's heap holds every analysis: its collections are slow). */
  longestGc: number;
  /** The last stretch: the rest of the mention lists and `new CorpusSnapshot` (its own pass over every document). */
  last: number;
  longestCpu: number;
  longestWall: number;
  longestPerRun: number[];
  /** The run reported (the median of the runs by longest stretch): its stretches, their CPU sum, header-to-view wall. */
  stretches: number;
  hostCpu: number;
  wall: number;
  /** CPU the engine spends encoding the parts (in the worker: no host time). */
  engineEncode: number;
  /** The same snapshot as one message of entities with mentions, figures and claims (what the host received before the transfer). */
  wholeMessageBytes: number;
  /** Per article: the 200 KB article's analysis as a 'set' response. */
  longAnalysisDeserialise: number;
}

interface Profile {
  /** Per-document stages, over `docs` documents, CPU ms. */
  docs: number;
  bytes: number;
  perDoc: Record<string, number>;
  /** Corpus stages over the whole corpus, CPU ms. */
  corpus: Record<string, number>;
}

/** "…-<story>-<k>.md": the generator's story number, ground truth for "is this claim about one story?". */
const storyOf = (id: string) => /-(\d+)-\d+\.(?:md|txt)$/.exec(id)?.[1] ?? id;

function claimsAcrossStories(s: CorpusSnapshot): number {
  let n = 0;
  for (const c of s.claims) {
    const stories = new Set(c.figures.map((id) => storyOf(s.figure(id)?.doc ?? '')));
    if (stories.size > 1) n++;
  }
  return n;
}

function counts(s: CorpusSnapshot): SizeResult['counts'] {
  return {
    entities: s.entities.length,
    crossSourceEntities: s.crossSourceEntities().length,
    mentions: s.entities.reduce((k, e) => k + e.mentions.length, 0),
    figures: s.figures.length,
    claims: s.claims.length,
    conflicts: s.conflicts.length,
    claimsAcrossStories: claimsAcrossStories(s),
  };
}

/** The bench's names for the engine's stages (bench/run.ts reads the corpus ones by name). */
const PER_DOC_LABELS: Record<AnalysisStage, string> = {
  meta: 'read metadata (front matter, language)',
  sentences: 'split sentences',
  mentions: 'find mentions',
  figures: 'extract figures',
  events: 'event concepts of figure sentences',
  slots: 'what each figure measures (slots)',
  storyLines: 'lines for story grouping',
  checksum: 'checksum',
};
const CORPUS_LABELS: Record<SnapshotStage, string> = {
  order: 'documents in id order',
  entities: 'clusterEntities',
  stories: 'group articles into stories',
  claimInputs: 'claim inputs (entity per sentence, counted concepts)',
  claims: 'groupClaims',
  claimRows: 'claim rows (claim per figure)',
  snapshot: 'CorpusSnapshot (sorted documents)',
};

/**
 * CPU time of each stage of the engine's own pipelines, as they run: analyzeDocument's per-document stages on the
 * first `perDocLimit` files (analyzeDocumentTimed), and buildSnapshot's cross-document stages over every analysis
 * (a rebuild with a stage timer; look-up tables are built later, on first use).
 */
function profileStages(files: readonly SourceFile[], analyses: DocumentAnalysis[], perDocLimit: number): Profile {
  const docs = files.slice(0, perDocLimit);
  const perDocTimes = stageTotals<AnalysisStage>(cpuNow, ANALYSIS_STAGES);
  for (const f of docs) analyzeDocumentTimed(f, perDocTimes.timer);
  const perDoc: Record<string, number> = {};
  for (const k of ANALYSIS_STAGES) perDoc[PER_DOC_LABELS[k]] = round(perDocTimes.totals[k]);

  const corpusTimes = stageTotals<SnapshotStage>(cpuNow, SNAPSHOT_STAGES);
  buildSnapshot(analyses, emptyDecisions(), {}, 0, corpusTimes.timer);
  const corpus: Record<string, number> = {};
  for (const k of SNAPSHOT_STAGES) corpus[CORPUS_LABELS[k]] = round(corpusTimes.totals[k]);
  const bytes = docs.reduce((k, f) => k + utf8Bytes(f.text), 0);
  return { docs: docs.length, bytes, perDoc, corpus };
}

async function sizeTask(n: number, seed: number, extras: boolean, profileDocs: number, editRounds: number): Promise<SizeResult> {
  const rssStart = process.memoryUsage.rss();
  const sampler = new RssSampler(5);
  // Warm-up on other articles: the JIT has then seen the engine, as in an editor that has been open a while
  // (without it the smallest size is measured mostly cold and the growth curve looks better than it is).
  log('warm-up (300 other articles)');
  const warm = new CorpusIndex();
  for (const f of generateCorpus(300, seed + 9973)) warm.setDocument(f);
  warm.snapshot();
  gc();
  log(`generating ${n} articles`);
  const gen = timed(() => generateCorpus(n, seed));
  const files = gen.value;
  const texts = files.map((f) => f.text);
  const bytes = texts.reduce((k, t) => k + utf8Bytes(t), 0);
  const chars = texts.reduce((k, t) => k + t.length, 0);
  log(`${(bytes / MB).toFixed(1)} MB generated in ${(gen.wall / 1000).toFixed(1)} s; regex baseline`);
  const baseline = bestOf(3, () => wordSplitPass(texts));

  gc();
  const rssBefore = process.memoryUsage.rss();
  const heapBefore = process.memoryUsage().heapUsed;
  sampler.phase(1);
  log('full index: setDocument for every article');
  const index = new CorpusIndex();
  // Each setDocument is also timed on its own: on the in-thread engine (browser build) one call is one
  // synchronous stretch the scheduler cannot cut.
  const perDoc = new Float64Array(files.length);
  const analyze = timed(() => {
    files.forEach((f, i) => {
      const c = cpuNow();
      index.setDocument(f);
      perDoc[i] = cpuNow() - c;
    });
  });
  log(`analysed in ${(analyze.cpu / 1000).toFixed(1)} s CPU; snapshot()`);
  let snap: Timed<CorpusSnapshot>;
  const c0 = cpuNow();
  const w0 = performance.now();
  try {
    snap = timed(() => index.snapshot());
  } catch (err) {
    // Reported, not thrown: how far the engine got is the measurement.
    const frames = ((err as Error).stack ?? '').split('\n').slice(1).map((l) => l.trim());
    const where = frames.filter((l) => /\.(?:cjs|js|ts):\d+/.test(l)).slice(0, 2).map((l) => l.replace(/^at /, '').replace(/ \(.*\)$/, '')).join(' < ');
    const message = `${(err as Error).name}: ${(err as Error).message}${where ? ` (in ${where})` : ''}`;
    log(`snapshot() failed after ${((cpuNow() - c0) / 1000).toFixed(0)} s CPU: ${message}`);
    const failed: SizeResult = {
      task: 'size', n, docs: files.length, bytes, chars, generate: ms(gen), baseline: { ...ms(baseline), words: baseline.value }, analyze: ms(analyze),
      snapshot: { cpu: round(cpuNow() - c0), wall: round(performance.now() - w0) },
      memory: { rssStart, rssBefore, peakRss: sampler.peak(1), maxRss: process.resourceUsage().maxRSS * 1024, heapBefore, heapAfter: process.memoryUsage().heapUsed, heapRetained: NaN },
      counts: { entities: 0, crossSourceEntities: 0, mentions: 0, figures: 0, claims: 0, conflicts: 0, claimsAcrossStories: 0 },
      error: { phase: 'snapshot()', message },
    };
    await sampler.stop();
    return failed;
  }
  const peakRss = sampler.peak(1);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  sampler.phase(2);
  const heapAfter = process.memoryUsage().heapUsed;
  gc();
  const heapRetained = process.memoryUsage().heapUsed - heapBefore;
  const snapshot = snap.value;
  log(`snapshot in ${(snap.cpu / 1000).toFixed(1)} s CPU: ${snapshot.entities.length} entities, ${snapshot.claims.length} claims`);
  const result: SizeResult = {
    task: 'size', n, docs: files.length, bytes, chars, generate: ms(gen),
    baseline: { ...ms(baseline), words: baseline.value }, analyze: ms(analyze), snapshot: ms(snap),
    memory: { rssStart, rssBefore, peakRss, maxRss, heapBefore, heapAfter, heapRetained },
    counts: counts(snapshot),
  };
  {
    const sorted = [...perDoc].sort((a, b) => a - b);
    let at = 0;
    perDoc.forEach((v, i) => (v > perDoc[at]! ? (at = i) : 0));
    result.setDocument = { max: round(sorted[sorted.length - 1] ?? NaN), p99: round(percentile(sorted, 99)), median: round(median(sorted), 3), maxDoc: files[at]?.id ?? '' };
  }

  if (extras || profileDocs > 0) {
    log(`stage profile (${Math.min(profileDocs || files.length, files.length)} documents; corpus stages over all ${files.length})`);
    const analyses = files.map((f) => index.analysis(f.id)!);
    result.profile = profileStages(files, analyses, profileDocs || files.length);
  }
  if (!extras) {
    await sampler.stop();
    return result;
  }

  // Hover: the hover card's Markdown for random mentions and figures (hoverMarkdownAt: mentionAt/figureAt + text).
  log('hover');
  const textOf = new Map(files.map((f) => [f.id, f.text]));
  const rng = new Rng(seed * 7 + 1);
  const hoverCpu: number[] = [];
  const hoverWall: number[] = [];
  const lookupCpu: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const f = files[rng.int(files.length)]!;
    const a = snapshot.analysis(f.id)!;
    const spans = rng.chance(0.5) && a.figures.length ? a.figures : a.mentions;
    if (!spans.length) continue;
    const sp = spans[rng.int(spans.length)]!;
    const offset = sp.start + ((sp.end - sp.start) >> 1);
    const ctx: HoverContext = { snapshot, doc: f.id, text: (d) => textOf.get(d) };
    const t = timed(() => hoverMarkdownAt(ctx, offset));
    hoverCpu.push(t.cpu);
    hoverWall.push(t.wall);
    lookupCpu.push(timed(() => snapshot.mentionAt(f.id, offset) ?? snapshot.figureAt(f.id, offset)).cpu);
  }
  const hub = snapshot.entities[0]!;
  const hubRef = hub.mentions[0]!;
  const hubCtx: HoverContext = { snapshot, doc: hubRef.doc, text: (d) => textOf.get(d) };
  const hubT = [0, 1, 2].map(() => timed(() => hoverMarkdownAt(hubCtx, hubRef.start)));
  result.hover = {
    n: hoverCpu.length, p95: round(percentile(hoverCpu, 95), 3), max: round(Math.max(...hoverCpu), 3), median: round(median(hoverCpu), 3),
    lookupP95: round(percentile(lookupCpu, 95), 4), wallP95: round(percentile(hoverWall, 95), 3),
    hub: { name: hub.name, documents: hub.documents.length, mentions: hub.mentions.length, cpu: round(median(hubT.map((t) => t.cpu))), wall: round(median(hubT.map((t) => t.wall))) },
  };

  // Cache: serialise every analysis (versioned, keyed by checksum), then reopen: read, parse, check the
  // checksums of the texts, setAnalysis, first snapshot, first mentionAt.
  log('cache: serialise and reopen');
  const dir = mkdtempSync(join(tmpdir(), 'crossread-bench-cache-'));
  try {
    const path = join(dir, 'index.json');
    const ser = timed(() => JSON.stringify({ version: ANALYSIS_VERSION, analyses: files.map((f) => { const a = index.analysis(f.id)!; return [a.checksum, a]; }) }));
    const write = timed(() => writeFileSync(path, ser.value));
    const cacheBytes = utf8Bytes(ser.value);
    const reopen = timed(() => {
      const read = timed(() => readFileSync(path, 'utf8'));
      const parsed = timed(() => JSON.parse(read.value) as { version: number; analyses: [string, DocumentAnalysis][] });
      const byChecksum = new Map<string, DocumentAnalysis>();
      if (parsed.value.version === ANALYSIS_VERSION) {
        for (const [sum, a] of parsed.value.analyses) {
          for (const f of a.figures) if (f.high === null) f.high = Infinity; // JSON has no Infinity
          byChecksum.set(sum, a);
        }
      }
      const sums = timed(() => files.map((f) => checksum(f.text)));
      const restored = new CorpusIndex();
      const set = timed(() => {
        sums.value.forEach((sum, i) => {
          const a = byChecksum.get(sum);
          if (a && a.meta.id === files[i]!.id) restored.setAnalysis(a);
          else restored.setDocument(files[i]!);
        });
      });
      const first = timed(() => restored.snapshot());
      const probe = files[0]!;
      const m = first.value.analysis(probe.id)!.mentions[0];
      const hit = timed(() => first.value.mentionAt(probe.id, m ? m.start : 0));
      return { read, parsed, sums, set, first, hit };
    });
    const r = reopen.value;
    result.cache = {
      bytes: cacheBytes, serialise: round(ser.cpu), write: round(write.cpu), read: round(r.read.cpu), parse: round(r.parsed.cpu), checksums: round(r.sums.cpu),
      setAnalysis: round(r.set.cpu), snapshot: round(r.first.cpu), mentionAt: round(r.hit.cpu, 4), total: round(reopen.cpu), totalWall: round(reopen.wall),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Incremental: one article changed, then the view the editor shows next: CorpusIndex.quickSnapshot(), which carries
  // a typo over exactly and updates a changed name or figure online (provisional), as the engine answers the editor.
  // The edits follow one another without a rebuild between them (typing within the quiet spell); then the exact
  // view the editor asks for when quiet: its time, and how far the quick views were from it. The engine prepares
  // the look-ups of the quick path after each exact view (prepareQuick, timed apart).
  const prepare = timed(() => index.prepareQuick());
  const kinds: EditKind[] = [];
  for (let k = 0; k < editRounds; k++) kinds.push('typo', 'figure value', 'new paragraph');
  kinds.push('new 200 KB article');
  const long = generateLongArticle(200_000, seed);
  const runs: NonNullable<SizeResult['incremental']>['runs'] = [];
  const editedDocs = new Set<string>();
  let held = index.quickSnapshot();
  kinds.forEach((kind, k) => {
    const f = files[Math.floor(((k + 0.5) / kinds.length) * files.length)]!;
    const changed = kind === 'new 200 KB article' ? long : editOf(f, index.analysis(f.id)!, kind, k);
    if (kind !== 'new 200 KB article') editedDocs.add(changed.id);
    const total = timed(() => {
      const set = timed(() => index.setDocument(changed));
      const s = timed(() => index.quickSnapshot());
      return { set, s };
    });
    // The first hover and the first decorations on the new snapshot: anything it builds on first use counts here.
    const other = files[Math.floor(((k + 0.25) / kinds.length) * files.length)]!;
    const otherA = total.value.s.value.analysis(other.id)!;
    const probe = otherA.figures[0] ?? otherA.mentions[0];
    const firstHover = timed(() => (probe ? hoverMarkdownAt({ snapshot: total.value.s.value, doc: other.id, text: (d) => (d === changed.id ? changed.text : textOf.get(d)) }, probe.start) : undefined));
    const firstDeco = timed(() => decorationSpans(total.value.s.value, other.id, HIGHLIGHT_KINDS));
    // What the editor receives: a delta from the view it holds (encoded in the engine, decoded and applied on the host).
    const view = total.value.s.value;
    const encoded = timed(() => {
      const d = view.lineage?.from === held.serial ? deltaOf(view) : undefined;
      return d ? serialize(d) : undefined;
    });
    const applied = encoded.value ? timed(() => applyDelta(held, deserialize(encoded.value!) as SnapshotDelta, (id) => index.analysis(id))) : undefined;
    held = view;
    runs.push({
      kind,
      setDocument: round(total.value.set.cpu),
      snapshot: round(total.value.s.cpu),
      total: round(total.cpu),
      wall: round(total.wall),
      firstHover: round(firstHover.cpu),
      firstDecorations: round(firstDeco.cpu),
      provisional: total.value.s.value.provisional,
      deltaBytes: encoded.value?.length,
      deltaEncode: encoded.value ? round(encoded.cpu, 2) : undefined,
      deltaApply: applied?.value ? round(applied.cpu, 2) : undefined,
    });
    log(`edit ${k + 1}/${kinds.length} (${kind}): ${total.cpu.toFixed(0)} ms CPU${total.value.s.value.provisional ? ' (provisional)' : ''}`);
  });
  const quickView = index.quickSnapshot();
  log('the exact view after the edits');
  const exactView = timed(() => index.snapshot());
  const againPrepared = timed(() => index.prepareQuick());
  const agree = agreement(quickView, exactView.value, [...editedDocs, long.id]);
  result.incremental = {
    runs,
    p95: round(percentile(runs.map((r) => r.total), 95)),
    median: round(median(runs.map((r) => r.total))),
    exact: round(exactView.cpu),
    prepare: round(Math.max(prepare.cpu, againPrepared.cpu)),
    agreement: agree,
  };

  // Decorations for the 200 KB article: decorationSpans (mentionsIn + figuresIn + claim verdicts).
  log('decorations of the 200 KB article');
  const s2 = index.snapshot();
  const longA = index.analysis(long.id)!;
  const deco: number[] = [];
  const decoWall: number[] = [];
  const raw: number[] = [];
  let spans = 0;
  for (let i = 0; i < 51; i++) {
    const t = timed(() => decorationSpans(s2, long.id, HIGHLIGHT_KINDS));
    if (i === 0) spans = [...t.value.values()].reduce((k, l) => k + l.length, 0);
    else {
      deco.push(t.cpu);
      decoWall.push(t.wall);
    }
    raw.push(timed(() => [s2.mentionsIn(long.id), s2.figuresIn(long.id)]).cpu);
  }
  const longRun = runs[runs.length - 1]!;
  result.longDoc = { bytes: utf8Bytes(long.text), analyze: { cpu: longRun.setDocument, wall: NaN }, snapshot: { cpu: longRun.snapshot, wall: NaN }, mentions: longA.mentions.length, figures: longA.figures.length };
  result.decorations = { p95: round(percentile(deco, 95), 3), max: round(Math.max(...deco), 3), median: round(median(deco), 3), rawP95: round(percentile(raw, 95), 3), spans, wallP95: round(percentile(decoWall, 95), 3) };

  result.blocking = await blocking(files, snapshot, snap.cpu, index.analysis(long.id)!);
  await sampler.stop();
  return result;
}

/**
 * Extension-host blocking, measured without VS Code.
 * Desktop: the engine runs in a worker; what stays on the host's thread per snapshot is receiving its messages (a
 * structured clone each; v8.deserialize reads the same serialisation format, and copies the typed arrays a worker
 * transfers) and assembling the snapshot from them in slices (`receiveSnapshot`, as corpus.ts publishes it). Each
 * message is delivered in a macrotask of its own, as a worker's are. Per article, the host receives one analysis
 * (the largest here: the 200 KB article's).
 * Browser: the engine runs in the host's thread. corpus.ts feeds articles through a TimeSlicer (yield after
 * ~20 ms); a stretch ends only between two articles, and the snapshot() that follows is one synchronous call.
 */
async function blocking(files: readonly SourceFile[], snapshot: CorpusSnapshot, snapshotCpu: number, longAnalysis: DocumentAnalysis): Promise<Blocking> {
  log('extension-host blocking: worker messages, in-thread slices');
  const wholeMessageBytes = serialize({ type: 'snapshot', version: snapshot.version, entities: snapshot.entities, figures: snapshot.figures, claims: snapshot.claims, ms: 0 }).length;
  const runs: WorkerBlocking[] = [];
  for (let r = 0; r < 5; r++) runs.push(await receiveOnHost(snapshot));
  runs.sort((a, b) => a.longest - b.longest);
  const worker = { ...runs[runs.length >> 1]!, longestPerRun: runs.map((x) => x.longest), wholeMessageBytes };
  const longMsg = serialize({ type: 'set', result: 'changed', analysis: longAnalysis });
  worker.longAnalysisDeserialise = round(bestOf(3, () => deserialize(longMsg)).cpu, 3);

  // The in-thread scheduler over the first 2,000 articles, as CorpusService.drain runs it: setDocument, then
  // maybeYield(). Each stretch between two yields is timed (CPU of this process, and wall).
  const docs = files.slice(0, 2000);
  const index = new CorpusIndex();
  const slicer = new TimeSlicer(SLICE_MS);
  const cpuStretches: number[] = [];
  let wallMax = 0;
  let c0 = cpuNow();
  let w0 = schedulerNow();
  for (const f of docs) {
    index.setDocument(f);
    const c1 = cpuNow();
    const w1 = schedulerNow();
    if (await slicer.maybeYield()) {
      cpuStretches.push(c1 - c0);
      wallMax = Math.max(wallMax, w1 - w0);
      c0 = cpuNow();
      w0 = schedulerNow();
    }
  }
  cpuStretches.push(cpuNow() - c0);
  return {
    worker,
    inThread: { docs: docs.length, sliceMs: SLICE_MS, slices: cpuStretches.length, longestSliceCpu: round(Math.max(...cpuStretches)), longestSliceWall: round(wallMax), p99SliceCpu: round(percentile(cpuStretches, 99)), snapshot: round(snapshotCpu) },
  };
}

/** One snapshot through the worker protocol: encoded as the engine does, received and assembled as the host does. */
async function receiveOnHost(snapshot: CorpusSnapshot): Promise<WorkerBlocking> {
  // The engine's side (in the worker thread, off the host): the header and every part, serialised.
  const e0 = cpuNow();
  const encoder = new SnapshotEncoder(snapshot, 1);
  const header = serialize({ id: 1, response: { type: 'snapshot', version: snapshot.version, ms: 0, transfer: encoder.header } });
  const parts: Buffer[] = [];
  for (let k = 0; k < encoder.header.parts; k++) parts.push(serialize({ id: k + 2, response: { type: 'snapshotPart', part: encoder.part(k) } }));
  const engineEncode = cpuNow() - e0;
  const held = new Map(snapshot.documents.map((d) => [d.id, snapshot.analysis(d.id)!]));
  gc();
  await new Promise((r) => setTimeout(r, 20));

  const stretches: { cpu: number; wall: number; what: string }[] = [];
  const deserialising: number[] = [];
  let open = false;
  let what = 'header';
  let markCpu = 0;
  let markWall = 0;
  const begin = (kind = 'slice') => {
    what = kind;
    open = true;
    markCpu = cpuNow();
    markWall = performance.now();
  };
  const end = (cpu = cpuNow(), wall = performance.now()) => {
    if (open) stretches.push({ cpu: cpu - markCpu, wall: wall - markWall, what });
    open = false;
  };
  // Every slice boundary of receiveSnapshot ends a stretch; the next one begins when the event loop comes back.
  class MeasuredSlicer extends TimeSlicer {
    override async maybeYield(): Promise<boolean> {
      if (this.elapsed < SLICE_MS) return false;
      await this.yield();
      return true;
    }
    override async yield(): Promise<void> {
      end();
      await super.yield();
      begin();
    }
  }
  let asked = { cpu: 0, wall: 0 };
  const message = (k: number) =>
    new Promise<SnapshotPart>((resolve) => {
      asked = { cpu: cpuNow(), wall: performance.now() };
      setTimeout(() => {
        // A stretch left open by waiting for this message ended when it was asked for.
        end(asked.cpu, asked.wall);
        begin('message');
        const c = cpuNow();
        const m = deserialize(parts[k]!) as { response: { part: SnapshotPart } };
        deserialising.push(cpuNow() - c);
        resolve(m.response.part);
      }, 0);
    });
  const pauses: number[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push(e.duration);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const w0 = performance.now();
  begin('header');
  const c = cpuNow();
  const h = deserialize(header) as { response: { version: number; transfer: SnapshotHeader } };
  deserialising.push(cpuNow() - c);
  const got = await receiveSnapshot(h.response.transfer, h.response.version, { part: message, analyses: async () => [], held: (id) => held.get(id) }, new MeasuredSlicer());
  what = 'last';
  end();
  const wall = performance.now() - w0;
  await new Promise((r) => setTimeout(r, 50));
  gcObserver.disconnect();
  if (!got || got.snapshot.entities.length !== snapshot.entities.length || got.snapshot.claims.length !== snapshot.claims.length) throw new Error('the received snapshot differs');
  const sizes = [header.length, ...parts.map((p) => p.length)];
  const lesser = stretches.map((x) => Math.min(x.cpu, x.wall));
  const at = lesser.indexOf(Math.max(...lesser));
  return {
    messages: sizes.length,
    bytes: sizes.reduce((a, b) => a + b, 0),
    largestMessage: Math.max(...sizes),
    headerBytes: header.length,
    longestDeserialise: round(Math.max(...deserialising)),
    longest: round(lesser[at]!),
    longestWhat: stretches[at]!.what,
    last: round(lesser[lesser.length - 1]!),
    longestGc: round(Math.max(0, ...pauses)),
    longestCpu: round(Math.max(...stretches.map((x) => x.cpu))),
    longestWall: round(Math.max(...stretches.map((x) => x.wall))),
    longestPerRun: [],
    stretches: stretches.length,
    hostCpu: round(stretches.reduce((a, x) => a + x.cpu, 0)),
    wall: round(wall),
    engineEncode: round(engineEncode),
    wholeMessageBytes: 0,
    longAnalysisDeserialise: 0,
  };
}

/** Only the blocking rows: n generated articles indexed, then `blocking` (as the size task runs it at the end). */
async function blockingTask(n: number, seed: number): Promise<{ task: 'blocking'; n: number; blocking: Blocking }> {
  log(`generating and indexing ${n} articles`);
  const files = generateCorpus(n, seed);
  const index = new CorpusIndex();
  for (const f of files) index.setDocument(f);
  const snap = timed(() => index.snapshot());
  log(`snapshot in ${(snap.cpu / 1000).toFixed(1)} s CPU`);
  const longAnalysis = analyzeDocument(generateLongArticle(200_000, seed));
  return { task: 'blocking', n, blocking: await blocking(files, snap.value, snap.cpu, longAnalysis) };
}

// ------------------------------------------------------------------------------------------------ real corpora
export interface RealResult {
  task: 'real';
  corpora: { name: string; docs: number; bytes: number; rounds: number; baseline: { cpu: number; wall: number }; analyze: { cpu: number; wall: number }; snapshot: { cpu: number; wall: number }; entities: number; claims: number }[];
}

function realCorpus(name: string, files: SourceFile[], rounds: number): RealResult['corpora'][number] {
  const texts = files.map((f) => f.text);
  const bytes = texts.reduce((k, t) => k + utf8Bytes(t), 0);
  const baseline = bestOf(5, () => wordSplitPass(texts));
  // Warm-up: one full index (the JIT has seen the engine on this kind of text, as after a minute of editing).
  const warm = new CorpusIndex();
  for (const f of files) warm.setDocument(f);
  warm.snapshot();
  let best: { a: Timed<unknown>; s: Timed<CorpusSnapshot> } | undefined;
  for (let r = 0; r < rounds; r++) {
    const index = new CorpusIndex();
    const a = timed(() => {
      for (const f of files) index.setDocument(f);
    });
    const s = timed(() => index.snapshot());
    if (!best || a.cpu + s.cpu < best.a.cpu + best.s.cpu) best = { a, s };
  }
  return { name, docs: files.length, bytes, rounds, baseline: ms(baseline), analyze: ms(best!.a), snapshot: ms(best!.s), entities: best!.s.value.entities.length, claims: best!.s.value.claims.length };
}

function realTask(): RealResult {
  const corpora: RealResult['corpora'] = [];
  const ecb = join(shared, 'ecbplus');
  if (existsSync(ecb)) {
    log('ECB+');
    corpora.push(realCorpus('ECB+', readFolder(ecb).files, 2));
  } else log(`${ecb} not found: ECB+ skipped`);
  const seeds = join(shared, 'seeds');
  if (existsSync(seeds)) {
    log('seeds');
    corpora.push(realCorpus('seeds', readFolder(seeds).files, 20));
  } else log(`${seeds} not found: seeds skipped`);
  return { task: 'real', corpora };
}

// ------------------------------------------------------------------------------------------------ peers
export interface PeersResult {
  task: 'peers';
  speed: {
    sample: string;
    kb: number;
    oursAnalysis: number;
    oursFull: number;
    baseline: number;
    compromise?: number;
    compromiseKb?: number;
    recognizersBySentence?: number;
    recognizersByDocument?: number;
    recognizersKb?: number;
  };
  quality?: {
    figures: { gold: number; oursStrict: number; oursSpan: number; recognizers: number; recognizersPlusNumbers?: number; recognizersSeconds: number };
    persons: { gold: number; ours: number; oursTyped: number; compromise: number; compromiseTyped: number };
    places: { gold: number; ours: number; oursTyped: number; compromise: number; compromiseTyped: number };
  };
}

type Recognized = { start: number; end: number; text: string; resolution?: { value?: string } };
interface RecognizerModule {
  recognizeCurrency(t: string, c: string): Recognized[];
  recognizeDimension(t: string, c: string): Recognized[];
  recognizeAge(t: string, c: string): Recognized[];
  Culture: { English: string };
}

/** Positions of a surface on word boundaries (possessive endings allowed after it), as the gold scorer finds them. */
function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = text.indexOf(surface); i !== -1; i = text.indexOf(surface, i + 1)) {
    if (word(text[i - 1]) && /^[\p{L}\p{N}]/u.test(surface)) continue;
    const after = text[i + surface.length];
    if (word(after) && /[\p{L}\p{N}]$/u.test(surface) && !(after === 's' && !word(text[i + surface.length + 1]))) continue;
    out.push(i);
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, start: number, end: number) => a.start < end && a.end > start;

/** Numbers written in a gold surface ("more than 1,160 square miles" -> 1160; "åtte" is none). */
function writtenNumbers(surface: string): number[] {
  return [...surface.matchAll(/\d[\d,.\u00a0 ]*/g)].map((m) => Number(m[0].replace(/[,.\u00a0 ](?=\d{3}\b)/g, '').replace(',', '.').trim())).filter(Number.isFinite);
}

async function peersTask(): Promise<PeersResult> {
  const nlp = (await import('compromise')).default;
  const R = (await import('@microsoft/recognizers-text-number-with-unit')) as unknown as RecognizerModule;
  let N: { recognizeNumber(t: string, c: string): Recognized[] } | undefined;
  try {
    N = (await import('@microsoft/recognizers-text-number')) as unknown as typeof N; // a dependency of the one above
  } catch {
    N = undefined;
  }
  const recognize = (t: string): Recognized[] => [...R.recognizeCurrency(t, R.Culture.English), ...R.recognizeDimension(t, R.Culture.English), ...R.recognizeAge(t, R.Culture.English)];

  // Speed on the same real English text: the first ECB+ articles.
  const ecb = join(shared, 'ecbplus');
  const all = existsSync(ecb) ? readFolder(ecb).files : [];
  const sample: SourceFile[] = [];
  let kb = 0;
  for (const f of all) {
    if (kb > 60) break;
    sample.push(f);
    kb += utf8Bytes(f.text) / 1024;
  }
  const texts = sample.map((f) => f.text);
  log(`speed on ${sample.length} ECB+ articles (${kb.toFixed(0)} KB)`);
  const oursA = bestOf(3, () => sample.map((f) => analyzeDocument(f)));
  const oursF = bestOf(3, () => {
    const ix = new CorpusIndex();
    for (const f of sample) ix.setDocument(f);
    return ix.snapshot();
  });
  const base = bestOf(5, () => wordSplitPass(texts));
  const speed: PeersResult['speed'] = { sample: `first ${sample.length} ECB+ articles`, kb: round(kb, 1), oursAnalysis: round(oursA.cpu / kb, 3), oursFull: round(oursF.cpu / kb, 3), baseline: round(base.cpu / kb, 4) };
  if (sample.length) {
    nlp(texts[0]!).people().out('array');
    const c = timed(() => texts.map((t) => { const d = nlp(t); return [d.people().json({ offset: true }), d.places().json({ offset: true }), d.organizations().json({ offset: true })]; }));
    speed.compromise = round(c.cpu / kb, 2);
    speed.compromiseKb = round(kb, 1);
    // Recognizers: superlinear in the length of the text they get, so a small sample, by sentence and by document.
    recognize('warm-up: $3 million, 5 km and a 6-year-old');
    const small: SourceFile[] = [];
    let rkb = 0;
    for (const f of sample) {
      if (rkb > 4) break;
      small.push(f);
      rkb += utf8Bytes(f.text) / 1024;
    }
    log(`recognizers on ${rkb.toFixed(1)} KB`);
    const bySentence = timed(() => small.forEach((f) => splitSentences(f.text).forEach((s) => recognize(f.text.slice(s.start, s.end)))));
    const byDoc = timed(() => small.forEach((f) => recognize(f.text)));
    speed.recognizersBySentence = round(bySentence.cpu / rkb, 1);
    speed.recognizersByDocument = round(byDoc.cpu / rkb, 1);
    speed.recognizersKb = round(rkb, 1);
  }
  const result: PeersResult = { task: 'peers', speed };

  // Quality on the seeds gold.
  const goldPath = join(shared, 'seeds-gold.yaml');
  const seedsDir = join(shared, 'seeds');
  if (!existsSync(goldPath) || !existsSync(seedsDir)) return result;
  log('quality on the seeds gold');
  interface Gold {
    entities: { id: string; kind: string; surfaces: Record<string, string[]> }[];
    figures: { id: string; doc: string; surface: string; value: number | [number, number] }[];
  }
  const gold = parse(readFileSync(goldPath, 'utf8')) as Gold;
  const score = scoreGold(goldPath, seedsDir, 'seeds'); // ours, strict: value, unit and hedge right
  const files = readFolder(seedsDir).files;
  const textOf = new Map(files.map((f) => [f.id, f.text]));
  const index = new CorpusIndex();
  for (const f of files) index.setDocument(f);
  const snapshot = index.snapshot();

  // Figures, span level for everyone: something found over the gold surface with the gold value or the written number.
  const recognizedByDoc = new Map<string, { start: number; end: number; value: number }[]>();
  const numbersByDoc = new Map<string, { start: number; end: number; value: number }[]>();
  const rec = timed(() => {
    for (const f of files) {
      const found: { start: number; end: number; value: number }[] = [];
      const nums: { start: number; end: number; value: number }[] = [];
      for (const s of splitSentences(f.text)) {
        const sentence = f.text.slice(s.start, s.end);
        for (const r of recognize(sentence)) found.push({ start: s.start + r.start, end: s.start + r.end + 1, value: Number(r.resolution?.value) });
        if (N) for (const r of N.recognizeNumber(sentence, R.Culture.English)) nums.push({ start: s.start + r.start, end: s.start + r.end + 1, value: Number(r.resolution?.value) });
      }
      recognizedByDoc.set(f.id, found);
      numbersByDoc.set(f.id, nums);
    }
  });
  const valueOk = (v: number, g: Gold['figures'][number]) => {
    const want = [...(Array.isArray(g.value) ? g.value : [g.value]), ...writtenNumbers(g.surface)];
    return want.some((w) => Math.abs(v - w) <= Math.max(0.005 * Math.abs(w), 0.5));
  };
  let oursSpan = 0;
  let recHits = 0;
  let recNumHits = 0;
  for (const g of gold.figures) {
    const text = textOf.get(g.doc) ?? '';
    const pos = text.indexOf(g.surface);
    if (pos < 0) continue;
    const end = pos + g.surface.length;
    if (snapshot.figuresIn(g.doc).some((f) => overlaps(f, pos, end) && (valueOk(f.value, g) || valueOk(f.writtenValue ?? NaN, g) || valueOk(f.high, g)))) oursSpan++;
    const r = (recognizedByDoc.get(g.doc) ?? []).some((x) => overlaps(x, pos, end) && valueOk(x.value, g));
    if (r) recHits++;
    if (r || (numbersByDoc.get(g.doc) ?? []).some((x) => overlaps(x, pos, end) && valueOk(x.value, g))) recNumHits++;
  }

  // Persons and places: a gold (document, surface) is found when a name span overlaps one of its occurrences.
  const compromiseByDoc = new Map<string, { start: number; end: number; kind: string }[]>();
  for (const f of files) {
    const d = nlp(f.text);
    const spans: { start: number; end: number; kind: string }[] = [];
    const take = (kind: string, list: { offset?: { start: number; length: number } }[]) => {
      for (const x of list) if (x.offset) spans.push({ start: x.offset.start, end: x.offset.start + x.offset.length, kind });
    };
    take('person', d.people().json({ offset: true }) as { offset?: { start: number; length: number } }[]);
    take('place', d.places().json({ offset: true }) as { offset?: { start: number; length: number } }[]);
    take('organization', d.organizations().json({ offset: true }) as { offset?: { start: number; length: number } }[]);
    compromiseByDoc.set(f.id, spans);
  }
  const surfaceRecall = (kind: string) => {
    let goldN = 0;
    const hits = { ours: 0, oursTyped: 0, compromise: 0, compromiseTyped: 0 };
    for (const e of gold.entities) {
      if (e.kind !== kind) continue;
      for (const [doc, surfaces] of Object.entries(e.surfaces)) {
        const text = textOf.get(doc);
        if (text === undefined) continue;
        for (const s of surfaces) {
          goldN++;
          const occ = occurrences(text, s).map((p) => [p, p + s.length] as const);
          const ours = snapshot.mentionsIn(doc).filter((h) => occ.some(([a, b]) => overlaps(h.mention, a, b)));
          if (ours.length) hits.ours++;
          if (ours.some((h) => h.entity.kind === kind)) hits.oursTyped++;
          const theirs = (compromiseByDoc.get(doc) ?? []).filter((x) => occ.some(([a, b]) => overlaps(x, a, b)));
          if (theirs.length) hits.compromise++;
          if (theirs.some((x) => x.kind === kind)) hits.compromiseTyped++;
        }
      }
    }
    return { gold: goldN, ...hits };
  };
  result.quality = {
    figures: { gold: gold.figures.length, oursStrict: score.figures.correct, oursSpan, recognizers: recHits, recognizersPlusNumbers: N ? recNumHits : undefined, recognizersSeconds: round(rec.cpu / 1000, 1) },
    persons: surfaceRecall('person'),
    places: surfaceRecall('place'),
  };
  return result;
}

// ------------------------------------------------------------------------------------------------ main
async function main(): Promise<void> {
  const [task, ...args] = process.argv.slice(2);
  const flag = (name: string, dflt: number) => {
    const a = args.find((x) => x.startsWith(`--${name}=`));
    return a ? Number(a.split('=')[1]) : dflt;
  };
  let result: unknown;
  if (task === 'size') result = await sizeTask(Number(args[0]), Number(args[1] ?? 1), args.includes('--extras'), flag('profile-docs', 0), flag('edit-rounds', 5));
  else if (task === 'real') result = realTask();
  else if (task === 'peers') result = await peersTask();
  else if (task === 'blocking') result = await blockingTask(Number(args[0]), Number(args[1] ?? 1));
  else throw new Error(`unknown task ${task}`);
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  },
);
