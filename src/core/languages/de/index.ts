// German: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';
import { entities, entityCues } from './entities';
import { figureCues, figures } from './figures';

export const de: Language = {
  code: 'de',
  aliases: ['deu', 'ger', 'german'],
  detect: {
    functionWords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'sich', 'auf', 'für', 'auch', 'wurde', 'wurden', 'hat', 'haben', 'sagte', 'nach', 'bei', 'aus', 'wie', 'dass', 'sind', 'werden', 'noch', 'über'],
    letters: { chars: 'ß', weight: 1 },
  },
  figures,
  figureCues,
  entities,
  entityCues,
  names: {
    genitiveS: true,
  // German writes Russian z as s, and ts as z: Sabolozki = Zabolotski.
  phonetic: (t) =>
    t.replace(/z/g, 'ts').replace(/^s(?=[aeiou])/, 'z')
      .replace(/tsch/g, 'S').replace(/sch/g, 'S').replace(/ch/g, 'X').replace(/w/g, 'v').replace(/^j/, 'y').replace(/([aeiou])j/g, '$1y'),
  },
};
