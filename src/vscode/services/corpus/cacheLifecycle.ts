// The index cache's lifecycle in the editor (the format: core/corpus/transfer/indexCache.ts; the file:
// services/indexCacheStore.ts). On start it is read in slices: its analyses go to the mirror and to the engine, and
// its view is shown at once when it was made under the same decisions and options; the scan that follows checks
// every file. It is written (by the engine, off this thread on desktop) CACHE_WRITE_DELAY_MS after the last
// published change, once nothing is being indexed, and only for data it does not hold yet (generations).
import type * as vscode from 'vscode';
import { cacheFingerprint, CorpusSnapshot, readIndexCache, linesOfBytes, type CacheRead, type Decisions, type EngineOptions } from '../../../core';
import { oneLine } from '../../../core/documents/decode';
import type { ConfigService } from '../configService';
import { readCacheFile, writeCacheFile } from '../indexCacheStore';
import type { Log } from '../log';
import { uriOfId } from '../paths';
import { TimeSlicer, now } from '../schedule';
import type { EngineConnection } from './engineConnection';
import type { DocumentMirror } from './mirror';
import type { ViewReceiver } from './viewReceiver';

/** The index cache is written this long after the last published change, when nothing is being indexed. */
export const CACHE_WRITE_DELAY_MS = 2000;

export interface CacheDeps {
  /** The workspace's extension storage (context.storageUri), where the cache lives; none: no cache. */
  storage?: vscode.Uri;
  config: ConfigService;
  log: Log;
  engine: EngineConnection;
  mirror: DocumentMirror;
  receiver: ViewReceiver;
  settings: () => { decisions: Decisions; options: EngineOptions };
  /** The job queue's epoch: a restore overtaken by a rebuild or a cancel shows nothing. */
  epoch: () => number;
  /** Nothing is queued, read, scanned or published (the cache is written then). */
  idle: () => boolean;
  /** Runs the job queue. */
  wake: () => void;
}

export class IndexCacheLifecycle {
  /** The cache is being read. */
  private reading = false;
  /** The view shown is the cache's (replaced after the first scan). */
  private restoredView = false;
  /** The engine holds the cache's view as its own snapshot too. */
  private engineAdopted = false;
  /** The next view published is the cache's data again (checked by the scan, nothing changed): no new generation. */
  private quietPublish = false;
  /** Generations of the published data, and the one the cache file holds. */
  private dataGeneration = 0;
  private cachedGeneration = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing = false;
  private disposed = false;

  constructor(private readonly deps: CacheDeps) {}

  get restoring(): boolean {
    return this.reading;
  }

  /** Reads the cache (the view at once, the analyses to the engine); never throws: a bad cache costs a full index. */
  async restore(): Promise<void> {
    this.reading = true;
    try {
      await this.read();
    } catch (err) {
      this.deps.log.warn(`index cache not used (${err instanceof Error ? err.message : String(err)}); indexing every article`);
    } finally {
      this.reading = false;
    }
  }

  /**
   * The scan after the restore has checked every file. Changes: published as usual. None: the cache's view stays when
   * the engine adopted it too (republishing would move the same view across threads again); otherwise the engine's
   * replaces it, quietly (same data: nothing new to write).
   */
  scanChecked(): void {
    if (!this.restoredView) return;
    this.restoredView = false;
    if (!this.deps.receiver.viewDue && !this.engineAdopted) {
      this.quietPublish = true;
      this.deps.receiver.markDue();
    }
  }

  /** A view from the engine is about to be shown: it is no longer the cache's, and (unless quiet) new data. */
  viewShowing(): void {
    this.restoredView = false;
    if (this.quietPublish) this.quietPublish = false;
    else this.dataGeneration++;
  }

