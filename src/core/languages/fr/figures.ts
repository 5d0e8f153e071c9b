// French: the figure grammar's words.
import type { FigureCues, FigureLexicon, NumWord } from '../facts';
import { glossMap, hedgeMap, NBSP, NNBSP, numMap, pairs, set, split, THIN } from '../words';

export const figures = (): FigureLexicon => {
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
    vigesimal: true,
    articleTimeUnits: split('an année jour semaine mois heure décennie'),
    vagueMultipliers: set('dizaines centaines'),
    vagueOnlyAsMultiplier: set(''),
    vagueNeedsOf: true,
    ofElision: /^[ \u00a0]*d['’]/i,
    ofBeforeUnit: ["d'", 'd’', 'de '],
    ratioSuffix: null,
    orWords: set('ou'),
    clockWords: set(''),
    clockBeforeWords: false,
    timeOfDayAfter: /[ \u00a0]?h(?:[ \u00a0]?\d{2})(?![0-9])/iuy,
    tollWords: set(''),
    windowAfterNumber: true,
    age: { first: 'a', patterns: [/^\s+(ans)\s+(?:d['’]âge)(?![\p{L}])/iu], units: {} },
    ageAfterNameComma: true,
    keysInEnglish: false,
    looksPlural: (w) => w.length >= 3,
    notNoun: /(?<!m)ent$/,
    capitalisedPeople: null,
    notBareNoun: null,
    bareNounBeforeWords: false,
    complementWithoutPrep: false,
    moneyComplementAfterPrep: true,
    humanSuffix: null,
    krBeforeAmount: false,
    units: [['years', 1, 'duration', 'an, ans']],
    lemma,
    timePhrases: TIME_PHRASES,
  };
};

function lemma(w: string): string {
  const n = w.length;
  if (n > 4 && w.endsWith('aux')) return `${w.slice(0, -3)}al`;
  if (n > 3 && (w.endsWith('s') || w.endsWith('x'))) return w.slice(0, -1);
  return w;
}

const MONTHS_RE = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

const TIME_PHRASES = [
  `(?:(?:depuis|dès|jusqu'à|jusqu’à|avant|après)\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\\s+(?:matin|soir|après-midi))?`,
  `(?:la\\s+semaine|le\\s+mois|l'année|l’année|le\\s+week-end|le\\s+printemps)\\s+(?:dernière|dernier|prochaine|prochain|passée|passé)`,
  `(?:depuis|dès|jusqu'à|jusqu’à|avant|après)\\s+(?:le\\s+)?(?:début|fin|milieu)\\s+(?:de\\s+|d'|d’)?(?:la\\s+semaine|l'année|l’année|\\p{L}+)`,
  `(?:en|depuis|dès|fin|début|mi-)\\s*(?:${MONTHS_RE})(?:\\s+\\d{4})?`,
  `(?:hier|aujourd'hui|aujourd’hui|ce\\s+week-end|jusqu'à\\s+présent|jusqu’à\\s+présent|cette\\s+semaine|ce\\s+mois-ci|cette\\s+année|dans\\s+la\\s+nuit\\s+de\\s+\\p{L}+\\s+à\\s+\\p{L}+)`,
];

export const figureCues: FigureCues = {
  months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre janv févr avr juil sept déc',
  weekdays: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
  suffixes: 'e er re ème eme ième',
  ownSuffixes: 'h a o',
  clockAfterDecimal: 'h',
  scoreWords: 'victoire défaite nul',
  partitiveArticles: 'les des ses leurs nos la de',
  headArticles: 'les',
  complementPreps: 'de en',
  ratioFillers: 'autant',
  agePrefixes: 'âgée?s? de',
  equivalenceHedges: 'environ',
};
