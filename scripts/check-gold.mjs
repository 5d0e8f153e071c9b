#!/usr/bin/env node
// Verify a gold annotation file against its corpus.
//
//   node scripts/check-gold.mjs [gold.yaml] [corpus-root]
//
// gold.yaml defaults to samples/gold.yaml; corpus-root defaults to the directory
// that holds the gold file. Checks that every listed document exists and that
// every entity surface, figure surface and not_figure surface occurs verbatim
// (case-sensitively) in its document. Also checks that ids referenced by
// cannot_link, claims and must_not_group exist, and that every figure/surface
// names a listed document. Exits 1 with a list of problems, 0 otherwise.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';

const goldPath = resolve(process.argv[2] ?? 'samples/gold.yaml');
const root = resolve(process.argv[3] ?? dirname(goldPath));

const problems = [];
const problem = (msg) => problems.push(msg);

let gold;
try {
  gold = parse(readFileSync(goldPath, 'utf8'));
} catch (err) {
  console.error(`check-gold: cannot read ${goldPath}: ${err.message}`);
  process.exit(1);
}
if (!gold || typeof gold !== 'object') {
  console.error(`check-gold: ${goldPath} is not a YAML mapping`);
  process.exit(1);
}

// --- documents -------------------------------------------------------------
const documents = gold.documents ?? {};
if (typeof documents !== 'object' || Array.isArray(documents)) {
  problem('documents: must be a mapping of path -> {lang, note}');
}
const texts = new Map(); // doc -> text, for documents that exist
for (const [doc, meta] of Object.entries(documents)) {
  const file = resolve(root, doc);
  if (!existsSync(file) || !statSync(file).isFile()) {
    problem(`documents: ${doc}: file not found (${file})`);
    continue;
  }
  if (!meta || typeof meta.lang !== 'string') problem(`documents: ${doc}: missing lang`);
  texts.set(doc, readFileSync(file, 'utf8'));
}

// Check that `surface` occurs verbatim in `doc`. `where` names the gold entry.
function checkSurface(where, doc, surface) {
  if (surface === undefined || surface === null || surface === '') {
    problem(`${where}: empty surface`);
    return;
  }
  if (typeof surface !== 'string') {
    // Unquoted YAML scalars like 44 or 1.5 parse as numbers; the source text is lost.
    problem(`${where}: surface ${JSON.stringify(surface)} is not a string (quote it in the YAML)`);
    surface = String(surface);
  }
  if (!(doc in documents)) {
    problem(`${where}: document ${doc} is not listed under documents`);
    return;
  }
  const text = texts.get(doc);
  if (text === undefined) return; // missing file already reported
  if (!text.includes(surface)) {
    problem(`${where}: surface ${JSON.stringify(surface)} not found in ${doc}`);
  }
}

// --- entities --------------------------------------------------------------
const entityIds = new Set();
for (const [i, ent] of (gold.entities ?? []).entries()) {
  const id = ent?.id ?? `#${i}`;
  if (!ent?.id) problem(`entities[${i}]: missing id`);
  else if (entityIds.has(ent.id)) problem(`entities: duplicate id ${ent.id}`);
  entityIds.add(ent?.id);
  if (!['person', 'place', 'organization'].includes(ent?.kind)) {
    problem(`entity ${id}: unexpected kind ${JSON.stringify(ent?.kind)}`);
  }
  for (const [doc, surfaces] of Object.entries(ent?.surfaces ?? {})) {
    if (!Array.isArray(surfaces)) {
      problem(`entity ${id}: surfaces for ${doc} must be a list`);
      continue;
    }
    for (const s of surfaces) checkSurface(`entity ${id}`, doc, s);
  }
}

for (const [i, pair] of (gold.cannot_link ?? []).entries()) {
  if (!Array.isArray(pair) || pair.length < 2) {
    problem(`cannot_link[${i}]: must be a list of two or more entity ids`);
    continue;
  }
  for (const id of pair) if (!entityIds.has(id)) problem(`cannot_link[${i}]: unknown entity ${id}`);
}

// --- figures ---------------------------------------------------------------
const HEDGES = new Set(['exact', 'about', 'more_than', 'at_least', 'at_most', 'range', 'additional', 'vague']);
const figureIds = new Set();
for (const [i, fig] of (gold.figures ?? []).entries()) {
  const id = fig?.id ?? `#${i}`;
  if (!fig?.id) problem(`figures[${i}]: missing id`);
  else if (figureIds.has(fig.id)) problem(`figures: duplicate id ${fig.id}`);
  figureIds.add(fig?.id);
  checkSurface(`figure ${id}`, fig?.doc, fig?.surface);
  if (!HEDGES.has(fig?.hedge)) problem(`figure ${id}: unknown hedge ${JSON.stringify(fig?.hedge)}`);
  if (fig?.hedge === 'range') {
    const v = fig.value;
    if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === 'number') || v[0] > v[1]) {
      problem(`figure ${id}: a range needs value [low, high]`);
    }
  } else if (typeof fig?.value !== 'number') {
    problem(`figure ${id}: value must be a number`);
  }
  if (typeof fig?.unit !== 'string' || fig.unit === '') problem(`figure ${id}: missing unit`);
}

for (const [i, nf] of (gold.not_figures ?? []).entries()) {
  checkSurface(`not_figures[${i}]`, nf?.doc, nf?.surface);
}

// --- claims and must_not_group ----------------------------------------------
const VERDICTS = new Set(['conflict', 'spread', 'corroborated']);
for (const [i, claim] of (gold.claims ?? []).entries()) {
  const id = claim?.id ?? `#${i}`;
  if (!VERDICTS.has(claim?.verdict)) problem(`claim ${id}: unknown verdict ${JSON.stringify(claim?.verdict)}`);
  const figs = claim?.figures;
  if (!Array.isArray(figs) || figs.length < 2) problem(`claim ${id}: needs two or more figures`);
  for (const f of figs ?? []) if (!figureIds.has(f)) problem(`claim ${id}: unknown figure ${f}`);
}
for (const [i, group] of (gold.must_not_group ?? []).entries()) {
  if (!Array.isArray(group) || group.length < 2) {
    problem(`must_not_group[${i}]: must be a list of two or more figure ids`);
    continue;
  }
  for (const f of group) if (!figureIds.has(f)) problem(`must_not_group[${i}]: unknown figure ${f}`);
}

// --- report ----------------------------------------------------------------
const summary =
  `${texts.size} documents, ${entityIds.size} entities, ${figureIds.size} figures, ` +
  `${(gold.not_figures ?? []).length} not_figures, ${(gold.claims ?? []).length} claims`;
if (problems.length) {
  console.error(`check-gold: ${goldPath} (root ${root}): ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`check-gold: ${goldPath} OK (${summary})`);
