// The quick view after an edit (onlineUpdate.ts): a consistent snapshot made without rebuilding, close to what a
// rebuild gives, and replaced by the exact view on request.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/cli/readFolder';
import { CorpusIndex, applyDelta, buildSnapshot, deltaOf, emptyDecisions, toReportV1, type CorpusSnapshot, type SourceFile } from '../../src/core';
import { compareClaims } from '../../src/core/claims/groupClaims';

const seeds = resolve(__dirname, '../../../shared/corpus/seeds');
const samples = resolve(__dirname, '../../samples');

/** Everything a snapshot's look-ups promise, checked against each other. */
function expectConsistent(s: CorpusSnapshot): void {
  const ids = new Set<string>();
  s.entities.forEach((e) => {
    expect(ids.has(e.id), `entity id ${e.id} twice`).toBe(false);
    ids.add(e.id);
    expect(e.mentions.length, `${e.id} has mentions`).toBeGreaterThan(0);
    // Mentions sorted by document, then offset; documents and variants agree with them.
    for (let i = 1; i < e.mentions.length; i++) {
      const [a, b] = [e.mentions[i - 1]!, e.mentions[i]!];
      expect(a.doc < b.doc || (a.doc === b.doc && a.start < b.start), `${e.id} mentions sorted`).toBe(true);
    }
    expect(e.documents).toEqual([...new Set(e.mentions.map((m) => m.doc))].sort());
    expect(e.variants.reduce((n, v) => n + v.count, 0)).toBe(e.mentions.length);
    for (const m of e.mentions) expect(s.mentionAt(m.doc, m.start)?.entity.id, `${e.id} owns its mention in ${m.doc}`).toBe(e.id);
  });
  // Every assigned mention of every document is listed by its entity.
  for (const d of s.documents) {
    for (const hit of s.mentionsIn(d.id)) {
      expect(hit.entity.mentions.some((m) => m.doc === d.id && m.start === hit.mention.start), `${hit.entity.id} lists ${d.id}@${hit.mention.start}`).toBe(true);
    }
  }
  // Claims: across sources, their figures exist and point back, and they come in the claims' order.
  const inClaim = new Set<string>();
  s.claims.forEach((c, i) => {
    expect(new Set(c.figures.map((f) => f.slice(0, f.lastIndexOf('#')))).size, `${c.id} has two sources`).toBeGreaterThan(1);
    for (const fid of c.figures) {
      expect(s.figure(fid), `figure ${fid} exists`).toBeDefined();
      expect(s.claimFor(fid)?.id, `${fid} points to ${c.id}`).toBe(c.id);
      expect(inClaim.has(fid), `${fid} in one claim`).toBe(false);
      inClaim.add(fid);
    }
    if (i > 0) expect(compareClaims(s.claims[i - 1]!, c), 'claims in order').toBeLessThanOrEqual(0);
  });
  for (const d of s.documents) for (const f of s.figuresIn(d.id)) if (!inClaim.has(f.id)) expect(s.claimFor(f.id)).toBeUndefined();
  expect(s.figures.length).toBe(s.documents.reduce((n, d) => n + s.figuresIn(d.id).length, 0));
}

const rebuild = (index: CorpusIndex): CorpusSnapshot =>
  buildSnapshot(
    index.snapshot().documents.map((d) => index.analysis(d.id)!),
    emptyDecisions(),
    {},
    index.version,
  );

function loaded(dir: string): { files: SourceFile[]; index: CorpusIndex } {
  const files = readFolder(dir).files;
  const index = new CorpusIndex();
  for (const f of files) index.setDocument(f);
  index.snapshot();
  return { files, index };
}

