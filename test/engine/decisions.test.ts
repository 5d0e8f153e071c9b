import { describe, expect, it } from 'vitest';
import { addDecision, parseDecisions } from '../../src/core/decisions/decisionsYaml';
import { CorpusIndex } from '../../src/core';

describe('crossread.yaml decisions', () => {
  it('adds decisions and keeps comments and order', () => {
    const text = '# my notes\nsame:\n  # the councillor\n  - [Dmitry Palyuga, Palyug]\n';
    const next = addDecision(text, { kind: 'different', names: ['Smolny', 'Smolensk'] });
    expect(next).toContain('# my notes');
    expect(next).toContain('# the councillor');
    expect(next.indexOf('same:')).toBeLessThan(next.indexOf('different:'));
    expect(parseDecisions(next).decisions).toEqual({ same: [['Dmitry Palyuga', 'Palyug']], different: [['Smolny', 'Smolensk']], ignoreFigures: [] });
  });
  it('reports the faulty line of a malformed file', () => {
    const { problems } = parseDecisions('same:\n  - [a, b]\ndifferent: [unclosed\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(3);
    // An unclosed list is reported where it opens, not where the reader gave up (the end of the file).
    const open = parseDecisions('# mine\nsame:\n  - [Paljuga, Palyuga\n\n\ndifferent:\n  - [a, b]\n').problems;
    expect(open[0]).toMatchObject({ line: 3 });
    expect(open[0]!.message).toMatch(/^the \[ on line 3 is not closed with \]/);
    // Brackets inside quotes and comments do not count.
    expect(parseDecisions("same:\n  - ['a [x', \"b {y\"] # [\ndifferent: [c, d\n").problems[0]).toMatchObject({ line: 3 });
    expect(parseDecisions('same: 5\n').problems[0]).toMatchObject({ line: 1 });
    expect(parseDecisions('colour: red\n').problems[0]!.message).toMatch(/unknown key/);
  });
  it('the engine honours same and different', () => {
    const index = new CorpusIndex();
    index.setDocument({ id: 'a.txt', text: 'Analyst Anna Berg spoke in Oslo. Later Anna Berg left.' });
    index.setDocument({ id: 'b.txt', text: 'Researcher Anne Bergh said so in Oslo.' });
    const find = (n: string) => index.snapshot().entities.find((e) => e.variants.some((v) => v.text === n))!;
    expect(find('Anna Berg').id).not.toBe(find('Anne Bergh').id);
    index.setDecisions({ same: [['Anna Berg', 'Anne Bergh']], different: [], ignoreFigures: [] });
    expect(find('Anna Berg').id).toBe(find('Anne Bergh').id);
  });
});
