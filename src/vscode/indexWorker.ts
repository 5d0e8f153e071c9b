// Entry of the engine worker thread (desktop): answers EngineRequests with an EngineHost.
import { parentPort } from 'node:worker_threads';
import { transferablesOf } from '../core';
import { EngineHost } from './engine/engineHost';
import type { EngineRequest } from './engine/protocol';

const host = new EngineHost();
parentPort?.on('message', (msg: { id: number; request: EngineRequest }) => {
  try {
    const response = host.handle(msg.request);
    // A snapshot part's typed arrays move to the host without a copy (each part is encoded afresh).
    parentPort!.postMessage({ id: msg.id, response }, response.type === 'snapshotPart' ? transferablesOf(response.part) : undefined);
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
