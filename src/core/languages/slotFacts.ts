// What a figure measures, per language: the words near a number that say which property of the story it counts
// (killed, injured, shot, arrested, evacuated, signed, ...), read by src/core/slots/. Each language's file lists
// word prefixes per property (matched like the claim concepts: a prefix of four letters or more, or the whole
// word); a phrase of several words is written with underscores ("shot_dead") and wins over its single words.
import type { SlotCues } from './slotCues';
import { slots as de } from './de/slots';
import { slots as en } from './en/slots';
import { slots as es } from './es/slots';
import { slots as fr } from './fr/slots';
import { slots as it } from './it/slots';
import { slots as nb } from './nb/slots';
import { slots as nl } from './nl/slots';
export type { SlotCues } from './slotCues';

export const SLOT_CUES: Record<string, SlotCues> = { en, nb, de, fr, es, it, nl };
