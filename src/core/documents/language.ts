// Language identification from function words: fast (one pass over the first few thousand characters), offline,
// and good enough to choose stop-lists and number formats. Returns "und" when there is too little evidence.
import type { Lang } from '../model';

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'have', 'has', 'from', 'which', 'would', 'this', 'been', 'were', 'said', 'they', 'their', 'who', 'not', 'but', 'are', 'on', 'at', 'by', 'it', 'an', 'he', 'she'],
  nb: ['og', 'ikke', 'det', 'som', 'er', 'på', 'til', 'av', 'med', 'har', 'for', 'at', 'den', 'ble', 'han', 'hun', 'seg', 'sier', 'etter', 'skal', 'vil', 'kan', 'også', 'fra', 'om', 'ifølge', 'mellom', 'hadde', 'være', 'nå', 'jeg', 'ikkje', 'og', 'sa', 'dem', 'sine', 'blir', 'bare', 'hvor'],
  da: ['og', 'ikke', 'det', 'som', 'er', 'på', 'til', 'af', 'med', 'har', 'for', 'at', 'den', 'blev', 'han', 'hun', 'sig', 'siger', 'efter', 'skal', 'vil', 'kan', 'også', 'fra', 'om', 'ifølge', 'mellem', 'havde', 'være', 'nu', 'jeg', 'hvor', 'bliver', 'kun'],
  sv: ['och', 'inte', 'det', 'som', 'är', 'på', 'till', 'av', 'med', 'har', 'för', 'att', 'den', 'blev', 'han', 'hon', 'sig', 'säger', 'efter', 'ska', 'vill', 'kan', 'också', 'från', 'om', 'enligt', 'mellan', 'hade', 'vara', 'nu', 'jag'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'sich', 'auf', 'für', 'auch', 'wurde', 'wurden', 'hat', 'haben', 'sagte', 'nach', 'bei', 'aus', 'wie', 'dass', 'sind', 'werden', 'noch', 'über'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'dat', 'met', 'voor', 'op', 'zijn', 'werd', 'heeft', 'naar', 'ook', 'door', 'bij', 'uit', 'maar', 'wordt', 'volgens'],
  fr: ['le', 'la', 'les', 'des', 'est', 'une', 'un', 'du', 'et', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'avec', 'ont', 'été', 'par', 'plus', 'selon', 'au', 'aux', 'il', 'elle', 'ce', 'sont', 'mais', 'a', 'leur'],
  es: ['el', 'la', 'los', 'las', 'del', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'su', 'sus', 'al', 'más', 'como', 'pero', 'fue', 'han', 'según', 'sobre', 'este', 'esta', 'lo', 'ha'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'del', 'della', 'non', 'sono', 'con', 'gli', 'ha', 'anche', 'nel', 'alla', 'dei', 'delle', 'secondo', 'è'],
  pt: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'que', 'e', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'foi', 'mais', 'segundo', 'são', 'ao'],
  ro: ['și', 'si', 'în', 'care', 'este', 'pe', 'cu', 'la', 'un', 'o', 'din', 'pentru', 'că', 'nu', 'sunt', 'fost', 'lui', 'ale', 'al', 'mai', 'după', 'potrivit'],
};

const TABLE = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) {
    let m = TABLE.get(w);
    if (!m) TABLE.set(w, (m = new Map()));
    m.set(lang, (m.get(lang) ?? 0) + 1);
  }
}

/** Letters that betray a language outright (weighted evidence, not a verdict). */
const LETTER_HINTS: [RegExp, string, number][] = [
  [/[æø]/g, 'nb', 0.6],
  [/[ß]/g, 'de', 1],
  [/[ñ¿¡]/g, 'es', 1],
  [/[șțăâ]/g, 'ro', 1],
  [/[ç]/g, 'fr', 0.3],
];

const WORD = /[\p{L}]+/gu;

export function detectLanguage(text: string, sampleChars = 4000): Lang {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  const scores = new Map<string, number>();
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m; m = WORD.exec(sample)) {
    words++;
    const hit = TABLE.get(m[0].toLowerCase());
    if (!hit) continue;
    for (const [lang, w] of hit) scores.set(lang, (scores.get(lang) ?? 0) + w / hit.size);
  }
  if (/[\u0400-\u04FF]/.test(sample) && cyrillicShare(sample) > 0.3) return /[іїєґ]/i.test(sample) ? 'uk' : 'ru';
  for (const [re, lang, w] of LETTER_HINTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n) scores.set(lang, (scores.get(lang) ?? 0) + Math.min(n, 20) * w);
  }
  let best = 'und';
  let bestScore = 0;
  for (const [lang, s] of scores) {
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  }
  if (words < 3 || bestScore < 1.5) return 'und';
  // Danish and Norwegian Bokmål share most function words: prefer nb unless Danish-only forms dominate.
  if (best === 'da' && (scores.get('nb') ?? 0) >= bestScore * 0.8) return 'nb';
  return best;
}

function cyrillicShare(s: string): number {
  let c = 0;
  let l = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      l++;
      if (ch >= '\u0400' && ch <= '\u04FF') c++;
    }
  }
  return l ? c / l : 0;
}
