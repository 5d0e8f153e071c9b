// Nodes and tree items of the Claims and Entities views, built from one snapshot.
import * as vscode from 'vscode';
import { formatConversion, formatFigureValue, type Claim, type CorpusSnapshot, type Entity, type EntityKind, type Figure, type Verdict } from '../../core';
import { Commands } from './commandIds';
import { claimRows } from './hoverContent';
import { spellings, type Spelling, type SpellingUse } from './entityUsage';
import { KIND_LABEL, VERDICT_ORDER, VERDICT_TITLE, plural, sentenceOf, snippet, sourceOf } from './labels';
import { escapeMarkdown as esc } from './markdown';

// ---------------------------------------------------------------------------------------------- Claims
export type ClaimNode =
  | { type: 'verdict'; verdict: Verdict; claims: Claim[] }
  | { type: 'claim'; claim: Claim }
  | { type: 'figure'; claim: Claim; figure: Figure };

/** Verdict groups, conflicts first; empty groups are left out. */
export function claimRoots(snapshot: CorpusSnapshot): ClaimNode[] {
  return VERDICT_ORDER.map((verdict) => ({ type: 'verdict' as const, verdict, claims: snapshot.claims.filter((c) => c.verdict === verdict) })).filter(
    (g) => g.claims.length > 0,
  );
}

export function claimChildren(snapshot: CorpusSnapshot, node: ClaimNode): ClaimNode[] {
  if (node.type === 'verdict') return node.claims.map((claim) => ({ type: 'claim' as const, claim }));
  if (node.type === 'claim') {
    return node.claim.figures.map((id) => snapshot.figure(id)).filter((f): f is Figure => !!f).map((figure) => ({ type: 'figure' as const, claim: node.claim, figure }));
  }
  return [];
}

const VERDICT_ICON: Record<Verdict, [string, string]> = {
  conflict: ['warning', 'list.warningForeground'],
  spread: ['arrow-both', 'descriptionForeground'],
  corroborated: ['check', 'testing.iconPassed'],
};

