// Spanish: the figure grammar's words.
import type { FigureCues, FigureLexicon, NumWord } from '../facts';
import { glossMap, hedgeMap, NBSP, NNBSP, numMap, pairs, set, split, THIN } from '../words';

export const figures = (): FigureLexicon => {
  const w = new Map<string, NumWord>();
  numMap('u', 'uno:1 una:1 un:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9', w);
  numMap('t', `diez:10 once:11 doce:12 trece:13 catorce:14 quince:15 dieciséis:16 dieciseis:16 diecisiete:17 dieciocho:18
    diecinueve:19 veintiuno:21 veintiún:21 veintiuna:21 veintidós:22 veintidos:22 veintitrés:23 veintitres:23 veinticuatro:24
    veinticinco:25 veintiséis:26 veintiseis:26 veintisiete:27 veintiocho:28 veintinueve:29`, w);
  numMap('d', 'veinte:20 treinta:30 cuarenta:40 cincuenta:50 sesenta:60 setenta:70 ochenta:80 noventa:90', w);
  numMap('H', `cien:100 ciento:100 doscientos:200 doscientas:200 trescientos:300 trescientas:300 cuatrocientos:400 cuatrocientas:400
    quinientos:500 quinientas:500 seiscientos:600 seiscientas:600 setecientos:700 setecientas:700 ochocientos:800 ochocientas:800
    novecientos:900 novecientas:900`, w);
  numMap('c', 'y:0', w);
  numMap('k', 'mil:1000 millón:1000000 millon:1000000 millones:1000000 billón:1000000000000 billones:1000000000000', w);
  return {
    code: 'es',
    numWords: w,
    weakStart: set('uno una un y'),
    compounds: false,
    connector: 'y',
    connectorAfter: 'd',
    articles: set('un una uno'),
    vague: pairs('decenas:10 docenas:12 centenares:100 cientos:100 miles:1000 millares:1000 millones:1000000'),
    of: set('de'),
    approx: pairs('decena:10 docena:12 veintena:20 treintena:30 centenar:100 millar:1000'),
    scales: pairs('mil:1e3 millón:1e6 millon:1e6 millones:1e6 mdd:1e6 billón:1e12 billones:1e12'),
    hedges: hedgeMap(`unos:about, unas:about, alrededor de:about, cerca de:about, aproximadamente:about, en torno a:about, aprox.:about,
      unos cuantos:several,
      casi:nearly, prácticamente:nearly,
      más de:over, por encima de:over, superior a:over, bastante más de:over, algo más de:justover,
      al menos:atleast, por lo menos:atleast, como mínimo:atleast, no menos de:atleast,
      hasta:atmost, como máximo:atmost, a lo sumo:atmost, menos de:atmost, no más de:atmost,
      otros:add, otras:add, adicionales:add,
      entre:range, desde:range, de:range,
      varios:several, varias:several, muchos:several`),
    additionalAfter: set('más adicionales adicional'),
    rangeWords: set('a o hasta -'),
    betweenAnd: 'y',
    betweenWords: set('entre'),
    fromWords: set('de desde'),
    changeVerbs: set('pasó pasado aumentó aumentado subió subido bajó bajado creció crecido'),
    stop: set(`el la los las lo un una unos unas de del al y o u e pero a en con sin por para sobre entre hacia hasta desde durante según
      contra ante tras que quien quienes cual cuales cuyo este esta estos estas ese esa esos esas su sus le les se no más menos muy
      también ya aún han ha he hay es son era eran fue fueron sido será serán estaba estaban otros otras todos todas cerca alrededor
      veces por_ciento años año meses días semanas horas`),
    skipAdj: set('otros otras diferentes distintos distintas diversos diversas nuevos nuevas'),
    human: glossMap(`persona:person gente:person hombre:man mujer:woman niño:child niña:girl adulto:adult civil:civilian soldado:soldier
      militar:soldier oficial:officer funcionario:official concejal:councillor diputado:deputy representante:representative
      miembro:member habitante:resident ciudadano:citizen votante:voter elector:voter trabajador:worker empleado:employee
      periodista:journalist manifestante:protester activista:activist refugiado:refugee migrante:migrant preso:prisoner
      prisionero:prisoner detenido:detainee rehén:hostage víctima:victim muerto:dead herido:injured paciente:patient
      estudiante:student alumno:pupil profesor:teacher médico:doctor pasajero:passenger combatiente:fighter mercenario:mercenary
      rebelde:rebel reservista:reservist policía:policeman agente:officer dirigente:leader ministro:minister alcalde:mayor
      delegado:delegate participante:participant partidario:supporter opositor:opponent firmante:signatory vecino:resident
      turista:tourist visitante:visitor superviviente:survivor sobreviviente:survivor rescatista:rescuer socorrista:rescuer
      voluntario:volunteer minero:miner ingeniero:engineer evacuado:evacuee damnificado:victim`),
    troops: set('tropa tropas'),
    humanVerbs: set(`murieron fallecieron huyeron firmaron votaron resultaron_heridos fueron_evacuados fueron_rescatados
      permanecen siguen se_abstuvieron`),
    aux: set('han fueron han_sido'),
    relative: set('quienes'),
    pronouns: set('ellos ellas nosotros ustedes'),
    labels: set(`página páginas pág p artículo capítulo párrafo número núm nº no línea ruta autopista carretera sala canal versión
      tabla figura tomo`),
    clock: set('a_las a_la hacia sobre_las'),
    yearPreps: set(`en desde de hasta antes después año principios finales mediados primavera verano otoño invierno enero febrero marzo
      abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre`),
    numberWords: set('número total cifra balance'),
    windowWords: set('últimos últimas próximos próximas primeros primeras'),
    ratioCues: new Map([['superados', 'outnumber'], ['superioridad', 'outnumber'], ['inferioridad', 'outnumber']]),
    gloss: new Map([['prisión', 'prison'], ['cárcel', 'prison'], ['multa', 'fine'], ['superficie', 'area'], ['territorio', 'territory']]),
    nounsCapitalised: false,
    nounFirst: true,
    decimalComma: true,
    groupSeps: new Set([0x2e, 0x20, NBSP, NNBSP, THIN]),
    addVerbs: set('añadir añade añadió sumar suma sumó'),
    vigesimal: false,
    articleTimeUnits: split('año día semana mes hora década'),
    vagueMultipliers: set('decenas cientos'),
    vagueOnlyAsMultiplier: set(''),
    vagueNeedsOf: true,
    ofElision: null,
    ofBeforeUnit: ["d'", 'd’', 'de '],
    ratioSuffix: null,
    orWords: set('o'),
    clockWords: set(''),
    clockBeforeWords: false,
    timeOfDayAfter: /[ \u00a0]?(?:horas?|h)(?:[ \u00a0]?\d{2})?(?![\p{L}0-9])(?<=\d{2})/iuy,
    tollWords: set(''),
    windowAfterNumber: false,
    age: { first: 'a', patterns: [/^\s+(años)\s+de\s+edad(?![\p{L}])/iu], units: {} },
    ageAfterNameComma: true,
    keysInEnglish: false,
    looksPlural: (w) => w.length >= 3,
    notNoun: /ron$/,
    capitalisedPeople: null,
    notBareNoun: null,
    bareNounBeforeWords: false,
    complementWithoutPrep: false,
    moneyComplementAfterPrep: true,
    humanSuffix: null,
    krBeforeAmount: false,
    units: [['times', 1, 'ratio', 'vez']],
    lemma,
    timePhrases: TIME_PHRASES,
  };
};

