// Hover cards built from the seeds corpus: every spelling with its sources, figures with conversions and the
// other sources' values, escaping of article text, and command links limited to our own commands.
import { describe, expect, it, vi } from 'vitest';
vi.mock('vscode', () => import('./vscode-mock'));
import { CorpusIndex } from '../../src/core';
import { trustedMarkdown } from '../../src/vscode/features/hover';
import { HOVER_COMMANDS } from '../../src/vscode/view/commandIds';
import { entityHoverMarkdown, figureHoverMarkdown, hoverMarkdownAt } from '../../src/vscode/view/hoverContent';
import { escapeMarkdown } from '../../src/vscode/view/markdown';
import { commandLinks, haveSeeds, loadSeeds, offsetOf, rendered } from './fixtures';

const NB = '000_519756dfe0227828.txt';

describe.skipIf(!haveSeeds)('hover cards on the seeds corpus', () => {
  it('on "Paljuga" lists every spelling of Palyuga with the documents that use it', () => {
    const seeds = loadSeeds();
    const hit = seeds.snapshot.mentionAt(NB, offsetOf(seeds, NB, 'Paljuga'));
    expect(hit, 'Paljuga is a mention').toBeDefined();
    const md = entityHoverMarkdown({ snapshot: seeds.snapshot, doc: NB, text: seeds.text }, hit!);
    const text = rendered(md);
    const lines = text.split('\n');
    const line = (spelling: string) => lines.find((l) => l.startsWith(`- ${spelling} —`));
    expect(text).toMatch(/^Dmytro Palyuga · person · named in 3 sources/);
    expect(line('Dmitry Palyuga')).toContain('002_996857314e13981d (en)');
    expect(line('Dmytro Palyuga')).toContain('004_d60922b307c76c22 (en)');
    expect(line('Palyug')).toContain('004_d60922b307c76c22 (en)');
    expect(line('Paljuga')).toContain('this article ×2');
    expect(line('Dmitrij Paljuga')).toContain('this article');
    // The links open the first mention of that spelling in the other article.
    const links = commandLinks(md);
    const toDmitry = links.find((l) => (l.args[0] as { doc: string }).doc === '002_996857314e13981d.txt');
    expect(toDmitry?.command).toBe('crossread.openMention');
    const { start, end } = toDmitry!.args[0] as { start: number; end: number };
    expect(seeds.texts.get('002_996857314e13981d.txt')!.slice(start, end)).toBe('Dmitry Palyuga');
  });

  it('on "6000 kvadratkilometer" shows 6,000 km² and what the other sources report, with conversions', () => {
    const seeds = loadSeeds();
    const hit = seeds.snapshot.figureAt(NB, offsetOf(seeds, NB, '6000 kvadratkilometer'));
    expect(hit?.figure.text).toBe('6000 kvadratkilometer');
    const md = figureHoverMarkdown({ snapshot: seeds.snapshot, doc: NB, text: seeds.text }, hit!);
    const text = rendered(md);
    expect(text.split('\n')[0]).toBe('6,000 km² — “6000 kvadratkilometer”');
    expect(text).toContain('[6,000, 6,000] km² · exact');
    expect(text).toContain('when: Siden begynnelsen av september');
    expect(text).toContain('this figure: 6,000 km²');
    expect(text).toContain('003_814d9f0902f2fda0 (en): more than 3,004 km² (1,160 square miles = 3,004 km²)');
    expect(text).toContain('002_996857314e13981d (en): more than 2,590 km² (1,000 square miles = 2,590 km²)');
    expect(text).toMatch(/Differing but compatible|Conflict|Corroborated/);
    const compare = commandLinks(md).find((l) => l.command === 'crossread.compareClaim');
    expect(compare?.args).toEqual([{ claim: hit!.claim!.id }]);
  });

  it('on a figure of a conflicting claim names the verdict and every source value', () => {
    const seeds = loadSeeds();
    const hit = seeds.snapshot.figureAt(NB, offsetOf(seeds, NB, '19 ulike lokalpolitikere'));
    expect(hit?.claim?.verdict).toBe('conflict');
    const text = rendered(figureHoverMarkdown({ snapshot: seeds.snapshot, doc: NB, text: seeds.text }, hit!));
    expect(text).toContain('Conflict —');
    expect(text).toContain('004_d60922b307c76c22 (en): 65 people');
    expect(text).toContain('002_996857314e13981d (en): more than 40 people');
  });

  it('hoverMarkdownAt answers for names and figures and returns their span, nothing elsewhere', () => {
    const seeds = loadSeeds();
    const ctx = { snapshot: seeds.snapshot, doc: NB, text: seeds.text };
    const at = offsetOf(seeds, NB, 'Paljuga') + 2;
    const h = hoverMarkdownAt(ctx, at)!;
    expect(seeds.texts.get(NB)!.slice(h.start, h.end)).toContain('Paljuga');
    expect(hoverMarkdownAt(ctx, offsetOf(seeds, NB, 'russiske styrkene') + 3)).toBeUndefined();
  });
});

describe('hover safety', () => {
  it('escapes article text: no links, HTML or emphasis from the article survive', () => {
    const evil = 'Ola [Nordmann](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** `code`';
    const e = escapeMarkdown(evil);
    expect(rendered(e)).toBe(evil.replace(/&/g, '&amp;'));
    expect(e).not.toMatch(/(^|[^\\])\[/);
    expect(e).not.toMatch(/(^|[^\\])</);
    expect(e).not.toContain('](command:');
  });

  it('a name spelled like Markdown in an article still produces only our own command links', () => {
    const index = new CorpusIndex();
    const a = 'Olga [Bergstrøm](command:evil) met Erik Solheim in Oslo on Monday. Erik Solheim said 40 people came.';
    const b = 'Erik Solheim visited Oslo. Solheim said 45 people came to the meeting in Oslo.';
    index.setDocument({ id: 'a.txt', text: a });
    index.setDocument({ id: 'b.txt', text: b });
    const snapshot = index.snapshot();
    const texts = new Map([
      ['a.txt', a],
      ['b.txt', b],
    ]);
    let hovers = 0;
    for (let o = 0; o < a.length; o++) {
      const h = hoverMarkdownAt({ snapshot, doc: 'a.txt', text: (d) => texts.get(d) }, o);
      if (!h) continue;
      hovers++;
      for (const link of commandLinks(h.markdown)) expect(HOVER_COMMANDS).toContain(link.command);
      expect(h.markdown).not.toContain('command:evil');
    }
    expect(hovers).toBeGreaterThan(0);
  });

  it('the MarkdownString trusts only our hover commands and no HTML', () => {
    const md = trustedMarkdown('x') as unknown as { isTrusted: { enabledCommands: string[] }; supportHtml: boolean };
    expect(md.isTrusted).toEqual({ enabledCommands: ['crossread.openMention', 'crossread.compareClaim'] });
    expect(md.supportHtml).toBe(false);
  });
});
