// Word lists for the figure extractor, per language. Written for Crossread; all lists are lower-case.
// Kinds of number words (see numbers.ts for the grammar that combines them):
//   u  1–9            t  10–19 (and French 10 after "soixante")      d  tens 20–90
//   h  hundred (multiplies what precedes: "two hundred", "to hundre", "deux cents")
//   H  additive hundreds (Spanish "doscientos", "cien")                k  thousand and larger (scale)
//   z  dozen (multiplies like h: "two dozen")                          c  connector inside compounds ("og", "und")

export type NumKind = 'u' | 't' | 'd' | 'h' | 'H' | 'k' | 'z' | 'c';

export interface NumWord {
  v: number;
  k: NumKind;
}

export type LangCode = 'en' | 'nb' | 'de' | 'fr' | 'es';

/** How a hedge phrase before a number shapes the interval. */
export type HedgeCode =
  | 'about' // ±10 % (±15 % for round numbers)
  | 'nearly' // [X·(1−w), X]
  | 'over' // [X, 1.5X]
  | 'justover' // [X, 1.1X]
  | 'atleast' // [X, ∞)
  | 'atmost' // [0, X]
  | 'add' // an increment
  | 'range' // "between" / "from": only used when a range follows
  | 'several'; // "several thousand": vague

const split = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);
const set = (s: string): Set<string> => new Set(split(s));

/** "two:2 three:3" -> Map. */
function numMap(kind: NumKind, s: string, into: Map<string, NumWord>): void {
  for (const pair of split(s)) {
    const i = pair.lastIndexOf(':');
    into.set(pair.slice(0, i), { v: Number(pair.slice(i + 1)), k: kind });
  }
}

function pairs(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const pair of split(s)) {
    const i = pair.lastIndexOf(':');
    m.set(pair.slice(0, i).replace(/_/g, ' '), Number(pair.slice(i + 1)));
  }
  return m;
}

function hedgeMap(s: string): Map<string, HedgeCode> {
  const m = new Map<string, HedgeCode>();
  for (const pair of s.split(',')) {
    const t = pair.trim();
    if (!t) continue;
    const i = t.lastIndexOf(':');
    m.set(t.slice(0, i).trim(), t.slice(i + 1).trim() as HedgeCode);
  }
  return m;
}

/** Words that denote humans, with an English gloss (the gloss joins claims across languages). "stem:gloss". */
function glossMap(s: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const pair of split(s)) {
    const i = pair.indexOf(':');
    if (i < 0) m.set(pair.replace(/_/g, ' '), pair.replace(/_/g, ' '));
    else m.set(pair.slice(0, i).replace(/_/g, ' '), pair.slice(i + 1).replace(/_/g, ' '));
  }
  return m;
}

