// Cooperative scheduling for the extension host: long work is cut into slices of ~20 ms separated by a
// macrotask turn, so no single task blocks the host for long. Pure (setTimeout only: works in Node and the browser).

export const SLICE_MS = 20;

/** The slice length new slicers use; tests set 0 to make every `maybeYield()` yield (deterministic). */
export const scheduling = { sliceMs: SLICE_MS };

export const now: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

/** Lets the event loop run (a macrotask, so pending I/O, UI messages and timers get their turn). */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tracks the time since the last yield; `maybeYield()` yields once the slice is used up. */
export class TimeSlicer {
  private started = now();
  constructor(private readonly sliceMs = scheduling.sliceMs) {}

  get elapsed(): number {
    return now() - this.started;
  }

  async maybeYield(): Promise<boolean> {
    if (this.elapsed < this.sliceMs) return false;
    await yieldToHost();
    this.started = now();
    return true;
  }

  async yield(): Promise<void> {
    await yieldToHost();
    this.started = now();
  }
}

/** One timer per key: a newer call for a key replaces the older one (the latest event wins). */
export class KeyedDebouncer<K> {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();

  schedule(key: K, delayMs: number, run: () => void): void {
    const old = this.timers.get(key);
    if (old !== undefined) clearTimeout(old);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        run();
      }, delayMs),
    );
  }

  cancel(key: K): void {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  get pending(): number {
    return this.timers.size;
  }

  clear(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
