// The corpus and its index, kept current in the background.
//
// Every change becomes a job for one URI (read it, or remove it). Jobs are debounced per URI, and a newer job
// for a URI supersedes an older one even while the older one is reading the file (sequence numbers); a rebuild
// drops all older work (epochs). Jobs are processed in slices of ~20 ms with a macrotask turn in between, so
// the extension host stays responsive; one snapshot is published per burst (and every ~1.5 s during a long scan).
// The engine itself runs behind an EngineBackend: a worker thread on desktop (analysis and the cross-document
// stages never block the extension host), the same thread in the browser. The service mirrors the analyses
// it receives, so snapshots are built here from plain data.
// Files are read with `workspace.fs` (never Node `fs`), and never written.
import * as vscode from 'vscode';
import { applyDelta, cacheFingerprint, checksum, CorpusSnapshot, readIndexCache, linesOfBytes, emptyDecisions, type CacheRead, type Decisions, type DocumentAnalysis, type EngineOptions } from '../../core';
import { inThreadEngine } from '../engine/engineHost';
import type { EngineBackend, EngineRequest, ResponseTo } from '../engine/protocol';
import { receiveSnapshot } from '../engine/receiveSnapshot';
import { engineOptions } from './config';
import { ConfigService } from './configService';
import { oneLine } from '../../core/documents/decode';
import { decodeArticle, describeFsError, tooLargeForSetting } from './decode';
import { isExcluded, isIncluded } from './glob';
import type { Log } from './log';
import { locate, uriOfId } from './paths';
import { KeyedDebouncer, TimeSlicer, now, yieldToHost } from './schedule';
import { readCacheFile, writeCacheFile } from './indexCacheStore';

/** What the editor features read: one immutable snapshot and the texts it was made from. */
export interface CorpusView {
  readonly snapshot: CorpusSnapshot;
  /** The text a document was analysed from: the snapshot's offsets index into it. */
  text(doc: string): string | undefined;
  uri(doc: string): vscode.Uri | undefined;
}

export interface IndexState {
  indexing: boolean;
  /** A scan has completed (the views may say "nothing found"). */
  ready?: boolean;
  /** Jobs processed / queued during the current scan. */
  done: number;
  total: number;
}

export const WATCH_DEBOUNCE_MS = 150;
export const TYPING_DEBOUNCE_MS = 300;
const READ_AHEAD = 16;
const PUBLISH_EVERY_MS = 1500;
/** Quiet time after the last edit before a provisional view (onlineUpdate.ts) is replaced by the exact one. */
export const EXACT_AFTER_MS = 1200;
const STATE_EVERY_MS = 100;
const MAX_WALK_ENTRIES = 200_000;
/** The index cache is written this long after the last published change, when nothing is being indexed. */
export const CACHE_WRITE_DELAY_MS = 2000;

type Op = 'read' | 'remove';

interface Job {
  key: string;
  uri: vscode.Uri;
  id: string;
  op: Op;
  seq: number;
  epoch: number;
}

/** `identity`: the file's times and size (a link and its target have the same); `link`: read through a symbolic link. */
type Loaded = { kind: 'text'; text: string; warning?: string; identity?: string; link?: boolean } | { kind: 'remove' } | { kind: 'skip'; reason: string };

/** Creates the engine; `onFailure` is called if it dies (the service then falls back to the in-thread engine). */
export type EngineFactory = (onFailure: (reason: string) => void) => EngineBackend;

export class CorpusService implements vscode.Disposable {
  private engine: EngineBackend;
  private readonly analyses = new Map<string, DocumentAnalysis>();
  private options: EngineOptions;
  private decisions: Decisions = emptyDecisions();
  private readonly texts = new Map<string, string>();
  private readonly uris = new Map<string, vscode.Uri>();
  private published: CorpusView;

  private readonly seqs = new Map<string, number>();
  private readonly debouncer = new KeyedDebouncer<string>();
  private readonly ready = new Map<string, Job>();
  private running = false;
  private epoch = 0;
  private scans = 0;
  private dirty = false;
  private readonly waiters: { test: () => boolean; resolve: () => void }[] = [];
  private state: IndexState = { indexing: false, done: 0, total: 0 };
  private scannedOnce = false;
  private lastSnapshotMs = 0;
  private lastStateFired = 0;
  private readonly skipped = new Map<string, string>();
  private readonly warned = new Map<string, string>();
  /** Indexed files read from disk: their identity (times and size) and whether through a symbolic link. */
  private readonly identities = new Map<string, { identity: string; link: boolean }>();
  /** Identity -> the documents that have it (nearly always one). */
  private readonly byIdentity = new Map<string, Set<string>>();
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  /** The index cache: being read; the view shown is the cache's (replaced after the first scan); written generations. */
  private restoring = false;
  private restoredView = false;
  /** The engine holds the cache's view as its own snapshot too. */
  private engineAdopted = false;
  private quietPublish = false;
  /** A provisional view is published: the exact one is asked for when this fires (re-armed by every edit). */
  private exactTimer?: ReturnType<typeof setTimeout>;
  /** The next publish asks the engine for the exact view. */
  private exactWanted = false;
  /** The published view when it came from the engine (not the cache's): the engine sends a view made from it as a delta. */
  private engineView?: CorpusSnapshot;
  private dataGeneration = 0;
  private cachedGeneration = -1;
  private cacheTimer: ReturnType<typeof setTimeout> | undefined;
  private cacheWriting = false;

