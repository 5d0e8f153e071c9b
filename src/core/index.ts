// The reading engine's public surface. Pure TypeScript: no editor, no Node APIs.
export * from './model';
export { analyzeDocument, analyzeDocumentTimed, checksum, ANALYSIS_VERSION, ANALYSIS_STAGES, type AnalysisStage } from './corpus/analyzeDocument';
export { stageTotals, type StageTimer } from './corpus/stageTimer';
export { CorpusIndex } from './corpus/corpusIndex';
export { CorpusSnapshot, type MentionHit, type FigureHit, type Lineage } from './corpus/snapshot';
export { buildSnapshot, SNAPSHOT_STAGES, type EngineOptions, type SnapshotStage } from './corpus/rebuild';
export { serializeIndexCache, serializeCacheData, deserializeIndexCache, readIndexCache, linesOf, linesOfBytes, cacheFingerprint, CACHE_FORMAT_VERSION, type IndexCacheData, type CacheRead } from './corpus/transfer/indexCache';
export { deltaOf, applyDelta, type SnapshotDelta } from './corpus/transfer/snapshotDelta';
export { SnapshotEncoder, transferablesOf, TRANSFER_LIMITS, type SnapshotHeader, type SnapshotPart, type TransferLimits } from './corpus/transfer/snapshotParts';
export { SnapshotAssembler, assembleSnapshot, matchAnalyses } from './corpus/transfer/assembleSnapshot';
export { toReportV1 } from './report/reportJson';
export { renderMarkdown } from './report/reportMarkdown';
export { formatFigureValue, formatConversion, formatInterval, formatNumber, formatUnit } from './report/format';
export { readDocumentMeta } from './documents/readDocument';
export { detectLanguage } from './documents/language';
export { foldName } from './entities/names';
export { parseDecisions, addDecision, DECISIONS_FILE, type DecisionsProblem, type ParsedDecisions } from './decisions/decisionsYaml';
