// Finds name mentions in one document: runs of capitalised words, trimmed of titles and sentence words,
// typed by the cues around them. One pass over the words; no corpus knowledge here (the clustering stage
// settles tentative mentions with evidence from the whole corpus).
import type { EntityKind, Mention, Sentence } from '../model';
import { withoutInvisible } from '../text/invisible';
import { sentenceAt } from '../text/sentences';
import { L, LL, LU, M, N, WS, classAt, classOf, widthAt } from '../text/charClass';
import { englishStopWords, entityCuesEverywhere, entityLanguage } from '../languages';
import {
  CORPORATE_SUFFIXES,
  EXONYMS,
  EXONYM_ORGANIZATIONS,
  GIVEN_NAMES,
  KNOWN_ORGANIZATIONS,
  KNOWN_PLACES,
  LOWER_PARTICLES,
} from './lexicon';

// The words of every language that cue a name's kind (languages/<code>/entities.ts), read in every article.
const CUES = entityCuesEverywhere();
const PERSON_TITLES = CUES.personTitles;
const PERSON_VERBS_AFTER = CUES.personVerbsAfter;
const ORG_WORDS = CUES.organisationWords;
const ORG_COMPOUND_HEADS: readonly string[] = [...CUES.organisationCompoundHeads];
const PLACE_HEADS_AFTER = CUES.placeHeadsAfter;
const PLACE_HEADS_BEFORE = CUES.placeHeadsBefore;
const DEMONYMS = CUES.demonyms;
const ENGLISH_STOP_WORDS = englishStopWords();

/** Longest run of words one name may span (longer runs are split: tables, shouted lines, hostile text). */
const MAX_NAME_WORDS = 12;

// A capitalised word, the only words the scanner visits: the regex
//   /\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu
// as nextCapWord matches it without a regex.

/** A word: letters/digits joined by inner hyphens, apostrophes, ampersands or dots ("U.S", "Rossija-24", "O’Brien"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
/** Words glued to a name by a pasted photo caption ("Dmytro PalyugaPhoto: ..."). */
const CAPTION_GLUE = new RegExp(`^(\\p{Lu}\\p{Ll}+)(${[...CUES.captionWords].join('|')})$`, 'u');
/** Words that open a different name rather than qualify a sentence ("North Carolina", "New Orleans"). */
const QUALIFIERS = CUES.nameOpeners;
const ABBREVIATION_WORDS = CUES.abbreviations;
/** Words that a list has with a final dot: `X_DOTTED.has(w)` is `X.has(w + '.')` without building the string. */
const dottedStems = (words: Set<string>): Set<string> => new Set([...words].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)));
const PERSON_TITLES_DOTTED = dottedStems(PERSON_TITLES);
const ORG_WORDS_DOTTED = dottedStems(ORG_WORDS);
const CORPORATE_SUFFIXES_DOTTED = dottedStems(CORPORATE_SUFFIXES);
/** "Kharkiv-regionen": a capitalised word with a hyphenated lower-case tail. */
const HYPHEN_TAIL = /^(\p{Lu}[\p{L}\p{M}.]*(?:-\p{Lu}[\p{L}\p{M}]*)*)-(\p{Ll}[\p{L}\p{M}]*)$/u;
const HYPHEN_SUFFIX_PLACE = CUES.placeTails;

export interface FoundWord {
  start: number;
  end: number;
  text: string;
}

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  cap: boolean;
  /** The word ended with a possessive ’s that is not part of the name. */
  possessive: boolean;
  /** A following "." belongs to this word (abbreviation or initial). */
  dotted: boolean;
  /** The word's hyphenated lower-case tail ("-regionen") was cut off. */
  tail?: string;
}

/**
 * Finds the mentions of names in text[bodyStart, end). `sentences` must cover the body. Invisible characters
 * ("Sol<ZWSP>berg", a soft hyphen) are read as if absent: the name is read without them, the span keeps them.
 */