  private readonly snapshotEmitter = new vscode.EventEmitter<CorpusView>();
  /** A new snapshot was published. */
  readonly onDidChangeSnapshot = this.snapshotEmitter.event;
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(
    private readonly config: ConfigService,
    private readonly log: Log,
    createEngine: EngineFactory = () => inThreadEngine(),
    /** The workspace's extension storage (context.storageUri), where the index cache lives; none: no cache. */
    private readonly storage?: vscode.Uri,
  ) {
    this.options = engineOptions(config.get());
    this.engine = this.startEngine(createEngine);
    this.published = this.makeView(new CorpusSnapshot([], [], [], [], 0));
  }

  /** Where the engine runs ("worker" or "in-thread"). */
  get engineKind(): EngineBackend['kind'] {
    return this.engine.kind;
  }

  private startEngine(createEngine: EngineFactory): EngineBackend {
    let engine: EngineBackend;
    try {
      engine = createEngine((reason) => this.engineFailed(reason));
    } catch (err) {
      this.log.warn(`the engine worker could not start (${err instanceof Error ? err.message : String(err)}); indexing in the extension host`);
      engine = inThreadEngine();
    }
    void engine.call({ type: 'reset', decisions: this.decisions, options: this.options }).catch(() => undefined);
    return engine;
  }

  private engineFailed(reason: string): void {
    if (this.disposed) return;
    this.log.error(`${reason}; indexing continues in the extension host`);
    this.engine.dispose();
    this.engine = this.startEngine(() => inThreadEngine());
    void this.scan({ reset: true });
  }

  private call<R extends EngineRequest>(request: R): Promise<ResponseTo<R>> {
    return this.engine.call(request);
  }

