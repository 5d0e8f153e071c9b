// The indexing progress the status bar and the views show: indexing or not, jobs done of the scan's total, and
// whether a scan has completed (the views may then say "nothing found"). Change events are throttled.
import * as vscode from 'vscode';
import { now } from '../schedule';

export interface IndexState {
  indexing: boolean;
  /** A scan has completed (the views may say "nothing found"). */
  ready?: boolean;
  /** Jobs processed / queued during the current scan. */
  done: number;
  total: number;
}

const STATE_EVERY_MS = 100;

export class IndexProgress implements vscode.Disposable {
  private state: IndexState = { indexing: false, done: 0, total: 0 };
  private scannedOnce = false;
  private lastFired = 0;
  private readonly emitter = new vscode.EventEmitter<IndexState>();
  readonly onDidChange = this.emitter.event;

  get current(): IndexState {
    return { ...this.state, ready: this.scannedOnce && !this.state.indexing };
  }

  get indexing(): boolean {
    return this.state.indexing;
  }

  /** A scan starts: `total` articles to read (0: not listed yet). */
  scanning(total: number): void {
    this.set({ indexing: true, done: 0, total }, true);
  }

  /** One job of the scan done. */
  jobDone(): void {
    if (this.state.indexing) this.set({ ...this.state, done: Math.min(this.state.total, this.state.done + 1) });
  }

  /** A scan has completed. */
  scanned(): void {
    this.scannedOnce = true;
  }

  /** Nothing left to do. */
  idle(): void {
    if (this.state.indexing) this.set({ indexing: false, done: 0, total: 0 }, true);
  }

  dispose(): void {
    this.emitter.dispose();
  }

  private set(state: IndexState, force = false): void {
    this.state = state;
    const t = now();
    if (force || t - this.lastFired > STATE_EVERY_MS) {
      this.lastFired = t;
      this.emitter.fire(this.current);
    }
  }
}
