// The figure extractor, top to bottom: scan the body for candidates (candidates.ts), read the number at each
// (number.ts), then run the steps below in order over one Reading (figure.ts). A step may reject the candidate (it
// returns where the scan goes on); the last one emits the figure. The list is the grammar: a rule is one step, in
// the file named for its concern (index.ts lists them).
import type { Figure, Sentence } from '../model';
import { figureLanguage } from '../languages';
import { withoutInvisible } from '../text/invisible';
import { scanCandidates, type CandidateKind } from './candidates';
import { linkCurrencyPairs, currencyBefore, moneyUnit } from './currency';
import { Cursor, wordBefore, type Step } from './cursor';
import { whatIsCounted } from './counted';
import { emit } from './emit';
import { newReading, type ExtractedFigure } from './figure';
import { additionalAfter, articleNeedsHedge, hedgeBefore, interval } from './hedges';
import { toCanonicalUnit, unitAfter } from './measures';
import { timeOfDay, timeWindow } from './notFigures/clock';
import { dayAndMonth, monthBefore, year } from './notFigures/dates';
import { gluedLetters, labelBefore, nameBefore } from './notFigures/labels';
import { numberAt, scaleAfter, signNeedsUnit } from './number';
import { rangeAfter } from './ranges';

const STEPS: readonly Step[] = [
  wordBefore, //        the word before the number                        cursor.ts
  currencyBefore, //    "$780", "NOK 500", "kr 500"                         currency.ts
  labelBefore, //       "page 5", "Artikel 3": no figure                    notFigures/labels.ts
  monthBefore, //       "September 11": no figure                           notFigures/dates.ts
  scaleAfter, //        "2 million", "$5bn"                                 number.ts
  gluedLetters, //      "70km" is a unit, "4G" a name                        notFigures/labels.ts
  dayAndMonth, //       "11 September", "14 de marzo": no figure             notFigures/dates.ts
  hedgeBefore, //       "more than", "rundt", "mindestens"                  hedges.ts
  rangeAfter, //        "70-80", "between 70 and 80"                        ranges.ts
  additionalAfter, //   "four more deputies"                                hedges.ts
  unitAfter, //         "44-year-old", "10 km", "47,000 rubles"             measures.ts (ages.ts, units.ts)
  moneyUnit, //         one currency for symbol and word                    currency.ts
  signNeedsUnit, //     "−3,5 %" is read, "-40 degrees" is not                number.ts
  articleNeedsHedge, // "over et døgn" only with its hedge                  hedges.ts
  timeOfDay, //         "at five", "10 Uhr": no figure                       notFigures/clock.ts
  timeWindow, //        "the past five years": no figure                     notFigures/clock.ts
  year, //              "in 2022", "Der 1988 errichtete Damm": no figure    notFigures/dates.ts
  nameBefore, //        "Boeing 737": no figure                              notFigures/labels.ts
  whatIsCounted, //     unit, age, noun, referent, or dropped               counted.ts
  interval, //          the hedge's interval                                hedges.ts
  toCanonicalUnit, //   miles -> km, the written value kept                 measures.ts
  emit, //              span, sentence, time qualifier                      emit.ts
];

/**
 * Figures in text[bodyStart, text.length). `sentences` come from splitSentences over the same text. Never throws;
 * offsets are UTF-16 indices into `text` and every figure's `text` equals text.slice(start, end).
 */
export function extractFigures(text: string, lang: string, sentences: Sentence[], doc: string, bodyStart = 0): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Running a regex flattens a rope string (from concatenation or repeat) once, so charCodeAt stays O(1).
  FLATTEN.test(text);
  const from = Number.isFinite(bodyStart) ? Math.max(0, Math.min(text.length, Math.floor(bodyStart))) : 0;
  const sents = Array.isArray(sentences) ? sentences : [];
  // Invisible characters ("3<ZWJ>5 km") are read as if absent; the spans found are mapped back over them.
  const visible = withoutInvisible(text);
  if (visible === null) return extract(text, lang, sents, String(doc), from);
  const figs = extract(visible.text, lang, sents.map((s) => ({ ...s, start: visible.toVisible(s.start), end: visible.toVisible(s.end) })), String(doc), visible.toVisible(from));
  const ids = new Map<string, string>();
  for (const f of figs) {
    const old = f.id;
    f.start = visible.startOf(f.start);
    f.end = visible.endOf(f.end);
    f.text = text.slice(f.start, f.end);
    f.id = `${f.doc}#${f.start}`;
    ids.set(old, f.id);
  }
  for (const f of figs) if (f.equivalentTo !== undefined) f.equivalentTo = ids.get(f.equivalentTo) ?? f.equivalentTo;
  return figs;
}

function extract(text: string, lang: string, sentences: Sentence[], doc: string, from: number): ExtractedFigure[] {
  const x = new Cursor(text, figureLanguage(lang), sentences, doc, from);
  scanCandidates(x, (p, kind) => {
    let next = p + 1;
    try {
      next = readCandidate(x, p, kind);
    } catch {
      next = p + 1;
    }
    return next > p ? next : p + 1;
  });
  linkCurrencyPairs(x);
  return x.out;
}

const FLATTEN = /^/;

/** One candidate: its number, then every step in order. Returns where the scan goes on. */
function readCandidate(x: Cursor, p: number, kind: CandidateKind): number {
  if (p < x.lastEnd) return x.lastEnd;
  const [ss, se, si] = x.bounds(p);
  const core = numberAt(x, p, kind, ss, se);
  if (typeof core === 'number') return core;
  const s = newReading(core, ss, se, si);
  for (const step of STEPS) {
    const next = step(x, s);
    if (next !== undefined) return next;
  }
  return s.end;
}
