// The data the reading engine produces. Pure types: shared by the engine, the CLI, the editor layer and tests.
// Offsets are JavaScript string (UTF-16) indices into a document's text; every `text` equals text.slice(start, end).

/** ISO 639-1 code ("en", "nb", "de", "fr", "es", ...) or "und" when unknown. */
export type Lang = string;

export type EntityKind = 'person' | 'place' | 'organization' | 'other';

export type Hedge =
  | 'exact'
  | 'about'
  | 'more_than'
  | 'at_least'
  | 'at_most'
  | 'range'
  | 'additional'
  | 'vague';

export type Verdict = 'conflict' | 'spread' | 'corroborated';

/**
 * Why the values of a conflict may differ, where the text shows it: temporal (a later report, a count that grew),
 * revision (a report corrects an earlier one), scope (counted differently: "including the gunman"), discrepancy
 * (the outlets simply differ).
 */
export type ConflictReason = 'temporal' | 'revision' | 'scope' | 'discrepancy';

/** One article file as the engine receives it: no I/O happens in the engine. */
export interface SourceFile {
  /** Path relative to the corpus root, with `/` separators. */
  id: string;
  /** The file's text: UTF-8 decoded, BOM dropped, line endings kept. */
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface DocumentMeta {
  id: string;
  source: string;
  lang: Lang;
  date?: string;
  title: string;
  url?: string;
  /** Offset where the article body starts (after YAML front matter or a `date` header line). */
  bodyStart: number;
  /** Problems found while reading this document (bad front matter, ...). Never fatal. */
  warnings: string[];
  /** The story the reader put it in (front matter `story:`): wins over any evidence. */
  story?: string;
}

export interface Sentence extends Span {}

/** A name as found in one document. */
export interface Mention extends Span {
  doc: string;
  /** Exactly text.slice(start, end). */
  text: string;
  /** The name this mention stands for: possessive/genitive endings dropped, whitespace folded ("Putins" -> "Putin"). */
  name: string;
  /** Best guess of the kind from the mention's own cues; the entity votes over all its mentions. */
  kind: EntityKind;
  /** How sure the cues are about `kind` (0 = no cue). */
  kindWeight: number;
  sentence: number;
  /**
   * True when only capitalisation suggests a name and that is weak evidence (sentence-initial word, headline,
   * German noun): kept only if the corpus has the same name elsewhere with better evidence.
   */
  tentative?: boolean;
}

/** A number with what it counts, as found in one document. */
export interface Figure extends Span {
  id: string;
  doc: string;
  text: string;
  /** The value as written, normalised to `unit` (for a range, the low end). */
  value: number;
  /** The interval the hedge allows, in `unit`. `high` may be Infinity (serialised as null). */
  low: number;
  high: number;
  /** Canonical lower-case unit symbol (km, km2, people, years, months, times, ...) or ISO currency code (RUB, USD). */
  unit: string;
  /** The unit as written, when it was converted ("square miles"). */
  unitAsWritten?: string;
  /** The value in the written unit before conversion (1160 for "1,160 square miles"). */
  writtenValue?: number;
  hedge: Hedge;
  /** What the number counts: the counted noun phrase as written ("local elected officials", "signatories"). */
  counts: string;
  /** Normalised key words of `counts` (lower-case lemmas) used to group claims. */
  countsKeys: string[];
  /** Time qualifier in the same sentence ("on Monday morning", "by the end of the day"). */
  time?: string;
  sentence: number;
}

export interface DocumentAnalysis {
  meta: DocumentMeta;
  /** Length of the text analysed (used to validate offsets). */
  length: number;
  checksum: string;
  sentences: Sentence[];
  mentions: Mention[];
  figures: Figure[];
  /** Event concepts of each figure's sentence, parallel to `figures` (used to group claims). */
  figureEvents: string[][];
  /** What each figure measures, parallel to `figures` (slots/): its property and, for an age, whose. */
  figureSlots?: FigureSlot[];
  /** The article's lines with their content words, for grouping articles into stories (stories/storyLines.ts). */
  storyLines?: StoryLine[];
}

/** What a figure measures (slots/figureSlots.ts). */
export interface FigureSlot {
  /** The property it counts ('killed', 'injured', 'signed', 'area', ...), '' when the text does not tell. */
  property: string;
  /** For an age: the index (in the document's mentions) of the person it belongs to, else -1. */
  subject: number;
  /** What its sentence says of how the number came about: 'later', 'revision', 'scope'. */
  qualifiers?: string[];
}

/** One line of an article, for grouping articles into stories. */
export interface StoryLine {
  /** Hash of the line's text, lower-cased with white space folded (0: too short to tell). */
  key: number;
  start: number;
  end: number;
  /** Stems of its words of five letters or more and its numbers of three digits or more (`#123`), space-separated. */
  words: string;
}

export interface Variant {
  text: string;
  documents: string[];
  count: number;
}

export interface EntityMentionRef extends Span {
  doc: string;
  text: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  variants: Variant[];
  mentions: EntityMentionRef[];
  /** Documents that mention this entity. */
  documents: string[];
}

/** One real-world event or development, told by one or more articles. */
export interface Story {
  /** `story:` and the id of its first document (by id): stable while that document stays in it. */
  id: string;
  /** What a reader recognises it by: its place, its key name, its date ("Verkhnegorsk · Kharitonov · 2026-03-14"). */
  label: string;
  /** Document ids, sorted. */
  documents: string[];
  firstDate?: string;
  lastDate?: string;
  languages: string[];
  sources: string[];
  /** Documents of the story that are one text (a copy, a reprint of agency copy): groups of two or more ids. */
  copies?: string[][];
}

export interface Claim {
  id: string;
  verdict: Verdict;
  /** Figure ids, ordered by document. */
  figures: string[];
  /** One line for people: "petition signatories: 19 (a.txt) vs more than 40 (b.txt) vs 65 (c.txt)". */
  summary: string;
  /** What the grouped figures count (a representative `counts`). */
  about: string;
  unit: string;
  /** The story its figures belong to (stories/). */
  story?: string;
  /** What it measures: the property, and whose it is (an entity id) when that matters (an age). */
  slot?: { property: string; subject: string | null };
  /** For a conflict: why the values may differ, where the text shows it. */
  reason?: ConflictReason;
}

/** Decisions a reader made in `crossread.yaml`; the engine honours them. */
export interface Decisions {
  /** Names (any spelling) that are the same entity. */
  same: string[][];
  /** Names that must never be merged. */
  different: string[][];
  /** Figures to ignore: by document and figure text (first occurrence) or offset. */
  ignoreFigures: { doc: string; text: string; start?: number }[];
}

export const emptyDecisions = (): Decisions => ({ same: [], different: [], ignoreFigures: [] });

/** The CLI's JSON contract, version 1. */
export interface ReportV1 {
  version: 1;
  documents: { id: string; source: string; lang: Lang; date: string | null; title: string; url?: string; warnings?: string[] }[];
  entities: {
    id: string;
    kind: EntityKind;
    name: string;
    variants: { text: string; documents: string[] }[];
    mentions: { doc: string; start: number; end: number; text: string }[];
  }[];
  figures: {
    id: string;
    doc: string;
    start: number;
    end: number;
    text: string;
    value: number;
    low: number;
    high: number | null;
    unit: string;
    hedge: Hedge;
    counts: string;
    time: string | null;
  }[];
  claims: { id: string; verdict: Verdict; figures: string[]; summary: string }[];
}
