// Human wording of figures and intervals, shared by the Markdown report, hovers and panels.
import type { Figure, Hedge } from '../model';

const HEDGE_WORDS: Record<Hedge, string> = {
  exact: '',
  about: 'about ',
  more_than: 'more than ',
  at_least: 'at least ',
  at_most: 'at most ',
  range: '',
  additional: '+',
  vague: '',
};

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

const UNIT_WORDS: Record<string, string> = { km2: 'km²', m2: 'm²', people: 'people', times: '×' };

export function formatUnit(unit: string): string {
  return UNIT_WORDS[unit] ?? unit;
}

/** "about 5,000 people", "70–80 km", "more than 3,004 km²", "+84 people". */
export function formatFigureValue(f: Figure): string {
  const unit = formatUnit(f.unit);
  const sep = unit === '×' ? '' : ' ';
  if (f.hedge === 'range') return `${formatNumber(f.low)}–${formatNumber(f.high)}${sep}${unit}`;
  if (f.hedge === 'vague') return `${f.text.trim()} (${formatNumber(f.low)}${Number.isFinite(f.high) ? `–${formatNumber(f.high)}` : '+'}${sep}${unit})`;
  return `${HEDGE_WORDS[f.hedge]}${formatNumber(f.value)}${sep}${unit}`;
}

/** "1,160 square miles = 3,004 km²" when the figure was converted, else the normalised value. */
export function formatConversion(f: Figure): string | undefined {
  if (!f.unitAsWritten || f.writtenValue === undefined) return undefined;
  return `${formatNumber(f.writtenValue)} ${f.unitAsWritten} = ${formatNumber(f.value)} ${formatUnit(f.unit)}`;
}

export function formatInterval(f: Figure): string {
  const hi = Number.isFinite(f.high) ? formatNumber(f.high) : '∞';
  return `[${formatNumber(f.low)}, ${hi}] ${formatUnit(f.unit)}`;
}