describe.each([
  ['seeds', seeds],
  ['samples', samples],
])('quick snapshot on %s', (_name, dir) => {
  it.skipIf(!existsSync(dir))('after a new name and a new figure: provisional, consistent, and the exact view equals a rebuild', () => {
    const { files, index } = loaded(dir);
    const f = files[1]!;
    index.setDocument({ id: f.id, text: `${f.text}\n\nLater, Anna Berg and Kristoffer Lunde said 23 people had signed the petition.\n` });
    const quick = index.quickSnapshot();
    expect(quick.provisional).toBe(true);
    expectConsistent(quick);
    // The new names are entities of their own, found at their offsets.
    const text = index.analysis(f.id)!;
    const anna = text.mentions.find((m) => m.name === 'Anna Berg');
    expect(anna).toBeDefined();
    expect(quick.mentionAt(f.id, anna!.start)?.entity.name).toBe('Anna Berg');
    // Names the article had before stay with their entities.
    const before = rebuild(index);
    let same = 0;
    let all = 0;
    for (const hit of quick.mentionsIn(f.id)) {
      all++;
      if (before.mentionAt(f.id, hit.mention.start)?.entity.id === hit.entity.id) same++;
    }
    expect(same / all).toBeGreaterThan(0.9);
    // Asking for the exact view replaces it with the rebuild's.
    const exact = index.snapshot();
    expect(exact.provisional).toBe(false);
    expect(toReportV1(exact)).toEqual(toReportV1(rebuild(index)));
  });

  it.skipIf(!existsSync(dir))('after a changed figure the claim verdicts of the article agree with a rebuild', () => {
    const { files, index } = loaded(dir);
    // The first article with a figure in a claim: its value is changed a lot.
    const s0 = index.snapshot();
    const doc = s0.claims[0]!.figures[0]!.slice(0, s0.claims[0]!.figures[0]!.lastIndexOf('#'));
    const f = files.find((x) => x.id === doc)!;
    const fig = s0.figuresIn(doc).find((x) => s0.claimFor(x.id) && /\d/.test(x.text))!;
    const inner = fig.text.replace(/\d+/, (d) => String(Number(d) * 7 + 3));
    index.setDocument({ id: f.id, text: f.text.slice(0, fig.start) + inner + f.text.slice(fig.end) });
    const quick = index.quickSnapshot();
    expect(quick.provisional).toBe(true);
    expectConsistent(quick);
    const exact = rebuild(index);
    const verdicts = (s: CorpusSnapshot) => s.figuresIn(doc).map((x) => s.claimFor(x.id)?.verdict ?? '-');
    expect(verdicts(quick)).toEqual(verdicts(exact));
  });

  it.skipIf(!existsSync(dir))('stays consistent through a run of edits, removals and new articles', () => {
    const { files, index } = loaded(dir);
    const names = ['Taras Brennokovich', 'Olesya Marvintseva', 'Bogdan Ilyukhov'];
    for (let k = 0; k < 9; k++) {
      const f = files[(k * 5) % files.length]!;
      if (k % 3 === 2) index.removeDocument(f.id);
      else if (k % 3 === 1) index.setDocument({ id: `${f.id}.copy${k}.txt`, text: f.text.replace(/\d+/, (d) => String(Number(d) + k)) });
      else index.setDocument({ id: f.id, text: `${index.analysis(f.id) ? f.text : f.text}\n\n${names[k % 3]} said ${40 + k} more people were evacuated.\n` });
      const quick = index.quickSnapshot();
      expectConsistent(quick);
      expect(quick.documents.length).toBe(index.size);
    }
    const exact = index.snapshot();
    expect(toReportV1(exact)).toEqual(toReportV1(rebuild(index)));
  });
});

