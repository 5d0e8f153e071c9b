// Entry of the engine worker thread (desktop): answers EngineRequests with an EngineHost.
import { parentPort } from 'node:worker_threads';
import { EngineHost } from './engine/engineHost';
import type { EngineRequest } from './engine/protocol';

const host = new EngineHost();
parentPort?.on('message', (msg: { id: number; request: EngineRequest }) => {
  try {
    parentPort!.postMessage({ id: msg.id, response: host.handle(msg.request) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
