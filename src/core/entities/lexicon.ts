// Word lists for finding names, written for Crossread. Lower-case; matched against lower-cased tokens.
// Kept small on purpose: each list is a cue, and the corpus supplies the rest of the evidence.

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Capitalised words that do not start a name on their own (sentence-initial words, headline words, weekdays...). */
export const STOP_WORDS: Record<string, Set<string>> = {
  en: set(`a an the this that these those there here it its he she they we i you his her their our my your me him them us
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
  nb: set(`en et ei den det de dette disse denne der her han hun vi jeg du dere dem deres hans hennes sin sitt sine seg oss
    og eller men så om at som når mens hvor hvorfor hvordan hva hvem fordi siden selv etter før under til fra i på av med
    for over ved mot mellom uten gjennom hos blant innen langs utenfor rundt ifølge
    er var være vært har hadde ha blir ble bli kan kunne vil ville skal skulle må måtte får fikk ikke ingen alle alt noen
    mange flere mer mest hver begge også bare nå da dermed likevel samtidig tidligere senere i dag i går
    mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni juli august september oktober
    november desember foto bilde video les kilde oppdatert kritikk lokalpolitikere politikere vil risikerer
    alle ifølge dessuten dersom derfor hvis nei ja også også avisen kanalen oppropet presidenten regjeringen brevet`),
  de: set(`der die das den dem des ein eine einer eines einem einen er sie es wir ich du ihr ihm ihn ihnen sein seine
    ihre unser dies diese dieser dieses jene jener und oder aber doch sondern denn wenn als ob weil da dass damit während
    nachdem bevor seit bis in im ins an am auf aus bei mit nach von vom zu zum zur über unter vor hinter neben zwischen
    gegen ohne um durch für laut trotz wegen ist sind war waren sein gewesen hat haben hatte hatten wird werden wurde wurden
    kann können konnte muss müssen soll sollen will wollen nicht kein keine alle viele mehr auch nur noch schon jetzt heute
    gestern morgen montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli
    august september oktober november dezember foto bild video quelle herr frau so wie was wer wo warum wie man
    zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dutzende hunderte tausende einige mehrere`),
  fr: set(`le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu son sa ses leur leurs
    et ou mais donc or ni car si quand lorsque comme que qui quoi dont où parce puisque pendant depuis avant après dans
    en sur sous par pour avec sans selon chez entre contre vers est sont était étaient être été a ont avait avaient sera
    peut peuvent doit ne pas plus tous toutes tout aussi encore déjà aujourd hier demain lundi mardi mercredi jeudi vendredi
    samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre photo vidéo
    source m mme selon alors ainsi cependant`),
  es: set(`el la los las lo un una unos unas del al de y o pero sino porque como que quien cuando donde mientras aunque si
    en con por para sin sobre entre hasta desde durante según ante tras contra hacia es son era eran fue fueron ser sido ha
    han había habían será puede pueden no más todos todas también ya hoy ayer mañana lunes martes miércoles jueves viernes
    sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre foto vídeo
    fuente sr sra este esta estos estas ese esa su sus`),
};
STOP_WORDS.und = STOP_WORDS.en!;
STOP_WORDS.da = STOP_WORDS.nb!;
STOP_WORDS.sv = STOP_WORDS.nb!;

/** Words that may join capitalised tokens inside one name ("Institute for the Study of War", "Gulf of Aden"). */
export const NAME_CONNECTORS = set(`of for the and de del della di da do dos das du des la le von van der den ten ter af av bin ibn al el y e i und`);

/** Nobiliary and Arabic particles that may start a name in lower case only when followed by a capitalised token. */
export const LOWER_PARTICLES = set(`von van de di da du del della al el bin ibn ter ten`);

/** Titles and roles before a name: stripped from the mention, and a person cue. */
export const PERSON_TITLES = set(`mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady herr frau monsieur madame mme m. señor señora sr. sra.
  president presidenten präsident président presidente premier prime minister ministre minister ministeren
  chancellor kanzler kanzlerin governor gov gov. senator sen. rep. representative congressman congresswoman mayor ordfører
  bürgermeister bürgermeisterin maire alcalde alcaldesa judge general gen. colonel col. captain capt. lieutenant sergeant
  commander admiral king queen prince princess pope father sister brother rabbi imam sheikh coach attorney lawyer
  spokesman spokeswoman spokesperson councillor councilor councilman councilwoman deputy lawmaker mp
  journalist reporter anchor tv-anker programleder politikeren politiker talsmann talsperson sprecher sprecherin
  gouverneur generaldirektor direktor direktorin hydrologe hydrologen geologe ökologe ökologin ingenieur leiter leiterin chef chefin
  directeur directrice hydrologue écologiste ingénieur gobernador gobernadora hidrólogo ecóloga ecólogo ingeniero
  analyst researcher expert economist historian scientist activist professor official farmer konsernsjef administrerende
  daglig leder styreleder
  porte-parole portavoz director chairman chairwoman ceo founder actor actress singer star rapper striker
  guvernør statsminister utenriksminister forsvarsminister justisminister statsrådet`);

/** Words after a name that make it a person ("X said", "X sa", "X sagte"). */
export const PERSON_VERBS_AFTER = set(`said says told added asked argued claimed warned explained insisted wrote tweeted
  sa sier fortalte skrev mener hevder uttalte sagte erklärte betonte schrieb sagt a déclaré affirme dit expliqué dijo
  afirmó explicó declaró aseguró believes thinks`);

/** Heads of organisation names (a name containing one is an organization). */
export const ORG_WORDS = set(`ministry ministerium ministère ministerio departement department dept council rådet råd rat conseil consejo
  party partiet partei parti partido agency byrå agentur agence agencia institute institutt institut instituto institution
  university universitet universität université universidad college school academy akademi foundation stiftelse stiftung
  fondation fundación company co. corp corp. corporation inc inc. ltd ltd. llc plc gmbh ag asa as sa s.a. group gruppe groupe grupo
  bank banken fund fond commission kommisjon kommission comisión committee komité komitee comité union unionen
  association forening verein organisation organization organisasjon organización federation forbund league liga
  court domstol gericht tribunal tribunal police politi polizei army hær armee armée ejército navy forces forsvaret
  times post news tribune herald journal gazette gazeta zeitung avis dagblad tidende telegraph guardian observer express
  daily weekly magazine review radio tv television broadcasting channel network press service services survey center centre
  senter zentrum centro hospital sykehus klinik clinic church kirke kirche église iglesia office kontor büro bureau
  administration directorate direktorat authority authorities tilsyn board styre team club klubb verein fc
  assembly parliament parlament parlamento congress kongress congrès senate senat sénat duma statsdumaen storting stortinget
  bundestag nations alliance coalition movement front network project systems technologies devices solutions airlines
  forum welle summit conference festival compañía compania empresa sociedad société compagnie entreprise selskap selskapet
  konzern firma`);

/**
 * Heads that German and Scandinavian glue onto a word ("Bergbaugesellschaft", "Gruveinstituttet", "Stadtrat"): a
 * capitalised word ending in one of these, with at least three letters before it, names an organization.
 */
export const ORG_COMPOUND_HEADS: readonly string[] = `sender gesellschaft institut instituttet instituts stiftung verband verein ministerium
  kommission behörde gericht zentrum konzern werke stadtrat gemeinderat bundesrat landesamt bundesamt selskap selskapet
  departementet direktoratet tilsynet forbundet foreningen sykehus sykehuset universitetet`
  .split(/\s+/)
  .filter(Boolean);

/** Words after a capitalised name that make it a place ("Kharkiv region", "Smolny municipality"). */
export const PLACE_HEADS_AFTER = set(`region regionen province provinsen oblast district bydelen municipality kommune kommunen county fylke
  city byen town village landsby valley river elva lake sjø mountain mountains island islands peninsula coast border grensen
  state staten area området`);

/** Words before a name that make it a place ("city of X", "bydelen X"). */
export const PLACE_HEADS_BEFORE = set(`city town village region province district municipality bydelen byen kommunen fylket regionen
  stadt gemeinde ville région provincia ciudad`);

/**
 * German capitalises every noun, so a place's head noun opens the span: "Dorf Schelannoje", "Stadtteil Nischni",
 * "Tal der Irscha", "Kupfergrube Glubokaja". Cut from the name, and a place cue. Compounds count by their end
 * ("Kupfergrube" ends in "grube").
 */
export const DE_PLACE_HEADS: readonly string[] = `dorf stadt stadtteil tal region bezirk provinz gebiet fluss see kreis gemeinde
  ort ortschaft siedlung grube mine bergwerk hafen insel halbinsel gebirge`
  .split(/\s+/)
  .filter(Boolean);

/** Prepositions of place per language: a weak place cue. */
export const PLACE_PREPOSITIONS: Record<string, Set<string>> = {
  en: set(`in at from near to into across outside inside toward towards`),
  nb: set(`i fra til ved nær utenfor`),
  de: set(`in aus nach bei nahe`),
  fr: set(`à en au aux près`),
  es: set(`en desde hacia cerca`),
};

/** Capitalised adjectives of nationality and the like: not names on their own. */
export const DEMONYMS = set(`russian ukrainian american british english french german european western eastern northern
  soviet chechen belarusian polish chinese japanese korean indian pakistani iranian iraqi syrian israeli palestinian
  turkish greek italian spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish estonian latvian
  lithuanian georgian armenian african asian arab muslim christian jewish catholic orthodox protestant communist democratic
  republican liberal conservative socialist nazi canadian mexican brazilian australian irish scottish welsh
  romanian hungarian czech slovak serbian croatian bulgarian moldovan kazakh uzbek afghan egyptian saudi libyan
  nigerian kenyan ethiopian somali sudanese pro-russian pro-kremlin pro-war anti-war russian-installed russian-held`);

/** Given names (lower-case, romanised): a strong person cue for the token that follows. Transliterations included. */
export const GIVEN_NAMES = set(`jewgeni jewgenij jewgenia yevgueni evgueni evgeni evgenii juri jurij iouri julija ioulia youlia pawel pavel arkadi arkadij arkady arkadiy arcadi oleg marina dmitri dimitri andrei andreï sergej sergueï serguei wladimir vladimir volodymyr dmitry dmitrij dmytro dmitri dmitriy boris nikita ksenia kseniya vitaly vitalij vitaliy
  ramzan konstantin tetiana tatiana tatjana tatyana sergei sergey sergej serhiy alexei alexey aleksej oleksiy alexander aleksandr
  oleksandr andrei andrey andrij andriy mikhail michail mykhailo ivan yuri yury jurij yulia julia julija yelena elena jelena olga
  natalia natalja anna maria marija igor ihor oleg pavel pavlo viktor nikolai mykola yevgeny evgeny jevgenij anatoly
  maxim maksim alexei navalny ilya ilja roman denis kirill kyrylo artem petro petr pyotr fyodor fedor gennady leonid
  john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven
  paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
  stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron
  jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry
  sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph
  randy eugene vincent russell elijah louis bobby philip phil johnny tom tim jim bob bill mike dave steve chris matt nick
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly
  emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley
  angela helen brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth heather
  diane virginia julie joyce victoria kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea frances
  hannah jacqueline ann gloria jean kathryn alice teresa sara janice doris madison julia grace judy abigail marie denise
  beverly amber theresa marilyn danielle diana brittany natalie sophia rose isabella alexis kayla charlotte tara lindsay
  hugh barack hillary angela emmanuel olaf jonas erna jens kari ola per knut lars nils ole hans anne ingrid
  kristin astrid sigrid bjørn håkon magnus sven erik jan karl klaus jürgen wolfgang helmut friedrich heinrich
  ursula annalena jean pierre jacques françois michel philippe nicolas marie sophie isabelle catherine
  carlos luis miguel jorge pedro pablo javier manuel antonio francisco rafael fernando alejandro diego sergio
  ahmed mohammed muhammad ali hassan hussein omar abdul recep bashar xi li wang zhang kim shinzo narendra`);

/** Corporate suffixes dropped when comparing organisation names ("Intel Corp." = "Intel"). */
export const CORPORATE_SUFFIXES = set(`inc inc. incorporated corp corp. corporation co co. ltd ltd. limited llc plc gmbh ag asa as sa s.a. nv bv ab oy spa s.p.a.`);

/** News agencies and outlets often cited without a cue. */
export const KNOWN_ORGANIZATIONS = set(`reuters ap afp dpa ntb tass ria interfax cnn bbc nbc cbs abc fox msnbc nrk tv2 vg dagbladet aftenposten
  twitter facebook telegram youtube instagram tiktok x google apple microsoft amazon meta nato un eu who imf opec kremlin
  pentagon nasa fbi cia kgb fsb osce interpol ukrinform nexta meduza novaya`);

/**
 * Exonyms and translated names: each line is a canonical (English) name followed by other spellings, ` | `-separated.
 * A name matched here joins the canonical entity across languages.
 */
const EXONYM_LINES = `
Russia | Russland | Rusland | Ryssland | Russie | Rusia | Russische Föderation | Russian Federation | Den russiske føderasjonen | Russiske føderasjonen | Fédération de Russie | Federación Rusa | Rossiya | Rossija
Ukraine | Ukraina | Ukrainia | Ucrania | Ukrajina
Moscow | Moskva | Moskau | Moscou | Moscú | Moskwa
Kyiv | Kiev | Kijev | Kiew | Kyjiv | Kyjev
Kharkiv | Kharkov | Charkiw | Kharkiw | Charkov | Jarkov | Kharkova
St Petersburg | St. Petersburg | Saint Petersburg | Sankt Petersburg | Sankt-Peterburg | St.Petersburg | Saint-Pétersbourg | San Petersburgo | Petersburg
State Duma | Statsdumaen | Statsdumaen | Staatsduma | Douma | Duma d'État | Duma Estatal | Duma
Kremlin | Kreml | Kremlen | Kremlet
Belarus | Hviterussland | Weißrussland | Biélorussie | Bielorrusia | Belorussia
Germany | Tyskland | Deutschland | Allemagne | Alemania
Norway | Norge | Norwegen | Norvège | Noruega
Sweden | Sverige | Schweden | Suède | Suecia
Denmark | Danmark | Dänemark | Danemark | Dinamarca
Finland | Finnland | Finlande | Finlandia
Poland | Polen | Pologne | Polonia
France | Frankrike | Frankreich | Francia
Spain | Spania | Spanien | Espagne | España
Italy | Italia | Italien | Italie
United States | USA | U.S. | US | U.S.A. | Amerika | Vereinigte Staaten | États-Unis | Estados Unidos | EE.UU.
United Kingdom | UK | U.K. | Storbritannia | Großbritannien | Royaume-Uni | Reino Unido | Britain | Great Britain
China | Kina | Chine
Japan | Japon | Japón
Turkey | Tyrkia | Türkei | Turquie | Turquía | Türkiye
Greece | Hellas | Griechenland | Grèce | Grecia
Netherlands | Nederland | Niederlande | Pays-Bas | Países Bajos | Holland
Belgium | Belgia | Belgien | Belgique | Bélgica
Switzerland | Sveits | Schweiz | Suisse | Suiza
Austria | Østerrike | Österreich | Autriche
Europe | Europa
European Union | EU | Den europeiske union | Europäische Union | Union européenne | Unión Europea
United Nations | UN | FN | De forente nasjoner | Vereinte Nationen | Nations unies | ONU | Naciones Unidas
NATO | Nato | OTAN
Vienna | Wien | Vienne | Viena
Munich | München | Munique
Cologne | Köln
Warsaw | Warszawa | Warschau | Varsovie | Varsovia
Prague | Praha | Prag | Praga
Copenhagen | København | Kopenhagen | Copenhague
Gothenburg | Göteborg
Lisbon | Lisboa | Lissabon | Lisbonne
Brussels | Brussel | Brüssel | Bruxelles | Bruselas
The Hague | Haag | Den Haag | La Haye | La Haya
Geneva | Genève | Genf | Ginebra
Rome | Roma | Rom
Athens | Athen | Athènes | Atenas
Beijing | Peking | Pékin | Pekín
Chechnya | Tsjetsjenia | Tschetschenien | Tchétchénie | Chechenia
Crimea | Krym | Krim | Crimée
Donbas | Donbass
Izyum | Izium | Isjum | Isjum | Isium
Zaporizhzhia | Zaporizhzhya | Zaporizjzja | Saporischschja | Zaporijia
Kherson | Cherson | Kherson
Odesa | Odessa
Mariupol | Mariupol
Lviv | Lvov | Lwiw | Lemberg
Georgia | Georgia
Moldova | Moldavia | Moldawien
`;

export const EXONYMS = new Map<string, string>();
for (const line of EXONYM_LINES.trim().split('\n')) {
  const names = line.split('|').map((s) => s.trim()).filter(Boolean);
  const canonical = names[0]!;
  for (const n of names) EXONYMS.set(n.toLowerCase(), canonical);
}

/** Canonical names known to be places (from the exonym table); everything else in it is an organization. */
export const EXONYM_ORGANIZATIONS = set(`state-duma kremlin european-union united-nations nato`);

/** Countries, capitals and regions that are places on sight (lower-case, English and local forms). */
export const KNOWN_PLACES = set(`russia ukraine moscow kyiv kharkiv belarus germany norway sweden denmark finland poland france spain italy
  china japan turkey greece netherlands belgium switzerland austria europe asia africa america siberia crimea donbas donetsk
  luhansk kherson odesa mariupol lviv izyum kupiansk zaporizhzhia chechnya georgia moldova latvia lithuania estonia
  iran iraq syria israel gaza lebanon egypt india pakistan afghanistan canada mexico brazil australia london paris berlin
  washington oslo stockholm helsinki warsaw vienna rome madrid lisbon brussels amsterdam beijing tokyo seoul vladivostok
  minsk tbilisi baku yerevan ankara istanbul tehran baghdad damascus jerusalem cairo california texas florida york
  england scotland wales ireland bergen trondheim stavanger tromsø hamburg munich frankfurt cologne lyon marseille barcelona
  sevilla valencia st-petersburg petersburg kharkov kiev belgorod kursk bryansk smolensk novosibirsk kazan sochi
  los angeles chicago boston detroit houston philadelphia atlanta seattle miami dallas denver`);
