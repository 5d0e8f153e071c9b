// The cue words of each property, per language, as look-up tables: a word prefix or a phrase -> property.
import { languageCode } from '../languages';
import { SLOT_CUES } from '../languages/slotFacts';

export interface CueTable {
  /** Word prefix (lower-case) -> property. */
  words: Map<string, string>;
  /** Phrase of two or three words (lower-case, space-joined) -> property. */
  phrases: Map<string, string>;
  /** Whole word (lower-case) -> property it is a weak cue for (languages/slotCues.ts weakCues). */
  weak: Map<string, string>;
  conjunctions: Set<string>;
  /** Words before a count that make it a part of the count before ("including"). */
  subset: Set<string>;
  /** Words for the victims of an event; in an article about a shooting they count the people shot. */
  victims: Set<string>;
  /** Words that make an article one about a shooting. */
  shootingWords: Set<string>;
  /** Qualifier -> its words (whole, lower-case) and phrases (space-joined). */
  qualifiers: Map<string, { words: Set<string>; phrases: string[] }>;
}

const tables = new Map<string, CueTable>();
const LONGEST = 16;

/** The cue table of a language (English where it has none of its own). */
export function cueTable(lang: string): CueTable {
  const code = languageCode(lang);
  let t = tables.get(code);
  if (t) return t;
  const cues = SLOT_CUES[code] ?? SLOT_CUES.en!;
  const words = (list: string | undefined) => new Set((list ?? '').split(/\s+/).filter(Boolean));
  t = {
    words: new Map(),
    phrases: new Map(),
    weak: new Map(),
    conjunctions: words(cues.conjunctions),
    subset: words(cues.subset),
    victims: words(cues.victims),
    shootingWords: words(cues.shootingWords),
    qualifiers: new Map(),
  };
  for (const [q, list] of Object.entries(cues.qualifiers ?? {})) {
    const all = words(list);
    t.qualifiers.set(q, { words: new Set([...all].filter((w) => !w.includes('_'))), phrases: [...all].filter((w) => w.includes('_')).map((w) => w.replace(/_/g, ' ')) });
  }
  for (const [property, list] of Object.entries(cues.properties)) {
    for (const w of list.split(/\s+/)) {
      if (!w) continue;
      if (w.includes('_')) t.phrases.set(w.replace(/_/g, ' '), property);
      else if (!t.words.has(w)) t.words.set(w, property);
    }
  }
  for (const [property, list] of Object.entries(cues.weakCues ?? {})) for (const w of words(list)) t.weak.set(w, property);
  tables.set(code, t);
  return t;
}

/** The property a word is a cue for: its longest listed prefix (four letters or more, or the whole word). */
export function propertyOfWord(table: CueTable, word: string): string | undefined {
  for (let n = Math.min(word.length, LONGEST); n >= 3; n--) {
    const hit = table.words.get(word.slice(0, n));
    if (hit && (n >= 4 || n === word.length)) return hit;
  }
  return undefined;
}
