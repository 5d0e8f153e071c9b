// What each figure measures: its property (killed, injured, shot, signed, area, revenue, ...) from the cue words
// nearest to it in its own clause, and, for an age, whose age it is (the person named beside it). Two figures are
// compared in a claim only when they measure the same property of the same story (and of the same person for an
// age); a figure whose property cannot be told is shown but joins no claim.
import type { Figure, FigureSlot, Mention, Sentence } from '../model';
import { cueTable, propertyOfWord, type CueTable } from './propertyCues';

export type { FigureSlot } from '../model';

/** Words further than these from the figure are not its cues. */
const MAX_BEFORE = 6;
const MAX_AFTER = 10;
/** A comma between the figure and a cue counts as this many words; a conjunction ("and") as CONJUNCTION. */
const COMMA = 1;
const CONJUNCTION = 3;
/** A cue before the figure further than this many words is used only when none follows it. */
const ADJACENT_BEFORE = 2;
/** How much further a cue for being shot counts than one for the outcome (killed, injured). */
const WEAK_CUE = 2.5;

/** Properties that count people or things; money; shares. A cue of another kind is not this figure's. */
const COUNT_PROPERTIES = new Set(['killed', 'injured', 'shot', 'arrested', 'missing', 'evacuated', 'trapped', 'remaining', 'rescued', 'signed', 'voted', 'jobs', 'sales']);
const MONEY_PROPERTIES = new Set(['sales', 'revenue', 'profit', 'loss', 'debt', 'loan', 'price', 'fine', 'fund', 'aid']);
const SHARE_PROPERTIES = new Set(['stake', 'sales', 'revenue', 'profit', 'loss', 'jobs', 'price']);
const LENGTH_UNITS = /^(?:km|m|mi|ft|cm)$/;
const DURATION_UNITS = /^(?:hours|days|weeks|months|years|minutes)$/;

/** Whether a property can be what a figure in this unit measures. */
function fits(property: string, unit: string): boolean {
  if (/^[A-Z]{3}$/.test(unit)) return MONEY_PROPERTIES.has(property);
  if (unit === '%') return SHARE_PROPERTIES.has(property) || COUNT_PROPERTIES.has(property);
  if (unit === 'km2') return property === 'area';
  if (LENGTH_UNITS.test(unit)) return property === 'distance' || property === 'depth';
  if (DURATION_UNITS.test(unit)) return property === 'sentence' || property === 'pumping' || property === 'age' || property === 'missing' || property === 'trapped';
  if (unit === 'times') return property === 'outnumbered' || property === 'rainfall';
  return COUNT_PROPERTIES.has(property);
}

/** Sentence-level event concepts (claims/concepts.ts) that name a property when the clause has no cue word. */
const EVENT_PROPERTY: Record<string, string> = {
  kill: 'killed', injure: 'injured', sign: 'signed', petition: 'signed', evacuate: 'evacuated',
  evacuees: 'evacuated', territory: 'area', area: 'area', prison: 'sentence', outnumber: 'outnumbered', arrest: 'arrested',
  missing: 'missing', trapped: 'trapped', rescue: 'rescued', vote: 'voted', fine: 'fine', distance: 'distance',
};

/** What a figure counts (figures' counted-noun keys, English in every language) when it counts those who act. */
const EVENT_AGENTS = new Set(['rescuer', 'volunteer', 'firefighter', 'police', 'officer', 'soldier', 'responder', 'journalist', 'reporter', 'investigator', 'doctor', 'medic']);

interface Token {
  start: number;
  end: number;
  /** Lower-case word, or ',' for a clause mark. */
  word: string;
}

