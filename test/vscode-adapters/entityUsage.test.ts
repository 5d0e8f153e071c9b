// Spellings of a name across many sources: cut to what a hover shows, without changing what it shows.
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../src/core';
import { spellings } from '../../src/vscode/view/entityUsage';
import { entityHoverMarkdown } from '../../src/vscode/view/hoverContent';

describe('spellings', () => {
  const index = new CorpusIndex();
  for (let i = 0; i < 30; i++) {
    const name = i % 3 === 0 ? 'Dmytro Palyuga' : 'Dmitry Palyuga';
    const again = i % 2 === 0 ? ` Later ${name} spoke again.` : '';
    index.setDocument({ id: `outlet-${String(i).padStart(2, '0')}/a.txt`, text: `The head of the council, ${name}, signed the letter in Kherson.${again}` });
  }
  const snapshot = index.snapshot();
  const entity = snapshot.entities.find((e) => e.variants.some((v) => v.text === 'Dmytro Palyuga'))!;

  it('cut at maxDocs, each list is the start of the full one, with the full document count', () => {
    expect(entity.variants.map((v) => v.text).sort()).toEqual(['Dmitry Palyuga', 'Dmytro Palyuga']);
    const full = spellings(snapshot, entity);
    const cut = spellings(snapshot, entity, 4);
    expect(full.map((s) => s.docCount)).toEqual([20, 10]);
    for (let k = 0; k < full.length; k++) {
      expect(cut[k]!.uses).toEqual(full[k]!.uses.slice(0, 4));
      expect(cut[k]!.docCount).toBe(full[k]!.docCount);
    }
    // Counts per document: every even outlet names the person twice.
    expect(full[0]!.uses.map((u) => u.count)).toEqual(full[0]!.uses.map((u) => (Number(u.doc.slice(7, 9)) % 2 === 0 ? 2 : 1)));
  });

  it('the hover lists a dozen sources per spelling and says how many more', () => {
    const doc = 'outlet-00/a.txt';
    const hit = snapshot.mentionAt(doc, index.analysis(doc)!.mentions.find((m) => m.text === 'Dmytro Palyuga')!.start)!;
    const md = entityHoverMarkdown({ snapshot, doc, text: () => undefined } as never, hit);
    expect(md).toMatch(/\*\*Dmitry Palyuga\*\* — .*, and 8 more$/m);
    expect(md).not.toMatch(/\*\*Dmytro Palyuga\*\* — .*more$/m);
  });
});
