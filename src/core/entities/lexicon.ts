// Names of the world, read in every language: name particles, given names, corporate suffixes, news agencies,
// exonyms and known places. Written for Crossread; lower-case, matched against lower-cased tokens. Kept small on
// purpose: each list is a cue, and the corpus supplies the rest of the evidence. The words of each language (stop
// words, titles, organisation and place heads, demonyms) are in src/core/languages/<code>/entities.ts.

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Nobiliary and Arabic particles that may start a name in lower case only when followed by a capitalised token. */
export const LOWER_PARTICLES = set(`von van de di da du del della al el bin ibn ter ten`);

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
