// Small measuring helpers shared by the benchmark tasks: CPU and wall timers, percentiles, an RSS sampler
// running in a worker thread (it keeps sampling while the main thread is busy inside one long call).
import { Worker } from 'node:worker_threads';

export interface Timed<T> {
  value: T;
  /** CPU time of the whole process (user + system), ms. Includes V8's helper threads (GC). */
  cpu: number;
  /** Wall-clock time, ms. On a shared machine this includes time spent waiting for a core. */
  wall: number;
}

export function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

export function timed<T>(f: () => T): Timed<T> {
  const c0 = cpuNow();
  const w0 = performance.now();
  const value = f();
  return { value, wall: performance.now() - w0, cpu: cpuNow() - c0 };
}

/** Nearest-rank percentile of a list of numbers (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

/** Samples the process RSS every few milliseconds from a worker thread; `phase(k)` attributes samples to phase k. */
export class RssSampler {
  private readonly shared = new SharedArrayBuffer(8 * 10);
  private readonly cells = new Float64Array(this.shared);
  private readonly worker: Worker;

  constructor(intervalMs = 5) {
    const code = `
      const { workerData } = require('node:worker_threads');
      const a = new Float64Array(workerData.buf);
      const tick = () => {
        const r = process.memoryUsage.rss();
        const ph = a[0] | 0;
        if (r > a[1 + ph]) a[1 + ph] = r;
        if (!a[9]) setTimeout(tick, workerData.ms);
      };
      tick();`;
    this.worker = new Worker(code, { eval: true, workerData: { buf: this.shared, ms: intervalMs } });
    this.worker.unref();
  }

  phase(k: number): void {
    this.cells[0] = k;
    const r = process.memoryUsage.rss();
    if (r > this.cells[1 + k]!) this.cells[1 + k] = r;
  }

  /** Highest RSS seen in phase k, bytes. */
  peak(k: number): number {
    const r = process.memoryUsage.rss();
    if ((this.cells[0]! | 0) === k && r > this.cells[1 + k]!) this.cells[1 + k] = r;
    return this.cells[1 + k]!;
  }

  async stop(): Promise<void> {
    this.cells[9] = 1;
    await this.worker.terminate();
  }
}

export const MB = 1e6;
export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** The regex baseline: one pass of a simple word-splitting regex over every text. Returns the word count. */
export function wordSplitPass(texts: readonly string[]): number {
  const WORD = /[\p{L}\p{N}]+/gu;
  let n = 0;
  for (const t of texts) {
    WORD.lastIndex = 0;
    while (WORD.exec(t) !== null) n++;
  }
  return n;
}

/** Best (lowest CPU) of `rounds` runs after one warm-up run. */
export function bestOf<T>(rounds: number, f: () => T): Timed<T> {
  f();
  let best: Timed<T> | undefined;
  for (let i = 0; i < rounds; i++) {
    const t = timed(f);
    if (!best || t.cpu < best.cpu) best = t;
  }
  return best!;
}