export function findMentions(text: string, lang: string, sentences: readonly Sentence[], doc: string, bodyStart = 0): Mention[] {
  const visible = withoutInvisible(text);
  if (visible === null) return findVisible(text, lang, sentences, doc, bodyStart);
  const found = findVisible(
    visible.text,
    lang,
    sentences.map((s) => ({ ...s, start: visible.toVisible(s.start), end: visible.toVisible(s.end) })),
    doc,
    visible.toVisible(bodyStart),
  );
  for (const m of found) {
    m.start = visible.startOf(m.start);
    m.end = visible.endOf(m.end);
    m.text = text.slice(m.start, m.end);
  }
  return found;
}

function findVisible(text: string, lang: string, sentences: readonly Sentence[], doc: string, bodyStart: number): Mention[] {
  const facts = entityLanguage(lang);
  const stop = facts.stopWords;
  const connectors = facts.nameConnectors;
  const preps = facts.placePrepositions;
  const german = facts.nounsCapitalised; // German capitalises every noun
  const mentions: Mention[] = [];
  const lowerSeen = lowerCaseLookup(text, bodyStart);
  const sentenceStarts = new Set<number>();
  for (const s of sentences) sentenceStarts.add(s.start);
  const titleLines = titleCaseLines(text, bodyStart);
  let titleLine = 0;
  const inTitleLine = (offset: number): boolean => {
    while (titleLine < titleLines.length && titleLines[titleLine]![1] <= offset) titleLine++;
    const l = titleLines[titleLine];
    return l !== undefined && l[0] <= offset && offset < l[1];
  };
  const headlineEnd = -1;

  let span: Token[] = [];
  let pending: Token[] = [];
  let prev: Token | undefined;
  let beforeSpan: Token | undefined; // the word before the current span
  let prevEnd = bodyStart;

  const deferred: [Token[], Token | undefined, Token | undefined, boolean][] = [];
  const flush = (next: Token | undefined) => {
    if (span.length) {
      // Title Case headlines are settled once the whole text has shown which words are common words.
      // So are spans that open a sentence ("Injured Saints RB Reggie Bush"): a leading common word is dropped then.
      if (inTitleLine(span[0]!.start)) deferred.push([span, beforeSpan, next, true]);
      else if (span.length > 1 && isSentenceStart(span[0]!)) deferred.push([span, beforeSpan, next, false]);
      else emit(span, beforeSpan, next);
    }
    span = [];
    pending = [];
  };

  const emit = (words: Token[], before: Token | undefined, after: Token | undefined, weak = false) => {
    let lo = 0;
    let hi = words.length;
    let personCue = 0;
    let placeCue = 0;
    // Leading titles, demonyms and sentence words: "Russian President Vladimir Putin" -> "Vladimir Putin".
    const wholeIsExonym = hi > 1 && EXONYMS.has(joinLower(words, 0, hi)); // "The Hague", "Den Haag"
    while (lo < hi && !wholeIsExonym) {
      const w = words[lo]!;
      if (PERSON_TITLES.has(w.lower) || PERSON_TITLES_DOTTED.has(w.lower)) {
        // "Generaldirektor der Bergbaugesellschaft ...": a title joined by "of" names what the person heads, not them.
        if (lo + 1 < hi && words[lo + 1]!.cap) personCue += 3;
        lo++;
      } else if (facts.placeHeadsFirst.length > 0 && hi - lo > 1 && isPlaceHeadFirst(w.lower, facts.placeHeadsFirst)) {
        placeCue += 2.5; // as strong as a known place: the head says what it is
        lo++;
      } else if (
        (DEMONYMS.has(w.lower) && lo + 1 < hi && (PERSON_TITLES.has(words[lo + 1]!.lower) || GIVEN_NAMES.has(words[lo + 1]!.lower))) ||
        (lo === 0 && hi - lo > 1 && isSentenceStart(w) && !GIVEN_NAMES.has(w.lower) && /(?:ly|ing)$/.test(w.lower)) ||
        stop.has(w.lower) || (w.lower.length <= 3 && ENGLISH_STOP_WORDS.has(w.lower) && lo === 0 && isSentenceStart(w))) {
        lo++;
      } else break;
      while (lo < hi && !words[lo]!.cap) lo++; // connectors left dangling by the cut
    }
    while (hi > lo && (!words[hi - 1]!.cap || (hi - lo > 1 && stop.has(words[hi - 1]!.lower)))) hi--;
    // "Einschätzung des Hydrologen Pawel Sabolozki", "Mann Oleg": capitalised nouns before a given name are not
    // part of the name (German capitalises every noun).
    if (hi - lo > 1 && !GIVEN_NAMES.has(words[lo]!.lower)) {
      for (let k = lo + 1; k < hi; k++) {
        if (GIVEN_NAMES.has(words[k]!.lower) && words[k - 1]!.cap !== undefined) {
          if (words.slice(lo, k).some((w) => PERSON_TITLES.has(w.lower))) personCue += 3;
          lo = k;
          break;
        }
      }
    }
    // "Criticism of the President": a sentence-initial common word joined by a connector is no part of a name.
    if (hi - lo > 2 && isSentenceStart(words[lo]!) && !words[lo + 1]!.cap && !GIVEN_NAMES.has(words[lo]!.lower) && !ORG_WORDS.has(words[lo]!.lower)) {
      lo++;
      while (lo < hi && (!words[lo]!.cap || stop.has(words[lo]!.lower) || PERSON_TITLES.has(words[lo]!.lower))) lo++;
      if (hi <= lo) return;
    }
    if (hi <= lo) return;
    const first = words[lo]!;
    const last = words[hi - 1]!;
    const single = hi - lo === 1;
    const lowerName = joinLower(words, lo, hi);
    // A lone word that is a sentence word, a demonym or too short is no name.
    if (single) {
      if (first.text.length < 2) return;
      if (DEMONYMS.has(first.lower) || stop.has(first.lower) || PERSON_TITLES.has(first.lower)) return;
      if (ORG_WORDS.has(first.lower) && !KNOWN_ORGANIZATIONS.has(first.lower) && !EXONYMS.has(first.lower)) return; // "TV", "Parliament": generic
      if (first.lower.endsWith('s') && DEMONYMS.has(first.lower.slice(0, -1))) return; // "Russians"
      if (/^\p{N}+$/u.test(first.text)) return;
    }
    let start = first.start;
    let end = last.end;
    if (last.dotted && (CORPORATE_SUFFIXES_DOTTED.has(last.lower) || last.text.length === 1 || /^(\p{L}\.)+\p{L}$/u.test(last.text))) end += 1; // "Corp.", "W.", "U.S."
    const surface = text.slice(start, end);
    const name = foldSpaces(surface);

    // Kind cues.
    const votes = { person: personCue, place: placeCue, organization: 0, other: 0 } as Record<EntityKind, number>;
    const exonym = EXONYMS.get(lowerName);
    const key = lowerName.replace(/\./g, '');
    if (exonym) {
      if (EXONYM_ORGANIZATIONS.has(exonym.toLowerCase().replace(/\s+/g, '-'))) votes.organization += 4;
      else votes.place += 4;
    }
    if (KNOWN_PLACES.has(key.includes(' ') ? key.replace(/\s+/g, '-') : key) || KNOWN_PLACES.has(key)) votes.place += 3;
    if (KNOWN_ORGANIZATIONS.has(key)) votes.organization += 3;
    for (let i = lo; i < hi; i++) {
      const w = words[i]!;
      if (ORG_WORDS.has(w.lower) || (w.dotted && ORG_WORDS_DOTTED.has(w.lower))) votes.organization += i === lo && !single ? 1.5 : 3;
      else if (facts.compounds && isOrgCompound(w.lower)) votes.organization += 3;
    }
    if (GIVEN_NAMES.has(first.lower) && !single) votes.person += 2.5;
    if (!single && hi - lo <= 4 && votes.organization === 0 && votes.place === 0) votes.person += 0.75;
    if (single && /^\p{Lu}{2,6}$/u.test(first.text)) votes.organization += 1.5;
    if (first.lower === 'st' || first.lower === 'saint' || first.lower === 'sankt') votes.place += 1.5;
    if (before) {
      const b = before.lower;
      if (PERSON_TITLES.has(b)) votes.person += 2;
      if (preps.has(b)) votes.place += 1;
      if (PLACE_HEADS_BEFORE.has(b)) votes.place += 2;
      if (b === facts.organisationArticle) votes.organization += 0.5;
    }
    if (last.tail && HYPHEN_SUFFIX_PLACE.has(last.tail)) votes.place += 2.5;
    if (after) {
      const a = after.lower;
      if (PLACE_HEADS_AFTER.has(a)) votes.place += 2;
      if (PERSON_VERBS_AFTER.has(a)) votes.person += 1;
      if (ORG_WORDS.has(a) && !single) votes.organization += 0.5;
    }
    let kind: EntityKind = 'other';
    let weight = 0;
    for (const k of ['person', 'place', 'organization'] as const) {
      if (votes[k] > weight) {
        kind = k;
        weight = votes[k];
      }
    }

    // How sure are we that this is a name at all?
    let tentative = false;
    const strong = weight >= 2.5 || exonym !== undefined || (!single && GIVEN_NAMES.has(first.lower));
    const initial = isSentenceStart(first) || weak || (lo > 0 && isSentenceStart(words[0]!));
    if (single && !strong) {
      if (initial) tentative = true;
      if (german && !/^\p{Lu}{2,}/u.test(first.text)) tentative = true; // German capitalises every noun
      if (lowerSeen.has(first.lower)) tentative = true;
      if (/^\p{Lu}+$/u.test(first.text) && first.text.length > 6) tentative = true; // shouting, not an acronym
    } else if (!strong && weak && inTitleLineAt(first.start)) tentative = true;

    mentions.push({
      doc,
      start,
      end,
      text: surface,
      name,
      kind,
      kindWeight: weight,
      sentence: sentenceAt(sentences, start),
      ...(tentative ? { tentative: true } : {}),
    });
  };

  const inTitleLineAt = (offset: number) => inLines(titleLines, offset);
  const outsideMemo = new Map<string, boolean>();
  const occursOutsideTitles = (needle: string): boolean => {
    let hit = outsideMemo.get(needle);
    if (hit === undefined) outsideMemo.set(needle, (hit = occursOutside(text, needle, titleLines)));
    return hit;
  };
  const isSentenceStart = (t: Token): boolean => {
    if (sentenceStarts.has(t.start)) return true;
    // Quotes or dashes before the first word: “Even Russian propaganda...”, – Det er...
    let i = t.start - 1;
    while (i >= bodyStart && isOpener(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 10) return true;
      i--;
    }
    if (i < bodyStart || sentenceStarts.has(i + 1)) return true;
    const c = text.charCodeAt(i);
    return c === 46 || c === 33 || c === 63 || c === 58; // . ! ? :
  };

  // Only capitalised words are visited; the text between two of them decides whether they join
  // (plain spaces, or connectors such as "of the"). Lower-case words are never tokenised.
  for (let at = nextCapWord(text, bodyStart), wordEnd = capWordEnd; at !== -1; at = nextCapWord(text, wordEnd), wordEnd = capWordEnd) {
    if (at > bodyStart && isWordChar(text.charCodeAt(at - 1))) continue; // "iPhone", "PalyugaPhoto": inside a word
    if (at > bodyStart + 1 && isHyphenOrApostrophe(text.charCodeAt(at - 1)) && isWordChar(text.charCodeAt(at - 2)) && !isUpperAt(text, wordStart(text, at - 1, bodyStart))) {
      continue; // "pro-Putin", "d'État": the tail of a lower-case word
    }
    const raw = text.slice(at, wordEnd);
    const t = makeToken(text, at, raw);
    let joined = false;
    if (span.length && prev && !prev.possessive && !prev.tail && !isBreakBetween(prev, t)) {
      const gap = text.slice(prevEnd, t.start);
      if (gapJoins(gap, prev)) joined = true;
      else {
        const conn = connectorTokens(gap, prevEnd, connectors);
        if (conn && connectorFits(conn[0]!.lower, span, pending)) {
          pending = conn;
          joined = true;
        }
      }
    }
    if (joined && span.length >= MAX_NAME_WORDS) joined = false;
    if (joined) {
      if (pending.length) span.push(...pending);
      pending = [];
      span.push(t);
    } else {
      flush(nextWordAt(text, prevEnd));
      beforeSpan = previousWord(text, t.start, bodyStart);
      span = [t];
    }
    prev = t;
    prevEnd = t.end + (t.dotted ? 1 : 0);
    if (t.tail) {
      // The tail ("-regionen") ends the name and is the word after it.
      const tailToken: Token = { start: t.end + 1, end: wordEnd, lower: t.tail.toLowerCase(), text: t.tail, cap: false, possessive: false, dotted: false };
      flush(tailToken);
      prev = undefined;
      prevEnd = tailToken.end;
    } else if (t.possessive) {
      flush(nextWordAt(text, wordEnd));
      prev = undefined;
      prevEnd = wordEnd;
    }
  }
  flush(nextWordAt(text, prevEnd));
  for (const [words, before, after, title] of deferred) {
    if (!title) {
      let lo = 0;
      while (
        lo < words.length - 1 &&
        !GIVEN_NAMES.has(words[lo]!.lower) &&
        !QUALIFIERS.has(words[lo]!.lower) &&
        (lowerSeen.has(words[lo]!.lower) || GIVEN_NAMES.has(words[lo + 1]!.lower)) // "Researcher Anne Bergh"
      ) lo++;
      while (lo < words.length - 1 && !words[lo]!.cap) lo++;
      emit(words.slice(lo), lo > 0 ? words[lo - 1] : before, after, true);
      continue;
    }
    // The whole run is a name the article also writes outside Title Case lines: keep it whole.
    const whole = text.slice(words[0]!.start, words[words.length - 1]!.end);
    if (words.length > 1 && occursOutsideTitles(whole)) {
      emit(words, before, after, true);
      continue;
    }
    let part: Token[] = [];
    for (const w of words) {
      if (w.cap && !lowerSeen.has(w.lower) && !stop.has(w.lower)) part.push(w);
      else if (part.length && !w.cap && (connectors.has(w.lower))) part.push(w);
      else {
        if (part.length) emit(part, before, w, true);
        part = [];
      }
    }
    if (part.length) emit(part, before, after, true);
  }
  mentions.sort((a, b) => a.start - b.start);

  // A lone word that the document also writes in lower case is a common word ("Men", "Also"): drop it when weak.
  return mentions.filter((mn) => !(mn.tentative && !mn.text.includes(' ') && lowerSeen.has(mn.text.toLowerCase()) && mn.kindWeight < 2.5));
}

