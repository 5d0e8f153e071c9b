// Stories: articles grouped by the real-world event or development they tell (one story, many sources).
//   storyLines.ts      per article (in its analysis): its lines, keyed, with their content words
//   storyTerms.ts      per article, in the corpus: weighted terms (entities, words, figures, digits), repeated lines left out
//   clusterStories.ts  the grouping: candidate pairs by blocking keys, then average-linkage merges
//   copies.ts          the same text several times (copies, reprints): one text, one story
//   storyLabel.ts      what a reader recognises a story by (place, key name, date)
//   assignStory.ts     one new article joins the story it is most like, without regrouping the corpus
// Claims compare figures only within one story (claims/slotKey.ts).
import type { DocumentAnalysis, Entity, Story } from '../model';
import { dayNumber, clusterStories } from './clusterStories';
import { copyGroups } from './copies';
import { storyLabel } from './storyLabel';
import type { StoryInput } from './storyTerms';

export { storyLinesOf, type StoryLine } from './storyLines';
export { clusterStories, type StoryOptions } from './clusterStories';

export interface StoryView {
  stories: Story[];
  /** Per analysis (same order): the index of its story in `stories`. */
  storyOf: Int32Array;
  /** Per analysis: the index of the first analysis of its copy group (the same text; itself when it has no copy). */
  copyOf: Int32Array;
}

/** What the story stage reads of each document: its lines, its entities (through the clustering), its figures. */
export function storyInputs(analyses: readonly DocumentAnalysis[], entities: readonly Entity[], assignment: readonly Int32Array[]): StoryInput[] {
  return analyses.map((a, i) => {
    const row = assignment[i]!;
    const ents: { key: string; start: number }[] = [];
    a.mentions.forEach((m, mi) => {
      const e = row[mi]!;
      if (e >= 0) ents.push({ key: entities[e]!.id, start: m.start });
    });
    return {
      doc: a.meta.id,
      lang: a.meta.lang,
      date: a.meta.date,
      lines: a.storyLines ?? [],
      entities: ents,
      figures: a.figures.map((f) => ({ key: `${f.unit}|${f.value === 0 ? '0' : f.value.toPrecision(3)}`, start: f.start })),
      explicitStory: a.meta.story,
    };
  });
}

/** Groups the analyses (sorted by id) into stories. */
export function storyStage(analyses: readonly DocumentAnalysis[], entities: readonly Entity[], assignment: readonly Int32Array[]): StoryView {
  const inputs = storyInputs(analyses, entities, assignment);
  const copyOf = copyGroups(inputs);
  const { storyOf, count } = clusterStories(inputs, {}, copyOf);
  const members: number[][] = Array.from({ length: count }, () => []);
  storyOf.forEach((s, i) => members[s]!.push(i));
  const df = new Int32Array(entities.length);
  const countsOf = analyses.map((a, i) => {
    const counts = new Map<number, number>();
    for (const e of assignment[i]!) if (e >= 0) counts.set(e, (counts.get(e) ?? 0) + 1);
    for (const e of counts.keys()) df[e]!++;
    return counts;
  });
  const copySize = new Int32Array(analyses.length);
  for (let i = 0; i < analyses.length; i++) copySize[copyOf[i]!]!++;
  const stories = members.map((docs): Story => {
    const dates = docs.map((i) => analyses[i]!.meta.date).filter((d): d is string => !!d && !Number.isNaN(dayNumber(d))).sort();
    const story: Story = {
      id: `story:${analyses[docs[0]!]!.meta.id}`,
      label: storyLabel({ entityCounts: docs.map((i) => countsOf[i]!), entities, documentFrequency: (e) => df[e]!, corpusSize: analyses.length, firstDate: dates[0] }),
      documents: docs.map((i) => analyses[i]!.meta.id),
      languages: [...new Set(docs.map((i) => analyses[i]!.meta.lang))].sort(),
      sources: [...new Set(docs.map((i) => analyses[i]!.meta.source))].sort(),
    };
    if (dates.length) {
      story.firstDate = dates[0];
      story.lastDate = dates[dates.length - 1];
    }
    const groups = new Map<number, string[]>();
    for (const i of docs) if (copySize[copyOf[i]!]! > 1) {
      const g = groups.get(copyOf[i]!);
      if (g) g.push(analyses[i]!.meta.id);
      else groups.set(copyOf[i]!, [analyses[i]!.meta.id]);
    }
    if (groups.size) story.copies = [...groups.values()].filter((g) => g.length > 1);
    return story;
  });
  return { stories, storyOf, copyOf };
}
