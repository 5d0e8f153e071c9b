// Tree items of the Claims and Entities views, and the decoration spans, from the seeds corpus.
import { describe, expect, it, vi } from 'vitest';
vi.mock('vscode', () => import('./vscode-mock'));
import * as vscode from 'vscode';
import { decorationOptions } from '../../src/vscode/features/decorations';
import { statusText } from '../../src/vscode/features/statusBar';
import { DECORATION_KEYS, decorationSpans } from '../../src/vscode/view/decorationSpans';
import { claimChildren, claimRoots, claimTreeItem, entityChildren, entityRoots, entityTreeItem } from '../../src/vscode/view/treeItems';
import { haveSeeds, loadFolder, loadSeeds, SAMPLES_DIR } from './fixtures';

const NB = '000_519756dfe0227828.txt';

describe.skipIf(!haveSeeds)('Claims view', () => {
  it('groups claims by verdict with conflicts first', () => {
    const { snapshot } = loadSeeds();
    const roots = claimRoots(snapshot);
    expect(roots.map((r) => r.type === 'verdict' && r.verdict)).toEqual(['conflict', 'spread', 'corroborated']);
    const conflicts = claimTreeItem(snapshot, roots[0]!, () => undefined);
    expect(conflicts.label).toBe('Conflicts');
    expect(conflicts.description).toBe(String(snapshot.conflicts.length));
    expect(conflicts.collapsibleState).toBe(vscode.TreeItemCollapsibleState.Expanded);
  });

  it('a claim expands to one item per figure: source, value, the sentence; clicking opens the figure', () => {
    const seeds = loadSeeds();
    const { snapshot } = seeds;
    const [conflictGroup] = claimRoots(snapshot);
    const [claimNode] = claimChildren(snapshot, conflictGroup!);
    const claimItem = claimTreeItem(snapshot, claimNode!, seeds.text);
    expect(claimItem.collapsibleState).toBe(vscode.TreeItemCollapsibleState.Collapsed);
    expect(claimItem.description).toContain('65 people');
    expect(claimItem.contextValue).toBe('crossread.claim.conflict');
    const figures = claimChildren(snapshot, claimNode!).map((n) => claimTreeItem(snapshot, n, seeds.text));
    const nb = figures.find((f) => String(f.label).startsWith('000_519756dfe0227828 (nb)'))!;
    expect(nb.label).toBe('000_519756dfe0227828 (nb): 19 people');
    expect(nb.description).toContain('Oppropet er undertegnet av 19 ulike lokalpolitikere');
    expect(nb.command?.command).toBe('crossread.openMention');
    const arg = nb.command!.arguments![0] as { doc: string; start: number; end: number };
    expect(arg.doc).toBe(NB);
    expect(seeds.texts.get(NB)!.slice(arg.start, arg.end)).toBe('19 ulike lokalpolitikere');
    expect(figures.map((f) => String(f.label))).toContain('004_d60922b307c76c22 (en): 65 people');
    // Ids are unique (VS Code rejects duplicates).
    const ids = figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.skipIf(!haveSeeds)('Entities view', () => {
  it('lists cross-source entities with spelling and source counts; expanding shows spellings by source', () => {
    const { snapshot } = loadSeeds();
    const roots = entityRoots(snapshot);
    expect(roots.length).toBe(snapshot.crossSourceEntities().length);
    const palyuga = roots.find((r) => r.entity.variants.some((v) => v.text === 'Paljuga'))!;
    const item = entityTreeItem(snapshot, palyuga);
    expect(item.label).toBe('Dmytro Palyuga');
    expect(item.description).toBe('person · 6 spellings · 3 sources');
    expect(item.command?.command).toBe('crossread.openMention');
    const spellings = entityChildren(snapshot, palyuga).map((n) => entityTreeItem(snapshot, n));
    const dmitry = spellings.find((s) => s.label === 'Dmitry Palyuga')!;
    expect(dmitry.description).toBe('002_996857314e13981d (en)');
    const spellingNode = entityChildren(snapshot, palyuga).find((n) => n.type === 'spelling' && n.spelling.text === 'Palyuga')!;
    const uses = entityChildren(snapshot, spellingNode).map((n) => entityTreeItem(snapshot, n));
    expect(uses).toHaveLength(1);
    expect(uses[0]!.description).toBe('004_d60922b307c76c22.txt · ×6');
    expect(uses[0]!.command?.arguments?.[0]).toMatchObject({ doc: '004_d60922b307c76c22.txt' });
  });
});

describe.skipIf(!haveSeeds)('decorations', () => {
  it('marks names by kind, cross-source names apart, figures and conflicting figures apart', () => {
    const seeds = loadSeeds();
    const spans = decorationSpans(seeds.snapshot, NB, ['person', 'place', 'organization', 'other', 'figure']);
    const texts = (key: string) => (spans.get(key as never) ?? []).map((s) => seeds.texts.get(NB)!.slice(s.start, s.end));
    expect(texts('entity.person.cross')).toContain('Paljuga');
    expect(texts('entity.person.cross')).toContain('Vladimir Putin');
    expect(texts('entity.place.cross')).toContain('Kharkiv');
    expect(texts('figure.conflict')).toEqual(['19 ulike lokalpolitikere']);
    expect(texts('figure')).toContain('6000 kvadratkilometer');
    // Sorted, non-overlapping spans within each key.
    for (const list of spans.values()) for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
  });

  it('filters by the kinds setting', () => {
    const seeds = loadSeeds();
    const spans = decorationSpans(seeds.snapshot, NB, ['figure']);
    for (const key of DECORATION_KEYS) if (key.startsWith('entity.')) expect(spans.get(key)).toEqual([]);
    expect(spans.get('figure')!.length).toBeGreaterThan(0);
    expect([...decorationSpans(seeds.snapshot, NB, []).values()].flat()).toEqual([]);
    expect([...decorationSpans(seeds.snapshot, 'no-such.txt', ['person']).values()].flat()).toEqual([]);
  });
});

describe('decoration styles never rely on colour alone', () => {
  it('entities are underlined (thicker and tinted across sources), figures boxed dotted, conflicts boxed solid', () => {
    const single = decorationOptions('entity.person');
    const cross = decorationOptions('entity.person.cross');
    const figure = decorationOptions('figure');
    const conflict = decorationOptions('figure.conflict');
    expect(single).toMatchObject({ borderStyle: 'solid', borderWidth: '0 0 1px 0' });
    expect(cross).toMatchObject({ borderStyle: 'solid', borderWidth: '0 0 2px 0' });
    expect(cross.backgroundColor).toBeInstanceOf(vscode.ThemeColor);
    expect(figure).toMatchObject({ borderStyle: 'dotted', borderWidth: '1px' });
    expect(conflict).toMatchObject({ borderStyle: 'solid', borderWidth: '1px' });
    expect((conflict.overviewRulerColor as vscode.ThemeColor).id).toBe('crossread.conflictFigure');
    expect((decorationOptions('entity.place').borderColor as vscode.ThemeColor).id).toBe('crossread.place');
  });
});

describe('status bar text', () => {
  it('counts articles and conflicts, or shows indexing progress', () => {
    const samples = loadFolder(SAMPLES_DIR);
    const n = samples.snapshot.documents.length;
    const c = samples.snapshot.conflicts.length;
    expect(statusText(samples.snapshot, { indexing: false, done: 0, total: 0, ready: true })).toBe(
      `Crossread: ${n} article${n === 1 ? '' : 's'} · ${c} conflict${c === 1 ? '' : 's'}`,
    );
    expect(statusText(samples.snapshot, { indexing: true, done: 2, total: 6 })).toBe('$(sync~spin) Crossread: indexing 2/6');
  });

  it.skipIf(!haveSeeds)('reads "Crossread: 5 articles · 1 conflict" on the seeds', () => {
    expect(statusText(loadSeeds().snapshot, { indexing: false, done: 0, total: 0, ready: true })).toBe('Crossread: 5 articles · 1 conflict');
  });
});
