// English words that tell what a count measures (src/core/slots/).
import type { SlotCues } from '../slotCues';

export const slots: SlotCues = {
  properties: {
    killed: `killed kill killing dead death deaths died die dies dying fatal fatally murdered murders homicide homicides
      slain perished lifeless deceased bodies shot_dead shot_and_killed shot_to_death fatally_shot fatally_wounded
      lost_their_lives gunned_down`,
    injured: `injured injuring injuries injury wounded wounding hurt hospitalized hospitalised hospital treated
      critical_condition non-life-threatening stable_condition`,
    shot: `shot shooting_victims gunshot gunfire struck_by hit_by_gunfire`,
    arrested: `arrested arrests arresting detained custody apprehended charged indicted suspects`,
    missing: `missing unaccounted`,
    evacuated: `evacuated evacuate evacuation evacuees fled flee displaced left_their_homes moved_out relocated homeless`,
    trapped: `trapped stuck stranded`,
    remaining: `remaining remain remains still_below still_underground still_inside still_missing_underground`,
    rescued: `rescued saved lifted_out brought_to_the_surface freed pulled_out`,
    signed: `signed signatories signatures signatory signing petition`,
    voted: `voted votes voting`,
    jobs: `jobs job layoffs laid_off redundancies`,
    sales: `sales sold selling`,
    revenue: `revenue revenues turnover`,
    profit: `profit profits earnings net_income`,
    loss: `loss losses lost`,
    debt: `debt debts`,
    loan: `loan loans bailout`,
    price: `price priced valued worth offer offered bid`,
    fine: `fined fine penalty`,
    sentence: `prison jail sentenced sentence`,
    area: `square territory hectares acres`,
    distance: `advanced advance travelled traveled`,
    outnumbered: `outnumbered`,
    pumping: `pumping pumped`,
    rainfall: `rainfall rain`,
    stake: `stake owns holds`,
    depth: `depth deep metres_down`,
    fund: `fund`,
    aid: `aid relief`,
  },
  weakCues: { remaining: `leaving` },
  conjunctions: 'and or while but whereas',
  subset: 'including includes among incl',
  victims: 'victim victims',
  shootingWords: 'shot shooting shootings gunfire gunman gunmen gunshot shooter',
  qualifiers: {
    revision: 'revised corrected correction initially initial_reports earlier_reports originally updated',
    scope: 'including_the_gunman including_the_shooter including_the_suspect not_including excluding not_counting plus_the_gunman counting_the_gunman including_the_attacker',
    later: 'later since rose risen climbed climbing increased grew overnight by_evening by_the_end',
  },
};
