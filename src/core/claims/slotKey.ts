// The slot a figure is compared in: its story, its unit and the property it measures (and whose, for an age).
// Figures of one slot are candidates for one claim; no other pair is ever compared.
import type { ClaimFigure } from './claimFigure';

/** Properties that belong to one person or thing: without a subject, such a figure joins no claim. */
const NEEDS_SUBJECT = new Set(['age']);

/** Measures (not counts): sharing what their sentences are about is enough to compare them within a story. */
const MEASURE_UNITS = /^(?:km2?|m2?|mi|kg|t|%|times|hours|days|weeks|months|[A-Z]{3})$/;
/** Event concepts too common to compare measures by on their own. */
const WEAK_EVENTS = new Set(['age', 'damage', 'cost', 'reservoir']);

/**
 * The keys of the buckets a figure is compared in (none: it joins no claim): its slot; or, for a measure whose
 * property the text does not tell ("pumping will take three to four days"), the events of its sentence.
 */
export function bucketKeys(it: ClaimFigure): string[] {
  const key = slotKey(it);
  if (key !== undefined) return [key];
  const f = it.figure;
  if (!usable(it) || it.property || !MEASURE_UNITS.test(f.unit)) return [];
  const keys: string[] = [];
  for (const e of it.events) if (!WEAK_EVENTS.has(e)) keys.push(`${it.story ?? ''}|${f.unit}${increment(it)}|~${e}|`);
  return keys;
}

/** `story|unit|property|subject`, or undefined when the figure's slot cannot be told. */
export function slotKey(it: ClaimFigure): string | undefined {
  if (!usable(it)) return undefined;
  const property = it.property ?? '';
  if (!property) return undefined;
  const subject = it.subject ?? '';
  if (NEEDS_SUBJECT.has(property) && !subject) return undefined;
  return `${it.story ?? ''}|${it.figure.unit}${increment(it)}|${property}|${subject}`;
}

function usable(it: ClaimFigure): boolean {
  return !!it.figure.unit && Number.isFinite(it.figure.value);
}

/** Increments ("a further 900") are compared only with increments: they are never totals. */
function increment(it: ClaimFigure): string {
  return it.figure.hedge === 'additional' ? '+' : '';
}
