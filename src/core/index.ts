// The reading engine's public surface. Pure TypeScript: no editor, no Node APIs.
export * from './model';
export { analyzeDocument, checksum, ANALYSIS_VERSION } from './corpus/analyzeDocument';
export { CorpusIndex, CorpusSnapshot, buildSnapshot, type EngineOptions, type MentionHit, type FigureHit } from './corpus/corpusIndex';
export { serializeIndexCache, serializeCacheData, deserializeIndexCache, readIndexCache, linesOf, linesOfBytes, cacheFingerprint, CACHE_FORMAT_VERSION, type IndexCacheData, type CacheRead } from './corpus/indexCache';
export { deltaOf, applyDelta, type SnapshotDelta, type Lineage } from './corpus/snapshotDelta';
export { toReportV1 } from './report/reportJson';
export { renderMarkdown } from './report/reportMarkdown';
export { formatFigureValue, formatConversion, formatInterval, formatNumber, formatUnit } from './report/format';
export { readDocumentMeta } from './documents/readDocument';
export { detectLanguage } from './documents/language';
export { foldName } from './entities/names';
export { parseDecisions, addDecision, DECISIONS_FILE, type DecisionsProblem, type ParsedDecisions } from './decisions/decisionsYaml';
