// The slot a figure is compared in: its story, its unit and the property it measures (and whose, for an age).
// Figures of one slot are candidates for one claim; no other pair is ever compared.
import type { ClaimFigure } from './claimFigure';

/** Properties that belong to one person or thing: without a subject, such a figure joins no claim. */
const NEEDS_SUBJECT = new Set(['age']);

/** The keys of the buckets a figure is compared in (none: it joins no claim). */
export function bucketKeys(it: ClaimFigure): string[] {
  const key = slotKey(it);
  return key === undefined ? [] : [key];
}

/** `story|unit|property|subject`, or undefined when the figure's slot cannot be told. */
export function slotKey(it: ClaimFigure): string | undefined {
  const f = it.figure;
  if (!f.unit || f.hedge === 'additional' || !Number.isFinite(f.value)) return undefined;
  const property = it.property ?? '';
  if (!property) return undefined;
  const subject = it.subject ?? '';
  if (NEEDS_SUBJECT.has(property) && !subject) return undefined;
  return `${it.story ?? ''}|${f.unit}|${property}|${subject}`;
}
