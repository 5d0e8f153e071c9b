// The one-article edits of the bench's incremental measurement, and how far a quick (provisional) view is from the
// exact one for the edited articles.
import type { CorpusSnapshot, DocumentAnalysis, SourceFile } from '../src/core';

export type EditKind = 'figure value' | 'typo' | 'new paragraph' | 'new 200 KB article';

/** An edit of an article: a figure's value changed, a letter doubled in a plain word, or a paragraph with a new name and figure. */
export function editOf(f: SourceFile, a: DocumentAnalysis, kind: EditKind, k: number): SourceFile {
  const t = f.text;
  if (kind === 'figure value') {
    const fig = a.figures.find((x) => /\d/.test(x.text));
    if (fig) {
      const inner = fig.text.replace(/\d+/, (d) => String(Number(d) + 1 + k));
      return { id: f.id, text: t.slice(0, fig.start) + inner + t.slice(fig.end) };
    }
  }
  if (kind === 'typo' || kind === 'figure value') {
    const taken = [...a.mentions, ...a.figures];
    const re = /\b[a-zæøåäöüéèàáíóúñç]{7,}\b/g;
    re.lastIndex = a.meta.bodyStart;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const at = m.index;
      if (taken.some((x) => x.start < at + m![0].length && x.end > at)) continue;
      return { id: f.id, text: t.slice(0, at + 3) + t[at + 3] + t.slice(at + 3) };
    }
  }
  const name = ['Taras Brennokovich', 'Olesya Marvintseva', 'Bogdan Ilyukhov', 'Veronika Tselnikova', 'Arseny Druzhkin', 'Lidiya Perunova'][k % 6]!;
  return { id: f.id, text: `${t.trimEnd()}\n\nLate on Sunday, ${name}, a spokesperson for the regional council, said that ${37 + k} more people had been evacuated from the valley.\n` };
}

export interface Agreement {
  /** Mentions of the edited articles, and those the quick view gives the entity (by id) the exact view gives. */
  mentions: number;
  mentionsSame: number;
  /** Figures of the edited articles, and those in the same claim (same figures, same verdict) or in none in both. */
  figures: number;
  figuresSame: number;
  /** Claims of the whole corpus only one of the two views has. */
  claimsOnlyQuick: number;
  claimsOnlyExact: number;
  entitiesQuick: number;
  entitiesExact: number;
}

export function agreement(quick: CorpusSnapshot, exact: CorpusSnapshot, docs: readonly string[]): Agreement {
  const out: Agreement = { mentions: 0, mentionsSame: 0, figures: 0, figuresSame: 0, claimsOnlyQuick: 0, claimsOnlyExact: 0, entitiesQuick: quick.entities.length, entitiesExact: exact.entities.length };
  const key = (s: CorpusSnapshot, id: string) => {
    const c = s.claimFor(id);
    return c ? `${c.verdict}|${[...c.figures].sort().join(',')}` : '-';
  };
  for (const doc of docs) {
    const ex = new Map(exact.mentionsIn(doc).map((h) => [h.mention.start, h.entity.id]));
    const qu = new Map(quick.mentionsIn(doc).map((h) => [h.mention.start, h.entity.id]));
    for (const start of new Set([...ex.keys(), ...qu.keys()])) {
      out.mentions++;
      if (ex.get(start) === qu.get(start)) out.mentionsSame++;
    }
    for (const f of exact.figuresIn(doc)) {
      out.figures++;
      if (key(quick, f.id) === key(exact, f.id)) out.figuresSame++;
    }
  }
  const claimSet = (s: CorpusSnapshot) => new Set(s.claims.map((c) => `${c.verdict}|${[...c.figures].sort().join(',')}`));
  const qc = claimSet(quick);
  const ec = claimSet(exact);
  for (const c of qc) if (!ec.has(c)) out.claimsOnlyQuick++;
  for (const c of ec) if (!qc.has(c)) out.claimsOnlyExact++;
  return out;
}
