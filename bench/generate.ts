// A deterministic generator of realistic multi-source news corpora for the benchmarks. Every word is written
// here for Crossread: invented people (Cyrillic-origin names spelt the way each language transliterates them),
// invented places and organisations, and stories told by several outlets in en, nb, de, fr and es that give
// the same figures with different hedges, units and - as real outlets do - conflicting values.
//
//   import { generateCorpus } from './generate';  generateCorpus(10_000, 1) -> SourceFile[]
//   npx tsx bench/generate.ts <n> <outdir> [seed]  writes <outdir>/<outlet>/<date>-<slug>-<k>.md|.txt
//
// Seeded PRNG only (no Math.random, no clock): the same (n, seed) gives the same bytes, and the first k
// articles of generateCorpus(n, s) are generateCorpus(k, s) (each story has its own generator).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceFile } from '../src/core/model';

export type GenLang = 'en' | 'nb' | 'de' | 'fr' | 'es';
const LANGS: readonly GenLang[] = ['en', 'nb', 'de', 'fr', 'es'];

// ------------------------------------------------------------------------------------------------ PRNG
/** mulberry32: small, fast, good enough for text generation. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
  /** Zipf-like pick: early items are much more likely (hub entities of a news archive). */
  zipf<T>(list: readonly T[]): T {
    const u = this.next();
    return list[Math.min(list.length - 1, Math.floor(list.length * u * u * u))]!;
  }
  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  }
}

