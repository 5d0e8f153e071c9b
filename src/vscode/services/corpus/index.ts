// The corpus service: the corpus and its index, kept current in the background, and the one view the editor
// features read. This file is the façade: it wires the parts, each of which owns its own state, and keeps the
// public surface the features and tests use. Where each rule lives (and where an edit goes):
//   watch.ts            which editor and file events become jobs, and their debounce times
//   jobQueue.ts         jobs per URI: debounce, supersede (sequence numbers), drop all (epochs), run in time slices,
//                       publish once per burst
//   readArticle.ts      reading one file or open editor for a job (size limit, decoding, what is not a regular file)
//   indexArticle.ts     what a job's result does: engine 'set' / 'remove', the mirror, symbolic link twins read once
//   fileIdentity.ts     which indexed files are the same file (times and size, read through a link or not)
//   notices.ts          what the output channel says about single articles (skipped, warnings), once each
//   mirror.ts           what the host holds per document: the engine's analysis, the text, the URI
//   viewReceiver.ts     the published view: delta or parts from the engine, the exact view after a quiet spell
//   cacheLifecycle.ts   the index cache: restore on start, write when idle, generations
//   workspaceScan.ts    listing the articles, the survey of what the file search misses, folders created
//   progress.ts         the indexing state the status bar shows
//   engineConnection.ts the engine (worker or in-thread) and the fall back to the in-thread one
// Idle (whenIdle) means every part is: nothing queued, debounced, running, scanned, restored or due to publish.
// Where does an edit go: a new event that should re-read files → watch.ts; a new reason to refuse a file →
// readArticle.ts (said through notices.ts); a new engine request per article → indexArticle.ts; a new kind of
// view message from the engine → viewReceiver.ts; a new setting for the cache → cacheLifecycle.ts; a new public
// method for the features → here, delegating to the part that owns the state (no state of its own in the façade
// beyond decisions, options and the idle waiters).
import * as vscode from 'vscode';
import { emptyDecisions, type Decisions, type EngineOptions } from '../../../core';
import { inThreadEngine } from '../../engine/engineHost';
import type { EngineBackend } from '../../engine/protocol';
import { engineOptions } from '../config';
import type { ConfigService } from '../configService';
import { isIncluded } from '../../../core/documents/glob';
import type { Log } from '../log';
import { locate } from '../paths';
import { IndexCacheLifecycle } from './cacheLifecycle';
import { EngineConnection, type EngineFactory } from './engineConnection';
import { FileIdentities } from './fileIdentity';
import { ArticleIndexer } from './indexArticle';
import { JobQueue } from './jobQueue';
import { DocumentMirror } from './mirror';
import { ArticleNotices } from './notices';
import { IndexProgress, type IndexState } from './progress';
import { readArticle, type Loaded } from './readArticle';
import { ViewReceiver, type CorpusView } from './viewReceiver';
import { watchWorkspace } from './watch';
import { WorkspaceScan } from './workspaceScan';

export { CACHE_WRITE_DELAY_MS } from './cacheLifecycle';
export type { EngineFactory } from './engineConnection';
export type { IndexState } from './progress';
export { EXACT_AFTER_MS, type CorpusView } from './viewReceiver';
export { TYPING_DEBOUNCE_MS, WATCH_DEBOUNCE_MS } from './watch';

