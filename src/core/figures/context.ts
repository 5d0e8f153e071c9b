// Context around a figure: time qualifiers, crude lemmas, human-noun tests and the normalised keys of `counts`.
import { langCode, lexicon, type LangCode, type LangLexicon } from './lexicon';

// ------------------------------------------------------------------------------------------ lemmas

const EN_IRREGULAR: Record<string, string> = {
  men: 'man', women: 'woman', people: 'person', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', leaves: 'leaf', thieves: 'thief',
  crises: 'crisis', analyses: 'analysis', police: 'police', personnel: 'personnel', staff: 'staff', series: 'series',
  news: 'news', species: 'species', aircraft: 'aircraft', townspeople: 'person', policemen: 'policeman',
  firemen: 'fireman', fishermen: 'fisherman', crewmen: 'crewman', councilmen: 'councilman', congressmen: 'congressman',
};

/** A crude lemma: lower case, plural endings stripped per language. Consistent rather than correct. */
const lemmaCaches = new Map<LangCode, Map<string, string>>();

export function lemma(word: string, code: LangCode): string {
  let cache = lemmaCaches.get(code);
  if (cache === undefined) lemmaCaches.set(code, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const l = lemmaUncached(word, code);
  if (cache.size > 50000) cache.clear();
  cache.set(word, l);
  return l;
}

function lemmaUncached(word: string, code: LangCode): string {
  const w = word.toLowerCase();
  const n = w.length;
  switch (code) {
    case 'en': {
      const irr = EN_IRREGULAR[w];
      if (irr) return irr;
      if (n > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
      if (n > 4 && (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes') || w.endsWith('zes')))
        return w.slice(0, -2);
      if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
      return w;
    }
    case 'nb': {
      if (n > 5 && w.endsWith('erne')) return w.slice(0, -2);
      if (n > 5 && w.endsWith('ene')) return w.slice(0, -3);
      if (n > 5 && w.endsWith('ere')) return w.slice(0, -1);
      if (n > 5 && w.endsWith('er')) return w.slice(0, -2);
      if (n > 5 && w.endsWith('et')) return w.slice(0, -2);
      return w;
    }
    case 'de': {
      if (n > 5 && w.endsWith('innen')) return w.slice(0, -5);
      if (n > 4 && w.endsWith('en')) return w.slice(0, -2);
      if (n > 4 && w.endsWith('e')) return w.slice(0, -1);
      if (n > 4 && w.endsWith('n') && !w.endsWith('nn')) return w.slice(0, -1);
      if (n > 4 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
      return w;
    }
    case 'fr': {
      if (n > 4 && w.endsWith('aux')) return `${w.slice(0, -3)}al`;
      if (n > 3 && (w.endsWith('s') || w.endsWith('x'))) return w.slice(0, -1);
      return w;
    }
    case 'es': {
      if (n > 4 && w.endsWith('ces')) return `${w.slice(0, -3)}z`;
      if (n > 4 && w.endsWith('es') && !/[aeiouáéíóú]/.test(w[n - 3]!)) return w.slice(0, -2);
      if (n > 3 && w.endsWith('s')) return w.slice(0, -1);
      return w;
    }
  }
  return w;
}

interface NounTables {
  /** lemma of a human noun -> English gloss */
  human: Map<string, string>;
  /** lemmas sorted long first, for suffix matching in compounding languages */
  humanList: string[];
  troops: Set<string>;
  gloss: Map<string, string>;
}

const nounTables = new Map<LangCode, NounTables>();

function tables(lx: LangLexicon): NounTables {
  let t = nounTables.get(lx.code);
  if (t) return t;
  const human = new Map<string, string>();
  for (const [k, g] of lx.human) {
    human.set(k, g);
    human.set(lemma(k, lx.code), g);
  }
  const troops = new Set<string>();
  for (const k of lx.troops) {
    troops.add(k);
    troops.add(lemma(k, lx.code));
  }
  const gloss = new Map<string, string>();
  for (const [k, g] of lx.gloss) {
    gloss.set(k, g);
    gloss.set(lemma(k, lx.code), g);
  }
  const humanList = [...human.keys()].filter((k) => k.length >= 4 && !k.includes(' ')).sort((a, b) => b.length - a.length);
  t = { human, humanList, troops, gloss };
  nounTables.set(lx.code, t);
  return t;
}

/** The English gloss when `word` denotes humans ("lokalpolitikere" -> "politician"), else null. */
const glossCaches = new Map<LangCode, Map<string, string | null>>();

export function humanGloss(word: string, lx: LangLexicon): string | null {
  let cache = glossCaches.get(lx.code);
  if (cache === undefined) glossCaches.set(lx.code, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const g = humanGlossUncached(word, lx);
  if (cache.size > 20000) cache.clear();
  cache.set(word, g);
  return g;
}

function humanGlossUncached(word: string, lx: LangLexicon): string | null {
  const t = tables(lx);
  const lower = word.toLowerCase();
  const lem = lemma(lower, lx.code);
  const direct = t.human.get(lower) ?? t.human.get(lem);
  if (direct) return direct;
  if (lx.code === 'nb' || lx.code === 'de') {
    // Compounds: "lokalpolitiker", "redningsarbeidere", "Bergleute", "Kommunalpolitiker".
    for (const stem of t.humanList) {
      if (stem.length >= 5 && (lem.endsWith(stem) || lower.endsWith(stem))) return t.human.get(stem)!;
    }
  }
  if (lx.code === 'en' && lower.length > 5 && /(?:ians|ists|ees)$/.test(lower) && /^[a-z]+$/.test(lower)) return lem;
  return null;
}

export function isTroopWord(word: string, lx: LangLexicon): boolean {
  const t = tables(lx);
  if (t.troops.has(word)) return true;
  // Every troop word starts with "t" ("troops", "tropper", "Truppen", "troupes", "tropas").
  const c = word.charCodeAt(0) | 32;
  if (c !== 116) return false;
  const lower = word.toLowerCase();
  return t.troops.has(lower) || t.troops.has(lemma(lower, lx.code));
}

/** English gloss of a common noun for cross-language keys, when known. */
export function nounGloss(word: string, lx: LangLexicon): string | null {
  const t = tables(lx);
  const lower = word.toLowerCase();
  return t.gloss.get(lower) ?? t.gloss.get(lemma(lower, lx.code)) ?? humanGloss(lower, lx) ?? (isTroopWord(lower, lx) ? 'troop' : null);
}

const KEY_WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/**
 * Normalised key words of a counted phrase: lower case, crude lemmas, stop words and quantifier adjectives
 * dropped, English glosses of known nouns added ("ulike lokalpolitikere" -> ["lokalpolitiker", "politician"]).
 */
const keysCaches = new Map<string, Map<string, string[]>>();

export function countsKeysOf(phrase: string, lang: string): string[] {
  if (typeof phrase !== 'string' || phrase.length === 0) return [];
  let cache = keysCaches.get(lang);
  if (cache === undefined) {
    if (keysCaches.size > 64) keysCaches.clear();
    keysCaches.set(lang, (cache = new Map()));
  }
  const hit = cache.get(phrase);
  if (hit !== undefined) return hit.slice();
  const keys = countsKeysUncached(phrase, lang);
  if (cache.size > 20000) cache.clear();
  cache.set(phrase, keys);
  return keys.slice();
}

function countsKeysUncached(phrase: string, lang: string): string[] {
  const lx = lexicon(lang);
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (k: string) => {
    if (k && !seen.has(k)) {
      seen.add(k);
      out.push(k);
    }
  };
  KEY_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = KEY_WORD.exec(phrase)) !== null && count < 16) {
    count++;
    const lower = m[0].toLowerCase();
    if (lx.stop.has(lower) || lx.skipAdj.has(lower) || lower.length < 2) continue;
    const lem = lemma(lower, lx.code);
    push(lem);
    if (lx.code !== 'en') {
      const g = nounGloss(lower, lx);
      if (g) push(g.replace(/ /g, '_'));
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------ time qualifiers

const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.';
const MONTHS_NB = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';
const MONTHS_DE = 'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
const MONTHS_FR = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const MONTHS_ES = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';

const TIME_SOURCES: Record<LangCode, string[]> = {
  en: [
    `(?:(?:on|by|since|until|till|before|after|from|early|late|last|this|next)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?`,
    `(?:by|at|until|till|before|since|towards?|from|in)\\s+the\\s+(?:end|start|beginning|middle|close)\\s+of\\s+(?:the\\s+)?(?:day|week|month|year|weekend|${MONTHS_EN}|\\d{4})`,
    `(?:(?:in|during|over)\\s+)?(?:the\\s+)?(?:last|this|next|past|previous|coming|same)\\s+(?:week|month|year|weekend|night|morning|evening|summer|winter|spring|autumn|fall|fortnight)`,
    `(?:earlier|later)\\s+(?:this|that|in\\s+the)\\s+(?:day|week|month|year)`,
    `(?:in|on|since|by|until|till|during|before|after|from|early|late|mid|earlier\\s+in|later\\s+in)[\\s-]+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS_EN})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?`,
    `(?:in|since|by|until|during|before|after|from)\\s+(?:1[89]\\d\\d|20\\d\\d)`,
    `(?:yesterday|today|tonight|tomorrow|so\\s+far|to\\s+date|(?:at|over|during)\\s+the\\s+weekend|this\\s+weekend|these\\s+days|overnight|last\\s+night)`,
  ],
  nb: [
    `(?:(?:på|fra|siden|til|innen|før|etter|natt\\s+til)\\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:s?(?:morgen|kveld|ettermiddag|formiddag|natt)|\\s+(?:morgen|kveld|ettermiddag|formiddag))?`,
    `(?:siden|ved|fra|innen|til|før|etter|i|mot)\\s+(?:begynnelsen|starten|slutten|utgangen|midten)\\s+av\\s+\\p{L}+`,
    `i\\s+(?:går|dag|morgen|kveld|helgen|fjor|år|sommer|vinter|høst|vår|natt|ettermiddag|formiddag)(?:\\s+(?:kveld|morges|ettermiddag|vår|høst))?`,
    `(?:i\\s+)?(?:forrige|neste|denne|sist|siste)\\s+(?:uke|måned|helg|uken|måneden|helgen|året)`,
    `(?:tidligere|senere)\\s+i\\s+(?:år|dag|uken|måneden|høst|sommer|vinter|vår)`,
    `(?:i|fra|siden|innen|til|før|etter|i\\s+begynnelsen\\s+av|i\\s+slutten\\s+av|tidlig\\s+i|sent\\s+i)\\s+(?:${MONTHS_NB})(?:\\s+\\d{4})?`,
    `de\\s+siste\\s+(?:dagene|ukene|månedene|årene|døgnene)`,
    `(?:hittil|så\\s+langt|foreløpig)`,
  ],
  de: [
    `(?:(?:am|seit|bis|ab|vor|nach)\\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:morgen|abend|nachmittag|vormittag|nacht)?`,
    `(?:seit|bis|ab|zu)\\s+(?:anfang|ende|mitte|beginn)\\s+(?:des\\s+)?\\p{L}+`,
    `(?:in\\s+der\\s+|im\\s+)?(?:letzte|letzten|vergangene|vergangenen|diese|dieser|diesen|nächste|nächsten)\\s+(?:woche|monat|jahr|wochenende|monats|jahres|wochen|monaten|jahren)`,
    `(?:im|seit|bis|ab|anfang|ende|mitte)\\s+(?:${MONTHS_DE})(?:\\s+\\d{4})?`,
    `(?:gestern|heute|vorgestern|bislang|bisher|inzwischen|am\\s+wochenende|in\\s+der\\s+nacht(?:\\s+zum\\s+\\p{L}+)?)`,
  ],
  fr: [
    `(?:(?:depuis|dès|jusqu'à|jusqu’à|avant|après)\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\\s+(?:matin|soir|après-midi))?`,
    `(?:la\\s+semaine|le\\s+mois|l'année|l’année|le\\s+week-end|le\\s+printemps)\\s+(?:dernière|dernier|prochaine|prochain|passée|passé)`,
    `(?:depuis|dès|jusqu'à|jusqu’à|avant|après)\\s+(?:le\\s+)?(?:début|fin|milieu)\\s+(?:de\\s+|d'|d’)?(?:la\\s+semaine|l'année|l’année|\\p{L}+)`,
    `(?:en|depuis|dès|fin|début|mi-)\\s*(?:${MONTHS_FR})(?:\\s+\\d{4})?`,
    `(?:hier|aujourd'hui|aujourd’hui|ce\\s+week-end|jusqu'à\\s+présent|jusqu’à\\s+présent|cette\\s+semaine|ce\\s+mois-ci|cette\\s+année|dans\\s+la\\s+nuit\\s+de\\s+\\p{L}+\\s+à\\s+\\p{L}+)`,
  ],
  es: [
    `(?:(?:el|desde\\s+el|hasta\\s+el|este)\\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?:\\s+por\\s+la\\s+(?:mañana|tarde|noche))?`,
    `(?:la\\s+semana|el\\s+mes|el\\s+año|el\\s+fin\\s+de\\s+semana)\\s+(?:pasad[oa]|próxim[oa]|anterior)`,
    `(?:desde|hasta|a)\\s+(?:principios|comienzos|inicios|finales|mediados)\\s+de\\s+\\p{L}+`,
    `(?:en|desde|hasta|a\\s+principios\\s+de|a\\s+finales\\s+de)\\s+(?:${MONTHS_ES})(?:\\s+(?:de\\s+)?\\d{4})?`,
    `(?:ayer|hoy|anoche|este\\s+fin\\s+de\\s+semana|hasta\\s+ahora|esta\\s+semana|este\\s+mes|este\\s+año|en\\s+la\\s+madrugada\\s+del\\s+\\p{L}+)`,
  ],
};

const LATIN_INNER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const LATIN = `[${LATIN_INNER}]`;
const timeRes = new Map<LangCode, RegExp>();
function timeRe(code: LangCode): RegExp {
  let re = timeRes.get(code);
  if (!re) {
    // Without the u flag (about twice as fast): letters are spelled out as Latin ranges.
    const body = TIME_SOURCES[code].join('|').replace(/\\p\{L\}/g, LATIN);
    // A leading \b (ASCII) is enough: every phrase starts with an ASCII letter; the end is checked for Latin letters.
    re = new RegExp(`\\b(?:${body})(?![${LATIN_INNER}])`, 'gi');
    timeRes.set(code, re);
  }
  return re;
}

/** Time qualifiers in text[start, end): [start, end] pairs in order. */
export function timePhrases(text: string, start: number, end: number, lang: string): [number, number][] {
  const code = langCode(lang);
  const re = timeRe(code);
  const out: [number, number][] = [];
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([start + m.index, start + m.index + m[0].length]);
  }
  return out;
}
