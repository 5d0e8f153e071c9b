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
