// Ages: written after the number ("44-year-old", "44 years old", "44-åring", "jährige", "54 ans d'âge": the
// language's age patterns), "N years" in an age context ("aged 69", "i en alder av 69 år", "im Alter von 69 Jahren",
// "Belov, 54 ans"), and an appositive number after a name ("Oleg Shcherbakov, 44, a shift foreman", "Julija
// Sjtsjerbakova (42)"). An age counts 'age' in years (or months, weeks, days).
import { cueAlternatives, figureCuesEverywhere } from '../languages';
import { isLetterCode, isSpaceCode, isUpper, lowerCode } from './chars';
import type { Cursor } from './cursor';
import type { UnitDef } from './units';

const CUES = figureCuesEverywhere();
const AGE_PREFIX = new RegExp(`(?:${cueAlternatives('agePrefixes')})\\s*$`, 'iu');

/** An age written after the number at `pos`: its unit and end, or null. */
export function ageAfter(x: Cursor, pos: number, se: number): { unit: string; end: number } | null {
  const t = x.text;
  if (pos >= se) return null;
  const c0 = t.charCodeAt(pos);
  if (!(c0 === 45 || c0 === 0x2010 || c0 === 0x2011 || c0 === 0x2013 || isSpaceCode(c0) || isLetterCode(c0))) return null;
  // The first letter of the unit word must fit ("year", "åring", "jährig", "ans", "años").
  let k = pos;
  while (k < se && k < pos + 3 && !isLetterCode(t.charCodeAt(k))) k++;
  const l = k < se ? lowerCode(t.charCodeAt(k)) : 0;
  const age = x.lx.age;
  if (!age.first.includes(String.fromCharCode(l))) return null;
  const rest = t.slice(pos, Math.min(se, pos + 24));
  let m: RegExpExecArray | null = null;
  for (const re of age.patterns) if ((m = re.exec(rest)) !== null) break;
  if (!m) return null;
  const unit = age.units[m[1]!.toLowerCase()] ?? 'years';
  return { unit, end: pos + m[0].length };
}

/** "Belov, 54 ans", "Bélov, de 54 años", "aged 69", "i en alder av 69 år", "im Alter von 69 Jahren". */
export function isAgeContext(x: Cursor, hedgeStart: number, ss: number, unit: UnitDef, value: number): boolean {
  if (unit.unit !== 'years' || value >= 130) return false;
  const t = x.text;
  const before = t.slice(Math.max(ss, hedgeStart - 30), hedgeStart);
  if (AGE_PREFIX.test(before)) return true;
  if (x.lx.ageAfterNameComma) {
    if (/\p{Lu}[\p{L}\p{M}]*,\s*(?:de\s+)?$/u.test(before)) return true;
  }
  return false;
}

/** A bare number right after a name, between commas or in brackets: an age. */
export function appositiveAge(x: Cursor, numStart: number, end: number, ss: number, se: number): boolean {
  const t = x.text;
  const before = numStart > ss ? t.charCodeAt(numStart - 1) : 0;
  const after = end < se ? t.charCodeAt(end) : 46;
  let nameEnd = -1;
  if (before === 40 && after === 41) nameEnd = numStart - 1;
  else if (numStart >= 2 && before === 32 && t.charCodeAt(numStart - 2) === 44 && (after === 44 || after === 46 || after === 59)) nameEnd = numStart - 2;
  if (nameEnd < 0) return false;
  let i = nameEnd;
  while (i > ss && isSpaceCode(t.charCodeAt(i - 1))) i--;
  let s = i;
  while (s > ss && isLetterCode(t.charCodeAt(s - 1))) s--;
  if (s === i || !isUpper(t.charCodeAt(s))) return false;
  const w = t.slice(s, i).toLowerCase();
  if (CUES.months.has(w) || CUES.weekdays.has(w) || x.lx.stop.has(w)) return false;
  // A name: this word or the one before it is capitalised and it is not the sentence's first word alone.
  return s > ss;
}
