// Spanish: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';
import { entities, entityCues } from './entities';
import { figureCues, figures } from './figures';

export const es: Language = {
  code: 'es',
  aliases: ['spa', 'spanish'],
  detect: {
    functionWords: ['el', 'la', 'los', 'las', 'del', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'se', 'su', 'sus', 'al', 'más', 'como', 'pero', 'fue', 'han', 'según', 'sobre', 'este', 'esta', 'lo', 'ha'],
    letters: { chars: 'ñ¿¡', weight: 1 },
  },
  figures,
  figureCues,
  entities,
  entityCues,
  names: {
  // Spanish writes kh as j and g before e/i as gu: Jaritónov = Kharitonov, Yevgueni = Yevgeni.
  phonetic: (t) => t.replace(/ch/g, 'S').replace(/sh/g, 'S').replace(/j/g, 'X').replace(/gu(?=[ei])/g, 'g'),
  },
};
