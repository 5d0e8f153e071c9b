import { describe, expect, it } from 'vitest';
import { readDocumentMeta } from '../../src/core/documents/readDocument';
import { detectLanguage } from '../../src/core/documents/language';
import { splitSentences } from '../../src/core/text/sentences';

describe('document metadata', () => {
  it('reads YAML front matter', () => {
    const m = readDocumentMeta({ id: 'x/a.md', text: '---\nsource: Nordlys\ndate: 2026-03-14\nlang: no\ntitle: Flom\n---\nTekst her.\n' });
    expect(m).toMatchObject({ source: 'Nordlys', date: '2026-03-14', lang: 'nb', title: 'Flom' });
    expect(m.bodyStart).toBe('---\nsource: Nordlys\ndate: 2026-03-14\nlang: no\ntitle: Flom\n---\n'.length);
  });
  it('infers source from the folder, date from a header line, title from the first line', () => {
    const m = readDocumentMeta({ id: 'meridian/story.txt', text: ' date 2022-09-11 \n\nThe headline here\nThe body text follows, and it is long enough to tell that this is English.' });
    expect(m).toMatchObject({ source: 'meridian', date: '2022-09-11', title: 'The headline here', lang: 'en' });
  });
  it('survives malformed front matter and alias bombs with a warning', () => {
    const bomb = '---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\nBody.';
    const m = readDocumentMeta({ id: 'a.md', text: bomb });
    expect(m.warnings.length).toBe(1);
    expect(m.bodyStart).toBeGreaterThan(0);
    const bad = readDocumentMeta({ id: 'a.md', text: '---\ntitle: [unclosed\n---\nBody' });
    expect(bad.warnings[0]).toMatch(/not valid YAML/);
  });
  it('detects languages from function words', () => {
    expect(detectLanguage('Det er ikke sikkert at de vil komme, sier han til avisen og legger til at det er for tidlig.')).toBe('nb');
    expect(detectLanguage('Die Regierung hat am Montag erklärt, dass sie den Plan nicht unterstützen wird.')).toBe('de');
    expect(detectLanguage("Le gouvernement a déclaré lundi qu'il ne soutiendrait pas le plan des syndicats.")).toBe('fr');
    expect(detectLanguage('El gobierno dijo el lunes que no apoyará el plan de los sindicatos en la región.')).toBe('es');
    expect(detectLanguage('The government said on Monday that it would not support the plan.')).toBe('en');
  });
});

describe('sentences', () => {
  it('does not split at abbreviations and initials', () => {
    const t = 'Lokalpolitikere i St. Petersburg har skrevet under. W. Mark Felt died. Mr. Putin spoke.';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual([
      'Lokalpolitikere i St. Petersburg har skrevet under.',
      'W. Mark Felt died.',
      'Mr. Putin spoke.',
    ]);
  });
});