function lemma(w: string): string {
  const n = w.length;
  if (n > 4 && w.endsWith('ces')) return `${w.slice(0, -3)}z`;
  if (n > 4 && w.endsWith('es') && !/[aeiouáéíóú]/.test(w[n - 3]!)) return w.slice(0, -2);
  if (n > 3 && w.endsWith('s')) return w.slice(0, -1);
  return w;
}

const MONTHS_RE = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';

const TIME_PHRASES = [
  `(?:(?:el|desde\\s+el|hasta\\s+el|este)\\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?:\\s+por\\s+la\\s+(?:mañana|tarde|noche))?`,
  `(?:la\\s+semana|el\\s+mes|el\\s+año|el\\s+fin\\s+de\\s+semana)\\s+(?:pasad[oa]|próxim[oa]|anterior)`,
  `(?:desde|hasta|a)\\s+(?:principios|comienzos|inicios|finales|mediados)\\s+de\\s+\\p{L}+`,
  `(?:en|desde|hasta|a\\s+principios\\s+de|a\\s+finales\\s+de)\\s+(?:${MONTHS_RE})(?:\\s+(?:de\\s+)?\\d{4})?`,
  `(?:ayer|hoy|anoche|este\\s+fin\\s+de\\s+semana|hasta\\s+ahora|esta\\s+semana|este\\s+mes|este\\s+año|en\\s+la\\s+madrugada\\s+del\\s+\\p{L}+)`,
];

export const figureCues: FigureCues = {
  months: 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  weekdays: 'lunes martes miércoles jueves viernes sábado domingo',
  monthOf: 'de',
  suffixes: 'º ª',
  ownSuffixes: 'a o',
  scoreWords: 'victoria derrota empate ventaja',
  partitiveArticles: 'los las sus el la',
  headArticles: 'los las',
  complementPreps: 'de en',
  ratioFillers: 'tanto tantos sus',
  notAdditionalBefore: 'que de',
  agePrefixes: 'edad de',
  equivalenceHedges: 'unos',
};
