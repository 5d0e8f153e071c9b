// The cross-document view after an edit, in milliseconds instead of a rebuild: the edited articles' names join the
// entities that already carry them (the same name, or the same folded key), and each of their figures joins the
// claim of its best-scoring candidate among the figures that share a bucket with it (unit and event, or unit and
// value). Nothing else of the corpus is re-clustered or re-grouped. The result is provisional: a new name may join a
// different entity in a rebuild (a surname of two people), and a figure may bridge two claims in a rebuild. The
// index marks it so, and the editor asks for the exact view when it is idle.
// The steps are in onlineEntities.ts (names join entities) and onlineClaims.ts (figures join claims); what they
// look things up in is onlineLookups.ts.
import type { DocumentAnalysis } from '../model';
import { defaultClaimOptions } from '../claims/groupClaims';
import { updateClaims } from './onlineClaims';
import { updateEntities } from './onlineEntities';
import { handOnLookups, lookups } from './onlineLookups';
import { CorpusSnapshot, storiesAfter, type Changes } from './snapshot';
import { joinStories } from '../stories/assignStory';

export { prepareOnlineUpdate } from './onlineLookups';
export type { Changes } from './snapshot';

/** Most documents an online update takes at once; more is a rebuild. */
export const ONLINE_UPDATE_LIMIT = 16;

/**
 * The snapshot after `changes`, made from `prev` without rebuilding; undefined when the update cannot be made this
 * way (figures ignored by decisions, too many documents changed).
 */
export function onlineUpdate(prev: CorpusSnapshot, changes: Changes, docs: ReadonlyMap<string, DocumentAnalysis>, tolerance = defaultClaimOptions.tolerance, version = 0): CorpusSnapshot | undefined {
  if (changes.size === 0 || changes.size > ONLINE_UPDATE_LIMIT || !prev.everyFigureKept) return undefined;
  const oldClaimRows = prev.claimRowsOf();
  if (!oldClaimRows) return undefined;
  const l = lookups(prev);
  const { entities, rows, entityRemap, entitiesChanged } = updateEntities(prev, changes, l);
  // New articles join the story they share the most rare names with (edited ones keep theirs).
  const derived = storiesAfter(prev.stories, changes, prev);
  const fresh: { id: string; entities: number[] }[] = [];
  for (const [id, a] of changes) if (a && !prev.storyOf(id)) fresh.push({ id, entities: [...(rows.get(id) ?? [])].filter((e) => e >= 0) });
  const stories = joinStories(derived, fresh, entities, prev.documents.length + fresh.length);
  const storyIndex = new Map<string, string>();
  for (const st of stories) for (const d of st.documents) storyIndex.set(d, st.id);
  const placeOf = (doc: string) => ({ story: storyIndex.get(doc) ?? '', source: prev.storyOf(doc) ? prev.sourceOf(doc) : doc });
  const { claims, claimRows, claimRemap, claimsChanged, claimRowDocs } = updateClaims(prev, changes, docs, l, entities, rows, oldClaimRows, tolerance, placeOf);

  const next = new CorpusSnapshot({ from: prev, changes }, entities, undefined, claims, version, rows, claimRows);
  next.stories = stories;
  next.provisional = true;
  next.lineage = { from: prev.serial, changed: [...changes.keys()], entityRemap, claimRemap, entitiesChanged, claimsChanged, claimRowDocs, storiesChanged: stories !== derived };
  // The look-ups move on to the new snapshot (the old one is not updated from again).
  handOnLookups(prev, next, l);
  return next;
}
