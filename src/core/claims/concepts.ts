// Concepts that tell what a figure is about, across languages: the event words of its sentence ("signed",
// "undertegnet", "unterzeichnet") and the kind of thing it counts ("officials", "lokalpolitikere").
// Matched by word prefix, so inflections need no list of their own. Written for Crossread.

/** concept: prefixes (lower-case, at least 4 letters unless the word is short) in en, nb, de, fr, es. */
const EVENT_CONCEPTS: Record<string, string> = {
  sign: 'sign signed signat signing undertegn underskr underskrift unterschr unterzeich signé signat firm firma',
  petition: 'petition opprop oppropet petisjon petition pétition petición',
  resign: 'resign resignation avgang gå av rücktritt zurücktr démission dimisión dimit',
  vote: 'vote voted voting avstemning stemte stemme abstimm stimmt vote voté votación votar',
  letter: 'letter brev brief lettre carta',
  evacuate: 'evacua escaped escape flee fled flykt evakuer evakuier fluch évacu huy',
  kill: 'kill killed dead death died drept døde omkom tote getötet starben tués morts muertos fallec',
  injure: 'injur wounded hurt skadd såret verletzt blessé herido',
  territory: 'territor retake retaken recapture recaptured reconquer withdrew withdraw liberat tatt tilbake gjenerobret befrei zurückerobert reconquis recuper terrain gebiet',
  outnumber: 'outnumber undertall überzahl unterzahl infériorité inferioridad',
  prison: 'prison jail fengsel gefängnis haft prisión cárcel emprisonn',
  fine: 'fine fined bot bøter geldstraf amende multa',
  reserve: 'reserv mobiliz mobilis reservist',
  exercise: 'exercise øvelse manöver übung exercice ejercicio',
  evacuees: 'civilian sivile zivilist civil',
  flood: 'flood flom hochwasser überschwemm inondation inundación crue',
  trapped: 'trapped stuck fanget eingeschlossen piégé atrapad',
  rescue: 'rescue redde reddet gerettet rettung sauvé secour rescat',
  missing: 'missing savnet vermisst disparu desaparecid',
  damage: 'damage skade schaden dégâts daños',
  cost: 'cost kost kosten coût costo cuesta',
  budget: 'budget bevilg haushalt presupuesto',
  strike: 'strike streik grève huelga',
  arrest: 'arrest arrestert pågrepet festgenommen verhaftet arrêté detenid',
  protest: 'protest demonstr manifest kundgeb',
  area: 'square kvadrat quadrat carré cuadrad hectare hektar acre',
  distance: 'advanc frem fremover vorgerückt avancé avanz',
  age: 'year-old åring jährig years old år gammel ans años de edad',
  reservoir: 'reservoir magasin stausee embalse barrage dam demning',
  election: 'election valg wahl élection elección ballot',
  turnout: 'turnout valgdeltakelse wahlbeteiligung participation participación',
};

/** What a counted noun denotes. */
const COUNTED_CONCEPTS: Record<string, string> = {
  politician: 'official officials politician lawmaker deputies deputy councillor councilor councilm representative legislator mp lokalpolitik politiker representant folkevalg bydelspolitik abgeordnet ratsmitglied gemeinderät mandatsträger élu élus député conseiller diputad concejal representante político',
  soldier: 'troop soldier tropp soldat styrke truppe militär militaire militar',
  civilian: 'civilian sivil zivil civil resident innbygg einwohn bewohner habitant vecino evacuee evakuerte evakuierte évacué evacuado',
  worker: 'worker arbeider arbeiter bergleute bergmann miner gruvearbeid ouvrier mineur trabajador minero',
  people: 'people person men women menn kvinner mensch leute personne gens persona gente',
  signature: 'signat underskrift unterschrift firma',
  case: 'case saker fälle affaire caso',
  house: 'house home hus bolig häuser haus maison casa vivienda',
};

function buildIndex(table: Record<string, string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [concept, words] of Object.entries(table)) for (const w of words.split(/\s+/)) if (w) index.set(w, concept);
  return index;
}

const EVENT_INDEX = buildIndex(EVENT_CONCEPTS);
const COUNTED_INDEX = buildIndex(COUNTED_CONCEPTS);
const LONGEST = 16;
const WORD = /[\p{L}][\p{L}\p{M}-]*/gu;

function lookup(index: Map<string, string>, word: string): string | undefined {
  const w = word.toLowerCase();
  for (let n = Math.min(w.length, LONGEST); n >= 3; n--) {
    const hit = index.get(w.slice(0, n));
    if (hit && (n >= 4 || n === w.length)) return hit;
  }
  return undefined;
}

function conceptsOf(index: Map<string, string>, text: string): string[] {
  const out = new Set<string>();
  WORD.lastIndex = 0;
  let prev = '';
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const c = lookup(index, m[0]);
    if (c) out.add(c);
    // Two-word event phrases ("tatt tilbake", "gå av", "years old").
    if (prev) {
      const pair = index.get(`${prev} ${m[0].toLowerCase()}`);
      if (pair) out.add(pair);
    }
    prev = m[0].toLowerCase();
  }
  return [...out].sort();
}

/** Event concepts in a sentence. */
export function eventConcepts(sentence: string): string[] {
  return conceptsOf(EVENT_INDEX, sentence);
}

/** What a counted noun phrase denotes. */
export function countedConcepts(phrase: string): string[] {
  return conceptsOf(COUNTED_INDEX, phrase);
}

/** English words for the concepts above, as claim labels. */
const COUNTED_LABEL: Record<string, string> = {
  politician: 'officials',
  soldier: 'troops',
  civilian: 'residents',
  worker: 'workers',
  people: 'people',
  signature: 'signatures',
  case: 'cases',
  house: 'homes',
};
const EVENT_LABEL: Record<string, string> = {
  sign: 'signed',
  petition: 'petition',
  resign: 'resigned',
  vote: 'votes',
  letter: 'letter',
  evacuate: 'evacuated',
  kill: 'killed',
  injure: 'injured',
  territory: 'territory',
  outnumber: 'outnumbered',
  prison: 'prison term',
  fine: 'fine',
  reserve: 'reservists',
  exercise: 'exercise',
  evacuees: 'civilians',
  flood: 'flooded',
  trapped: 'trapped',
  rescue: 'rescued',
  missing: 'missing',
  damage: 'damage',
  cost: 'cost',
  budget: 'budget',
  strike: 'strike',
  arrest: 'arrested',
  protest: 'protest',
  area: 'area',
  distance: 'advance',
  age: 'age',
  reservoir: 'reservoir',
  election: 'election',
  turnout: 'turnout',
};

/** Every concept name, for tests. */
export const CONCEPT_NAMES = { events: Object.keys(EVENT_CONCEPTS), counted: Object.keys(COUNTED_CONCEPTS) };

export function eventLabel(concept: string): string | undefined {
  return EVENT_LABEL[concept];
}

export function countedLabel(concept: string): string | undefined {
  return COUNTED_LABEL[concept];
}
