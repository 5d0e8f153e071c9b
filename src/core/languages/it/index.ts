// Italian: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';

export const it: Language = {
  code: 'it',
  aliases: ['ita', 'italian'],
  detect: {
    functionWords: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'del', 'della', 'non', 'sono', 'con', 'gli', 'ha', 'anche', 'nel', 'alla', 'dei', 'delle', 'secondo', 'è'],
  },
};
