// Shared helpers for the figure tests: corpus paths and a front-matter skip (kept local so the tests do not depend
// on the document reader).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Figure } from '../../src/core/model';
import { extractFigures } from '../../src/core/figures/index';
import { splitSentences } from '../../src/core/text/sentences';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared test data sits beside the repository: <repo>/../shared. */
export const sharedRoot = resolve(repoRoot, '../shared');
export const seedsGoldPath = resolve(sharedRoot, 'corpus/seeds-gold.yaml');
export const seedsDir = resolve(sharedRoot, 'corpus/seeds');
export const samplesGoldPath = resolve(repoRoot, 'samples/gold.yaml');

export interface GoldFigure {
  id: string;
  doc: string;
  surface: string;
  value: number | [number, number];
  unit: string;
  hedge: string;
  counts?: string;
}

export interface Gold {
  documents: Record<string, { lang: string }>;
  figures: GoldFigure[];
  not_figures: { doc: string; surface: string }[];
}

export function loadGold(path: string): Gold {
  return parse(readFileSync(path, 'utf8')) as Gold;
}

export function exists(path: string): boolean {
  return existsSync(path);
}

/** Offset where the body starts: after YAML front matter ("---" ... "---"), else 0. */
export function bodyStartOf(text: string): number {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

export function figuresOf(text: string, lang: string, doc: string, bodyStart = 0): Figure[] {
  return extractFigures(text, lang, splitSentences(text, bodyStart), doc, bodyStart);
}

export const overlaps = (a: { start: number; end: number }, s: number, e: number): boolean => a.start < e && s < a.end;

/** Converted units are rounded in the gold (2590 for 1,000 sq mi = 2589.988 km2): 0.5 % or half a unit. */
function closeEnough(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= Math.max(Math.abs(expected) * 0.005, 0.5) || actual === expected;
}

export function matchGoldFigure(g: GoldFigure, text: string, found: Figure[]): { ok: boolean; why: string; fig?: Figure } {
  const at = text.indexOf(g.surface);
  if (at < 0) return { ok: false, why: `surface "${g.surface}" not in text` };
  const cands = found.filter((f) => overlaps(f, at, at + g.surface.length));
  if (cands.length === 0) return { ok: false, why: `no figure overlaps "${g.surface}" at ${at}` };
  const problems: string[] = [];
  for (const f of cands) {
    const why: string[] = [];
    if (Array.isArray(g.value)) {
      if (!closeEnough(f.low, g.value[0]) || !closeEnough(f.high, g.value[1])) why.push(`range ${f.low}-${f.high} != ${g.value.join('-')}`);
      if (!closeEnough(f.value, g.value[0])) why.push(`value ${f.value} != ${g.value[0]}`);
    } else if (!closeEnough(f.value, g.value)) why.push(`value ${f.value} != ${g.value}`);
    if (f.unit !== String(g.unit)) why.push(`unit ${f.unit} != ${g.unit}`);
    if (f.hedge !== g.hedge) why.push(`hedge ${f.hedge} != ${g.hedge}`);
    if (why.length === 0) return { ok: true, why: '', fig: f };
    problems.push(`"${f.text}": ${why.join(', ')}`);
  }
  return { ok: false, why: problems.join('; ') };
}

