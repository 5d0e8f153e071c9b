// How long activation holds the extension host (issue #5: "activation does at most 50 ms of synchronous work").
// activate.ts imports this module before any other module of the bundle, so its first lines run when the
// bundle's own code starts evaluating; each entry (extension.ts, web/extension.ts) calls `modulesEvaluated()`
// from its top level, which runs once every module it imports has been evaluated. activateCrossread times its
// own synchronous body, step by step, and the delay to its first deferred step.
// Two clocks: wall time (performance.now(), Node and browser) and, where the host's Node has it
// (process.threadCpuUsage, Node ≥ 23.9: code-server's extension host), the CPU time of the extension host's own
// thread, which a loaded machine does not inflate (waiting for a core is not counted; other threads are not).
// Linux advances a running thread's CPU time only at scheduler ticks and switches (up to 4 ms apart here), so a
// CPU figure is good to a tick: totals only, not per step.
const now: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();
type ThreadCpu = () => { user: number; system: number };
const threadCpu: ThreadCpu | undefined =
  typeof process !== 'undefined' && typeof (process as { threadCpuUsage?: ThreadCpu }).threadCpuUsage === 'function'
    ? (process as unknown as { threadCpuUsage: ThreadCpu }).threadCpuUsage.bind(process)
    : undefined;
/** CPU ms of this thread (user + system), or NaN where the host cannot tell. */
const cpuNow = (): number => {
  if (!threadCpu) return NaN;
  const u = threadCpu();
  return (u.user + u.system) / 1000;
};

/** A point on both clocks. */
export interface Instant {
  wall: number;
  cpu: number;
}
export const instant = (): Instant => ({ wall: now(), cpu: cpuNow() });
const cpuOrUndefined = (x: number) => (Number.isFinite(x) ? x : undefined);

const bundleStart = instant();
let bundleEnd: Instant | undefined;

/** Called from the entry module's top level: every module of the bundle has been evaluated. */
export function modulesEvaluated(): void {
  bundleEnd ??= instant();
}

export interface ActivationTiming {
  /** Wall ms of synchronous work in activateCrossread: from its first line to its return (the whole of
   *  activate() but for the entry's one Uri.joinPath). On a loaded machine it includes waiting for a core. */
  syncMs: number;
  /** The same stretch in CPU ms of the extension host's thread; undefined where the host cannot tell. */
  syncCpuMs: number | undefined;
  /** Wall ms from the start of activateCrossread to the start of its first deferred step (the setTimeout(0) that
   *  loads crossread.yaml and starts reading); undefined until that step has run. Includes whatever the host ran
   *  in between (other extensions, messages), so it is not all ours. */
  firstDeferralMs: number | undefined;
  /** Wall ms spent evaluating the extension's bundle (module top levels), before activate() was called. Reading,
   *  parsing and compiling the file are not included. Undefined if the entry did not mark its end. */
  moduleEvaluationMs: number | undefined;
  /** The same in CPU ms of the extension host's thread. */
  moduleEvaluationCpuMs: number | undefined;
  /** syncMs step by step (wall ms): the services, then each feature by name (in registration order). */
  steps: { name: string; ms: number }[];
}

/** Times activateCrossread: `step(name)` after each part, `done()` before it returns. */
export function activationTimer(): { timing: ActivationTiming; step(name: string): void; done(): void; deferred(): void } {
  const t0 = instant();
  let last = t0.wall;
  const timing: ActivationTiming = {
    syncMs: NaN,
    syncCpuMs: undefined,
    firstDeferralMs: undefined,
    moduleEvaluationMs: bundleEnd && bundleEnd.wall - bundleStart.wall,
    moduleEvaluationCpuMs: bundleEnd && cpuOrUndefined(bundleEnd.cpu - bundleStart.cpu),
    steps: [],
  };
  return {
    timing,
    step(name) {
      const t = now();
      timing.steps.push({ name, ms: t - last });
      last = t;
    },
    done() {
      const t = instant();
      timing.syncMs = t.wall - t0.wall;
      timing.syncCpuMs = cpuOrUndefined(t.cpu - t0.cpu);
    },
    deferred() {
      timing.firstDeferralMs = now() - t0.wall;
    },
  };
}

const ms = (x: number) => x.toFixed(1);

/** The output channel line, e.g. "activated in 12.3 ms of synchronous work (...)". */
export function activationLine(t: ActivationTiming): string {
  const parts: string[] = [];
  if (t.syncCpuMs !== undefined) parts.push(`${ms(t.syncCpuMs)} ms CPU`);
  const largest = [...t.steps].sort((a, b) => b.ms - a.ms).slice(0, 3);
  if (largest.length) parts.push(`largest steps: ${largest.map((x) => `${x.name} ${ms(x.ms)} ms`).join(', ')}`);
  parts.push(`the deferred start began ${t.firstDeferralMs === undefined ? '?' : ms(t.firstDeferralMs)} ms after activate() was called`);
  if (t.moduleEvaluationMs !== undefined) parts.push(`loading the extension's modules before that: ${ms(t.moduleEvaluationMs)} ms`);
  return `activated in ${ms(t.syncMs)} ms of synchronous work (${parts.join('; ')})`;
}