function makeToken(text: string, start: number, raw: string): Token {
  let w = raw;
  let possessive = false;
  // English possessive: "Putin’s", "Reuters'" (the latter has no letter after the quote and is not matched).
  const n = w.length;
  if (n > 3 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 0x2019)) {
    w = w.slice(0, -2);
    possessive = true;
  }
  // Glued photo caption: "PalyugaPhoto" -> "Palyuga".
  const glue = hasUpperAsciiFrom(w, 2) ? CAPTION_GLUE.exec(w) : null; // every glued word opens with A-Z
  if (glue) w = glue[1]!;
  // Hyphenated lower-case tail: "Kharkiv-regionen" -> "Kharkiv" (+ tail), "Twitter-meldingen" -> "Twitter".
  let tail: string | undefined;
  const hy = w.includes('-') ? HYPHEN_TAIL.exec(w) : null;
  if (hy && !/^(?:\p{Lu})$/u.test(hy[1]!)) {
    w = hy[1]!;
    tail = hy[2]!;
  }
  // A trailing dot inside the match ("U.S.A" -> matched without the final dot); decide whether the next "." is ours.
  const end = start + w.length;
  const lower = w.toLowerCase();
  const nextIsDot = text.charCodeAt(start + raw.length) === 46 && !possessive && !tail && w === raw;
  const dotted =
    nextIsDot && (ABBREVIATION_WORDS.has(lower) || (w.length === 1 && /\p{Lu}/u.test(w)) || /^(\p{L}\.)+\p{L}$/u.test(w) || CORPORATE_SUFFIXES_DOTTED.has(lower));
  const c0 = w.charCodeAt(0);
  const first = w.charAt(0);
  const cap = (c0 >= 65 && c0 <= 90) || (c0 >= 128 && first !== first.toLowerCase());
  return { start, end, text: w, lower, cap, possessive, dotted, tail };
}

