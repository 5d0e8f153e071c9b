// German: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';
import { figureCues, figures } from './figures';

export const de: Language = {
  code: 'de',
  figures,
  figureCues,
};
