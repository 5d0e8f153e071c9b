// The shapes of what a language tells each stage. A language file (`<code>/index.ts`) fills in the parts it has:
// detection words, the figure grammar's word lists (`<code>/figures.ts`), the name finder's (`<code>/entities.ts`).
// A stage asks the registry (index.ts) for a language's facts and falls back to English where a language has none.

// ------------------------------------------------------------------------------------------ one language

export interface Language {
  /** The normalised code (ISO 639-1, Norwegian written as nb). */
  code: string;
  /** Other spellings of the code that mean this language ("no", "nn", "nob", "norwegian"). */
  aliases?: readonly string[];
  /** Function words and letters that identify the language (documents/language.ts). */
  detect?: DetectionFacts;
  /** The figure grammar's word lists and switches, built on first use (figures/). */
  figures?: () => FigureLexicon;
  /** Cues the figure grammar reads in every article whatever its language (a month name is a date in any text). */
  figureCues?: FigureCues;
  /** The name finder's word lists (entities/findMentions.ts). */
  entities?: EntityFacts;
  /** Cues the name finder and the clustering read in every article whatever its language. */
  entityCues?: EntityCues;
  /** How names are compared (entities/names.ts, entities/cluster.ts). */
  names?: NameFacts;
}

export interface DetectionFacts {
  functionWords: readonly string[];
  /** Letters that betray the language (weighted evidence, not a verdict): "æø" for nb, "ß" for de. */
  letters?: { chars: string; weight: number };
  /** A close language it is taken for unless this one's own words dominate (Danish -> nb when nb scores 0.8 of it). */
  yieldsTo?: { code: string; share: number };
}

export interface NameFacts {
  /** Possessives are written with a bare -s ("Putins", "Merkels"): a name ending in one s may be a genitive. */
  genitiveS?: boolean;
  /** Transliteration habits of the language, rewritten to a neutral key before the shared rules ("tsj" -> "S"). */
  phonetic?: (token: string) => string;
}

// ------------------------------------------------------------------------------------------ figures

/**
 * Kinds of number words (figures/numbers.ts combines them):
 *   u  1–9            t  10–19 (and French 10 after "soixante")      d  tens 20–90
 *   h  hundred (multiplies what precedes: "two hundred", "to hundre", "deux cents")
 *   H  additive hundreds (Spanish "doscientos", "cien")                k  thousand and larger (scale)
 *   z  dozen (multiplies like h: "two dozen")                          c  connector inside compounds ("og", "und")
 */
export type NumKind = 'u' | 't' | 'd' | 'h' | 'H' | 'k' | 'z' | 'c';

export interface NumWord {
  v: number;
  k: NumKind;
}

/** A language code with figure rules of its own (or English, which every other code falls back to). */
export type LangCode = string;

/**
 * How a hedge phrase before a number shapes the interval. The phrases are listed per language (`hedges` below);
 * figures/hedges.ts reads them and turns each code into an interval.
 */
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

export type UnitKind = 'distance' | 'area' | 'mass' | 'percent' | 'duration' | 'ratio' | 'money';

/** Units a language adds to the shared table of figures/units.ts: [canonical unit, factor, kind, "word, word"]. */
export type UnitWords = readonly [unit: string, factor: number, kind: UnitKind, words: string];

