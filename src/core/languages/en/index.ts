// English: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';
import { entities, entityCues } from './entities';
import { figureCues, figures } from './figures';

export const en: Language = {
  code: 'en',
  aliases: ['eng', 'english'],
  detect: {
    functionWords: ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'have', 'has', 'from', 'which', 'would', 'this', 'been', 'were', 'said', 'they', 'their', 'who', 'not', 'but', 'are', 'on', 'at', 'by', 'it', 'an', 'he', 'she'],
  },
  figures,
  figureCues,
  entities,
  entityCues,
};
