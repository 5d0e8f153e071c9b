// What a figure measures, per language: the words near a number that say which property of the story it counts
// (killed, injured, shot, arrested, evacuated, signed, ...), read by src/core/slots/. Each language's file lists
// word prefixes per property (matched like the claim concepts: a prefix of four letters or more, or the whole
// word); a phrase of several words is written with underscores ("shot_dead") and wins over its single words.
import { slots as de } from './de/slots';
import { slots as en } from './en/slots';
import { slots as es } from './es/slots';
import { slots as fr } from './fr/slots';
import { slots as it } from './it/slots';
import { slots as nb } from './nb/slots';
import { slots as nl } from './nl/slots';

export interface SlotCues {
  /** property -> white-space separated word prefixes and underscore-joined phrases. */
  properties: Record<string, string>;
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

export const SLOT_CUES: Record<string, SlotCues> = { en, nb, de, fr, es, it, nl };
