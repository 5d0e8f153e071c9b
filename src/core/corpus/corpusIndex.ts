// The corpus index: per-document analyses kept by id, and the policy that picks how the cross-document view is
// made after a change. Changing one document re-analyses that document only. The view then comes by one of three
// paths, cheapest first:
//   - carry-over (carryOver.ts): the edits kept every name and figure; the last view with new offsets (exact);
//   - online update (onlineUpdate.ts): a few documents changed; the last view updated in place (provisional);
//   - rebuild (rebuild.ts): every cross-document stage over every analysis (exact).
// `quickSnapshot` tries them in that order (the editor shows it at once); `snapshot` is always exact.
import { emptyDecisions, type Decisions, type DocumentAnalysis, type SourceFile } from '../model';
import { analyzeDocument, checksum } from './analyzeDocument';
import { carryOver } from './carryOver';
import { onlineUpdate, prepareOnlineUpdate } from './onlineUpdate';
import { buildSnapshot, type EngineOptions } from './rebuild';
import type { CorpusSnapshot } from './snapshot';

export type { EngineOptions } from './rebuild';

export class CorpusIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private decisions: Decisions = emptyDecisions();
  /** The view of the documents as they are now, once made (exact, or provisional from `quickSnapshot`). */
  private current?: CorpusSnapshot;
  private changes = 0;
  /** The last exact snapshot, and what changed since: documents set or removed, and whether the set of documents or the settings changed. */
  private exact?: CorpusSnapshot;
  private readonly sinceExact = new Set<string>();
  private structuralSinceExact = false;
  /** The last snapshot handed out (exact or provisional), and the documents set or removed since. */
  private shown?: CorpusSnapshot;
  private readonly sinceShown = new Set<string>();
  private settingsSinceShown = false;

  constructor(private options: EngineOptions = {}) {}

  /** Analyses and stores a document; unchanged text (same checksum) is not analysed again. */
  setDocument(file: SourceFile): DocumentAnalysis {
    const old = this.docs.get(file.id);
    if (old && old.checksum === checksum(file.text)) return old;
    const a = analyzeDocument(file);
    this.put(a);
    return a;
  }

  /** Stores an analysis made elsewhere (a worker, or the cache). */
  setAnalysis(a: DocumentAnalysis): void {
    this.put(a);
  }

  /**
   * Adopts a cross-document view made elsewhere (the index cache) as the current snapshot: the caller vouches that
   * it was made from exactly the analyses held now (the same objects), under the same decisions and options.
   */
  adoptSnapshot(snapshot: CorpusSnapshot): void {
    this.settleExact(snapshot);
  }

  removeDocument(id: string): boolean {
    const had = this.docs.delete(id);
    if (had) this.invalidate(id, true);
    return had;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  analysis(id: string): DocumentAnalysis | undefined {
    return this.docs.get(id);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Increments on every change; a snapshot remembers the version it was made from. */
  get version(): number {
    return this.changes;
  }

  setDecisions(decisions: Decisions): void {
    this.decisions = decisions;
    this.invalidateSettings();
  }

  setOptions(options: EngineOptions): void {
    this.options = options;
    this.invalidateSettings();
  }

  /**
   * The exact cross-document view: what `buildSnapshot` makes of the documents now. After edits that leave every
   * name and figure of the edited documents as they were (the usual keystroke: text moves, names stay), the last
   * exact clustering and claims are carried over with new offsets instead of being recomputed over the whole corpus.
   */
  snapshot(): CorpusSnapshot {
    if (this.current && !this.current.provisional) return this.current;
    return this.settleExact(this.carried() ?? buildSnapshot([...this.docs.values()], this.decisions, this.options, this.changes));
  }

  /**
   * The cross-document view fast: exact when the edits since the last exact snapshot kept their names and figures,
   * else, for a few documents changed, the last view updated online (`provisional` is then true: see onlineUpdate.ts),
   * else the exact view. The editor shows this at once and asks for `snapshot()` when idle.
   */
  quickSnapshot(): CorpusSnapshot {
    if (this.current) return this.current;
    const carried = this.carried();
    if (carried) return this.settleExact(carried);
    if (this.shown && !this.settingsSinceShown && this.sinceShown.size > 0) {
      // A typo after earlier edits: the view shown (provisional) carried over, as cheap as from an exact one.
      const typo = carryOver(this.shown, this.sinceShown, this.docs, this.changes);
      if (typo) {
        typo.provisional = this.shown.provisional;
        this.current = this.shown = typo;
        this.sinceShown.clear();
        return typo;
      }
      const changes = new Map<string, DocumentAnalysis | undefined>();
      for (const id of this.sinceShown) changes.set(id, this.docs.get(id));
      const s = onlineUpdate(this.shown, changes, this.docs, this.options.conflictTolerance, this.changes);
      if (s) {
        this.current = this.shown = s;
        this.sinceShown.clear();
        return s;
      }
    }
    return this.snapshot();
  }

  /**
   * Builds what `quickSnapshot` looks things up in for the current snapshot (names, claim buckets), so the first
   * edit after a rebuild does not pay for it. For idle time; `quickSnapshot` builds it itself when needed.
   */
  prepareQuick(): void {
    prepareOnlineUpdate(this.snapshot());
  }

  /** An exact view of the documents as they are now: current, shown, and the base of what comes next. */
  private settleExact(s: CorpusSnapshot): CorpusSnapshot {
    this.current = this.exact = this.shown = s;
    this.sinceExact.clear();
    this.sinceShown.clear();
    this.structuralSinceExact = false;
    this.settingsSinceShown = false;
    return s;
  }

  /** The last exact snapshot carried over the edits since, when they kept every name and figure. */
  private carried(): CorpusSnapshot | undefined {
    if (!this.exact || this.structuralSinceExact) return undefined;
    return carryOver(this.exact, this.sinceExact, this.docs, this.changes);
  }

  private put(a: DocumentAnalysis): void {
    const isNew = !this.docs.has(a.meta.id);
    this.docs.set(a.meta.id, a);
    this.invalidate(a.meta.id, isNew);
  }

  private invalidate(id: string, structural: boolean): void {
    this.current = undefined;
    this.changes++;
    this.sinceExact.add(id);
    this.sinceShown.add(id);
    if (structural) this.structuralSinceExact = true;
  }

  private invalidateSettings(): void {
    this.current = undefined;
    this.changes++;
    this.structuralSinceExact = true;
    this.settingsSinceShown = true;
  }
}