export interface LangLexicon {
  code: LangCode;
  numWords: Map<string, NumWord>;
  /** Number words that may not start a figure on their own (they double as articles: "one", "en", "un"). */
  weakStart: Set<string>;
  /** Morphemes for closed compounds ("femogtjue", "fünfundzwanzig"); null when the language writes words apart. */
  compounds: boolean;
  /** Separate-token connector ("and" in "a hundred and five", "et" in "vingt et un") and what it may follow. */
  connector: string | null;
  connectorAfter: string;
  /** Articles that stand for "one" before a scale or a unit ("a thousand", "et døgn", "un año"). */
  articles: Set<string>;
  /** Plural words that name an order of magnitude vaguely ("thousands", "tusenvis", "Dutzende") -> base. */
  vague: Map<string, number>;
  /** Words for "of" after a vague word or a scale ("thousands of", "millions d'euros"). */
  of: Set<string>;
  /** Approximate-count nouns used with an article ("une trentaine", "un centenar", "a dozen") -> value. */
  approx: Map<string, number>;
  /** Scale words after digits ("2 million", "5 mill.", "1,5 Millionen"). Keys without a final dot. */
  scales: Map<string, number>;
  hedges: Map<string, HedgeCode>;
  /** Words after a number meaning "more" ("four more deputies", "10 weitere"). */
  additionalAfter: Set<string>;
  /** Range connectors between two numbers, and the one that needs "between" before it. */
  rangeWords: Set<string>;
  betweenAnd: string;
  betweenWords: Set<string>;
  fromWords: Set<string>;
  /** Verbs of change before "from": "rose from 19 to 40" is two values, not a range. */
  changeVerbs: Set<string>;
  stop: Set<string>;
  /** Leading adjectives dropped from `counts` and keys ("ulike", "various"). */
  skipAdj: Set<string>;
  human: Map<string, string>;
  troops: Set<string>;
  /** Verbs (or short verb phrases) whose subject is human: a bare number before them counts people. */
  humanVerbs: Set<string>;
  aux: Set<string>;
  relative: Set<string>;
  pronouns: Set<string>;
  /** Words before a number that make it a label, not a quantity ("page 5", "Artikel 3", "nr. 7"). */
  labels: Set<string>;
  /** Words before a bare number that make it a time of day ("at five", "klokka fem", "um fünf"). */
  clock: Set<string>;
  /** Words before a year that make it a date ("in 1988", "i 1988", "seit 1988"). */
  yearPreps: Set<string>;
  /** "the number", "antallet": the bare number refers back to a figure. */
  numberWords: Set<string>;
  /** Words before "the last N days" that make a duration a time window ("the past", "de siste"). */
  windowWords: Set<string>;
  /** Ratio cues for "N times" ("outnumbered", "undertall"), with a gloss. */
  ratioCues: Map<string, string>;
  /** Common nouns glossed to English for cross-language claim keys ("fengsel" -> "prison"). */
  gloss: Map<string, string>;
  /** Nouns are capitalised (German): a capitalised word after a number is the counted noun. */
  nounsCapitalised: boolean;
  /** The noun comes before its adjectives (French, Spanish). */
  nounFirst: boolean;
  decimalComma: boolean;
  /** Thousands separators accepted between digit groups (char codes). */
  groupSeps: Set<number>;
  /** Verbs before a number meaning it is added ("add $2 million"). */
  addVerbs: Set<string>;
}

const NBSP = 0xa0;
const NNBSP = 0x202f;
const THIN = 0x2009;

