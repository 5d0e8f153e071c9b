// Messages between the editor layer and the engine host (a worker thread on desktop, the same thread in the
// browser). Plain data only: it crosses a structured clone.
import type { Decisions, DocumentAnalysis, EngineOptions, IndexCacheData, SnapshotDelta, SnapshotHeader, SnapshotPart } from '../../core';

export type EngineRequest =
  | { type: 'set'; id: string; text: string; languages: string[] }
  | { type: 'remove'; id: string }
  | { type: 'decisions'; decisions: Decisions }
  | { type: 'options'; options: EngineOptions }
  | { type: 'reset'; decisions: Decisions; options: EngineOptions }
  /**
   * The cross-document view: its header; the parts follow with 'snapshotPart' (see core/corpus/transfer/snapshotParts.ts). Without
   * `exact`, after a few edited articles the engine may answer with a quick, provisional view (onlineUpdate.ts).
   * `have`: the serial of the view the editor holds; a view made from it comes as a delta (core/corpus/transfer/snapshotDelta.ts).
   */
  | { type: 'snapshot'; exact?: boolean; have?: number }
  /** Part `part` of the snapshot the header `handle` describes (the engine keeps the latest snapshot's parts only). */
  | { type: 'snapshotPart'; handle: number; part: number }
  /** The analyses that snapshot was made from, of documents the host does not hold as the engine does. */
  | { type: 'snapshotAnalyses'; handle: number; ids: string[] }
  /** Analyses from the index cache (its bytes, read by the engine, or already read): documents the engine has are kept. */
  | { type: 'restore'; cache: Uint8Array | IndexCacheData }
  /** The index cache of the current snapshot, as UTF-8 bytes (encoded off the extension host's thread). */
  | { type: 'serialize'; fingerprint: string };

/** `adopted`: the engine took the cache's cross-document view as its current snapshot (nothing to rebuild). */
export type RestoreResult = { type: 'restore'; restored: number; adopted?: boolean; reason?: string };
export type SerializeResult = { type: 'serialize'; bytes: Uint8Array; documents: number };

export type SetResult =
  | { type: 'set'; result: 'changed'; analysis: DocumentAnalysis }
  | { type: 'set'; result: 'unchanged' }
  | { type: 'set'; result: 'skipped'; reason: string; removed: boolean };

/**
 * A snapshot's header: what it is made of and how many parts to fetch. It carries no entity, figure or claim:
 * those come in parts of bounded size, so no single message holds the extension host's thread for long.
 */
export interface SnapshotData {
  type: 'snapshot';
  version: number;
  /** Milliseconds the cross-document stages took. */
  ms: number;
  /** A quick view after edits, not the exact stages' result: ask again with `exact` when idle. */
  provisional: boolean;
  /** The snapshot's serial: the editor's copy takes it, and names it as `have` next time. */
  serial: number;
  /** The whole view in parts, or (made from the view the editor holds) only what changed. */
  transfer?: SnapshotHeader;
  delta?: SnapshotDelta;
}

export type SnapshotPartResult = { type: 'snapshotPart'; part: SnapshotPart };
export type SnapshotAnalysesResult = { type: 'snapshotAnalyses'; analyses: (DocumentAnalysis | null)[] };

export type EngineResponse =
  | SetResult
  | { type: 'remove'; removed: boolean }
  | { type: 'ok' }
  | SnapshotData
  | SnapshotPartResult
  | SnapshotAnalysesResult
  | RestoreResult
  | SerializeResult;

export type ResponseTo<R extends EngineRequest> = R extends { type: 'set' }
  ? SetResult
  : R extends { type: 'remove' }
    ? { type: 'remove'; removed: boolean }
    : R extends { type: 'snapshot' }
      ? SnapshotData
      : R extends { type: 'snapshotPart' }
        ? SnapshotPartResult
        : R extends { type: 'snapshotAnalyses' }
          ? SnapshotAnalysesResult
      : R extends { type: 'restore' }
        ? RestoreResult
        : R extends { type: 'serialize' }
          ? SerializeResult
          : { type: 'ok' };

/** Where the engine runs. */
export interface EngineBackend {
  readonly kind: 'worker' | 'in-thread';
  call<R extends EngineRequest>(request: R): Promise<ResponseTo<R>>;
  dispose(): void;
}
