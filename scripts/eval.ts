// npm run eval: the engine's quality on the gold corpora, as one table.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { scoreEcb, scoreGold, type GoldScore } from './evaluation/score';
import { scoreManyStories } from './evaluation/manyStories';

const repo = resolve(__dirname, '..');
const shared = resolve(repo, '..', 'shared', 'corpus');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const rows: string[][] = [];
const golds: GoldScore[] = [];

if (existsSync(resolve(shared, 'seeds-gold.yaml'))) golds.push(scoreGold(resolve(shared, 'seeds-gold.yaml'), resolve(shared, 'seeds'), 'seeds'));
else console.warn(`eval: ${shared}/seeds-gold.yaml not found; seeds skipped`);
golds.push(scoreGold(resolve(repo, 'samples', 'gold.yaml'), resolve(repo, 'samples'), 'samples'));

for (const g of golds) {
  rows.push([`${g.corpus}: entity clusters (pairwise)`, pct(g.entities.precision), pct(g.entities.recall), pct(g.entities.f1),
    `${g.entities.wholeEntities}/${g.entities.goldEntities} gold entities whole; ${g.entities.lookAlikesMerged.length} look-alike pairs merged`]);
  rows.push([`${g.corpus}: figures (value, unit, hedge)`, pct(g.figures.precision), pct(g.figures.recall), '',
    `${g.figures.correct}/${g.figures.gold} right; ${g.figures.reported} reported; ${g.figures.notFiguresReported.length} non-figures reported`]);
  rows.push([`${g.corpus}: claims`, pct(g.claims.pairPrecision), pct(g.claims.pairRecall), '',
    `verdicts ${g.claims.verdictsRight}/${g.claims.goldGroups} (${pct(g.claims.verdictAccuracy)}); ${g.claims.wronglyGrouped.length} must-not-group pairs grouped`]);
}
const ecbDir = resolve(shared, 'ecbplus');
if (existsSync(resolve(ecbDir, 'gold-entities.jsonl'))) {
  const t0 = Date.now();
  const e = scoreEcb(ecbDir);
  rows.push(['ecb+: cross-document name clusters', pct(e.precision), pct(e.recall), pct(e.f1),
    `${e.items} gold items, ${e.found} found; ${e.truePairs}/${e.goldPairs} gold pairs; ${Date.now() - t0} ms`]);
}

for (const m of scoreManyStories(shared, repo)) {
  const s = m.stories;
  rows.push([`${m.corpus}: stories (B-cubed)`, pct(s.precision), pct(s.recall), pct(s.f1), `${m.documents} articles; ${s.goldStories} gold stories, ${s.predictedStories} found; ${m.ms} ms`]);
  const c = m.cross;
  rows.push([`${m.corpus}: claims within one story`, c.pairs ? pct(1 - c.crossPairs / c.pairs) : '-', '', '',
    `${c.claims} claims, ${c.conflicts} conflicts; claim figure pairs across gold stories ${c.crossPairs}/${c.pairs} (${c.pairs ? pct(c.crossPairs / c.pairs) : '-'}); conflicts across stories ${c.crossConflicts}`]);
  const g = m.gva;
  if (g) {
    rows.push(['gva-dev gold: killed/injured values', '', pct(g.values.recall), '', `${g.values.right}/${g.values.gold} right; property right for ${g.properties.right}/${g.properties.found} found figures`]);
    rows.push(['gva-dev gold: claims', pct(g.pairPrecision), pct(g.pairRecall), '',
      `verdicts ${Math.round(g.verdictAccuracy * g.verdicts)}/${g.verdicts} (${pct(g.verdictAccuracy)}); pairs ${g.predictedPairs} found, ${g.goldPairs} gold; claims holding killed and injured: ${g.killedWithInjured}`]);
    if (verbose) for (const d of g.details) console.log(`gva-dev: ${d}`);
  }
}

const header = ['measure', 'precision', 'recall', 'F1', 'notes'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

for (const g of golds) {
  const problems = [
    ...g.entities.splitEntities.map((s) => `split entity: ${s}`),
    ...g.entities.lookAlikesMerged.map((s) => `look-alikes merged: ${s}`),
    ...g.figures.missing.map((s) => `figure: ${s}`),
    ...g.figures.notFiguresReported.map((s) => `non-figure reported: ${s}`),
    ...g.claims.wronglyGrouped.map((s) => `wrongly grouped: ${s}`),
    ...(verbose ? g.claims.details : g.claims.details.filter((d) => !/gold (\w+), found \1 with (\d+)\/\2/.test(d))),
  ];
  if (problems.length) {
    console.log(`\n${g.corpus}: ${problems.length} findings${verbose ? '' : ' (first 40; --verbose for all)'}`);
    for (const p of verbose ? problems : problems.slice(0, 40)) console.log(`  - ${p}`);
  }
}
