// The "Compare" webview's content: one claim, each source's sentence side by side, the figures marked, and
// the figures that agree with no other source marked as differing. Pure: every piece of article text is
// HTML-escaped here, and the page runs only the nonce'd script from media/.
import { formatConversion, formatFigureValue, type Claim, type CorpusSnapshot, type Figure, type Verdict } from '../../core';
import { HEDGE_LABEL, VERDICT_ONE, sentenceOf, sourceLabel } from './labels';

export interface CompareFigure {
  figureId: string;
  doc: string;
  value: string;
  conversion?: string;
  hedge: string;
  time?: string;
  /** The sentence split around the figure. */
  before: string;
  figure: string;
  after: string;
  /** Agrees with no other figure of the claim (their intervals do not meet). */
  differs: boolean;
  start: number;
  end: number;
}

/** One source (document) of the claim, with its figures in text order. */
export interface CompareColumn {
  doc: string;
  source: string;
  title: string;
  figures: CompareFigure[];
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
  const columns: CompareColumn[] = [];
  for (const f of figures) {
    let column = columns.find((c) => c.doc === f.doc);
    if (!column) {
      const meta = snapshot.document(f.doc);
      column = { doc: f.doc, source: sourceLabel(meta, f.doc), title: meta?.title ?? '', figures: [] };
      columns.push(column);
    }
    const t = text(f.doc) ?? '';
    const s = sentenceOf(snapshot, f) ?? { start: f.start, end: f.end };
    const from = Math.max(s.start, f.start - MAX_CONTEXT);
    const to = Math.min(s.end, f.end + MAX_CONTEXT);
    const conversion = formatConversion(f);
    column.figures.push({
      figureId: f.id,
      doc: f.doc,
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
    });
  }
  for (const c of columns) c.figures.sort((a, b) => a.start - b.start);
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
  const all = model.columns.flatMap((c) => c.figures.map((f) => ({ c, f })));
  const strip = all
    .map(
      ({ c, f }) =>
        `<li class="chip${f.differs ? ' differs' : ''}"><span class="chip-source">${escapeHtml(c.source)}</span> <span class="number">${escapeHtml(f.value)}</span>${f.differs ? ' <span class="badge">differs</span>' : ''}</li>`,
    )
    .join('\n');
  const cols = model.columns
    .map(
      (c) => `<section class="source${c.figures.some((f) => f.differs) ? ' differs' : ''}" data-doc="${escapeHtml(c.doc)}">
  <header>
    <h2>${escapeHtml(c.source)}</h2>
    ${c.title ? `<p class="title">${escapeHtml(c.title)}</p>` : ''}
  </header>
${c.figures
  .map(
    (f) => `  <div class="figure${f.differs ? ' differs' : ''}" data-figure="${escapeHtml(f.figureId)}">
    <p class="value"><span class="number">${escapeHtml(f.value)}</span>${f.differs ? ' <span class="badge">differs</span>' : ''}</p>
    ${f.conversion ? `<p class="conversion">${escapeHtml(f.conversion)}</p>` : ''}
    <p class="facts">${escapeHtml(f.hedge)}${f.time ? ` · ${escapeHtml(f.time)}` : ''}</p>
    <blockquote>${escapeHtml(f.before)}<mark>${escapeHtml(f.figure)}</mark>${escapeHtml(f.after)}</blockquote>
    <p><a href="#" class="open" data-doc="${escapeHtml(f.doc)}" data-start="${f.start}" data-end="${f.end}" role="button">Open in ${escapeHtml(c.doc)}</a></p>
  </div>`,
  )
  .join('\n')}
</section>`,
    )
    .join('\n');
  return `${head}
<body>
<main>
<header class="claim ${model.verdict}">
  <h1>${escapeHtml(model.about || 'Claim')}</h1>
  <p class="verdict"><span class="verdict-label">${escapeHtml(VERDICT_ONE[model.verdict])}</span> · ${model.columns.length} sources, ${all.length} figures</p>
  <ul class="strip" aria-label="Values by source">
${strip}
  </ul>
</header>
<div class="columns">
${cols}
</div>
</main>
${script}
</body>
</html>`;
}
