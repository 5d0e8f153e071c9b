// Timing a pipeline's stages from outside (analyzeDocument's per-document stages, buildSnapshot's cross-document
// ones), so scripts and the bench time the real pipeline instead of a copy of it. The caller passes its own clock:
// the engine reads none (no Node API here; a script passes CPU time, a browser performance.now).

export interface StageTimer<S extends string = string> {
  /** The caller's clock, in ms (CPU or wall: the caller decides). */
  now(): number;
  /** A stage ended: its name and how long it took on that clock. */
  stage(name: S, ms: number): void;
}

/** Each call reports the time since the previous call (or since this was made) as that stage; undefined without a timer. */
export function lapper<S extends string>(timer: StageTimer<S> | undefined): ((stage: S) => void) | undefined {
  if (!timer) return undefined;
  let t = timer.now();
  return (stage) => {
    const n = timer.now();
    timer.stage(stage, n - t);
    t = n;
  };
}

/** A timer that sums each stage's time over many runs, stages listed first in the order given. */
export function stageTotals<S extends string>(now: () => number, stages: readonly S[] = []): { timer: StageTimer<S>; totals: Record<S, number> } {
  const totals = {} as Record<S, number>;
  for (const s of stages) totals[s] = 0;
  return { timer: { now, stage: (name, ms) => (totals[name] = (totals[name] ?? 0) + ms) }, totals };
}
