// What a figure counts. A figure is reported only when it counts something: a unit or a currency (measures.ts), an
// age (ages.ts), a counted noun (nouns.ts), a referent from context (referents.ts), or a hedge (a hedged number
// always quantifies). Bare unhedged numbers without any of these are dropped (list numbers, scores, stray digits).
import type { Step } from './cursor';
import { uniq } from './figure';
import { appositiveAge, isAgeContext } from './ages';
import { measureCounts } from './measures';
import { findHead } from './nouns';
import { fromContext } from './referents';

/** The kind of a unit as a key ("km" counts a distance). */
const KIND_KEY: Record<string, string> = {
  distance: 'distance',
  area: 'area',
  mass: 'mass',
  percent: 'share',
  duration: 'duration',
  ratio: 'ratio',
  money: 'money',
};

export const whatIsCounted: Step = (x, s) => {
  const def = s.unitDef;
  if (def !== undefined) {
    s.unit = def.unit;
    if (s.age) {
      s.counts = 'age';
      s.keys = ['age'];
    } else {
      const r = measureCounts(x, def, s.unitEnd, s.hedgeStart, s.ss, s.se);
      s.counts = r.counts;
      s.keys = r.keys;
      if (isAgeContext(x, s.hedgeStart, s.ss, def, s.value)) {
        s.counts = 'age';
        s.keys = ['age'];
        s.age = true;
      }
    }
    s.keys = uniq([...s.keys, s.unit, KIND_KEY[def.kind] ?? def.kind]);
    return undefined;
  }
  // Appositive age: "Oleg Shcherbakov, 44, a shift foreman", "Julija Sjtsjerbakova (42)".
  if (!s.tok.words && Number.isInteger(s.value) && s.value > 0 && s.value < 120 && !s.hedgeCode && s.rangeHigh === null && appositiveAge(x, s.numStart, s.end, s.ss, s.se)) {
    s.unitDef = { unit: 'years', f: 1, kind: 'duration' };
    s.unit = 'years';
    s.counts = 'age';
    s.keys = ['age', 'years'];
    s.age = true;
    const t = x.text;
    if (t.charCodeAt(s.numStart - 1) === 40 && t.charCodeAt(s.end) === 41) {
      s.numStart -= 1;
      s.end += 1;
      s.hedgeStart = Math.min(s.hedgeStart, s.numStart);
    }
    return undefined;
  }
  const head = findHead(x, s.afterNum, s.se);
  if (head) {
    s.unit = head.unit;
    s.counts = head.counts;
    s.keys = head.keys;
    if (head.adjacent || s.isVague) s.adjacentEnd = head.end;
    return undefined;
  }
  const hedged = s.hedgeCode !== null || s.additional;
  const ctx = fromContext(x, s.numStart, s.hedgeStart, s.afterNum, s.ss, s.se, s.si, hedged, s.isVague);
  if (ctx) {
    s.unit = ctx.unit;
    s.counts = ctx.counts;
    s.keys = ctx.keys;
    if (ctx.adjacentEnd > 0) s.adjacentEnd = ctx.adjacentEnd;
    return undefined;
  }
  if (hedged || s.isVague || s.core.approx) {
    s.unit = '';
    s.counts = '';
    return undefined;
  }
  return Math.max(s.end, s.afterNum);
};
