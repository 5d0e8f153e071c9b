// Hostile text against the engine's running time. A megabyte on one line used to take about 23 minutes (every
// figure's sentence, the whole line, was scanned for event words once per figure); sentences are now capped at
// MAX_SENTENCE. Two findMentions cases were quadratic and cubic (about 200 s each); they are linear now. The
// bounds are blow-up guards, ten times and more above what these take, not speed measures (those are in npm run bench).
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/corpus/analyzeDocument';
import { CorpusIndex } from '../../src/core';

const timed = (text: string) => {
  const t0 = Date.now();
  const a = analyzeDocument({ id: 'a.txt', text });
  return { a, ms: Date.now() - t0 };
};

describe('engine running time on hostile text', () => {
  it('analyses a 200 KB line with 3,000 figures in seconds, not minutes', () => {
    const text = 'Ingrid Solberg met Red Cross staff in Tromsø and 12 people were hurt; '.repeat(3000);
    const { a, ms } = timed(text);
    expect(a.figures).toHaveLength(3000);
    expect(a.mentions.filter((m) => m.text === 'Ingrid Solberg')).toHaveLength(3000);
    // About 1.5 s here; it took about 60 s before sentences were capped.
    expect(ms).toBeLessThan(15_000);
  });

  // findMentions' connectorFits joins the whole span (joinLower) for every connector word: quadratic in the
  // length of a run of capitalised words and connectors. 20 KB: about 3 s; 40 KB: about 8 s; 160 KB: about 200 s.
  it('findMentions is not quadratic on a long run of "Bank of Bank of ..."', () => {
    const { a, ms } = timed('Bank of '.repeat(5000));
    expect(a.mentions.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(10_000);
  });

  // findMentions checks each deferred Title Case span with occursOutside, which walks every occurrence of the span
  // and, for each, every title line: cubic on repeated headlines. 1,000 lines (40 KB): about 2 s; 4,000 lines
  // (160 KB): about 200 s.
  it('findMentions is not cubic on repeated Title Case lines', () => {
    const { ms } = timed('Big Red Flood Hits Tromsø Harbour Today\n'.repeat(4000));
    expect(ms).toBeLessThan(20_000);
  });
});

describe('nothing lost at scale: claims in buckets larger than maxBucket (400)', () => {
  const mayorSays = (n: number, value: (i: number) => number) => {
    const index = new CorpusIndex();
    for (let i = 0; i < n; i++) {
      index.setDocument({ id: `outlet-${i}/a.txt`, text: `Mayor Ingrid Solberg said ${value(i)} people were evacuated from Tromsø.` });
    }
    return index.snapshot();
  };

  it('keeps the conflict when 401 sources report the figure', () => {
    const claims = mayorSays(401, (i) => 3000 + (i % 2) * 2000).claims;
    const conflict = claims.find((c) => c.verdict === 'conflict');
    expect(conflict).toBeDefined();
    expect(conflict!.figures.length).toBe(401);
  });

  it('keeps a corroboration of 1,500 sources whole', () => {
    const claims = mayorSays(1500, () => 3000).claims;
    expect(claims.map((c) => [c.verdict, c.figures.length])).toEqual([['corroborated', 1500]]);
  });

  it('does not chain unrelated stories of an archive into one claim', () => {
    // 450 articles, each about its own town and mayor: "N people were evacuated" in every one.
    const index = new CorpusIndex();
    const towns = ['Alta', 'Bodø', 'Molde', 'Narvik', 'Hamar', 'Skien', 'Halden', 'Larvik', 'Steinkjer'];
    for (let i = 0; i < 450; i++) {
      const town = `${towns[i % towns.length]}${i >= towns.length ? ` Nord ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26) % 26)}` : ''}`;
      index.setDocument({ id: `outlet-${i}/a.txt`, text: `Officials in ${town} said ${100 + i} people were evacuated.` });
    }
    const largest = Math.max(0, ...index.snapshot().claims.map((c) => c.figures.length));
    expect(largest).toBeLessThan(450);
  });
});

describe('claims over an archive-sized bucket', () => {
  const figureOf = (doc: string, value: number) => ({ id: `${doc}#0`, doc, text: `${value} people`, start: 0, end: 3, value, low: value, high: value, unit: 'people', hedge: 'exact' as const, counts: 'people', countsKeys: ['people'], sentence: 0 });
  it('groups 200,000 figures of one kind without a pair set outgrowing its limits, and keeps each story apart', async () => {
    const { groupClaims } = await import('../../src/core/claims/groupClaims');
    // 10,000 stories of 20 figures each: "N people were killed", every story's figures in one slot of its own.
    const items = [];
    for (let story = 0; story < 10_000; story++) {
      for (let k = 0; k < 20; k++) {
        const doc = `s${story}/a${k}.txt`;
        const value = 10 + (story % 50) + (k === 0 && story % 2 === 0 ? 500 : 0); // every other story has one outlier
        items.push({ figure: figureOf(doc, value), events: ['kill'], counted: ['people'], entities: [`town-${story}`, 'country'], story: `story:s${story}`, property: 'killed', subject: '' });
      }
    }
    const claims = groupClaims(items);
    expect(claims.length).toBe(10_000);
    expect(claims.every((c) => c.figures.length === 20)).toBe(true);
    expect(claims.every((c) => new Set(c.figures.map((id) => id.split('/')[0])).size === 1)).toBe(true);
    expect(claims.filter((c) => c.verdict === 'conflict').length).toBe(5_000);
  });

  it('keeps one slot of 20,000 figures (beyond maxBucket) whole, with its conflict', async () => {
    const { groupClaims } = await import('../../src/core/claims/groupClaims');
    const items = Array.from({ length: 20_000 }, (_, k) => {
      const doc = `outlet-${k}/a.txt`;
      return { figure: figureOf(doc, k % 3 === 0 ? 40 : 65), events: ['sign'], counted: ['people'], entities: [], story: 'story:one', property: 'signed', subject: '' };
    });
    const claims = groupClaims(items);
    expect(claims.map((c) => [c.verdict, c.figures.length])).toEqual([['conflict', 20_000]]);
  });
});
