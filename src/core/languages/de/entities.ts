// German: the name finder's words (entities/findMentions.ts, entities/cluster.ts, entities/names.ts).
import type { EntityCues, EntityFacts } from '../facts';
import { set } from '../words';

export const entities: EntityFacts = {
  stopWords: set(`der die das den dem des ein eine einer eines einem einen er sie es wir ich du ihr ihm ihn ihnen sein seine
    ihre unser dies diese dieser dieses jene jener und oder aber doch sondern denn wenn als ob weil da dass damit während
    nachdem bevor seit bis in im ins an am auf aus bei mit nach von vom zu zum zur über unter vor hinter neben zwischen
    gegen ohne um durch für laut trotz wegen ist sind war waren sein gewesen hat haben hatte hatten wird werden wurde wurden
    kann können konnte muss müssen soll sollen will wollen nicht kein keine alle viele mehr auch nur noch schon jetzt heute
    gestern morgen montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli
    august september oktober november dezember foto bild video quelle herr frau so wie was wer wo warum wie man
    zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dutzende hunderte tausende einige mehrere`),
  nameConnectors: set(`von van der de da di für des zu bin al &`),
  placePrepositions: set(`in aus nach bei nahe`),
  nounsCapitalised: true,
  compounds: true,
  placeHeadsFirst: `dorf stadt stadtteil tal region bezirk provinz gebiet fluss see kreis gemeinde ort ortschaft siedlung grube mine
    bergwerk hafen insel halbinsel gebirge`.split(/\s+/).filter(Boolean),
};

export const entityCues: EntityCues = {
  personTitles: `herr frau präsident minister kanzler kanzlerin bürgermeister bürgermeisterin sprecher sprecherin generaldirektor
    direktor direktorin hydrologe hydrologen geologe ökologe ökologin ingenieur leiter leiterin chef chefin`,
  personVerbsAfter: `sagte erklärte betonte schrieb sagt`,
  organisationWords: `ministerium rat partei agentur institut universität stiftung gmbh ag gruppe kommission komitee verein liga gericht
    polizei armee zeitung zentrum klinik kirche büro parlament kongress senat bundestag welle konzern firma`,
  organisationCompoundHeads: `sender gesellschaft institut instituts stiftung verband verein ministerium kommission behörde gericht zentrum
    konzern werke stadtrat gemeinderat bundesrat landesamt bundesamt`,
  placeHeadsBefore: `stadt gemeinde`,
  placeTails: `Region Gebiet`,
  placeQualifiers: `nieder ober neu`,
  abbreviations: `sankt`,
  saints: `sankt`,
  captionWords: `Foto Quelle`,
};
