// Portuguese: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';

export const pt: Language = {
  code: 'pt',
  aliases: ['por', 'portuguese'],
  detect: {
    functionWords: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'que', 'e', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'foi', 'mais', 'segundo', 'são', 'ao'],
  },
};