  /** Starts watching and indexing; returns at once (the scan runs in the background). */
  start(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onCreated(uri)),
      watcher.onDidChange((uri) => this.tracked(uri) && this.enqueue(uri, 'read', WATCH_DEBOUNCE_MS)),
      watcher.onDidDelete((uri) => this.onDeleted(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.tracked(e.document.uri)) this.enqueue(e.document.uri, 'read', TYPING_DEBOUNCE_MS);
      }),
      // Closing an editor with unsaved changes: the file is what counts again.
      vscode.workspace.onDidCloseTextDocument((d) => this.tracked(d.uri) && this.enqueue(d.uri, 'read', WATCH_DEBOUNCE_MS)),
      vscode.workspace.onDidOpenTextDocument((d) => {
        const loc = this.tracked(d.uri);
        if (loc && this.texts.has(loc.id) && this.texts.get(loc.id) !== d.getText()) this.enqueue(d.uri, 'read', 0);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan({ reset: false })),
      this.config.onDidChange((e) => {
        if (e.affectsConfiguration('crossread.conflictTolerance')) this.setOptions(engineOptions(this.config.get()));
        if (ConfigService.affectsCorpus(e)) void this.scan({ reset: false });
      }),
    );
    void this.restoreThenScan();
  }

  /** The index cache first (the view at once, the analyses to the engine), then the scan that checks every file. */
  private async restoreThenScan(): Promise<void> {
    this.restoring = true;
    try {
      await this.restoreCache();
    } catch (err) {
      this.log.warn(`index cache not used (${err instanceof Error ? err.message : String(err)}); indexing every article`);
    } finally {
      this.restoring = false;
    }
    if (!this.disposed) void this.scan({ reset: false });
  }

  private async restoreCache(): Promise<void> {
    if (!this.storage) return this.log.info('index cache not used: no workspace storage (no folder open)');
    if (!this.config.get().cacheEnabled) return this.log.info('index cache not used: crossread.cache.enabled is off');
    const started = now();
    const epoch = this.epoch;
    const file = await readCacheFile(this.storage);
    if ('missing' in file) return this.log.info('index cache not used: none yet in this workspace; indexing every article');
    if ('error' in file) return this.log.warn(`index cache not used: cannot read it (${oneLine(file.error)}); indexing every article`);
    const read = await this.readCacheSliced(file.bytes);
    if (!read) return;
    if (!read.ok) return this.log.warn(`index cache not used: ${oneLine(read.reason)}; indexing every article`);
    if (epoch !== this.epoch || this.disposed) return;
    const data = read.data;
    // The worker reads the bytes itself (its own copy, parsed off this thread); in this thread it shares ours.
    const engineDone = this.call({ type: 'restore', cache: this.engine.kind === 'in-thread' ? data : file.bytes });
    let restored = 0;
    const slicer = new TimeSlicer();
    for (const a of data.documents) {
      await slicer.maybeYield();
      const id = a.meta.id;
      if (this.analyses.has(id)) continue; // read since: newer than the cache
      const uri = uriOfId(id);
      if (!uri) continue;
      this.analyses.set(id, a);
      this.uris.set(id, uri);
      restored++;
    }
    if (epoch !== this.epoch || this.disposed) return;
    const sameView = data.fingerprint === cacheFingerprint(this.options, this.decisions);
    if (sameView) {
      // The cache's rows, for the documents whose analysis is the cache's (one read since has other mentions: no row
      // until the scan's view replaces this one). The snapshot then rebuilds nothing: one short step.
      const cached = new Set(data.documents);
      const rows = new Map<string, Int32Array>();
      let allCached = true;
      for (const [id, a] of this.analyses) {
        const row = cached.has(a) ? data.assignment?.get(id) : undefined;
        if (row) rows.set(id, row);
        else allCached = false;
        if (rows.size % 1024 === 1023) await slicer.maybeYield();
      }
      await slicer.yield();
      if (epoch !== this.epoch || this.disposed) return;
      this.published = this.makeView(new CorpusSnapshot([...this.analyses.values()], data.entities, data.figures, data.claims, 0, rows, allCached ? data.claimRows : undefined));
      this.restoredView = true;
      this.engineView = undefined;
      this.cachedGeneration = this.dataGeneration;
      this.snapshotEmitter.fire(this.published);
    }
    this.log.info(
      `restored ${restored} articles from the cache in ${Math.round(now() - started)} ms` +
        (sameView ? '; checking every file' : '; decisions or options changed since it was written: names and claims recomputed; checking every file'),
    );
    const res = await engineDone;
    this.engineAdopted = sameView && res.adopted === true;
    if (res.reason) this.log.warn(`the engine did not take the cache (${oneLine(res.reason)}); its articles are analysed again`);
    if (!sameView && epoch === this.epoch) {
      this.dirty = true;
      this.pump();
    }
  }

  /** Decodes and reads the cache a line at a time, in slices of ~20 ms: the extension host stays responsive. */
  private async readCacheSliced(bytes: Uint8Array): Promise<CacheRead | undefined> {
    const steps = readIndexCache(linesOfBytes(bytes));
    const slicer = new TimeSlicer();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (this.disposed) return undefined;
      await slicer.maybeYield();
    }
  }

  /**
   * The text of a document of the cache that has not been read yet (the cache holds no texts): the one read since
   * or an open editor's, when it is exactly the text the analysis was made from (same checksum).
   */
  private unreadText(snapshot: CorpusSnapshot, doc: string, verified: Map<string, string>): string | undefined {
    const a = snapshot.analysis(doc);
    if (!a) return undefined;
    const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && this.idOf(d.uri) === doc);
    for (const t of [this.texts.get(doc), open?.getText()]) {
      if (t === undefined || t.length !== a.length) continue;
      if (t === verified.get(doc) || checksum(t) === a.checksum) {
        verified.set(doc, t);
        return t;
      }
    }
    return undefined;
  }

  /** Writes the index cache once nothing is being indexed (the engine serialises it, off this thread on desktop). */
  private scheduleCacheWrite(delayMs = CACHE_WRITE_DELAY_MS): void {
    if (!this.storage || this.disposed || this.cachedGeneration === this.dataGeneration) return;
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = undefined;
      void this.writeCache();
    }, delayMs);
  }

  private async writeCache(): Promise<void> {
    if (!this.storage || this.disposed || this.cacheWriting || !this.config.get().cacheEnabled) return;
    if (!this.isIdle() || this.restoring) return this.scheduleCacheWrite();
    const generation = this.dataGeneration;
    if (generation === this.cachedGeneration) return;
    this.cacheWriting = true;
    const started = now();
    try {
      const res = await this.call({ type: 'serialize', fingerprint: cacheFingerprint(this.options, this.decisions) });
      // Changed meanwhile: the next publish schedules another write.
      if (generation !== this.dataGeneration || this.disposed) return;
      await writeCacheFile(this.storage, res.bytes);
      this.cachedGeneration = generation;
      this.log.info(`index cache written: ${res.documents} articles, ${(res.bytes.length / 1e6).toFixed(1)} MB in ${Math.round(now() - started)} ms`);
    } catch (err) {
      this.log.warn(`index cache not written (${err instanceof Error ? err.message : String(err)})`);
    } finally {
      this.cacheWriting = false;
    }
  }

  /** Resolves when the index cache has been written for what is published now (tests). */
  async flushCache(): Promise<void> {
    await this.whenIdle();
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.cacheTimer = undefined;
    while (this.cacheWriting) await new Promise((r) => setTimeout(r, 10));
    await this.writeCache();
  }

  get current(): CorpusView {
    return this.published;
  }

  get indexState(): IndexState {
    return { ...this.state, ready: this.scannedOnce && !this.state.indexing };
  }

  /** The engine's document id of a URI inside the workspace (whether or not it is indexed). */
  idOf(uri: vscode.Uri): string | undefined {
    return locate(uri)?.id;
  }

  /** The located URI when it is an article by the include/exclude settings. */
  tracked(uri: vscode.Uri): ReturnType<typeof locate> {
    const loc = locate(uri);
    if (!loc) return undefined;
    const cfg = this.config.get(loc.folder);
    return isIncluded(loc.rel, cfg.include, cfg.exclude) ? loc : undefined;
  }

  setDecisions(decisions: Decisions): void {
    this.decisions = decisions;
    void this.call({ type: 'decisions', decisions }).catch((err) => this.log.error('decisions not applied', err));
    this.dirty = true;
    this.pump();
  }

  setOptions(options: EngineOptions): void {
    this.options = options;
    void this.call({ type: 'options', options }).catch((err) => this.log.error('options not applied', err));
    this.dirty = true;
    this.pump();
  }

  /** Resolves when nothing is queued, debounced, running or scanning, and the last snapshot is published. */
  whenIdle(): Promise<void> {
    return this.waitFor(() => this.isIdle());
  }

  /**
   * Lists the articles and (re)indexes them. `reset` starts from an empty index (Rebuild Index) and drops
   * older work; otherwise unchanged files cost a read and a checksum only.
   */
  async scan(options: { reset: boolean; location?: vscode.ProgressLocation }): Promise<void> {
    if (options.reset) {
      this.epoch++;
      this.debouncer.clear();
      this.ready.clear();
      void this.call({ type: 'reset', decisions: this.decisions, options: this.options }).catch((err) => this.log.error('reset failed', err));
      this.analyses.clear();
      this.texts.clear();
      this.uris.clear();
      this.skipped.clear();
      this.warned.clear();
      this.identities.clear();
      this.byIdentity.clear();
      this.dirty = true;
    }
    const epoch = this.epoch;
    const location = options.location ?? vscode.ProgressLocation.Window;
    this.scans++;
    this.setState({ indexing: true, done: 0, total: 0 }, true);
    const started = now();
    try {
      await vscode.window.withProgress(
        { location, title: 'Crossread', cancellable: location === vscode.ProgressLocation.Notification },
        async (progress, token) => {
          const cancel = token.onCancellationRequested(() => this.cancel());
          const sub = this.onDidChangeState((s) => s.total > 0 && progress.report({ message: `indexing ${s.done}/${s.total} articles` }));
          try {
            progress.report({ message: 'finding articles…' });
            const files = await this.listFiles(token);
            if (token.isCancellationRequested || epoch !== this.epoch) return;
            const wanted = new Set<string>();
            for (const uri of files) {
              const id = locate(uri)?.id;
              if (id) wanted.add(id);
            }
            for (const [id, uri] of [...this.uris]) {
              if (!wanted.has(id)) this.enqueue(uri, 'remove', 0, false);
            }
            this.setState({ indexing: true, done: 0, total: files.length }, true);
            for (const uri of files) this.enqueue(uri, 'read', 0, false);
            this.pump();
            await this.survey(new Set(files.map((u) => u.toString())), epoch, token);
            await this.waitFor(() => epoch !== this.epoch || (!this.running && this.ready.size === 0));
            if (this.restoredView && epoch === this.epoch) {
              // Every file checked. Changes: published as usual. None: the cache's view stays when the engine adopted
              // it too (republishing would move the same view across threads again); otherwise the engine's replaces it.
              this.restoredView = false;
              if (!this.dirty && !this.engineAdopted) {
                this.quietPublish = true;
                this.dirty = true;
              }
            }
          } finally {
            sub.dispose();
            cancel.dispose();
          }
        },
      );
      this.scannedOnce = true;
      if (epoch === this.epoch) {
        this.log.info(`indexed ${this.analyses.size} articles in ${Math.round(now() - started)} ms (engine: ${this.engine.kind})`);
      }
    } catch (err) {
      this.log.error('indexing failed', err);
    } finally {
      this.scans--;
      this.pump();
    }
  }

  /** Stops the work in progress (what is indexed so far stays). */
  cancel(): void {
    this.epoch++;
    this.debouncer.clear();
    this.ready.clear();
    this.log.info(`indexing cancelled (${this.analyses.size} articles indexed)`);
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    if (this.exactTimer) clearTimeout(this.exactTimer);
    this.engine.dispose();
    this.epoch++;
    this.debouncer.clear();
    this.ready.clear();
    for (const d of this.disposables) d.dispose();
    this.snapshotEmitter.dispose();
    this.stateEmitter.dispose();
    for (const w of this.waiters.splice(0)) w.resolve();
  }

  // ----------------------------------------------------------------------------------------------------
  private enqueue(uri: vscode.Uri, op: Op, delayMs: number, pump = true): void {
    const loc = locate(uri);
    if (!loc) return;
    const key = uri.toString();
    const seq = (this.seqs.get(key) ?? 0) + 1;
    this.seqs.set(key, seq);
    const job: Job = { key, uri, id: loc.id, op, seq, epoch: this.epoch };
    // Still typing: the exact view waits for quiet.
    if (this.exactTimer) this.scheduleExact();
    if (delayMs <= 0) {
      this.debouncer.cancel(key);
      this.ready.set(key, job);
      if (pump) this.pump();
    } else {
      this.ready.delete(key);
      this.debouncer.schedule(key, delayMs, () => {
        this.ready.set(key, job);
        this.pump();
      });
    }
  }

  private onCreated(uri: vscode.Uri): void {
    if (this.tracked(uri)) {
      this.enqueue(uri, 'read', WATCH_DEBOUNCE_MS);
      return;
    }
    // A folder moved or copied into the workspace may arrive as one event: look inside it.
    const loc = locate(uri);
    if (!loc || /\.[A-Za-z0-9]{1,8}$/.test(loc.rel)) return;
    const cfg = this.config.get(loc.folder);
    if (isExcluded(loc.rel, cfg.exclude)) return;
    this.debouncer.schedule(`folder:${uri.toString()}`, WATCH_DEBOUNCE_MS, () => {
      this.scans++;
      void (async () => {
        try {
          const st = await vscode.workspace.fs.stat(uri);
          if (!(st.type & vscode.FileType.Directory)) return;
          const files = await this.walk(loc.folder, uri);
          for (const f of files) this.enqueue(f, 'read', 0, false);
          this.pump();
        } catch {
          /* gone again */
        } finally {
          this.scans--;
          this.pump();
        }
      })();
    });
  }

  private onDeleted(uri: vscode.Uri): void {
    const loc = locate(uri);
    if (!loc) return;
    if (this.uris.has(loc.id) || this.tracked(uri)) this.enqueue(uri, 'remove', WATCH_DEBOUNCE_MS);
    // A deleted folder arrives as one event for the folder.
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    for (const u of [...this.uris.values()]) {
      if (u.scheme === uri.scheme && u.authority === uri.authority && u.path.startsWith(prefix)) this.enqueue(u, 'remove', WATCH_DEBOUNCE_MS);
    }
  }

  private pump(): void {
    if (this.running) return;
    this.running = true;
    void this.drain()
      .catch((err) => this.log.error('indexing error', err))
      .finally(() => {
        this.running = false;
        if (!this.disposed && (this.ready.size > 0 || this.dirty)) this.pump();
        else this.check();
      });
  }

  private async drain(): Promise<void> {
    const slicer = new TimeSlicer();
    let lastPublish = now();
    while (this.ready.size > 0) {
      const jobs = [...this.ready.values()];
      this.ready.clear();
      for (let i = 0; i < jobs.length; i += READ_AHEAD) {
        const chunk = jobs.slice(i, i + READ_AHEAD).filter((j) => this.isCurrent(j));
        if (chunk.length === 0) continue;
        const loaded = await Promise.all(chunk.map((j) => this.load(j)));
        for (let k = 0; k < chunk.length; k++) {
          const job = chunk[k]!;
          if (this.isCurrent(job)) {
            try {
              await this.apply(job, loaded[k]!);
            } catch (err) {
              this.log.error(`${job.id}: not indexed`, err);
            }
          }
          if (this.state.indexing) this.setState({ ...this.state, done: Math.min(this.state.total, this.state.done + 1) });
          await slicer.maybeYield();
        }
        // Intermediate snapshots during a long scan, never more often than 4× their own cost.
        if (this.dirty && now() - lastPublish > Math.max(PUBLISH_EVERY_MS, this.lastSnapshotMs * 4)) {
          await slicer.yield();
          await this.publish();
          lastPublish = now();
          await slicer.yield();
        }
      }
    }
    if (this.dirty) {
      await yieldToHost();
      await this.publish();
    }
  }

  private isCurrent(job: Job): boolean {
    return job.epoch === this.epoch && this.seqs.get(job.key) === job.seq;
  }

  private async load(job: Job): Promise<Loaded> {
    if (job.op === 'remove') return { kind: 'remove' };
    const cfg = this.config.get(job.uri);
    const maxBytes = cfg.maxFileSizeKB * 1024;
    const tooLarge = (size: number): Loaded => ({ kind: 'skip', reason: tooLargeForSetting(size, cfg.maxFileSizeKB) });
    // An open editor's text wins over the file: it may hold unsaved changes, and the editor's offsets index into it.
    const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === job.key);
    if (open) {
      const text = open.getText();
      return text.length > maxBytes ? tooLarge(text.length) : { kind: 'text', text };
    }
    try {
      const st = await vscode.workspace.fs.stat(job.uri);
      if (st.type & vscode.FileType.Directory) return { kind: 'remove' };
      // Named pipes, sockets and devices: reading one could block or never end (the CLI refuses them too).
      if (!(st.type & vscode.FileType.File)) return { kind: 'skip', reason: `not a regular file${st.type & vscode.FileType.SymbolicLink ? ' (through a symbolic link)' : ''}` };
      if (st.size > maxBytes) return tooLarge(st.size);
      const bytes = await vscode.workspace.fs.readFile(job.uri);
      if (bytes.length > maxBytes) return tooLarge(bytes.length);
      const decoded = decodeArticle(bytes);
      if ('error' in decoded) return { kind: 'skip', reason: decoded.error };
      const link = (st.type & vscode.FileType.SymbolicLink) !== 0;
      return { kind: 'text', text: decoded.text, warning: decoded.warning, identity: `${st.ctime}:${st.mtime}:${st.size}`, link };
    } catch (err) {
      if (err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound')) {
        // Listed under a name that cannot be opened: its bytes are not UTF-8 (the listing shows them as U+FFFD).
        if (job.id.includes('\ufffd')) return { kind: 'skip', reason: 'its name is not valid UTF-8; rename it to read it' };
        return { kind: 'remove' };
      }
      return { kind: 'skip', reason: `cannot read: ${describeFsError(err)}` };
    }
  }

  private async apply(job: Job, loaded: Loaded): Promise<void> {
    if (loaded.kind === 'remove') {
      await this.drop(job);
      return;
    }
    if (loaded.kind === 'skip') {
      this.noteSkip(job.id, loaded.reason);
      await this.drop(job);
      return;
    }
    // One file reached through a symbolic link and under its own name (or two links) is read once, as the CLI does.
    const twin = this.twinOf(job.id, loaded);
    if (twin !== undefined) {
      if (loaded.link) {
        this.noteSkip(job.id, `same file as ${twin} (symbolic link); read once`);
        await this.drop(job);
        return;
      }
      if (this.identities.get(twin)?.link) {
        this.noteSkip(twin, `same file as ${job.id} (symbolic link); read once`);
        this.forget(twin);
        this.dirty = true;
        await this.call({ type: 'remove', id: twin });
      }
    }
    const cfg = this.config.get(job.uri);
    const res = await this.call({ type: 'set', id: job.id, text: loaded.text, languages: cfg.languages });
    if (job.epoch !== this.epoch) return; // a rebuild reset the engine meanwhile
    if (res.result === 'skipped') {
      this.noteSkip(job.id, res.reason);
      if (res.removed) this.dirty = true;
      this.forget(job.id);
      return;
    }
    if (res.result === 'changed') {
      this.analyses.set(job.id, res.analysis);
      this.dirty = true;
    }
    // What the reader should know about a file that was read anyway (invalid UTF-8, malformed front matter, empty
    // file): said once, and again only when it changes.
    const notes = res.result === 'changed' ? [...(loaded.warning ? [loaded.warning] : []), ...res.analysis.meta.warnings] : undefined;
    if (notes) {
      const key = notes.join('\n');
      if (key && this.warned.get(job.id) !== key) for (const w of notes) this.log.warn(`${oneLine(job.id)}: ${oneLine(w)}`);
      this.warned.set(job.id, key);
    }
    this.texts.set(job.id, loaded.text);
    this.uris.set(job.id, job.uri);
    this.forgetIdentity(job.id);
    if (loaded.identity) {
      this.identities.set(job.id, { identity: loaded.identity, link: !!loaded.link });
      const ids = this.byIdentity.get(loaded.identity);
      if (ids) ids.add(job.id);
      else this.byIdentity.set(loaded.identity, new Set([job.id]));
    }
    if (this.skipped.delete(job.id)) this.log.info(`${oneLine(job.id)}: indexed again`);
  }

  /** Another indexed document that is the same file as this one (same times, size and text; one of them a link). */
  private twinOf(id: string, loaded: Extract<Loaded, { kind: 'text' }>): string | undefined {
    if (!loaded.identity) return undefined;
    for (const other of this.byIdentity.get(loaded.identity) ?? []) {
      if (other !== id && (this.identities.get(other)?.link || loaded.link) && this.texts.get(other) === loaded.text) return other;
    }
    return undefined;
  }

  private forgetIdentity(id: string): void {
    const idn = this.identities.get(id);
    if (!idn) return;
    this.identities.delete(id);
    const ids = this.byIdentity.get(idn.identity);
    ids?.delete(id);
    if (ids?.size === 0) this.byIdentity.delete(idn.identity);
  }

  private noteSkip(id: string, reason: string): void {
    if (this.skipped.get(id) !== reason) {
      this.skipped.set(id, reason);
      this.log.warn(`skipped ${oneLine(id)}: ${oneLine(reason)}`);
    }
  }

  private async drop(job: Job): Promise<void> {
    const known = this.analyses.has(job.id);
    this.forget(job.id);
    if (!known) return;
    this.dirty = true;
    await this.call({ type: 'remove', id: job.id });
  }

  private forget(id: string): void {
    this.forgetIdentity(id);
    this.analyses.delete(id);
    this.texts.delete(id);
    this.uris.delete(id);
  }

  private async publish(): Promise<void> {
    const epoch = this.epoch;
    this.dirty = false;
    const exact = this.exactWanted;
    this.exactWanted = false;
    const held = this.engineView;
    let data = await this.call({ type: 'snapshot', exact, have: held?.serial });
    if (epoch !== this.epoch || this.disposed) {
      this.dirty = true;
      return;
    }
    const t = now();
    let snapshot: CorpusSnapshot | undefined;
    let fetched: DocumentAnalysis[] = [];
    if (data.delta && held) {
      // Made from the view held here (an edit): only what changed came (snapshotDelta.ts).
      snapshot = applyDelta(held, data.delta, (id) => this.analyses.get(id));
      if (!snapshot) {
        // This mirror's analyses are not the engine's (a response dropped across a cancel): the whole view.
        data = await this.call({ type: 'snapshot', exact });
        if (epoch !== this.epoch || this.disposed) {
          this.dirty = true;
          return;
        }
      }
    }
    if (!snapshot) {
      if (!data.transfer) {
        this.log.warn('the engine sent no view; the previous one stays');
        return;
      }
      // The view arrives in parts and is assembled in slices (engine/receiveSnapshot.ts); the published one stays until then.
      const handle = data.transfer.handle;
      let received: Awaited<ReturnType<typeof receiveSnapshot>>;
      try {
        received = await receiveSnapshot(data.transfer, data.version, {
          part: (part) => this.call({ type: 'snapshotPart', handle, part }).then((r) => r.part),
          analyses: (ids) => this.call({ type: 'snapshotAnalyses', handle, ids }).then((r) => r.analyses),
          held: (id) => this.analyses.get(id),
          cancelled: () => epoch !== this.epoch || this.disposed,
        });
      } catch (err) {
        if (this.disposed) return;
        // Another snapshot was asked for meanwhile, or the engine failed: the next change publishes again.
        this.log.warn(`the new view was not received (${err instanceof Error ? err.message : String(err)}); the previous one stays`);
        return;
      }
      if (!received || epoch !== this.epoch || this.disposed) {
        this.dirty = true;
        return;
      }
      snapshot = received.snapshot;
      fetched = received.fetched;
    }
    snapshot.provisional = data.provisional;
    snapshot.serial = data.serial;
    this.engineView = snapshot;
    // Analyses this mirror missed (a response dropped across a cancel): the engine's are the view's now.
    for (const a of fetched) {
      const id = a.meta.id;
      this.analyses.set(id, a);
      const text = this.texts.get(id);
      if (text !== undefined && checksum(text) !== a.checksum) this.texts.delete(id);
      if (!this.uris.has(id)) {
        const uri = uriOfId(id);
        if (uri) this.uris.set(id, uri);
      }
    }
    const ms = data.ms + (now() - t);
    this.lastSnapshotMs = ms;
    if (ms > 250) this.log.info(`cross-document analysis of ${snapshot.documents.length} articles took ${Math.round(ms)} ms (engine: ${this.engine.kind})`);
    this.published = this.makeView(snapshot);
    this.restoredView = false;
    if (data.provisional) this.scheduleExact();
    else if (this.exactTimer) {
      clearTimeout(this.exactTimer);
      this.exactTimer = undefined;
    }
    if (this.quietPublish) this.quietPublish = false;
    else this.dataGeneration++;
    this.snapshotEmitter.fire(this.published);
    this.scheduleCacheWrite();
  }

  /** The exact view after a quiet spell: a provisional one (a few articles updated online) is not left standing. */
  private scheduleExact(): void {
    if (this.exactTimer) clearTimeout(this.exactTimer);
    this.exactTimer = setTimeout(() => {
      this.exactTimer = undefined;
      if (this.disposed) return;
      this.exactWanted = true;
      this.dirty = true;
      this.pump();
    }, EXACT_AFTER_MS);
  }

  private makeView(snapshot: CorpusSnapshot): CorpusView {
    const texts = new Map(this.texts);
    const uris = new Map(this.uris);
    const verified = new Map<string, string>();
    return {
      snapshot,
      text: (doc) => texts.get(doc) ?? this.unreadText(snapshot, doc, verified),
      uri: (doc) => uris.get(doc) ?? uriOfId(doc),
    };
  }

  private isIdle(): boolean {
    return (
      !this.running &&
      this.ready.size === 0 &&
      this.debouncer.pending === 0 &&
      this.scans === 0 &&
      !this.dirty &&
      !this.restoring &&
      this.exactTimer === undefined &&
      !this.exactWanted
    );
  }

  private waitFor(test: () => boolean): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  private check(): void {
    if (this.isIdle() && this.state.indexing) this.setState({ indexing: false, done: 0, total: 0 }, true);
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i]!;
      if (w.test()) {
        this.waiters.splice(i, 1);
        w.resolve();
      }
    }
  }

  private setState(state: IndexState, force = false): void {
    this.state = state;
    const t = now();
    if (force || t - this.lastStateFired > STATE_EVERY_MS) {
      this.lastStateFired = t;
      this.stateEmitter.fire(this.indexState);
    }
  }

  /** Articles of a workspace folder: file search, or a directory walk where search is unavailable. */
  private async listFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const cfg = this.config.get(folder);
      let uris: vscode.Uri[] = [];
      try {
        const simple = cfg.exclude.every((g) => !/[{}]/.test(g));
        const exclude = cfg.exclude.length === 0 ? null : simple ? `{${cfg.exclude.join(',')}}` : null;
        uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, cfg.include), exclude, undefined, token);
      } catch (err) {
        this.log.warn(`file search failed in ${folder.name} (${err instanceof Error ? err.message : String(err)}); walking the folder instead`);
      }
      if (uris.length === 0 && !token.isCancellationRequested) uris = await this.walk(folder, folder.uri, token);
      for (const uri of uris) {
        const loc = locate(uri);
        if (loc && loc.folder === folder && isIncluded(loc.rel, cfg.include, cfg.exclude)) out.push(uri);
      }
    }
    out.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
    return out;
  }

  /**
   * What the file search passes over without a word, found with `workspace.fs.readDirectory`:
   * - article files it did not list (a line break in the name splits its output): read now;
   * - a link to a folder that contains it (a loop; the search does not follow it) and a broken link with an
   *   article's name: said in the output channel, in the CLI's words. A loop is a linked folder whose target is
   *   the same folder as one of its parents (same creation and modification times, same size, same entries).
   * A file link that loops onto itself is invisible to `workspace.fs` (its listing leaves it out), so the editor
   * cannot name it; the CLI does.
   */
  private async survey(listed: Set<string>, epoch: number, token?: vscode.CancellationToken): Promise<void> {
    const slicer = new TimeSlicer();
    const same = (a: vscode.FileStat, b: vscode.FileStat) => a.ctime === b.ctime && a.mtime === b.mtime && a.size === b.size;
    const listing = async (uri: vscode.Uri) =>
      JSON.stringify((await vscode.workspace.fs.readDirectory(uri)).map(([n, t]) => [n, t & ~vscode.FileType.SymbolicLink]).sort());
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const cfg = this.config.get(folder);
      /** Folders to look in, each with its parents (outermost first). */
      const stack: { uri: vscode.Uri; parents: vscode.Uri[] }[] = [{ uri: folder.uri, parents: [] }];
      let seen = 0;
      while (stack.length > 0 && seen < MAX_WALK_ENTRIES && !token?.isCancellationRequested && !this.disposed) {
        const { uri: dir, parents } = stack.pop()!;
        let entries: [string, vscode.FileType][];
        try {
          entries = await vscode.workspace.fs.readDirectory(dir);
        } catch {
          continue;
        }
        for (const [name, type] of entries) {
          seen++;
          const uri = vscode.Uri.joinPath(dir, name);
          const loc = locate(uri);
          if (!loc || isExcluded(loc.rel, cfg.exclude)) continue;
          if (!(type & vscode.FileType.SymbolicLink)) {
            if (type & vscode.FileType.Directory) stack.push({ uri, parents: [...parents, dir] });
            else if (!listed.has(uri.toString()) && isIncluded(loc.rel, cfg.include, cfg.exclude) && epoch === this.epoch) {
              this.enqueue(uri, 'read', 0);
            }
            continue;
          }
          if (type & vscode.FileType.Directory) {
            try {
              const st = await vscode.workspace.fs.stat(uri);
              let target: vscode.Uri | undefined;
              for (const p of [...parents, dir]) {
                if (same(st, await vscode.workspace.fs.stat(p)) && (await listing(uri)) === (await listing(p))) {
                  target = p;
                  break;
                }
              }
              if (target) {
                const id = locate(target)?.id;
                this.noteSkip(loc.id, `symbolic link loop (back to ${id ? id : 'the top folder'}); not followed`);
              }
            } catch {
              // Gone meanwhile, or unreadable: the search says nothing about it either.
            }
          } else if (!(type & vscode.FileType.File) && isIncluded(loc.rel, cfg.include, cfg.exclude)) {
            this.noteSkip(loc.id, 'broken symbolic link (its target does not exist)');
          }
        }
        await slicer.maybeYield();
      }
    }
  }

  /** Reads folders with `workspace.fs.readDirectory` (virtual file systems have no file search). */
  private async walk(folder: vscode.WorkspaceFolder, dir: vscode.Uri, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const cfg = this.config.get(folder);
    const out: vscode.Uri[] = [];
    const stack = [dir];
    let seen = 0;
    const slicer = new TimeSlicer();
    while (stack.length > 0 && seen < MAX_WALK_ENTRIES && !token?.isCancellationRequested) {
      const current = stack.pop()!;
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(current);
      } catch {
        continue;
      }
      for (const [name, type] of entries) {
        seen++;
        const uri = vscode.Uri.joinPath(current, name);
        const loc = locate(uri);
        if (!loc || isExcluded(loc.rel, cfg.exclude)) continue;
        if (type & vscode.FileType.Directory) {
          if (!(type & vscode.FileType.SymbolicLink)) stack.push(uri);
        } else if (isIncluded(loc.rel, cfg.include, cfg.exclude)) out.push(uri);
      }
      await slicer.maybeYield();
    }
    return out;
  }
}
