// The view an EngineHost sends, assembled as the extension host assembles it (src/core/corpus/transfer/assembleSnapshot.ts), synchronously.
import { assembleSnapshot, type CorpusSnapshot, type DocumentAnalysis } from '../../src/core';
import type { EngineHost } from '../../src/vscode/engine/engineHost';
import type { SnapshotData } from '../../src/vscode/engine/protocol';

/** Asks `engine` for a snapshot and assembles it from its parts; `held`: the analyses the host holds (none: all fetched). */
export function receivedSnapshot(engine: EngineHost, held: (id: string) => DocumentAnalysis | undefined = () => undefined): { snapshot: CorpusSnapshot; data: SnapshotData } {
  const data = engine.handle({ type: 'snapshot' });
  if (data.type !== 'snapshot' || !data.transfer) throw new Error(`no snapshot in parts: ${data.type}`);
  const handle = data.transfer.handle;
  const snapshot = assembleSnapshot(
    data.transfer,
    data.version,
    (part) => {
      const r = engine.handle({ type: 'snapshotPart', handle, part });
      if (r.type !== 'snapshotPart') throw new Error(r.type);
      return r.part;
    },
    held,
    (ids) => {
      const r = engine.handle({ type: 'snapshotAnalyses', handle, ids });
      if (r.type !== 'snapshotAnalyses') throw new Error(r.type);
      return r.analyses;
    },
  );
  return { snapshot, data };
}
