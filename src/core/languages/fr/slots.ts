// French words that tell what a count measures (src/core/slots/).
import type { SlotCues } from '../slotFacts';

export const slots: SlotCues = {
  properties: {
    killed: `tué tués tuée tuées morts mort mortes décédé décédés décès victimes_mortelles abattu abattus`,
    injured: `blessé blessés blessée blessées hospitalisé hospitalisés`,
    shot: `par_balle`,
    arrested: `arrêté arrêtés interpellé interpellés garde_à_vue`,
    missing: `disparu disparus`,
    evacuated: `évacué évacués évacuation`,
    trapped: `bloqué bloqués piégé piégés coincés`,
    rescued: `secouru secourus sauvé sauvés`,
    signed: `signé signée signataires signatures pétition`,
    voted: `voté votes`,
    jobs: `emplois postes suppressions`,
    sales: `ventes vendu`,
    revenue: `chiffre_d'affaires recettes`,
    profit: `bénéfice bénéfices`,
    loss: `perte pertes`,
    debt: `dette dettes`,
    loan: `prêt prêts aide`,
    price: `prix valeur`,
    fine: `amende`,
    sentence: `prison condamné`,
    area: `kilomètres_carrés`,
    advance: `avancé`,
    outnumbered: `infériorité`,
  },
  conjunctions: 'et ou tandis mais',
  subset: 'dont parmi',
  victims: 'victime victimes',
  shootingWords: 'fusillade tirs balle balles',
  qualifiers: {
    revision: 'corrigé révisé initialement',
    scope: 'y_compris_le_tireur sans_compter',
    later: 'plus_tard depuis passé grimpé augmenté',
  },
};
