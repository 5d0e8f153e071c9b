// French: the name finder's words (entities/findMentions.ts, entities/cluster.ts, entities/names.ts).
import type { EntityCues, EntityFacts } from '../facts';
import { set } from '../words';

export const entities: EntityFacts = {
  stopWords: set(`le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu son sa ses leur leurs
    et ou mais donc or ni car si quand lorsque comme que qui quoi dont où parce puisque pendant depuis avant après dans
    en sur sous par pour avec sans selon chez entre contre vers est sont était étaient être été a ont avait avaient sera
    peut peuvent doit ne pas plus tous toutes tout aussi encore déjà aujourd hier demain lundi mardi mercredi jeudi vendredi
    samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre photo vidéo
    source m mme selon alors ainsi cependant`),
  nameConnectors: set(`de du des la le von van der da di bin al d &`),
  placePrepositions: set(`à en au aux près`),
};

export const entityCues: EntityCues = {
  personTitles: `monsieur madame mme m. président ministre maire gouverneur directeur directrice hydrologue écologiste ingénieur porte-parole`,
  personVerbsAfter: `a déclaré affirme dit expliqué`,
  organisationWords: `ministère conseil parti agence institut université fondation sa s.a. groupe comité tribunal armée église bureau
    congrès sénat société compagnie entreprise`,
  placeHeadsBefore: `ville région`,
  abbreviations: `m`,
  saints: `saint ste sainte`,
};
