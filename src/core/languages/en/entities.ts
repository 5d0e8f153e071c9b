// English: the name finder's words (entities/findMentions.ts, entities/cluster.ts, entities/names.ts).
import type { EntityCues, EntityFacts } from '../facts';
import { set } from '../words';

export const entities: EntityFacts = {
  stopWords: set(`a an the this that these those there here it its he she they we i you his her their our my your me him them us
    and or but nor so yet if then than when while where whereas why how what which who whom whose because since although though
    after before during until unless about above across against along among around as at by for from in into of off on onto
    out over through to toward towards under upon with within without via per despite amid
    is are was were be been being have has had do does did will would shall should can could may might must not no yes
    all any both each every few many more most much other some such only own same also just even still already yet again
    once ever never always often now today yesterday tomorrow tonight later earlier meanwhile however therefore moreover
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
    october november december mr mrs ms dr sir madam story photo video watch read image caption credit source update updated
    breaking exclusive live analysis opinion editorial comment comments share advertisement related reporting additional
    according like unlike so well yes oh one two three four five six seven eight nine ten first second third last next
    said says told added asked according officials authorities police government president prime minister
    chief head leader lawmaker spokesman spokeswoman spokesperson director general some several another others people
    residents witnesses sources reports report statement city country region province district council county town village
    troops forces soldiers military attack attacks crisis ongoing recently`),
  nameConnectors: set(`of for the von van der de da di bin al la le del &`),
  placePrepositions: set(`in at from near to into across outside inside toward towards`),
  organisationArticle: 'the',
};

export const entityCues: EntityCues = {
  personTitles: `mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president premier prime minister chancellor
    governor gov gov. senator sen. rep. representative congressman congresswoman mayor judge general gen. colonel col.
    captain capt. lieutenant sergeant commander admiral king queen prince princess pope father sister brother rabbi imam
    sheikh coach attorney lawyer spokesman spokeswoman spokesperson councillor councilor councilman councilwoman deputy
    lawmaker mp journalist reporter anchor analyst researcher expert economist historian scientist activist professor
    official farmer director chairman chairwoman ceo founder actor actress singer star rapper striker`,
  personVerbsAfter: `said says told added asked argued claimed warned explained insisted wrote tweeted believes thinks`,
  organisationWords: `ministry department dept council party agency institute institution university college school academy
    foundation company co. corp corp. corporation inc inc. ltd ltd. llc plc group bank fund commission committee union
    association organisation organization federation league court police army navy forces times post news tribune herald
    journal gazette daily weekly magazine review radio tv television broadcasting channel network press service services
    survey center centre hospital clinic church office administration directorate authority authorities board team club fc
    assembly parliament congress senate duma nations alliance coalition movement front project systems technologies devices
    solutions airlines forum summit conference festival bureau telegraph guardian observer express`,
  placeHeadsAfter: `region province oblast district municipality county city town village valley river lake mountain mountains island islands peninsula coast border state area`,
  placeHeadsBefore: `city town village region province district municipality`,
  placeTails: `region oblast`,
  nameOpeners: `north south east west new upper lower great greater central united saint fort port mount lake cape`,
  placeQualifiers: `north south east west northern southern eastern western new upper lower greater central`,
  abbreviations: `st dr mr mrs ms gov sen rep gen jr sr inc corp co ltd prof mt ft`,
  demonyms: `russian ukrainian american british english french german european western eastern northern
  soviet chechen belarusian polish chinese japanese korean indian pakistani iranian iraqi syrian israeli palestinian
  turkish greek italian spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish estonian latvian
  lithuanian georgian armenian african asian arab muslim christian jewish catholic orthodox protestant communist democratic
  republican liberal conservative socialist nazi canadian mexican brazilian australian irish scottish welsh
  romanian hungarian czech slovak serbian croatian bulgarian moldovan kazakh uzbek afghan egyptian saudi libyan
  nigerian kenyan ethiopian somali sudanese pro-russian pro-kremlin pro-war anti-war russian-installed russian-held`,
  saints: `st saint`,
  captionWords: `Photo Video Image Credit Source Getty Reuters AFP`,
};
