// Norwegian Bokmål words that tell what a count measures (src/core/slots/).
import type { SlotCues } from '../slotFacts';

export const slots: SlotCues = {
  properties: {
    killed: `drept drepte døde død dødsfall omkom omkommet omkomne livet drap skutt_og_drept skutt_ihjel`,
    injured: `skadd skadde skadet skader såret sårede sykehus kritisk`,
    shot: `skutt skudd`,
    arrested: `pågrepet pågrepne arrestert arrestasjon siktet varetekt`,
    missing: `savnet savnede`,
    evacuated: `evakuert evakuerte evakuering flyktet`,
    trapped: `fanget innesperret innestengt`,
    rescued: `reddet redning`,
    signed: `signert signerte underskrevet undertegnet underskrift opprop oppropet`,
    voted: `stemte stemme avstemning`,
    jobs: `jobber arbeidsplasser stillinger permittert`,
    sales: `salg solgt`,
    revenue: `omsetning inntekter`,
    profit: `overskudd resultat`,
    loss: `underskudd tap`,
    debt: `gjeld`,
    loan: `lån støtte`,
    price: `pris verdi`,
    fine: `bot bøter`,
    sentence: `fengsel dømt`,
    area: `kvadratkilometer gjenerobret`,
    advance: `rykket`,
    outnumbered: `undertall`,
  },
  conjunctions: 'og eller mens men',
  subset: 'inkludert blant deriblant',
  victims: 'ofre offer',
  shootingWords: 'skutt skyting skytingen skudd skuddene',
  qualifiers: {
    revision: 'korrigert opprinnelig først_meldt',
    scope: 'inkludert_gjerningsmannen medregnet ikke_medregnet',
    later: 'senere steg økte siden',
  },
};