export interface FigureLexicon {
  code: LangCode;
  numWords: Map<string, NumWord>;
  /** Number words that may not start a figure on their own (they double as articles: "one", "en", "un"). */
  weakStart: Set<string>;
  /** Number words and nouns are glued into one word ("femogtjue", "fünfundzwanzig", "lokalpolitikere"). */
  compounds: boolean;
  /** Separate-token connector ("and" in "a hundred and five", "et" in "vingt et un") and what it may follow. */
  connector: string | null;
  connectorAfter: string;
  /** Counts in twenties: "quatre-vingt(s)" = 80, "soixante-dix" = 70, "dix-sept" = 17 (French). */
  vigesimal: boolean;
  /** Articles that stand for "one" before a scale or a unit ("a thousand", "et døgn", "un año"). */
  articles: Set<string>;
  /** Time units an article may stand before ("a year", "et døgn", "un año"). */
  articleTimeUnits: readonly string[];
  /** Plural words that name an order of magnitude vaguely ("thousands", "tusenvis", "Dutzende") -> base. */
  vague: Map<string, number>;
  /** Vague words that multiply a vague word after "of": "tens of thousands", "des dizaines de milliers". */
  vagueMultipliers: Set<string>;
  /** Vague words that are no figure on their own, only as a multiplier ("tens"). */
  vagueOnlyAsMultiplier: Set<string>;
  /** A vague word needs "of" after it to be a figure ("thousands of", "des milliers de", "miles de"). */
  vagueNeedsOf: boolean;
  /** "of" elided and glued to the next word ("des milliers d'euros"), tested at the vague word's end. */
  ofElision: RegExp | null;
  /** Words for "of" after a vague word or a scale ("thousands of", "millions d'euros"). */
  of: Set<string>;
  /** What may stand between a scale word and its unit ("millions d'euros", "millones de dólares"). */
  ofBeforeUnit: readonly string[];
  /** Approximate-count nouns used with an article ("une trentaine", "un centenar", "a dozen") -> value. */
  approx: Map<string, number>;
  /** Scale words after digits ("2 million", "5 mill.", "1,5 Millionen"). Keys without a final dot. */
  scales: Map<string, number>;
  /** A ratio glued to its number word: "dreimal", "achtmal" (German "mal"). */
  ratioSuffix: string | null;
  hedges: Map<string, HedgeCode>;
  /** Words after a number meaning "more" ("four more deputies", "10 weitere"). */
  additionalAfter: Set<string>;
  /** Range connectors between two numbers, and the one that needs "between" before it. */
  rangeWords: Set<string>;
  /** Range words that offer alternatives ("two or three"): no range when the second is over ten times the first. */
  orWords: Set<string>;
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
  /** Clock words that make any number after them a time ("klokka", "kl", "um"), even before a counted noun. */
  clockWords: Set<string>;
  /** A clock preposition ("at five") makes a time even when words follow the number (English). */
  clockBeforeWords: boolean;
  /** The time of day written after the digits ("9am", "5 p.m.", "10 Uhr", "4 h 40", "18 horas"): sticky. */
  timeOfDayAfter: RegExp;
  /** Words before a year that make it a date ("in 1988", "i 1988", "seit 1988"). */
  yearPreps: Set<string>;
  /** "the number", "antallet": the bare number refers back to a figure. */
  numberWords: Set<string>;
  /** Number words that name a death toll ("toll", "dødstallet"): the bare number counts people who died. */
  tollWords: Set<string>;
  /** Words before "the last N days" that make a duration a time window ("the past", "de siste"). */
  windowWords: Set<string>;
  /** The window word may also follow the number ("les 24 dernières heures"). */
  windowAfterNumber: boolean;
  /** Ages written after the number ("44-year-old", "44-åring", "54 ans d'âge"): first letters and patterns. */
  age: AgeFacts;
  /** "Belov, 54 ans": a capitalised name and a comma before "N years" make it an age. */
  ageAfterNameComma: boolean;
  /** Ratio cues for "N times" ("outnumbered", "undertall"), with a gloss. */
  ratioCues: Map<string, string>;
  /** Common nouns glossed to English for cross-language claim keys ("fengsel" -> "prison"). */
  gloss: Map<string, string>;
  /** Key words are English already: no gloss is added to them. */
  keysInEnglish: boolean;
  /** Nouns are capitalised (German): a capitalised word after a number is the counted noun. */
  nounsCapitalised: boolean;
  /** The noun comes before its adjectives (French, Spanish). */
  nounFirst: boolean;
  /** The word looks like a plural noun, a counted word ("miners", "arbeidere"); words of three letters or more. */
  looksPlural: (lower: string) => boolean;
  /** Words that end the search for a counted noun: conjugated verbs ("restent", "murieron"), adverbs. */
  notNoun: RegExp | null;
  /** A capitalised plural right after the number counts people ("Ukrainians", "Chinese"). */
  capitalisedPeople: RegExp | null;
  /** A lone first word after the number that is no counted noun ("only", "killed", "higher"). */
  notBareNoun: RegExp | null;
  /** The first word after the number is the counted noun even with more words after it (Norwegian). */
  bareNounBeforeWords: boolean;
  /** A complement without a preposition is what a measure is about ("syv års fengsel", "drei Jahre Haft"). */
  complementWithoutPrep: boolean;
  /** A money complement may follow a preposition ("18 millioner kroner i nødhjelp"); not in English. */
  moneyComplementAfterPrep: boolean;
  /** "human noun" suffixes that denote people when not listed ("Ukrainians", "scientists", "evacuees"). */
  humanSuffix: RegExp | null;
  /** "kr 500" without a dot is an amount of Norwegian kroner. */
  krBeforeAmount: boolean;
  decimalComma: boolean;
  /** Thousands separators accepted between digit groups (char codes). */
  groupSeps: Set<number>;
  /** Verbs before a number meaning it is added ("add $2 million"). */
  addVerbs: Set<string>;
  /** Units of this language only (added to the shared table of figures/units.ts). */
  units: readonly UnitWords[];
  /** A crude lemma: plural endings stripped. Consistent rather than correct. */
  lemma: (lower: string) => string;
  /** Time qualifiers ("last week", "i går", "seit Montag") as regex sources (figures/timePhrases.ts). */
  timePhrases: readonly string[];
}

