// One candidate as the steps read it: the number found at the candidate (Core), and the state every step of the
// grammar (extract.ts) reads and extends, until the last step turns it into a figure.
import type { Figure, Hedge } from '../model';
import type { HedgeCode } from '../languages';
import type { NumberToken } from './numbers';
import type { UnitDef, UnitHit } from './units';

/** A word: [s, e), lower case, and whether it starts with a capital. */
export interface Tok {
  s: number;
  e: number;
  lower: string;
  cap: boolean;
}

export interface ExtractedFigure extends Figure {
  /** Id of a figure that gives the same amount in another currency right beside it ("47,000 rubles ($780)"). */
  equivalentTo?: string;
}

/** The number at a candidate (figures/number.ts): digits, words, a vague word or an article before a time unit. */
export interface Core {
  tok: NumberToken;
  /** Span start of the number itself (an article before "thousand" included). */
  numStart: number;
  value: number;
  scaled: boolean;
  end: number;
  approx: boolean;
  vagueBase: number;
  unit?: UnitDef;
  unitHit?: UnitHit;
  age?: boolean;
  articleUnit?: boolean;
  /** Letters right after the digits that are no ordinal ("70km", "4G"): a unit must start there (labels.ts). */
  glued?: boolean;
  /** A minus sign before the digits ("−3,5 %"): the value is negative (number.ts). */
  negative?: boolean;
}

/** What the steps know about one candidate. Each step reads what earlier steps set and sets its own part. */
export interface Reading {
  core: Core;
  /** The candidate's context [ss, se) and its sentence (-1: none). */
  ss: number;
  se: number;
  si: number;
  /** Letters right after the digits ("70km", "4G"). */
  glued: boolean;
  tok: NumberToken;
  value: number;
  scaled: boolean;
  /** Where the number (with its scale and range) ends, and where the span of the number starts. */
  end: number;
  numStart: number;
  isVague: boolean;
  /** The word before the number. */
  pw: Tok | null;
  pwLower: string;
  /** Currency written before ("$", "NOK") and where it starts. */
  currency: string | null;
  curStart: number;
  /** Where a scale word after the digits starts (-1: none). */
  scaleAt: number;
  hedgeCode: HedgeCode | null;
  /** Start of the span's hedge (the currency or number start when there is none). */
  hedgeStart: number;
  /** Start of the hedge phrase found before the number, -1 when none was (kept when the hedge is dropped). */
  hedgeFound: number;
  rangeHigh: number | null;
  additional: boolean;
  /** After the number and an "additional" word ("four more"): where the unit or counted noun is looked for. */
  afterNum: number;
  unitDef: UnitDef | undefined;
  unitHit: UnitHit | undefined;
  age: boolean;
  unitEnd: number;
  /** What it counts: the unit, the counted phrase as written, its keys; the end of the phrase when it follows. */
  unit: string;
  counts: string;
  keys: string[];
  adjacentEnd: number;
  /** The interval. */
  hedge: Hedge;
  low: number;
  high: number;
  unitAsWritten?: string;
  writtenValue?: number;
}

export function newReading(core: Core, ss: number, se: number, si: number): Reading {
  return {
    core,
    ss,
    se,
    si,
    glued: core.glued === true,
    tok: core.tok,
    value: core.value,
    scaled: core.scaled,
    end: core.end,
    numStart: core.numStart,
    isVague: core.vagueBase > 0,
    pw: null,
    pwLower: '',
    currency: null,
    curStart: core.numStart,
    scaleAt: -1,
    hedgeCode: null,
    hedgeStart: core.numStart,
    hedgeFound: -1,
    rangeHigh: null,
    additional: false,
    afterNum: core.end,
    unitDef: core.unit,
    unitHit: core.unitHit,
    age: false,
    unitEnd: core.end,
    unit: '',
    counts: '',
    keys: [],
    adjacentEnd: -1,
    hedge: 'exact',
    low: 0,
    high: 0,
  };
}

/** A number token for a word that stands for a number ("thousands", "une trentaine", "a" in "a year"). */
export function fakeToken(s: number, e: number, v: number): NumberToken {
  return { start: s, end: e, value: v, sig: 0, words: true, plainDigits: 0, grouped: false, decimal: false, scaled: false, dozen: false };
}

export function uniq(xs: string[]): string[] {
  const out: string[] = [];
  for (const x of xs) if (x && !out.includes(x)) out.push(x);
  return out;
}