export class CorpusService implements vscode.Disposable {
  private options: EngineOptions;
  private decisions: Decisions = emptyDecisions();
  private readonly engine: EngineConnection;
  private readonly mirror = new DocumentMirror();
  private readonly identities = new FileIdentities();
  private readonly notices: ArticleNotices;
  private readonly progress = new IndexProgress();
  private readonly receiver: ViewReceiver;
  private readonly queue: JobQueue<Loaded>;
  private readonly articles: ArticleIndexer;
  private readonly cache: IndexCacheLifecycle;
  private readonly scanner: WorkspaceScan;
  private readonly waiters: { test: () => boolean; resolve: () => void }[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  /** A new snapshot was published. */
  readonly onDidChangeSnapshot: vscode.Event<CorpusView>;
  readonly onDidChangeState: vscode.Event<IndexState>;

  constructor(
    private readonly config: ConfigService,
    private readonly log: Log,
    createEngine: EngineFactory = () => inThreadEngine(),
    /** The workspace's extension storage (context.storageUri), where the index cache lives; none: no cache. */
    storage?: vscode.Uri,
  ) {
    this.options = engineOptions(config.get());
    const settings = () => ({ decisions: this.decisions, options: this.options });
    const epoch = () => this.queue.epoch;
    const wake = () => this.queue.pump();
    this.notices = new ArticleNotices(log);
    this.engine = new EngineConnection(createEngine, log, settings, () => void this.scan({ reset: true }));
    const { engine, mirror, identities, notices } = this;
    this.receiver = new ViewReceiver({
      engine,
      mirror,
      log,
      epoch,
      idOf: (uri) => this.idOf(uri),
      wake,
      showing: () => this.cache.viewShowing(),
      shown: () => this.cache.scheduleWrite(),
    });
    const receiver = this.receiver;
    this.articles = new ArticleIndexer({ config, engine, mirror, identities, notices, receiver, epoch });
    this.queue = new JobQueue(
      {
        load: (job) => readArticle(job, config),
        apply: (job, loaded) => this.articles.apply(job, loaded),
        jobDone: () => this.progress.jobDone(),
        enqueued: () => receiver.postponeExact(),
        get viewDue() {
          return receiver.viewDue;
        },
        publish: () => receiver.publish(),
        get lastViewMs() {
          return receiver.lastViewMs;
        },
        settled: () => this.check(),
      },
      log,
    );
    this.cache = new IndexCacheLifecycle({ storage, config, log, engine, mirror, receiver, settings, epoch, idle: () => this.isIdle(), wake });
    this.scanner = new WorkspaceScan({
      config,
      log,
      queue: this.queue,
      mirror,
      notices,
      progress: this.progress,
      cache: this.cache,
      engineKind: () => engine.kind,
      cancel: () => this.cancel(),
      waitFor: (test) => this.waitFor(test),
    });
    this.onDidChangeSnapshot = receiver.onDidChange;
    this.onDidChangeState = this.progress.onDidChange;
  }

  /** Where the engine runs ("worker" or "in-thread"). */
  get engineKind(): EngineBackend['kind'] {
    return this.engine.kind;
  }

  /** Starts watching and indexing; returns at once (the scan runs in the background). */
  start(): void {
    this.disposables.push(
      ...watchWorkspace({
        config: this.config,
        queue: this.queue,
        mirror: this.mirror,
        scan: this.scanner,
        tracked: (uri) => this.tracked(uri),
        rescan: () => void this.scan({ reset: false }),
        setOptions: (options) => this.setOptions(options),
      }),
    );
    void this.restoreThenScan();
  }

  get current(): CorpusView {
    return this.receiver.current;
  }

  get indexState(): IndexState {
    return this.progress.current;
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
    void this.engine.call({ type: 'decisions', decisions }).catch((err) => this.log.error('decisions not applied', err));
    this.receiver.markDue();
    this.queue.pump();
  }

  setOptions(options: EngineOptions): void {
    this.options = options;
    void this.engine.call({ type: 'options', options }).catch((err) => this.log.error('options not applied', err));
    this.receiver.markDue();
    this.queue.pump();
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
      this.queue.dropAll();
      void this.engine.call({ type: 'reset', decisions: this.decisions, options: this.options }).catch((err) => this.log.error('reset failed', err));
      this.mirror.clear();
      this.notices.clear();
      this.identities.clear();
      this.receiver.markDue();
    }
    await this.scanner.run(options.location);
  }

  /** Stops the work in progress (what is indexed so far stays). */
  cancel(): void {
    this.queue.dropAll();
    this.log.info(`indexing cancelled (${this.mirror.size} articles indexed)`);
    this.queue.pump();
  }

  /** Resolves when the index cache has been written for what is published now (tests). */
  async flushCache(): Promise<void> {
    await this.whenIdle();
    await this.cache.flush();
  }

  dispose(): void {
    this.disposed = true;
    this.cache.dispose();
    this.receiver.dispose();
    this.engine.dispose();
    this.queue.dispose();
    this.scanner.dispose();
    for (const d of this.disposables) d.dispose();
    this.progress.dispose();
    for (const w of this.waiters.splice(0)) w.resolve();
  }

  /** The index cache first (the view at once, the analyses to the engine), then the scan that checks every file. */
  private async restoreThenScan(): Promise<void> {
    await this.cache.restore();
    if (!this.disposed) void this.scan({ reset: false });
  }

  private isIdle(): boolean {
    return this.queue.idle && !this.scanner.running && this.receiver.settled && !this.cache.restoring;
  }

  private waitFor(test: () => boolean): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** The queue settled: the state says so when everything is idle, and the waiters whose test holds resolve. */
  private check(): void {
    if (this.isIdle()) this.progress.idle();
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i]!;
      if (w.test()) {
        this.waiters.splice(i, 1);
        w.resolve();
      }
    }
  }
}
