// Organisations named after a town: the town named alone is the town, not the company.
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';

const entityOf = (index: CorpusIndex, doc: string, text: string) => {
  const snap = index.snapshot();
  return snap.entities.find((e) => e.mentions.some((m) => m.doc === doc && m.text === text));
};

describe('organisations named after a place', () => {
  it('German compounds and a title joined by "der" make an organisation; the town alone stays a place', () => {
    const index = new CorpusIndex();
    const doc = 'anzeiger/a.md';
    index.setDocument({
      id: doc,
      text: '---\nlang: de\n---\nDer Damm in Werchnegorsk ist gebrochen. Der Generaldirektor der Bergbaugesellschaft Werchnegorsk, Arkadi Below, bat um Entschuldigung. Im Stadtrat von Werchnegorsk stimmten neun Abgeordnete dafür.',
    });
    const company = entityOf(index, doc, 'Bergbaugesellschaft Werchnegorsk');
    const council = entityOf(index, doc, 'Stadtrat von Werchnegorsk');
    const town = entityOf(index, doc, 'Werchnegorsk');
    expect(company?.kind).toBe('organization');
    expect(council?.kind).toBe('organization');
    expect(town).toBeDefined();
    expect(town!.id).not.toBe(company!.id);
    expect(town!.id).not.toBe(council!.id);
  });

  it('"Compañía Minera de Verjnegorsk" does not swallow "Verjnegorsk"', () => {
    const index = new CorpusIndex();
    const doc = 'vertiente/a.txt';
    index.setDocument({
      id: doc,
      text: '---\nlang: es\n---\nLa presa se rompió el viernes en Verjnegorsk. La Compañía Minera de Verjnegorsk pidió perdón a los vecinos.',
    });
    const company = entityOf(index, doc, 'Compañía Minera de Verjnegorsk');
    const town = entityOf(index, doc, 'Verjnegorsk');
    expect(company?.kind).toBe('organization');
    expect(town?.id).not.toBe(company?.id);
  });

  it('a surname still joins its full name (the rule is for organisations only)', () => {
    const index = new CorpusIndex();
    const doc = 'anzeiger/b.md';
    index.setDocument({ id: doc, text: '---\nlang: de\n---\nGouverneur Jewgeni Charitonow kündigte eine Untersuchung an. Charitonow sagte, der Damm sei geprüft worden.' });
    expect(entityOf(index, doc, 'Charitonow')?.id).toBe(entityOf(index, doc, 'Jewgeni Charitonow')?.id);
  });
});

describe('German head nouns and quantities before a name', () => {
  it('"Dorf Schelannoje", "Tal der Irscha": the head is cut and makes a place; "Zwei Menschen" is no name', async () => {
    const { analyzeDocument } = await import('../../src/core/corpus/analyzeDocument');
    const a = analyzeDocument({
      id: 'anzeiger/c.md',
      text: '---\nlang: de\n---\nDer Schlamm erreichte das Dorf Schelannoje im Tal der Irscha. Zwei Menschen starben. Die Kupfergrube Glubokaja ist überflutet.',
    });
    const byText = new Map(a.mentions.map((m) => [m.text, m]));
    expect(byText.get('Schelannoje')?.kind).toBe('place');
    expect(byText.get('Irscha')?.kind).toBe('place');
    expect(byText.get('Glubokaja')?.kind).toBe('place');
    expect([...byText.keys()].some((t) => /Dorf|Tal |Zwei|Kupfergrube/.test(t))).toBe(false);
    expect(a.figures.map((f) => [f.value, f.unit])).toContainEqual([2, 'people']);
  });
});