function wordStart(text: string, end: number, from: number): number {
  let i = end - 1;
  while (i >= from && isWordChar(text.charCodeAt(i))) i--;
  return i + 1;
}

function isUpperAt(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  return ch !== ch.toLowerCase();
}

/** A letter, mark or digit (one UTF-16 code unit: a surrogate is none). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (classOf(c) & (L | M | N)) !== 0;
}

/** White space, quotes, brackets or dashes that may stand before the first word of a sentence (regex [\s"“”«»'‘’„(–—-]). */
function isOpener(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 39 || c === 40 || c === 45;
  return (classOf(c) & WS) !== 0 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x201e || c === 0x2013 || c === 0x2014;
}

/** `s.replace(/\s+/g, ' ')`, without the regex when the only white space is single plain spaces. */
function foldSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? s.charCodeAt(i + 1) === 32 : c < 128 ? c >= 9 && c <= 13 : (classOf(c) & WS) !== 0) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** Is there an A-Z letter at `from` or after? */
function hasUpperAsciiFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isPlainSpace = (c: number): boolean => c === 32 || c === 0xa0;

/** /^[\p{Ll}][\p{L}\p{M}]*$/u for a word of word characters (no surrogates): a lower-case word. */
function isLowerWord(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 < 128 ? !(c0 >= 97 && c0 <= 122) : (classOf(c0) & LL) === 0) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) : (classOf(c) & (L | M)) === 0) return false;
  }
  return true;
}

