// Units written after a number, in five languages, with conversion to a canonical unit.
// Canonical: km, km2, m, m2, kg, t, %, pp, years, months, weeks, days, hours, minutes, times, ISO currency codes.
import { figureLanguages, figureLexicon, type LangCode, type UnitKind } from '../languages';
import { isLetterCode, isSpaceCode } from './numbers';

export type { UnitKind } from '../languages';

export interface UnitDef {
  unit: string;
  /** Multiply the written value by this to get `unit`. */
  f: number;
  kind: UnitKind;
}

const SQMI = 2.589988;
const MI = 1.609344;

function add(map: Map<string, UnitDef>, unit: string, f: number, kind: UnitKind, words: string): void {
  for (const w of words.split(',')) {
    const k = w.trim();
    if (k) map.set(k, { unit, f, kind });
  }
}

function common(): Map<string, UnitDef> {
  const m = new Map<string, UnitDef>();
  // distance
  add(m, 'km', 1, 'distance', `km, kms, kilometer, kilometers, kilometre, kilometres, kilometern, kilometers, kilometerne,
    kilomètre, kilomètres, kilómetro, kilómetros, kilometro, kilometros`);
  add(m, 'km', MI, 'distance', 'mile, miles, mi');
  add(m, 'km', 1.852, 'distance', 'nautical miles, nautical mile, nm');
  add(m, 'm', 1, 'distance', `m, meter, meters, metre, metres, metern, meterne, mètre, mètres, metro, metros`);
  add(m, 'm', 0.3048, 'distance', 'ft, foot, feet, fot');
  add(m, 'm', 0.9144, 'distance', 'yard, yards, yd, yds');
  add(m, 'm', 0.01, 'distance', 'cm, centimeter, centimeters, centimetre, centimetres, zentimeter, centimètres, centímetros');
  // area
  add(m, 'km2', 1, 'area', `km2, km², sq km, square kilometre, square kilometres, square kilometer, square kilometers,
    kvadratkilometer, kvadratkilometre, kvadratkilometerne, quadratkilometer, quadratkilometern, kilomètres carrés,
    kilomètre carré, km carrés, kilómetros cuadrados, kilómetro cuadrado, km cuadrados`);
  add(m, 'km2', SQMI, 'area', 'square miles, square mile, sq mi, sq miles, sq mile, sq. mi, sq. miles');
  add(m, 'km2', 0.01, 'area', 'hectare, hectares, ha, hektar, hektaren, hectáreas, hectárea');
  add(m, 'km2', 0.0040468564224, 'area', 'acre, acres');
  add(m, 'km2', 0.001, 'area', 'dekar, mål');
  add(m, 'm2', 1, 'area', `m2, m², square metre, square metres, square meter, square meters, kvadratmeter, quadratmeter,
    quadratmetern, mètres carrés, metros cuadrados`);
  add(m, 'm2', 0.09290304, 'area', 'square feet, square foot, sq ft');
  // mass
  add(m, 'kg', 1, 'mass', `kg, kilo, kilos, kilogram, kilograms, kilogramme, kilogrammes, kilogramm, kilogramo, kilogramos`);
  add(m, 'kg', 0.001, 'mass', 'g, gram, grams, gramme, grammes, gramm, gramos');
  add(m, 'kg', 0.45359237, 'mass', 'lb, lbs');
  add(m, 't', 1, 'mass', 't, tonne, tonnes, ton, tons, tonn, tonnene, tonnen, tonelada, toneladas, metric tons, metric tonnes');
  // percent
  add(m, '%', 1, 'percent', `%, percent, per cent, pct, prosent, prozent, pour cent, por ciento, porcentaje`);
  add(m, 'pp', 1, 'percent', `percentage points, percentage point, prosentpoeng, prozentpunkte, prozentpunkten,
    points de pourcentage, puntos porcentuales, pp`);
  // time
  add(m, 'years', 1, 'duration', `year, years, yrs, yr, år, års, årene, åra, jahr, jahre, jahren, jahres, année, années, año, años`);
  add(m, 'months', 1, 'duration', `month, months, måned, måneder, måneders, månedene, mnd, monat, monate, monaten, monats, mois,
    mes, meses`);
  add(m, 'weeks', 1, 'duration', `week, weeks, uke, uker, ukers, ukene, woche, wochen, semaine, semaines, semana, semanas`);
  add(m, 'days', 1, 'duration', `day, days, dag, dager, dagers, dagene, døgn, døgnet, tag, tage, tagen, tages, jour, jours, día, días,
    dia, dias`);
  add(m, 'weeks', 2, 'duration', 'fortnight, fortnights');
  add(m, 'years', 10, 'duration', 'decade, decades, tiår');
  add(m, 'hours', 1, 'duration', `hour, hours, hrs, hr, h, timer, timene, timers, stunde, stunden, heure, heures, hora, horas`);
  add(m, 'minutes', 1, 'duration', `minute, minutes, min, mins, minutt, minutter, minuten, minuto, minutos`);
  // ratio
  add(m, 'times', 1, 'ratio', 'times, ganger, mal, fois, veces');
  // money (words)
  add(m, 'RUB', 1, 'money', `rouble, roubles, ruble, rubles, rubel, rubeln, rubler, rublene, rublo, rublos, rub`);
  add(m, 'USD', 1, 'money', `dollar, dollars, us dollars, dollaren, dólar, dólares, usd, us$`);
  add(m, 'EUR', 1, 'money', `euro, euros, eur, euroen`);
  add(m, 'GBP', 1, 'money', `pound, pounds, pounds sterling, sterling, pund, pfund, livre sterling, livres sterling, libra, libras, gbp`);
  add(m, 'NOK', 1, 'money', `kroner, krone, kr, nok, norske kroner, norwegian kroner`);
  add(m, 'SEK', 1, 'money', 'kronor, svenske kroner, swedish kronor, sek');
  add(m, 'DKK', 1, 'money', 'danske kroner, danish kroner, dkk');
  add(m, 'UAH', 1, 'money', `hryvnia, hryvnias, hryvnja, hryvnjas, hryvnas, griwna, griwen, hryvnes, grivnas, uah`);
  add(m, 'CHF', 1, 'money', 'swiss francs, francs suisses, franken, schweizer franken, chf');
  add(m, 'CAD', 1, 'money', 'canadian dollars, cad');
  add(m, 'AUD', 1, 'money', 'australian dollars, aud');
  add(m, 'JPY', 1, 'money', 'yen, jpy');
  add(m, 'CNY', 1, 'money', 'yuan, renminbi, cny');
  add(m, 'INR', 1, 'money', 'rupee, rupees, inr');
  add(m, 'PLN', 1, 'money', 'zloty, zlotys, złoty, złotych, pln');
  add(m, 'TRY', 1, 'money', 'lira, liras, try');
  return m;
}

