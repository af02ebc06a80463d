/**
 * Figures whose value, unit or `counts` a nearby word used to lead astray: a period after a sum,
 * a participle that is also a noun, two counts read as a proportion, an adverb the word classes
 * do not know, a change set off by a comma, a speed's unit, an adjective before the counted noun.
 * Every sentence is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const figures = (text: string, lang = 'en') => extract(text, { lang }).figures;
const counts = (text: string, lang = 'en') => figures(text, lang).map((f) => f.counts);

describe('a period after a sum says when, not what', () => {
  it('never counts "last season" or "last quarter" after a sum; the subject of the change is counted', () => {
    expect(counts('The operator’s fuel bill rose 9% to 84 million pounds last season.')).toEqual(['operator’s fuel bill', 'operator’s fuel bill']);
    expect(counts('Ticket revenue climbed to $41 million last quarter.')).toEqual(['Ticket revenue']);
    expect(counts('Le club a dépensé 80 millions d’euros la saison dernière.', 'fr')).not.toContain('saison');
    expect(counts('El club ingresó 300 millones de euros la temporada pasada.', 'es')).not.toContain('temporada');
  });
});

describe('a participle after the copula is the verb, even when it is also a noun', () => {
  it('counts the subject of "is forecast at", "was put at", "was valued at"', () => {
    expect(counts('The bill for the new bridge is forecast at $64 million.')).toEqual(['bill']);
    expect(counts('Inflation in the region is forecast at 3.1% next year.')).toEqual(['Inflation']);
    expect(counts('The damage to the harbour was put at $12 million.')).toEqual(['damage']);
    expect(counts('The software maker was valued at $2 billion.')).toEqual(['software maker']);
  });
  it('reads « chiffré à » as a verb of a level', () => {
    expect(counts('La réparation de la digue a été chiffrée à 12 millions d’euros.', 'fr')).toEqual(['réparation']);
  });
  it('guard: keeps "a forecast of" a noun linked to its figure', () => {
    expect(counts('Sales beat the analysts’ forecast of $3.2 billion.')).toEqual(['forecast']);
  });
});

describe('two counts with nouns of their own are no proportion', () => {
  it('reads "12 wins in 20 cup games" as two counts, "three players in ten" as a share', () => {
    const found = figures('The side has 12 wins in 20 cup games this year.');
    expect(found.map((f) => [f.value, f.kind, f.unit])).toEqual([
      [12, 'count', 'wins'],
      [20, 'count', 'games'],
    ]);
    expect(figures('Three players in ten earn less than the league minimum.')[0]).toMatchObject({ kind: 'percent', value: 30 });
    expect(figures('Il a marqué 8 essais en 14 matchs de championnat.', 'fr').map((f) => f.kind)).toEqual(['count', 'count']);
  });
});

describe('an adverb the word classes leave unknown heads no counted phrase', () => {
  it('never counts « d’ici » or « ici »: « d’ici 2030 » says by when', () => {
    expect(counts('La région vise 30 millions de nuitées d’ici 2030.', 'fr')).toEqual(['nuitées']);
    expect(counts('Le nombre de lits devrait doubler d’ici à 2035.', 'fr')).not.toContain('ici');
  });
  it('gives a count no adverb for its unit: « 450 aujourd’hui »', () => {
    expect(figures('La commune compte environ 450 aujourd’hui.', 'fr')[0]?.unit).toBeNull();
  });
  it('counts the noun after a compound preposition: « por encima del récord de 6,1 metros »', () => {
    expect(counts('El lago llegó a 7,2 metros, por encima del récord de 6,1 metros.', 'es')).toEqual(['lago', 'récord']);
  });
  it('guard: keeps a negation with the event it denies: « douze insectes jamais observés » is no count of observed insects', () => {
    expect(counts('Les chercheurs ont trouvé douze insectes jamais observés sur l’île.', 'fr')).not.toContain('insectes observés');
  });
});

describe('a change set off by a comma is the change of the figure before it', () => {
  it('counts what the figure before counts, past a phrase: « , en baisse de 0,4 point »', () => {
    expect(counts('Le taux de participation atteint 61,2 % après le second tour, en baisse de 0,4 point.', 'fr')).toEqual(['taux de participation', 'taux de participation']);
    expect(counts('Barley output reached 3 million tonnes after a wet spring, down 8%.')).toEqual(['Barley output', 'Barley output']);
  });
});

describe('a speed is one unit', () => {
  it('reads "miles per hour", « kilomètres à l’heure », « kilómetros por hora » whole', () => {
    expect(figures('Gusts of up to 70 miles per hour hit the island.')[0]).toMatchObject({ value: 70, unit: 'miles per hour', kind: 'quantity' });
    expect(figures('Des rafales à 130 km à l’heure ont touché la côte.', 'fr')[0]?.unit).toBe('km à l’heure');
    expect(figures('Vientos de 95 kilómetros por hora azotaron el puerto.', 'es')[0]?.unit).toBe('kilómetros por hora');
  });
  it('keeps a symbol unit as written: "km/h"', () => {
    expect(figures('Winds reached 150 km/h on the coast.')[0]?.unit).toBe('km/h');
  });
});

describe('a count’s unit is its noun, not an adjective before it', () => {
  it('reads "12 new cardiac wards" and "200 extra qualified teachers" as wards and teachers', () => {
    expect(figures('The region will open 12 new cardiac wards next year.')[0]).toMatchObject({ unit: 'wards', counts: 'cardiac wards' });
    expect(figures('The ministry will hire 200 extra qualified teachers.')[0]).toMatchObject({ unit: 'teachers', counts: 'qualified teachers' });
  });
});

describe('an index level is no change in percentage points', () => {
  it('reads "at 21,340 points" beside a percentage as a level, « 0,4 point » as a change', () => {
    const found = figures('The main share index closed 0.8% higher at 21,340 points.');
    expect(found.map((f) => [f.value, f.unit])).toEqual([
      [0.8, '%'],
      [21340, 'points'],
    ]);
    expect(figures('Le taux a reculé de 0,4 point, à 8,1 %.', 'fr')[0]?.unit).toBe('percentage points');
  });
});

describe('ages are no figures', () => {
  it('drops an age group after an article: « les 18-25 ans », « los 15-29 años », "the 16-24 age group"', () => {
    expect(figures('Chez les 18-25 ans, la part atteint 31 %.', 'fr').map((f) => f.value)).toEqual([31]);
    expect(figures('Entre los 15-29 años, el paro llegó al 27 %.', 'es').map((f) => f.value)).toEqual([27]);
    expect(figures('Unemployment in the 16-24 age group rose to 13%.').map((f) => f.value)).toEqual([13]);
  });
  it('guard: keeps a range of years with a complement: « les 8 à 12 ans de prison requis »', () => {
    expect(figures('L’accusé encourt les 8 à 12 ans de prison requis.', 'fr').map((f) => f.value)).toEqual([8, 12]);
  });
  it('drops an age after a word that announces it: « , âgé de 58 ans »', () => {
    expect(figures('Un pêcheur du port, âgé de 58 ans, a été secouru.', 'fr')).toEqual([]);
  });
});

describe('a word that opens a compound preposition heads no counted phrase', () => {
  it('reads « frente a 6,1 » and « 3 millones respecto de » without "frente" or "respecto"', () => {
    expect(counts('La tasa bajó a 4,9 suicidios por cada 100.000 habitantes, frente a 6,1 en 2019.', 'es')).toEqual(['suicidios', 'habitantes', 'suicidios']);
    expect(counts('La entidad elevó su previsión en 3 millones respecto de enero.', 'es')).not.toContain('respecto');
  });
  it('never counts an infinitive the French word classes leave unknown: « contribuer à hauteur de »', () => {
    expect(counts('Les régions devront contribuer à hauteur de 4 milliards d’euros.', 'fr')).not.toContain('contribuer');
  });
});

describe('a level reached after a share is of what changed', () => {
  it('counts the subject for "rose 43% to 136,200" with no comma, and « a bondi de 15 % à 12 000 »', () => {
    expect(counts('Hospital admissions rose 31% to 8,400 over the winter.')).toEqual(['Hospital admissions', 'Hospital admissions']);
    expect(counts('Grain exports fell 12% to 4,500 tonnes.')).toEqual(['Grain exports', 'Grain exports']);
    expect(counts('Le nombre d’adhérents a bondi de 15 % à 12 000.', 'fr')).toEqual(['nombre d’adhérents', 'nombre d’adhérents']);
  });
});

describe('words the French word classes leave unknown', () => {
  it('never takes a verb in « -oit » into the counted phrase: « prévoit des températures de 35 °C »', () => {
    expect(counts('Le service prévoit des pluies de 80 millimètres.', 'fr')[0]).toBe('pluies');
  });
  it('never counts what an active perfect did as a state: « 900 foyers ont pris des mesures »', () => {
    expect(counts('Quelque 900 foyers ont pris des mesures d’économie.', 'fr')).toEqual(['foyers']);
  });
});

describe('a unit after a degree sign ends its sentence', () => {
  it('reads "°C." as the unit, not as an initial', () => {
    const found = figures('Les minimales iront de 19 à 23 °C. La vigilance est levée.', 'fr');
    expect(found.map((f) => f.unit)).toEqual(['°C', '°C']);
  });
});

describe('a count joined to its noun by a hyphen', () => {
  it('reads "a 250-bed hospital" as 250 beds of the hospital, not a neighbour’s noun', () => {
    const found = figures('The plan covers 6 clinics and a 250-bed hospital.');
    expect(found.map((f) => [f.value, f.unit, f.counts])).toEqual([
      [6, 'clinics', 'clinics'],
      [250, 'bed', 'hospital'],
    ]);
  });
});

describe('a part of a whole is a share only over ten or a base of ten', () => {
  it('reads « 41 sièges sur 57 » as two counts, « deux élèves sur 100 » as a share', () => {
    expect(figures('La coalition obtient 41 sièges sur 57.', 'fr').map((f) => [f.value, f.kind])).toEqual([
      [41, 'count'],
      [57, 'count'],
    ]);
    expect(figures('Deux élèves sur 100 quittent l’école sans diplôme.', 'fr')[0]).toMatchObject({ kind: 'percent', value: 2 });
  });
});

describe('a clock before a time zone is no figure', () => {
  it('drops "by 0945 GMT"-style times with three or four digits, keeps "1130 points"', () => {
    expect(figures('Gold traded at $2,310 an ounce by 1545 GMT.').map((f) => f.value)).toEqual([2310]);
    expect(figures('Les bureaux de vote ferment à 1900 heure locale.', 'fr')).toEqual([]);
    expect(figures('The side scored 1130 points over the season.').map((f) => f.value)).toEqual([1130]);
  });
});

describe('a group of people by age bound is no figure', () => {
  it('drops « chez les moins de 30 ans », « los mayores de 70 años », keeps « moins de 30 ans de carrière »', () => {
    expect(figures('Le vote atteint 64 % chez les moins de 30 ans.', 'fr').map((f) => f.value)).toEqual([64]);
    expect(figures('Uno de cada cuatro de los mayores de 70 años vive solo.', 'es').map((f) => f.value)).toEqual([25]);
    expect(figures('Il compte moins de 30 ans de carrière.', 'fr').map((f) => f.value)).toEqual([30]);
  });
});

describe('energy and flow units written out are measures', () => {
  it('reads « térawattheures », "barrels per day" and « barriles diarios » as quantities', () => {
    expect(figures('Le parc a produit 290,5 térawattheures.', 'fr')[0]).toMatchObject({ kind: 'quantity', unit: 'térawattheures' });
    expect(figures('The field pumps 800,000 barrels per day.')[0]).toMatchObject({ kind: 'quantity', unit: 'barrels per day' });
    expect(figures('El yacimiento produce 350.000 barriles diarios.', 'es')[0]).toMatchObject({ kind: 'quantity', unit: 'barriles diarios' });
  });
});

describe('a bare count that opens its own clause', () => {
  it('counts its own passive’s state, not the verb of the clause before: « 9 sont morts et 21 ont été blessés »', () => {
    expect(counts('Au moins 9 passagers sont morts et 21 ont été blessés.', 'fr')).toEqual(['passagers', 'blessés']);
    expect(counts('Al menos 9 pasajeros murieron y 21 resultaron heridos.', 'es')).toEqual(['pasajeros', 'heridos']);
  });
  it('counts what it was after the copula: "eight were nurses", « 12 étaient des enfants »', () => {
    expect(counts('Of the 40 staff, eight were nurses.')).toEqual(['staff', 'nurses']);
    expect(counts('Le bilan est de 31 morts, et 12 étaient des enfants.', 'fr')).toEqual(['morts', 'enfants']);
  });
});

describe('a tenth named alone beside a rate is a tenth of a point', () => {
  it('reads « cuatro décimas » and « trois dixièmes » as percentage points when the sentence holds a rate', () => {
    expect(figures('La tasa de ahorro cayó cuatro décimas, hasta el 8,1 %.', 'es')[0]).toMatchObject({ value: 0.4, unit: 'percentage points', kind: 'percent' });
    expect(figures('Le taux d’emploi a gagné trois dixièmes, à 68,9 %.', 'fr')[0]).toMatchObject({ value: 0.3, unit: 'percentage points' });
  });
  it('guard: « tres décimas de segundo » stays a duration', () => {
    expect(figures('La corredora ganó por tres décimas de segundo.', 'es')[0]).toMatchObject({ kind: 'duration', unit: 'seconds' });
  });
});

describe('a period right after a number says when, not what', () => {
  it('gives "58,200 last year" no unit of years, and lets it borrow the currency of its pair', () => {
    const found = figures('Turnover reached 7.9 million pounds, against 6.4 million last year.');
    expect(found.map((f) => [f.value, f.kind, f.unit])).toEqual([
      [7900000, 'money', 'GBP'],
      [6400000, 'money', 'GBP'],
    ]);
    expect(figures('The museum had 64,000 visitors, up from 58,200 last year.')[1]).toMatchObject({ value: 58200, kind: 'count' });
  });
  it('gives no figure an elided article for its unit: « contre 31 000 l’an dernier »', () => {
    expect(figures('Le festival a vendu 35 000 billets, contre 31 000 l’an dernier.', 'fr')[1]?.unit).toBeNull();
  });
  it('counts nothing after a duration that ends on a time: "moved 15 minutes later next season"', () => {
    expect(counts('Kick-off will be moved 15 minutes later next season.')).not.toContain('later next season');
  });
});

describe('the size of a change counts what changed', () => {
  it('after "by", a phrase with "in" says where the change happened', () => {
    expect(counts('The new timetable reduced delays on the northern line by 28% in the first month.')).toEqual(['delays']);
    expect(counts('Screening lowered the death rate from bowel cancer by 18% in the study.')).toEqual(['death rate']);
  });
  it('reads "by an average of" as the change of the verb’s object, and the verb is no part of it', () => {
    expect(counts('The new boilers reduced gas use by an average of 23 percent.')).toEqual(['gas use']);
    expect(counts('The clinic also shortened waiting times by 40 percent.')).toEqual(['waiting times']);
  });
  it('keeps nouns joined by "and" inside a complement: "the risk of floods and landslides"', () => {
    expect(counts('The barrier cut the risk of floods and landslides by 60% over a decade.')).toEqual(['risk of floods and landslides', 'decade']);
  });
  it('guard: "the world’s refined copper" keeps its adjective after the possessive', () => {
    expect(counts('The region mines half of the world’s refined cobalt.')).toEqual(['world’s refined cobalt']);
  });
  it('passes a route with names to the noun that opens it: "Fares from Lyon to the coast rose 6%"', () => {
    expect(counts('Train fares from Lyon to the coast rose 6 percent this summer.')).toEqual(['Train fares']);
  });
});

describe('a plural is followed by its verb, not by a compound noun', () => {
  it('gives "1.5 million people die" the unit people', () => {
    expect(figures('Around 1.5 million people die from tuberculosis each year.')[0]).toMatchObject({ unit: 'people', counts: 'people' });
  });
  it('guard: "500 women engineers" is still one compound', () => {
    expect(figures('The scheme trained 500 women engineers.')[0]).toMatchObject({ unit: 'engineers' });
  });
  it('counts "were children" after a bare count', () => {
    expect(counts('Of the 31 passengers, 9 were children.')).toEqual(['passengers', 'children']);
  });
});

describe('"over" before a duration names a span after a noun or a passive', () => {
  it('reads "a 6% rise over three years" and "cancelled over four days" as exact spans', () => {
    expect(figures('Nurses were offered a 6% rise over three years.')[1]).toMatchObject({ value: 3, qualifier: 'exact' });
    expect(figures('About 90 trains were cancelled over four days.')[1]).toMatchObject({ value: 4, qualifier: 'exact' });
  });
  it('guard: "lasted over three years" is still more than three years', () => {
    expect(figures('The inquiry lasted over three years.')[0]).toMatchObject({ value: 3, qualifier: 'more-than' });
  });
});

describe('an adjective or participle counts only where it can stand for a noun', () => {
  it('never takes a singular participle after a plural number for its unit: « 2,7 millions enregistré »', () => {
    const [record] = figures('Le précédent record de 2,7 millions enregistré en 2018 est tombé.', 'fr');
    expect(record?.unit).toBeNull();
    expect(record?.counts).not.toBe('enregistré');
    expect(figures('El máximo de 4,5 millones registrado en 2017 fue superado.', 'es')[0]?.counts).not.toBe('registrado');
  });
  it('guard: a plural one stands for its noun: « neuf blessés »', () => {
    expect(figures('L’explosion a fait neuf blessés.', 'fr')[0]).toMatchObject({ unit: 'blessés' });
  });
  it('counts the phrase before a participle set off by a comma: « Les tarifs, passés de 2 à 3 euros »', () => {
    expect(counts('Les tarifs du bus, passés de 2 euros à 3 euros en un an, fâchent les usagers.', 'fr').slice(0, 2)).toEqual(['tarifs du bus', 'tarifs du bus']);
  });
  it('counts the subject of a comparative: « ont été supérieures de 15 % à la normale »', () => {
    expect(counts('Les températures ont été supérieures de 15 % à la normale.', 'fr')).toEqual(['températures']);
    expect(counts('Las ventas fueron inferiores en un 9 % a las del año pasado.', 'es')).toEqual(['ventas']);
  });
  it('skips a prenominal adjective to its noun, and keeps it when no noun follows', () => {
    expect(figures('Il a donné les quatre mauvaises réponses.', 'fr')[0]?.unit).toBe('réponses');
    expect(figures('El equipo fichó a tres buenos delanteros.', 'es')[0]?.unit).toBe('delanteros');
    expect(figures('Le pays possède deux réacteurs et veut en bâtir quatre nouveaux.', 'fr')[1]?.counts ?? null).not.toBe('nouveaux');
  });
});

describe('a compound preposition with a contracted article heads nothing', () => {
  it('never counts « frente » in « frente al 4,1 % »', () => {
    expect(counts('El paro juvenil bajó al 27 %, frente al 31 % de hace un año.', 'es')).not.toContain('frente');
  });
});

describe('small units of mass, length and volume, and concentrations, are measures', () => {
  it('reads micrograms per cubic metre, milligrams and centimetres as quantities', () => {
    expect(figures('Ozone peaked at 240 micrograms per cubic metre on Friday.')[0]).toMatchObject({ kind: 'quantity', unit: 'micrograms per cubic metre' });
    expect(figures('Each tablet holds 500 milligrams of paracetamol.')[0]).toMatchObject({ kind: 'quantity', unit: 'milligrams' });
    expect(figures('La grêle a atteint 4 centimètres de diamètre.', 'fr')[0]).toMatchObject({ kind: 'quantity', unit: 'centimètres' });
    expect(figures('Cayeron 35 centímetros de nieve en la sierra.', 'es')[0]).toMatchObject({ kind: 'quantity', unit: 'centímetros' });
  });
});

describe('what an amount counts, past words that only look like its noun', () => {
  it('never counts who forecast an amount: "topped the $870 million economists had predicted"', () => {
    expect(counts('Earnings topped the $870 million economists had predicted.')).not.toContain('economists');
  });
  it('guard: keeps the noun of an amount that opens its clause: "The $90 million grant was approved"', () => {
    expect(counts('The $90 million grant was approved.')).toEqual(['grant']);
  });
  it('never counts the particle of a phrasal verb: "set aside £12 million"', () => {
    expect(counts('The council set aside £12 million for flood defences.')).not.toContain('aside');
  });
  it('reads a hyphenated modifier before a noun as part of the phrase: "its full-year profit target"', () => {
    expect(counts('The bank cut its full-year profit target to $3 billion.')).toEqual(['full-year profit target']);
  });
  it('stops the phrase at a verb after a pronoun and at a possessive', () => {
    expect(counts('She saw second-half sales rising 8 percent.')).toEqual(['second-half sales']);
    expect(counts('Norvik’s third-quarter profit rose to $2 billion.')).not.toContain('’s third-quarter profit');
  });
  it('reads a trading session as when: "fell 4% in late trading to $18"', () => {
    expect(counts('Shares fell 4% in late trading to $18.')).toEqual(['Shares', 'Shares']);
  });
  it('counts the phrase before a name in a relative’s antecedent: "a new smelter in Peru that will cost $4 billion"', () => {
    expect(counts('Investors worry about the cost of a new smelter in Peru that will cost $4 billion.')).toEqual(['new smelter']);
  });
  it('reads a subject whose complement holds a figure: « el coste de la bolsa de 5 kilos subió a 12 euros »', () => {
    expect(counts('El coste de la bolsa de 5 kilos subió a 12 euros.', 'es')[1]).toBe('coste');
  });
});

describe('dimensions, containers and container units', () => {
  it('counts the noun a dimension measures: « des trains de 400 mètres de long »', () => {
    expect(counts('Des trains de 400 mètres de long circuleront.', 'fr')).toEqual(['trains']);
    expect(counts('Colocaron una tubería de 60 centímetros de diámetro.', 'es')).toEqual(['tubería']);
  });
  it('counts what a total holds: « 9 % du total des emplois »', () => {
    expect(counts('Le tourisme représente 9 % du total des emplois.', 'fr')).toEqual(['emplois']);
    expect(counts('La pesca aporta el 3 % del total de las exportaciones.', 'es')).toEqual(['exportaciones']);
  });
  it('reads container traffic in TEU and « EVP » as a quantity', () => {
    expect(figures('The terminal moved 2.1 million TEU in 2023.')[0]).toMatchObject({ kind: 'quantity', unit: 'TEU' });
    expect(figures('Le terminal a traité 410 000 EVP.', 'fr')[0]).toMatchObject({ kind: 'quantity', unit: 'EVP' });
  });
  it('drops an age by decade: "a man in his 60s"', () => {
    expect(figures('A man in his 60s was arrested.')).toEqual([]);
    expect(figures('In his 30 years as mayor he opened 12 schools.').map((f) => f.value)).toEqual([30, 12]);
  });
});

describe('verbs that look like nouns before a figure', () => {
  it('stops the phrase at a verb after a plural subject: "Analysts forecast profit of $2 billion"', () => {
    expect(counts('Brokers forecast earnings of $2 billion for the year.')).toEqual(['earnings']);
  });
  it('reads a verb of staying as a verb of a level: « reste stable à », « sigue estable en », "remained at"', () => {
    expect(counts('Le prix du gazole reste stable à 1,72 euro.', 'fr')).toEqual(['prix du gazole']);
    expect(counts('La tasa de paro sigue estable en el 8,9 %.', 'es')).toEqual(['tasa de paro']);
    expect(counts('The mortgage rate remained at 6.2%.')).toEqual(['mortgage rate']);
  });
  it('never counts a circumstance after "in" and an article: "valued at $3 billion in its latest funding round"', () => {
    expect(counts('The app maker was valued at $1.4 billion in its latest funding round.')).not.toContain('latest funding');
  });
  it('guard: "$5 million in aid" is aid', () => {
    expect(counts('The foundation pledged $6 million in aid.')).toEqual(['aid']);
  });
});

describe('stock moves and fuel grades', () => {
  it('reads « a gagné », « cedió », "added" as verbs of change whose subject is counted', () => {
    expect(counts('L’action a gagné 3,1 % à 22,40 euros.', 'fr')).toEqual(['action', 'action']);
    expect(counts('El valor cedió un 2 % hasta los 5,10 euros.', 'es')).toEqual(['valor', 'valor']);
    expect(counts('The stock added 1.2% to $48.')).toEqual(['stock', 'stock']);
  });
  it('never reads a fuel grade as a figure: « le sans-plomb 98 »', () => {
    expect(figures('Le sans-plomb 98 coûte 1,95 euro.', 'fr').map((f) => f.value)).toEqual([1.95]);
  });
});

describe('a cut made by a verb, and pence', () => {
  it('counts the subject of a passive change: "had been cut by 30% in real terms"', () => {
    expect(counts('The museum’s public subsidy had been cut by 30% in real terms since 2012.')).toEqual(['museum’s public subsidy']);
  });
  it('guard: a noun of change still counts what follows "in": "a fall of 6% in sales"', () => {
    expect(counts('The chain reported a fall of 6% in sales.')).toEqual(['sales']);
  });
  it('reads "35p" as money in pence', () => {
    expect(figures('Bus fares will go up by 35p a trip.')[0]).toMatchObject({ kind: 'money', value: 35, unit: 'p' });
  });
});

describe('a rate names its round base in its unit', () => {
  it('reads "27 per 100,000 residents", « 48 médecins pour 10 000 habitants », « 6 por cada 1.000 » with their base', () => {
    expect(figures('Flu admissions climbed to 27 per 100,000 residents last month.')[0]).toMatchObject({ value: 27, text: '27 per 100,000 residents', unit: 'per 100,000 residents', counts: 'Flu admissions' });
    expect(figures('On compte 48 médecins pour 10 000 habitants dans le département.', 'fr')[0]?.unit).toBe('médecins pour 10 000 habitants');
    expect(figures('La mortalidad infantil bajó a 6 por cada 1.000 nacidos vivos.', 'es')[0]?.text).toMatch(/^6 por cada 1\.000 nacidos/);
  });
  it('guard: a count after « pour » that follows a sum keeps its own unit: « 2 millions d’euros pour 1 000 logements »', () => {
    expect(figures('La mairie versera 2 millions d’euros pour 1 000 logements.', 'fr').map((f) => [f.value, f.unit])).toEqual([
      [2000000, 'EUR'],
      [1000, 'logements'],
    ]);
  });
});

describe('a score after an infinitive or a participle of winning or losing is no two counts', () => {
  it('drops "losing 4-2", « avoir gagné 2-1 », « tras vencer 2-1 » after a count of points', () => {
    expect(figures('The Harbourside club stays on 52 points after losing 4-2 at home.').map((f) => f.value)).toEqual([52]);
    expect(figures('Valmont reste à 30 points après avoir gagné 2-1 à Serrac.', 'fr').map((f) => f.value)).toEqual([30]);
    expect(figures('El Almadén suma 40 puntos tras vencer 2-1 al Torrejas.', 'es').map((f) => f.value)).toEqual([40]);
  });
});

describe('a measure in another unit counts nothing of the measure before it', () => {
  it('never gives the land a harvest grew on the harvest’s noun: "4 million tonnes from 900,000 hectares"', () => {
    expect(counts('The barley crop reached 4 million tonnes from 900,000 hectares.')).toEqual(['barley crop', null]);
    expect(counts('La cosecha de trigo llegará a 7 millones de toneladas en 2 millones de hectáreas.', 'es')).toEqual(['cosecha de trigo', null]);
  });
  it('guard: a measure in the same unit, however written, still shares its noun: "12 million tonnes from 10 million tonnes", "900 square kilometres, up from 700 sq km"', () => {
    expect(counts('Barley output rose to 12 million tonnes from 10 million tonnes.')).toEqual(['Barley output', 'Barley output']);
    expect(counts('Satellites mapped 900 square kilometres of burnt forest, up from about 700 sq km a year before.')).toEqual(['square kilometres of burnt forest', 'burnt forest']);
  });
});

describe('a noun of change after a sum is no unit', () => {
  it('reads « 12 milliards de hausse » as money in the sentence’s currency', () => {
    expect(figures('La loi prévoit 30 milliards d’euros d’aides, dont 12 milliards de hausse des crédits.', 'fr')[1]).toMatchObject({ value: 12e9, kind: 'money', unit: 'EUR' });
  });
});

describe('a share right after an opening adjunct that ends on a count is a share of that count', () => {
  it('counts the people polled: "In a poll of 900 nurses, 41%…", « Dans une enquête auprès de 700 élèves, 28 % »', () => {
    expect(counts('In a poll of 900 nurses, 41% said they planned to quit.')).toEqual(['nurses', 'nurses']);
    expect(counts('Dans une enquête auprès de 700 élèves, 28 % disent dormir trop peu.', 'fr')).toEqual(['élèves', 'élèves']);
    expect(counts('En un estudio con 3.000 conductores, el 17 % admitió usar el móvil.', 'es')).toEqual(['conductores', 'conductores']);
  });
  it('guard: a sentence that opens on its subject keeps its own reading: "Sales rose to 4,000 units, 12% more than a year earlier"', () => {
    expect(counts('Sales rose to 4,000 units, 12% more than a year earlier.')).toEqual(['units', 'units']);
  });
});

describe('an adjective of size names the dimension, not what is measured', () => {
  it('counts what « long de », « haute de », « largo de » qualify', () => {
    expect(counts('La nouvelle ligne, longue de 40 kilomètres, ouvrira en mai.', 'fr')).toEqual(['nouvelle ligne']);
    expect(counts('Une digue haute de 8 mètres protège le port.', 'fr')).toEqual(['digue']);
    expect(counts('El nuevo puente, largo de 300 metros, abrirá en mayo.', 'es')).toEqual(['nuevo puente']);
  });
});

describe('net, gross and a lead in a table are no unit', () => {
  it('reads « 12 millones netos » and "9 behind" with no unit, and counts no "netos"', () => {
    expect(figures('Cobrará un salario de 12 millones netos por temporada.', 'es')[0]).toMatchObject({ unit: null, counts: 'salario' });
    expect(figures('The club has 60 points, 9 behind the leaders.')[1]?.unit).toBeNull();
  });
});

describe('a price’s unit of sale is part of its figure', () => {
  it('keeps « le litre », "a tonne", « el kilo » in the price, and the change after it counts what the price measured', () => {
    expect(figures('Le fioul s’est vendu 1,12 euro le litre, en baisse de 3 centimes.', 'fr').map((f) => [f.text, f.counts])).toEqual([
      ['1,12 euro le litre', 'fioul'],
      ['3 centimes', 'fioul'],
    ]);
    expect(figures('Cocoa traded at 7,400 dollars a tonne on Monday.')[0]?.text).toBe('7,400 dollars a tonne');
    expect(figures('El tomate se pagó a 2,30 euros el kilo en origen.', 'es')[0]?.text).toBe('2,30 euros el kilo');
  });
});

describe('"in" after a price’s unit of sale says when or where', () => {
  it('guard: never counts "afternoon trading" after "a tonne" now that the unit of sale is in the price', () => {
    expect(counts('Zinc rose 1.8% to 2,950 dollars a tonne in morning trading.')).toEqual(['Zinc', 'Zinc']);
  });
});

describe('a hectolitre is a measure', () => {
  it('reads « 2 millions d’hectolitres » as a quantity of what was produced', () => {
    expect(figures('La récolte de cidre a atteint 2 millions d’hectolitres.', 'fr')[0]).toMatchObject({ kind: 'quantity', counts: 'récolte de cidre' });
  });
});

describe('a yield or a ration keeps its base in its unit', () => {
  it('reads "tonnes per hectare", « tonnes par hectare », « litros por habitante » as one unit, and the land beside as land', () => {
    expect(figures('Maize yields averaged 5.3 tonnes per hectare this season.')[0]).toMatchObject({ value: 5.3, kind: 'quantity', unit: 'tonnes per hectare', counts: 'Maize yields' });
    expect(figures('Le rendement du colza atteint 3,4 tonnes par hectare sur 1,2 million d’hectares.', 'fr')).toMatchObject([
      { value: 3.4, unit: 'tonnes par hectare', counts: 'rendement du colza' },
      { value: 1200000, unit: 'hectares', counts: null },
    ]);
    expect(figures('El consumo bajó a 120 litros por habitante al día.', 'es')[0]).toMatchObject({ value: 120, unit: 'litros por habitante' });
  });
  it('guard: a measure with no base keeps its own unit: "the estate covers 640 hectares"', () => {
    expect(figures('The estate covers 640 hectares of vineyards.')[0]).toMatchObject({ value: 640, unit: 'hectares' });
  });
});

describe('a verb coordinated after another verb’s figure', () => {
  it('never counts the first object’s complement for the second verb: « tendrá 80 camas de capacidad y costará… »', () => {
    expect(counts('El hospital tendrá 80 camas de capacidad y costará 30 millones de euros.', 'es')).toEqual(['camas de capacidad', null]);
  });
  it('guard: a coordinated verb with no figure before it keeps the clause’s subject: « los alquileres subieron y alcanzaron… »', () => {
    expect(counts('Los alquileres subieron y alcanzaron 900 euros.', 'es')).toEqual(['alquileres']);
  });
});

describe('a part of a possessed whole', () => {
  it('counts the noun after the second number, past its owner: "9 of the region’s 30 districts", "5 of Norway’s 11 counties"', () => {
    expect(counts('The governor won 9 of the region’s 30 districts.')).toEqual(['districts', 'districts']);
    expect(counts('Floods hit 5 of Norway’s 11 counties.')).toEqual(['counties', 'counties']);
  });
  it('guard: a possessed noun with no second number stays whole: "3 of the league’s trophies"', () => {
    expect(counts('She lifted 3 of the league’s trophies.')).toEqual(['league’s trophies']);
  });
});

describe('a count joined to its noun by a hyphen lends no noun', () => {
  it('never lends the holder to a later bare number: "41 seats in the 90-member senate, up from 35"', () => {
    expect(counts('The bloc won 41 seats in the 90-member senate, up from 35.')).toEqual(['seats', 'senate', 'seats']);
  });
});
