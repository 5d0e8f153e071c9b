// What activate() returns: a small API for the integration tests (and for other extensions).
import type * as vscode from 'vscode';
import type { CorpusSnapshot, Decisions, DecisionsProblem } from '../core';
import type { ActivationTiming } from './activationTiming';
import type { IndexState } from './services/corpus';

export interface CrossreadApi {
  /** The snapshot hovers, views and decorations currently show. */
  snapshot(): CorpusSnapshot;
  /** Resolves when indexing, debounced changes and decisions loading are all done. */
  whenIdle(): Promise<void>;
  indexState(): IndexState;
  /** Where the engine runs: a worker thread (desktop) or the extension host's thread (web, fallback). */
  engine(): 'worker' | 'in-thread';
  /** The engine's document id for a URI in the workspace. */
  documentId(uri: vscode.Uri): string | undefined;
  /** The analysed text of a document (offsets in the snapshot index into it). */
  documentText(doc: string): string | undefined;
  decisions(): Decisions;
  decisionProblems(): DecisionsProblem[];
  /** Decoration ranges last applied per editor document URI (string), by decoration key. */
  decorations(): Record<string, Record<string, vscode.Range[]>>;
  /** The claim the compare webview shows and its HTML (both undefined when it is closed). */
  compare(): { claimId: string | undefined; html: string | undefined };
  /** Recent output channel lines ("level: message"). */
  log(): string[];
  /** How long activation held the extension host: activate()'s synchronous work, the delay to its first
   *  deferred step, the bundle's module evaluation (also one line in the Crossread output channel). */
  activation(): ActivationTiming;
}
