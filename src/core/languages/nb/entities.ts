// Norwegian Bokmål: the name finder's words (entities/findMentions.ts, entities/cluster.ts, entities/names.ts).
import type { EntityCues, EntityFacts } from '../facts';
import { set } from '../words';

export const entities: EntityFacts = {
  stopWords: set(`en et ei den det de dette disse denne der her han hun vi jeg du dere dem deres hans hennes sin sitt sine seg oss
    og eller men så om at som når mens hvor hvorfor hvordan hva hvem fordi siden selv etter før under til fra i på av med
    for over ved mot mellom uten gjennom hos blant innen langs utenfor rundt ifølge
    er var være vært har hadde ha blir ble bli kan kunne vil ville skal skulle må måtte får fikk ikke ingen alle alt noen
    mange flere mer mest hver begge også bare nå da dermed likevel samtidig tidligere senere i dag i går
    mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli august september oktober
    november desember foto bilde video les kilde oppdatert kritikk lokalpolitikere politikere vil risikerer
    alle ifølge dessuten dersom derfor hvis nei ja også også avisen kanalen oppropet presidenten regjeringen brevet`),
  nameConnectors: set(`von van der de da di bin al for of &`),
  placePrepositions: set(`i fra til ved nær utenfor`),
  compounds: true,
};

export const entityCues: EntityCues = {
  personTitles: `presidenten ministeren ordfører tv-anker programleder politikeren politiker talsmann talsperson konsernsjef
    administrerende daglig leder styreleder guvernør statsminister utenriksminister forsvarsminister justisminister statsrådet`,
  personVerbsAfter: `sa sier fortalte skrev mener hevder uttalte`,
  organisationWords: `departement rådet råd partiet byrå institutt universitet akademi stiftelse asa as gruppe banken fond kommisjon
    komité unionen forening organisasjon forbund domstol politi hær forsvaret avis dagblad tidende senter sykehus kirke kontor
    direktorat tilsyn styre klubb parlament statsdumaen storting stortinget selskap selskapet`,
  organisationCompoundHeads: `instituttet selskap selskapet departementet direktoratet tilsynet forbundet foreningen sykehus sykehuset
    universitetet`,
  placeHeadsAfter: `regionen provinsen bydelen kommune kommunen fylke byen landsby elva sjø grensen staten området`,
  placeHeadsBefore: `bydelen byen kommunen fylket regionen`,
  placeTails: `regionen bydelen byen provinsen fylket kommune kommunen distriktet området grensen`,
  placeQualifiers: `nord sør øst vest`,
  captionWords: `Foto Bilde Kilde`,
};
