#!/usr/bin/env node
// Verify the hand-made gva-dev gold (eval/gva-dev/gold.yaml) against the corpus.
//
//   node eval/gva-dev/check-gold.mjs [gold.yaml] [corpus-root]
//
// gold.yaml defaults to the gold.yaml next to this script; corpus-root defaults to
// ../shared/corpus/gva-dev seen from the repository root. The corpus is only read.
// Checks, for every figure, that text.slice(start, end) === surface, where text is the
// article as Node reads it (fs.readFileSync(path, 'utf8'), a leading BOM dropped), so the
// offsets are JavaScript string (UTF-16) offsets; that value, unit, hedge and property are
// well formed; that figures of one document do not overlap; that every annotated story lists
// every one of its articles (stories.yaml); that not_figures are found at their offsets and
// overlap no figure; and that each claim joins figures of one story and one property from two
// or more articles, each figure in at most one claim. Prints a summary; exits 1 on any problem.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const goldPath = resolve(process.argv[2] ?? resolve(here, 'gold.yaml'));
const root = resolve(process.argv[3] ?? resolve(here, '../../../shared/corpus/gva-dev'));

const problems = [];
const warnings = [];
const problem = (m) => problems.push(m);

function readGold() {
  try {
    const g = parse(readFileSync(goldPath, 'utf8'));
    if (!g || typeof g !== 'object') throw new Error('not a YAML mapping');
    return g;
  } catch (err) {
    console.error(`check-gold: cannot read ${goldPath}: ${err.message}`);
    process.exit(1);
  }
}
const gold = readGold();
if (!existsSync(resolve(root, 'stories.yaml'))) {
  console.error(`check-gold: corpus not found at ${root} (pass the gva-dev folder as the second argument)`);
  process.exit(1);
}
const corpusStories = new Map(parse(readFileSync(resolve(root, 'stories.yaml'), 'utf8')).stories.map((s) => [String(s.story), s]));

const texts = new Map();
function text(doc) {
  if (texts.has(doc)) return texts.get(doc);
  const file = resolve(root, doc);
  let t;
  if (existsSync(file)) {
    t = readFileSync(file, 'utf8');
    if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  }
  texts.set(doc, t);
  return t;
}

// --- stories and documents --------------------------------------------------
const storyIds = new Set();
for (const [i, s] of (gold.stories ?? []).entries()) {
  const id = String(s?.story);
  if (!corpusStories.has(id)) { problem(`stories[${i}]: unknown story ${id}`); continue; }
  if (storyIds.has(id)) problem(`stories: duplicate ${id}`);
  storyIds.add(id);
}
const documents = gold.documents ?? {};
for (const [doc, meta] of Object.entries(documents)) {
  const story = doc.split('/')[0];
  if (text(doc) === undefined) problem(`documents: ${doc}: file not found under ${root}`);
  if (!meta || meta.lang !== 'en') problem(`documents: ${doc}: lang must be en`);
  if (String(meta?.story) !== story) problem(`documents: ${doc}: story ${meta?.story} is not its folder ${story}`);
  if (!storyIds.has(story)) problem(`documents: ${doc}: story ${story} is not listed under stories`);
}
for (const id of storyIds) {
  for (const d of corpusStories.get(id).documents) {
    if (!(d.doc in documents)) problem(`story ${id}: article ${d.doc} is not annotated (every article of a chosen story must be)`);
  }
}