// ---------------------------------------------------------------------------------------------- English
const en = (): LangLexicon => {
  const w = new Map<string, NumWord>();
  numMap('u', 'one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9', w);
  numMap('t', 'ten:10 eleven:11 twelve:12 thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19', w);
  numMap('d', 'twenty:20 thirty:30 forty:40 fourty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90', w);
  numMap('h', 'hundred:100', w);
  numMap('k', 'thousand:1000 million:1000000 billion:1000000000 trillion:1000000000000', w);
  numMap('z', 'dozen:12', w);
  numMap('c', 'and:0', w);
  return {
    code: 'en',
    numWords: w,
    weakStart: set('one and'),
    compounds: false,
    connector: 'and',
    connectorAfter: 'hk',
    articles: set('a an one'),
    vague: pairs('dozens:12 scores:20 hundreds:100 thousands:1000 millions:1000000 billions:1000000000 tens:10'),
    of: set('of'),
    approx: new Map(),
    scales: pairs('thousand:1e3 million:1e6 millions:1e6 mln:1e6 mn:1e6 billion:1e9 billions:1e9 bn:1e9 trillion:1e12 tn:1e12'),
    hedges: hedgeMap(`about:about, around:about, roughly:about, approximately:about, approx:about, approx.:about,
      circa:about, ca.:about, c.:about, some:about, an_estimated:about, estimated:about, close_to:about, an_approximate:about,
      nearly:nearly, almost:nearly, just_under:nearly, just_shy_of:nearly, close_on:nearly, not_quite:nearly,
      more_than:over, over:over, upwards_of:over, in_excess_of:over, above:over, well_over:over, well_above:over,
      far_more_than:over, more_then:over,
      just_over:justover, slightly_more_than:justover, a_little_over:justover, just_above:justover, a_little_more_than:justover,
      at_least:atleast, no_fewer_than:atleast, no_less_than:atleast, a_minimum_of:atleast, not_less_than:atleast,
      up_to:atmost, at_most:atmost, no_more_than:atmost, as_many_as:atmost, as_much_as:atmost, fewer_than:atmost,
      less_than:atmost, under:atmost, below:atmost, a_maximum_of:atmost, not_more_than:atmost, at_the_most:atmost,
      another:add, an_additional:add, additional:add, a_further:add, further:add, an_extra:add, extra:add,
      between:range, from:range,
      several:several, a_few:several, many:several, several_hundred:several, tens_of:several`.replace(/_/g, ' ')),
    additionalAfter: set('more additional further extra'),
    rangeWords: set('to or -'),
    betweenAnd: 'and',
    betweenWords: set('between'),
    fromWords: set('from'),
    changeVerbs: set('rose risen rise rises grew grown grow grows increased increase increases fell fallen fall falls dropped drop drops declined decline climbed climb jumped jump soared surged plunged slipped went gone cut raised lowered reduced doubled shrank shrunk swelled'),
    stop: set(`a an the and or but nor of in on at to for from with by as than that this these those which who whom whose what
      when where while why how had has have having was were is are be been being will would could should can may might must shall
      did do does done said says say saying told according across since after before during over under into onto out up down about
      above below between among amid against through throughout per each every all both either neither it its their theirs his her
      hers him them they he she we us you your our i me my not no so also already still just only ago later earlier now then
      there here yet very too more most less least many much few several some any other another such same own even ever never
      again around near far away back off well if because though although unless until till whether within without upon toward
      towards via versus vs like unlike including times percent per_cent year years month months week weeks day days hour hours
      today yesterday tomorrow tonight morning evening night monday tuesday wednesday thursday friday saturday sunday`),
    skipAdj: set('other different various separate further additional extra more'),
    human: glossMap(`person people man men woman women child children kid boy girl baby infant adult teenager civilian soldier
      official officer representative deputy signatory politician councillor councilor councilman councilwoman council_member
      lawmaker legislator member resident citizen voter worker employee staffer journalist reporter protester protestor demonstrator
      activist refugee migrant immigrant evacuee prisoner detainee hostage victim casualty patient student pupil teacher doctor nurse
      passenger fighter militant rebel mercenary volunteer reservist recruit conscript policeman policemen police_officer firefighter
      leader minister senator mayor delegate participant supporter opponent critic inhabitant survivor rescuer miner farmer player
      athlete fan customer tourist visitor guest pilot crew_member sailor marine guard prosecutor judge juror lawyer candidate
      diplomat envoy executive manager director engineer scientist expert analyst observer monitor inspector investigator suspect
      defendant convict inmate captive migrant asylum_seeker settler pilgrim worshipper mourner spectator viewer listener reader
      subscriber follower blogger author writer researcher economist doctor surgeon paramedic medic commander general colonel
      officer troop_member crewman fisherman villager townspeople crew staff personnel`),
    troops: set('troop troops'),
    humanVerbs: set(`escaped fled died killed injured wounded arrested detained evacuated signed voted joined protested marched
      attended gathered resigned quit applied registered participated surrendered deserted defected perished drowned survived
      rallied demonstrated fought said say believe think want support oppose live lived work worked remain remained stay stayed
      abstained refused agreed voted_for voted_against were_killed were_injured were_wounded were_arrested were_detained
      were_evacuated were_rescued rescued were_hurt hurt went_missing are_missing were_missing missing dead`),
    aux: set('had have has were was are is will would had_been have_been has_been were_being are_now were_now had_now have_now also still'),
    relative: set('who whom'),
    pronouns: set('them us those these you'),
    labels: set(`page pages p pp article articles chapter section paragraph number no nr room flight route line platform gate level
      grade phase round season episode volume vol issue item clause rule exhibit table figure fig version highway road interstate
      channel track lane top code box apartment suite unit ward district precinct bus train division`),
    clock: set('at around_about till until by before after'),
    yearPreps: set(`in since from until till by of before after during early late mid around circa year years through spring summer
      autumn fall winter january february march april may june july august september october november december the`),
    numberWords: set('number total figure count tally toll'),
    windowWords: set('past last previous next coming first final'),
    ratioCues: new Map([['outnumbered', 'outnumber'], ['outnumber', 'outnumber'], ['outnumbering', 'outnumber'], ['outnumbers', 'outnumber']]),
    gloss: new Map(),
    nounsCapitalised: false,
    nounFirst: false,
    decimalComma: false,
    groupSeps: new Set([0x2c, NBSP, NNBSP, THIN]),
    addVerbs: set('add adds added adding'),
  };
};

