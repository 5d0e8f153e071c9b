// Figures in context: units and conversions, money, hedges and their intervals, ranges, ages, durations,
// what a number counts, time qualifiers, and strings that look numeric but are not figures.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/model';
import { countsKeysOf, extractFigures } from '../../src/core/figures/index';
import { splitSentences } from '../../src/core/text/sentences';

function figs(text: string, lang = 'en'): Figure[] {
  return extractFigures(text, lang, splitSentences(text), 'doc.txt');
}
/** The only figure of a text (fails when there is not exactly one). */
function one(text: string, lang = 'en'): Figure {
  const all = figs(text, lang);
  expect(all.map((f) => f.text)).toHaveLength(1);
  return all[0]!;
}
const near = (a: number, b: number, eps = 1e-6) => expect(Math.abs(a - b)).toBeLessThanOrEqual(eps * Math.max(1, Math.abs(b)));

describe('units and conversions', () => {
  it('square miles become km2, keeping the written value', () => {
    const f = one('Ukrainian forces have retaken more than 1,160 square miles.');
    expect(f.unit).toBe('km2');
    near(f.value, 1160 * 2.589988);
    expect(f.writtenValue).toBe(1160);
    expect(f.unitAsWritten).toBe('square miles');
  });
  it.each([
    ['The mudflow travelled 7 miles.', 'en', 'km', 7 * 1.609344],
    ['The tower is 300 feet tall.', 'en', 'm', 91.44],
    ['It covers 6000 kvadratkilometer.', 'nb', 'km2', 6000],
    ['Es sind 25 Quadratkilometer verschlammt.', 'de', 'km2', 25],
    ['Elle couvre 30 kilomètres carrés.', 'fr', 'km2', 30],
    ['Avanzó 11 kilómetros.', 'es', 'km', 11],
    ['The ship carried 40 tonnes of grain.', 'en', 't', 40],
    ['He lost 5 kg in a week.', 'en', 'kg', 5],
    ['Die Männer sitzen in 420 Metern Tiefe.', 'de', 'm', 420],
    ['Turnout was 48.5% on Sunday.', 'en', '%', 48.5],
    ['Selskapet eier 20 prosent av gruveselskapet.', 'nb', '%', 20],
    ['Sie stieg um 3 Prozent.', 'de', '%', 3],
    ['Il a gagné 5 pour cent.', 'fr', '%', 5],
    ['Subió un 12 por ciento.', 'es', '%', 12],
    ['A 10-km stretch of road was closed.', 'en', 'km', 10],
    ['They ran 5km before dawn.', 'en', 'km', 5],
  ])('%s', (text, lang, unit, value) => {
    const f = one(text, lang);
    expect(f.unit).toBe(unit);
    near(f.value, value);
  });
});

describe('money', () => {
  it('keeps currency codes and links an in-text pair', () => {
    const list = figs('Now the court has fined him 47,000 rubles ($780) for "discrediting" the authorities.') as (Figure & {
      equivalentTo?: string;
    })[];
    expect(list.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['47,000 rubles', 47000, 'RUB'],
      ['$780', 780, 'USD'],
    ]);
    expect(list[0]!.equivalentTo).toBe(list[1]!.id);
    expect(list[1]!.equivalentTo).toBe(list[0]!.id);
  });
  it.each([
    ['The EU pledged €5 million on Friday.', 'en', 'EUR', 5e6],
    ['The fund holds $2.5bn.', 'en', 'USD', 2.5e9],
    ['He was fined £3,000.', 'en', 'GBP', 3000],
    ['Regjeringen bevilger 5 millioner kroner i nødhjelp.', 'nb', 'NOK', 5e6],
    ['Prisen er NOK 500 per natt.', 'nb', 'NOK', 500],
    ['Det koster 18 mill. kroner.', 'nb', 'NOK', 18e6],
    ['Die EU sagte 1,5 Millionen Euro zu.', 'de', 'EUR', 1.5e6],
    ['La Commission a débloqué 1,5 million d’euros.', 'fr', 'EUR', 1.5e6],
    ["Il a reçu 2 millions d'euros.", 'fr', 'EUR', 2e6],
    ['Anunció un fondo de 3 millones de dólares.', 'es', 'USD', 3e6],
    ['Ukraine received 40,000 hryvnias.', 'en', 'UAH', 40000],
  ])('%s', (text, lang, unit, value) => {
    const f = one(text, lang);
    expect(f.unit).toBe(unit);
    near(f.value, value);
  });
});

