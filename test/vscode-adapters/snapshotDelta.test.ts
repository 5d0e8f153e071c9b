// After an edit the engine sends the editor only what changed (snapshotDelta.ts); the editor's view made from it
// must equal the whole view sent in parts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDelta, toReportV1, type DocumentAnalysis } from '../../src/core';
import { EngineHost } from '../../src/vscode/engine/engineHost';
import { receivedSnapshot } from './engineSnapshot';

const seeds = resolve(__dirname, '../../../shared/corpus/seeds');

describe('snapshot deltas between the engine and the editor', () => {
  it.skipIf(!existsSync(seeds))('a quick view after an edit comes as a delta, and the view made from it equals the whole view', () => {
    const engine = new EngineHost();
    const analyses = new Map<string, DocumentAnalysis>();
    const set = (id: string, text: string) => {
      const r = engine.handle({ type: 'set', id, text, languages: [] });
      if (r.type === 'set' && r.result === 'changed') analyses.set(id, structuredClone(r.analysis));
    };
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
    for (const f of files) set(f, readFileSync(join(seeds, f), 'utf8'));
    const first = receivedSnapshot(engine, (id) => analyses.get(id));
    let held = first.snapshot;
    held.serial = first.data.serial;

    const text = readFileSync(join(seeds, files[2]!), 'utf8');
    const edits = [`${text}\nAnna Berg said 23 officials had signed.\n`, `${text}\nAnna Berg said 29 officials had signed.\n`, `${text} \n`];
    let deltas = 0;
    for (const edit of edits) {
      set(files[2]!, edit);
      const r = engine.handle({ type: 'snapshot', have: held.serial });
      if (r.type !== 'snapshot') throw new Error(r.type);
      expect(r.transfer === undefined).toBe(r.delta !== undefined);
      if (!r.delta) continue;
      deltas++;
      const made = applyDelta(held, structuredClone(r.delta), (id) => analyses.get(id));
      expect(made).toBeDefined();
      // The same view in parts (the engine answers the same snapshot when nothing changed since).
      const whole = receivedSnapshot(engine, (id) => analyses.get(id));
      expect(whole.data.serial).toBe(r.serial);
      expect(toReportV1(made!)).toEqual(toReportV1(whole.snapshot));
      expect(made!.provisional).toBe(r.provisional);
      for (const d of whole.snapshot.documents) {
        expect(made!.mentionsIn(d.id).map((h) => h.entity.id)).toEqual(whole.snapshot.mentionsIn(d.id).map((h) => h.entity.id));
        expect(made!.figuresIn(d.id).map((f) => made!.claimFor(f.id)?.id ?? '-')).toEqual(whole.snapshot.figuresIn(d.id).map((f) => whole.snapshot.claimFor(f.id)?.id ?? '-'));
      }
      made!.serial = r.serial;
      held = made!;
    }
    // The last edit restores the article's names and figures: the exact view of before is carried over to it, which
    // the editor does not hold (it holds the quick one), so that one comes whole.
    expect(deltas).toBe(2);
  });

  it('a view the engine did not make from what the editor holds comes whole', () => {
    const engine = new EngineHost();
    engine.handle({ type: 'set', id: 'a.txt', text: 'Erik Solheim visited Oslo with 40 people.', languages: [] });
    const r = engine.handle({ type: 'snapshot', have: 12345 });
    if (r.type !== 'snapshot') throw new Error(r.type);
    expect(r.delta).toBeUndefined();
    expect(r.transfer).toBeDefined();
  });
});
