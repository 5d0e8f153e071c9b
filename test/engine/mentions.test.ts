import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/entities/findMentions';
import { splitSentences } from '../../src/core/text/sentences';
import { CorpusIndex } from '../../src/core';

const names = (text: string, lang = 'en') => findMentions(text, lang, splitSentences(text), 'a.txt').filter((m) => !m.tentative).map((m) => m.name);

describe('finding names', () => {
  it('strips titles and demonyms, keeps the name', () => {
    expect(names('He spoke to Russian President Vladimir Putin on Monday.')).toEqual(['Vladimir Putin']);
  });
  it('cuts a photo caption glued to a name', () => {
    const ms = findMentions('Dmytro PalyugaPhoto: Andrii Sheldunov / Profimedia', 'en', splitSentences('Dmytro PalyugaPhoto: x'), 'a');
    expect(ms[0]!.text).toBe('Dmytro Palyuga');
  });
  it('cuts a Norwegian compound tail and reads it as a place cue', () => {
    const ms = findMentions('Han bor i Kharkiv-regionen nå.', 'nb', splitSentences('Han bor i Kharkiv-regionen nå.'), 'a');
    expect(ms.map((m) => [m.text, m.kind])).toEqual([['Kharkiv', 'place']]);
  });
  it('keeps possessives out of the span', () => {
    const text = 'It was Putin’s war, they said of Putin.';
    const ms = findMentions(text, 'en', splitSentences(text), 'a');
    expect(ms.map((m) => m.text)).toEqual(['Putin', 'Putin']);
  });
  it('joins names with connectors but not across a known name', () => {
    expect(names('Analysts at the Institute for the Study of War agree.')).toEqual(['Institute for the Study of War']);
    expect(names('He wrote to the State Duma of the Russian Federation today.')).toEqual(['State Duma', 'Russian Federation']);
  });
  it('drops sentence-initial common words the text also writes in lower case', () => {
    const index = new CorpusIndex();
    index.setDocument({ id: 'a.txt', text: 'Maybe he will come. It is maybe true that Anna Berg left Oslo.' });
    const found = index.snapshot().entities.map((e) => e.name);
    expect(found).toContain('Anna Berg');
    expect(found).not.toContain('Maybe');
  });
  it('offsets always slice to the mention text', () => {
    const text = 'Zoë «Émile» Zola 🙂 met Dmitrij Paljuga i St. Petersburg-bydelen Smolninskij.';
    for (const m of findMentions(text, 'nb', splitSentences(text), 'a')) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
