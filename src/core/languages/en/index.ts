// English: everything Crossread knows about the language, one file per stage.
import type { Language } from '../facts';
import { figureCues, figures } from './figures';

export const en: Language = {
  code: 'en',
  figures,
  figureCues,
};
