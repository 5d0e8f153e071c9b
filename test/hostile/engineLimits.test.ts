// Hostile text against the engine's running time. A megabyte on one line used to take about 23 minutes (every
// figure's sentence, the whole line, was scanned for event words once per figure); sentences are now capped at
// MAX_SENTENCE. Two cases remain slow in src/core/entities/findMentions.ts, which this work may not change: they
// are kept here, skipped with the reason, for the owners of that file to un-skip once fixed.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/corpus/analyzeDocument';

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
  it.skip('findMentions is not quadratic on a long run of "Bank of Bank of ..." (skipped: src/core/entities/findMentions.ts, connectorFits)', () => {
    const { ms } = timed('Bank of '.repeat(5000));
    expect(ms).toBeLessThan(1000);
  });

  // findMentions checks each deferred Title Case span with occursOutside, which walks every occurrence of the span
  // and, for each, every title line: cubic on repeated headlines. 1,000 lines (40 KB): about 2 s; 4,000 lines
  // (160 KB): about 200 s.
  it.skip('findMentions is not cubic on repeated Title Case lines (skipped: src/core/entities/findMentions.ts, occursOutside)', () => {
    const { ms } = timed('Big Red Flood Hits Tromsø Harbour Today\n'.repeat(4000));
    expect(ms).toBeLessThan(2000);
  });
});
