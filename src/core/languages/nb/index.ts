// Norwegian Bokmål (nn and no are read as nb): everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';
import { entities, entityCues } from './entities';
import { figureCues, figures } from './figures';

/** Russian names as Scandinavian languages write them: tsj, sj, zj, skj, kj are one sound ("Tsjernobyl"). */
export const scandinavianPhonetic = (t: string): string =>
  t.replace(/tsj/g, 'S').replace(/sj/g, 'S').replace(/zj/g, 'S').replace(/skj/g, 'S').replace(/kj/g, 'S');

export { entities };

export const nb: Language = {
  code: 'nb',
  aliases: ['no', 'nn', 'nob', 'nno', 'norwegian', 'bokmål', 'bokmal', 'nynorsk'],
  detect: {
    functionWords: ['og', 'ikke', 'det', 'som', 'er', 'på', 'til', 'av', 'med', 'har', 'for', 'at', 'den', 'ble', 'han', 'hun', 'seg', 'sier', 'etter', 'skal', 'vil', 'kan', 'også', 'fra', 'om', 'ifølge', 'mellom', 'hadde', 'være', 'nå', 'jeg', 'ikkje', 'og', 'sa', 'dem', 'sine', 'blir', 'bare', 'hvor'],
    letters: { chars: 'æø', weight: 0.6 },
  },
  figures,
  figureCues,
  entities,
  entityCues,
  names: {
    genitiveS: true,
    phonetic: scandinavianPhonetic,
  },
};
