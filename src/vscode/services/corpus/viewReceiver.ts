// The view the editor features read, and how a new one arrives from the engine: after an edit, as a delta from the
// view held here (core/corpus/transfer/snapshotDelta.ts); otherwise in parts, assembled in time slices
// (engine/receiveSnapshot.ts) while the published view stays. A provisional view (a few articles updated online,
// core/corpus/onlineUpdate.ts) is replaced by the exact one after EXACT_AFTER_MS without an edit.
import * as vscode from 'vscode';
import { applyDelta, checksum, CorpusSnapshot, type DocumentAnalysis } from '../../../core';
import { receiveSnapshot } from '../../engine/receiveSnapshot';
import type { Log } from '../log';
import { uriOfId } from '../paths';
import { now } from '../schedule';
import type { EngineConnection } from './engineConnection';
import type { DocumentMirror } from './mirror';

/** What the editor features read: one immutable snapshot and the texts it was made from. */
export interface CorpusView {
  readonly snapshot: CorpusSnapshot;
  /** The text a document was analysed from: the snapshot's offsets index into it. */
  text(doc: string): string | undefined;
  uri(doc: string): vscode.Uri | undefined;
}

/** Quiet time after the last edit before a provisional view (onlineUpdate.ts) is replaced by the exact one. */
export const EXACT_AFTER_MS = 1200;

export interface ViewReceiverDeps {
  engine: EngineConnection;
  mirror: DocumentMirror;
  log: Log;
  /** The job queue's epoch: a view asked for in an older one is dropped (and asked for again). */
  epoch: () => number;
  /** The document id of a URI in the workspace. */
  idOf: (uri: vscode.Uri) => string | undefined;
  /** Runs the job queue (which publishes the view due). */
  wake: () => void;
  /** Just before a view from the engine is shown, and just after. */
  showing: () => void;
  shown: () => void;
}

export class ViewReceiver implements vscode.Disposable {
  private published: CorpusView;
  /** The published view when it came from the engine (not the cache's): the engine sends a view made from it as a delta. */
  private engineView?: CorpusSnapshot;
  /** The engine's data changed since the last view: a new one is due. */
  private due = false;
  /** The next view asked for is the exact one. */
  private exactWanted = false;
  /** A provisional view is published: the exact one is asked for when this fires (re-armed by every edit). */
  private exactTimer?: ReturnType<typeof setTimeout>;
  private lastMs = 0;
  private disposed = false;
  private readonly emitter = new vscode.EventEmitter<CorpusView>();
  /** A new view was published. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly deps: ViewReceiverDeps) {
    this.published = this.makeView(new CorpusSnapshot([], [], [], [], 0));
  }

  get current(): CorpusView {
    return this.published;
  }

  get viewDue(): boolean {
    return this.due;
  }

  /** How long the last view took, engine and host together (ms). */
  get lastViewMs(): number {
    return this.lastMs;
  }

  /** No view due, and no exact view waiting to be asked for. */
  get settled(): boolean {
    return !this.due && this.exactTimer === undefined && !this.exactWanted;
  }

  /** The engine's data changed: the next run of the queue publishes. */
  markDue(): void {
    this.due = true;
  }

  /** Still typing: the exact view waits for quiet (when one is waiting). */
  postponeExact(): void {
    if (this.exactTimer) this.scheduleExact();
  }

  /** Shows a view made here (the index cache's): the engine holds no copy of it to make a delta from. */
  showRestored(snapshot: CorpusSnapshot): void {
    this.published = this.makeView(snapshot);
    this.engineView = undefined;
    this.emitter.fire(this.published);
  }

