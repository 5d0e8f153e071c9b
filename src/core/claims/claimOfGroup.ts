// The claim a group of figures makes: its figures in the order they were reported (publication date, then place in
// the article), its verdict, what it is about in the reader's words, and for a conflict why the values may differ.
import type { Claim, ConflictReason } from '../model';
import type { ClaimFigure } from './claimFigure';
import { countedLabel, eventLabel } from './concepts';
import { verdictOf } from './verdict';

/** The claim of a group, or undefined unless two sources give it. Sorts the group in reporting order. */
export function claimOfGroup(g: ClaimFigure[], tolerance: number): Claim | undefined {
  if (g.length < 2) return undefined;
  const sources = new Set<string>();
  for (const x of g) sources.add(x.source ?? x.figure.doc);
  if (sources.size < 2) return undefined; // a claim is across sources: copies of one text are one
  g.sort(byReportingOrder);
  const figures = g.map((x) => x.figure);
  const about = describe(g);
  const verdict = verdictOf(figures, tolerance);
  const claim: Claim = {
    id: `claim:${firstById(g)}`,
    verdict,
    figures: figures.map((f) => f.id),
    summary: `${about}: ${figures.map((f) => `${f.text.replace(/\s+/g, ' ')} (${f.doc})`).join(' vs ')}`,
    about,
    unit: figures[0]!.unit,
  };
  if (g[0]!.story !== undefined) claim.story = g[0]!.story;
  if (g[0]!.property) claim.slot = { property: g[0]!.property, subject: g[0]!.subject || null };
  if (verdict === 'conflict') claim.reason = reasonOf(g);
  return claim;
}

/** Publication date (undated last), then document, then offset. */
function byReportingOrder(a: ClaimFigure, b: ClaimFigure): number {
  const da = a.date ?? '\uffff';
  const db = b.date ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  if (a.figure.doc !== b.figure.doc) return a.figure.doc < b.figure.doc ? -1 : 1;
  return a.figure.start - b.figure.start;
}

/** The claim's id: of its first figure by document and offset (stable whatever the dates say). */
function firstById(g: readonly ClaimFigure[]): string {
  let best = g[0]!.figure;
  for (const x of g) {
    const f = x.figure;
    if (f.doc < best.doc || (f.doc === best.doc && f.start < best.start)) best = f;
  }
  return best.id;
}

/** The id of a claim of these figures (`doc#start` ids): `claim:` and the first by document, then offset. */
export function claimIdOf(figureIds: readonly string[]): string {
  let best = figureIds[0]!;
  let bestDoc = best.slice(0, best.lastIndexOf('#'));
  let bestAt = Number(best.slice(best.lastIndexOf('#') + 1));
  for (const id of figureIds) {
    const doc = id.slice(0, id.lastIndexOf('#'));
    const at = Number(id.slice(id.lastIndexOf('#') + 1));
    if (doc < bestDoc || (doc === bestDoc && at < bestAt)) [best, bestDoc, bestAt] = [id, doc, at];
  }
  return `claim:${best}`;
}

/**
 * Why the values of a conflict may differ, where the text shows it: a report says it corrects an earlier one
 * (revision); a count includes or leaves out someone (scope); a later report, or a count that only grows with time
 * (temporal); otherwise the outlets simply differ (discrepancy).
 */
function reasonOf(g: readonly ClaimFigure[]): ConflictReason {
  const has = (q: string) => g.some((x) => x.qualifiers?.includes(q));
  if (has('revision')) return 'revision';
  if (has('scope')) return 'scope';
  if (has('later') || movesWithTime(g)) return 'temporal';
  return 'discrepancy';
}

/**
 * Values reported at two times or more (dates or time qualifiers) that, in reporting order, only grow or only fall:
 * a count that moved ("19 on Monday morning, more than 40 by the evening"; "14 trapped, three still below").
 */
function movesWithTime(g: readonly ClaimFigure[]): boolean {
  const times = new Set<string>();
  for (const x of g) times.add(`${x.date ?? ''}|${x.figure.time ?? ''}`);
  if (times.size < 2) return false;
  let up = true;
  let down = true;
  for (let i = 1; i < g.length; i++) {
    if (g[i]!.figure.value < g[i - 1]!.figure.value) up = false;
    if (g[i]!.figure.value > g[i - 1]!.figure.value) down = false;
  }
  return up || down;
}

/**
 * What a claim is about, in English where the group allows: the counted noun of its English figures ("signatories"),
 * else the property it measures ("killed", "injured"), else the concepts every figure shares, else the unit.
 */
function describe(group: readonly ClaimFigure[]): string {
  const property = group[0]!.property ?? '';
  const label = PROPERTY_LABEL[property];
  // Counts of people: "people killed", "residents evacuated"; a specific English noun says it better ("signatories").
  if (label && PEOPLE_PROPERTIES.has(property)) {
    const generic = group.every((g) => g.counted.length === 0 || g.counted.includes('people'));
    if (generic) return `people ${label}`;
    if (property !== 'signed') {
      const shared = group[0]!.counted.find((c) => group.every((g) => g.counted.includes(c)));
      const noun = mostFrequentCounts(group.filter((g) => g.lang === 'en')) || (shared && countedLabel(shared)) || 'people';
      return `${noun} ${label}`;
    }
  }
  const english = mostFrequentCounts(group.filter((g) => g.lang === 'en'));
  if (english) return english;
  if (label) return label;
  const counted = group[0]!.counted.find((c) => group.every((g) => g.counted.includes(c)));
  const event = group[0]!.events.find((e) => group.every((g) => g.events.includes(e)));
  const words = [counted && countedLabel(counted), event && eventLabel(event)].filter(Boolean);
  if (words.length) return words.join(' ');
  return unitLabel(group[0]!.figure.unit) || mostFrequentCounts(group) || group[0]!.figure.unit;
}

/** Properties that count people: "people killed", "residents evacuated". */
const PEOPLE_PROPERTIES = new Set(['killed', 'injured', 'shot', 'arrested', 'missing', 'evacuated', 'trapped', 'rescued', 'signed', 'voted']);
const PROPERTY_LABEL: Record<string, string> = {
  killed: 'killed', injured: 'injured', shot: 'shot', arrested: 'arrested', missing: 'missing', evacuated: 'evacuated',
  trapped: 'trapped', rescued: 'rescued', signed: 'signed', voted: 'voted', jobs: 'jobs', sales: 'sales', revenue: 'revenue',
  profit: 'profit', loss: 'loss', debt: 'debt', loan: 'loan', price: 'price', fine: 'fine', sentence: 'sentence',
  area: 'area', distance: 'distance', depth: 'depth', pumping: 'pumping time', rainfall: 'rainfall', stake: 'stake', fund: 'fund', aid: 'aid', outnumbered: 'outnumbered', age: 'age',
};

function unitLabel(unit: string): string {
  if (/^(?:km|m|mi|ft|cm)$/.test(unit)) return 'distance';
  if (/^(?:km2|m2|mi2|ha)$/.test(unit)) return 'area';
  if (/^[A-Z]{3}$/.test(unit)) return `amount in ${unit}`;
  if (unit === '%') return 'percentage';
  if (/^(?:hours|days|weeks|months)$/.test(unit)) return 'duration';
  if (unit === 'times') return 'ratio';
  return '';
}

function mostFrequentCounts(group: readonly ClaimFigure[]): string {
  const counts = new Map<string, number>();
  for (const g of group) {
    const c = g.figure.counts.trim().toLowerCase();
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [c, k] of counts) if (k > n || (k === n && c.length < best.length)) [best, n] = [c, k];
  return best;
}
