// German: the figure grammar's words.
import type { FigureCues, FigureLexicon, NumWord } from '../facts';
import { glossMap, hedgeMap, NBSP, NNBSP, numMap, pairs, set, split, THIN } from '../words';

export const figures = (): FigureLexicon => {
  const w = new Map<string, NumWord>();
  numMap('u', 'ein:1 eins:1 eine:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9', w);
  numMap('t', 'zehn:10 elf:11 zwölf:12 dreizehn:13 vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19', w);
  numMap('d', 'zwanzig:20 dreißig:30 dreissig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90', w);
  numMap('h', 'hundert:100', w);
  numMap('k', 'tausend:1000 million:1000000 millionen:1000000 milliarde:1000000000 milliarden:1000000000 billion:1000000000000 billionen:1000000000000', w);
  numMap('z', 'dutzend:12', w);
  numMap('c', 'und:0', w);
  return {
    code: 'de',
    numWords: w,
    weakStart: set('ein eine eins und'),
    compounds: true,
    connector: null,
    connectorAfter: '',
    articles: set('ein eine einer einem einen eines'),
    vague: pairs('dutzende:12 hunderte:100 tausende:1000 zehntausende:10000 hunderttausende:100000 millionen:1000000'),
    of: set('von'),
    approx: new Map(),
    scales: pairs('tausend:1e3 mio:1e6 million:1e6 millionen:1e6 mrd:1e9 milliarde:1e9 milliarden:1e9 billion:1e12 billionen:1e12'),
    hedges: hedgeMap(`etwa:about, rund:about, ungefähr:about, circa:about, ca.:about, zirka:about, an die:about, schätzungsweise:about,
      gegen:about, um die:about,
      knapp:nearly, fast:nearly, beinahe:nearly, nahezu:nearly, annähernd:nearly,
      mehr als:over, über:over, weit über:over, deutlich über:over, gut:justover, knapp über:justover, etwas mehr als:justover,
      mindestens:atleast, wenigstens:atleast, nicht weniger als:atleast,
      bis zu:atmost, höchstens:atmost, maximal:atmost, weniger als:atmost, unter:atmost, nicht mehr als:atmost,
      weitere:add, weiteren:add, weiterer:add, zusätzliche:add, zusätzlichen:add, zusätzlich:add, noch einmal:add,
      zwischen:range, von:range,
      mehrere:several, einige:several, viele:several, etliche:several, mehrere hundert:several`),
    additionalAfter: set('weitere weiteren zusätzliche zusätzlichen'),
    rangeWords: set('bis oder -'),
    betweenAnd: 'und',
    betweenWords: set('zwischen'),
    fromWords: set('von'),
    changeVerbs: set('stieg gestiegen sank gesunken fiel gefallen wuchs gewachsen erhöhte erhöht verringerte verringert'),
    stop: set(`der die das den dem des ein eine einer einem einen eines und oder aber von zu zum zur in im ins an am auf aus bei beim mit
      nach seit vor für gegen über unter zwischen durch ohne um als wie dass ist sind war waren hat haben hatte hatten wird werden wurde
      wurden sein seine ihr ihre es sie er wir man nicht auch nur noch schon bereits mehr weniger etwa rund laut so sich dieser diese
      dieses jener alle beide jede jeder viele mehrere einige andere weitere mal prozent jahre jahren tage tagen wochen monate stunden
      inzwischen bislang bisher erst nun jetzt sogar etwa insgesamt`),
    skipAdj: set('verschiedene verschiedenen andere anderen weitere weiteren zusätzliche unterschiedliche neue'),
    human: glossMap(`person:person mensch:person leute:person mann:man männer:man frau:woman kind:child junge:boy mädchen:girl
      erwachsen:adult zivilist:civilian soldat:soldier offizier:officer politiker:politician abgeordnet:representative
      vertreter:representative mitglied:member einwohner:resident bürger:citizen wähler:voter arbeiter:worker mitarbeiter:employee
      beschäftigt:employee journalist:journalist reporter:reporter demonstrant:protester aktivist:activist flüchtling:refugee
      migrant:migrant gefangen:prisoner häftling:prisoner geisel:hostage opfer:victim tot:dead verletzt:injured patient:patient
      student:student schüler:pupil lehrer:teacher arzt:doctor ärzt:doctor passagier:passenger kämpfer:fighter söldner:mercenary
      rebell:rebel reservist:reservist polizist:policeman beamt:official minister:minister bürgermeister:mayor delegiert:delegate
      teilnehmer:participant anhänger:supporter gegner:opponent kritiker:critic unterzeichner:signatory bewohner:resident
      tourist:tourist besucher:visitor gast:guest gäst:guest pilot:pilot überlebend:survivor angehörig:relative retter:rescuer
      helfer:helper bergleut:miner bergmann:miner kumpel:miner ingenieur:engineer russ:russian ukrainer:ukrainian`),
    troops: set('truppe truppen'),
    humanVerbs: set(`unterschrieben unterzeichneten unterzeichnet starben gestorben getötet verletzt geflohen flohen festgenommen
      evakuiert stimmten gestimmt enthielten protestierten demonstrierten kamen_ums_leben gerettet vermisst sagten`),
    aux: set('haben hatten sind waren wurden werden hat ist wurde'),
    relative: set('die'),
    pronouns: set('ihnen uns euch'),
    labels: set(`seite seiten s artikel kapitel absatz nummer nr paragraf paragraph band heft flug linie gleis zimmer raum platz
      version stufe phase runde staffel folge kanal strecke tabelle abbildung abb klasse bundesstraße autobahn`),
    clock: set('um gegen ab bis'),
    yearPreps: set(`im seit von bis ab vor nach anfang ende mitte jahr jahres frühjahr sommer herbst winter januar februar märz
      april mai juni juli august september oktober november dezember`),
    numberWords: set('zahl anzahl gesamtzahl'),
    windowWords: set('letzten vergangenen nächsten kommenden ersten'),
    ratioCues: new Map([['unterzahl', 'outnumber'], ['überzahl', 'outnumber'], ['unterlegen', 'outnumber'], ['überlegen', 'outnumber']]),
    gloss: new Map([['haft', 'prison'], ['gefängnis', 'prison'], ['geldstrafe', 'fine'], ['fläche', 'area'], ['gebiet', 'territory']]),
    nounsCapitalised: true,
    nounFirst: false,
    decimalComma: true,
    groupSeps: new Set([0x2e, NBSP, NNBSP, THIN, 0x27, 0x2019]),
    addVerbs: set('zusätzlich'),
    vigesimal: false,
    articleTimeUnits: split('jahr tag woche monat stunde jahrzehnt'),
    vagueMultipliers: set(''),
    vagueOnlyAsMultiplier: set(''),
    vagueNeedsOf: false,
    ofElision: null,
    ofBeforeUnit: [],
    ratioSuffix: 'mal',
    orWords: set('oder'),
    clockWords: set('um'),
    clockBeforeWords: false,
    timeOfDayAfter: /[ \u00a0]?uhr(?![\p{L}])/iuy,
    tollWords: set(''),
    windowAfterNumber: false,
    age: {
      first: 'j',
      patterns: [/^[-‐]?(jähr)ige?[nrms]?(?![\p{L}])/iu, /^\s+(jahre)\s+alt(?![\p{L}])/iu],
      units: {},
    },
    ageAfterNameComma: true,
    keysInEnglish: false,
    looksPlural: (w) => w.length >= 3,
    notNoun: null,
    capitalisedPeople: null,
    notBareNoun: null,
    bareNounBeforeWords: false,
    complementWithoutPrep: true,
    moneyComplementAfterPrep: true,
    humanSuffix: null,
    krBeforeAmount: false,
    units: [['times', 1, 'ratio', 'male']],
    lemma,
    timePhrases: TIME_PHRASES,
  };
};