describe('hedges become intervals', () => {
  it('about: ±10 %, ±15 % for round numbers; value stays the written number', () => {
    const a = one('He said about 5,000 people had escaped.');
    expect([a.hedge, a.value, a.low, a.high]).toEqual(['about', 5000, 4250, 5750]);
    const b = one('Officials counted around 1,860 ballots.');
    expect(b.hedge).toBe('about');
    near(b.low, 1674);
    near(b.high, 2046);
    const c = one('Russia has about 2 million men in reserve.');
    expect([c.low, c.high]).toEqual([1700000, 2300000]);
  });
  it('nearly/almost: below the number', () => {
    const f = one('Nearly 300 people were evacuated.');
    expect(f.hedge).toBe('about');
    expect(f.high).toBe(300);
    expect(f.low).toBeLessThan(300);
  });
  it('more than: [X, 1.5X]', () => {
    const f = one('More than 40 local elected officials signed a petition.');
    expect([f.hedge, f.value, f.low, f.high]).toEqual(['more_than', 40, 40, 60]);
    expect(f.unit).toBe('people');
    expect(f.counts).toBe('local elected officials');
  });
  it('at least: [X, ∞)', () => {
    const f = one('At least 12 people were killed.');
    expect([f.hedge, f.low, f.high]).toEqual(['at_least', 12, Infinity]);
  });
  it('up to / less than: [0, X]', () => {
    expect([one('Up to 30 people may be trapped.').hedge, one('Up to 30 people may be trapped.').low]).toEqual(['at_most', 0]);
    expect(one('Fewer than 100 soldiers remain.').hedge).toBe('at_most');
  });
  it.each([
    ['rundt 30 kvadratkilometer', 'nb', 'about'],
    ['cirka 50 personer', 'nb', 'about'],
    ['ca. 50 personer', 'nb', 'about'],
    ['mer enn 40 lokalpolitikere', 'nb', 'more_than'],
    ['over 40 lokalpolitikere', 'nb', 'more_than'],
    ['minst 12 mennesker', 'nb', 'at_least'],
    ['opp til 30 mennesker', 'nb', 'at_most'],
    ['etwa 50 Menschen', 'de', 'about'],
    ['rund 50 Menschen', 'de', 'about'],
    ['mehr als 4.000 Menschen', 'de', 'more_than'],
    ['über 25 Quadratkilometer', 'de', 'more_than'],
    ['mindestens drei Tage', 'de', 'at_least'],
    ['bis zu 30 Menschen', 'de', 'at_most'],
    ['environ 50 personnes', 'fr', 'about'],
    ['près de 420 mètres', 'fr', 'about'],
    ['plus de 5 000 personnes', 'fr', 'more_than'],
    ['au moins 600 bénévoles', 'fr', 'at_least'],
    ["jusqu'à 30 personnes", 'fr', 'at_most'],
    ['unos 11 kilómetros', 'es', 'about'],
    ['alrededor de 50 personas', 'es', 'about'],
    ['más de 1.500 personas', 'es', 'more_than'],
    ['al menos dos personas', 'es', 'at_least'],
    ['hasta 30 personas', 'es', 'at_most'],
  ])('%s (%s) -> %s', (phrase, lang, hedge) => {
    expect(one(`Ifølge dem: ${phrase}.`, lang).hedge).toBe(hedge);
  });
  it('additional: an increment, never a total', () => {
    expect(one('These days, four more deputies of the local council were to appear before the court.').hedge).toBe('additional');
    const nb = one('Ifølge Torstrem vil ytterligere 84 skrive under oppropet.', 'nb');
    expect([nb.hedge, nb.value, nb.low, nb.high, nb.unit]).toEqual(['additional', 84, 84, 84, 'people']);
    expect(one('Es kamen weitere 10 Helfer.', 'de').hedge).toBe('additional');
    expect(one('Another 300 residents were moved out.').hedge).toBe('additional');
    expect(one('VMC said it would add $2 million to the fund.').hedge).toBe('additional');
  });
  it('vague: a wide interval starting at twice the base', () => {
    const f = one('Thousands of cases have been brought against people.');
    expect([f.hedge, f.value, f.low, f.high, f.unit]).toEqual(['vague', 2000, 2000, 10000, 'cases']);
    expect(one('Hundreds of rescuers are working.').value).toBe(200);
    expect(one('Tusenvis av mennesker demonstrerte.', 'nb').hedge).toBe('vague');
    const d = one('Vor der Grube warten Dutzende Angehörige.', 'de');
    expect([d.hedge, d.value, d.unit]).toEqual(['vague', 24, 'people']);
    expect(one('Des milliers de personnes ont manifesté.', 'fr').hedge).toBe('vague');
    expect(one('Miles de personas salieron a la calle.', 'es').hedge).toBe('vague');
    expect(one('Tens of thousands of people marched.').value).toBe(20000);
  });
});