function hash(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h ^= p >>> 0;
    h = Math.imul(h, 0x01000193);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

// -------------------------------------------------------------------------------- transliteration
// Names are stored in Cyrillic and spelt per language, as each press does it. Rules are simplified but
// systematic: "Евгений Харитонов" -> Yevgeny Kharitonov / Jevgenij Kharitonov / Jewgeni Charitonow /
// Evgueni Kharitonov / Yevgueni Jaritónov.
type Style = 'a' | 'b';
const VOWELS = 'аеёиоуыэюяАЕЁИОУЫЭЮЯ';
const BASE: Record<GenLang, Record<string, string>> = {
  en: { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' },
  nb: { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sj', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'tsj', ш: 'sj', щ: 'sjtsj', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja' },
  de: { а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sch', з: 's', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja' },
  fr: { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z', и: 'i', й: 'ï', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'ou', ф: 'f', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iou', я: 'ia' },
  es: { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'io', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'j', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia' },
};
/** Word-initial or post-vowel е: "ye" / "je" / "je" / "ie" / "ye". */
const IOTATED_E: Record<GenLang, [string, string]> = { en: ['ye', 'ye'], nb: ['je', 'je'], de: ['je', 'je'], fr: ['ie', 'e'], es: ['ye', 'ye'] };

export function transliterate(cyr: string, lang: GenLang, style: Style = 'a'): string {
  const table = BASE[lang];
  const lower = cyr.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!;
    const prev = i > 0 ? lower[i - 1]! : ' ';
    const next = lower[i + 1] ?? ' ';
    const atStart = prev === ' ' || prev === '-';
    let t = table[c];
    if (t === undefined) {
      out += cyr[i];
      continue;
    }
    // Endings: -ий / -ей / -ый.
    if (c === 'и' && next === 'й' && !/[\p{L}]/u.test(lower[i + 2] ?? ' ')) {
      t = lang === 'en' ? (style === 'a' ? 'y' : 'iy') : lang === 'nb' ? 'ij' : lang === 'de' ? 'i' : lang === 'fr' ? 'i' : 'i';
      i++;
    } else if (c === 'ы' && next === 'й' && !/[\p{L}]/u.test(lower[i + 2] ?? ' ')) {
      t = lang === 'de' ? 'y' : lang === 'fr' ? 'y' : lang === 'es' ? 'i' : style === 'a' ? 'y' : 'iy';
      i++;
    } else if (c === 'е') {
      const iot = atStart || VOWELS.includes(prev) || prev === 'ь' || prev === 'ъ';
      if (iot) t = style === 'b' && lang === 'en' ? 'e' : IOTATED_E[lang][atStart ? 0 : 1];
      if (lang === 'fr' && prev === 'г') t = 'ue';
      if (lang === 'es' && prev === 'г') t = 'ue';
    } else if (c === 'и' && (prev === 'г') && (lang === 'fr' || lang === 'es')) {
      t = 'ui';
    } else if (c === 'с' && lang === 'de' && VOWELS.includes(prev) && VOWELS.includes(next)) {
      t = 'ss';
    } else if (c === 'с' && lang === 'fr' && VOWELS.includes(prev) && VOWELS.includes(next)) {
      t = 'ss';
    } else if (c === 'к' && next === 'с' && (lang === 'de' || lang === 'fr' || (lang === 'en' && style === 'b'))) {
      t = 'x';
      i++;
    } else if (c === 'й' && lang === 'fr' && prev === 'е') {
      t = 'ï';
    } else if (c === 'ь' && (next === 'е' || next === 'и') && lang !== 'de') {
      t = lang === 'fr' || lang === 'es' ? 'i' : lang === 'en' ? 'y' : 'j';
      // "Ильин" style: the soft sign becomes a glide before a vowel.
      if (next === 'е') {
        i++;
        t = /j$/.test(out) ? 'e' : `${t}e`;
      }
    }
    out += t;
  }
  return capitalise(out);
}

function capitalise(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}
function cap1(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

// ------------------------------------------------------------------------------------------------ names
/** Common given names, Cyrillic: [name, female]. Conventional spellings override the rules in some presses. */
const GIVEN: [string, boolean][] = [
  ['Алексей', false], ['Андрей', false], ['Анна', true], ['Артём', false], ['Борис', false], ['Вадим', false],
  ['Валентина', true], ['Вера', true], ['Виктор', false], ['Виталий', false], ['Галина', true], ['Григорий', false],
  ['Дарья', true], ['Денис', false], ['Дмитрий', false], ['Евгений', false], ['Екатерина', true], ['Елена', true],
  ['Жанна', true], ['Игорь', false], ['Илья', false], ['Ирина', true], ['Кирилл', false], ['Ксения', true],
  ['Лариса', true], ['Леонид', false], ['Людмила', true], ['Максим', false], ['Марина', true], ['Михаил', false],
  ['Надежда', true], ['Наталья', true], ['Никита', false], ['Николай', false], ['Олег', false], ['Ольга', true],
  ['Павел', false], ['Полина', true], ['Роман', false], ['Светлана', true], ['Семён', false], ['Сергей', false],
  ['Станислав', false], ['Татьяна', true], ['Тимур', false], ['Фёдор', false], ['Юлия', true], ['Юрий', false],
  ['Яна', true], ['Ярослав', false], ['Вячеслав', false], ['Зинаида', true], ['Эдуард', false], ['Геннадий', false],
];
/** Invented surname parts: root + optional middle + ending. */
const SUR_ROOTS = ['Бел', 'Вороб', 'Голуб', 'Жел', 'Заруб', 'Кисл', 'Колоб', 'Крут', 'Лыс', 'Мороз', 'Нестер', 'Пыж', 'Рыж', 'Сверч',
  'Сух', 'Тар', 'Устин', 'Филат', 'Хар', 'Цвет', 'Черн', 'Шаг', 'Щег', 'Юрк', 'Ясен', 'Бурл', 'Глух', 'Дроз', 'Ермол', 'Жук', 'Зыб',
  'Ковыл', 'Лапш', 'Мух', 'Ныр', 'Оглоб', 'Пряж', 'Ряб', 'Сыт', 'Толст', 'Ушак', 'Хвост', 'Чиж', 'Шумил', 'Щук', 'Бажен', 'Веш',
  'Гриб', 'Дуд', 'Елис', 'Жмур', 'Засл', 'Игнат', 'Кудр', 'Луг', 'Мед', 'Новосел', 'Ост', 'Палю', 'Рогоз', 'Сорок', 'Торст'];
const SUR_MIDS = ['', '', '', 'ан', 'ен', 'ар', 'ол', 'ищ', 'ят', 'ух', 'ер', 'ушк', 'ец', 'ал'];
const SUR_ENDS: [string, string][] = [['ов', 'ова'], ['ев', 'ева'], ['ин', 'ина'], ['ский', 'ская'], ['енко', 'енко'], ['ук', 'ук'],
  ['ич', 'ич'], ['ых', 'ых'], ['ов', 'ова'], ['ин', 'ина']];

/** Local names for stories set in Norway, Germany, France, Spain or an English-speaking town. */
const LOCAL_NAMES: Record<GenLang, { given: [string, boolean][]; family: string[] }> = {
  en: { given: [['Margaret', true], ['Daniel', false], ['Helen', true], ['Graham', false], ['Rosalind', true], ['Colin', false], ['Nadia', true], ['Owen', false], ['Priya', true], ['Stuart', false]],
    family: ['Ashworth', 'Pennick', 'Hollins', 'Trevelyan', 'Marwood', 'Castell', 'Brennock', 'Odell', 'Fairlie', 'Hatherley', 'Quill', 'Dunmore'] },
  nb: { given: [['Ingrid', true], ['Torstein', false], ['Sigrid', true], ['Eivind', false], ['Ragnhild', true], ['Halvard', false], ['Marte', true], ['Audun', false], ['Solveig', true], ['Trygve', false]],
    family: ['Brekkestø', 'Lyngvær', 'Solhaug', 'Fjellstad', 'Kvernmo', 'Haugland', 'Strømsnes', 'Myrvang', 'Bjørkelid', 'Tverrå', 'Nesheim', 'Skarsvåg'] },
  de: { given: [['Annegret', true], ['Matthias', false], ['Heike', true], ['Lothar', false], ['Sabine', true], ['Jörg', false], ['Ute', true], ['Volker', false], ['Birgit', true], ['Rüdiger', false]],
    family: ['Brandstätter', 'Kühnhold', 'Wessling', 'Ortmeier', 'Falkenrath', 'Lindemeyer', 'Schwarzkopp', 'Hüttner', 'Mahlberg', 'Dornhöfer', 'Greifelt', 'Raschke'] },
  fr: { given: [['Hélène', true], ['Thierry', false], ['Sandrine', true], ['Laurent', false], ['Élodie', true], ['Benoît', false], ['Camille', true], ['Gérard', false], ['Aurélie', true], ['Yannick', false]],
    family: ['Delacroze', 'Montvallon', 'Bertignac', 'Lavaudier', 'Chassagne', 'Roumanet', 'Pellerin', 'Vautrin', 'Marsaudon', 'Guérinel', 'Fauconnet', 'Dalbret'] },
  es: { given: [['Lucía', true], ['Javier', false], ['Montserrat', true], ['Ignacio', false], ['Rocío', true], ['Andrés', false], ['Pilar', true], ['Esteban', false], ['Nerea', true], ['Gonzalo', false]],
    family: ['Valdeolmos', 'Carrascal', 'Ortuño', 'Benavides', 'Zurbarán', 'Aldecoa', 'Peñalver', 'Sotomonte', 'Iriarte', 'Villalobos', 'Cuadrado', 'Echaverri'] },
};

/** A name spelt per language: Cyrillic (transliterated) or fixed. */
type NameSrc = { cyr: string } | { fixed: string | Partial<Record<GenLang, string>> & { en: string } };

function spell(src: NameSrc, lang: GenLang, style: Style): string {
  if ('cyr' in src) return transliterate(src.cyr, lang, style);
  const f = src.fixed;
  return typeof f === 'string' ? f : (f[lang] ?? f.en);
}

interface Person {
  given: NameSrc;
  family: NameSrc;
  female: boolean;
  age: number;
}

function cyrPerson(rng: Rng): Person {
  const [given, female] = rng.pick(GIVEN);
  const end = rng.pick(SUR_ENDS);
  const family = rng.pick(SUR_ROOTS) + rng.pick(SUR_MIDS) + (female ? end[1] : end[0]);
  return { given: { cyr: given }, family: { cyr: family }, female, age: rng.range(24, 71) };
}

function localPerson(rng: Rng, lang: GenLang): Person {
  const t = LOCAL_NAMES[lang];
  const [given, female] = rng.pick(t.given);
  return { given: { fixed: given }, family: { fixed: rng.pick(t.family) }, female, age: rng.range(24, 71) };
}

// ------------------------------------------------------------------------------------------------ places
const TOWN_ROOTS = ['Верхне', 'Нижне', 'Красно', 'Бело', 'Старо', 'Ново', 'Черно', 'Зелено', 'Светло', 'Тихо', 'Камен', 'Сосн',
  'Берёз', 'Кедр', 'Ольх', 'Рудн', 'Солн', 'Ключ', 'Озёр', 'Лес', 'Медн', 'Жёлт', 'Холм', 'Ягод'];
const TOWN_ENDS = ['горск', 'дольск', 'речье', 'озёрск', 'вка', 'град', 'поле', 'ярск', 'овск', 'инск', 'ово', 'еево'];
const VILLAGE = ['Желанное', 'Тихое', 'Ракитное', 'Сухая Балка', 'Липовка', 'Заречное', 'Кривцово', 'Малиновка', 'Ягодное', 'Грачёвка',
  'Песчанка', 'Луговое', 'Осиновка', 'Бобровка', 'Глинище', 'Дубки'];
const RIVERS = ['Ирша', 'Кумра', 'Сестра', 'Вольма', 'Юрма', 'Шелонь', 'Тальма', 'Кержа', 'Угра', 'Ляпа', 'Мечера', 'Охта'];
const LOCAL_PLACES: Record<GenLang, { towns: string[]; villages: string[]; rivers: string[] }> = {
  en: { towns: ['Ashbury Cross', 'Keldmoor', 'Port Hallam', 'Wrenfield', 'Glenbarrow', 'Saltmarsh Bay'], villages: ['Little Orme', 'Cragside', 'Hobbs End', 'Fernleigh'], rivers: ['Tarrow', 'Wendle', 'Cask'] },
  nb: { towns: ['Storvikeid', 'Lyngdalsøra', 'Fjellnes', 'Brattvågen', 'Solbergmo', 'Kvitsand'], villages: ['Myrbakken', 'Åsgrenda', 'Holmvika', 'Skogheim'], rivers: ['Lågelva', 'Kvernelva', 'Furuåa'] },
  de: { towns: ['Kaltenbrück', 'Steinwalden', 'Oberhainach', 'Fischbeckstedt', 'Rabenfurt', 'Mühlhagen'], villages: ['Kleinroda', 'Lindenhöhe', 'Espenried', 'Birkenweiler'], rivers: ['Wisper', 'Ahlbach', 'Trebe'] },
  fr: { towns: ['Vallombre', 'Saint-Aurès-sur-Lys', 'Montclaret', 'Pierrefonde', 'Bellegarde-du-Val', 'Rochenoire'], villages: ['Les Aubiers', 'Fontclair', 'La Bessière', 'Malvaux'], rivers: ['Lysonne', 'Aubette', 'Vézère-Haute'] },
  es: { towns: ['Villarreina', 'Peñascosa', 'Arroyoseco', 'Torrealba', 'Campoverde', 'Robledal del Monte'], villages: ['La Hoya', 'Navalcruz', 'Fuentemora', 'El Cerrillo'], rivers: ['Jarama Alto', 'Tiétar Chico', 'Guarrizas'] },
};
/** Countries by language: real exonyms, the part of the vocabulary every press shares. */
const COUNTRIES: Record<string, Record<GenLang, string>> = {
  RU: { en: 'Russia', nb: 'Russland', de: 'Russland', fr: 'Russie', es: 'Rusia' },
  UA: { en: 'Ukraine', nb: 'Ukraina', de: 'Ukraine', fr: 'Ukraine', es: 'Ucrania' },
  KZ: { en: 'Kazakhstan', nb: 'Kasakhstan', de: 'Kasachstan', fr: 'Kazakhstan', es: 'Kazajistán' },
  NO: { en: 'Norway', nb: 'Norge', de: 'Norwegen', fr: 'Norvège', es: 'Noruega' },
  DE: { en: 'Germany', nb: 'Tyskland', de: 'Deutschland', fr: 'Allemagne', es: 'Alemania' },
  FR: { en: 'France', nb: 'Frankrike', de: 'Frankreich', fr: 'France', es: 'Francia' },
  ES: { en: 'Spain', nb: 'Spania', de: 'Spanien', fr: 'Espagne', es: 'España' },
  GB: { en: 'Britain', nb: 'Storbritannia', de: 'Großbritannien', fr: 'Royaume-Uni', es: 'Reino Unido' },
};
const LOCAL_COUNTRY: Record<GenLang, string> = { en: 'GB', nb: 'NO', de: 'DE', fr: 'FR', es: 'ES' };

// ------------------------------------------------------------------------------------------------ organisations
type OrgKind = 'mining' | 'chemical' | 'energy' | 'shipping' | 'timber';
const ORG_PATTERN: Record<OrgKind, Record<GenLang, (town: string) => string>> = {
  mining: { en: (t) => `${t} Mining Company`, nb: (t) => `${t} gruveselskap`, de: (t) => `Bergbaugesellschaft ${t}`, fr: (t) => `Compagnie minière de ${t}`, es: (t) => `Compañía Minera de ${t}` },
  chemical: { en: (t) => `${t} Chemical Works`, nb: (t) => `${t} kjemiske fabrikk`, de: (t) => `Chemiewerk ${t}`, fr: (t) => `Usine chimique de ${t}`, es: (t) => `Planta Química de ${t}` },
  energy: { en: (t) => `${t} Power Company`, nb: (t) => `${t} Kraftselskap`, de: (t) => `Energieversorger ${t}`, fr: (t) => `Société d’énergie de ${t}`, es: (t) => `Eléctrica de ${t}` },
  shipping: { en: (t) => `${t} Shipping Line`, nb: (t) => `${t} Rederi`, de: (t) => `Reederei ${t}`, fr: (t) => `Compagnie maritime de ${t}`, es: (t) => `Naviera de ${t}` },
  timber: { en: (t) => `${t} Timber Group`, nb: (t) => `${t} Trelast`, de: (t) => `Holzgruppe ${t}`, fr: (t) => `Groupe forestier de ${t}`, es: (t) => `Grupo Maderero de ${t}` },
};
const ORG_ACRONYM_WORD: Record<OrgKind, string> = { mining: 'MC', chemical: 'CW', energy: 'PC', shipping: 'SL', timber: 'TG' };
/** Agencies, by language. */
const AGENCIES: Record<string, Record<GenLang, string>> = {
  emergencies: { en: 'the Ministry of Emergencies', nb: 'beredskapsdepartementet', de: 'das Katastrophenschutzministerium', fr: 'le ministère des Situations d’urgence', es: 'el Ministerio de Emergencias' },
  regional: { en: 'the regional administration', nb: 'regionale myndigheter', de: 'die Gebietsverwaltung', fr: 'l’administration régionale', es: 'la administración regional' },
  prosecutor: { en: 'the prosecutor’s office', nb: 'påtalemyndigheten', de: 'die Staatsanwaltschaft', fr: 'le parquet', es: 'la fiscalía' },
  police: { en: 'the police', nb: 'politiet', de: 'die Polizei', fr: 'la police', es: 'la policía' },
  union: { en: 'the workers’ union', nb: 'fagforeningen', de: 'die Gewerkschaft', fr: 'le syndicat', es: 'el sindicato' },
};
/** Invented organisations that recur across the archive (hub entities). */
const WORLD_ORGS: NameSrc[] = [
  { fixed: 'Clean Rivers Alliance' }, { fixed: 'Northern Relief Network' }, { fixed: { en: 'Red Cross', nb: 'Røde Kors', de: 'Rotes Kreuz', fr: 'Croix-Rouge', es: 'Cruz Roja' } },
  { fixed: 'Eurowire' }, { fixed: 'Baltpress' }, { fixed: 'Institute for Northern Studies' }, { fixed: 'Greenwatch' },
  { fixed: { en: 'State Duma', nb: 'Statsdumaen', de: 'Staatsduma', fr: 'Douma d’État', es: 'Duma Estatal' } },
  { fixed: { en: 'European Commission', nb: 'EU-kommisjonen', de: 'EU-Kommission', fr: 'Commission européenne', es: 'Comisión Europea' } },
  { fixed: 'Polar Mining Watch' }, { fixed: 'Terra Civica' }, { fixed: 'Arctic Energy Forum' },
];
const NEWS_AGENCIES = ['Eurowire', 'Baltpress', 'Nordfax', 'Interkontinent'];

// ------------------------------------------------------------------------------------------------ outlets
interface Outlet {
  name: string;
  slug: string;
  lang: GenLang;
  style: Style;
  /** 0: YAML front matter (.md), 1: "date" header line (.txt), 2: plain title line (.txt). */
  format: 0 | 1 | 2;
  imperial: boolean;
}
const OUTLET_PARTS: Record<GenLang, [string[], string[]]> = {
  en: [['Harbour', 'Eastgate', 'Northfield', 'Tidewater', 'Lakeside', 'Westmarch', 'Highmoor', 'Kingsbridge'], ['Ledger', 'Courier', 'Chronicle', 'Gazette', 'Dispatch', 'Review', 'Herald', 'Wire']],
  nb: [['Fjell', 'Kyst', 'Dal', 'Vest', 'Nord', 'Fjord', 'Elve', 'Øy'], ['posten', 'avisa', 'bladet', 'tidende', 'nytt', 'varden', 'budstikka', 'avis']],
  de: [['Rheintaler', 'Nordstädter', 'Alpenländer', 'Havelberger', 'Mainfelder', 'Küstenländer', 'Oderbrücker', 'Saalegrunder'], ['Bote', 'Rundschau', 'Tagblatt', 'Anzeiger', 'Zeitung', 'Kurier', 'Nachrichten', 'Morgenpost']],
  fr: [['La Voix du', 'Le Courrier du', 'L’Écho du', 'Le Réveil du', 'La Gazette du', 'Le Journal du', 'Le Progrès du', 'La Dépêche du'], ['Littoral', 'Plateau', 'Val', 'Bocage', 'Causse', 'Marais', 'Piémont', 'Comté']],
  es: [['El Heraldo de', 'Diario de', 'La Gaceta de', 'El Eco de', 'La Voz de', 'El Correo de', 'Noticias de', 'El Faro de'], ['Altamar', 'la Meseta', 'la Sierra', 'Poniente', 'la Ribera', 'Levante Norte', 'los Valles', 'la Costa']],
};

function slugify(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a').replace(/ß/g, 'ss')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function makeOutlets(seed: number): Outlet[] {
  const rng = new Rng(hash(seed, 0x0071e7));
  const out: Outlet[] = [];
  const weights: Record<GenLang, number> = { en: 16, nb: 8, de: 8, fr: 8, es: 8 };
  for (const lang of LANGS) {
    const [a, b] = OUTLET_PARTS[lang];
    const seen = new Set<string>();
    while (seen.size < weights[lang]) {
      const x = rng.pick(a);
      const y = rng.pick(b);
      const name = lang === 'nb' ? `${x}${y}` : lang === 'fr' && /^[AEIOUÉ]/.test(y) ? `${x.replace(/du$/, 'de l’')}${y}` : `${x} ${y}`;
      if (seen.has(name)) continue;
      seen.add(name);
      const fmtRoll = rng.next();
      out.push({ name, slug: slugify(name), lang, style: rng.chance(0.7) ? 'a' : 'b', format: fmtRoll < 0.6 ? 0 : fmtRoll < 0.8 ? 1 : 2, imperial: lang === 'en' && rng.chance(0.4) });
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ numbers
const SMALL_WORDS: Record<GenLang, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  nb: ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
  de: ['null', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
};

function groupDigits(n: number, sep: string): string {
  const s = String(Math.round(n));
  if (s.length <= 3) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += sep;
    out += s[i];
  }
  return out;
}

/** An integer the way a press in that language writes it. */
function fmtInt(n: number, lang: GenLang, rng: Rng, words = true): string {
  if (words && n >= 2 && n <= 12 && rng.chance(0.5)) return SMALL_WORDS[lang][n]!;
  if (n < 10000 && n >= 1000 && rng.chance(lang === 'en' ? 0.1 : 0.35)) return String(n);
  switch (lang) {
    case 'en': return groupDigits(n, ',');
    case 'nb': return groupDigits(n, rng.pick([' ', '\u00a0', '.']));
    case 'de': return groupDigits(n, '.');
    case 'fr': return groupDigits(n, rng.pick(['\u202f', '\u00a0', ' ']));
    case 'es': return groupDigits(n, '.');
  }
}

function fmtDec(x: number, lang: GenLang): string {
  const s = Number.isInteger(x) ? String(x) : x.toFixed(1);
  return lang === 'en' ? s : s.replace('.', ',');
}

/** A round number at or below n ("more than 4,000" for 4,230). */
function roundDown(n: number): number {
  if (n < 20) return n;
  const mag = 10 ** Math.floor(Math.log10(n));
  const step = n / mag >= 3 ? mag : mag / 2;
  return Math.max(step, Math.floor(n / step) * step);
}
function roundNear(n: number): number {
  if (n < 20) return n;
  const mag = 10 ** Math.floor(Math.log10(n));
  const step = n / mag >= 3 ? mag / 2 : mag / 4;
  return Math.round(n / step) * step;
}

// ------------------------------------------------------------------------------------------------ figures
type Hedge = 'exact' | 'over' | 'about' | 'atleast' | 'upto' | 'nearly' | 'range' | 'add';
const HEDGES: Record<GenLang, Record<Exclude<Hedge, 'exact' | 'range' | 'add'>, string[]>> = {
  en: { over: ['more than', 'over'], about: ['about', 'around', 'roughly', 'some'], atleast: ['at least'], upto: ['up to', 'as many as'], nearly: ['nearly', 'almost'] },
  nb: { over: ['mer enn', 'over', 'flere enn'], about: ['rundt', 'omkring', 'om lag', 'cirka'], atleast: ['minst'], upto: ['opptil', 'inntil'], nearly: ['nesten', 'nærmere'] },
  de: { over: ['mehr als', 'über'], about: ['rund', 'etwa', 'ungefähr'], atleast: ['mindestens'], upto: ['bis zu'], nearly: ['fast', 'knapp'] },
  fr: { over: ['plus de'], about: ['environ', 'quelque'], atleast: ['au moins'], upto: ['jusqu’à'], nearly: ['près de', 'presque'] },
  es: { over: ['más de'], about: ['unos', 'alrededor de', 'cerca de'], atleast: ['al menos'], upto: ['hasta'], nearly: ['casi'] },
};
const RANGE: Record<GenLang, [string, string]> = { en: ['between', 'and'], nb: ['mellom', 'og'], de: ['zwischen', 'und'], fr: ['entre', 'et'], es: ['entre', 'y'] };
const ADD: Record<GenLang, string[]> = { en: ['another', 'a further'], nb: ['ytterligere', 'enda'], de: ['weitere'], fr: ['encore'], es: ['otros'] };

type FactKey = 'evacuated' | 'dead' | 'injured' | 'trapped' | 'rescuers' | 'area' | 'distance' | 'money' | 'days' | 'houses'
  | 'protesters' | 'arrested' | 'signatories' | 'jobs' | 'percent' | 'fine' | 'prison' | 'depth';

/** Counted nouns per fact and language (plural; [0] is the usual one). */
const NOUNS: Partial<Record<FactKey, Record<GenLang, string[]>>> = {
  evacuated: { en: ['people', 'residents', 'inhabitants'], nb: ['mennesker', 'innbyggere', 'personer'], de: ['Menschen', 'Bewohner', 'Einwohner'], fr: ['personnes', 'habitants'], es: ['personas', 'vecinos', 'habitantes'] },
  dead: { en: ['people'], nb: ['mennesker', 'personer'], de: ['Menschen'], fr: ['personnes'], es: ['personas'] },
  injured: { en: ['people'], nb: ['personer', 'mennesker'], de: ['Menschen', 'Personen'], fr: ['personnes'], es: ['personas'] },
  trapped: { en: ['miners', 'workers'], nb: ['gruvearbeidere', 'arbeidere'], de: ['Bergleute', 'Arbeiter'], fr: ['mineurs', 'ouvriers'], es: ['mineros', 'trabajadores'] },
  rescuers: { en: ['rescuers', 'rescue workers', 'firefighters'], nb: ['redningsarbeidere', 'redningsfolk', 'brannfolk'], de: ['Helfer', 'Einsatzkräfte', 'Feuerwehrleute'], fr: ['secouristes', 'pompiers', 'sauveteurs'], es: ['rescatistas', 'bomberos', 'socorristas'] },
  houses: { en: ['homes', 'houses', 'buildings'], nb: ['hus', 'boliger', 'bygninger'], de: ['Häuser', 'Wohnhäuser', 'Gebäude'], fr: ['maisons', 'logements', 'bâtiments'], es: ['viviendas', 'casas', 'edificios'] },
  protesters: { en: ['protesters', 'demonstrators', 'people'], nb: ['demonstranter', 'mennesker'], de: ['Demonstranten', 'Menschen'], fr: ['manifestants', 'personnes'], es: ['manifestantes', 'personas'] },
  arrested: { en: ['people', 'protesters'], nb: ['personer', 'demonstranter'], de: ['Menschen', 'Demonstranten'], fr: ['personnes', 'manifestants'], es: ['personas', 'manifestantes'] },
  signatories: { en: ['local officials', 'municipal deputies', 'councillors'], nb: ['lokalpolitikere', 'kommunestyrerepresentanter', 'folkevalgte'], de: ['Kommunalabgeordnete', 'Ratsmitglieder'], fr: ['élus locaux', 'conseillers municipaux'], es: ['concejales', 'diputados municipales'] },
  jobs: { en: ['jobs', 'positions'], nb: ['arbeidsplasser', 'stillinger'], de: ['Stellen', 'Arbeitsplätze'], fr: ['emplois', 'postes'], es: ['empleos', 'puestos de trabajo'] },
};
const UNIT_WORDS: Record<string, Record<GenLang, string[]>> = {
  km2: { en: ['square kilometres', 'square kilometers', 'km²'], nb: ['kvadratkilometer', 'km²'], de: ['Quadratkilometer', 'Quadratkilometern'], fr: ['kilomètres carrés', 'km²'], es: ['kilómetros cuadrados', 'km²'] },
  mi2: { en: ['square miles'], nb: ['kvadratmil'], de: ['Quadratmeilen'], fr: ['miles carrés'], es: ['millas cuadradas'] },
  ha: { en: ['hectares'], nb: ['hektar'], de: ['Hektar'], fr: ['hectares'], es: ['hectáreas'] },
  km: { en: ['kilometres', 'kilometers', 'km'], nb: ['kilometer', 'km'], de: ['Kilometer', 'Kilometern'], fr: ['kilomètres', 'km'], es: ['kilómetros', 'km'] },
  mi: { en: ['miles'], nb: ['mil'], de: ['Meilen'], fr: ['miles'], es: ['millas'] },
  m: { en: ['metres', 'meters'], nb: ['meter'], de: ['Metern', 'Meter'], fr: ['mètres'], es: ['metros'] },
  ft: { en: ['feet'], nb: ['fot'], de: ['Fuß'], fr: ['pieds'], es: ['pies'] },
  days: { en: ['days'], nb: ['dager', 'døgn'], de: ['Tage', 'Tagen'], fr: ['jours'], es: ['días'] },
  pct: { en: ['percent', '%', 'per cent'], nb: ['prosent'], de: ['Prozent'], fr: ['%', 'pour cent'], es: ['%', 'por ciento'] },
  years: { en: ['years'], nb: ['år'], de: ['Jahre', 'Jahren'], fr: ['ans'], es: ['años'] },
};

interface Fact {
  key: FactKey;
  /** The true value (in the base unit: people, km2, km, m, days, %, years, currency units). */
  value: number;
  /** A second, later value for counts that change during the story (evacuations grow, tolls rise). */
  later?: number;
  /** Upper end for facts told as ranges. */
  high?: number;
  currency?: 'USD' | 'EUR' | 'RUB' | 'NOK';
}

/** How one outlet tells a fact: a value, a hedge and a unit choice. Conflicts come from later/earlier counts or slips. */
interface Told {
  fact: Fact;
  value: number;
  high?: number;
  hedge: Hedge;
  time: 0 | 1 | 2;
}

function tellFact(f: Fact, rng: Rng): Told {
  const r = rng.next();
  let value = f.value;
  let time: 0 | 1 | 2 = 0;
  if (f.later !== undefined && r < 0.35) {
    value = f.later;
    time = 2;
  } else if (f.later !== undefined && r < 0.5) time = 1;
  else if (r > 0.9 && f.value >= 20) value = roundNear(f.value * rng.pick([0.6, 0.75, 1.3, 1.5, 2])); // a slip or another count
  if (f.high !== undefined && rng.chance(0.6)) return { fact: f, value: f.value, high: f.high, hedge: 'range', time };
  const h = rng.next();
  const plain = f.key === 'prison' || f.key === 'fine' || f.key === 'trapped' || f.key === 'depth' || f.key === 'percent';
  const hedge: Hedge = value < 5 || (plain && h < 0.8) ? 'exact' : plain ? 'about' : h < 0.45 ? 'exact' : h < 0.65 ? 'over' : h < 0.8 ? 'about' : h < 0.87 ? 'atleast' : h < 0.93 ? 'nearly' : 'upto';
  if (hedge === 'over' || hedge === 'atleast') value = roundDown(value);
  if (hedge === 'about') value = roundNear(value);
  if (hedge === 'nearly') value = roundNear(value * 1.05);
  return { fact: f, value, hedge, time };
}

const MONEY: Record<GenLang, Record<'USD' | 'EUR' | 'RUB' | 'NOK', { pre?: string; million: [string, string]; word: string }>> = {
  en: { USD: { pre: '$', million: ['million', 'million'], word: 'dollars' }, EUR: { pre: '€', million: ['million', 'million'], word: 'euros' }, RUB: { million: ['million', 'million'], word: 'rubles' }, NOK: { million: ['million', 'million'], word: 'kroner' } },
  nb: { USD: { million: ['million', 'millioner'], word: 'dollar' }, EUR: { million: ['million', 'millioner'], word: 'euro' }, RUB: { million: ['million', 'millioner'], word: 'rubler' }, NOK: { million: ['million', 'millioner'], word: 'kroner' } },
  de: { USD: { million: ['Million', 'Millionen'], word: 'Dollar' }, EUR: { million: ['Million', 'Millionen'], word: 'Euro' }, RUB: { million: ['Million', 'Millionen'], word: 'Rubel' }, NOK: { million: ['Million', 'Millionen'], word: 'Kronen' } },
  fr: { USD: { million: ['million', 'millions'], word: 'de dollars' }, EUR: { million: ['million', 'millions'], word: 'd’euros' }, RUB: { million: ['million', 'millions'], word: 'de roubles' }, NOK: { million: ['million', 'millions'], word: 'de couronnes' } },
  es: { USD: { million: ['millón', 'millones'], word: 'de dólares' }, EUR: { million: ['millón', 'millones'], word: 'de euros' }, RUB: { million: ['millón', 'millones'], word: 'de rublos' }, NOK: { million: ['millón', 'millones'], word: 'de coronas' } },
};

function fmtMoney(amount: number, cur: 'USD' | 'EUR' | 'RUB' | 'NOK', lang: GenLang, rng: Rng): string {
  const m = MONEY[lang][cur];
  if (amount >= 1e6) {
    const x = amount / 1e6;
    const num = Number.isInteger(x) && x <= 12 && lang !== 'en' && rng.chance(0.3) ? SMALL_WORDS[lang][x]! : fmtDec(x, lang);
    const million = x === 1 ? m.million[0] : m.million[1];
    if (lang === 'en' && m.pre && rng.chance(0.7)) return `${m.pre}${num} ${million}`;
    if (lang === 'en') return `${num} ${million} ${m.word}`;
    return `${num} ${million} ${m.word}`;
  }
  const num = fmtInt(amount, lang, rng, false);
  if (lang === 'en' && m.pre && rng.chance(0.7)) return `${m.pre}${num}`;
  const word = m.word.replace(/^(de |d’)/, '');
  return `${num} ${word}`;
}

/** The figure phrase: hedge, number, unit or counted noun. `bare` leaves the noun out ("put the toll at 12"). */
function figurePhrase(t: Told, lang: GenLang, out: Outlet, rng: Rng, bare = false): string {
  const f = t.fact;
  let value = t.value;
  let high = t.high;
  let unitWord = '';
  switch (f.key) {
    case 'area': {
      if (out.imperial && rng.chance(0.7)) {
        value = Math.round(value / 2.59);
        high = high && Math.round(high / 2.59);
        unitWord = rng.pick(UNIT_WORDS.mi2![lang]);
      } else if (value < 30 && rng.chance(0.4)) {
        value = value * 100;
        high = high && high * 100;
        unitWord = rng.pick(UNIT_WORDS.ha![lang]);
      } else unitWord = rng.pick(UNIT_WORDS.km2![lang]);
      break;
    }
    case 'distance':
      if (out.imperial && rng.chance(0.6)) {
        value = Math.max(1, Math.round(value / 1.609));
        high = high && Math.round(high / 1.609);
        unitWord = rng.pick(UNIT_WORDS.mi![lang]);
      } else unitWord = rng.pick(UNIT_WORDS.km![lang]);
      break;
    case 'depth':
      if (out.imperial && rng.chance(0.6)) {
        value = Math.round(value * 3.281);
        unitWord = rng.pick(UNIT_WORDS.ft![lang]);
      } else unitWord = rng.pick(UNIT_WORDS.m![lang]);
      break;
    case 'days':
      unitWord = rng.pick(UNIT_WORDS.days![lang]);
      break;
    case 'percent':
      unitWord = rng.pick(UNIT_WORDS.pct![lang]);
      break;
    case 'prison':
      unitWord = rng.pick(UNIT_WORDS.years![lang]);
      break;
    case 'money':
    case 'fine':
      break;
    default:
      unitWord = bare ? '' : rng.pick(NOUNS[f.key]![lang]);
  }
  const money = f.key === 'money' || f.key === 'fine';
  const num = (v: number) => (money ? fmtMoney(v, f.currency ?? 'USD', lang, rng) : fmtInt(v, lang, rng, f.key !== 'percent'));
  const withUnit = (s: string) => (money || !unitWord ? s : unitWord === '%' ? `${s}${lang === 'fr' ? '\u00a0' : ' '}%` : `${s} ${unitWord}`);
  if (t.hedge === 'range' && high !== undefined) {
    const [a, b] = RANGE[lang];
    return withUnit(`${a} ${fmtInt(value, lang, rng, false)} ${b} ${fmtInt(high, lang, rng, false)}`);
  }
  if (t.hedge === 'add') return withUnit(`${rng.pick(ADD[lang])} ${num(value)}`);
  if (t.hedge === 'exact') return withUnit(num(value));
  return withUnit(`${rng.pick(HEDGES[lang][t.hedge as keyof (typeof HEDGES)['en']])} ${num(value)}`);
}

// ------------------------------------------------------------------------------------------------ dates
const WEEKDAYS: Record<GenLang, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};
/** Time qualifiers for a first count (1) and a later one (2). */
function timePhrase(lang: GenLang, wd: number, time: 0 | 1 | 2, rng: Rng): string {
  if (time === 0) return '';
  const d = WEEKDAYS[lang][time === 1 ? wd : (wd + 1) % 7]!;
  const morning = time === 1;
  switch (lang) {
    case 'en': return morning ? rng.pick([` on ${d} morning`, ` early on ${d}`]) : rng.pick([` by ${d} evening`, ` by the end of ${d}`, ` on ${d}`]);
    case 'nb': return morning ? rng.pick([` ${d} morgen`, ` tidlig ${d}`]) : rng.pick([` innen ${d} kveld`, ` ${d} kveld`]);
    case 'de': return morning ? ` am ${d}morgen` : rng.pick([` bis ${d}abend`, ` am ${d}abend`]);
    case 'fr': return morning ? ` ${d} matin` : rng.pick([` ${d} soir`, ` dans la soirée de ${d}`]);
    case 'es': return morning ? ` el ${d} por la mañana` : rng.pick([` el ${d} por la noche`, ` al cierre del ${d}`]);
  }
}

function isoDate(dayIndex: number): { iso: string; wd: number } {
  const d = new Date(Date.UTC(2025, 0, 1) + dayIndex * 86400000);
  return { iso: d.toISOString().slice(0, 10), wd: d.getUTCDay() };
}

// ------------------------------------------------------------------------------------------------ stories
type EventKind = 'dam' | 'flood' | 'wildfire' | 'chemical' | 'strike' | 'petition' | 'layoffs' | 'quake';
const EVENT_FACTS: Record<EventKind, FactKey[]> = {
  dam: ['trapped', 'evacuated', 'dead', 'area', 'distance', 'money', 'days', 'rescuers', 'depth'],
  flood: ['evacuated', 'dead', 'houses', 'area', 'money', 'rescuers', 'days'],
  wildfire: ['area', 'evacuated', 'rescuers', 'days', 'houses', 'injured'],
  chemical: ['injured', 'evacuated', 'dead', 'distance', 'money', 'days'],
  strike: ['protesters', 'arrested', 'days', 'jobs', 'percent'],
  petition: ['signatories', 'fine', 'prison', 'arrested'],
  layoffs: ['jobs', 'money', 'percent', 'protesters'],
  quake: ['dead', 'injured', 'houses', 'evacuated', 'rescuers', 'money'],
};

interface Story {
  idx: number;
  kind: EventKind;
  day: number;
  local: GenLang | null;
  town: NameSrc;
  village: NameSrc;
  river: NameSrc;
  country: string;
  orgKind: OrgKind;
  acronym: string;
  people: { governor: Person; chief: Person; director: Person; activist: Person; witness: Person; expert: Person; hub?: { p: Person; role: number } };
  worldOrg: NameSrc;
  facts: Fact[];
  outlets: Outlet[];
}

interface World {
  outlets: Outlet[];
  /** Recurring public figures (ministers, a president, a party leader): hub entities of the archive. */
  hubs: Person[];
}

function makeWorld(seed: number): World {
  const rng = new Rng(hash(seed, 0x30e1d));
  const hubs: Person[] = [];
  for (let i = 0; i < 40; i++) hubs.push(cyrPerson(rng));
  return { outlets: makeOutlets(seed), hubs };
}

function townName(rng: Rng): string {
  return rng.pick(TOWN_ROOTS) + rng.pick(TOWN_ENDS);
}

function makeFact(key: FactKey, rng: Rng, local: GenLang | null): Fact {
  switch (key) {
    case 'evacuated': { const v = rng.range(3, 90) * rng.pick([10, 50, 100]); return { key, value: v, later: rng.chance(0.5) ? Math.round(v * (1.1 + rng.next() * 0.6)) : undefined }; }
    case 'dead': { const v = rng.range(1, 14); return { key, value: v, later: rng.chance(0.4) ? v + rng.range(1, 6) : undefined }; }
    case 'injured': { const v = rng.range(4, 160); return { key, value: v, later: rng.chance(0.3) ? v + rng.range(3, 40) : undefined }; }
    case 'trapped': return { key, value: rng.range(3, 40) };
    case 'rescuers': { const v = rng.range(8, 60) * 10; return { key, value: v, high: rng.chance(0.4) ? v + rng.range(2, 10) * 10 : undefined }; }
    case 'area': return { key, value: rng.range(4, 900) };
    case 'distance': { const v = rng.range(2, 80); return { key, value: v, high: rng.chance(0.3) ? v + rng.range(3, 15) : undefined }; }
    case 'depth': return { key, value: rng.range(12, 90) * 10 };
    case 'money': return { key, value: rng.range(1, 40) * rng.pick([100000, 500000, 1000000]), currency: local === 'nb' ? 'NOK' : local && local !== 'en' ? 'EUR' : rng.pick(['USD', 'EUR', 'USD']) };
    case 'fine': return { key, value: rng.range(5, 90) * 1000, currency: local ? 'EUR' : 'RUB' };
    case 'days': return { key, value: rng.range(2, 21) };
    case 'houses': return { key, value: rng.range(12, 900) };
    case 'protesters': { const v = rng.range(2, 150) * 100; return { key, value: v, later: rng.chance(0.4) ? Math.round(v * 1.8) : undefined }; }
    case 'arrested': return { key, value: rng.range(3, 240) };
    case 'signatories': { const v = rng.range(12, 60); return { key, value: v, later: rng.chance(0.6) ? v + rng.range(10, 60) : undefined }; }
    case 'jobs': return { key, value: rng.range(3, 120) * 50 };
    case 'percent': return { key, value: rng.range(3, 45) };
    case 'prison': return { key, value: rng.range(2, 12) };
  }
}

function makeStory(world: World, seed: number, idx: number): Story {
  const rng = new Rng(hash(seed, idx, 0x5707));
  const kind = rng.pick(Object.keys(EVENT_FACTS) as EventKind[]);
  const local = kind !== 'petition' && rng.chance(0.3) ? rng.pick(LANGS) : null;
  const lp = local ? LOCAL_PLACES[local] : undefined;
  const town: NameSrc = lp ? { fixed: rng.pick(lp.towns) } : { cyr: townName(rng) };
  const village: NameSrc = lp ? { fixed: rng.pick(lp.villages) } : { cyr: rng.pick(VILLAGE) };
  const river: NameSrc = lp ? { fixed: rng.pick(lp.rivers) } : { cyr: rng.pick(RIVERS) };
  const mk = () => (local ? localPerson(rng, local) : cyrPerson(rng));
  const orgKind = rng.pick(Object.keys(ORG_PATTERN) as OrgKind[]);
  const townEn = spell(town, 'en', 'a');
  const facts = rng.shuffle([...EVENT_FACTS[kind]]).slice(0, rng.range(4, EVENT_FACTS[kind].length)).map((k) => makeFact(k, rng, local));
  // 1 to 7 outlets, mostly 2-5, mixing languages.
  const nOut = Math.min(7, 1 + Math.floor(-Math.log(1 - rng.next() * 0.999) * 2.4));
  const outlets: Outlet[] = [];
  const used = new Set<number>();
  while (outlets.length < nOut) {
    let k = rng.int(world.outlets.length);
    // Local stories are told more in the local language.
    if (local && rng.chance(0.5)) {
      const same = world.outlets.map((o, i) => (o.lang === local ? i : -1)).filter((i) => i >= 0);
      k = rng.pick(same);
    }
    if (used.has(k)) continue;
    used.add(k);
    outlets.push(world.outlets[k]!);
  }
  return {
    idx, kind, day: rng.int(730), local, town, village, river,
    country: local ? LOCAL_COUNTRY[local] : rng.pick(['RU', 'RU', 'RU', 'UA', 'KZ']),
    orgKind, acronym: townEn.replace(/[^A-Za-z]/g, '').slice(0, 1).toUpperCase() + ORG_ACRONYM_WORD[orgKind],
    people: { governor: mk(), chief: mk(), director: mk(), activist: mk(), witness: mk(), expert: mk(), hub: rng.chance(0.45) ? { p: rng.zipf(world.hubs), role: rng.int(4) } : undefined },
    worldOrg: rng.zipf(WORLD_ORGS), facts, outlets,
  };
}

// ------------------------------------------------------------------------------------------------ rendering
type Role = 'governor' | 'chief' | 'director' | 'activist' | 'witness' | 'expert' | 'hub';
const TITLES: Record<GenLang, Record<Role, [string, string, string?, string?]>> = {
  // [title before the name, description after the name, and their feminine forms where the language has them]
  en: { governor: ['Governor', 'the regional governor'], chief: ['rescue chief', 'head of the regional rescue service'], director: ['chief executive', 'the company’s director general'], activist: ['environmental activist', 'an environmental campaigner'], witness: ['', 'a local resident'], expert: ['Professor', 'an engineer at the University of {town}'], hub: ['Minister', 'the federal minister'] },
  nb: { governor: ['guvernør', 'guvernør i regionen'], chief: ['redningssjef', 'leder for den regionale redningstjenesten'], director: ['konsernsjef', 'administrerende direktør i selskapet'], activist: ['miljøaktivist', 'miljøaktivist'], witness: ['', 'innbygger i {town}'], expert: ['professor', 'ingeniør ved universitetet i {town}'], hub: ['minister', 'føderal minister'] },
  de: { governor: ['Gouverneur', 'Gouverneur der Region', 'Gouverneurin', 'Gouverneurin der Region'], chief: ['Einsatzleiter', 'Leiter des regionalen Rettungsdienstes', 'Einsatzleiterin', 'Leiterin des regionalen Rettungsdienstes'], director: ['Generaldirektor', 'Chef des Unternehmens', 'Generaldirektorin', 'Chefin des Unternehmens'], activist: ['Umweltaktivist', 'Umweltschützer', 'Umweltaktivistin', 'Umweltschützerin'], witness: ['', 'Anwohner aus {town}', '', 'Anwohnerin aus {town}'], expert: ['Professor', 'Ingenieur an der Universität {town}', 'Professorin', 'Ingenieurin an der Universität {town}'], hub: ['Minister', 'Bundesminister', 'Ministerin', 'Bundesministerin'] },
  fr: { governor: ['le gouverneur', 'gouverneur de la région', 'la gouverneure', 'gouverneure de la région'], chief: ['le chef des secours', 'responsable des secours régionaux', 'la cheffe des secours'], director: ['le directeur général', 'patron de l’entreprise', 'la directrice générale', 'patronne de l’entreprise'], activist: ['le militant écologiste', 'militant écologiste', 'la militante écologiste', 'militante écologiste'], witness: ['', 'habitant de {town}', '', 'habitante de {town}'], expert: ['le professeur', 'ingénieur à l’université de {town}', 'la professeure', 'ingénieure à l’université de {town}'], hub: ['le ministre', 'ministre fédéral', 'la ministre', 'ministre fédérale'] },
  es: { governor: ['el gobernador', 'gobernador de la región', 'la gobernadora', 'gobernadora de la región'], chief: ['el jefe de rescate', 'responsable del servicio regional de rescate', 'la jefa de rescate'], director: ['el director general', 'máximo responsable de la empresa', 'la directora general', 'máxima responsable de la empresa'], activist: ['el activista ambiental', 'activista ambiental', 'la activista ambiental'], witness: ['', 'vecino de {town}', '', 'vecina de {town}'], expert: ['el profesor', 'ingeniero de la Universidad de {town}', 'la profesora', 'ingeniera de la Universidad de {town}'], hub: ['el ministro', 'ministro federal', 'la ministra', 'ministra federal'] },
};

class ArticleWriter {
  readonly parts: string[] = [];
  private named = new Set<Role>();
  private readonly fills: Record<string, string>;

  constructor(readonly s: Story, readonly out: Outlet, readonly rng: Rng) {
    const L = out.lang;
    const sp = (n: NameSrc) => spell(n, L, out.style);
    this.fills = {
      town: sp(s.town), village: sp(s.village), river: sp(s.river),
      country: COUNTRIES[s.country]![L], company: ORG_PATTERN[s.orgKind][L](spell(s.town, L, out.style)), acr: s.acronym,
      agency: AGENCIES[rng.pick(['emergencies', 'regional'])]![L], police: AGENCIES.police![L], prosecutor: AGENCIES.prosecutor![L], union: AGENCIES.union![L],
      org: sp(s.worldOrg), wire: rng.pick(NEWS_AGENCIES), outlet: out.name,
    };
  }

  get lang(): GenLang {
    return this.out.lang;
  }

  private person(role: Role): Person {
    const p = this.s.people;
    return role === 'hub' ? p.hub!.p : p[role];
  }

  /** "Governor Yevgeny Kharitonov" the first time, "Kharitonov" afterwards. `form`: t = with title, d = with description. */
  name(role: Role, form: 't' | 'd' | 'plain' | 'age' = 't'): string {
    const p = this.person(role);
    const L = this.lang;
    const family = spell(p.family, L, this.out.style);
    if (this.named.has(role)) return family;
    this.named.add(role);
    const full = `${spell(p.given, L, this.out.style)} ${family}`;
    const t = TITLES[L][role];
    const title = (p.female && t[2]) || t[0];
    const d = ((p.female && t[3]) || t[1]).replace('{town}', this.fills.town!);
    if (form === 'age') return L === 'en' ? `${full}, ${p.age},` : L === 'nb' ? `${full} (${p.age})` : L === 'de' ? `${full} (${p.age})` : L === 'fr' ? `${full}, ${p.age} ans,` : `${full}, de ${p.age} años,`;
    if (form === 'd' || !title) return `${full}, ${d},`;
    if (form === 'plain') return full;
    return `${title} ${full}`;
  }

  fill(template: string): string {
    return template.replace(/\{(\w+)(?::(\w+))?\}/g, (_, key: string, arg?: string) => {
      if (key === 'P') return this.name(arg as Role, 't');
      if (key === 'Pd') return this.name(arg as Role, 'd');
      if (key === 'Pp') return this.name(arg as Role, 'plain');
      if (key === 'Pa') return this.name(arg as Role, 'age');
      if (key === 'Pg') {
        // Genitive in nb/de ("Kharitonovs"), plain elsewhere.
        const n = this.name(arg as Role, 'plain');
        return (this.lang === 'nb' || this.lang === 'de') && !/s$/.test(n) ? `${n}s` : n;
      }
      return this.fills[key] ?? key;
    });
  }

  para(...sentences: string[]): void {
    this.parts.push(sentences.map((x) => this.tidy(this.fill(x))).join(' '));
  }

  /** Punctuation left by the slots, and French elision ("de Ozersk" -> "d’Ozersk"). */
  tidy(x: string): string {
    let t = cap1(x.replace(/\s+,/g, ',').replace(/,,/g, ',').replace(/,\./g, '.'));
    if (this.lang === 'fr') t = t.replace(/\b([dD]e|[lL]e|[lL]a) (?=[AEIOUYÉÈaeiouéè])/g, (_, w: string) => `${w[0]}’`).replace(/\bà le /g, 'au ').replace(/\bde le /g, 'du ');
    return t;
  }

  get length(): number {
    return this.parts.reduce((n, p) => n + p.length + 2, 0);
  }
}

/** Sentence templates per fact: {F} is the figure phrase, {N} the figure without its noun, {T} a time qualifier. */
const FACT_SENTENCES: Record<GenLang, Partial<Record<FactKey, string[]>>> = {
  en: {
    evacuated: ['{F} have been evacuated from {village} and the low-lying parts of {town}{T}, according to {agency}.', 'Officials said {F} had left their homes{T}.', '{agency} put the number of evacuees at {N}{T}.'],
    dead: ['{F} were killed{T}, {P:governor} said.', 'The death toll rose to {N}{T}, {agency} said.', 'At the hospital in {town}, doctors confirmed that {F} had died.'],
    injured: ['{F} were injured{T}, and {N2} of them remain in hospital.', 'Doctors in {town} said they had treated {F} for burns and breathing problems{T}.'],
    trapped: ['{F} are trapped underground, {Pd:chief} told reporters.', 'The flood cut off {F} in the lower galleries of the mine.'],
    rescuers: ['{F} are working at the site in shifts, {P:chief} said.', 'The operation involves {F} and a dozen pumps brought in from {country}.'],
    area: ['@dam The mud now covers {F}, {agency} said.', '@flood|dam Satellite images show that {F} are under water along the {river}.', '@wildfire The fire has burnt through {F} of forest and farmland.', '@quake|chemical The authorities have sealed off {F} around {town}.'],
    distance: ['@dam The flow stopped {F} from the dam, at the embankment of a motorway.', '@chemical|quake|flood|wildfire An exclusion zone of {F} has been set up around {town}.'],
    depth: ['The men are sheltering at a depth of {F} in a gallery the water has not reached.'],
    money: ['@dam|flood|chemical {company} announced a fund of {F} for families who lost their homes.', '@dam|flood|quake|wildfire|chemical Insurers estimate the damage at {F}.', '@dam|flood|quake|wildfire|chemical The government promised {F} in emergency aid.', '@layoffs The buyer is paying {F} for the plant.', '@layoffs {company} lost {F} last year.'],
    days: ['@dam|flood Pumping out the water could take {F}, {P:chief} warned.', '@strike The strike has now lasted {F}.', '@dam|flood|quake|chemical|wildfire Engineers expect the work to take {F}.', '@wildfire Firefighters have been battling the blaze for {F}.'],
    houses: ['{F} were damaged or destroyed, the {agency} said.', 'In {village} alone, {F} stood in water up to the windows{T}.'],
    protesters: ['{F} marched through the centre of {town}{T}, police said.', 'Organisers said {F} joined the rally{T}.'],
    arrested: ['{police} detained {F}{T}.', 'Human rights monitors counted {F} arrested across the region.'],
    signatories: ['{F} have signed the petition calling for the resignation, {Pd:activist} said.', 'By {Tday}, {F} had signed the letter{T}.'],
    jobs: ['The company plans to cut {F} over the next two years.', 'The closure would put {F} at risk, {union} warned.'],
    percent: ['@strike Workers are demanding a pay rise of {F}.', '@layoffs The company’s shares fell {F} on the news.', '@layoffs The buyer will hold {F} of the company.'],
    fine: ['A court in {town} fined {Pp:activist} {F} for “discrediting” the authorities.'],
    prison: ['Last year a councillor from {town} was sentenced to {F} in prison for similar remarks.'],
  },
  nb: {
    evacuated: ['{F} er evakuert fra {village} og de lavtliggende delene av {town}{T}, opplyser {agency}.', 'Ifølge myndighetene har {F} måttet forlate hjemmene sine{T}.', '{agency} anslår at {F} er evakuert.'],
    dead: ['{F} omkom{T}, opplyser {P:governor}.', 'Dødstallet har steget til {N}{T}.', 'Sykehuset i {town} bekrefter at {F} er døde.'],
    injured: ['{F} er skadd{T}, og {N2} av dem ligger fortsatt på sykehus.', 'Leger i {town} har behandlet {F} for brannskader og pustevansker{T}.'],
    trapped: ['{F} er innesperret under bakken, sier {Pd:chief} til lokale medier.', 'Vannet har stengt inne {F} i de nederste gangene i gruva.'],
    rescuers: ['{F} jobber på stedet i skift, ifølge {P:chief}.', 'Redningsaksjonen omfatter {F} og et titall pumper fra {country}.'],
    area: ['@dam Slammet dekker nå {F}, ifølge {agency}.', '@flood|dam Satellittbilder viser at {F} står under vann langs {river}.', '@wildfire Brannen har herjet over {F} skog og dyrket mark.', '@quake|chemical Myndighetene har sperret av {F} rundt {town}.'],
    distance: ['@dam Slamstrømmen stanset først {F} fra dammen.', '@chemical|quake|flood|wildfire Myndighetene har opprettet en sikkerhetssone på {F} rundt {town}.'],
    depth: ['Mennene sitter på {F} dyp i en gang som vannet ikke har nådd.'],
    money: ['@dam|flood|chemical {company} har satt av {F} til familier som har mistet hjemmet sitt.', '@dam|flood|quake|wildfire|chemical Forsikringsselskapene anslår skadene til {F}.', '@dam|flood|quake|wildfire|chemical Regjeringen lover {F} i krisehjelp.', '@layoffs Kjøperen betaler {F} for fabrikken.', '@layoffs {company} tapte {F} i fjor.'],
    days: ['@dam|flood Det kan ta {F} å pumpe ut vannet, advarer {P:chief}.', '@strike Streiken har nå vart i {F}.', '@dam|flood|quake|chemical|wildfire Ingeniørene regner med at arbeidet tar {F}.', '@wildfire Brannmannskapene har kjempet mot brannen i {F}.'],
    houses: ['{F} er skadet eller ødelagt, ifølge {agency}.', 'Bare i {village} sto {F} i vann opp til vinduene{T}.'],
    protesters: ['{F} gikk i tog gjennom sentrum av {town}{T}, ifølge politiet.', 'Arrangørene sier at {F} deltok i markeringen{T}.'],
    arrested: ['{police} pågrep {F}{T}.', 'Menneskerettighetsobservatører har telt {F} pågrepet i regionen.'],
    signatories: ['{F} har skrevet under på oppropet om avgang, sier {Pd:activist}.', 'Oppropet var undertegnet av {F}{T}.'],
    jobs: ['Selskapet vil kutte {F} i løpet av to år.', '{F} står i fare dersom fabrikken legges ned, advarer {union}.'],
    percent: ['@strike Arbeiderne krever en lønnsøkning på {F}.', '@layoffs Aksjen falt {F} etter nyheten.'],
    fine: ['En domstol i {town} ila {Pp:activist} en bot på {F} for å ha «diskreditert» myndighetene.'],
    prison: ['I fjor ble en lokalpolitiker fra {town} dømt til {F} fengsel for lignende uttalelser.'],
  },
  de: {
    evacuated: ['{F} mussten {village} und die tief gelegenen Viertel von {town}{T} verlassen, teilte {agency} mit.', 'Nach Angaben der Behörden wurden {F} in Sicherheit gebracht{T}.', '{agency} bezifferte die Zahl der Evakuierten auf {N}.'],
    dead: ['{F} kamen ums Leben{T}, sagte {P:governor}.', 'Die Zahl der Toten stieg{T} auf {N}.', 'Das Krankenhaus in {town} bestätigte, dass {F} gestorben sind.'],
    injured: ['{F} wurden verletzt{T}, {N2} von ihnen liegen noch im Krankenhaus.', 'Ärzte in {town} behandelten {F} wegen Verbrennungen und Atemnot{T}.'],
    trapped: ['{F} sind unter Tage eingeschlossen, sagte {Pd:chief}.', 'Das Wasser schnitt {F} in den unteren Stollen der Grube ab.'],
    rescuers: ['{F} arbeiten im Schichtbetrieb an der Unglücksstelle, so {P:chief}.', 'Im Einsatz sind {F} und ein Dutzend Pumpen aus {country}.'],
    area: ['@dam Der Schlamm bedeckt inzwischen {F}, teilte {agency} mit.', '@flood|dam Satellitenbilder zeigen, dass {F} entlang der {river} unter Wasser stehen.', '@wildfire Das Feuer hat {F} Wald und Ackerland zerstört.', '@quake|chemical Die Behörden haben {F} rund um {town} abgesperrt.'],
    distance: ['@dam Die Schlammlawine kam erst nach {F} zum Stehen.', '@chemical|quake|flood|wildfire Um {town} wurde eine Sperrzone von {F} eingerichtet.'],
    depth: ['Die Männer harren in {F} Tiefe in einem Stollen aus, den das Wasser nicht erreicht hat.'],
    money: ['@dam|flood|chemical {company} kündigte einen Fonds von {F} für Familien an, die ihr Zuhause verloren haben.', '@dam|flood|quake|wildfire|chemical Versicherer schätzen den Schaden auf {F}.', '@dam|flood|quake|wildfire|chemical Die Regierung sagte {F} Soforthilfe zu.', '@layoffs Der Käufer zahlt {F} für das Werk.', '@layoffs {company} verlor im vergangenen Jahr {F}.'],
    days: ['@dam|flood Das Abpumpen werde {F} dauern, warnte {P:chief}.', '@strike Der Streik dauert inzwischen {F}.', '@dam|flood|quake|chemical|wildfire Die Ingenieure rechnen mit {F} Arbeit.', '@wildfire Die Feuerwehr kämpft seit {F} gegen die Flammen.'],
    houses: ['{F} wurden beschädigt oder zerstört, teilte {agency} mit.', 'Allein in {village} standen {F}{T} bis zu den Fenstern im Wasser.'],
    protesters: ['{F} zogen{T} durch die Innenstadt von {town}, teilte die Polizei mit.', 'Nach Angaben der Veranstalter nahmen {F} an der Kundgebung teil{T}.'],
    arrested: ['{police} nahm {F}{T} fest.', 'Menschenrechtler zählten {F} Festnahmen in der Region.'],
    signatories: ['{F} haben die Petition für den Rücktritt unterzeichnet, sagte {Pd:activist}.', 'Den Brief hatten {F}{T} unterschrieben.'],
    jobs: ['Das Unternehmen will in den kommenden zwei Jahren {F} streichen.', 'Bei einer Schließung stünden {F} auf dem Spiel, warnte {union}.'],
    percent: ['@strike Die Beschäftigten fordern {F} mehr Lohn.', '@layoffs Die Aktie verlor nach der Nachricht {F}.'],
    fine: ['Ein Gericht in {town} verurteilte {Pp:activist} zu einer Geldstrafe von {F} wegen „Diskreditierung“ der Behörden.'],
    prison: ['Im vergangenen Jahr war ein Gemeinderat aus {town} für ähnliche Äußerungen zu {F} Haft verurteilt worden.'],
  },
  fr: {
    evacuated: ['{F} ont été évacuées de {village} et des quartiers bas de {town}{T}, selon {agency}.', 'Selon les autorités, {F} ont dû quitter leur domicile{T}.', '{agency} a chiffré à {N} le nombre d’évacués.'],
    dead: ['{F} ont perdu la vie{T}, a indiqué {P:governor}.', 'Le bilan s’est alourdi à {N} morts{T}.', 'L’hôpital de {town} a confirmé la mort de {F}.'],
    injured: ['{F} ont été blessées{T}, dont {N2} restent hospitalisées.', 'Les médecins de {town} ont soigné {F} pour des brûlures et des difficultés respiratoires{T}.'],
    trapped: ['{F} sont bloqués sous terre, a déclaré {Pd:chief}.', 'L’eau a piégé {F} dans les galeries inférieures de la mine.'],
    rescuers: ['{F} se relaient sur le site, selon {P:chief}.', 'L’opération mobilise {F} et une douzaine de pompes venues de {country}.'],
    area: ['@dam La boue recouvre désormais {F}, selon {agency}.', '@flood|dam Les images satellites montrent que {F} sont sous l’eau le long de la {river}.', '@wildfire Le feu a parcouru {F} de forêts et de terres agricoles.', '@quake|chemical Les autorités ont bouclé {F} autour de {town}.'],
    distance: ['@dam La coulée ne s’est arrêtée qu’à {F} du barrage.', '@chemical|quake|flood|wildfire Un périmètre de sécurité de {F} a été établi autour de {town}.'],
    depth: ['Les hommes sont réfugiés à {F} de profondeur, dans une galerie que l’eau n’a pas atteinte.'],
    money: ['@dam|flood|chemical {company} a annoncé un fonds de {F} pour les familles sinistrées.', '@dam|flood|quake|wildfire|chemical Les assureurs évaluent les dégâts à {F}.', '@dam|flood|quake|wildfire|chemical Le gouvernement a promis {F} d’aide d’urgence.', '@layoffs Le repreneur paie {F} pour l’usine.', '@layoffs {company} a perdu {F} l’an dernier.'],
    days: ['@dam|flood Le pompage pourrait durer {F}, a prévenu {P:chief}.', '@strike La grève dure désormais depuis {F}.', '@dam|flood|quake|chemical|wildfire Les ingénieurs tablent sur {F} de travaux.', '@wildfire Les pompiers luttent contre les flammes depuis {F}.'],
    houses: ['{F} ont été endommagés ou détruits, selon {agency}.', 'Rien qu’à {village}, {F} avaient de l’eau jusqu’aux fenêtres{T}.'],
    protesters: ['{F} ont défilé dans le centre de {town}{T}, selon la police.', 'Les organisateurs revendiquent {F}{T}.'],
    arrested: ['{police} a interpellé {F}{T}.', 'Des observateurs ont recensé {F} arrêtées dans la région.'],
    signatories: ['{F} ont signé la pétition réclamant la démission, a affirmé {Pd:activist}.', 'La lettre avait été signée par {F}{T}.'],
    jobs: ['L’entreprise prévoit de supprimer {F} d’ici deux ans.', 'Une fermeture menacerait {F}, a averti {union}.'],
    percent: ['@strike Les salariés réclament une hausse de salaire de {F}.', '@layoffs L’action a chuté de {F} après l’annonce.'],
    fine: ['Un tribunal de {town} a condamné {Pp:activist} à une amende de {F} pour avoir « discrédité » les autorités.'],
    prison: ['L’an dernier, un conseiller municipal de {town} a été condamné à {F} de prison pour des propos similaires.'],
  },
  es: {
    evacuated: ['{F} han sido evacuadas de {village} y de los barrios bajos de {town}{T}, según {agency}.', 'Según las autoridades, {F} tuvieron que abandonar sus casas{T}.', '{agency} cifró en {N} el número de evacuados.'],
    dead: ['{F} murieron{T}, informó {P:governor}.', 'El número de muertos ascendió a {N}{T}.', 'El hospital de {town} confirmó la muerte de {F}.'],
    injured: ['{F} resultaron heridas{T}, y {N2} siguen hospitalizadas.', 'Los médicos de {town} atendieron a {F} por quemaduras y problemas respiratorios{T}.'],
    trapped: ['{F} están atrapados bajo tierra, dijo {Pd:chief}.', 'El agua dejó aislados a {F} en las galerías inferiores de la mina.'],
    rescuers: ['{F} trabajan por turnos en el lugar, según {P:chief}.', 'En la operación participan {F} y una docena de bombas llegadas de {country}.'],
    area: ['@dam El lodo cubre ya {F}, según {agency}.', '@flood|dam Las imágenes de satélite muestran que {F} están bajo el agua a lo largo del {river}.', '@wildfire El fuego ha arrasado {F} de bosque y cultivos.', '@quake|chemical Las autoridades han acordonado {F} alrededor de {town}.'],
    distance: ['@dam La avalancha de lodo se detuvo a {F} de la presa.', '@chemical|quake|flood|wildfire Se ha establecido un perímetro de seguridad de {F} alrededor de {town}.'],
    depth: ['Los hombres esperan a {F} de profundidad en una galería a la que no ha llegado el agua.'],
    money: ['@dam|flood|chemical {company} anunció un fondo de {F} para las familias que han perdido su casa.', '@dam|flood|quake|wildfire|chemical Las aseguradoras calculan los daños en {F}.', '@dam|flood|quake|wildfire|chemical El Gobierno prometió {F} en ayudas de emergencia.', '@layoffs El comprador pagará {F} por la planta.', '@layoffs {company} perdió {F} el año pasado.'],
    days: ['@dam|flood El bombeo podría durar {F}, advirtió {P:chief}.', '@strike La huelga dura ya {F}.', '@dam|flood|quake|chemical|wildfire Los ingenieros calculan {F} de trabajo.', '@wildfire Los bomberos llevan {F} luchando contra las llamas.'],
    houses: ['{F} resultaron dañadas o destruidas, según {agency}.', 'Solo en {village}, {F} quedaron con agua hasta las ventanas{T}.'],
    protesters: ['{F} marcharon por el centro de {town}{T}, según la policía.', 'Los organizadores calcularon en {N} los asistentes{T}.'],
    arrested: ['{police} detuvo a {F}{T}.', 'Observadores de derechos humanos contaron {F} detenidas en la región.'],
    signatories: ['{F} han firmado la petición de dimisión, afirmó {Pd:activist}.', 'La carta la habían firmado {F}{T}.'],
    jobs: ['La empresa prevé recortar {F} en los próximos dos años.', 'El cierre pondría en peligro {F}, advirtió {union}.'],
    percent: ['@strike Los trabajadores exigen una subida salarial del {F}.', '@layoffs Las acciones cayeron un {F} tras el anuncio.'],
    fine: ['Un tribunal de {town} impuso a {Pp:activist} una multa de {F} por «desacreditar» a las autoridades.'],
    prison: ['El año pasado, un concejal de {town} fue condenado a {F} de prisión por declaraciones similares.'],
  },
};

const HEADLINES: Record<GenLang, Record<EventKind, string[]>> = {
  en: { dam: ['Tailings dam bursts near {town}, miners trapped', 'Mudslide after dam failure at {company}'], flood: ['Floods force thousands from homes along the {river}', '{river} bursts its banks in {town}'], wildfire: ['Wildfire near {town} forces evacuations', 'Forest fire spreads towards {village}'], chemical: ['Blast at {company} injures workers', 'Toxic cloud over {town} after plant fire'], strike: ['Strike at {company} enters another week', 'Workers march in {town} over pay'], petition: ['Local officials sign petition demanding resignation', 'Councillors in {town} defy the Kremlin line'], layoffs: ['{company} to cut jobs in {town}', 'Job cuts announced at {company}'], quake: ['Earthquake shakes {town}, rescuers search rubble', 'Quake damages homes across the {river} valley'] },
  nb: { dam: ['Dambrudd ved {town} – gruvearbeidere innesperret', 'Slamskred etter dambrudd hos {company}'], flood: ['Flom langs {river}: tusenvis evakuert', '{river} gikk over sine bredder i {town}'], wildfire: ['Skogbrann ved {town} – innbyggere evakuert', 'Brannen sprer seg mot {village}'], chemical: ['Eksplosjon ved {company}', 'Giftig røyk over {town} etter fabrikkbrann'], strike: ['Streiken ved {company} trekker ut', 'Arbeidere i tog i {town}'], petition: ['Lokalpolitikere krever avgang i opprop', 'Opprop fra {town} utfordrer Kreml'], layoffs: ['{company} kutter i {town}', 'Nedbemanning ved {company}'], quake: ['Jordskjelv rystet {town}', 'Hus ødelagt i {river}-dalen etter skjelv'] },
  de: { dam: ['Dammbruch bei {town} – Bergleute eingeschlossen', 'Schlammlawine nach Dammbruch bei {company}'], flood: ['Hochwasser an der {river}: Tausende verlassen ihre Häuser', 'Die {river} tritt in {town} über die Ufer'], wildfire: ['Waldbrand bei {town}: Evakuierungen', 'Feuer rückt auf {village} vor'], chemical: ['Explosion in Werk bei {town}', 'Giftwolke über {town} nach Brand'], strike: ['Streik bei {company} geht weiter', 'Beschäftigte demonstrieren in {town}'], petition: ['Kommunalpolitiker fordern Rücktritt', 'Petition aus {town} gegen den Kreml'], layoffs: ['{company} streicht Stellen in {town}', 'Stellenabbau bei {company}'], quake: ['Erdbeben erschüttert {town}', 'Häuser im Tal der {river} beschädigt'] },
  fr: { dam: ['Rupture de barrage près de {town} : des mineurs bloqués', 'Coulée de boue après la rupture d’un barrage de {company}'], flood: ['Crue de la {river} : des milliers d’évacués', 'La {river} sort de son lit à {town}'], wildfire: ['Incendie près de {town} : des évacuations', 'Le feu progresse vers {village}'], chemical: ['Explosion dans une usine de {town}', 'Nuage toxique sur {town} après un incendie'], strike: ['La grève se prolonge chez {company}', 'Manifestation à {town} pour les salaires'], petition: ['Des élus locaux réclament la démission', 'Une pétition de {town} défie le Kremlin'], layoffs: ['{company} supprime des emplois à {town}', 'Plan social chez {company}'], quake: ['Un séisme secoue {town}', 'Des maisons détruites dans la vallée de la {river}'] },
  es: { dam: ['Se rompe una presa cerca de {town} y deja mineros atrapados', 'Avalancha de lodo tras el fallo de una presa de {company}'], flood: ['La crecida del {river} obliga a evacuar a miles de personas', 'El {river} se desborda en {town}'], wildfire: ['Un incendio cerca de {town} obliga a evacuar', 'El fuego avanza hacia {village}'], chemical: ['Explosión en una planta de {town}', 'Nube tóxica sobre {town} tras un incendio'], strike: ['Se alarga la huelga en {company}', 'Marcha obrera en {town} por los salarios'], petition: ['Concejales piden la dimisión en una carta', 'Una petición desde {town} desafía al Kremlin'], layoffs: ['{company} recortará empleo en {town}', 'Despidos en {company}'], quake: ['Un terremoto sacude {town}', 'Viviendas dañadas en el valle del {river}'] },
};

/** Quotes and background: no figures, names and organisations. "@kinds " limits a line to some kinds of story. */
const D = '@dam|flood|wildfire|chemical|quake ';
const QUOTES: Record<GenLang, string[]> = {
  en: ['@dam|flood “We are working around the clock. The priority is to lower the water level in the bottom galleries,” said {P:chief}.', '“We warned them last spring and were called alarmists,” {Pd:activist} told {outlet}.', '@dam|flood “He called me at five in the morning and said the water was rising,” said {Pa:witness} whose husband works at the site.', `${D}{P:governor} promised an investigation “without indulgence” and said those responsible would answer for it.`, `${D}{Pp:director} apologised to residents in a video statement and said {company} would pay for temporary housing.`, '@dam|chemical|quake “The structure was never designed for this load,” said {Pd:expert}.', 'Speaking in the capital, {P:hub} said the government was following the situation closely.', '@wildfire|quake “We took the children and the documents and left everything else,” said {Pa:witness}.', '@strike|layoffs “Nobody asked us. We read about it in the newspaper,” said {Pa:witness} who has worked at the plant for twenty years.', '@strike|layoffs {Pp:director} said the company had “no other choice” given the market.', '@petition “We are not afraid. Someone has to say it out loud,” {Pd:activist} told {outlet}.', '@petition {P:governor} called the letter “a provocation” and said the signatories would face consequences.', '@petition|strike {P:hub} declined to comment on the letter when asked by reporters.'],
  nb: ['@dam|flood – Vi jobber døgnet rundt. Det viktigste nå er å få ned vannstanden, sier {P:chief}.', '«Vi varslet i fjor vår og ble kalt panikkmakere», sier {Pd:activist} til {outlet}.', '@dam|flood «Han ringte meg klokka fem og sa at vannet steg», forteller {Pa:witness}.', `${D}{P:governor} har lovet en grundig gransking og sier at de ansvarlige skal stilles til ansvar.`, `${D}{Pp:director} har beklaget overfor innbyggerne og sier at {company} vil dekke midlertidige boliger.`, '@dam|chemical|quake – Anlegget var aldri bygget for en slik belastning, sier {Pd:expert}.', 'I hovedstaden sier {P:hub} at regjeringen følger situasjonen nøye.', `${D}Ifølge {Pg:governor} kontor skal alle anlegg i regionen kontrolleres.`, '@wildfire|quake «Vi tok med barna og papirene og lot resten ligge», sier {Pa:witness}.', '@strike|layoffs «Ingen spurte oss. Vi leste det i avisen», sier {Pa:witness}, som har jobbet ved fabrikken i tjue år.', '@strike|layoffs {Pp:director} sier at selskapet «ikke hadde noe valg».', '@petition – Vi er ikke redde. Noen må si det høyt, sier {Pd:activist} til {outlet}.', '@petition {P:governor} kaller brevet «en provokasjon».', '@petition|strike {P:hub} ville ikke kommentere brevet.'],
  de: ['@dam|flood „Wir arbeiten rund um die Uhr. Vorrang hat, den Wasserstand in den unteren Stollen zu senken“, sagte {P:chief}.', '„Wir haben im vergangenen Frühjahr gewarnt und wurden Panikmacher genannt“, sagte {Pd:activist} gegenüber {outlet}.', '@dam|flood „Er rief mich um fünf Uhr morgens an und sagte, das Wasser steige“, erzählt {Pa:witness}.', `${D}{P:governor} kündigte eine lückenlose Aufklärung an.`, `${D}{Pp:director} entschuldigte sich in einer Videobotschaft bei den Anwohnern, {company} werde Notunterkünfte bezahlen.`, '@dam|chemical|quake „Die Anlage war nie für eine solche Belastung ausgelegt“, sagte {Pd:expert}.', 'In der Hauptstadt sagte {P:hub}, die Regierung verfolge die Lage genau.', `${D}Nach {Pg:governor} Worten sollen alle Anlagen der Region überprüft werden.`, '@wildfire|quake „Wir haben die Kinder und die Papiere genommen und alles andere zurückgelassen“, sagt {Pa:witness}.', '@strike|layoffs „Niemand hat uns gefragt. Wir haben es aus der Zeitung erfahren“, sagt {Pa:witness}.', '@strike|layoffs {Pp:director} sagte, das Unternehmen habe „keine andere Wahl“ gehabt.', '@petition „Wir haben keine Angst. Jemand muss es laut sagen“, sagte {Pd:activist}.', '@petition {P:governor} nannte den Brief „eine Provokation“.', '@petition|strike {P:hub} wollte sich zu dem Brief nicht äußern.'],
  fr: ['@dam|flood « Nous travaillons jour et nuit. La priorité est de faire baisser le niveau de l’eau », a déclaré {P:chief}.', '« Nous avions alerté au printemps dernier et on nous a traités d’alarmistes », a confié {Pd:activist} à {outlet}.', '@dam|flood « Il m’a appelée à cinq heures du matin pour me dire que l’eau montait », raconte {Pa:witness}.', `${D}{P:governor} a promis une enquête « sans complaisance ».`, `${D}{Pp:director} a présenté ses excuses aux habitants et assuré que l’entreprise paierait les relogements.`, '@dam|chemical|quake « L’ouvrage n’a jamais été conçu pour une telle charge », estime {Pd:expert}.', 'Depuis la capitale, {P:hub} a assuré que le gouvernement suivait la situation de près.', '@wildfire|quake « Nous avons pris les enfants et les papiers, et laissé tout le reste », raconte {Pa:witness}.', '@strike|layoffs « Personne ne nous a demandé notre avis. Nous l’avons appris par le journal », dit {Pa:witness}.', '@strike|layoffs {Pp:director} a affirmé que l’entreprise n’avait « pas d’autre choix ».', '@petition « Nous n’avons pas peur. Il faut bien que quelqu’un le dise », a déclaré {Pd:activist}.', '@petition {P:governor} a qualifié la lettre de « provocation ».', '@petition|strike {P:hub} n’a pas souhaité commenter la lettre.'],
  es: ['@dam|flood “Trabajamos día y noche. Lo prioritario es bajar el nivel del agua”, dijo {P:chief}.', '“Avisamos la primavera pasada y nos llamaron alarmistas”, dijo {Pd:activist} a {outlet}.', '@dam|flood “Me llamó a las cinco de la mañana y me dijo que el agua subía”, relata {Pa:witness}.', `${D}{P:governor} prometió una investigación “sin contemplaciones”.`, `${D}{Pp:director} pidió perdón a los vecinos y aseguró que la empresa pagará los alojamientos temporales.`, '@dam|chemical|quake “La estructura nunca se diseñó para semejante carga”, señaló {Pd:expert}.', 'Desde la capital, {P:hub} aseguró que el Gobierno sigue de cerca la situación.', '@wildfire|quake “Cogimos a los niños y los papeles y dejamos todo lo demás”, cuenta {Pa:witness}.', '@strike|layoffs “Nadie nos preguntó. Nos enteramos por el periódico”, dice {Pa:witness}.', '@strike|layoffs {Pp:director} afirmó que la empresa “no tenía otra opción”.', '@petition “No tenemos miedo. Alguien tiene que decirlo en voz alta”, afirmó {Pd:activist}.', '@petition {P:governor} calificó la carta de “provocación”.', '@petition|strike {P:hub} declinó comentar la carta.'],
};
const BACKGROUND: Record<GenLang, string[]> = {
  en: ['@dam The dam was built in 1988 and held back waste from the copper plant.', `${D}Residents of {village} spent the night in school gymnasiums and in buses parked outside the town hall.`, '@dam|chemical {org} said it had asked {company} ({acr}) for its inspection reports last year without an answer.', '@dam|flood Local television showed roofs sticking out of a grey mass and cars carried away by the current.', `${D}The road to {town} along the {river} remains closed, and trains are running with long delays.`, 'The regional parliament will hold an emergency session next week, {wire} reported.', `${D}Volunteers from {org} have set up a kitchen in the sports hall and are collecting blankets.`, '@dam|flood|wildfire Weather forecasters expect more rain and wind in the coming days, which could complicate the work.', `${D}It is the worst disaster in the region since the floods of 2013.`, '@dam|chemical|layoffs Critics say inspections at the site were cut back after {company} changed owners.', '@wildfire The fire started in a dry pine forest north of {village} and was driven by strong winds.', '@quake The tremor was felt as far away as the regional capital, and aftershocks continued through the night.', '@chemical Residents were told to keep their windows closed and to avoid drinking tap water.', '@strike|layoffs The plant is the largest employer in {town}, and half the town depends on it one way or another.', '@strike The union says management has refused to negotiate since the spring.', '@layoffs {company} blames falling prices and the cost of energy.', '@petition The letter was addressed to the {org} and published on social media.', '@petition Several of the signatories have been summoned by the police for questioning.', '@petition Similar letters have appeared in other cities, although most were withdrawn within days.'],
  nb: ['@dam Dammen ble bygget i 1988 og holdt tilbake avfall fra kobberverket.', `${D}Innbyggerne i {village} tilbrakte natten i gymsaler og i busser utenfor rådhuset.`, '@dam|chemical {org} sier at de ba {company} ({acr}) om inspeksjonsrapportene i fjor uten å få svar.', '@dam|flood Lokal-TV viste hustak som stakk opp av en grå masse og biler som ble tatt av strømmen.', `${D}Veien til {town} langs {river} er fortsatt stengt, og togene går med store forsinkelser.`, 'Regionparlamentet skal holde et ekstraordinært møte neste uke, melder {wire}.', `${D}Frivillige fra {org} har satt opp et kjøkken i idrettshallen og samler inn tepper.`, '@dam|flood|wildfire Meteorologene venter mer regn og vind de kommende dagene.', `${D}Det er den verste ulykken i regionen siden flommen i 2013.`, '@dam|chemical|layoffs Kritikere mener at tilsynet ble bygget ned etter at {company} skiftet eier.', '@wildfire Brannen startet i en tørr furuskog nord for {village} og ble drevet fram av sterk vind.', '@quake Skjelvet ble merket helt til regionhovedstaden, og etterskjelvene fortsatte gjennom natten.', '@chemical Innbyggerne ble bedt om å holde vinduene lukket og ikke drikke vann fra springen.', '@strike|layoffs Fabrikken er den største arbeidsgiveren i {town}.', '@strike Fagforeningen sier at ledelsen har nektet å forhandle siden våren.', '@layoffs {company} viser til fallende priser og høye energikostnader.', '@petition Brevet var adressert til {org} og ble publisert i sosiale medier.', '@petition Flere av underskriverne er innkalt til avhør hos politiet.', '@petition Lignende brev har dukket opp i andre byer, men de fleste ble trukket tilbake.'],
  de: ['@dam Der Damm war 1988 errichtet worden und hielt die Abfälle des Kupferwerks zurück.', `${D}Die Bewohner von {village} verbrachten die Nacht in Turnhallen und in Bussen vor dem Rathaus.`, '@dam|chemical {org} erklärte, man habe {company} ({acr}) im vergangenen Jahr vergeblich um die Prüfberichte gebeten.', '@dam|flood Das Regionalfernsehen zeigte Dächer, die aus einer grauen Masse ragten.', `${D}Die Straße nach {town} entlang der {river} bleibt gesperrt, Züge fahren mit großen Verspätungen.`, 'Das Regionalparlament kommt nächste Woche zu einer Sondersitzung zusammen, berichtete {wire}.', `${D}Freiwillige von {org} haben in der Sporthalle eine Küche eingerichtet und sammeln Decken.`, '@dam|flood|wildfire Meteorologen erwarten in den kommenden Tagen weiteren Regen und Wind.', `${D}Es ist die schwerste Katastrophe in der Region seit dem Hochwasser von 2013.`, '@dam|chemical|layoffs Kritiker sagen, die Kontrollen seien nach dem Eigentümerwechsel bei {company} zurückgefahren worden.', '@wildfire Das Feuer brach in einem trockenen Kiefernwald nördlich von {village} aus.', '@quake Das Beben war bis in die Gebietshauptstadt zu spüren, Nachbeben hielten die ganze Nacht an.', '@chemical Die Bewohner wurden aufgefordert, die Fenster geschlossen zu halten und kein Leitungswasser zu trinken.', '@strike|layoffs Das Werk ist der größte Arbeitgeber in {town}.', '@strike Die Gewerkschaft wirft der Geschäftsführung vor, seit dem Frühjahr jede Verhandlung zu verweigern.', '@layoffs {company} verweist auf gefallene Preise und hohe Energiekosten.', '@petition Der Brief war an die {org} gerichtet und wurde in sozialen Netzwerken veröffentlicht.', '@petition Mehrere Unterzeichner wurden zur Vernehmung bei der Polizei vorgeladen.', '@petition Ähnliche Briefe tauchten in anderen Städten auf, die meisten wurden nach wenigen Tagen zurückgezogen.'],
  fr: ['@dam Le barrage, construit en 1988, retenait les résidus de l’usine de cuivre.', `${D}Les habitants de {village} ont passé la nuit dans des gymnases et des autocars garés devant la mairie.`, '@dam|chemical {org} affirme avoir demandé en vain ses rapports d’inspection à {company} ({acr}) l’an dernier.', '@dam|flood La télévision locale a montré des toits émergeant d’une masse grise.', `${D}La route de {town} le long de la {river} reste fermée, et les trains circulent avec de longs retards.`, 'Le parlement régional tiendra une session extraordinaire la semaine prochaine, selon {wire}.', `${D}Des bénévoles de {org} ont installé une cuisine dans le gymnase et collectent des couvertures.`, '@dam|flood|wildfire Les prévisionnistes attendent de nouvelles pluies et du vent dans les prochains jours.', `${D}Il s’agit de la pire catastrophe dans la région depuis les inondations de 2013.`, '@dam|chemical|layoffs Selon des critiques, les contrôles ont été réduits après le changement de propriétaire de {company}.', '@wildfire Le feu est parti d’une pinède sèche au nord de {village}, attisé par un vent violent.', '@quake La secousse a été ressentie jusque dans la capitale régionale, et les répliques se sont succédé toute la nuit.', '@chemical Les habitants ont reçu la consigne de garder leurs fenêtres fermées et de ne pas boire l’eau du robinet.', '@strike|layoffs L’usine est le premier employeur de {town}.', '@strike Le syndicat accuse la direction de refuser toute négociation depuis le printemps.', '@layoffs {company} invoque la chute des prix et le coût de l’énergie.', '@petition La lettre était adressée à la {org} et a été publiée sur les réseaux sociaux.', '@petition Plusieurs signataires ont été convoqués par la police pour être entendus.', '@petition Des lettres similaires sont apparues dans d’autres villes, mais la plupart ont été retirées.'],
  es: ['@dam La presa se construyó en 1988 y contenía los residuos de la planta de cobre.', `${D}Los vecinos de {village} pasaron la noche en polideportivos y en autobuses aparcados frente al ayuntamiento.`, '@dam|chemical {org} asegura que pidió a {company} ({acr}) sus informes de inspección el año pasado sin obtener respuesta.', '@dam|flood La televisión local mostró tejados que asomaban de una masa gris.', `${D}La carretera a {town} junto al {river} sigue cortada y los trenes circulan con grandes retrasos.`, 'El parlamento regional celebrará una sesión extraordinaria la próxima semana, según {wire}.', `${D}Voluntarios de {org} han montado una cocina en el polideportivo y recogen mantas.`, '@dam|flood|wildfire Los meteorólogos prevén más lluvia y viento en los próximos días.', `${D}Es la peor catástrofe en la región desde las inundaciones de 2013.`, '@dam|chemical|layoffs Los críticos sostienen que las inspecciones se redujeron tras el cambio de propietario de {company}.', '@wildfire El fuego comenzó en un pinar seco al norte de {village}, empujado por fuertes vientos.', '@quake El temblor se sintió hasta en la capital regional y las réplicas continuaron toda la noche.', '@chemical Se pidió a los vecinos que mantuvieran las ventanas cerradas y no bebieran agua del grifo.', '@strike|layoffs La planta es el mayor empleador de {town}.', '@strike El sindicato acusa a la dirección de negarse a negociar desde la primavera.', '@layoffs {company} atribuye la decisión a la caída de los precios y al coste de la energía.', '@petition La carta iba dirigida a la {org} y se publicó en las redes sociales.', '@petition Varios firmantes han sido citados a declarar por la policía.', '@petition Han aparecido cartas similares en otras ciudades, aunque la mayoría fueron retiradas en pocos días.'],
};
/** More context, added to BACKGROUND below. */
const CONTEXT: Record<GenLang, string[]> = {
  en: ["The news spread quickly on local messaging channels, where residents shared photos and videos.", "{org} called on the authorities in {country} to publish everything they know.", "{P:hub} is expected to visit {town} later this week, according to {wire}.", "Opposition members of the regional parliament demanded a hearing with {Pp:governor}.", "{outlet} was unable to reach {company} for comment.", "The events in {town} have drawn attention far beyond {country}.", "Earlier this year, a similar case in another region ended without charges.", "A spokesperson for {org} said the organisation would send observers to {town}.", "@dam|flood|wildfire|chemical|quake Many families in {village} say they have not yet received any help.", "@dam|flood|wildfire|chemical|quake Schools in {town} will stay closed until further notice.", "@dam|flood|wildfire|chemical|quake The authorities have opened a hotline for relatives.", "@strike|layoffs Talks between {union} and the management are scheduled for next week.", "@strike|layoffs Shopkeepers in {town} fear for their own businesses if the plant closes.", "@strike|layoffs The regional government has offered to mediate.", "@petition Independent media that reported on the letter have since been blocked.", "@petition Lawyers for the signatories say the charges have no legal basis.", "@petition The initiative began in {town} and spread through a network of municipal councils."],
  nb: ["Nyheten spredte seg raskt i lokale meldingskanaler, der innbyggerne delte bilder og videoer.", "{org} ber myndighetene i {country} om å offentliggjøre alt de vet.", "{P:hub} skal etter planen besøke {town} senere denne uken, melder {wire}.", "Opposisjonen i regionparlamentet krever en høring med {Pp:governor}.", "{outlet} har ikke lyktes i å få en kommentar fra {company}.", "Hendelsene i {town} har vakt oppmerksomhet langt utenfor {country}.", "Tidligere i år endte en lignende sak i en annen region uten tiltale.", "En talsperson for {org} sier at organisasjonen vil sende observatører til {town}.", "@dam|flood|wildfire|chemical|quake Mange familier i {village} sier at de ennå ikke har fått noen hjelp.", "@dam|flood|wildfire|chemical|quake Skolene i {town} holdes stengt inntil videre.", "@dam|flood|wildfire|chemical|quake Myndighetene har opprettet et eget telefonnummer for pårørende.", "@strike|layoffs Forhandlinger mellom {union} og ledelsen er berammet til neste uke.", "@strike|layoffs Butikkeiere i {town} frykter for sine egne bedrifter dersom fabrikken stenger.", "@strike|layoffs Regionale myndigheter har tilbudt seg å mekle.", "@petition Uavhengige medier som omtalte brevet, er siden blitt blokkert.", "@petition Advokatene til underskriverne sier at anklagene mangler rettslig grunnlag.", "@petition Initiativet startet i {town} og spredte seg gjennom et nettverk av kommunestyrer."],
  de: ["Die Nachricht verbreitete sich schnell in lokalen Messenger-Kanälen, wo Bewohner Fotos und Videos teilten.", "{org} forderte die Behörden in {country} auf, alles offenzulegen, was sie wissen.", "{P:hub} wird nach Angaben von {wire} noch in dieser Woche in {town} erwartet.", "Die Opposition im Regionalparlament verlangte eine Anhörung von {Pp:governor}.", "{company} war für {outlet} nicht zu erreichen.", "Die Ereignisse in {town} finden weit über {country} hinaus Beachtung.", "Ein ähnlicher Fall in einer anderen Region endete Anfang des Jahres ohne Anklage.", "Ein Sprecher von {org} kündigte an, Beobachter nach {town} zu schicken.", "@dam|flood|wildfire|chemical|quake Viele Familien in {village} sagen, sie hätten noch keine Hilfe erhalten.", "@dam|flood|wildfire|chemical|quake Die Schulen in {town} bleiben bis auf Weiteres geschlossen.", "@dam|flood|wildfire|chemical|quake Die Behörden haben eine Hotline für Angehörige eingerichtet.", "@strike|layoffs Gespräche zwischen der Gewerkschaft und der Geschäftsführung sind für kommende Woche angesetzt.", "@strike|layoffs Ladenbesitzer in {town} fürchten um ihre Geschäfte, falls das Werk schließt.", "@strike|layoffs Die Regionalregierung hat angeboten zu vermitteln.", "@petition Unabhängige Medien, die über den Brief berichteten, sind inzwischen gesperrt.", "@petition Anwälte der Unterzeichner halten die Vorwürfe für rechtlich haltlos.", "@petition Die Initiative begann in {town} und verbreitete sich über ein Netz von Gemeinderäten."],
  fr: ["La nouvelle s’est répandue rapidement sur les messageries locales, où les habitants partageaient photos et vidéos.", "{org} a appelé les autorités de {country} à publier tout ce qu’elles savent.", "{P:hub} est attendu à {town} dans le courant de la semaine, selon {wire}.", "L’opposition au parlement régional a exigé une audition de {Pp:governor}.", "{company} n’a pas répondu aux sollicitations de {outlet}.", "Les événements de {town} suscitent l’attention bien au-delà de {country}.", "Plus tôt cette année, une affaire similaire dans une autre région s’est close sans poursuites.", "Un porte-parole de {org} a annoncé l’envoi d’observateurs à {town}.", "@dam|flood|wildfire|chemical|quake De nombreuses familles de {village} disent n’avoir encore reçu aucune aide.", "@dam|flood|wildfire|chemical|quake Les écoles de {town} resteront fermées jusqu’à nouvel ordre.", "@dam|flood|wildfire|chemical|quake Les autorités ont ouvert une ligne téléphonique pour les proches.", "@strike|layoffs Des discussions entre le syndicat et la direction sont prévues la semaine prochaine.", "@strike|layoffs Les commerçants de {town} craignent pour leur propre activité si l’usine ferme.", "@strike|layoffs Le gouvernement régional a proposé sa médiation.", "@petition Les médias indépendants qui ont relayé la lettre ont depuis été bloqués.", "@petition Les avocats des signataires estiment que les poursuites n’ont aucune base légale.", "@petition L’initiative est partie de {town} et s’est propagée par un réseau de conseils municipaux."],
  es: ["La noticia se difundió rápidamente por los canales de mensajería locales, donde los vecinos compartían fotos y vídeos.", "{org} pidió a las autoridades de {country} que publiquen todo lo que saben.", "{P:hub} visitará {town} a lo largo de esta semana, según {wire}.", "La oposición en el parlamento regional exigió la comparecencia de {Pp:governor}.", "{outlet} no logró obtener una respuesta de {company}.", "Lo ocurrido en {town} ha despertado interés mucho más allá de {country}.", "A principios de año, un caso similar en otra región se cerró sin cargos.", "Un portavoz de {org} anunció que la organización enviará observadores a {town}.", "@dam|flood|wildfire|chemical|quake Muchas familias de {village} aseguran que aún no han recibido ninguna ayuda.", "@dam|flood|wildfire|chemical|quake Las escuelas de {town} permanecerán cerradas hasta nuevo aviso.", "@dam|flood|wildfire|chemical|quake Las autoridades han habilitado un teléfono para los familiares.", "@strike|layoffs Las conversaciones entre el sindicato y la dirección están previstas para la próxima semana.", "@strike|layoffs Los comerciantes de {town} temen por sus propios negocios si la planta cierra.", "@strike|layoffs El gobierno regional se ha ofrecido a mediar.", "@petition Los medios independientes que informaron sobre la carta han sido bloqueados.", "@petition Los abogados de los firmantes sostienen que las acusaciones carecen de base legal.", "@petition La iniciativa nació en {town} y se extendió por una red de concejos municipales."],
};
for (const l of LANGS) BACKGROUND[l].push(...CONTEXT[l]);
/** Templates that fit a story: untagged ones fit all. */
function forKind(list: readonly string[], kind: EventKind): string[] {
  const out: string[] = [];
  for (const t of list) {
    if (!t.startsWith('@')) out.push(t);
    else {
      const sp = t.indexOf(' ');
      if (t.slice(1, sp).split('|').includes(kind)) out.push(t.slice(sp + 1));
    }
  }
  return out;
}
const DATELINE: Record<GenLang, (town: string, outlet: string) => string> = {
  en: (t, o) => `${t.toUpperCase()} (${o}) –`,
  nb: (t, o) => `${t.toUpperCase()} (${o}):`,
  de: (t) => `${t}.`,
  fr: (t, o) => `${t.toUpperCase()} (${o}) –`,
  es: (t) => `${t.toUpperCase()}. —`,
};
const SUBHEADS: Record<GenLang, string[]> = {
  en: ['Warnings ignored', 'Rescue continues', 'Questions for the company', 'Anger in the town'],
  nb: ['Varslet i fjor', 'Redningsarbeidet fortsetter', 'Spørsmål til selskapet', 'Sinne i byen'],
  de: ['Kritik am Betreiber', 'Rettung geht weiter', 'Fragen an das Unternehmen', 'Wut in der Stadt'],
  fr: ['Une enquête pénale', 'Les secours continuent', 'Des questions pour l’entreprise', 'La colère monte'],
  es: ['Avisos ignorados', 'Sigue el rescate', 'Preguntas para la empresa', 'Indignación en la ciudad'],
};

function writeArticle(s: Story, out: Outlet, k: number, seed: number, targetChars: number): SourceFile {
  const rng = new Rng(hash(seed, s.idx, k, 0xa271c1e));
  const w = new ArticleWriter(s, out, rng);
  const L = out.lang;
  const { iso, wd } = isoDate(s.day + (rng.chance(0.4) ? 1 : 0));
  const evWd = isoDate(s.day).wd;
  const title = cap1(w.fill(rng.pick(HEADLINES[L][s.kind])));
  const told = s.facts.filter(() => rng.chance(0.85)).map((f) => tellFact(f, rng));
  if (told.length === 0) told.push(tellFact(s.facts[0]!, rng));
  // The lede tells the story's main fact.
  const rank = (t: Told) => EVENT_FACTS[s.kind].indexOf(t.fact.key);
  const lead = told.reduce((best, t, i) => (rank(t) < rank(told[best]!) ? i : best), 0);
  [told[0], told[lead]] = [told[lead]!, told[0]!];
  const factSentence = (t: Told): string => {
    const all = FACT_SENTENCES[L][t.fact.key] ?? FACT_SENTENCES.en[t.fact.key]!;
    const fit = forKind(all, s.kind);
    const tpl = fit.length ? rng.pick(fit) : forKind(all.map((x) => x.replace(/^@\S+ /, '')), s.kind)[0]!;
    const F = figurePhrase(t, L, out, rng);
    const N = figurePhrase(t, L, out, rng, true);
    const part = Math.max(1, Math.round(t.value / rng.range(2, 5)));
    return tpl
      .replace('{F}', F)
      .replace('{N}', N)
      .replace('{N2}', fmtInt(part, L, rng))
      .replace('{T}', timePhrase(L, evWd, t.time, rng))
      .replace('{Tday}', WEEKDAYS[L][(evWd + 1) % 7]!);
  };
  // Lede: dateline, the main fact, the company.
  const first = told[0]!;
  const lede = `${DATELINE[L](w.fill('{town}'), out.name)} ${cap1(factSentence(first))}`;
  w.parts.push(w.tidy(w.fill(lede)));
  const rest = told.slice(1);
  const quotes = rng.shuffle(forKind(QUOTES[L], s.kind)).filter((q) => s.people.hub || !q.includes(':hub'));
  const background = rng.shuffle(forKind(BACKGROUND[L], s.kind)).filter((q) => s.people.hub || !q.includes(":hub"));
  let qi = 0;
  let bi = 0;
  let sub = false;
  let restated = 0;
  // Figures one or two at a time, each followed by a quote or by background, until the article is long enough.
  while (rest.length || w.length < targetChars) {
    if (rest.length) {
      const a = rest.shift()!;
      const b = rest.length && rng.chance(0.5) ? rest.shift() : undefined;
      const extra = bi < background.length && rng.chance(0.35) ? [background[bi++]!] : [];
      w.para(factSentence(a), ...(b ? [factSentence(b)] : []), ...extra);
    }
    if (qi < quotes.length && w.length < targetChars) {
      const q = quotes[qi++]!;
      w.para(q, ...(qi < quotes.length && rng.chance(0.3) ? [quotes[qi++]!] : []));
    }
    if (!sub && w.length > targetChars * 0.5 && bi < background.length && rng.chance(0.6)) {
      w.parts.push(rng.pick(SUBHEADS[L]));
      sub = true;
    }
    if (w.length < targetChars && bi < background.length) {
      const n = rng.range(1, 3);
      w.para(...background.slice(bi, bi + n));
      bi += n;
    }
    if (!rest.length && qi >= quotes.length && bi >= background.length) {
      // Out of material: restate what was already told (news copy does), in other words where there are any.
      if (w.length < targetChars * 0.85 && restated++ < 4) {
        w.para(factSentence(rng.pick(told)), ...(told.length > 1 ? [factSentence(rng.pick(told))] : []));
        continue;
      }
      break;
    }
  }
  const body = w.parts.join('\n\n') + '\n';
  const slug = slugify(title).split('-').slice(0, 6).join('-');
  let text: string;
  let ext = 'txt';
  if (out.format === 0) {
    ext = 'md';
    text = `---\nsource: ${out.name}\ndate: ${iso}\nlang: ${L}\nurl: https://example.org/${out.slug}/${iso.replace(/-/g, '/')}/${slug}\ntitle: "${title.replace(/"/g, '\\"')}"\n---\n\n${body}`;
  } else if (out.format === 1) text = `date ${iso}\n\n${title}\n\n${body}`;
  else text = `${title}\n\n${body}`;
  return { id: `${out.slug}/${iso}-${slug}-${s.idx}-${k}.${ext}`, text };
}

// ------------------------------------------------------------------------------------------------ API
export interface GenerateOptions {
  /** Mean article length in characters (about 3 KB by default). */
  meanChars?: number;
}

/** `n` articles, deterministic in (n, seed); prefixes are stable (generateCorpus(k) = generateCorpus(n).slice(0, k)). */
export function generateCorpus(n: number, seed = 1, options: GenerateOptions = {}): SourceFile[] {
  const world = makeWorld(seed);
  const mean = options.meanChars ?? 3500;
  const out: SourceFile[] = [];
  for (let si = 0; out.length < n; si++) {
    const story = makeStory(world, seed, si);
    story.outlets.forEach((o, k) => {
      if (out.length >= n) return;
      const target = Math.round(mean * (0.7 + 0.6 * new Rng(hash(seed, si, k, 7)).next()));
      out.push(writeArticle(story, o, k, seed, target));
    });
  }
  return out;
}

/** One long article (for decoration timings): several stories' bodies in one language under one front matter. */
export function generateLongArticle(targetChars: number, seed = 1, lang: GenLang = 'en'): SourceFile {
  const world = makeWorld(seed);
  const outlet = world.outlets.find((o) => o.lang === lang)!;
  const parts: string[] = [];
  let n = 0;
  for (let si = 0; n < targetChars; si++) {
    const story = makeStory(world, seed + 7919, si);
    const a = writeArticle(story, { ...outlet, format: 2 }, 0, seed, 3000);
    parts.push(a.text);
    n += a.text.length + 2;
  }
  const text = `---\nsource: ${outlet.name}\ndate: 2026-01-15\nlang: ${lang}\ntitle: "The week in review"\n---\n\n${parts.join('\n')}`;
  return { id: `${outlet.slug}/2026-01-15-the-week-in-review.md`, text };
}

// ------------------------------------------------------------------------------------------------ CLI
function main(argv: string[]): void {
  const [nArg, dir, seedArg] = argv;
  const n = Number(nArg);
  if (!Number.isInteger(n) || n <= 0 || !dir) {
    console.error('usage: tsx bench/generate.ts <n> <outdir> [seed]');
    process.exit(2);
  }
  const seed = seedArg ? Number(seedArg) : 1;
  const files = generateCorpus(n, seed);
  let bytes = 0;
  const langs = new Map<string, number>();
  for (const f of files) {
    const p = join(dir, f.id);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.text);
    bytes += Buffer.byteLength(f.text);
    const lang = /\nlang: (\w+)/.exec(f.text)?.[1] ?? '?';
    langs.set(lang, (langs.get(lang) ?? 0) + 1);
  }
  console.log(`${files.length} articles, ${(bytes / 1e6).toFixed(2)} MB (${Math.round(bytes / files.length)} bytes each) in ${dir}; front-matter languages: ${[...langs].map(([l, c]) => `${l} ${c}`).join(', ')}`);
}

if (/generate\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) main(process.argv.slice(2));
