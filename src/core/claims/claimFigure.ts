// What the claim stage knows of one figure: the figure, what it measures (its slot: story, property, subject), and
// the context used to score pairs (event and counted concepts, entities named beside it, its document's date).
import type { Figure } from '../model';

export interface ClaimFigure {
  figure: Figure;
  /** Event concepts of the figure's sentence. */
  events: readonly string[];
  /** Concepts of what the figure counts. */
  counted: readonly string[];
  /** Entity ids mentioned in the figure's sentence. */
  entities: readonly string[];
  /** Publication date of the figure's document. */
  date?: string;
  /** Language of the figure's document: claim labels prefer English wording. */
  lang?: string;
  /** Entities named anywhere in the figure's document. */
  docEntities?: ReadonlySet<string>;
  /** The story of the figure's document (stories/): figures of different stories are never one claim. */
  story?: string;
  /** What the figure measures ('' = the text does not tell: the figure joins no claim). */
  property?: string;
  /** Whose the figure is, when that matters (an age: the person's entity id), else ''. */
  subject?: string;
  /** The text the figure's document is a copy of (stories/copies.ts): copies are one source. Default: its document. */
  source?: string;
  /** What the figure's sentence says of how the number came about: 'later', 'revision', 'scope'. */
  qualifiers?: readonly string[];
}

export interface ClaimOptions {
  /** Relative tolerance when comparing values: 0.02 means values within 2% agree. */
  tolerance: number;
  /** A slot with more figures than this is linked along a window of its figures sorted by value, not all pairs. */
  maxBucket: number;
}

export const defaultClaimOptions: ClaimOptions = { tolerance: 0.02, maxBucket: 400 };