// --- figures ------------------------------------------------------------------
const HEDGES = new Set(['exact', 'about', 'more_than', 'at_least', 'at_most', 'range', 'vague']);
const PROPERTIES = new Set(['killed', 'injured', 'shot', 'other']);
const figures = new Map();
const spans = new Map(); // doc -> [start, end, id]
function checkSpan(where, doc, start, end, surface) {
  if (!(doc in documents)) { problem(`${where}: document ${doc} is not listed under documents`); return false; }
  const t = text(doc);
  if (t === undefined) return false;
  if (typeof surface !== 'string' || surface === '') { problem(`${where}: surface must be a non-empty string`); return false; }
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > t.length || end - start !== surface.length) {
    problem(`${where}: bad offsets ${start}-${end} for ${JSON.stringify(surface)}`);
    return false;
  }
  const got = t.slice(start, end);
  if (got !== surface) { problem(`${where}: text at ${start}-${end} is ${JSON.stringify(got)}, not ${JSON.stringify(surface)}`); return false; }
  return true;
}
for (const [i, f] of (gold.figures ?? []).entries()) {
  const where = `figure ${f?.id ?? '#' + i}`;
  if (!f?.id) problem(`figures[${i}]: missing id`);
  else if (figures.has(f.id)) problem(`figures: duplicate id ${f.id}`);
  figures.set(f?.id, f);
  if (String(f?.story) !== String(f?.doc).split('/')[0]) problem(`${where}: story ${f?.story} does not match doc ${f?.doc}`);
  if (checkSpan(where, f.doc, f.start, f.end, f.surface)) {
    if (!spans.has(f.doc)) spans.set(f.doc, []);
    spans.get(f.doc).push([f.start, f.end, f.id]);
  }
  if (!HEDGES.has(f?.hedge)) problem(`${where}: unknown hedge ${JSON.stringify(f?.hedge)}`);
  if (f?.hedge === 'range') {
    const v = f.value;
    if (!Array.isArray(v) || v.length !== 2 || !v.every(Number.isInteger) || v[0] > v[1]) problem(`${where}: a range needs value [low, high]`);
  } else if (!Number.isInteger(f?.value) || f.value < 0) problem(`${where}: value must be a whole number`);
  if (f?.unit !== 'people') problem(`${where}: unit must be people`);
  if (!PROPERTIES.has(f?.property)) problem(`${where}: unknown property ${JSON.stringify(f?.property)}`);
  if (f?.in_claims !== undefined && typeof f.in_claims !== 'boolean') problem(`${where}: in_claims must be true or false`);
  if (f?.subset !== undefined && (typeof f.subset !== 'string' || f.subset === '')) problem(`${where}: subset must be a name`);
}
for (const [doc, list] of spans) {
  list.sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < list.length; k++) if (list[k][0] < list[k - 1][1]) problem(`figures ${list[k - 1][2]} and ${list[k][2]} overlap in ${doc}`);
}
for (const [i, n] of (gold.not_figures ?? []).entries()) {
  const where = `not_figures[${i}] (${n?.doc} ${JSON.stringify(n?.surface)})`;
  if (!checkSpan(where, n?.doc, n?.start, n?.end, n?.surface)) continue;
  for (const [s, e, id] of spans.get(n.doc) ?? []) if (n.start < e && s < n.end) problem(`${where}: overlaps figure ${id}`);
}