const tables = new Map<LangCode, Map<string, UnitDef>>();
export function unitTable(code: LangCode): Map<string, UnitDef> {
  let t = tables.get(code);
  if (!t) {
    t = common();
    for (const [unit, f, kind, words] of figureLexicon(code).units) add(t, unit, f, kind, words);
    tables.set(code, t);
  }
  return t;
}

/** Currency symbols and codes written before the amount. */
export const CURRENCY_PREFIX: Record<string, string> = {
  $: 'USD', us$: 'USD', 'u.s.$': 'USD', a$: 'AUD', c$: 'CAD', nz$: 'NZD', hk$: 'HKD', r$: 'BRL',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR', '₺': 'TRY',
  usd: 'USD', eur: 'EUR', nok: 'NOK', sek: 'SEK', dkk: 'DKK', gbp: 'GBP', rub: 'RUB', uah: 'UAH', chf: 'CHF', jpy: 'JPY',
  cny: 'CNY', inr: 'INR', pln: 'PLN', kr: 'NOK', 'kr.': 'NOK', rs: 'INR', 'rs.': 'INR',
};

export interface UnitHit {
  def: UnitDef;
  /** Offset where the unit starts and ends. */
  start: number;
  end: number;
  written: string;
}

const SYMBOLS = '%‰$€£¥₽₴₹';
let multiFirst: Set<string> | null = null;
/** First words of multi-word unit names. */
const MULTI_FIRST = {
  has(w: string): boolean {
    if (multiFirst === null) {
      multiFirst = new Set();
      for (const code of figureLanguages()) {
        for (const k of unitTable(code).keys()) if (k.includes(' ')) multiFirst.add(k.split(' ')[0]!);
      }
    }
    return multiFirst.has(w);
  },
};

