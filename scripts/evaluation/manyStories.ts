// The many-story rows of npm run eval: ECB+ (a subtopic folder is one event), gva-dev (an incident folder is one
// story, and the killed/injured dev gold in eval/gva-dev), MEANTIME (the translations of one article are one story).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from './score';
import { folderStory, scoreCrossStory, scoreGva, scoreStories, translationStory, type BCubed, type CrossStoryScore, type GvaScore } from './stories';

export interface ManyStoryScore {
  corpus: string;
  documents: number;
  stories: BCubed;
  cross: CrossStoryScore;
  gva?: GvaScore;
  ms: number;
}

export function scoreManyStories(shared: string, repo: string): ManyStoryScore[] {
  const out: ManyStoryScore[] = [];
  const corpora: [string, string, (id: string) => string][] = [
    ['ecb+', resolve(shared, 'ecbplus'), folderStory],
    ['gva-dev', resolve(shared, 'gva-dev'), folderStory],
    ['meantime', resolve(shared, 'meantime-dev'), translationStory],
  ];
  for (const [name, dir, gold] of corpora) {
    if (!existsSync(dir)) continue;
    const t0 = Date.now();
    const { snapshot } = loadCorpus(dir);
    const score: ManyStoryScore = { corpus: name, documents: snapshot.documents.length, stories: scoreStories(snapshot, gold), cross: scoreCrossStory(snapshot, gold), ms: 0 };
    const gvaGold = resolve(repo, 'eval', 'gva-dev', 'gold.yaml');
    if (name === 'gva-dev' && existsSync(gvaGold)) score.gva = scoreGva(gvaGold, snapshot);
    score.ms = Date.now() - t0;
    out.push(score);
  }
  return out;
}