const isHyphenOrApostrophe = (c: number): boolean => c === 45 || c === 39 || c === 0x2019;

/** End of the word last found by nextCapWord. */
let capWordEnd = 0;

/**
 * The next capitalised word at or after `from`, as the regex in the comment on the scanner finds it (code points,
 * as the /u flag reads them): its start, with its end in capWordEnd; -1 when there is none.
 */
function nextCapWord(text: string, from: number): number {
  const n = text.length;
  let i = from;
  // As a /u regex does, a start inside a surrogate pair is moved to the pair's start.
  if (i > 0 && i < n && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  for (;;) {
    if (i >= n) return -1;
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) break;
      i++;
    } else if (classAt(text, i) & LU) break;
    else i += widthAt(text, i);
  }
  let j = skipWordChars(text, i + widthAt(text, i));
  // Inner hyphens, apostrophes, ampersands and dots, each followed by a letter or digit.
  while (j + 1 < n) {
    const c = text.charCodeAt(j);
    if (c !== 45 && c !== 39 && c !== 0x2019 && c !== 38 && c !== 46) break;
    if ((classAt(text, j + 1) & (L | N)) === 0) break;
    j = skipWordChars(text, j + 1 + widthAt(text, j + 1));
  }
  capWordEnd = j;
  return i;
}

