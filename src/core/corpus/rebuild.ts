// The rebuild: the exact cross-document view, made from every document's analysis by the cross-document stages in
// order. Each stage is one function below; buildSnapshot reads top to bottom. A new stage goes in as one more call
// in buildSnapshot (a stage that narrows which figures are compared, e.g. by story, goes before claimStage) and one
// more name in SNAPSHOT_STAGES. A StageTimer given to buildSnapshot is told each stage's time (the bench's profile).
import type { Claim, Decisions, DocumentAnalysis, Entity, Figure } from '../model';
import { clusterWithAssignment } from '../entities/cluster';
import { groupClaims } from '../claims/groupClaims';
import { storyStage, type StoryView } from '../stories';
import { claimInputs } from './claimInputs';
import { CorpusSnapshot, claimRowsFrom } from './snapshot';
import { sortById } from './sortedLists';
import { lapper, type StageTimer } from './stageTimer';

export interface EngineOptions {
  /** Relative tolerance when comparing figures (0.02 = 2%). */
  conflictTolerance?: number;
}

/** The stages of a rebuild, in the order they run. */
export const SNAPSHOT_STAGES = ['order', 'entities', 'stories', 'claimInputs', 'claims', 'claimRows', 'snapshot'] as const;
export type SnapshotStage = (typeof SNAPSHOT_STAGES)[number];

export function buildSnapshot(input: readonly DocumentAnalysis[], decisions: Decisions, options: EngineOptions, version = 0, timer?: StageTimer<SnapshotStage>): CorpusSnapshot {
  const lap = lapper(timer);
  // In the order of document ids, whatever order the documents came in: the same corpus gives the same view.
  const analyses = input.slice();
  sortById(analyses);
  lap?.('order');
  const { entities, assignment } = entityStage(analyses, decisions);
  lap?.('entities');
  const stories = storyStage(analyses, entities, assignment);
  lap?.('stories');
  const ignored = ignoredFigures(decisions);
  const { figures, claims, byDoc } = claimStage(analyses, entities, assignment, stories, ignored, options, lap);
  // Claim index per figure, while the figure ids' hashes are warm: figure look-ups need no table later.
  const claimRows = ignored.size ? undefined : claimRowsOf(analyses, claims);
  lap?.('claimRows');
  const snapshot = new CorpusSnapshot(analyses, entities, figures, claims, version, byDoc, claimRows);
  snapshot.stories = stories.stories;
  lap?.('snapshot');
  return snapshot;
}

/** Names clustered into entities over every document, with the entity of each mention (one row per document). */
function entityStage(analyses: readonly DocumentAnalysis[], decisions: Decisions): { entities: Entity[]; assignment: Int32Array[] } {
  return clusterWithAssignment(
    analyses.map((a) => ({ doc: a.meta.id, lang: a.meta.lang, mentions: a.mentions })),
    decisions,
  );
}

/** The figures the reader's decisions ignore, as `doc \0 start` or `doc \0 text`. */
function ignoredFigures(decisions: Decisions): Set<string> {
  const ignored = new Set<string>();
  for (const ig of decisions.ignoreFigures) ignored.add(`${ig.doc}\u0000${ig.start ?? ig.text}`);
  return ignored;
}

/** Figures grouped into claims (the same quantity of the same story reported by several sources), read through the clustering. */
function claimStage(
  analyses: readonly DocumentAnalysis[],
  entities: readonly Entity[],
  assignment: readonly Int32Array[],
  stories: StoryView,
  ignored: ReadonlySet<string>,
  options: EngineOptions,
  lap?: (stage: SnapshotStage) => void,
): { figures: Figure[]; claims: Claim[]; byDoc: Map<string, Int32Array> } {
  const { figures, items, byDoc } = claimInputs(analyses, entities, assignment, ignored, {
    storyOf: (ai) => stories.stories[stories.storyOf[ai]!]!.id,
    sourceOf: (ai) => analyses[stories.copyOf[ai]!]!.meta.id,
  });
  lap?.('claimInputs');
  const claims = groupClaims(items, options.conflictTolerance !== undefined ? { tolerance: options.conflictTolerance } : {});
  lap?.('claims');
  return { figures, claims, byDoc };
}

/** The claim index of each figure of each document (every figure kept). */
function claimRowsOf(analyses: readonly DocumentAnalysis[], claims: readonly Claim[]): Map<string, Int32Array> {
  const claimOf = new Map<string, number>();
  claims.forEach((c, ci) => {
    for (const id of c.figures) claimOf.set(id, ci);
  });
  return claimRowsFrom(analyses, claimOf);
}
