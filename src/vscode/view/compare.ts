// The "Compare" webview's content: one claim, each source's sentence side by side, the figures marked, and
// the figures that agree with no other source marked as differing. Pure: every piece of article text is
// HTML-escaped here, and the page runs only the nonce'd script from media/.
import { formatConversion, formatFigureValue, type Claim, type CorpusSnapshot, type Figure, type Verdict } from '../../core';
import { HEDGE_LABEL, VERDICT_ONE, sentenceOf, sourceLabel } from './labels';

export interface CompareColumn {
  figureId: string;
  doc: string;
  source: string;
  title: string;
  value: string;
  conversion?: string;
  hedge: string;
  time?: string;
  /** The sentence split around the figure. */
  before: string;
  figure: string;
  after: string;
  /** Agrees with no other source's figure (their intervals do not meet). */
  differs: boolean;
  start: number;
  end: number;
}

export interface CompareModel {
  claimId: string;
  verdict: Verdict;
  about: string;
  summary: string;
  columns: CompareColumn[];
}

const MAX_CONTEXT = 600;

export function compareModel(snapshot: CorpusSnapshot, claim: Claim, text: (doc: string) => string | undefined): CompareModel {
  const figures = claim.figures.map((id) => snapshot.figure(id)).filter((f): f is Figure => !!f);
  const columns = figures.map((f): CompareColumn => {
    const meta = snapshot.document(f.doc);
    const t = text(f.doc) ?? '';
    const s = sentenceOf(snapshot, f) ?? { start: f.start, end: f.end };
    const from = Math.max(s.start, f.start - MAX_CONTEXT);
    const to = Math.min(s.end, f.end + MAX_CONTEXT);
    const conversion = formatConversion(f);
    return {
      figureId: f.id,
      doc: f.doc,
      source: sourceLabel(meta, f.doc),
      title: meta?.title ?? '',
      value: formatFigureValue(f),
      ...(conversion ? { conversion } : {}),
      hedge: HEDGE_LABEL[f.hedge],
      ...(f.time ? { time: f.time } : {}),
      before: (from > s.start ? '…' : '') + t.slice(from, f.start).replace(/\s+/g, ' ').trimStart(),
      figure: t.slice(f.start, f.end) || f.text,
      after: t.slice(f.end, to).replace(/\s+/g, ' ').trimEnd() + (to < s.end ? '…' : ''),
      differs: figures.length > 1 && !figures.some((g) => g !== f && overlaps(f, g)),
      start: f.start,
      end: f.end,
    };
  });
  return { claimId: claim.id, verdict: claim.verdict, about: claim.about, summary: claim.summary, columns };
}

function overlaps(a: Figure, b: Figure): boolean {
  return a.low <= b.high && b.low <= a.high;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface PageAssets {
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
}

export function comparePage(model: CompareModel | undefined, assets: PageAssets): string {
  const csp = `default-src 'none'; img-src ${assets.cspSource}; style-src ${assets.cspSource}; script-src 'nonce-${assets.nonce}';`;
  const head = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(assets.styleUri)}">
<title>Compare sources</title>
</head>`;
  const script = `<script nonce="${escapeHtml(assets.nonce)}" src="${escapeHtml(assets.scriptUri)}"></script>`;
  if (!model) {
    return `${head}
<body>
<main class="empty"><p>This claim is no longer in the corpus (the articles changed). Choose another one in the Claims view.</p></main>
${script}
</body>
</html>`;
  }
  const cols = model.columns
    .map(
      (c) => `<section class="source${c.differs ? ' differs' : ''}" data-figure="${escapeHtml(c.figureId)}">
  <header>
    <h2>${escapeHtml(c.source)}</h2>
    ${c.title ? `<p class="title">${escapeHtml(c.title)}</p>` : ''}
  </header>
  <p class="value"><span class="number">${escapeHtml(c.value)}</span>${c.differs ? ' <span class="badge">differs</span>' : ''}</p>
  ${c.conversion ? `<p class="conversion">${escapeHtml(c.conversion)}</p>` : ''}
  <p class="facts">${escapeHtml(c.hedge)}${c.time ? ` · ${escapeHtml(c.time)}` : ''}</p>
  <blockquote>${escapeHtml(c.before)}<mark>${escapeHtml(c.figure)}</mark>${escapeHtml(c.after)}</blockquote>
  <p><a href="#" class="open" data-doc="${escapeHtml(c.doc)}" data-start="${c.start}" data-end="${c.end}" role="button">Open ${escapeHtml(c.doc)}</a></p>
</section>`,
    )
    .join('\n');
  return `${head}
<body>
<main>
<header class="claim ${model.verdict}">
  <h1>${escapeHtml(model.about || 'Claim')}</h1>
  <p class="verdict"><span class="verdict-label">${escapeHtml(VERDICT_ONE[model.verdict])}</span> · ${escapeHtml(model.summary)}</p>
</header>
<div class="columns">
${cols}
</div>
</main>
${script}
</body>
</html>`;
}