/**
 * The unit after a number at `pos`: optional space, no-break space or hyphen ("10-km"), then up to three words
 * ("square miles", "kilomètres carrés", "sq. mi"). For French/Spanish money and units after a scale word,
 * "de"/"d'" may come first ("millions d'euros", "millones de dólares"). Longest match wins.
 */
export function readUnit(
  text: string,
  pos: number,
  limit: number,
  code: LangCode,
  allowOf: boolean,
): UnitHit | null {
  const table = unitTable(code);
  let q = pos;
  let glued = true;
  if (q < limit) {
    const c = text.charCodeAt(q);
    if (isSpaceCode(c) || c === 45 || c === 0x2010 || c === 0x2011) {
      q++;
      glued = false;
      // "eight - minute" (tokenised text)
      if (isSpaceCode(c) && q + 1 < limit && text.charCodeAt(q) === 45 && isSpaceCode(text.charCodeAt(q + 1))) q += 2;
    }
  }
  if (allowOf) {
    // "d'" / "d’" / "de "
    const s2 = text.slice(q, q + 3).toLowerCase();
    for (const of of figureLexicon(code).ofBeforeUnit) {
      if (s2.startsWith(of)) {
        q += of.length;
        break;
      }
    }
  }
  // Up to three tokens: letters (with a trailing ² or 2: "km²", "km2") or one symbol; joined by " ", ". " or "-".
  let s0 = -1;
  let e0 = -1;
  let s1 = -1;
  let e1 = -1;
  let s2 = -1;
  let e2 = -1;
  let r = q;
  for (let n = 0; n < 3 && r < limit; n++) {
    const c = text.charCodeAt(r);
    let e = r;
    if (isLetterCode(c)) {
      while (e < limit && isLetterCode(text.charCodeAt(e))) e++;
      if (e < limit) {
        const d = text.charCodeAt(e);
        if (d === 0xb2 || d === 0xb3 || (d === 50 && !(e + 1 < limit && isDigitCode(text.charCodeAt(e + 1))))) e++;
      }
    } else if (n === 0 && SYMBOLS.includes(text[r]!)) e = r + 1;
    else break;
    if (n === 0) {
      s0 = r;
      e0 = e;
    } else if (n === 1) {
      s1 = r;
      e1 = e;
    } else {
      s2 = r;
      e2 = e;
    }
    // A multi-word unit continues only from a known first word ("square", "sq", "kilomètres", "per", ...).
    if (n === 0 && !MULTI_FIRST.has(text.slice(s0, e0).toLowerCase())) break;
    let k = e;
    if (k < limit && text.charCodeAt(k) === 46) k++;
    if (k < limit && (isSpaceCode(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
    if (k === e || k >= limit || !isLetterCode(text.charCodeAt(k))) break;
    r = k;
  }
  if (s0 < 0) return null;
  const table2 = table;
  const tryKey = (e: number, key: string): UnitHit | null => {
    // A unit word must end at a word boundary ("km" but not "kmh", "m" but not "mother").
    if (e < limit && (isLetterCode(text.charCodeAt(e)) || isDigitCode(text.charCodeAt(e)))) return null;
    const def = table2.get(key);
    return def ? { def, start: s0, end: e, written: text.slice(s0, e) } : null;
  };
  const raw0 = text.slice(s0, e0);
  const w0 = raw0.toLowerCase();
  // A one-letter unit glued to the number must be written in lower case: "5m", "3t", but not "4G", "5K".
  if (glued && e0 - s0 === 1 && raw0 !== w0) return null;
  if (s2 >= 0) {
    const h = tryKey(e2, `${w0} ${text.slice(s1, e1).toLowerCase()} ${text.slice(s2, e2).toLowerCase()}`);
    if (h) return h;
  }
  if (s1 >= 0) {
    const h = tryKey(e1, `${w0} ${text.slice(s1, e1).toLowerCase()}`);
    if (h) return h;
  }
  return tryKey(e0, w0);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
