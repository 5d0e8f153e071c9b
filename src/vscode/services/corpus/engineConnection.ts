// The engine the service talks to: a worker thread on desktop (analysis and the cross-document stages never block
// the extension host), the same thread in the browser. If the worker cannot start, or dies, the engine falls back to
// the in-thread one (and the service indexes again from scratch).
import type { Decisions, EngineOptions } from '../../../core';
import { inThreadEngine } from '../../engine/engineHost';
import type { EngineBackend, EngineRequest, ResponseTo } from '../../engine/protocol';
import type { Log } from '../log';

/** Creates the engine; `onFailure` is called if it dies (the service then falls back to the in-thread engine). */
export type EngineFactory = (onFailure: (reason: string) => void) => EngineBackend;

export class EngineConnection {
  private engine: EngineBackend;
  private disposed = false;

  constructor(
    createEngine: EngineFactory,
    private readonly log: Log,
    /** The decisions and options a (re)started engine is reset with. */
    private readonly settings: () => { decisions: Decisions; options: EngineOptions },
    /** The engine fell back to the in-thread one: everything it held is gone. */
    private readonly onFallback: () => void,
  ) {
    this.engine = this.start(createEngine);
  }

  /** Where the engine runs ("worker" or "in-thread"). */
  get kind(): EngineBackend['kind'] {
    return this.engine.kind;
  }

  call<R extends EngineRequest>(request: R): Promise<ResponseTo<R>> {
    return this.engine.call(request);
  }

  dispose(): void {
    this.disposed = true;
    this.engine.dispose();
  }

  private start(createEngine: EngineFactory): EngineBackend {
    let engine: EngineBackend;
    try {
      engine = createEngine((reason) => this.failed(reason));
    } catch (err) {
      this.log.warn(`the engine worker could not start (${err instanceof Error ? err.message : String(err)}); indexing in the extension host`);
      engine = inThreadEngine();
    }
    const { decisions, options } = this.settings();
    void engine.call({ type: 'reset', decisions, options }).catch(() => undefined);
    return engine;
  }

  private failed(reason: string): void {
    if (this.disposed) return;
    this.log.error(`${reason}; indexing continues in the extension host`);
    this.engine.dispose();
    this.engine = this.start(() => inThreadEngine());
    this.onFallback();
  }
}
