// The extension host's side of a snapshot transfer (the format: src/core/corpus/transfer/snapshotParts.ts): the
// parts are asked for one at a time and assembled in slices of ~20 ms with a macrotask turn in between, so the host
// never holds its thread for long; the new snapshot exists only once every part is in (the previous view stays
// published until then).
import { SnapshotAssembler, matchAnalyses, type CorpusSnapshot, type DocumentAnalysis, type SnapshotHeader, type SnapshotPart } from '../../core';
import { TimeSlicer } from '../services/schedule';

/** How the host reaches the engine while it receives a snapshot. */
export interface SnapshotSource {
  part(k: number): Promise<SnapshotPart>;
  /** The engine's analyses of these documents (those the host does not hold as the engine does). */
  analyses(ids: string[]): Promise<(DocumentAnalysis | null)[]>;
  /** The host's analysis of a document. */
  held(id: string): DocumentAnalysis | undefined;
  /** True when the result is no longer wanted (the receive stops at its next step). */
  cancelled?(): boolean;
}

/** Analyses asked for per request, when the host lacks some (each is a structured clone of a whole analysis). */
const ANALYSES_PER_REQUEST = 32;

/**
 * Receives a snapshot on the host in slices: each part's message is its own macrotask, and the assembly yields
 * to the event loop whenever its ~20 ms slice is used up. The next part is asked for before the current one is
 * assembled (the engine encodes it meanwhile). Undefined when cancelled. `fetched`: analyses the host did not hold
 * as the engine did, now part of the snapshot (the caller's mirror should take them).
 */
export async function receiveSnapshot(
  header: SnapshotHeader,
  version: number,
  source: SnapshotSource,
  slicer: TimeSlicer = new TimeSlicer(),
): Promise<{ snapshot: CorpusSnapshot; fetched: DocumentAnalysis[] } | undefined> {
  const stop = () => source.cancelled?.() === true;
  // The header's message was received (deserialised) in a stretch of its own: the matching starts a new one.
  await slicer.yield();
  if (stop()) return undefined;
  const matching = matchAnalyses(header, source.held);
  let r = matching.next();
  for (; !r.done; r = matching.next()) if ((await slicer.maybeYield()) && stop()) return undefined;
  const { analyses, missing } = r.value;
  const fetched: DocumentAnalysis[] = [];
  if (missing.length > 0) {
    const at = new Map<string, number>();
    header.documents.forEach((id, i) => at.set(id, i));
    for (let i = 0; i < missing.length; i += ANALYSES_PER_REQUEST) {
      const ids = missing.slice(i, i + ANALYSES_PER_REQUEST);
      const got = await source.analyses(ids);
      if (stop()) return undefined;
      got.forEach((a, k) => {
        if (!a) throw new Error(`snapshot transfer: the engine has no analysis of ${ids[k]}`);
        analyses[at.get(ids[k]!)!] = a;
        fetched.push(a);
      });
    }
  }
  const asm = new SnapshotAssembler(header, analyses as DocumentAnalysis[], version);
  const ask = (k: number) => {
    const p = source.part(k);
    p.catch(() => undefined); // awaited below; not an unhandled rejection while the previous part is assembled
    return p;
  };
  let next = header.parts > 0 ? ask(0) : undefined;
  for (let k = 0; k < header.parts; k++) {
    const part = await next!;
    next = k + 1 < header.parts ? ask(k + 1) : undefined;
    if (stop()) return undefined;
    // The message was received (deserialised) in a stretch of its own: the assembly starts a new one.
    await slicer.yield();
    for (const _ of asm.accept(part)) {
      if ((await slicer.maybeYield()) && stop()) return undefined;
    }
  }
  const steps = asm.finish();
  for (;;) {
    const step = steps.next();
    if (step.done) return { snapshot: step.value, fetched };
    if ((await slicer.maybeYield()) && stop()) return undefined;
  }
}
