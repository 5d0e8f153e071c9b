// The shape of a language's slot cues (languages/<code>/slots.ts): the words near a number that tell what it measures.
export interface SlotCues {
  /** property -> white-space separated word prefixes and underscore-joined phrases. */
  properties: Record<string, string>;
  /**
   * property -> whole words that are cues only when no better cue is near ("leaving three men underground": left
   * behind, but "leaving five people injured" says injured); counted WEAK_CUE words further off.
   */
  weakCues?: Record<string, string>;
  /** Words that join two clauses ("and", "og", "und"): a cue across one is further away. */
  conjunctions: string;
  /** Words before a count that make it a part of the count before it ("five others, including two officers"). */
  subset?: string;
  /** Words for victims (whole words). */
  victims?: string;
  /** Words (whole, lower-case) that make an article one about a shooting: there, victims are the people shot. */
  shootingWords?: string;
  /** Words or phrases (underscore-joined) in a figure's sentence that tell how its number came about. */
  qualifiers?: {
    /** The number corrects an earlier one ("revised", "initially"). */
    revision?: string;
    /** The number counts differently ("including the gunman", "not counting"). */
    scope?: string;
    /** The number is a later one ("later", "rose to", "has since died"). */
    later?: string;
  };
}

