// Names a reader reads whole although invisible characters sit inside them (issue #10, item 6): the name is read
// without them, the mention's span keeps them.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/entities/findMentions';
import { splitSentences } from '../../src/core/text/sentences';

const mentionsOf = (text: string, lang = 'en') => findMentions(text, lang, splitSentences(text), 'd');

describe('invisible characters inside names', () => {
  for (const [name, c] of [['zero-width space', '\u200b'], ['soft hyphen', '\u00ad'], ['zero-width joiner', '\u200d'], ['bidi isolate', '\u2068'], ['word joiner', '\u2060']] as const) {
    it(`reads "Sol<${name}>berg" as Solberg, the span keeping it`, () => {
      const text = `On Monday Prime Minister Erna Sol${c}berg visited Tromsø with Jonas Gahr Støre.`;
      const ms = mentionsOf(text);
      const erna = ms.find((m) => m.name.startsWith('Erna'));
      expect(erna?.name).toBe('Erna Solberg');
      expect(erna?.text).toBe(`Erna Sol${c}berg`);
      for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(ms.map((m) => m.name)).toEqual(expect.arrayContaining(['Tromsø', 'Jonas Gahr Støre']));
    });
  }

  it('reads the same names as the text without the invisible characters, in Norwegian too', () => {
    const clean = 'Ordfører Kari Nordmann i Tromsø sier at Gruveinstituttet og Røde Kors hjelper til. Nordmann er fornøyd.';
    const dirty = clean.replace('Nordmann i', 'Nord\u00admann i').replace('Røde', '\u200bRøde').replace('Kors', 'Ko\u200drs');
    const a = mentionsOf(clean, 'nb');
    const b = mentionsOf(dirty, 'nb');
    expect(b.map((m) => [m.name, m.kind, m.sentence])).toEqual(a.map((m) => [m.name, m.kind, m.sentence]));
    for (const m of b) expect(dirty.slice(m.start, m.end)).toBe(m.text);
  });
});
