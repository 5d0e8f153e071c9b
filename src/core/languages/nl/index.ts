// Dutch: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';

export const nl: Language = {
  code: 'nl',
  aliases: ['nld', 'dut', 'dutch'],
  detect: {
    functionWords: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'dat', 'met', 'voor', 'op', 'zijn', 'werd', 'heeft', 'naar', 'ook', 'door', 'bij', 'uit', 'maar', 'wordt', 'volgens'],
  },
};