  /** Writes the cache once nothing is being indexed (the engine serialises it, off this thread on desktop). */
  scheduleWrite(delayMs = CACHE_WRITE_DELAY_MS): void {
    if (!this.deps.storage || this.disposed || this.cachedGeneration === this.dataGeneration) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, delayMs);
  }

  /** Writes the cache now for what is published (the caller waited for idle). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.writing) await new Promise((r) => setTimeout(r, 10));
    await this.write();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async read(): Promise<void> {
    const { storage, config, log, engine, mirror } = this.deps;
    if (!storage) return log.info('index cache not used: no workspace storage (no folder open)');
    if (!config.get().cacheEnabled) return log.info('index cache not used: crossread.cache.enabled is off');
    const started = now();
    const epoch = this.deps.epoch();
    const stale = () => epoch !== this.deps.epoch() || this.disposed;
    const file = await readCacheFile(storage);
    if ('missing' in file) return log.info('index cache not used: none yet in this workspace; indexing every article');
    if ('error' in file) return log.warn(`index cache not used: cannot read it (${oneLine(file.error)}); indexing every article`);
    const read = await this.readSliced(file.bytes);
    if (!read) return;
    if (!read.ok) return log.warn(`index cache not used: ${oneLine(read.reason)}; indexing every article`);
    if (stale()) return;
    const data = read.data;
    // The worker reads the bytes itself (its own copy, parsed off this thread); in this thread it shares ours.
    const engineDone = engine.call({ type: 'restore', cache: engine.kind === 'in-thread' ? data : file.bytes });
    let restored = 0;
    const slicer = new TimeSlicer();
    for (const a of data.documents) {
      await slicer.maybeYield();
      const id = a.meta.id;
      if (mirror.has(id)) continue; // read since: newer than the cache
      const uri = uriOfId(id);
      if (!uri) continue;
      mirror.restored(id, a, uri);
      restored++;
    }
    if (stale()) return;
    const { options, decisions } = this.deps.settings();
    const sameView = data.fingerprint === cacheFingerprint(options, decisions);
    if (sameView) {
      // The cache's rows, for the documents whose analysis is the cache's (one read since has other mentions: no row
      // until the scan's view replaces this one). The snapshot then rebuilds nothing: one short step.
      const cached = new Set(data.documents);
      const rows = new Map<string, Int32Array>();
      let allCached = true;
      for (const [id, a] of mirror.entries()) {
        const row = cached.has(a) ? data.assignment?.get(id) : undefined;
        if (row) rows.set(id, row);
        else allCached = false;
        if (rows.size % 1024 === 1023) await slicer.maybeYield();
      }
      await slicer.yield();
      if (stale()) return;
      this.restoredView = true;
      this.cachedGeneration = this.dataGeneration;
      const restored = new CorpusSnapshot(mirror.allAnalyses(), data.entities, data.figures, data.claims, 0, rows, allCached ? data.claimRows : undefined);
      restored.stories = data.stories ?? [];
      this.deps.receiver.showRestored(restored);
    }
    log.info(
      `restored ${restored} articles from the cache in ${Math.round(now() - started)} ms` +
        (sameView ? '; checking every file' : '; decisions or options changed since it was written: names and claims recomputed; checking every file'),
    );
    const res = await engineDone;
    this.engineAdopted = sameView && res.adopted === true;
    if (res.reason) log.warn(`the engine did not take the cache (${oneLine(res.reason)}); its articles are analysed again`);
    if (!sameView && epoch === this.deps.epoch()) {
      this.deps.receiver.markDue();
      this.deps.wake();
    }
  }

  /** Decodes and reads the cache a line at a time, in slices of ~20 ms: the extension host stays responsive. */
  private async readSliced(bytes: Uint8Array): Promise<CacheRead | undefined> {
    const steps = readIndexCache(linesOfBytes(bytes));
    const slicer = new TimeSlicer();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (this.disposed) return undefined;
      await slicer.maybeYield();
    }
  }

  private async write(): Promise<void> {
    const { storage, config, log, engine } = this.deps;
    if (!storage || this.disposed || this.writing || !config.get().cacheEnabled) return;
    if (!this.deps.idle() || this.reading) return this.scheduleWrite();
    const generation = this.dataGeneration;
    if (generation === this.cachedGeneration) return;
    this.writing = true;
    const started = now();
    try {
      const { options, decisions } = this.deps.settings();
      const res = await engine.call({ type: 'serialize', fingerprint: cacheFingerprint(options, decisions) });
      // Changed meanwhile: the next publish schedules another write.
      if (generation !== this.dataGeneration || this.disposed) return;
      await writeCacheFile(storage, res.bytes);
      this.cachedGeneration = generation;
      log.info(`index cache written: ${res.documents} articles, ${(res.bytes.length / 1e6).toFixed(1)} MB in ${Math.round(now() - started)} ms`);
    } catch (err) {
      log.warn(`index cache not written (${err instanceof Error ? err.message : String(err)})`);
    } finally {
      this.writing = false;
    }
  }
}