// ---------------------------------------------------------------------------------------------- Norwegian Bokmål
const nb = (): LangLexicon => {
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
  };
};

// ---------------------------------------------------------------------------------------------- German
const de = (): LangLexicon => {
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
  };
};

// ---------------------------------------------------------------------------------------------- French
const fr = (): LangLexicon => {
  const w = new Map<string, NumWord>();
  numMap('u', 'un:1 une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9', w);
  numMap('t', 'dix:10 onze:11 douze:12 treize:13 quatorze:14 quinze:15 seize:16', w);
  numMap('d', 'vingt:20 trente:30 quarante:40 cinquante:50 soixante:60 septante:70 huitante:80 octante:80 nonante:90 vingts:20', w);
  numMap('c', 'et:0', w);
  numMap('h', 'cent:100 cents:100', w);
  numMap('k', 'mille:1000 mil:1000 million:1000000 millions:1000000 milliard:1000000000 milliards:1000000000 billion:1000000000000 billions:1000000000000', w);
  return {
    code: 'fr',
    numWords: w,
    weakStart: set('un une et'),
    compounds: false,
    connector: 'et',
    connectorAfter: 'd',
    articles: set('un une'),
    vague: pairs('dizaines:10 douzaines:12 vingtaines:20 centaines:100 milliers:1000 millions:1000000 milliards:1000000000'),
    of: set("de d' d’ des"),
    approx: pairs('dizaine:10 douzaine:12 quinzaine:15 vingtaine:20 trentaine:30 quarantaine:40 cinquantaine:50 soixantaine:60 centaine:100 millier:1000'),
    scales: pairs('mille:1e3 million:1e6 millions:1e6 mio:1e6 milliard:1e9 milliards:1e9 md:1e9 mds:1e9 mrd:1e9'),
    hedges: hedgeMap(`environ:about, près de:about, quelque:about, autour de:about, approximativement:about, à peu près:about,
      aux alentours de:about, dans les:about, quelques:several,
      presque:nearly, pratiquement:nearly, un peu moins de:nearly,
      plus de:over, au-delà de:over, davantage que:over, bien plus de:over, un peu plus de:justover,
      au moins:atleast, au minimum:atleast, pas moins de:atleast,
      jusqu'à:atmost, jusqu’à:atmost, au plus:atmost, au maximum:atmost, moins de:atmost, pas plus de:atmost,
      encore:add, supplémentaires:add,
      entre:range, de:range,
      plusieurs:several`),
    additionalAfter: set('supplémentaires supplémentaire'),
    rangeWords: set('à ou -'),
    betweenAnd: 'et',
    betweenWords: set('entre'),
    fromWords: set('de'),
    changeVerbs: set('passé passée augmenté baissé grimpé chuté diminué'),
    stop: set(`le la les l un une des du de d au aux et ou mais à en dans sur sous par pour avec sans chez entre vers depuis pendant avant
      après selon contre que qui quoi dont où ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je ne pas plus moins
      très aussi déjà encore ont a est sont était étaient été sera seront avait avaient fait être avoir tous toutes tout autres autre
      environ près fois pour_cent ans an mois jours semaines heures y se s`),
    skipAdj: set('autres différents différentes divers diverses nouveaux nouvelles'),
    human: glossMap(`personne:person gens:person homme:man femme:woman enfant:child garçon:boy fille:girl adulte:adult civil:civilian
      soldat:soldier militaire:soldier officier:officer élu:official député:deputy représentant:representative membre:member
      habitant:resident citoyen:citizen électeur:voter ouvrier:worker employé:employee salarié:employee journaliste:journalist
      manifestant:protester militant:activist réfugié:refugee migrant:migrant prisonnier:prisoner détenu:detainee otage:hostage
      victime:victim mort:dead blessé:injured patient:patient étudiant:student élève:pupil enseignant:teacher médecin:doctor
      passager:passenger combattant:fighter mercenaire:mercenary rebelle:rebel réserviste:reservist policier:policeman
      gendarme:policeman fonctionnaire:official responsable:official dirigeant:leader ministre:minister maire:mayor délégué:delegate
      participant:participant partisan:supporter opposant:opponent signataire:signatory conseiller:councillor touriste:tourist
      visiteur:visitor survivant:survivor sauveteur:rescuer secouriste:rescuer bénévole:volunteer volontaire:volunteer mineur:miner
      ingénieur:engineer évacué:evacuee sinistré:victim`),
    troops: set('troupe troupes'),
    humanVerbs: set(`ont_signé ont_voté sont_morts sont_mortes ont_été_tués ont_été_blessés ont_fui ont_été_évacués restent ont_été
      sont_décédés ont_péri manifestent ont_manifesté`),
    aux: set('ont sont ont_été'),
    relative: set('qui'),
    pronouns: set('eux elles nous vous'),
    labels: set(`page pages p article chapitre paragraphe numéro n° no vol ligne route autoroute salle chaîne version tableau figure
      tome alinéa`),
    clock: set('à vers dès'),
    yearPreps: set(`en depuis dès de jusqu'en avant après année début fin printemps été automne hiver janvier février mars avril mai
      juin juillet août septembre octobre novembre décembre`),
    numberWords: set('nombre total bilan chiffre'),
    windowWords: set('derniers dernières prochains prochaines premiers premières'),
    ratioCues: new Map([['infériorité', 'outnumber'], ['supériorité', 'outnumber']]),
    gloss: new Map([['prison', 'prison'], ['amende', 'fine'], ['superficie', 'area'], ['territoire', 'territory']]),
    nounsCapitalised: false,
    nounFirst: true,
    decimalComma: true,
    groupSeps: new Set([0x20, NBSP, NNBSP, THIN, 0x2e]),
    addVerbs: set('ajouter ajoute ajouté'),
  };
};