/** Past the letters, marks and digits (code points) from `j`. */
function skipWordChars(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) j++;
      else break;
    } else if (classAt(text, j) & (L | M | N)) j += widthAt(text, j);
    else break;
  }
  return j;
}

/** Does the text use this word in lower case anywhere? Answered by search on demand, memoised. */
function lowerCaseLookup(text: string, from: number): { has(word: string): boolean } {
  const memo = new Map<string, boolean>();
  return {
    has(word: string): boolean {
      let hit = memo.get(word);
      if (hit !== undefined) return hit;
      hit = false;
      if (word && word === word.toLowerCase() && word !== word.toUpperCase()) {
        for (let i = text.indexOf(word, from); i !== -1; i = text.indexOf(word, i + 1)) {
          if ((i === 0 || !isWordChar(text.charCodeAt(i - 1))) && !isWordChar(text.charCodeAt(i + word.length) || 32)) {
            hit = true;
            break;
          }
        }
      }
      memo.set(word, hit);
      return hit;
    },
  };
}

/** The gap between two capitalised words as connector words (" of the "), or undefined. */
function connectorTokens(gap: string, offset: number, connectors: Set<string>): Token[] | undefined {
  if (gap.length < 3 || gap.length > 16) return undefined;
  const out: Token[] = [];
  // Runs of spaces (at most two) and of other characters (each a connector word).
  for (let i = 0; i < gap.length; ) {
    const space = isPlainSpace(gap.charCodeAt(i));
    let j = i + 1;
    while (j < gap.length && isPlainSpace(gap.charCodeAt(j)) === space) j++;
    if (space) {
      if (j - i > 2) return undefined;
    } else {
      const w = gap.slice(i, j);
      const lower = w.toLowerCase();
      if (w !== lower || !(connectors.has(lower) || LOWER_PARTICLES.has(lower))) return undefined;
      out.push({ start: offset + i, end: offset + j, text: w, lower, cap: false, possessive: false, dotted: false });
    }
    i = j;
  }
  return out.length && gap.charCodeAt(0) !== 0x2d ? out : undefined;
}

