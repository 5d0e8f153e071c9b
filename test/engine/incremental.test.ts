// Edits that keep an article's names and figures reuse the previous clustering: the result must equal a full rebuild.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/cli/readFolder';
import { CorpusIndex, buildSnapshot, emptyDecisions, toReportV1, type CorpusSnapshot } from '../../src/core';

const seeds = resolve(__dirname, '../../../shared/corpus/seeds');
const samples = resolve(__dirname, '../../samples');

/** The articles of a folder, as the CLI reads them. */
const load = (dir: string) => readFolder(dir).files;

const fullRebuild = (index: CorpusIndex): CorpusSnapshot => {
  const analyses = index.snapshot().documents.map((d) => index.analysis(d.id)!);
  return buildSnapshot(analyses, emptyDecisions(), {}, index.version);
};

describe.each([
  ['seeds', seeds],
  ['samples', samples],
])('incremental snapshot on %s', (_name, dir) => {
  it.skipIf(!existsSync(dir))('carries entities and claims over an edit that keeps names and figures, exactly as a rebuild', () => {
    const files = load(dir);
    const index = new CorpusIndex();
    for (const f of files) index.setDocument(f);
    const before = index.snapshot();
    // Insert plain words at the top of the body of the first article: every offset after it moves.
    const f = files[0]!;
    const cut = f.text.indexOf('\n', f.text.indexOf('\n') + 1) + 1;
    index.setDocument({ id: f.id, text: `${f.text.slice(0, cut)}and so it goes on, as they say.\n${f.text.slice(cut)}` });
    const after = index.snapshot();
    expect(after).not.toBe(before);
    expect(after.entities.length).toBeGreaterThan(5);
    expect(toReportV1(after)).toEqual(toReportV1(fullRebuild(index)));
    // Offsets are those of the new text.
    const text = `${f.text.slice(0, cut)}and so it goes on, as they say.\n${f.text.slice(cut)}`;
    for (const e of after.entities) for (const m of e.mentions) if (m.doc === f.id) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.skipIf(!existsSync(dir))('recomputes when an edit adds a name, and still equals a rebuild', () => {
    const files = load(dir);
    const index = new CorpusIndex();
    for (const f of files) index.setDocument(f);
    index.snapshot();
    const f = files[1]!;
    index.setDocument({ id: f.id, text: `${f.text}\n\nLater, Anna Berg and Kristoffer Lunde arrived in Oslo.\n` });
    const after = index.snapshot();
    expect(after.entities.some((e) => e.name === 'Anna Berg')).toBe(true);
    expect(toReportV1(after)).toEqual(toReportV1(fullRebuild(index)));
  });
});
