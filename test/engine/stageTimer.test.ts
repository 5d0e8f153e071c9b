// The pipelines report their own stages (what scripts/analysisStages.ts and the bench's profile read): timing a
// run must not change what it makes, and each stage is reported once per run, in order, on the caller's clock.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/cli/readFolder';
import {
  ANALYSIS_STAGES,
  SNAPSHOT_STAGES,
  analyzeDocument,
  analyzeDocumentTimed,
  buildSnapshot,
  emptyDecisions,
  stageTotals,
  toReportV1,
  type StageTimer,
} from '../../src/core';

const samples = readFolder(resolve(__dirname, '../../samples')).files;

/** A clock that advances by 1, 2, 3, ... ms at each reading, and the stages reported with their durations. */
function recordingTimer<S extends string>(): { timer: StageTimer<S>; seen: [S, number][] } {
  let t = 0;
  let step = 0;
  const seen: [S, number][] = [];
  return { timer: { now: () => (t += ++step), stage: (name, ms) => seen.push([name, ms]) }, seen };
}

describe('stage timers', () => {
  it('analyzeDocumentTimed makes the same analysis and reports every stage once, in order, on the given clock', () => {
    expect(samples.length).toBeGreaterThan(3);
    for (const f of samples) {
      const { timer, seen } = recordingTimer<(typeof ANALYSIS_STAGES)[number]>();
      expect(analyzeDocumentTimed(f, timer)).toEqual(analyzeDocument(f));
      expect(seen.map(([s]) => s)).toEqual([...ANALYSIS_STAGES]);
      // The clock is read once before the first stage and once after each: stage k lasts k + 1 steps.
      expect(seen.map(([, ms]) => ms)).toEqual(ANALYSIS_STAGES.map((_, k) => k + 2));
    }
  });

  it('buildSnapshot with a timer makes the same view and reports every rebuild stage once, in order', () => {
    const analyses = samples.map((f) => analyzeDocument(f));
    const { timer, seen } = recordingTimer<(typeof SNAPSHOT_STAGES)[number]>();
    const timed = buildSnapshot(analyses, emptyDecisions(), {}, 0, timer);
    const plain = buildSnapshot(analyses, emptyDecisions(), {}, 0);
    expect(timed.claims.length).toBeGreaterThan(0);
    expect(toReportV1(timed)).toEqual(toReportV1(plain));
    expect(seen.map(([s]) => s)).toEqual([...SNAPSHOT_STAGES]);
  });

  it('stageTotals sums each stage over runs, stages listed first in the order given', () => {
    let t = 0;
    const { timer, totals } = stageTotals(() => (t += 5), ANALYSIS_STAGES);
    expect(Object.keys(totals)).toEqual([...ANALYSIS_STAGES]);
    for (const f of samples.slice(0, 3)) analyzeDocumentTimed(f, timer);
    expect(Object.values(totals)).toEqual(ANALYSIS_STAGES.map(() => 15));
  });
});
