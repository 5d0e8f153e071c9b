// The job queue: every change becomes a job for one URI (read it, or remove it). Jobs are debounced per URI, and a
// newer job for a URI supersedes an older one even while the older one is reading the file (sequence numbers);
// dropping all work (a rebuild, a cancel) starts a new epoch, and jobs of an older epoch do nothing. Jobs run in
// slices of ~20 ms with a macrotask turn in between, so the extension host stays responsive, files read
// READ_AHEAD at a time; one view is published per burst (and every ~1.5 s during a long scan).
import type * as vscode from 'vscode';
import type { Log } from '../log';
import { locate } from '../paths';
import { KeyedDebouncer, TimeSlicer, now, yieldToHost } from '../schedule';

const READ_AHEAD = 16;
const PUBLISH_EVERY_MS = 1500;

export type Op = 'read' | 'remove';

export interface Job {
  key: string;
  uri: vscode.Uri;
  id: string;
  op: Op;
  seq: number;
  epoch: number;
}

/** What the queue runs its jobs with: `load` reads (READ_AHEAD jobs at once), `apply` takes each result in turn. */
export interface JobHandler<L> {
  load(job: Job): Promise<L>;
  apply(job: Job, loaded: L): Promise<void>;
  /** One job done (the scan's progress). */
  jobDone(): void;
  /** A job was queued (an edit: the exact view waits for quiet). */
  enqueued(): void;
  /** A new view is due. */
  readonly viewDue: boolean;
  /** Asks the engine for the view and publishes it; how long the last one took (ms). */
  publish(): Promise<void>;
  readonly lastViewMs: number;
  /** The queue stopped with nothing left to run. */
  settled(): void;
}

export class JobQueue<L = unknown> {
  private readonly seqs = new Map<string, number>();
  private readonly debouncer = new KeyedDebouncer<string>();
  private readonly ready = new Map<string, Job>();
  private running = false;
  private currentEpoch = 0;
  private disposed = false;

  constructor(
    private readonly handler: JobHandler<L>,
    private readonly log: Log,
  ) {}

  /** Work of an older epoch is dropped. */
  get epoch(): number {
    return this.currentEpoch;
  }

  /** Nothing ready, debounced or running. */
  get idle(): boolean {
    return !this.running && this.ready.size === 0 && this.debouncer.pending === 0;
  }

  /** Nothing ready or running (debounced jobs may still come). */
  get drained(): boolean {
    return !this.running && this.ready.size === 0;
  }

  /** Queues a job for a URI inside the workspace, after `delayMs` of quiet for that URI (0: now). */
  enqueue(uri: vscode.Uri, op: Op, delayMs: number, pump = true): void {
    const loc = locate(uri);
    if (!loc) return;
    const key = uri.toString();
    const seq = (this.seqs.get(key) ?? 0) + 1;
    this.seqs.set(key, seq);
    const job: Job = { key, uri, id: loc.id, op, seq, epoch: this.currentEpoch };
    this.handler.enqueued();
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

  /** Runs `run` after `delayMs` of quiet for `key` (a later call for the key replaces it); counts as pending work. */
  debounce(key: string, delayMs: number, run: () => void): void {
    this.debouncer.schedule(key, delayMs, run);
  }

  /** Drops every queued and debounced job; jobs in flight finish without effect (a new epoch). */
  dropAll(): void {
    this.currentEpoch++;
    this.debouncer.clear();
    this.ready.clear();
  }

  /** Runs the ready jobs (and publishes) unless already running; when done, runs again or reports settled. */
  pump(): void {
    if (this.running) return;
    this.running = true;
    void this.drain()
      .catch((err) => this.log.error('indexing error', err))
      .finally(() => {
        this.running = false;
        if (!this.disposed && (this.ready.size > 0 || this.handler.viewDue)) this.pump();
        else this.handler.settled();
      });
  }

  isCurrent(job: Job): boolean {
    return job.epoch === this.currentEpoch && this.seqs.get(job.key) === job.seq;
  }

  dispose(): void {
    this.disposed = true;
    this.dropAll();
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
        const loaded = await Promise.all(chunk.map((j) => this.handler.load(j)));
        for (let k = 0; k < chunk.length; k++) {
          const job = chunk[k]!;
          if (this.isCurrent(job)) {
            try {
              await this.handler.apply(job, loaded[k]!);
            } catch (err) {
              this.log.error(`${job.id}: not indexed`, err);
            }
          }
          this.handler.jobDone();
          await slicer.maybeYield();
        }
        // Intermediate views during a long scan, never more often than 4× their own cost.
        if (this.handler.viewDue && now() - lastPublish > Math.max(PUBLISH_EVERY_MS, this.handler.lastViewMs * 4)) {
          await slicer.yield();
          await this.handler.publish();
          lastPublish = now();
          await slicer.yield();
        }
      }
    }
    if (this.handler.viewDue) {
      await yieldToHost();
      await this.handler.publish();
    }
  }
}
