// English: the figure grammar's words (number words, hedges, what is counted, dates, clock, ages).
import type { FigureCues, FigureLexicon, NumWord } from '../facts';
import { glossMap, hedgeMap, NBSP, NNBSP, numMap, pairs, set, split, THIN } from '../words';

export const figures = (): FigureLexicon => {
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
    vigesimal: false,
    articleTimeUnits: split('year years day days week weeks month months hour hours decade decades fortnight'),
    vagueMultipliers: set('tens hundreds'),
    vagueOnlyAsMultiplier: set('tens'),
    vagueNeedsOf: true,
    ofElision: null,
    ofBeforeUnit: ["d'", 'd’'],
    ratioSuffix: null,
    orWords: set('or'),
    clockWords: set(''),
    clockBeforeWords: true,
    timeOfDayAfter: /[ \u00a0]?(?:[ap]\. ?m\.?|am|pm|o['’]clock)(?![\p{L}])/iuy,
    tollWords: set('toll'),
    windowAfterNumber: false,
    age: {
      first: 'ymwd',
      patterns: [/^[-‐‑–][ ]?(year|month|week|day)s?[-‐‑–]old(?![\p{L}])/iu, /^\s+(year|month|week|day)s?\s+old(?![\p{L}])/iu],
      units: { month: 'months', week: 'weeks', day: 'days' },
    },
    ageAfterNameComma: false,
    keysInEnglish: true,
    looksPlural: (w) => w.length >= 4 && w.endsWith('s') && !/(?:ss|us|is|ous|'s|’s)$/.test(w),
    notNoun: /(?:ly|ing)$/,
    capitalisedPeople: /(?:ians|ans|ese|ards|ers)$/,
    notBareNoun: /(?:ly|ed|ing|er|est)$/,
    bareNounBeforeWords: false,
    complementWithoutPrep: false,
    moneyComplementAfterPrep: false,
    humanSuffix: /(?:ians|ists|ees)$/,
    krBeforeAmount: false,
    units: [],
    lemma,
    timePhrases: TIME_PHRASES,
  };
};

const IRREGULAR: Record<string, string> = {
  men: 'man', women: 'woman', people: 'person', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', leaves: 'leaf', thieves: 'thief',
  crises: 'crisis', analyses: 'analysis', police: 'police', personnel: 'personnel', staff: 'staff', series: 'series',
  news: 'news', species: 'species', aircraft: 'aircraft', townspeople: 'person', policemen: 'policeman',
  firemen: 'fireman', fishermen: 'fisherman', crewmen: 'crewman', councilmen: 'councilman', congressmen: 'congressman',
};

function lemma(w: string): string {
  const n = w.length;
  const irr = IRREGULAR[w];
  if (irr) return irr;
  if (n > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (n > 4 && (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes') || w.endsWith('zes')))
    return w.slice(0, -2);
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const MONTHS_RE = 'january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.';

const TIME_PHRASES = [
  `(?:(?:on|by|since|until|till|before|after|from|early|late|last|this|next)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?`,
  `(?:by|at|until|till|before|since|towards?|from|in)\\s+the\\s+(?:end|start|beginning|middle|close)\\s+of\\s+(?:the\\s+)?(?:day|week|month|year|weekend|${MONTHS_RE}|\\d{4})`,
  `(?:(?:in|during|over)\\s+)?(?:the\\s+)?(?:last|this|next|past|previous|coming|same)\\s+(?:week|month|year|weekend|night|morning|evening|summer|winter|spring|autumn|fall|fortnight)`,
  `(?:earlier|later)\\s+(?:this|that|in\\s+the)\\s+(?:day|week|month|year)`,
  `(?:in|on|since|by|until|till|during|before|after|from|early|late|mid|earlier\\s+in|later\\s+in)[\\s-]+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS_RE})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?`,
  `(?:in|since|by|until|during|before|after|from)\\s+(?:1[89]\\d\\d|20\\d\\d)`,
  `(?:yesterday|today|tonight|tomorrow|so\\s+far|to\\s+date|(?:at|over|during)\\s+the\\s+weekend|this\\s+weekend|these\\s+days|overnight|last\\s+night)`,
];

export const figureCues: FigureCues = {
  months: `january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec`,
  ambiguousMonths: 'may mar march jan',
  weekdays: 'monday tuesday wednesday thursday friday saturday sunday',
  monthOf: 'of',
  suffixes: 'st nd rd th s am pm',
  clockAfter: "o'clock o’clock",
  clockAfterDecimal: 'a\\.?m\\.?|p\\.?m\\.?',
  scoreWords: `lead victory win loss defeat draw tie run score scoreline triumph rout comeback edge advantage deficit margin
    decision vote record`,
  partitiveArticles: 'the their its his her those these our your',
  complementPreps: 'in of at for',
  ratioFillers: 'its the their his her so as many much',
  ratioCuePrefixes: 'outnumber',
  notAdditionalBefore: 'than of',
  agePrefixes: 'aged|age of',
  equivalenceHedges: 'about|around|roughly|approximately|ca\\.?',
};
