// The engine side of the protocol: one CorpusIndex answering requests. Pure (runs in a Node worker thread, or
// in the extension host itself).
import { CorpusIndex, CorpusSnapshot, SnapshotEncoder, cacheFingerprint, deltaOf, deserializeIndexCache, emptyDecisions, readDocumentMeta, serializeIndexCache, type Decisions, type EngineOptions } from '../../core';
import type { EngineBackend, EngineRequest, EngineResponse, ResponseTo } from './protocol';

const now = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

export class EngineHost {
  private index = new CorpusIndex();
  /** What the index was told last (a cached view is adopted only when made under the same). */
  private decisions: Decisions = emptyDecisions();
  private options: EngineOptions = {};
  /** The parts of the last snapshot sent (an older handle is refused: the host asks again). */
  private encoder?: SnapshotEncoder;
  private handles = 0;

  handle(request: EngineRequest): EngineResponse {
    switch (request.type) {
      case 'set': {
        const { id, text, languages } = request;
        if (languages.length > 0) {
          const meta = readDocumentMeta({ id, text });
          if (!languages.includes(meta.lang)) {
            const removed = this.index.removeDocument(id);
            return { type: 'set', result: 'skipped', reason: `language "${meta.lang}" is not in crossread.languages (${languages.join(', ')})`, removed };
          }
        }
        const before = this.index.analysis(id);
        try {
          const a = this.index.setDocument({ id, text });
          return a === before ? { type: 'set', result: 'unchanged' } : { type: 'set', result: 'changed', analysis: a };
        } catch (err) {
          const removed = this.index.removeDocument(id);
          return { type: 'set', result: 'skipped', reason: `analysis failed (${err instanceof Error ? err.message : String(err)})`, removed };
        }
      }
      case 'remove':
        return { type: 'remove', removed: this.index.removeDocument(request.id) };
      case 'decisions':
        this.index.setDecisions(request.decisions);
        this.decisions = request.decisions;
        return { type: 'ok' };
      case 'options':
        this.index.setOptions(request.options);
        this.options = request.options;
        return { type: 'ok' };
      case 'reset':
        this.encoder = undefined;
        this.index = new CorpusIndex(request.options);
        this.index.setDecisions(request.decisions);
        this.decisions = request.decisions;
        this.options = request.options;
        return { type: 'ok' };
      case 'snapshot': {
        const t = now();
        const s = request.exact ? this.index.snapshot() : this.index.quickSnapshot();
        // After an exact view (the editor asks for it when idle), what the next edit's quick view needs is built now.
        if (!s.provisional) this.index.prepareQuick();
        // Made from the view the editor holds (an edit's quick view, a typo carried over): only what changed.
        if (request.have !== undefined && s.lineage?.from === request.have) {
          const delta = deltaOf(s)!;
          return { type: 'snapshot', version: s.version, ms: now() - t, provisional: s.provisional, serial: s.serial, delta };
        }
        const ms = now() - t;
        this.encoder = new SnapshotEncoder(s, ++this.handles);
        return { type: 'snapshot', version: s.version, ms, provisional: s.provisional, serial: s.serial, transfer: this.encoder.header };
      }
      case 'snapshotPart':
        return { type: 'snapshotPart', part: this.encoderOf(request.handle).part(request.part) };
      case 'snapshotAnalyses':
        return { type: 'snapshotAnalyses', analyses: this.encoderOf(request.handle).analyses(request.ids) };
      case 'restore': {
        let data = request.cache;
        if (data instanceof Uint8Array) {
          const read = deserializeIndexCache(new TextDecoder().decode(data));
          if (!read.ok) return { type: 'restore', restored: 0, reason: read.reason };
          data = read.data;
        }
        // What the engine already has was read since (a file changed while the cache was read): it wins.
        let restored = 0;
        for (const a of data.documents) {
          if (this.index.has(a.meta.id)) continue;
          this.index.setAnalysis(a);
          restored++;
        }
        // The cache's cross-document view too, when it was made from exactly what the index now holds: no rebuild.
        const adopted = restored === data.documents.length && this.index.size === restored && data.fingerprint === cacheFingerprint(this.options, this.decisions);
        if (adopted) {
          const view = new CorpusSnapshot([...data.documents], data.entities, data.figures, data.claims, this.index.version, data.assignment, data.claimRows);
          view.stories = data.stories ?? [];
          this.index.adoptSnapshot(view);
        }
        return { type: 'restore', restored, adopted };
      }
      case 'serialize': {
        const s = this.index.snapshot();
        return { type: 'serialize', bytes: new TextEncoder().encode(serializeIndexCache(s, request.fingerprint)), documents: s.documents.length };
      }
    }
  }

  private encoderOf(handle: number): SnapshotEncoder {
    if (!this.encoder || this.encoder.header.handle !== handle) throw new Error(`snapshot ${handle} is no longer held by the engine (the latest is ${this.encoder?.header.handle ?? 'none'})`);
    return this.encoder;
  }
}

/** The engine in the extension host's own thread (the browser, or when no worker can start). */
export function inThreadEngine(): EngineBackend {
  const host = new EngineHost();
  return {
    kind: 'in-thread',
    call<R extends EngineRequest>(request: R): Promise<ResponseTo<R>> {
      try {
        return Promise.resolve(host.handle(request) as ResponseTo<R>);
      } catch (err) {
        return Promise.reject(err);
      }
    },
    dispose() {},
  };
}
