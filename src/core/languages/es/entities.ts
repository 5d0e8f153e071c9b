// Spanish: the name finder's words (entities/findMentions.ts, entities/cluster.ts, entities/names.ts).
import type { EntityCues, EntityFacts } from '../facts';
import { set } from '../words';

export const entities: EntityFacts = {
  stopWords: set(`el la los las lo un una unos unas del al de y o pero sino porque como que quien cuando donde mientras aunque si
    en con por para sin sobre entre hasta desde durante según ante tras contra hacia es son era eran fue fueron ser sido ha
    han había habían será puede pueden no más todos todas también ya hoy ayer mañana lunes martes miércoles jueves viernes
    sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre foto vídeo
    fuente sr sra este esta estos estas ese esa su sus`),
  nameConnectors: set(`de del la las los y von van der da di bin al &`),
  placePrepositions: set(`en desde hacia cerca`),
};

export const entityCues: EntityCues = {
  personTitles: `señor señora sr. sra. presidente alcalde alcaldesa gobernador gobernadora hidrólogo ecóloga ecólogo ingeniero portavoz director`,
  personVerbsAfter: `dijo afirmó explicó declaró aseguró`,
  organisationWords: `ministerio consejo partido agencia instituto universidad fundación sa s.a. grupo comisión comité organización liga
    tribunal ejército gazeta centro iglesia parlamento compañía compania empresa sociedad`,
  placeHeadsBefore: `provincia ciudad`,
  nameOpeners: `san santa`,
  saints: `san sant santa`,
};