// ---------------------------------------------------------------------------------------------- Spanish
const es = (): LangLexicon => {
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
  };
};

const cache = new Map<LangCode, LangLexicon>();
const builders: Record<LangCode, () => LangLexicon> = { en, nb, de, fr, es };

/** Normalises an ISO code to one of the supported rule sets (unknown -> en). */
export function langCode(lang: string): LangCode {
  const l = (typeof lang === 'string' ? lang : '').trim().toLowerCase().slice(0, 2);
  if (l === 'nb' || l === 'no' || l === 'nn') return 'nb';
  if (l === 'de' || l === 'fr' || l === 'es' || l === 'en') return l;
  return 'en';
}

export function lexicon(lang: string): LangLexicon {
  const code = langCode(lang);
  let lx = cache.get(code);
  if (!lx) {
    lx = builders[code]();
    cache.set(code, lx);
  }
  return lx;
}

/** Month names in all five languages (a date is a date whatever the article's language). */
export const MONTHS = set(`january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec januar februar mars mai juni juli oktober desember märz jänner dezember janvier février avril juin
  juillet août septembre octobre novembre décembre janv févr avr juil sept déc enero febrero marzo abril mayo junio julio agosto
  septiembre setiembre octubre noviembre diciembre`);

/** Month names that are also common words ("may", "march", "mars" = planet is rare): need a capital or a digit next to them. */
export const AMBIGUOUS_MONTHS = set('may mar march jan');

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday mandag tirsdag onsdag torsdag fredag lørdag søndag
  montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes
  miércoles jueves viernes sábado domingo`);
