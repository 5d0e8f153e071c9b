// Swedish: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';
import { entities as norwegian, scandinavianPhonetic } from '../nb';

export const sv: Language = {
  code: 'sv',
  aliases: ['swe', 'swedish'],
  detect: {
    functionWords: ['och', 'inte', 'det', 'som', 'är', 'på', 'till', 'av', 'med', 'har', 'för', 'att', 'den', 'blev', 'han', 'hon', 'sig', 'säger', 'efter', 'ska', 'vill', 'kan', 'också', 'från', 'om', 'enligt', 'mellan', 'hade', 'vara', 'nu', 'jag'],
  },
  // Danish and Swedish names are found with the Norwegian stop words (figures: English rules).
  entities: { stopWords: norwegian.stopWords, compounds: true },
  names: { genitiveS: true, phonetic: scandinavianPhonetic },
};
