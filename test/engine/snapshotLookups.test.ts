// The snapshot's figure look-ups (figure, claimFor, figureAt) go through each document's figures rather than
// tables over every figure: they must answer exactly as tables built from the snapshot's lists, on a full build,
// after a carried-over edit, and when a decision ignores a figure.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/cli/readFolder';
import { CorpusIndex, emptyDecisions, type Claim, type CorpusSnapshot, type Figure } from '../../src/core';

const samples = resolve(__dirname, '../../samples');

/** The articles of a folder, as the CLI reads them. */
const load = (dir: string) => readFolder(dir).files;

/** What the look-ups must answer: plain tables over the snapshot's own lists. */
function expectLookupsMatchLists(s: CorpusSnapshot): void {
  const figureById = new Map<string, Figure>(s.figures.map((f) => [f.id, f]));
  const claimOf = new Map<string, Claim>();
  for (const c of s.claims) for (const id of c.figures) claimOf.set(id, c);
  let checked = 0;
  for (const d of s.documents) {
    for (const f of s.analysis(d.id)!.figures) {
      const kept = figureById.get(f.id);
      expect(s.figure(f.id)).toEqual(kept);
      expect(s.claimFor(f.id)).toBe(claimOf.get(f.id));
      const hit = s.figureAt(d.id, f.start);
      expect(hit?.figure.id).toBe(f.id);
      expect(hit?.claim).toBe(claimOf.get(f.id));
      checked++;
    }
  }
  for (const c of s.claims) expect(s.claim(c.id)).toBe(c);
  for (const e of s.entities) expect(s.entity(e.id)).toBe(e);
  expect(s.figure('no-such-doc#12')).toBeUndefined();
  expect(s.figure('nonsense')).toBeUndefined();
  expect(checked).toBeGreaterThan(20);
}

describe('snapshot figure look-ups', () => {
  it.skipIf(!existsSync(samples))('answer as tables over the lists: full build, carried-over edit, ignored figure', () => {
    const files = load(samples);
    const index = new CorpusIndex();
    for (const f of files) index.setDocument(f);
    const full = index.snapshot();
    expect(full.claims.length).toBeGreaterThan(3);
    expectLookupsMatchLists(full);

    // An edit that keeps names and figures (carried over): offsets and figure ids move.
    const f = files.find((x) => index.analysis(x.id)!.figures.some((g) => full.claimFor(g.id)))!;
    const cut = f.text.indexOf('\n', f.text.indexOf('\n') + 1) + 1;
    index.setDocument({ id: f.id, text: `${f.text.slice(0, cut)}and so it goes on, as they say.\n${f.text.slice(cut)}` });
    const carried = index.snapshot();
    expect(carried).not.toBe(full);
    expectLookupsMatchLists(carried);

    // A figure ignored by a decision: not in the lists, so not found by id, and no claim.
    const a = index.analysis(f.id)!;
    const ignored = a.figures.find((g) => carried.claimFor(g.id))!;
    index.setDecisions({ ...emptyDecisions(), ignoreFigures: [{ doc: f.id, text: ignored.text, start: ignored.start }] });
    const withIgnore = index.snapshot();
    expect(withIgnore.figure(ignored.id)).toBeUndefined();
    expect(withIgnore.claimFor(ignored.id)).toBeUndefined();
    expectLookupsMatchLists(withIgnore);
  });
});