export interface AgeFacts {
  /** First letters of the age words (a cheap test before the patterns). */
  first: string;
  /** Tried in order; group 1 is the unit word, looked up in `units` (default years). */
  patterns: readonly RegExp[];
  units: Readonly<Record<string, string>>;
}

/**
 * Words the figure grammar reads in every article, whatever its language: the union over all languages is used.
 * (A month name is a date in any text; "14 de marzo" and "5th of May" take their "of" from any language.)
 */
export interface FigureCues {
  months?: string;
  /** Month names that are also common words ("may", "march"): a date only with a capital or a digit next to them. */
  ambiguousMonths?: string;
  weekdays?: string;
  /** Between a day and its month ("14 de marzo", "the 5th of May"). */
  monthOf?: string;
  /** Letters glued to digits that make them an ordinal or a time ("1st", "2e", "3º", "9am"). */
  suffixes?: string;
  /** The same, only in articles of this language ("4h" in French, "1o" in Spanish). */
  ownSuffixes?: string;
  /** Words after a number that make it a time of day ("10 Uhr", "five o'clock"). */
  clockAfter?: string;
  /** Time-of-day words after "9.30" ("a.m.", "Uhr", "h", "timer"): regex alternatives, "|" only between them. */
  clockAfterDecimal?: string;
  /** Nouns after "X-Y" that make it a score, not a range ("a 31-24 victory"). */
  scoreWords?: string;
  /** Articles and possessives after a partitive "of" ("nine of the 14 miners"). */
  partitiveArticles?: string;
  /** Articles that may open the counted phrase in noun-first languages ("les", "los"). */
  headArticles?: string;
  /** Prepositions before the complement of a measure ("seven years in prison", "18 millioner kroner i nødhjelp"). */
  complementPreps?: string;
  /** Words between "N times" and what it multiplies ("three times its normal rainfall", "dreimal so viel"). */
  ratioFillers?: string;
  /** Word stems that are ratio cues wherever they occur ("outnumber..."). */
  ratioCuePrefixes?: string;
  /** After "more": "more than", "más de" are hedges, not "four more". */
  notAdditionalBefore?: string;
  /** Before a number: "aged", "alder av", "im Alter von" make "N years" an age (regex alternatives, as above). */
  agePrefixes?: string;
  /** Between two amounts in two currencies: "47,000 rubles (about $780)" (regex alternatives, as above). */
  equivalenceHedges?: string;
}

// ------------------------------------------------------------------------------------------ entities

export interface EntityFacts {
  /** Capitalised words that do not start a name on their own (sentence-initial words, weekdays, headline words). */
  stopWords?: Set<string>;
  /** Lower-case words that may join two capitalised words inside one name ("Gulf of Aden", "Institut für"). */
  nameConnectors?: Set<string>;
  /** Prepositions of place: a weak place cue for the name after them. */
  placePrepositions?: Set<string>;
  /** Nouns are capitalised: a lone capitalised word is only a tentative name. */
  nounsCapitalised?: boolean;
  /** Nouns glued into one word: an organisation head at the end of a word names an organisation. */
  compounds?: boolean;
  /** The article that opens organisation names ("the" in "the Kremlin"): a weak organisation cue. */
  organisationArticle?: string;
  /** Place heads that open a name span ("Dorf Schelannoje", "Kupfergrube Glubokaja"): cut from the name, a place cue. */
  placeHeadsFirst?: readonly string[];
}

/** Word lists the name finder reads in every article, whatever its language: the union over languages is used. */
export interface EntityCues {
  /** Titles and roles before a name: stripped from the mention, and a person cue. */
  personTitles?: string;
  /** Words after a name that make it a person ("X said", "X sa", "X sagte"). */
  personVerbsAfter?: string;
  /** Heads of organisation names (a name containing one is an organisation). */
  organisationWords?: string;
  /** Heads glued onto a word ("Bergbaugesellschaft", "Gruveinstituttet"): an organisation. */
  organisationCompoundHeads?: string;
  /** Words after a capitalised name that make it a place ("Kharkiv region"). */
  placeHeadsAfter?: string;
  /** Words before a name that make it a place ("city of X", "bydelen X"). */
  placeHeadsBefore?: string;
  /** Lower-case tails after a hyphen that make the name a place ("Kharkiv-regionen"). */
  placeTails?: string;
  /** Words that open a different name rather than qualify a sentence ("North Carolina", "New Orleans"). */
  nameOpeners?: string;
  /** First words that make a different place of the rest: "North Carolina" is not "Carolina" (clustering). */
  placeQualifiers?: string;
  /** Words that keep their dot ("Dr.", "St.", "Inc."). */
  abbreviations?: string;
  /** Capitalised adjectives of nationality and the like: not names on their own. */
  demonyms?: string;
  /** "Saint" in its spellings: a place cue, and one token for comparing names. */
  saints?: string;
  /** Photo-credit words glued to a name by a pasted caption ("PalyugaPhoto"). */
  captionWords?: string;
}