export function claimTreeItem(snapshot: CorpusSnapshot, node: ClaimNode, text: (doc: string) => string | undefined): vscode.TreeItem {
  if (node.type === 'verdict') {
    const item = new vscode.TreeItem(
      VERDICT_TITLE[node.verdict],
      node.verdict === 'corroborated' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
    );
    item.id = `verdict:${node.verdict}`;
    item.description = String(node.claims.length);
    item.contextValue = 'crossread.verdict';
    const [icon, color] = VERDICT_ICON[node.verdict];
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    return item;
  }
  if (node.type === 'claim') {
    const c = node.claim;
    const rows = claimRows(snapshot, c);
    const item = new vscode.TreeItem(capitalise(c.about || c.unit || 'figure'), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `claim:${c.id}`;
    item.description = rows.map((r) => formatFigureValue(r.figure)).join(' · ');
    item.tooltip = new vscode.MarkdownString(`**${esc(VERDICT_TITLE[c.verdict])}**\n\n${esc(c.summary)}`);
    item.contextValue = `crossread.claim.${c.verdict}`;
    const [icon, color] = VERDICT_ICON[c.verdict];
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    item.accessibilityInformation = { label: `${VERDICT_TITLE[c.verdict]}: ${c.summary}` };
    return item;
  }
  const f = node.figure;
  const source = sourceOf(snapshot, f.doc);
  const item = new vscode.TreeItem(`${source}: ${formatFigureValue(f)}`, vscode.TreeItemCollapsibleState.None);
  item.id = `figure:${node.claim.id}:${f.id}`;
  const sentence = snippet(text(f.doc), sentenceOf(snapshot, f), f, 120);
  item.description = sentence;
  const conversion = formatConversion(f);
  item.tooltip = new vscode.MarkdownString(
    [`**${esc(source)}** — ${esc(f.doc)}`, '', `**${esc(formatFigureValue(f))}**${conversion ? ` (${esc(conversion)})` : ''} — “${esc(f.text)}”`, '', esc(snippet(text(f.doc), sentenceOf(snapshot, f), f, 400))].join(
      '\n',
    ),
  );
  item.contextValue = 'crossread.figure';
  item.iconPath = new vscode.ThemeIcon('symbol-number');
  item.command = { command: Commands.openMention, title: 'Open Article at Figure', arguments: [{ doc: f.doc, start: f.start, end: f.end }] };
  return item;
}

// -------------------------------------------------------------------------------------------- Entities
export type EntityNode =
  | { type: 'entity'; entity: Entity }
  | { type: 'spelling'; entity: Entity; spelling: Spelling }
  | { type: 'use'; entity: Entity; spelling: Spelling; use: SpellingUse };

/** Entities named by two sources or more (all entities with `all`), most widely named first. */
export function entityRoots(snapshot: CorpusSnapshot, all = false): EntityNode[] {
  return (all ? snapshot.entities : snapshot.crossSourceEntities()).map((entity) => ({ type: 'entity' as const, entity }));
}

export function entityChildren(snapshot: CorpusSnapshot, node: EntityNode): EntityNode[] {
  if (node.type === 'entity') return spellings(snapshot, node.entity).map((spelling) => ({ type: 'spelling' as const, entity: node.entity, spelling }));
  if (node.type === 'spelling') return node.spelling.uses.map((use) => ({ type: 'use' as const, entity: node.entity, spelling: node.spelling, use }));
  return [];
}

const KIND_ICON: Record<EntityKind, string> = { person: 'person', place: 'location', organization: 'organization', other: 'symbol-key' };

export function entityTreeItem(snapshot: CorpusSnapshot, node: EntityNode): vscode.TreeItem {
  const e = node.entity;
  if (node.type === 'entity') {
    const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `entity:${e.id}`;
    item.description = `${KIND_LABEL[e.kind]} · ${plural(e.variants.length, 'spelling')} · ${plural(e.documents.length, 'source')}`;
    item.tooltip = new vscode.MarkdownString(
      `**${esc(e.name)}** · ${KIND_LABEL[e.kind]}\n\n${e.variants.map((v) => `- ${esc(v.text)} (${v.documents.map((d) => esc(sourceOf(snapshot, d))).join(', ')})`).join('\n')}`,
    );
    item.iconPath = new vscode.ThemeIcon(KIND_ICON[e.kind]);
    item.contextValue = 'crossread.entity';
    const first = e.mentions[0];
    if (first) item.command = { command: Commands.openMention, title: 'Open First Mention', arguments: [{ doc: first.doc, start: first.start, end: first.end }] };
    return item;
  }
  if (node.type === 'spelling') {
    const s = node.spelling;
    const item = new vscode.TreeItem(s.text, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `spelling:${e.id}:${s.text}`;
    item.description = `${s.uses.map((u) => sourceOf(snapshot, u.doc)).join(', ')}`;
    item.tooltip = `${s.text}: ${plural(s.count, 'mention')} in ${plural(s.uses.length, 'source')}`;
    item.iconPath = new vscode.ThemeIcon('symbol-text');
    item.contextValue = 'crossread.spelling';
    return item;
  }
  const u = node.use;
  const item = new vscode.TreeItem(sourceOf(snapshot, u.doc), vscode.TreeItemCollapsibleState.None);
  item.id = `use:${e.id}:${node.spelling.text}:${u.doc}`;
  item.description = `${u.doc}${u.count > 1 ? ` · ×${u.count}` : ''}`;
  item.tooltip = `Open the first “${node.spelling.text}” in ${u.doc}`;
  item.iconPath = new vscode.ThemeIcon('file');
  item.contextValue = 'crossread.spellingUse';
  item.command = { command: Commands.openMention, title: 'Open Mention', arguments: [{ doc: u.doc, start: u.first.start, end: u.first.end }] };
  return item;
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