describe('ranges', () => {
  it.each([
    ['Styrkene har tatt seg frem mellom 70 og 80 kilometer.', 'nb', 70, 80, 'km'],
    ['Forces advanced between 70 and 80 kilometres.', 'en', 70, 80, 'km'],
    ['Forces advanced 70-80 km.', 'en', 70, 80, 'km'],
    ['Forces advanced 70 to 80 km.', 'en', 70, 80, 'km'],
    ['Pumping would take three to four days.', 'en', 3, 4, 'days'],
    ['Das dauert zwischen drei und vier Tagen.', 'de', 3, 4, 'days'],
    ['Podría durar entre tres y cuatro días.', 'es', 3, 4, 'days'],
    ['Il faudra de 3 à 4 jours.', 'fr', 3, 4, 'days'],
    ['Mellom 200 og 250 redningsarbeidere er i sving.', 'nb', 200, 250, 'people'],
    ['It will cost 2 to 3 million dollars.', 'en', 2e6, 3e6, 'USD'],
  ])('%s', (text, lang, lo, hi, unit) => {
    const f = one(text, lang);
    expect([f.hedge, f.value, f.low, f.high, f.unit]).toEqual(['range', lo, lo, hi, unit]);
  });
  it('a change is two values, not a range', () => {
    const list = figs('The toll rose from 19 to 40 people.');
    expect(list.every((f) => f.hedge !== 'range')).toBe(true);
  });
});

