// Romanian: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';

export const ro: Language = {
  code: 'ro',
  aliases: ['ron', 'rum', 'romanian'],
  detect: {
    functionWords: ['și', 'si', 'în', 'care', 'este', 'pe', 'cu', 'la', 'un', 'o', 'din', 'pentru', 'că', 'nu', 'sunt', 'fost', 'lui', 'ale', 'al', 'mai', 'după', 'potrivit'],
    letters: { chars: 'șțăâ', weight: 1 },
  },
};
