// Danish: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';
import { entities as norwegian, scandinavianPhonetic } from '../nb';

export const da: Language = {
  code: 'da',
  aliases: ['dan', 'danish'],
  detect: {
    functionWords: ['og', 'ikke', 'det', 'som', 'er', 'på', 'til', 'af', 'med', 'har', 'for', 'at', 'den', 'blev', 'han', 'hun', 'sig', 'siger', 'efter', 'skal', 'vil', 'kan', 'også', 'fra', 'om', 'ifølge', 'mellem', 'havde', 'være', 'nu', 'jeg', 'hvor', 'bliver', 'kun'],
    // Danish and Norwegian Bokmål share most function words: nb unless Danish-only forms dominate.
    yieldsTo: { code: 'nb', share: 0.8 },
  },
  // Danish and Swedish names are found with the Norwegian stop words (figures: English rules).
  entities: { stopWords: norwegian.stopWords, compounds: true },
  names: { genitiveS: true, phonetic: scandinavianPhonetic },
};