describe('ages, durations and ratios', () => {
  it.each([
    ['the 69-year-old warmonger', 'en', 69, 'years'],
    ['the six-month-old war', 'en', 6, 'months'],
    ['He is 69 years old.', 'en', 69, 'years'],
    ['Direktør Arkadij Belov (54) har beklaget.', 'nb', 54, 'years'],
    ['Among them was Oleg Shcherbakov, 44, a shift foreman.', 'en', 44, 'years'],
    ['Der 54-jährige Generaldirektor bat um Entschuldigung.', 'de', 54, 'years'],
    ['Arkadi Belov, 54 ans, a présenté ses excuses.', 'fr', 54, 'years'],
    ['Arkadi Bélov, de 54 años, pidió perdón.', 'es', 54, 'years'],
    ['En 69-åring ble arrestert.', 'nb', 69, 'years'],
  ])('%s', (text, lang, value, unit) => {
    const f = one(text, lang);
    expect([f.value, f.unit, f.counts]).toEqual([value, unit, 'age']);
  });
  it('durations carry what they are about', () => {
    const en = one('In July a Moscow councilman was sentenced to seven years in prison.');
    expect([en.value, en.unit, en.counts]).toEqual([7, 'years', 'prison']);
    expect(en.time).toBe('In July');
    const nb = one('Tidligere i år ble en russisk politiker dømt til syv års fengsel.', 'nb');
    expect([nb.value, nb.unit, nb.counts]).toEqual([7, 'years', 'fengsel']);
    expect(nb.countsKeys).toContain('prison');
    expect(one('Er wurde zu drei Jahren Haft verurteilt.', 'de').countsKeys).toContain('prison');
  });
  it('an article stands for one after a hedge', () => {
    const f = one('De er innesperret i over et døgn.', 'nb');
    expect([f.value, f.unit, f.hedge]).toEqual([1, 'days', 'more_than']);
    expect(one('Lo había denunciado hace casi un año.', 'es').unit).toBe('years');
    expect(figs('He left a year ago.')).toEqual([]);
  });
  it('ratios', () => {
    const en = one("Kyiv's forces outnumbered Russian ones by eight times during the counteroffensive.");
    expect([en.value, en.unit]).toEqual([8, 'times']);
    expect(en.countsKeys).toContain('outnumber');
    const nb = one('Russiske styrker var åtte ganger i undertall.', 'nb');
    expect([nb.value, nb.unit]).toEqual([8, 'times']);
    expect(nb.countsKeys).toContain('outnumber');
    expect(one('Es regnete dreimal so viel wie üblich.', 'de').unit).toBe('times');
    expect(one('Die Truppen waren acht Mal unterlegen.', 'de').unit).toBe('times');
    expect(one('Il a plu trois fois plus.', 'fr').unit).toBe('times');
  });
  it('time windows are not figures', () => {
    expect(figs('They served within the past five years.')).toEqual([]);
    expect(figs('De russiske styrkene skal de siste 24 timene ha forlatt byene.', 'nb')).toEqual([]);
    expect(figs('In den letzten 24 Stunden fiel Regen.', 'de')).toEqual([]);
  });
});

describe('what a number counts', () => {
  it('people, troops and other nouns', () => {
    expect(one('50.000 tropper deltok i en årlig øvelse.', 'nb').unit).toBe('troops');
    const sign = one('Oppropet er undertegnet av 19 ulike lokalpolitikere fra St. Petersburg.', 'nb');
    expect([sign.unit, sign.counts]).toEqual(['people', 'lokalpolitikere']);
    expect(sign.countsKeys).toEqual(expect.arrayContaining(['lokalpolitiker', 'politician']));
    expect(one('Der gikk sju representanter sammen om et brev.', 'nb').unit).toBe('people');
    expect(one('The army lost 40 tanks.').unit).toBe('tanks');
    expect(one('Mehr als 4.000 Menschen mussten ihre Häuser verlassen.', 'de').unit).toBe('people');
    expect(one('Au moins 600 bénévoles se relaient.', 'fr').unit).toBe('people');
    expect(one('Al menos dos personas murieron.', 'es').unit).toBe('people');
    expect(one('Zwei Menschen kamen ums Leben.', 'de').counts).toBe('Menschen');
  });
  it('a bare number takes its noun from context', () => {
    const list = figs('The petition had 19 signatories when she published it on Monday morning and by the end of the day, the number had grown to more than 40.');
    expect(list.map((f) => [f.value, f.unit, f.counts, f.hedge, f.time])).toEqual([
      [19, 'people', 'signatories', 'exact', 'on Monday morning'],
      [40, 'people', 'signatories', 'more_than', 'by the end of the day'],
    ]);
    const esc = one("He told Russia's state-owned television about 5,000 had escaped.");
    expect([esc.unit, esc.counts]).toEqual(['people', 'had escaped']);
    const sub = figs('Sur les 14 mineurs pris au piège, onze ont été ramenés à la surface.', 'fr');
    expect(sub.map((f) => [f.value, f.unit])).toEqual([
      [14, 'people'],
      [11, 'people'],
    ]);
    const nine = figs('Rescuers brought nine of the 14 trapped miners to the surface and two more early on Sunday.');
    expect(nine.map((f) => [f.value, f.unit, f.hedge])).toEqual([
      [9, 'people', 'exact'],
      [14, 'people', 'exact'],
      [2, 'people', 'additional'],
    ]);
  });
  it('bare numbers that count nothing are dropped', () => {
    expect(figs('The vote was 5 to 4 in the end, said the chairman.').filter((f) => f.hedge !== 'range')).toEqual([]);
    expect(figs('Chapter 5 begins here.')).toEqual([]);
    expect(figs('He called at five and said the water was rising.')).toEqual([]);
  });
  it('countsKeysOf strips plurals and stop words, and adds English glosses', () => {
    expect(countsKeysOf('local elected officials', 'en')).toEqual(['local', 'elected', 'official']);
    expect(countsKeysOf('signatories', 'en')).toEqual(['signatory']);
    expect(countsKeysOf('ulike lokalpolitikere', 'nb')).toEqual(['lokalpolitiker', 'politician']);
    expect(countsKeysOf('representanter', 'nb')).toEqual(['representant', 'representative']);
    expect(countsKeysOf('Abgeordnete', 'de')).toEqual(['abgeordnet', 'representative']);
    expect(countsKeysOf('élus locaux', 'fr')).toEqual(['élu', 'official', 'local']);
    expect(countsKeysOf('personas', 'es')).toEqual(['persona', 'person']);
    expect(countsKeysOf('', 'en')).toEqual([]);
  });
});