const ELISION = /^\p{L}{1,4}['’](?=\p{L}{2})/u;
const TOKEN = /\p{L}[\p{L}\p{M}'’-]*|[,;:()–—]/gu;

export function figureSlots(
  text: string,
  lang: string,
  sentences: readonly Sentence[],
  figures: readonly Figure[],
  mentions: readonly Mention[],
  figureEvents: readonly (readonly string[])[],
): FigureSlot[] {
  const table = cueTable(lang);
  const tokensOf = new Map<number, Token[]>();
  const qualifiersOf = new Map<number, string[]>();
  const withQualifiers = (f: Figure, slot: FigureSlot): FigureSlot => {
    const s = sentences[f.sentence];
    if (!s) return slot;
    let q = qualifiersOf.get(f.sentence);
    if (!q) qualifiersOf.set(f.sentence, (q = sentenceQualifiers(tokensOf.get(f.sentence) ?? tokenize(text, s), table)));
    if (q.length) slot.qualifiers = q.slice();
    return slot;
  };
  return figures.map((f, fi) => withQualifiers(f, slotOf(f, fi)));

  function slotOf(f: Figure, fi: number): FigureSlot {
    if (f.counts === 'age') return { property: 'age', subject: ageSubject(f, mentions) };
    const s = sentences[f.sentence];
    if (!s) return { property: '', subject: -1 };
    let tokens = tokensOf.get(f.sentence);
    if (!tokens) tokensOf.set(f.sentence, (tokens = tokenize(text, s)));
    // The clause of the figure: up to the neighbouring figures of the same unit, which take their own cues.
    let from = s.start;
    let to = s.end;
    for (let k = fi - 1; k >= 0 && figures[k]!.sentence === f.sentence; k--) {
      if (figures[k]!.unit === f.unit && figures[k]!.counts !== 'age') {
        from = figures[k]!.end;
        break;
      }
    }
    for (let k = fi + 1; k < figures.length && figures[k]!.sentence === f.sentence; k++) {
      const g = figures[k]!;
      // A part named inside the clause ("five others, including two police officers, were injured") takes the cue
      // of the whole too: the clause goes on past it.
      if (g.unit === f.unit && g.counts !== 'age' && !isSubset(text, g.start, table)) {
        to = g.start;
        break;
      }
    }
    const local = nearestCue(tokens, f, from, to, table, victimsCue(text, table), (p) => fits(p, f.unit));
    if (local) return { property: local, subject: -1 };
    // The sentence's events, when the figure counts people they happen to, not those who do them ("hundreds of
    // rescuers" were not rescued).
    if (f.countsKeys?.some((k) => EVENT_AGENTS.has(k))) return { property: '', subject: -1 };
    const fromEvents = new Set<string>();
    for (const e of figureEvents[fi] ?? []) if (EVENT_PROPERTY[e] && fits(EVENT_PROPERTY[e]!, f.unit)) fromEvents.add(EVENT_PROPERTY[e]!);
    return { property: fromEvents.size === 1 ? [...fromEvents][0]! : '', subject: -1 };
  }
}

/** The qualifiers a sentence's words name (sorted). */
function sentenceQualifiers(tokens: readonly Token[], table: CueTable): string[] {
  if (table.qualifiers.size === 0) return [];
  const out: string[] = [];
  const joined = ` ${tokens.map((t) => t.word).join(' ')} `;
  for (const [q, { words, phrases }] of table.qualifiers) {
    if (tokens.some((t) => words.has(t.word)) || phrases.some((p) => joined.includes(` ${p} `))) out.push(q);
  }
  return out.sort();
}

function tokenize(text: string, s: Sentence): Token[] {
  const out: Token[] = [];
  const part = text.slice(s.start, s.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(part); m; m = TOKEN.exec(part)) {
    const w = m[0];
    // An elided article or preposition is not part of the word: "d’aide", "l’aiuto", "dell’area".
    out.push({ start: s.start + m.index, end: s.start + m.index + w.length, word: /^\p{L}/u.test(w) ? w.toLowerCase().replace(ELISION, '') : ',' });
  }
  return out;
}

/** The property named by the cue nearest to the figure (its own words first, then after it, then before it). */
function nearestCue(
  tokens: readonly Token[],
  f: Figure,
  from: number,
  to: number,
  table: CueTable,
  victims: string | undefined,
  fit: (property: string) => boolean,
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let fallback: string | undefined;
  const consider = (cue: string | undefined, distance: number) => {
    if (cue === undefined) return;
    // A weak cue ('~' + property) counts only where no better cue is near.
    const weak = cue.charCodeAt(0) === 126;
    const property = weak ? cue.slice(1) : cue;
    if (!fit(property)) return;
    if (weak) distance += WEAK_CUE;
    // Being shot is how it happened; killed or injured, what came of it: the outcome wins when both are near.
    if (property === 'shot') distance += WEAK_CUE;
    if (distance < bestDistance) [best, bestDistance] = [property, distance];
  };
  // "Victims" says only that they were the event's: used when the clause has no other cue.
  const cueOf = (word: string) => {
    const p = propertyOfWord(table, word) ?? (table.weak.has(word) ? `~${table.weak.get(word)}` : undefined);
    if (p === undefined && victims && fallback === undefined && table.victims.has(word) && fit(victims)) fallback = victims;
    return p;
  };
  // Inside the figure and after it ("2 dead", "seven people were shot", "two boys were killed").
  let distance = 0;
  let words = 0;
  for (let i = firstAtOrAfter(tokens, f.start); i < tokens.length && tokens[i]!.start < to; i++) {
    const t = tokens[i]!;
    const inside = t.end <= f.end;
    if (t.word === ',') {
      if (!inside) distance += COMMA;
      continue;
    }
    if (!inside) {
      words++;
      distance++;
      if (words > MAX_AFTER) break;
      if (table.conjunctions.has(t.word)) distance += CONJUNCTION;
    }
    const cue = phraseAt(tokens, i, table) ?? cueOf(t.word);
    // A weak cue leads its figure ("leaving three men underground"); after it, it belongs to what follows.
    if (cue?.charCodeAt(0) !== 126) consider(cue, inside ? 0 : distance);
  }
  const after = best;
  // Before it ("killed two people", "injuring five"): a cue after the figure at the same distance wins.
  distance = 0;
  words = 0;
  for (let i = firstAtOrAfter(tokens, f.start) - 1; i >= 0 && tokens[i]!.start >= from; i--) {
    const t = tokens[i]!;
    if (t.word === ',') {
      distance += COMMA;
      continue;
    }
    words++;
    distance++;
    if (words > MAX_BEFORE) break;
    if (table.conjunctions.has(t.word)) distance += CONJUNCTION;
    if (after !== undefined && distance > ADJACENT_BEFORE) break;
    consider(phraseEndingAt(tokens, i, table) ?? cueOf(t.word), distance + 0.5);
  }
  return best ?? fallback;
}

/** The figure at `start` names a part of the one before it ("including two officers"). */
function isSubset(text: string, start: number, table: CueTable): boolean {
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase();
  const m = /(\p{L}+)[\s,]*$/u.exec(before);
  return !!m && table.subset.has(m[1]!);
}

/**
 * What "victims" count in this article: in an article about a shooting (its words for being shot come up twice or
 * more), the people shot; elsewhere nothing in particular.
 */
function victimsCue(text: string, table: CueTable): string | undefined {
  if (table.victims.size === 0) return undefined;
  let n = 0;
  const re = /\p{L}+/gu;
  const end = Math.min(text.length, 20_000);
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (table.shootingWords.has(m[0].toLowerCase()) && ++n >= 2) return 'shot';
  }
  return undefined;
}

function phraseAt(tokens: readonly Token[], i: number, table: CueTable): string | undefined {
  if (table.phrases.size === 0) return undefined;
  let phrase = tokens[i]!.word;
  for (let k = 1; k < 4 && i + k < tokens.length; k++) {
    phrase += ` ${tokens[i + k]!.word}`;
    const hit = table.phrases.get(phrase);
    if (hit) return hit;
  }
  return undefined;
}

function phraseEndingAt(tokens: readonly Token[], i: number, table: CueTable): string | undefined {
  if (table.phrases.size === 0) return undefined;
  let phrase = tokens[i]!.word;
  for (let k = 1; k < 4 && i - k >= 0; k++) {
    phrase = `${tokens[i - k]!.word} ${phrase}`;
    const hit = table.phrases.get(phrase);
    if (hit) return hit;
  }
  return undefined;
}

function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The person an age belongs to: the name just before it ("Royal Willrich, 30", "Sjtsjerbakova (42)"), else just after. */
function ageSubject(f: Figure, mentions: readonly Mention[]): number {
  let best = -1;
  let bestGap = Infinity;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.sentence !== f.sentence || m.kind === 'place' || m.kind === 'organization') continue;
    const gap = m.end <= f.start ? f.start - m.end : m.start >= f.end ? (m.start - f.end) * 1.5 : Infinity;
    if (gap < bestGap && gap <= 60) [best, bestGap] = [i, gap];
  }
  return best;
}
