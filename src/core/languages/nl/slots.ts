// Dutch words that tell what a count measures (src/core/slots/).
import type { SlotCues } from '../slotFacts';

export const slots: SlotCues = {
  properties: {
    killed: `doden dood gedood omgekomen overleden omgebracht`,
    injured: `gewonden gewond gewonde`,
    shot: `neergeschoten beschoten`,
    arrested: `gearresteerd aangehouden opgepakt`,
    missing: `vermist vermisten`,
    evacuated: `geëvacueerd evacuatie`,
    trapped: `ingesloten vast`,
    rescued: `gered`,
    signed: `ondertekend getekend handtekeningen petitie`,
    voted: `stemden stemmen`,
    jobs: `banen arbeidsplaatsen ontslagen`,
    sales: `verkoop verkocht`,
    revenue: `omzet inkomsten`,
    profit: `winst`,
    loss: `verlies verliezen`,
    debt: `schuld schulden`,
    loan: `lening leningen steun`,
    price: `prijs waarde bod`,
    fine: `boete`,
    sentence: `gevangenis veroordeeld`,
    area: `vierkante_kilometer`,
    advance: `opgerukt`,
    outnumbered: `minderheid`,
  },
  conjunctions: 'en of terwijl maar',
  subset: 'waaronder inclusief',
  victims: 'slachtoffer slachtoffers',
  shootingWords: 'schietpartij schoten neergeschoten',
  qualifiers: {
    revision: 'gecorrigeerd herzien aanvankelijk',
    scope: 'inclusief_de_schutter niet_meegeteld',
    later: 'later gestegen opgelopen',
  },
};
