// Norwegian Bokmål (nn and no read as nb): the figure grammar's words.
import type { FigureCues, FigureLexicon, NumWord } from '../facts';
import { glossMap, hedgeMap, NBSP, NNBSP, numMap, pairs, set, split, THIN } from '../words';

export const figures = (): FigureLexicon => {
  const w = new Map<string, NumWord>();
  numMap('u', 'en:1 ett:1 én:1 ei:1 to:2 tre:3 fire:4 fem:5 seks:6 sju:7 syv:7 åtte:8 ni:9', w);
  numMap('t', 'ti:10 elleve:11 tolv:12 tretten:13 fjorten:14 femten:15 seksten:16 sytten:17 atten:18 nitten:19', w);
  numMap('d', 'tjue:20 tyve:20 tretti:30 tredve:30 førti:40 femti:50 seksti:60 sytti:70 åtti:80 nitti:90', w);
  numMap('h', 'hundre:100', w);
  numMap('k', 'tusen:1000 million:1000000 millioner:1000000 milliard:1000000000 milliarder:1000000000 billion:1000000000000 billioner:1000000000000', w);
  numMap('z', 'dusin:12', w);
  numMap('c', 'og:0', w);
  return {
    code: 'nb',
    numWords: w,
    weakStart: set('en ett én ei og'),
    compounds: true,
    connector: 'og',
    connectorAfter: 'hk',
    articles: set('en ett et ei én'),
    vague: pairs('dusinvis:12 hundrevis:100 tusenvis:1000 titusenvis:10000 hundretusenvis:100000 millionvis:1000000'),
    of: set('av'),
    approx: new Map(),
    scales: pairs('tusen:1e3 mill:1e6 million:1e6 millioner:1e6 mln:1e6 milliard:1e9 milliarder:1e9 mrd:1e9 billion:1e12 billioner:1e12'),
    hedges: hedgeMap(`rundt:about, omkring:about, cirka:about, ca.:about, ca:about, om lag:about, anslagsvis:about, godt og vel:justover,
      i underkant av:nearly, nesten:nearly, nærmere:nearly, knapt:nearly, knappe:nearly, opp mot:nearly,
      mer enn:over, over:over, flere enn:over, godt over:over, langt over:over,
      i overkant av:justover, drøyt:justover, drøye:justover, like over:justover,
      minst:atleast, i det minste:atleast, ikke mindre enn:atleast,
      opp til:atmost, opptil:atmost, inntil:atmost, høyst:atmost, maks:atmost, maksimalt:atmost, under:atmost, mindre enn:atmost,
      færre enn:atmost, ikke mer enn:atmost,
      ytterligere:add, ytterlegare:add, enda:add, ekstra:add,
      mellom:range, fra:range,
      flere:several, noen:several, mange:several, flere hundre:several`),
    additionalAfter: set('ekstra'),
    rangeWords: set('til eller -'),
    betweenAnd: 'og',
    betweenWords: set('mellom'),
    fromWords: set('fra'),
    changeVerbs: set('økte økt steg steget falt sank sunket gikk gått redusert doblet vokste vokst'),
    stop: set(`og eller men at som av i på til fra med for om ved hos mot etter før under over mellom gjennom uten innen siden da når
      der her den det de dem deres dens dets en et ei er var har hadde ha blir ble blitt vil ville skal skulle kan kunne må måtte bør
      ikke nå også bare allerede fortsatt enda ennå så sin sitt sine seg hans hennes han hun vi oss dere jeg meg du deg man alle begge
      hver noen ingen mange flere fleste andre annen annet samme egen eget egne slik slike lengst mer mest mindre minst enn ifølge
      cirka rundt omkring trolig kanskje dessuten jo vel hit dit opp ned ut inn frem fram tilbake sammen igjen aldri alltid
      ganger gang prosent år års dager døgn uker måneder timer timene dagene ukene årene i_dag siste første først
      fortsatt allerede hele`),
    skipAdj: set('ulike forskjellige andre flere nye øvrige diverse'),
    human: glossMap(`person:person personer:person menneske:person mennesker:person mann:man menn:man kvinne:woman barn:child gutt:boy jente:girl
      voksen:adult sivil:civilian sivilist:civilian soldat:soldier offiser:officer politiker:politician representant:representative
      folkevalgt:official medlem:member innbygger:resident borger:citizen velger:voter arbeider:worker ansatt:employee
      journalist:journalist reporter:reporter demonstrant:protester aktivist:activist flyktning:refugee migrant:migrant fange:prisoner
      gissel:hostage pasient:patient student:student elev:pupil lærer:teacher lege:doctor sykepleier:nurse passasjer:passenger
      kriger:fighter opprører:rebel leiesoldat:mercenary frivillig:volunteer reservist:reservist vernepliktig:conscript
      politimann:policeman polititjenestemann:police_officer betjent:officer leder:leader minister:minister ordfører:mayor
      delegat:delegate deltaker:participant tilhenger:supporter motstander:opponent kritiker:critic skriver:signatory
      underskriver:signatory signatar:signatory beboer:resident turist:tourist gjest:guest pilot:pilot overlevende:survivor
      døde:dead drept:killed skadd:injured såret:wounded rådsmedlem:council_member ingeniør:engineer mannskap:crew
      redningsarbeider:rescuer gruvearbeider:miner evakuert:evacuee pårørende:relative russer:russian ukrainer:ukrainian
      nordmann:norwegian nordmenn:norwegian amerikaner:american deputert:deputy`),
    troops: set('tropp tropper troppene'),
    humanVerbs: set(`skrive_under skrev_under signere signerte undertegne undertegnet stemme stemte stemt dø døde drept drepte skadet
      såret flykte flyktet flyktede rømte rømt arrestert pågrepet evakuert evakuerte demonstrert demonstrerte protestert protesterte
      deltatt delta deltok møtt møtte sa sier mener bor jobber omkom omkommet savnet reddet berget`),
    aux: set('har hadde ble er var vil skal kan skulle ville må har_blitt er_blitt ble_ikke nå også'),
    relative: set('som'),
    pronouns: set('dem oss dere disse'),
    labels: set(`side sider s kapittel artikkel paragraf nummer nr rom linje runde sesong episode del punkt kanal rute fly
      plattform spor vei riksvei europavei tabell figur versjon post klasse`),
    clock: set('klokka klokken kl kl. ved rundt'),
    yearPreps: set(`i siden fra til innen før etter året år tidlig sent våren sommeren høsten vinteren januar februar mars april mai
      juni juli august september oktober november desember`),
    numberWords: set('antallet tallet totalt dødstallet'),
    windowWords: set('siste neste første kommende foregående'),
    ratioCues: new Map([['undertall', 'outnumber'], ['overtall', 'outnumber']]),
    gloss: new Map([['fengsel', 'prison'], ['bot', 'fine'], ['bøter', 'fine'], ['område', 'territory'], ['areal', 'area'], ['tropp', 'troop']]),
    nounsCapitalised: false,
    nounFirst: false,
    decimalComma: true,
    groupSeps: new Set([0x2e, 0x20, NBSP, NNBSP, THIN]),
    addVerbs: set('legge legger la lagt'),
    vigesimal: false,
    articleTimeUnits: split('år døgn dag uke måned time tiår'),
    vagueMultipliers: set(''),
    vagueOnlyAsMultiplier: set(''),
    vagueNeedsOf: false,
    ofElision: null,
    ofBeforeUnit: [],
    ratioSuffix: null,
    orWords: set('eller'),
    clockWords: set('klokka klokken kl'),
    clockBeforeWords: false,
    timeOfDayAfter: /[ \u00a0]?(?:tiden)(?![\p{L}])/iuy,
    tollWords: set('dødstallet'),
    windowAfterNumber: false,
    age: {
      first: 'åm',
      patterns: [/^[-‐]?(år)ing(?:en|er|ene)?(?![\p{L}])/iu, /^\s+(år|måneder)\s+gam(?:mel|le|malt)(?![\p{L}])/iu],
      units: { måneder: 'months' },
    },
    ageAfterNameComma: false,
    keysInEnglish: false,
    looksPlural: (w) => w.length >= 4 && /(?:er|ere|ene|ar|ane|erne)$/.test(w),
    notNoun: null,
    capitalisedPeople: null,
    notBareNoun: null,
    bareNounBeforeWords: true,
    complementWithoutPrep: true,
    moneyComplementAfterPrep: true,
    humanSuffix: null,
    krBeforeAmount: true,
    units: [
      ['km', 10, 'distance', 'mil'], // Norwegian "mil" = 10 km
      ['hours', 1, 'duration', 'time'],
      ['times', 1, 'ratio', 'gang, gangen'],
    ],
    lemma,
    timePhrases: TIME_PHRASES,
  };
};

