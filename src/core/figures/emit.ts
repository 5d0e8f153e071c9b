// The last step: the figure's span (hedge .. number .. unit .. the counted noun when it follows directly), its
// values rounded to the nanounit (so 0.1 + 0.2 reads 0.3), its sentence and time qualifier; pushed to the cursor's
// figures. A span never starts before the end of the previous figure.
import type { Step } from './cursor';
import type { ExtractedFigure } from './figure';
import { timeOf } from './timePhrases';

const ROUND_EPS = 1e-9;

function clean(v: number): number {
  if (!Number.isFinite(v)) return v;
  const r = Math.round(v * 1e9) / 1e9;
  return Math.abs(r - v) < ROUND_EPS * Math.max(1, Math.abs(v)) ? r : v;
}

export const emit: Step = (x, s) => {
  const t = x.text;
  let start = Math.min(s.hedgeStart, s.curStart, s.numStart);
  let spanEnd = Math.max(s.end, s.afterNum, s.unitEnd);
  if (s.adjacentEnd > spanEnd && s.adjacentEnd - spanEnd < 80) spanEnd = s.adjacentEnd;
  if (start < x.lastEnd) start = Math.max(x.lastEnd, s.numStart);
  if (start < x.from) start = x.from;
  if (spanEnd > t.length) spanEnd = t.length;
  if (spanEnd <= start) return Math.max(s.end, s.tok.start + 1);

  const { low, high } = s;
  const fig: ExtractedFigure = {
    id: `${x.doc}#${start}`,
    doc: x.doc,
    start,
    end: spanEnd,
    text: t.slice(start, spanEnd),
    value: clean(s.value),
    low: clean(Math.min(low, high)),
    high: high === Infinity ? Infinity : clean(Math.max(low, high)),
    unit: s.unit,
    hedge: s.hedge,
    counts: s.counts,
    countsKeys: s.keys,
    sentence: s.si >= 0 ? s.si : x.nearestSentence(s.numStart),
  };
  if (s.unitAsWritten !== undefined) fig.unitAsWritten = s.unitAsWritten;
  if (s.writtenValue !== undefined) fig.writtenValue = clean(s.writtenValue);
  const time = timeOf(x, start, spanEnd);
  if (time) fig.time = time;
  x.out.push(fig);
  x.lastEnd = spanEnd;
  return spanEnd;
};