function lemma(w: string): string {
  const n = w.length;
  if (n > 5 && w.endsWith('innen')) return w.slice(0, -5);
  if (n > 4 && w.endsWith('en')) return w.slice(0, -2);
  if (n > 4 && w.endsWith('e')) return w.slice(0, -1);
  if (n > 4 && w.endsWith('n') && !w.endsWith('nn')) return w.slice(0, -1);
  if (n > 4 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const MONTHS_RE = 'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';

const TIME_PHRASES = [
  `(?:(?:am|seit|bis|ab|vor|nach)\\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:morgen|abend|nachmittag|vormittag|nacht)?`,
  `(?:seit|bis|ab|zu)\\s+(?:anfang|ende|mitte|beginn)\\s+(?:des\\s+)?\\p{L}+`,
  `(?:in\\s+der\\s+|im\\s+)?(?:letzte|letzten|vergangene|vergangenen|diese|dieser|diesen|nächste|nächsten)\\s+(?:woche|monat|jahr|wochenende|monats|jahres|wochen|monaten|jahren)`,
  `(?:im|seit|bis|ab|anfang|ende|mitte)\\s+(?:${MONTHS_RE})(?:\\s+\\d{4})?`,
  `(?:gestern|heute|vorgestern|bislang|bisher|inzwischen|am\\s+wochenende|in\\s+der\\s+nacht(?:\\s+zum\\s+\\p{L}+)?)`,
];

export const figureCues: FigureCues = {
  months: 'januar jänner februar märz april mai juni juli august september oktober november dezember',
  weekdays: 'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  clockAfter: 'uhr',
  clockAfterDecimal: 'uhr',
  scoreWords: 'sieg niederlage führung unentschieden',
  partitiveArticles: 'die der den dem',
  complementPreps: 'im in zu',
  ratioFillers: 'viel mehr so seine ihre',
  agePrefixes: 'alter von',
  equivalenceHedges: 'etwa',
};
