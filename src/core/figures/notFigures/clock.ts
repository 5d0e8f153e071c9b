// Times of day and time windows are no quantities: "9am", "5 p.m.", "10 Uhr", "4 h 40" (the language's
// timeOfDayAfter), "at five", "klokka fem", "um fünf" (clock words before), "five o'clock", "10 Uhr" (clock words
// after, in every language), and time windows: "the past five years", "de siste 24 timene", "les 24 dernières heures"
// qualify time, they do not claim a quantity.
import { figureCuesEverywhere } from '../../languages';
import { isSpaceCode } from '../chars';
import type { Cursor, Step } from '../cursor';
import { countedNounAhead } from '../nouns';
import { readUnit } from '../units';

const CLOCK_AFTER = figureCuesEverywhere().clockAfter;

/** "9am", "5 p.m.", "10 Uhr", "4 h 40" right after the digits: where the time ends, else 0. */
export function timeOfDayAfter(x: Cursor, e: number, se: number): number {
  const t = x.text;
  let k = e;
  if (k < se && isSpaceCode(t.charCodeAt(k))) k++;
  // Checked only when the next letter could start one (a, p, o, u, h, t).
  const l = k < se ? t.charCodeAt(k) | 32 : 0;
  if (l === 97 || l === 112 || l === 111 || l === 117 || l === 104 || l === 116) {
    const am = x.lx.timeOfDayAfter;
    am.lastIndex = e;
    if (am.test(t)) return Math.max(am.lastIndex, e);
  }
  return 0;
}

/** "at five", "klokka fem", "um fünf Uhr", "five o'clock". */
export const timeOfDay: Step = (x, s) => {
  const lx = x.lx;
  const { pw, pwLower, end, se } = s;
  if (!s.unitDef && !s.currency && Number.isInteger(s.value) && s.value <= 24 && pw && (lx.clock.has(pwLower) || lx.clock.has(`${pwLower}.`))) {
    const isClockWord = lx.clockWords.has(pwLower);
    if (isClockWord || x.wordsAfter(end, se, 1).length === 0 || lx.clockBeforeWords) {
      if (isClockWord || !countedNounAhead(x, end, se)) return end;
    }
  }
  const ah = x.wordsAfter(end, se, 1);
  if (ah.length && CLOCK_AFTER.has(ah[0]!.lower)) return ah[0]!.e;
  return undefined;
};

/** Durations that are time windows: "the past five years", "de siste 24 timene", "les 24 dernières heures". */
export const timeWindow: Step = (x, s) => {
  const lx = x.lx;
  if (s.unitDef && s.unitDef.kind === 'duration' && !s.age && !s.hedgeCode) {
    if (s.pw && lx.windowWords.has(s.pwLower)) return s.unitEnd;
  }
  if (lx.windowAfterNumber && !s.unitDef) {
    const nx = x.wordsAfter(s.end, s.se, 2);
    if (nx.length >= 2 && lx.windowWords.has(nx[0]!.lower)) {
      const u = readUnit(x.text, nx[0]!.e, s.se, x.code, false);
      if (u && u.def.kind === 'duration') return u.end;
    }
  }
  return undefined;
};
