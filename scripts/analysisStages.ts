// CPU time of each per-document stage, from the engine's own pipeline (analyzeDocumentTimed reports the stages of
// analyzeDocument as it runs them; no copy of the pipeline here), for the analysis scripts.
import { ANALYSIS_STAGES, analyzeDocumentTimed, type AnalysisStage } from '../src/core/corpus/analyzeDocument';
import { stageTotals } from '../src/core/corpus/stageTimer';
import type { SourceFile } from '../src/core/model';
import { cpuNow } from '../bench/measure';

export type StageTimes = Record<AnalysisStage, number>;

/** CPU ms of each per-document stage over `files` (meta, sentences, mentions, figures, events, checksum). */
export function stageTimes(files: readonly SourceFile[]): StageTimes {
  const { timer, totals } = stageTotals<AnalysisStage>(cpuNow, ANALYSIS_STAGES);
  for (const f of files) analyzeDocumentTimed(f, timer);
  return totals;
}