  /** Asks the engine for the view of what it holds now and publishes it (the previous one stays until then). */
  async publish(): Promise<void> {
    const { engine, mirror, log } = this.deps;
    const epoch = this.deps.epoch();
    const stale = () => epoch !== this.deps.epoch() || this.disposed;
    this.due = false;
    const exact = this.exactWanted;
    this.exactWanted = false;
    const held = this.engineView;
    let data = await engine.call({ type: 'snapshot', exact, have: held?.serial });
    if (stale()) {
      this.due = true;
      return;
    }
    const t = now();
    let snapshot: CorpusSnapshot | undefined;
    let fetched: DocumentAnalysis[] = [];
    if (data.delta && held) {
      // Made from the view held here (an edit): only what changed came.
      snapshot = applyDelta(held, data.delta, (id) => mirror.analysis(id));
      if (!snapshot) {
        // This mirror's analyses are not the engine's (a response dropped across a cancel): the whole view.
        data = await engine.call({ type: 'snapshot', exact });
        if (stale()) {
          this.due = true;
          return;
        }
      }
    }
    if (!snapshot) {
      if (!data.transfer) {
        log.warn('the engine sent no view; the previous one stays');
        return;
      }
      // The view arrives in parts and is assembled in slices; the published one stays until then.
      const handle = data.transfer.handle;
      let received: Awaited<ReturnType<typeof receiveSnapshot>>;
      try {
        received = await receiveSnapshot(data.transfer, data.version, {
          part: (part) => engine.call({ type: 'snapshotPart', handle, part }).then((r) => r.part),
          analyses: (ids) => engine.call({ type: 'snapshotAnalyses', handle, ids }).then((r) => r.analyses),
          held: (id) => mirror.analysis(id),
          cancelled: stale,
        });
      } catch (err) {
        if (this.disposed) return;
        // Another snapshot was asked for meanwhile, or the engine failed: the next change publishes again.
        log.warn(`the new view was not received (${err instanceof Error ? err.message : String(err)}); the previous one stays`);
        return;
      }
      if (!received || stale()) {
        this.due = true;
        return;
      }
      snapshot = received.snapshot;
      fetched = received.fetched;
    }
    snapshot.provisional = data.provisional;
    snapshot.serial = data.serial;
    this.engineView = snapshot;
    // Analyses this mirror missed (a response dropped across a cancel): the engine's are the view's now.
    for (const a of fetched) mirror.fetched(a);
    const ms = data.ms + (now() - t);
    this.lastMs = ms;
    if (ms > 250) log.info(`cross-document analysis of ${snapshot.documents.length} articles took ${Math.round(ms)} ms (engine: ${engine.kind})`);
    this.published = this.makeView(snapshot);
    if (data.provisional) this.scheduleExact();
    else if (this.exactTimer) {
      clearTimeout(this.exactTimer);
      this.exactTimer = undefined;
    }
    this.deps.showing();
    this.emitter.fire(this.published);
    this.deps.shown();
  }

  dispose(): void {
    this.disposed = true;
    if (this.exactTimer) clearTimeout(this.exactTimer);
    this.emitter.dispose();
  }

  /** The exact view after a quiet spell: a provisional one (a few articles updated online) is not left standing. */
  private scheduleExact(): void {
    if (this.exactTimer) clearTimeout(this.exactTimer);
    this.exactTimer = setTimeout(() => {
      this.exactTimer = undefined;
      if (this.disposed) return;
      this.exactWanted = true;
      this.due = true;
      this.deps.wake();
    }, EXACT_AFTER_MS);
  }

  private makeView(snapshot: CorpusSnapshot): CorpusView {
    const { texts, uris } = this.deps.mirror.frozen();
    const verified = new Map<string, string>();
    return {
      snapshot,
      text: (doc) => texts.get(doc) ?? this.unreadText(snapshot, doc, verified),
      uri: (doc) => uris.get(doc) ?? uriOfId(doc),
    };
  }

  /**
   * The text of a document of the cache that has not been read yet (the cache holds no texts): the one read since
   * or an open editor's, when it is exactly the text the analysis was made from (same checksum).
   */
  private unreadText(snapshot: CorpusSnapshot, doc: string, verified: Map<string, string>): string | undefined {
    const a = snapshot.analysis(doc);
    if (!a) return undefined;
    const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && this.deps.idOf(d.uri) === doc);
    for (const t of [this.deps.mirror.text(doc), open?.getText()]) {
      if (t === undefined || t.length !== a.length) continue;
      if (t === verified.get(doc) || checksum(t) === a.checksum) {
        verified.set(doc, t);
        return t;
      }
    }
    return undefined;
  }
}
