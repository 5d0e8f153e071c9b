// Italian words that tell what a count measures (src/core/slots/).
import type { SlotCues } from '../slotFacts';

export const slots: SlotCues = {
  properties: {
    killed: `morti morto uccisi uccise ucciso deceduti vittime`,
    injured: `feriti ferito ferite`,
    shot: `colpiti_da_arma`,
    arrested: `arrestati arrestato fermati`,
    missing: `dispersi disperso`,
    evacuated: `evacuati evacuazione sfollati`,
    trapped: `intrappolati bloccati`,
    rescued: `salvati soccorsi`,
    signed: `firmato firmatari firme petizione`,
    voted: `votato voti`,
    jobs: `posti_di_lavoro posti licenziamenti`,
    sales: `vendite venduto`,
    revenue: `fatturato ricavi`,
    profit: `utile utili profitti`,
    loss: `perdita perdite`,
    debt: `debito debiti`,
    loan: `prestito prestiti aiuti`,
    price: `prezzo valore offerta`,
    fine: `multa`,
    sentence: `carcere condannato`,
    area: `chilometri_quadrati`,
    advance: `avanzato`,
    outnumbered: `inferiorità`,
  },
  conjunctions: 'e ed o mentre ma',
  subset: 'inclusi tra fra',
  victims: 'vittima vittime',
  shootingWords: 'sparatoria spari colpi',
  qualifiers: {
    revision: 'corretto rivisto inizialmente',
    scope: 'incluso_il_killer senza_contare',
    later: 'poi più_tardi salito aumentato',
  },
};
