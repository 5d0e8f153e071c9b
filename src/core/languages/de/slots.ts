// German words that tell what a count measures (src/core/slots/).
import type { SlotCues } from '../slotFacts';

export const slots: SlotCues = {
  properties: {
    killed: `getötet tot tote toten todesopfer starben gestorben verstorben ums_leben erschossen ermordet`,
    injured: `verletzt verletzte verletzten verwundet verwundete krankenhaus`,
    shot: `angeschossen schüsse`,
    arrested: `festgenommen verhaftet festnahme`,
    missing: `vermisst vermisste`,
    evacuated: `evakuiert evakuierte evakuierung geflohen`,
    trapped: `eingeschlossen verschüttet`,
    rescued: `gerettet rettung`,
    signed: `unterzeichnet unterschrieben unterschrift unterzeichner petition`,
    voted: `stimmten abgestimmt stimmen`,
    jobs: `stellen arbeitsplätze jobs`,
    sales: `absatz verkauf verkauft`,
    revenue: `umsatz umsätze`,
    profit: `gewinn gewinne`,
    loss: `verlust verluste`,
    debt: `schulden`,
    loan: `kredit kredite hilfe`,
    price: `preis wert`,
    fine: `geldstrafe strafe`,
    sentence: `haft gefängnis verurteilt`,
    area: `quadratkilometer`,
    advance: `vorgerückt`,
    outnumbered: `unterzahl überzahl`,
  },
  conjunctions: 'und oder während aber',
  subset: 'darunter einschließlich inklusive',
  victims: 'opfer',
  shootingWords: 'schüsse schüssen schießerei angeschossen erschossen',
  qualifiers: {
    revision: 'korrigiert berichtigt ursprünglich zunächst',
    scope: 'einschließlich_des_täters nicht_mitgezählt',
    later: 'später stieg gestiegen inzwischen',
  },
};
