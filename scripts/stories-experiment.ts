// Story clustering on the shared corpora: B-cubed F1 against the folder labels (dev tool; npm run eval prints the rows).
import { resolve } from 'node:path';
import { readFolder } from '../src/cli/readFolder';
import { analyzeDocument } from '../src/core/corpus/analyzeDocument';
import { clusterWithAssignment } from '../src/core/entities/cluster';
import { storyLinesOf } from '../src/core/stories/storyLines';
import { clusterStories } from '../src/core/stories/clusterStories';
import { TERM_WEIGHT, type StoryInput } from '../src/core/stories/storyTerms';
import { datelineDate } from '../src/core/documents/dateline';
import { bcubed, folderStory, translationStory } from './evaluation/stories';

const shared = resolve(__dirname, '..', '..', 'shared', 'corpus');
const corpora: [string, string, (id: string) => string][] = [
  ['ecbplus', resolve(shared, 'ecbplus'), folderStory],
  ['gva-dev', resolve(shared, 'gva-dev'), folderStory],
  ['meantime', resolve(shared, 'meantime-dev'), translationStory],
  ['seeds', resolve(shared, 'seeds'), () => 'one'],
  ['samples', resolve(__dirname, '..', 'samples'), () => 'one'],
];
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')).map(([k, v]) => [k, Number(v)]));
for (const [k, i] of [['we', 0], ['ww', 1], ['wf', 2], ['wd', 3]] as const) if (args[k] !== undefined) TERM_WEIGHT[i] = args[k];
const only = process.env.ONLY?.split(',');
for (const [name, dir, gold] of corpora) {
  if (only && !only.includes(name)) continue;
  const { files } = readFolder(dir);
  const analyses = files.map(analyzeDocument).sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  const { entities, assignment } = clusterWithAssignment(analyses.map((a) => ({ doc: a.meta.id, lang: a.meta.lang, mentions: a.mentions })));
  const texts = new Map(files.map((f) => [f.id, f.text]));
  const inputs: StoryInput[] = analyses.map((a, i) => {
    return {
      doc: a.meta.id, lang: a.meta.lang, date: a.meta.date ?? (process.env.NODATELINE ? undefined : datelineDate(texts.get(a.meta.id)!, a.meta.bodyStart)),
      lines: storyLinesOf(texts.get(a.meta.id)!, a.meta.bodyStart),
      entities: a.mentions.flatMap((m, mi) => (assignment[i]![mi]! >= 0 ? [{ key: entities[assignment[i]![mi]!]!.id, start: m.start }] : [])),
      figures: a.figures.map((f) => ({ key: `${f.unit}|${f.value.toPrecision(3)}`, start: f.start })),
    };
  });
  const t0 = performance.now();
  const { storyOf, count } = clusterStories(inputs, args);
  const ms = performance.now() - t0;
  const s = bcubed(inputs.map((d, i) => ({ gold: gold(d.doc), predicted: String(storyOf[i]) })));
  if (process.env.SHOW === name) {
    const by = new Map<number, string[]>();
    inputs.forEach((d, i) => { const l = by.get(storyOf[i]!) ?? []; l.push(d.doc); by.set(storyOf[i]!, l); });
    for (const [k, l] of by) { const g = new Set(l.map(gold)); if (g.size > 1) console.log('merged', k, [...g].map((x) => `${x}:${l.filter((d) => gold(d) === x).length}`).join(' ')); }
    const byGold = new Map<string, Set<number>>();
    inputs.forEach((d, i) => { const s = byGold.get(gold(d.doc)) ?? new Set(); s.add(storyOf[i]!); byGold.set(gold(d.doc), s); });
    for (const [g, set] of byGold) if (set.size > 1) console.log('split', g, [...set].map((k) => `${k}:${inputs.filter((d, i) => storyOf[i] === k && gold(d.doc) === g).map((d) => d.doc.split('/').pop()).join(',')}`).join(' | '));
  }
  console.log(`${name.padEnd(9)} P ${(100 * s.precision).toFixed(1)} R ${(100 * s.recall).toFixed(1)} F1 ${(100 * s.f1).toFixed(1)}  gold ${s.goldStories} predicted ${count}  ${ms.toFixed(0)} ms`);
}