/** The word just before `pos` on the same line, separated by spaces only (a cue: "in", "President"). */
function previousWord(text: string, pos: number, from: number): Token | undefined {
  let i = pos - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  if (i < from || i === pos - 1 && pos > from) {
    if (i === pos - 1) return undefined;
  }
  const end = i + 1;
  while (i >= from && isWordChar(text.charCodeAt(i))) i--;
  const start = i + 1;
  if (start >= end) return undefined;
  const w = text.slice(start, end);
  return { start, end, text: w, lower: w.toLowerCase(), cap: !isLowerWord(w), possessive: false, dotted: false };
}

/** The word after `pos`, past spaces and at most one comma (a cue: "said", "region"). */
function nextWordAt(text: string, pos: number): Token | undefined {
  let i = pos;
  let commas = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) i++;
    else if (c === 44 && commas === 0) {
      commas++;
      i++;
    } else break;
  }
  const start = i;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  if (i === start) return undefined;
  const w = text.slice(start, i);
  return { start, end: i, text: w, lower: w.toLowerCase(), cap: !isLowerWord(w), possessive: false, dotted: false };
}

/** "for" joins only after an organisation word ("Institute for the Study of War"); nothing joins after a complete known name. */
function connectorFits(connector: string, span: Token[], pending: Token[]): boolean {
  if (span.length >= MAX_NAME_WORDS) return false; // no name runs on for a dozen words ("Bank of Bank of ...")
  if (pending.length === 0 && span.length <= 6 && isKnownName(joinLower(span, 0, span.length))) return false;
  if (connector === 'for' || connector === 'für') return span.some((w) => ORG_WORDS.has(w.lower));
  return true;
}

function isKnownName(lower: string): boolean {
  return EXONYMS.has(lower) || KNOWN_PLACES.has(lower.replace(/\s+/g, '-')) || KNOWN_ORGANIZATIONS.has(lower);
}

/** Two words belong to one name only with plain spaces between them (or an abbreviation's dot). */
function gapJoins(gap: string, prev: Token): boolean {
  if (gap.length === 0) return false;
  let g = gap;
  if (prev.dotted && g.charCodeAt(0) === 46) g = g.slice(1);
  if (g.length === 0) return false;
  for (let i = 0; i < g.length; i++) {
    const c = g.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 0x202f && c !== 9) return false;
  }
  return g.length <= 2;
}