function lemma(w: string): string {
  const n = w.length;
  if (n > 5 && w.endsWith('erne')) return w.slice(0, -2);
  if (n > 5 && w.endsWith('ene')) return w.slice(0, -3);
  if (n > 5 && w.endsWith('ere')) return w.slice(0, -1);
  if (n > 5 && w.endsWith('er')) return w.slice(0, -2);
  if (n > 5 && w.endsWith('et')) return w.slice(0, -2);
  return w;
}

const MONTHS_RE = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';

const TIME_PHRASES = [
  `(?:(?:på|fra|siden|til|innen|før|etter|natt\\s+til)\\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:s?(?:morgen|kveld|ettermiddag|formiddag|natt)|\\s+(?:morgen|kveld|ettermiddag|formiddag))?`,
  `(?:siden|ved|fra|innen|til|før|etter|i|mot)\\s+(?:begynnelsen|starten|slutten|utgangen|midten)\\s+av\\s+\\p{L}+`,
  `i\\s+(?:går|dag|morgen|kveld|helgen|fjor|år|sommer|vinter|høst|vår|natt|ettermiddag|formiddag)(?:\\s+(?:kveld|morges|ettermiddag|vår|høst))?`,
  `(?:i\\s+)?(?:forrige|neste|denne|sist|siste)\\s+(?:uke|måned|helg|uken|måneden|helgen|året)`,
  `(?:tidligere|senere)\\s+i\\s+(?:år|dag|uken|måneden|høst|sommer|vinter|vår)`,
  `(?:i|fra|siden|innen|til|før|etter|i\\s+begynnelsen\\s+av|i\\s+slutten\\s+av|tidlig\\s+i|sent\\s+i)\\s+(?:${MONTHS_RE})(?:\\s+\\d{4})?`,
  `de\\s+siste\\s+(?:dagene|ukene|månedene|årene|døgnene)`,
  `(?:hittil|så\\s+langt|foreløpig)`,
];

export const figureCues: FigureCues = {
  months: 'januar februar mars april mai juni juli august september oktober november desember',
  weekdays: 'mandag tirsdag onsdag torsdag fredag lørdag søndag',
  clockAfterDecimal: 'timer|tiden',
  scoreWords: 'seier tap ledelse uavgjort',
  partitiveArticles: 'de dem den det',
  complementPreps: 'i av på for',
  ratioFillers: 'mye mange så sin sitt sine',
  agePrefixes: 'alder av',
  equivalenceHedges: 'rundt',
};
