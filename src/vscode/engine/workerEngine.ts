// The engine in a Node worker thread (desktop): analysis and the cross-document stages never run on the
// extension host's thread. Node only: imported by the desktop entry, never by the web entry.
import { Worker } from 'node:worker_threads';
import type { EngineBackend, EngineRequest, ResponseTo } from './protocol';

export class EngineWorkerError extends Error {}

export function workerEngine(script: string, onExit: (reason: string) => void): EngineBackend {
  const worker = new Worker(script, { name: 'crossread-engine' });
  let seq = 0;
  let dead: string | undefined;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  const fail = (reason: string) => {
    if (dead) return;
    dead = reason;
    for (const p of pending.values()) p.reject(new EngineWorkerError(reason));
    pending.clear();
    onExit(reason);
  };
  worker.on('message', (msg: { id: number; response?: unknown; error?: string }) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.error !== undefined) p.reject(new Error(msg.error));
    else p.resolve(msg.response as never);
  });
  worker.on('error', (err) => fail(`engine worker failed: ${err.message}`));
  worker.on('exit', (code) => fail(`engine worker exited (code ${code})`));
  return {
    kind: 'worker',
    call<R extends EngineRequest>(request: R): Promise<ResponseTo<R>> {
      if (dead) return Promise.reject(new EngineWorkerError(dead));
      const id = ++seq;
      return new Promise<ResponseTo<R>>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: never) => void, reject });
        worker.postMessage({ id, request });
      });
    },
    dispose() {
      dead ??= 'disposed';
      for (const p of pending.values()) p.reject(new EngineWorkerError('disposed'));
      pending.clear();
      void worker.terminate();
    },
  };
}