describe('quick snapshot', () => {
  it.skipIf(!existsSync(seeds))('carries a typo over exactly (no provisional view needed)', () => {
    const { files, index } = loaded(seeds);
    const f = files[0]!;
    const at = f.text.indexOf(' the ') > 0 ? f.text.indexOf(' the ') : f.text.lastIndexOf(' ');
    index.setDocument({ id: f.id, text: `${f.text.slice(0, at)} ${f.text.slice(at)}` });
    const quick = index.quickSnapshot();
    expect(quick.provisional).toBe(false);
    expect(toReportV1(quick)).toEqual(toReportV1(rebuild(index)));
  });

  it.skipIf(!existsSync(seeds))('after a typo carried over exactly, the next edit is still updated online and consistent', () => {
    const { files, index } = loaded(seeds);
    index.prepareQuick();
    const f = files[2]!;
    const at = f.text.lastIndexOf(' the ');
    index.setDocument({ id: f.id, text: `${f.text.slice(0, at)} ${f.text.slice(at)}` });
    expect(index.quickSnapshot().provisional).toBe(false);
    index.setDocument({ id: f.id, text: `${f.text.slice(0, at)} ${f.text.slice(at)}\nAnna Berg said 23 officials had signed.\n` });
    const quick = index.quickSnapshot();
    expect(quick.provisional).toBe(true);
    expectConsistent(quick);
    expect(toReportV1(index.snapshot())).toEqual(toReportV1(rebuild(index)));
  });

  it.skipIf(!existsSync(seeds))('a typo after an online update carries the provisional view over (consistent, as a delta)', () => {
    const { files, index } = loaded(seeds);
    const f = files[3]!;
    const named = `${f.text}\nAnna Berg said 23 officials had signed.\n`;
    index.setDocument({ id: f.id, text: named });
    const first = index.quickSnapshot();
    expect(first.provisional).toBe(true);
    index.setDocument({ id: f.id, text: ` ${named}` });
    const typo = index.quickSnapshot();
    expect(typo.provisional).toBe(true);
    expect(typo.lineage?.from).toBe(first.serial);
    expect(typo.lineage?.entityRemap).toBeUndefined();
    expectConsistent(typo);
    const applied = applyDelta(first, structuredClone(deltaOf(typo)!), (id) => index.analysis(id));
    expect(toReportV1(applied!)).toEqual(toReportV1(typo));
  });

  it.skipIf(!existsSync(seeds))('rebuilds after a decision instead of updating online', () => {
    const { files, index } = loaded(seeds);
    index.setDocument({ id: files[0]!.id, text: `${files[0]!.text}\nAnna Berg came.\n` });
    index.setDecisions({ ...emptyDecisions(), different: [['Putin', 'Putina']] });
    expect(index.quickSnapshot().provisional).toBe(false);
  });
});

describe('snapshot deltas (what the editor receives after an edit)', () => {
  const same = (a: CorpusSnapshot, b: CorpusSnapshot) => {
    expect(toReportV1(a)).toEqual(toReportV1(b));
    expect(a.provisional).toBe(b.provisional);
    for (const d of b.documents) {
      expect(a.mentionsIn(d.id).map((h) => [h.mention.start, h.entity.id])).toEqual(b.mentionsIn(d.id).map((h) => [h.mention.start, h.entity.id]));
      expect(a.figuresIn(d.id).map((f) => a.claimFor(f.id)?.id ?? '-')).toEqual(b.figuresIn(d.id).map((f) => b.claimFor(f.id)?.id ?? '-'));
    }
  };

  it.skipIf(!existsSync(samples))('rebuild each quick view from the previous one and the analyses, through a structured clone', () => {
    const { files, index } = loaded(samples);
    let held = index.snapshot();
    const steps: ((k: number) => void)[] = [
      (k) => index.setDocument({ id: files[k]!.id, text: `${files[k]!.text} ` }),
      (k) => index.setDocument({ id: files[k]!.id, text: `${files[k]!.text}\nOlesya Marvintseva said ${30 + k} people were evacuated.\n` }),
      (k) => index.removeDocument(files[k]!.id),
      (k) => index.setDocument({ id: `new-${k}.txt`, text: files[k]!.text.replace(/\d+/, '77') }),
    ];
    let deltas = 0;
    for (let k = 0; k < 8; k++) {
      steps[k % steps.length]!((k + 1) % files.length);
      const quick = index.quickSnapshot();
      const delta = deltaOf(quick);
      if (!delta) {
        held = quick;
        continue;
      }
      deltas++;
      const applied = applyDelta(held, structuredClone(delta), (id) => index.analysis(id));
      expect(applied, `step ${k}`).toBeDefined();
      same(applied!, quick);
      applied!.serial = quick.serial;
      held = applied!;
    }
    expect(deltas).toBeGreaterThan(4);
  });

  it.skipIf(!existsSync(seeds))('refuse a delta when the editor holds other analyses or another snapshot', () => {
    const { files, index } = loaded(seeds);
    const held = index.snapshot();
    index.setDocument({ id: files[0]!.id, text: `${files[0]!.text}\nAnna Berg said 23 officials had signed.\n` });
    const delta = deltaOf(index.quickSnapshot())!;
    expect(delta).toBeDefined();
    expect(applyDelta(held, delta, (id) => held.analysis(id))).toBeUndefined();
    const other = index.snapshot();
    expect(applyDelta(other, delta, (id) => index.analysis(id))).toBeUndefined();
  });
});
