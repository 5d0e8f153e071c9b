// Hover cards as Markdown text, from one snapshot only (never waits for the index). Pure: the hover provider
// wraps the result in a MarkdownString whose trusted commands are limited to ours.
import {
  formatConversion,
  formatFigureValue,
  formatInterval,
  type Claim,
  type CorpusSnapshot,
  type Figure,
  type FigureHit,
  type MentionHit,
} from '../../core';
import { Commands } from './commandIds';
import { spellings } from './entityUsage';
import { HEDGE_LABEL, KIND_LABEL, VERDICT_ONE, plural, sentenceOf, snippet, sourceOf } from './labels';
import { commandLink, escapeMarkdown as esc } from './markdown';

export interface HoverContext {
  snapshot: CorpusSnapshot;
  /** The document being read. */
  doc: string;
  /** The text each document was analysed from (for quotes of other articles). */
  text(doc: string): string | undefined;
}

const MAX_SPELLING_SOURCES = 12;
const MAX_FIGURES_ABOUT = 8;
const MAX_CLAIM_ROWS = 12;

export function entityHoverMarkdown(ctx: HoverContext, hit: MentionHit): string {
  const { snapshot } = ctx;
  const e = hit.entity;
  const out: string[] = [];
  const nDocs = e.documents.length;
  out.push(
    `**${esc(e.name)}** · ${KIND_LABEL[e.kind]} · ${nDocs > 1 ? `named in ${plural(nDocs, 'source')}` : 'named in this source only'}` +
      (hit.mention.text !== e.name ? ` · here: *${esc(hit.mention.text)}*` : ''),
  );
  out.push('');
  out.push(`**${plural(e.variants.length, 'spelling')}**`);
  out.push('');
  for (const s of spellings(snapshot, e, MAX_SPELLING_SOURCES)) {
    const uses = s.uses.map((u) => {
      const label = sourceOf(snapshot, u.doc);
      const times = u.count > 1 ? ` ×${u.count}` : '';
      if (u.doc === ctx.doc) return `*this article*${times}`;
      return `${commandLink(label, Commands.openMention, [{ doc: u.doc, start: u.first.start, end: u.first.end }], `Open ${u.doc}`)}${times}`;
    });
    const more = s.docCount > s.uses.length ? `, and ${s.docCount - s.uses.length} more` : '';
    out.push(`- **${esc(s.text)}** — ${uses.join(', ')}${more}`);
  }

  const figures = snapshot.figuresAbout(e.id, MAX_FIGURES_ABOUT + 1);
  if (figures.length > 0) {
    out.push('', `**Figures reported with ${esc(e.name)}**`, '');
    for (const f of figures.slice(0, MAX_FIGURES_ABOUT)) {
      const claim = snapshot.claimFor(f.id);
      const verdict = claim ? ` · *${VERDICT_ONE[claim.verdict].toLowerCase()}*` : '';
      const where = f.doc === ctx.doc ? 'this article' : sourceOf(snapshot, f.doc);
      out.push(
        `- ${esc(formatFigureValue(f))}${f.counts ? ` ${esc(f.counts)}` : ''} — ${commandLink(where, Commands.openMention, [{ doc: f.doc, start: f.start, end: f.end }], `Open ${f.doc}`)}${verdict}`,
      );
    }
    if (figures.length > MAX_FIGURES_ABOUT) out.push('- …');
  }
  return out.join('\n');
}

export function figureHoverMarkdown(ctx: HoverContext, hit: FigureHit): string {
  const { snapshot } = ctx;
  const f = hit.figure;
  const out: string[] = [];
  out.push(`**${esc(formatFigureValue(f))}** — “${esc(f.text)}”`);
  out.push('');
  const conversion = formatConversion(f);
  if (conversion) out.push(`${esc(conversion)}  `);
  const facts = [`${esc(formatInterval(f))}`, esc(HEDGE_LABEL[f.hedge])];
  if (f.time) facts.push(`when: ${esc(f.time)}`);
  out.push(`${facts.join(' · ')}  `);
  if (f.counts) out.push(`counts: *${esc(f.counts)}*`);

  const claim = hit.claim;
  out.push('');
  if (!claim) {
    out.push('*No other source reports this figure.*');
    return out.join('\n');
  }
  out.push(`**${VERDICT_ONE[claim.verdict]}** — ${esc(claimHeadline(snapshot, claim))}`);
  out.push('');
  const rows = claimRows(snapshot, claim, MAX_CLAIM_ROWS);
  for (const r of rows) {
    const here = r.figure.id === f.id;
    const where = here
      ? '*this figure*'
      : r.figure.doc === ctx.doc
        ? commandLink('this article', Commands.openMention, [span(r.figure)], 'Open')
        : commandLink(sourceOf(snapshot, r.figure.doc), Commands.openMention, [span(r.figure)], `Open ${r.figure.doc}`);
    const quote = snippet(ctx.text(r.figure.doc), sentenceOf(snapshot, r.figure), r.figure, 100);
    out.push(`- ${where}: **${esc(r.value)}**${quote ? ` — “${esc(quote)}”` : ''}`);
  }
  if (claim.figures.length > rows.length) out.push(`- … and ${claim.figures.length - rows.length} more`);
  out.push('', commandLink('Compare the sources side by side', Commands.compareClaim, [{ claim: claim.id }], 'Open Sources Side by Side'));
  return out.join('\n');
}

/** "local elected officials: 3 sources" */
export function claimHeadline(snapshot: CorpusSnapshot, claim: Claim): string {
  // A figure's id is "<doc>#<offset>": its document without looking the figure up (claims can hold hundreds).
  const docs = new Set<string>();
  for (const id of claim.figures) {
    const cut = id.lastIndexOf('#');
    if (cut > 0) docs.add(id.slice(0, cut));
    else if (snapshot.figure(id)) docs.add(snapshot.figure(id)!.doc);
  }
  return `${claim.about || claim.unit}: ${plural(docs.size, 'source')}`;
}

export interface ClaimRow {
  figure: Figure;
  /** Normalised value, with the conversion when the figure was converted. */
  value: string;
}

/** The figures of a claim with their values formatted: the first `limit` (a hover shows a dozen). */
export function claimRows(snapshot: CorpusSnapshot, claim: Claim, limit = Infinity): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const id of claim.figures) {
    if (rows.length >= limit) break;
    const f = snapshot.figure(id);
    if (!f) continue;
    const conversion = formatConversion(f);
    rows.push({ figure: f, value: conversion ? `${formatFigureValue(f)} (${conversion})` : formatFigureValue(f) });
  }
  return rows;
}

/** Hover text for whatever sits at an offset: a name, a figure, or nothing. */
export function hoverMarkdownAt(ctx: HoverContext, offset: number): { markdown: string; start: number; end: number } | undefined {
  const m = ctx.snapshot.mentionAt(ctx.doc, offset);
  if (m) return { markdown: entityHoverMarkdown(ctx, m), start: m.mention.start, end: m.mention.end };
  const f = ctx.snapshot.figureAt(ctx.doc, offset);
  if (f) return { markdown: figureHoverMarkdown(ctx, f), start: f.figure.start, end: f.figure.end };
  return undefined;
}

export function span(f: { doc: string; start: number; end: number }): { doc: string; start: number; end: number } {
  return { doc: f.doc, start: f.start, end: f.end };
}