function isBreakBetween(prev: Token, next: Token): boolean {
  // An acronym next to a capitalised word is usually two names ("NTV Putin"); keep "U.S. Geological Survey".
  const c1 = prev.text.charCodeAt(1); // an acronym's second letter is upper-case: most words stop here
  if (c1 >= 97 && c1 <= 122) return false;
  if (/^\p{Lu}{2,}$/u.test(prev.text) && /^\p{Lu}\p{Ll}/u.test(next.text) && !prev.dotted) return true;
  return false;
}

function joinLower(words: Token[], lo: number, hi: number): string {
  let s = '';
  for (let i = lo; i < hi; i++) {
    if (i > lo) s += ' ';
    s += words[i]!.lower + (words[i]!.dotted ? '.' : '');
  }
  return s;
}

/** Is `needle` written somewhere outside the Title Case lines? Looks at 64 occurrences at most. */
function occursOutside(text: string, needle: string, lines: readonly [number, number][]): boolean {
  let seen = 0;
  for (let i = text.indexOf(needle); i !== -1 && seen < 64; i = text.indexOf(needle, i + needle.length), seen++) {
    if (!inLines(lines, i)) return true;
  }
  return false;
}

function inLines(lines: readonly [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = lines[mid]!;
    if (offset < l[0]) hi = mid - 1;
    else if (offset >= l[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Lines written in Title Case (headlines, captions, credits): [start, end) pairs in text order. */
function titleCaseLines(text: string, bodyStart: number): [number, number][] {
  const out: [number, number][] = [];
  let i = bodyStart;
  while (i < text.length) {
    let nl = text.indexOf('\n', i);
    if (nl === -1) nl = text.length;
    // A headline, caption or credit line: short, and not ended like a sentence.
    if (nl - i < 200 && nl - i > 8 && !/[.!?:;,]["”»’']?\s*$/.test(text.slice(Math.max(i, nl - 4), nl))) {
      const words = text.slice(i, nl).match(/[\p{L}][\p{L}'’-]*/gu);
      if (words && words.length >= 3) {
        let long = 0;
        let caps = 0;
        for (const w of words) {
          if (w.length <= 3) continue;
          long++;
          if (/^\p{Lu}/u.test(w)) caps++;
        }
        if (long >= 2 && caps / long >= 0.7) out.push([i, nl]);
      }
    }
    i = nl + 1;
  }
  return out;
}

/** Every capitalised word nextCapWord finds from `from`, as [start, end) pairs (for tests). */
function capWords(text: string, from = 0): [number, number][] {
  const out: [number, number][] = [];
  for (let at = nextCapWord(text, from); at !== -1; at = nextCapWord(text, capWordEnd)) out.push([at, capWordEnd]);
  return out;
}

export const _internals = { capWords, isLowerWord, foldSpaces, isOpener };

/** Head nouns by their last code unit: a word is compared only with the heads it may end with. */
function byLastChar(heads: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const h of heads) {
    const k = h.charCodeAt(h.length - 1);
    const list = out.get(k);
    if (list) list.push(h);
    else out.set(k, [h]);
  }
  return out;
}
const ORG_HEADS_BY_LAST = byLastChar(ORG_COMPOUND_HEADS);
const placeHeadsByLast = new Map<readonly string[], Map<number, string[]>>();

/** "Bergbaugesellschaft", "Gruveinstituttet": a word made of something and an organization head. */
function isOrgCompound(lower: string): boolean {
  for (const head of ORG_HEADS_BY_LAST.get(lower.charCodeAt(lower.length - 1)) ?? []) if (lower.endsWith(head) && (lower.length === head.length || lower.length >= head.length + 3)) return true;
  return false;
}

/** "Dorf", "Stadtteil", "Kupfergrube": a place head noun that opens a name, alone or at the end of a compound. */
function isPlaceHeadFirst(lower: string, heads: readonly string[]): boolean {
  let byLast = placeHeadsByLast.get(heads);
  if (!byLast) placeHeadsByLast.set(heads, (byLast = byLastChar(heads)));
  for (const head of byLast.get(lower.charCodeAt(lower.length - 1)) ?? []) if (lower === head || (lower.length >= head.length + 3 && lower.endsWith(head))) return true;
  return false;
}