describe('time qualifiers', () => {
  it.each([
    ['On Friday morning officials spoke of 600 evacuees.', 'en', 'On Friday morning'],
    ['Last week 30 people were arrested.', 'en', 'Last week'],
    ['Siden begynnelsen av september har ukrainske styrker tatt tilbake 6000 kvadratkilometer.', 'nb', 'Siden begynnelsen av september'],
    ['De ble i helgen intervjuet av 3 journalister.', 'nb', 'i helgen'],
    ['Am Freitagabend stimmten neun Abgeordnete dafür.', 'de', 'Am Freitagabend'],
    ['Plus de 5 000 personnes ont quitté leur domicile depuis vendredi.', 'fr', 'depuis vendredi'],
    ['Los refugios estaban llenos el sábado por la mañana con 300 personas.', 'es', 'el sábado por la mañana'],
  ])('%s', (text, lang, time) => {
    expect(one(text, lang).time).toBe(time);
  });
});

describe('not figures', () => {
  it.each([
    ['date 2022-09-11'],
    ['It happened on 11 September 2022.'],
    ['It happened on September 11, 2022.'],
    ['It happened in July 2022.'],
    ['It happened in 2022.'],
    ['The meeting starts at 10:30.'],
    ['The embankment failed at around 4.40am on 13 March.'],
    ['He spoke on Rossiya-24 television.'],
    ['The G7 met in Japan.'],
    ['COVID-19 spread fast.'],
    ['An F-16 flew over.'],
    ['A Boeing 737 landed.'],
    ['She came first, he came 2nd.'],
    ['See page 12 and Article 5.'],
    ['Call +47 22 33 44 55 now.'],
    ['Read https://example.org/2026/03/14/story-5 now.'],
    ['The 1990s were different.'],
    ['The score was 0-2 at half-time.'],
  ])('%s', (text) => {
    expect(figs(text).map((f) => f.text)).toEqual([]);
  });
  it.each([
    ['Dammen ble bygget i 1988.', 'nb'],
    ['Han ringte meg klokka fem.', 'nb'],
    ['Der 1988 errichtete Damm brach um 4.40 Uhr.', 'de'],
    ['Er hat um fünf Uhr angerufen.', 'de'],
    ['Il a cédé vers 4 h 40.', 'fr'],
    ['Les secours remontent les mineurs un à un.', 'fr'],
    ['Ocurrió el 14 de marzo de 2026.', 'es'],
    ['Der Sender Efir-5 zeigte Bilder.', 'de'],
    ['Den 11. september skjedde det.', 'nb'],
  ])('%s (%s)', (text, lang) => {
    expect(figs(text, lang).map((f) => f.text)).toEqual([]);
  });
  it('front matter before bodyStart is ignored', () => {
    const text = '---\ndate: 2026-03-14\nfigures: 40 people\n---\n14 miners were trapped.';
    const body = text.indexOf('14 miners');
    const list = extractFigures(text, 'en', splitSentences(text, body), 'd', body);
    expect(list.map((f) => f.text)).toEqual(['14 miners']);
  });
});
