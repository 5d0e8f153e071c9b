// French: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';
import { entities, entityCues } from './entities';
import { figureCues, figures } from './figures';

export const fr: Language = {
  code: 'fr',
  aliases: ['fra', 'fre', 'french'],
  detect: {
    functionWords: ['le', 'la', 'les', 'des', 'est', 'une', 'un', 'du', 'et', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'avec', 'ont', 'été', 'par', 'plus', 'selon', 'au', 'aux', 'il', 'elle', 'ce', 'sont', 'mais', 'a', 'leur'],
    letters: { chars: 'ç', weight: 0.3 },
  },
  figures,
  figureCues,
  entities,
  entityCues,
  names: {
  phonetic: (t) => t.replace(/tch/g, 'S').replace(/ch/g, 'S').replace(/ou/g, 'u').replace(/dj/g, 'S').replace(/j/g, 'S').replace(/e$/, ''),
  },
};
