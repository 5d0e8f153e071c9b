// The compare webview's model and page: sentences side by side, differing figures flagged, text escaped, CSP.
import { describe, expect, it, vi } from 'vitest';
vi.mock('vscode', () => import('./vscode-mock'));
import { CorpusIndex } from '../../src/core';
import { parseClaimArg, parseSpanArg, positionIn } from '../../src/vscode/features/util';
import { comparePage, compareModel } from '../../src/vscode/view/compare';
import { haveSeeds, loadSeeds } from './fixtures';

const ASSETS = { cspSource: 'vscode-webview://abc', nonce: 'n0nce123', styleUri: 'vscode-webview://abc/media/compare.css', scriptUri: 'vscode-webview://abc/media/compare.js' };

describe.skipIf(!haveSeeds)('compare view on the seeds conflict', () => {
  it('puts each source’s sentence side by side with the figure marked and the outlier flagged', () => {
    const seeds = loadSeeds();
    const claim = seeds.snapshot.conflicts[0]!;
    const model = compareModel(seeds.snapshot, claim, seeds.text);
    expect(model.verdict).toBe('conflict');
    // One column per source, its figures in text order.
    expect(model.columns.map((c) => c.source)).toEqual(['000_519756dfe0227828 (nb)', '002_996857314e13981d (en)', '004_d60922b307c76c22 (en)']);
    const [nb, en, ro] = model.columns;
    expect(nb!.figures.map((f) => f.figure)).toEqual(['19 ulike lokalpolitikere']);
    expect(nb!.figures[0]!.before).toContain('Oppropet er undertegnet av ');
    expect(nb!.figures[0]!.value).toBe('19 people');
    expect(en!.figures.map((f) => f.value)).toEqual(['more than 40 people', '19 people', 'more than 40 people']);
    expect(ro!.figures.map((f) => f.value)).toEqual(['65 people']);
    // 19 agrees with the other "19 signatories", "more than 40" (40–60) with itself; 65 agrees with nobody.
    const differing = model.columns.flatMap((c) => c.figures.filter((f) => f.differs).map((f) => `${c.doc}: ${f.value}`));
    expect(differing).toEqual(['004_d60922b307c76c22.txt: 65 people']);
    const html = comparePage(model, ASSETS);
    expect(html).toContain('<mark>19 ulike lokalpolitikere</mark>');
    expect(html).toContain('<section class="source differs" data-doc="004_d60922b307c76c22.txt">');
    expect(html.match(/class="source differs"/g)).toHaveLength(1);
    expect(html).toContain('<li class="chip differs"><span class="chip-source">004_d60922b307c76c22 (en)</span> <span class="number">65 people</span>');
    expect(html).toContain('000_519756dfe0227828 (nb)');
  });
});

describe('compare page safety', () => {
  const index = new CorpusIndex();
  const a = 'Police in Oslo said <script>alert(1)</script> 40 people were evacuated on Monday after the flood.';
  const b = 'Police in Oslo said 400 people were evacuated on Monday after the flood & the storm "Ingrid".';
  index.setDocument({ id: 'a.txt', text: a });
  index.setDocument({ id: 'b.txt', text: b });
  const snapshot = index.snapshot();
  const texts = new Map([
    ['a.txt', a],
    ['b.txt', b],
  ]);

  it('groups the two figures as a conflict and flags both as differing', () => {
    expect(snapshot.claims).toHaveLength(1);
    const model = compareModel(snapshot, snapshot.claims[0]!, (d) => texts.get(d));
    expect(snapshot.claims[0]!.verdict).toBe('conflict');
    expect(model.columns.map((c) => c.figures.map((f) => f.differs))).toEqual([[true], [true]]);
  });

  it('escapes article text and has a strict CSP with the nonce on the only script', () => {
    const html = comparePage(compareModel(snapshot, snapshot.claims[0]!, (d) => texts.get(d)), ASSETS);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp; the storm &quot;Ingrid&quot;');
    expect(html).toContain(
      `content="default-src 'none'; img-src vscode-webview://abc; style-src vscode-webview://abc; script-src 'nonce-n0nce123';"`.replace(/'/g, '&#39;'),
    );
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script nonce="n0nce123" src="vscode-webview://abc/media/compare.js">']);
    expect(html).not.toMatch(/style="/);
    expect(html).not.toMatch(/\son\w+="/);
  });

  it('shows a plain message when the claim is gone', () => {
    expect(comparePage(undefined, ASSETS)).toContain('no longer in the corpus');
  });
});

describe('command argument validation', () => {
  const index = new CorpusIndex();
  index.setDocument({ id: 'a.txt', text: 'Erik Solheim visited Oslo.' });
  const view = { snapshot: index.snapshot(), text: () => undefined, uri: () => undefined };

  it('accepts spans inside an indexed document only', () => {
    expect(parseSpanArg({ doc: 'a.txt', start: 0, end: 12 }, view as never)).toEqual({ doc: 'a.txt', start: 0, end: 12 });
    for (const bad of [
      undefined,
      'a.txt',
      { doc: 'b.txt', start: 0, end: 1 },
      { doc: 'a.txt', start: -1, end: 1 },
      { doc: 'a.txt', start: 5, end: 2 },
      { doc: 'a.txt', start: 0, end: 10_000 },
      { doc: 'a.txt', start: 0.5, end: 1 },
      { doc: '../../etc/passwd', start: 0, end: 1 },
    ]) {
      expect(parseSpanArg(bad, view as never)).toBeUndefined();
    }
  });

  it('accepts known claim ids only', () => {
    expect(parseClaimArg({ claim: 'claim:nope' }, view.snapshot)).toBeUndefined();
    expect(parseClaimArg(42, view.snapshot)).toBeUndefined();
  });

  it('turns offsets into positions for any line ending', () => {
    const text = 'one\r\ntwo\nthree\rfour';
    expect(positionIn(text, text.indexOf('two'))).toMatchObject({ line: 1, character: 0 });
    expect(positionIn(text, text.indexOf('three') + 2)).toMatchObject({ line: 2, character: 2 });
    expect(positionIn(text, text.indexOf('four'))).toMatchObject({ line: 3, character: 0 });
  });
});