// --- claims -------------------------------------------------------------------
const VERDICTS = new Set(['corroborated', 'spread', 'conflict']);
const REASONS = new Set(['temporal', 'scope', 'discrepancy', 'revision']);
const claimOf = new Map();
const interval = (f) => {
  const v = f.value;
  switch (f.hedge) {
    case 'range': return v;
    case 'at_least': return [v, Infinity];
    case 'more_than': return [v + 1, Infinity];
    case 'at_most': return [0, v];
    default: return [v, v];
  }
};
const claimIds = new Set();
for (const [i, c] of (gold.claims ?? []).entries()) {
  const where = `claim ${c?.id ?? '#' + i}`;
  if (!c?.id) problem(`claims[${i}]: missing id`);
  else if (claimIds.has(c.id)) problem(`claims: duplicate id ${c.id}`);
  claimIds.add(c?.id);
  if (!VERDICTS.has(c?.verdict)) problem(`${where}: unknown verdict ${JSON.stringify(c?.verdict)}`);
  if (c?.reason !== undefined && !String(c.reason).split('+').every((r) => REASONS.has(r))) problem(`${where}: unknown reason ${c.reason}`);
  if (!['killed', 'injured', 'shot', 'other'].includes(c?.property)) problem(`${where}: unknown property ${c?.property}`);
  const members = [];
  for (const id of c?.figures ?? []) {
    const f = figures.get(id);
    if (!f) { problem(`${where}: unknown figure ${id}`); continue; }
    if (claimOf.has(id)) problem(`${where}: figure ${id} is already in claim ${claimOf.get(id)}`);
    claimOf.set(id, c.id);
    if (String(f.story) !== String(c.story)) problem(`${where}: figure ${id} belongs to story ${f.story}, not ${c.story}`);
    if (f.property !== c.property) problem(`${where}: figure ${id} measures ${f.property}, not ${c.property}`);
    if (f.in_claims === false) problem(`${where}: figure ${id} is marked in_claims: false`);
    if ((f.subset ?? null) !== (c.subset ?? null)) problem(`${where}: figure ${id} has subset ${f.subset ?? 'none'}, the claim ${c.subset ?? 'none'}`);
    members.push(f);
  }
  if (new Set(members.map((f) => f.doc)).size < 2) problem(`${where}: needs figures from two or more articles`);
  if (members.length) {
    const values = new Set(members.map((f) => JSON.stringify(f.value)));
    const lo = Math.max(...members.map((f) => interval(f)[0]));
    const hi = Math.min(...members.map((f) => interval(f)[1]));
    const expected = values.size === 1 ? 'corroborated' : lo <= hi ? 'spread' : 'conflict';
    if (expected !== c.verdict) warnings.push(`${where}: verdict ${c.verdict}, values and hedges alone would give ${expected}`);
    if (c.verdict === 'conflict' && !c.reason) warnings.push(`${where}: conflict without a reason`);
  }
}

// Completeness: every figure that is claimable (not in_claims: false) belongs to the claim of its
// story, property and subset when figures of that slot come from two or more articles.
const slotKey = (story, property, subset) => `${story} ${property}${subset ? ':' + subset : ''}`;
const slots = new Map();
for (const f of figures.values()) {
  if (!f || f.in_claims === false) continue;
  const k = slotKey(f.story, f.property, f.subset);
  if (!slots.has(k)) slots.set(k, []);
  slots.get(k).push(f);
}
const claimBySlot = new Map((gold.claims ?? []).map((c) => [slotKey(c.story, c.property, c.subset), c]));
for (const [k, list] of slots) {
  const c = claimBySlot.get(k);
  if (!c) {
    if (new Set(list.map((f) => f.doc)).size >= 2) problem(`slot ${k}: figures from two or more articles but no claim`);
    continue;
  }
  for (const f of list) if (!claimOf.has(f.id)) problem(`figure ${f.id} (${k}) is not in claim ${c.id}`);
}

// --- report -------------------------------------------------------------------
const all = [...figures.values()].filter(Boolean);
const by = (key) => all.reduce((m, f) => ({ ...m, [f[key]]: (m[f[key]] ?? 0) + 1 }), {});
const verdicts = (gold.claims ?? []).reduce((m, c) => ({ ...m, [c.verdict]: (m[c.verdict] ?? 0) + 1 }), {});
const fmt = (o) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ');
for (const w of warnings) console.warn(`  warning: ${w}`);
if (problems.length) {
  console.error(`check-gold: ${goldPath} (corpus ${root}): ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
const claimed = all.filter((f) => claimOf.has(f.id)).length;
const byClaimProperty = (gold.claims ?? []).reduce((m, c) => {
  const k = c.property + (c.subset ? ' (subset)' : '');
  m[k] = m[k] ?? {};
  m[k][c.verdict] = (m[k][c.verdict] ?? 0) + 1;
  return m;
}, {});
console.log(
  `check-gold: ${goldPath} OK: ${storyIds.size} stories, ${Object.keys(documents).length} articles, ` +
    `${all.length} figures (${fmt(by('property'))}; ${claimed} in claims, ` +
    `${all.filter((f) => f.in_claims === false).length} marked in_claims: false), ` +
    `${(gold.not_figures ?? []).length} not_figures, ${(gold.claims ?? []).length} claims (${fmt(verdicts)})`,
);
for (const [k, v] of Object.entries(byClaimProperty)) console.log(`  claims ${k}: ${fmt(v)}`);
