import { describe, expect, it } from 'vitest';
import { extractWithFailures } from './index.ts';
import { extract, inputOf } from './testing.ts';

const figures = (text: string, lang = 'en') => extract(text, { lang }).figures;
const counts = (text: string, lang = 'en') => figures(text, lang).map((f) => f.counts);
const one = (text: string, lang = 'en') => figures(text, lang)[0]?.counts;

describe('what a figure counts', () => {
  it('counts the state a subject figure is given: "14 were killed", « 62 % n’étaient pas vaccinés »', () => {
    expect(counts('At least 14 were killed and 30 were injured when the bridge fell.')).toEqual(['killed', 'injured']);
    expect(counts('Sur les 300 patients testés à Lyon, 62 % n’étaient pas vaccinés.', 'fr')).toEqual(['patients testés', 'n’étaient pas vaccinés']);
    expect(counts('De las 2.000 muestras, cerca del 40 % (800) fueron confirmadas en Quito.', 'es')).toEqual(['muestras', 'confirmadas', 'confirmadas']);
    expect(one('Al menos 9 resultaron heridos en el choque de trenes.', 'es')).toBe('heridos');
  });
  it('never counts a noun inside a relative clause before the verb: "Those who backed the amendment were 61"', () => {
    expect(counts('Those who backed the amendment were 61, with 40 against.')).not.toContain('amendment');
    expect(one('The death toll was 44 on Sunday.')).toBe('death toll');
  });
  it('counts what a "those who" subject did: "Those who backed the amendment were 61", « Quienes votaron a favor fueron 312 »', () => {
    expect(counts('Those who backed the amendment were 61, with 40 against.')).toEqual(['backed the amendment', null]);
    expect(one('Ceux qui ont voté pour étaient 312.', 'fr')).toBe('voté pour');
    expect(one('Quienes votaron a favor fueron 312.', 'es')).toBe('votaron a favor');
    expect(one('The scheme’s backers numbered 310.')).toBe('scheme’s backers');
  });
  it('counts a bare count’s vote and its side: "312 voted for", « 97 en contra », "8 abstained"', () => {
    expect(counts('In the end 312 voted for the motion and 97 against, while 8 abstained.')).toEqual(['voted for', 'against', 'abstained']);
    expect(counts('Au total, 312 ont voté pour le texte et 97 ont voté contre.', 'fr')).toEqual(['voté pour', 'voté contre']);
    expect(counts('Al final, 312 votaron a favor y 97 en contra, mientras que 8 se abstuvieron.', 'es')).toEqual(['votaron a favor', 'en contra', 'se abstuvieron']);
  });
  it('never lends a vote’s subject to the other side: "61 against 40", « 312 contre 97 »', () => {
    expect(counts('The party’s rebels were 61 against 40.')).toEqual(['party’s rebels', null]);
    expect(counts('Les partisans du texte étaient 312, contre 97.', 'fr')).toEqual(['partisans du texte', null]);
    expect(counts('Les ventes du groupe ont atteint 2,1 milliards d’euros, contre 1,9 milliard un an plus tôt.', 'fr')).toEqual(['ventes du groupe', 'ventes du groupe']);
  });
  it('reads a figure after a relative as opening its clause: "of whom 12 were discharged", « dont 12 ont été hospitalisés »', () => {
    expect(counts('The clinic admitted 40 patients, of whom 12 were discharged on Monday.')).toEqual(['patients', 'discharged']);
    expect(counts('Le centre a accueilli 40 patients, dont 12 ont été hospitalisés.', 'fr')).toEqual(['patients', 'hospitalisés']);
    expect(counts('Se analizaron 900 muestras, de las cuales unas 300 fueron descartadas.', 'es')).toEqual(['muestras', 'descartadas']);
  });
  it('counts what a relative clause after a bare count says it is: "six who were nurses", « seis que eran bomberos »', () => {
    expect(counts('The clinic treated 20 patients, including six who were nurses from the ward.')).toEqual(['patients', 'nurses']);
    expect(counts('Of the 20 patients, six who were vaccinated went home.')).toEqual(['patients', 'vaccinated']);
    expect(counts('Parmi les 20 blessés figurent six qui étaient des pompiers.', 'fr')).toEqual(['blessés', 'pompiers']);
    expect(counts('Entre los 20 heridos hay seis que eran bomberos voluntarios.', 'es')).toEqual(['heridos', 'bomberos voluntarios']);
  });
  it('skips a reporting participle before the state: "9 were reported missing"', () => {
    expect(one('After the landslide, 9 were reported missing in the hills.')).toBe('missing');
  });
  it('never takes an active perfect for a state: « ont rejoint le cortège » is what they did', () => {
    expect(one('Plus de trois cents ont rejoint le cortège à Rennes.', 'fr')).toBeNull();
    expect(one('Unos 50 han abandonado la sala, según la presidencia.', 'es')).toBeNull();
  });
  it('counts a distance from a place as its unit and the place: "240 kilometres from the capital"', () => {
    expect(one('The village lies about 240 kilometres from the capital.')).toBe('kilometres from the capital');
    expect(one('The ship sank 60 miles north of Benghazi on Sunday.')).toBe('miles north of Benghazi');
    expect(one('El campamento, situado a unos 90 kilómetros de la Ciudad de Guatemala, acoge a 300 familias.', 'es')).toBe('kilómetros de la Ciudad de Guatemala');
    expect(one('Le séisme a frappé à 40 kilomètres au nord de Tunis.', 'fr')).toBe('kilomètres au nord de Tunis');
    expect(one('Le convoi a parcouru 300 kilomètres de pistes.', 'fr')).toBe('kilomètres de pistes');
  });
  it('reads the counted noun past an adjective: "4,300 young Kenyans" counts Kenyans', () => {
    expect(one('Some 4,300 young Kenyans applied for the visas.')).toMatch(/Kenyans$/);
  });
  it('never counts the unit a price is per: « de 400 à 450 francs le kilo »', () => {
    expect(counts('Le prix du maïs passe de 200 à 240 francs le kilo.', 'fr')).not.toContain('kilo');
    expect(counts('La compagnie portera de 12 à 15 le nombre de rotations.', 'fr')).toEqual(['nombre de rotations', 'nombre de rotations']);
  });
  it('never counts the time after a sum: "last year", "next month" say when', () => {
    expect(one('Port fees brought in 40 million dollars last year.')).not.toBe('year');
    expect(one('The ferry operator lost 3 million dollars last month, its owners said.')).not.toBe('month');
    expect(one('Grain exports reached 2 billion dollars last year.')).toBe('Grain exports');
  });
  it('keeps a compound noun whole: "37 cholera patients", "12 wildfire crews"', () => {
    expect(one('Doctors treated 37 cholera patients at the clinic.')).toBe('cholera patients');
    expect(one('The state sent 12 wildfire crews north.')).toBe('wildfire crews');
  });
  it('skips "more"/« autres » before the noun: "Nine more climbers", « six autres blessés »', () => {
    expect(one('Nine more climbers reached the summit on Friday.')).toBe('climbers');
    expect(one('On compte six autres blessés à Gap.', 'fr')).toBe('blessés');
  });
  it('keeps French adjectives and participles after the noun: « 14 soldats maliens tués »', () => {
    expect(one('Le bilan fait état de 14 soldats maliens tués près de Gao.', 'fr')).toBe('soldats maliens tués');
  });
  it('adds the event that follows: "29 miners were trapped" counts miners trapped', () => {
    expect(one('Officials said 29 miners were trapped underground.')).toBe('miners trapped');
    expect(one('Onze randonneurs ont été secourus dimanche.', 'fr')).toBe('randonneurs secourus');
  });
  it('reads "two of our five boats" as counting boats', () => {
    expect(counts('Two of our five boats sank in the storm.')).toEqual(['boats', 'boats']);
  });
  it('reads what a percentage is of: « 64 % des électeurs », "40% of the harvest"', () => {
    expect(one('Le candidat a recueilli 64 % des électeurs inscrits.', 'fr')).toBe('électeurs inscrits');
    expect(one('Pests destroyed 40% of the harvest.')).toBe('harvest');
  });
  it('reads the noun after an English amount: "a 3% target", "a $2 billion rescue package"', () => {
    expect(one('The bank kept its 3% target.')).toBe('target');
    expect(one('Parliament approved a $2 billion rescue package.')).toBe('rescue package');
  });
  it('reads the phrase a figure hangs from: "a fine of $40,000", « un mandat de cinq ans »', () => {
    expect(one('The court imposed a fine of $40,000.')).toBe('fine');
    expect(one('Il a été élu pour un mandat de cinq ans.', 'fr')).toBe('mandat');
  });
  it('reads the subject of a verb of change: "Net profit rose 12% to $3.1 billion" (both figures)', () => {
    expect(counts('Net profit rose 12% to $3.1 billion.')).toEqual(['Net profit', 'Net profit']);
  });
  it('reads the first phrase of a French clause as the subject: « le taux de chômage du pays a reculé de 0,4 % »', () => {
    expect(one('Selon l’institut, le taux de chômage du pays a reculé de 0,4 %.', 'fr')).toBe('taux de chômage');
  });
  it('reads the object of a verb of change: "cut the lending rate to 6.5 percent from 7 percent"', () => {
    expect(counts('The bank cut the lending rate to 6.5 percent from 7 percent.')).toEqual(['lending rate', 'lending rate']);
  });
  it('leaves a noun of change to the subject: « la cote du maire a connu un bond à 41 % »', () => {
    expect(one('Mais la cote du maire a connu un bond à 41 %.', 'fr')).toBe('cote du maire');
  });
  it('shares a noun between coordinated figures: "won 14 and 9 seats"', () => {
    expect(counts('The two parties won 14 and 9 seats.')).toEqual(['seats', 'seats']);
  });
  it('lets a bracketed figure restate the one before: « 2,1 millions de voix (38 %) »', () => {
    expect(counts('Elle a obtenu 2,1 millions de voix (38 %).', 'fr')).toEqual(['voix', 'voix']);
  });
  it('reads what lasts: "20 years in prison", "three hours of talks", « 25 ans de règne »', () => {
    expect(one('He was jailed for 20 years in prison.')).toBe('prison');
    expect(one('After three hours of talks the deal was signed.')).toBe('talks');
    expect(one('Le roi a fêté 25 ans de règne.', 'fr')).toBe('règne');
  });
  it('reads what has lasted before « depuis »: « la grève menée depuis plus de six semaines »', () => {
    expect(one('Les syndicats soutiennent la grève menée depuis plus de six semaines.', 'fr')).toBe('grève');
    expect(one('Elle est venue pour la première fois depuis dix ans.', 'fr')).toBe('ans');
  });
  it("falls back to a duration's unit as written: « depuis 48 heures »", () => {
    expect(one('Les pompiers luttent depuis 48 heures.', 'fr')).toBe('heures');
  });
  it('reads a quantity after a verb as the unit and the verb: "flooded 3,000 hectares"', () => {
    expect(one('The river flooded 3,000 hectares of farmland last week.')).toBe('hectares of farmland');
    expect(one('The storm flattened 3,000 hectares.')).toBe('hectares flattened');
    expect(one('By Sunday the fire had gutted 4,500 hectares.')).toBe('hectares gutted');
    expect(one('The fire burned 120.5 square kilometres.')).toBe('square kilometres burned');
  });
  it('reads a distance from its place: "40 kilometers (25 miles) off the Sicilian coast"', () => {
    expect(one('The ferry sank 40 kilometers (25 miles) off the Sicilian coast.')).toBe('Sicilian coast');
  });
  it('reads what a change changed, past a period word: « una variación de 4,1 % anual en la inflación »', () => {
    expect(one('El banco central prevé una variación de 4,1 % anual en la inflación.', 'es')).toBe('inflación');
    expect(one('La mina registró una caída de 3 % en las exportaciones de cobre.', 'es')).toBe('exportaciones de cobre');
    expect(one('Analysts forecast a change of 2% in output.')).toBe('output');
    // A month or a place after "in" is when or where, not what changed.
    expect(one('Hubo un aumento de 5 % en marzo.', 'es')).not.toBe('marzo');
    expect(one('There was a rise of 5% in March.')).not.toBe('March');
  });
  it('gives a revised value to what was revised, never to the participle: « fue corregida de 6,4 a 6,1 »', () => {
    expect(counts('La magnitud del temblor fue corregida de 6,4 a 6,1.', 'es')).toEqual(['magnitud del temblor', 'magnitud del temblor']);
    expect(counts('La magnitude du séisme a été corrigée de 6,4 à 6,1.', 'fr')).toEqual(['magnitude du séisme', 'magnitude du séisme']);
    expect(counts('The magnitude was revised from 6.4 to 6.1.')).toEqual(['magnitude', 'magnitude']);
    // Spanish « a » in a range is a preposition, never what a number counts.
    expect(counts('Las tarifas pasaron de 20 a 25.', 'es')).not.toContain('a');
  });
  it("reads the object after a change's range: « portera de 20 à 24 le nombre de vols »", () => {
    expect(counts('La empresa aumentará de 20 a 24 el número de vuelos diarios.', 'es')).toEqual(['número de vuelos diarios', 'número de vuelos diarios']);
    expect(counts('La compagnie portera de 20 à 24 le nombre de vols quotidiens.', 'fr')).toEqual(['nombre de vols quotidiens', 'nombre de vols quotidiens']);
    // One figure, then another clause; a time after the range: neither is what changed.
    expect(one('The overall count of admissions climbed to 20,123 the ministry said.')).toBe('overall count of admissions');
    expect(counts('Le taux est passé de 3 % à 4 % la semaine dernière.', 'fr')).toEqual(['taux', 'taux']);
    expect(one('La cosecha caerá a 10 millones de toneladas en la campaña actual.', 'es')).toBe('cosecha');
  });
  it('reads a list of "Name with N" pairs as counting what the first pair names: « con 520, seguido de Perú con 130 »', () => {
    expect(counts('Kenya leads the confirmed infections with 520, followed by Uganda with 130 and Tanzania with 48.')).toEqual(['confirmed infections', 'confirmed infections', 'confirmed infections']);
    expect(counts('Según el ministerio, Chile encabeza los contagios registrados con 520, seguido de Perú con 130 y Ecuador con 12.', 'es')).toEqual(['contagios registrados', 'contagios registrados', 'contagios registrados']);
    expect(counts('Le Mali compte le plus de déplacés avec 520, devant le Niger avec 130 et le Tchad avec 48.', 'fr')).toEqual(['déplacés', 'déplacés', 'déplacés']);
    // One "with" figure is no list: what it counts is not said.
    expect(one('Spain finished the match with 10.')).toBeNull();
  });
  it('reads through a container noun that is the subject: « la cifra de los pacientes internados supera los 3000 »', () => {
    expect(one('Según el hospital, la cifra de los pacientes internados supera los 3000.', 'es')).toBe('pacientes internados');
  });
  it('takes no noun of change from an earlier figure: « soit une hausse de trois points, … dépasse les 40 % »', () => {
    const found = figures("Selon un sondage, 41 % des électeurs approuvent la réforme, soit une hausse de trois points, et c'est la première fois qu'elle dépasse les 40 % depuis mai.", 'fr');
    expect(found.map((f) => f.counts)).toEqual(['électeurs', 'hausse', null]);
    // In the same unit, the change's noun is shared: a growth rate against the one expected.
    expect(counts('Les économistes tablent sur une croissance de 2,3 % cette année, contre 1,9 % prévu en mars.', 'fr')).toEqual(['croissance', 'croissance']);
  });
  it('reads light years as a distance, not a time: « 25 años luz », "25 light-years"', () => {
    for (const [text, lang] of [
      ['La nube está situada a 25 años luz de la Tierra.', 'es'],
      ['The cloud lies 25 light-years from Earth.', 'en'],
      ['Le nuage se trouve à 25 années-lumière de la Terre.', 'fr'],
    ] as const) {
      const [figure] = figures(text, lang);
      expect(figure?.kind).toBe('quantity');
    }
    expect(figures('Hace 25 años, el gobierno cayó.', 'es')[0]?.kind).toBe('duration');
  });
  it('takes the subject before an incise, not a phrase inside it: « Les ventes de vélos, dont…, ont reculé de 4 % »', () => {
    expect(one('Les ventes de vélos, dont la hausse avait été annoncée par la fédération, ont reculé de 4 %.', 'fr')).toBe('ventes de vélos');
    expect(one('Le chômage des jeunes, que le gouvernement jugeait stable en janvier, a grimpé à 19 %.', 'fr')).toBe('chômage');
    expect(one('La producción de trigo, que el ministerio calculaba en descenso, se situó en 3 %.', 'es')).toBe('producción de trigo');
    expect(one('Las ventas de motos, cuyo registro fue cerrado por la agencia, subieron un 8 %.', 'es')).toBe('ventas de motos');
    // After a comma, a noun of change opens an adjunct: its figure is not the incise's business.
    expect(counts('Le bénéfice du groupe, publié mardi, atteint 5 millions d’euros, en recul de 12 %.', 'fr')[1]).not.toBe('publié');
  });
  it('never counts a participle after its auxiliary: « …, cuya fuerza de 3 fue revisada por el servicio, se ubicó a 40 kilómetros »', () => {
    expect(figures('El frente frío, cuya fuerza de 3 fue revisada por el servicio, se ubicó a 40 kilómetros al norte.', 'es').find((f) => f.value === 40)?.counts).toBe('frente frío');
    // Nothing names the subject: better none than the participle.
    expect(one('Fue corregida por el banco central se situó en 4 %.', 'es')).toBeNull();
  });
  it('reads a "Name with N" list past a time adjunct before "with": « en 2025 con 520 », "this year with 520"', () => {
    expect(counts('Kenia lidera los contagios confirmados en 2025 con 520, seguida de Uganda con 130 y Ruanda con 40.', 'es')).toEqual(['contagios confirmados', 'contagios confirmados', 'contagios confirmados']);
    expect(counts('Le Kenya mène les contaminations confirmées en mars avec 520, suivi de l’Ouganda avec 130.', 'fr')).toEqual(['contaminations confirmées', 'contaminations confirmées']);
    expect(counts('Kenya leads the confirmed infections this year with 520, followed by Uganda with 130.')).toEqual(['confirmed infections', 'confirmed infections']);
  });
  it('leaves a bracketed restatement of a figure that counts nothing known at null, never another figure’s noun', () => {
    expect(counts('Se registraron 900 casos en 30 provincias, de los cuales el 40 % (360) ocurrieron en la costa.', 'es')[3]).toBeNull();
    // With Spanish word classes « graves » is an adjective, the state both figures count, as "severe" is.
    expect(counts('Se registraron 900 casos en 30 provincias, de los cuales el 40 % (360) fueron graves.', 'es')[3]).toBe('graves');
    expect(counts('Some 900 cases were reported in 30 provinces, of which 40% (360) were severe.')[3]).not.toBe('provinces');
  });
  it('reads the object of a Spanish change verb in its plural and future forms', () => {
    expect(one('Las aseguradoras recortaron las primas un 4 % este año.', 'es')).toBe('primas');
    expect(one('El regulador incrementará las tarifas eléctricas un 6 %.', 'es')).toBe('tarifas eléctricas');
  });
  it('keeps the adjectives after a Spanish noun by the word classes, or by their endings where the classes do not know the word, but not a verb', () => {
    expect(counts('Las lluvias dejaron 300 familias afectadas y 40 casas destruidas.', 'es')).toEqual(['familias afectadas', 'casas destruidas']);
    expect(one('Las brigadas apagaron 12 incendios forestales en la sierra.', 'es')).toBe('incendios forestales');
    expect(one('El ejército derribó 12 aviones tripulados durante la noche.', 'es')).toBe('aviones tripulados');
    expect(one('Un grupo de 300 vecinos salió a protestar.', 'es')).toBe('vecinos');
  });
  it('reads an adjective or a participle right after a number or an article as the counted: « cinco implicados », « de los implicados »', () => {
    expect(one('Otros cinco implicados aceptaron un acuerdo con la fiscalía.', 'es')).toBe('implicados');
    expect(one('A seis de los implicados se les retiró el pasaporte.', 'es')).toBe('implicados');
  });
  it('reads a list of « con » pairs through an adjective before « de »: « los casos confirmados de gripe … con 310 »', () => {
    expect(counts('Perú encabeza los casos confirmados de gripe en 2025 con 310, seguido de Chile con 52 y Bolivia con 9.', 'es')).toEqual(['casos confirmados de gripe', 'casos confirmados de gripe', 'casos confirmados de gripe']);
  });
  it('keeps a negated adjective after a head-first noun: « aviones no tripulados », « objets non identifiés »', () => {
    expect(one('El ejército derribó 14 aviones no tripulados durante la noche.', 'es')).toBe('aviones no tripulados');
    expect(one('Les radars ont repéré 9 objets non identifiés.', 'fr')).toBe('objets non identifiés');
    expect(one('Unos 20 soldados no murieron.', 'es')).toBe('soldados');
  });
  it('gives a level reached to what changed, not to the noun of change: « la baisse du temps de travail à 32 heures »', () => {
    expect(one('El sindicato exige la reducción de la semana laboral a 35 horas.', 'es')).toBe('semana laboral');
    expect(one('Le syndicat réclame la baisse du temps de travail à 32 heures.', 'fr')).toBe('temps de travail');
  });
  it('reads a level after "with": "with its main rate at 3%", « con la inflación en el 5,1 % », « la subida del tipo al 4 % »', () => {
    expect(one('The bank ended the year with its main rate at 3%.')).toBe('main rate');
    expect(one('El país cerró marzo con la inflación en el 5,1 %.', 'es')).toBe('inflación');
    expect(one('El banco aprobó la subida del tipo de interés al 4 %.', 'es')).toBe('tipo de interés');
    // A count's article is its own: « frente a los 158 » is no level of « frente ».
    expect(counts('La moción sumó 162 votos, frente a los 158 del bloque rival.', 'es')).not.toContain('frente');
  });
  it('finds the subject of a verb of change past a name or a modifier: "Shares in Norvale rose 5%", "Earnings excluding special items were"', () => {
    expect(one('Shares in Norvale rose 5% on Monday.')).toBe('Shares');
    expect(one('Earnings excluding special items were 52 cents a share.')).toBe('Earnings');
    expect(one('By Sunday, the death count in the valley from the storm of late March had climbed to 61, officials said.')).toBe('death count');
    // Not past a verb that does not take the figure: the forecaster is no distance.
    expect(one('Forecaster Ana Reyes said Nakri would pass about 150 km south of Taiwan.')).not.toBe('Forecaster Ana Reyes');
  });
  it('reads "five of them" as the sentence’s earlier count, with what happened to them', () => {
    expect(counts('Police held 14 fans after the derby had ended in a brawl outside the ground, and 6 of them were charged.')).toEqual(['fans', 'fans charged']);
    expect(counts('Les douaniers ont contrôlé 30 camions au poste frontière pendant la nuit de mardi, et 4 d’entre eux ont été saisis.', 'fr')).toEqual(['camions', 'camions saisis']);
    expect(counts('La guardia civil inspeccionó 20 pesqueros frente a la costa durante la semana pasada, y 3 de ellos fueron multados.', 'es')).toEqual(['pesqueros', 'pesqueros multados']);
  });
  it('adds a Spanish passive’s participle by its ending, but not a perfect’s: « fueron evacuados », « han fallecido »', () => {
    expect(one('Unos 60 vecinos fueron evacuados en plena noche.', 'es')).toBe('vecinos evacuados');
    expect(one('Dos pescadores han fallecido en el naufragio.', 'es')).toBe('pescadores');
    expect(one('Officials said 8 climbers were stranded at the foot of the glacier.')).toBe('climbers stranded');
  });
  it('counts whom a share goes to when nothing else says: « dieron 38 % a Ramírez », "gave 52% to Hallam"', () => {
    expect(counts('Las encuestas dieron 38 % a Ramírez y 41 % a Olmedo.', 'es')).toEqual(['Ramírez', 'Olmedo']);
    expect(counts('The final count gave 52% to Hallam and 45% to Brecker.')).toEqual(['Hallam', 'Brecker']);
    expect(one('Le sondage accorde 27 % aux indépendants.', 'fr')).toBe('indépendants');
  });
  it('gives no recipient to a sum, nor a purpose: "$45 for export", « pour faire face »', () => {
    expect(one('Le kilo de girofle se vend à 9 dollars à l’export.', 'fr')).not.toBe('export');
    expect(one('The ministry pledged 30% to deal with the backlog.')).toBeNull();
  });
  it('reads a bracketed range after its phrase past a sign and a date: « les fermetures prévues en 2027 (-300 à -450) »', () => {
    expect(counts('Les syndicats dénoncent les fermetures de classes prévues en 2027 (-300 à -450 selon la FSU).', 'fr')).toEqual(['fermetures de classes prévues', 'fermetures de classes prévues']);
    expect(one('Los sindicatos rechazan los cierres de aulas previstos en 2027 (entre 300 y 450 según el sindicato).', 'es')).toBe('cierres de aulas previstos');
  });
  it('shares a verb with its second object in the same unit: "flattened 3,000 hectares near A and 1,200 hectares near B"', () => {
    expect(counts('Fire crews said the blaze had flattened 3,000 hectares near Ardmore and 1,200 hectares near Kells.')).toEqual(['hectares flattened', 'hectares flattened']);
    expect(counts('The court found he had embezzled 4 billion won from one lender and 2.5 billion won from another.')).toEqual(['won embezzled', 'won embezzled']);
  });
  it('counts a prison term by its penalty or the verb that gave it: « 30 meses cárcel », "sentenced to 6 years"', () => {
    expect(one('Al exalcalde le impusieron 18 meses cárcel.', 'es')).toBe('cárcel');
    expect(one('The former mayor was sentenced to 6 years on Monday.')).toBe('sentenced');
    expect(one('L’ancien maire a été condamné à 6 ans ferme.', 'fr')).toBe('condamné');
    expect(one('El exalcalde fue condenado a 9 años.', 'es')).toBe('condenado');
    // A duration with nothing of a court keeps its unit: "the talks lasted 3 hours".
    expect(one('The talks lasted 3 hours.')).toBe('hours');
  });
  it('counts what went on for a duration by its verb: "would protest for 8 hours", « ont manifesté pendant trois jours »', () => {
    expect(one('Dockers said they would protest for 8 hours.')).toBe('protest');
    expect(one('Les cheminots ont manifesté pendant trois jours.', 'fr')).toBe('manifesté');
    expect(one('Los mineros estuvieron atrapados durante 12 horas.', 'es')).toBe('atrapados');
    // Past a place or an adverb, the unit as written.
    expect(one('She worked in Paris for 6 years.')).toBe('years');
    expect(one('He has lived there for 20 years.')).toBe('years');
  });
  it('counts the subject of the clause before a colon: « le nouveau prix a été fixé : 450 francs le kilo »', () => {
    expect(one('Pour les éleveurs, le nouveau tarif du lait a été arrêté lundi par la coopérative : 40 centimes le litre.', 'fr')).toBe('nouveau tarif du lait');
    expect(one('The new tariff was announced on Friday: 12 dollars a tonne.')).toBe('tariff');
    // A clause with a figure of its own lists: it lends no subject through the colon.
    expect(counts('Three towns were hit: 40 in Ardmore and 12 in Kells.')[1]).not.toBe('Three towns');
  });
  it('counts the comparison a share says: « un 25 % más fría », "30% more expensive", « 20 % plus chaude »', () => {
    expect(one('Es una estrella joven un 25 % más fría que el Sol.', 'es')).toBe('más fría');
    expect(one('The new model is 30% more expensive.')).toBe('more expensive');
    expect(one('La nouvelle étoile est 20 % plus chaude que le Soleil.', 'fr')).toBe('plus chaude');
    expect(one('Prices are 30% more than last year.')).toBe('Prices');
  });
  it('counts what was done with a sum by the relative clause after it: "the €90 million that Rovers paid"', () => {
    expect(one('The fee tops the 90 million euros that Rovers paid Linfield for the striker in 2019.')).toBe('paid');
    expect(one('Police recovered the 2 million dollars that was stolen.')).toBe('stolen');
    expect(one('Le montant rappelle les 90 millions d’euros que le club a payés pour l’attaquant.', 'fr')).toBe('payés');
    expect(one('La cifra recuerda los 90 millones de euros que el club pagó por el delantero.', 'es')).toBe('pagó');
    // "as" opens no relative about the sum: "orders" there is a noun.
    expect(counts('Revenue fell 18% to 3.4 billion crowns as orders from carmakers slowed.')).toEqual(['Revenue', 'Revenue']);
  });
  it('never puts the number itself in what it counts, and keeps it short', () => {
    for (const f of figures('Quarterly revenue at the group rose 7 per cent to $4.2 billion, while 300 new staff were hired.')) {
      expect(f.counts ?? '').not.toMatch(/\d/);
      expect((f.counts ?? '').split(' ').length).toBeLessThanOrEqual(6);
    }
  });
});

describe('a verb before the figure', () => {
  it('names what the figure counts after its unit when it is a participle ("hectares gutted", « hectáreas arrasado »)', () => {
    expect(one('The blaze had gutted 4,500 hectares.')).toBe('hectares gutted');
    expect(one('Los incendios han arrasado 6.000 hectáreas.', 'es')).toBe('hectáreas arrasado');
  });
  it('says nothing as a present tense: "the union represents 6,500 nurses" is no event done to them', () => {
    expect(one('The federation represents about 7,200 hospital porters.') ?? '').not.toMatch(/represents/u);
    expect(one('Each year the charity receives 480 million dollars.')).toBeNull();
    expect(one('Last year the charity received 480 million dollars.')).toBe('dollars received');
    expect(one('The smugglers had extorted 90 million won.')).toBe('won extorted');
  });
  it('says nothing as the number of a range’s first bound: "between seven and 10 years" counts no "seven"', () => {
    expect(counts('The two officials were jailed for between seven and 12 years.')).not.toContain('seven');
  });
  it('says nothing as a finite verb where the unit comes first (« sumaron 900 millones de dólares » is no « dólares sumaron »)', () => {
    expect(one('Las ventas de café sumaron 900 millones de dólares en el año.', 'es')).not.toBe('dólares sumaron');
    expect(one('El puente costará 4.000 millones de pesos.', 'es')).not.toBe('pesos costará');
  });
});

describe('a verb of cost, the subject of a clause', () => {
  it('counts what costs the sum, never who pays it: "the strike costs the company", « costó a los municipios »', () => {
    expect(one('The dock strike costs the port authority about 3 million dollars a day.')).toBe('dock strike');
    expect(one('The new ferry terminal will cost 240 million pounds.')).toBe('new ferry terminal');
    expect(one('La panne du réseau coûte environ 8 millions d’euros par jour à l’opérateur.', 'fr')).toBe('panne du réseau');
    expect(one('La rénovation du stade a coûté 31 millions d’euros à la métropole.', 'fr')).toBe('rénovation du stade');
    expect(one('La sequía costó a los municipios unos 60 millones de pesos.', 'es')).toBe('sequía');
    expect(one('El nuevo hospital costará 2.000 millones de pesos.', 'es')).toBe('nuevo hospital');
  });
  it('passes over an adverb between the subject and its verb: "the turbine now costs"', () => {
    expect(one('Each wind turbine now costs 4 million dollars.')).toBe('wind turbine');
  });
  it('never takes a noun after a determiner for the verb that acted on the sum (« a los partidos unos 95 millones »)', () => {
    expect(one('La feria dio a los partidos unos 45 millones de pesos.', 'es')).not.toBe('pesos partidos');
  });
  it('reads a change verb in the imperfect: « le taux atteignait 31 % », « la tasa alcanzaba el 9 % »', () => {
    expect(one('Le taux de remplissage des barrages atteignait 31 % lundi.', 'fr')).toBe('taux de remplissage');
    expect(one('La tasa de ocupación alcanzaba el 9 % en marzo.', 'es')).toBe('tasa de ocupación');
  });
  it('counts the head of the noun a pronoun stands for: « celles de bière ont reculé de 4 % » counts « ventes »', () => {
    expect(counts('Les ventes de vin ont augmenté de 6 %, tandis que celles de bière ont reculé de 4 %.', 'fr')).toEqual(['ventes de vin', 'ventes']);
    expect(counts('Les exportations de vin ont augmenté, tandis que celles vers l’Asie ont reculé de 4 %.', 'fr')).toEqual([null]);
    expect(counts('Las ventas de trigo subieron un 6 %, mientras que aquellas de maíz cayeron un 4 %.', 'es')).toEqual(['ventas de trigo', 'ventas']);
    expect(counts('Wheat exports rose 6%, while those of maize fell 4%.')).toEqual(['Wheat exports', 'exports']);
  });
  it('ends a counted phrase at the verb after its head: "two deputies received formal warnings"', () => {
    expect(counts('Two of the deputies received formal warnings of 30 days.')).toEqual(['deputies', 'formal warnings']);
  });
});

describe('changes, prices and clauses', () => {
  it('counts what a change named after its figure is of: "a 31% drop in annual net profit"', () => {
    expect(counts('The brewer reported a 12% drop in annual net income, to €410 million.')).toEqual(['annual net income', 'annual net income']);
    expect(one('Ministers expect a 4 per cent rise in wheat exports.')).toBe('wheat exports');
  });
  it('counts what a price was paid for: "sell its stake for £650 million", « racheté son concurrent pour 2 milliards »', () => {
    expect(counts('The utility will close two depots and sell its gas network for £640 million.')).toEqual(['depots', 'gas network']);
    expect(one('Le brasseur a racheté son concurrent belge pour 2 milliards d’euros.', 'fr')).toBe('concurrent belge');
    expect(one('La minera vendió la fundición por 80 millones de dólares.', 'es')).toBe('fundición');
    expect(one('The software was sold on a dark-web forum for about $900.')).not.toBe('dark-web forum');
  });
  it('never lends an amount the noun of a figure before a new clause: « de 4 % et l’entreprise a vendu… »', () => {
    expect(counts('Les ventes ont progressé de 4 % et l’entreprise a investi 80 millions d’euros.', 'fr')[1]).not.toBe('ventes');
    expect(counts('Exports rose 6% and the port authority spent $70 million.')[1]).not.toBe('Exports');
    expect(counts('Inflation was 3.2% in May and 3.4% in June.')).toEqual(['Inflation', 'Inflation']);
    expect(counts('The storm killed 14 people and forced 21,000 from their homes.')).toEqual(['people', 'people']);
  });
});

describe('times, verbs and agreement', () => {
  it('never counts the time a figure is placed in: "tripled last year to 127,000", « cette année, en recul de 25 % »', () => {
    expect(one('Flu admissions at the clinic doubled last month to more than 2,400.')).not.toBe('last');
    expect(counts('La récolte devrait atteindre 30 millions de tonnes cette année, en recul de 12 % sur un an.', 'fr')).not.toContain('année');
    expect(one('Cada día de huelga cuesta a la empresa unos 3 millones de dólares.', 'es')).toBe('día de huelga');
  });
  it('never reads a verb whose accent folding took away as a noun: « cerró » is no « cerro »', () => {
    expect(one('La inflación cerró el mes en el 42,5 %.', 'es') ?? '').not.toMatch(/cerró/u);
  });
  it('reads the plural and infinitive forms of change verbs and estimates: « s’établissent à », « estimés à »', () => {
    expect(one('Les rendements s’établissent à 6,8 tonnes par hectare.', 'fr')).toBe('rendements');
    expect(one('Les ventes pourraient tomber à 7 millions de tonnes.', 'fr')).toBe('ventes');
    expect(one('Les dégâts, estimés à 90 000 euros, seront remboursés.', 'fr')).toBe('dégâts');
    expect(one('Los daños, estimados en 3 millones de pesos, serán cubiertos.', 'es')).toBe('daños');
  });
  it('never gives a plural count the singular participle of another subject: « le procès de deux gérants s’est ouvert »', () => {
    expect(one('Le procès de deux gérants s’est ouvert lundi.', 'fr')).toBe('gérants');
    expect(one('El juicio contra dos empresarios fue suspendido.', 'es')).toBe('empresarios');
    expect(one('Trois policiers ont été blessés.', 'fr')).toBe('policiers blessés');
  });
});

describe('levels, places and records', () => {
  it('gives the level a change reached what changed: "rose 8.1%, to 680,000 tonnes", « hasta las 680.000 toneladas »', () => {
    expect(counts('Zinc output rose 6.4%, to 310,000 tonnes.')).toEqual(['Zinc output', 'Zinc output']);
    expect(counts('Les surfaces irriguées ont diminué de 9 %, à 1,2 million d’hectares.', 'fr')).toEqual(['surfaces irriguées', 'surfaces irriguées']);
    expect(counts('La producción de zinc aumentó un 6,4 %, hasta las 310.000 toneladas.', 'es')).toEqual(['producción de zinc', 'producción de zinc']);
  });
  it('never counts where a quantity was measured: "41 degrees in parts of the country"', () => {
    expect(one('Readings climbed above 41 degrees Celsius in parts of the valley.')).not.toBe('parts');
    expect(one('The blaze burned 900 hectares of scrubland.')).toBe('hectares of scrubland');
  });
  it('never counts "a record": "demand hit a record 9.1 gigawatts" counts demand', () => {
    expect(one('Power demand hit a record 9.1 gigawatts on Monday.')).toBe('Power demand');
  });
  it('counts the people a container noun holds, named by an adjective: « la cifra de desaparecidos asciende a 57 »', () => {
    expect(one('La cifra de desaparecidos asciende a 57.', 'es')).toBe('desaparecidos');
    expect(one('Los fallecidos suman ya 300.', 'es')).toBe('fallecidos');
  });
  it('reads change verbs in the subjunctive: « prevé que la economía crezca un 2,9 % »', () => {
    expect(one('El banco prevé que la inversión crezca un 2,9 % este año.', 'es')).toBe('inversión');
  });
});

describe('a count of a compound noun (heads last)', () => {
  it('counts the compound’s head: "640 social housing units", "42 teaching posts", "300 police officers"', () => {
    const units = (text: string) => figures(text).map((f) => [f.text, f.unit]);
    expect(units('The council will build 640 social housing units by 2030.')).toEqual([['640 social housing units', 'units']]);
    expect(units('The college cut 42 teaching posts.')).toEqual([['42 teaching posts', 'posts']]);
    expect(units('About 300 police officers were deployed.')).toEqual([['300 police officers', 'officers']]);
    expect(units('The plant assembled 5,000 electric buses.')).toEqual([['5,000 electric buses', 'buses']]);
  });
  it('stops at a plural noun or an adjective: "2 people familiar with", "children aged 5"', () => {
    expect(figures('Two people familiar with the talks spoke to reporters.')[0]?.unit).toBe('people');
    expect(figures('Some 900 children aged under five were vaccinated.')[0]?.unit).toBe('children');
    expect(figures('Rebels killed 12 soldiers Monday.')[0]?.unit).toBe('soldiers');
  });
  it('reads a hyphenated adjective before the head: "35 heat-related deaths"', () => {
    expect(one('Hospitals recorded 35 heat-related deaths.')).toBe('heat-related deaths');
  });
  it('lets a figure after "of" count the noun of a count before it: "two fuel vouchers of €150"', () => {
    expect(counts('Each household gets two fuel vouchers of €150 each.')).toEqual(['fuel vouchers', 'vouchers']);
  });
  it('lets a share count the noun of the count it is a share of: "half of the 16 border posts"', () => {
    expect(counts('The ministry said fewer than half of the 16 border posts were open.')[0]).toBe('border posts');
  });
});

describe('the unit a figure is written with', () => {
  it('is never a verb after a bare number: « Al menos 14 murieron », « Les 8 reçoivent des soins »', () => {
    expect(figures('Al menos 14 murieron en el incendio del mercado.', 'es')[0]?.unit).toBeNull();
    expect(figures('Parmi les blessés, 8 reçoivent des soins à Mopti.', 'fr')[0]?.unit).toBeNull();
    expect(figures('Parmi les blessés, 8 soldats reçoivent des soins à Mopti.', 'fr')[0]?.unit).toBe('soldats');
  });
  it('reads a Spanish qualifier before a contracted article: « cerca del 20 % », « más del 90 % »', () => {
    expect(figures('Cerca del 20 % de la cosecha se perdió.', 'es')[0]?.qualifier).toBe('approximate');
    expect(figures('Más del 90 % de los envíos llegó a tiempo.', 'es')[0]?.qualifier).toBe('more-than');
    expect(figures('El índice quedó por debajo del 3 % en junio.', 'es')[0]?.qualifier).toBe('less-than');
  });
});

describe('changes in other moods, modals and bases', () => {
  it('counts the subject of a change verb in the conditional or after a modal: « la dette atteindrait », "could cost", « devrait ralentir à »', () => {
    expect(one('Selon le budget, la dette publique atteindrait 3.100 milliards d’euros en 2027.', 'fr')).toBe('dette publique');
    expect(one('El consumo de gas alcanzaría 9.500 millones de metros cúbicos este invierno.', 'es')).toBe('consumo de gas');
    expect(one('L’inflation devrait ralentir à 1,8 % l’an prochain, selon la banque centrale.', 'fr')).toBe('inflation');
    expect(one('The engineer said repairs to the dam could cost $40 million.')).toBe('repairs');
  });
  it('counts a currency or a rate after a reflexive change verb: « el peso se apreció un 0,6 % »', () => {
    expect(one('El peso se apreció un 0,6 % frente al dólar tras el anuncio.', 'es')).toBe('peso');
    expect(one('La inflación se aceleró al 5,2 % en noviembre.', 'es')).toBe('inflación');
  });
  it('never counts a period the change happened in: "fell 9 per cent in the second quarter", « au premier semestre »', () => {
    expect(one('Car sales fell 9 per cent in the second quarter.')).toBe('Car sales');
    expect(one('Profit rose 4% in the first half of the year.')).toBe('Profit');
  });
  it('counts what a share of GDP measures, not GDP: « un déficit de 4,9 % du PIB », "debt of 98% of GDP"', () => {
    expect(one('Le gouvernement vise un déficit public de 4,9 % du PIB.', 'fr')).toBe('déficit public');
    expect(one('El gasto militar llegará al 2 % del PIB.', 'es')).toBe('gasto militar');
    expect(one('Public debt reached 98% of GDP.')).toBe('Public debt');
    // Any other phrase after a share is what it is a share of.
    expect(one('Le parti a obtenu une part de 30 % des voix.', 'fr')).toBe('voix');
  });
  it('never counts a participle after a copula as the object of a change: "Unemployment was estimated at 6.1%"', () => {
    expect(one('Unemployment was estimated at 6.1%.')).toBe('Unemployment');
  });
});

describe('proportions, relatives and changes set off by a comma', () => {
  it('counts the noun of a proportion, inside it or after it: « un bus sur trois », "one nurse in four", « uno de cada cinco hogares »', () => {
    expect(one('Seul un bus sur trois circulera lundi à Nantes.', 'fr')).toBe('bus');
    expect(one('One nurse in four works night shifts.')).toBe('nurse');
    expect(one('Uno de cada cinco hogares no tiene calefacción.', 'es')).toBe('hogares');
  });
  it('counts what a subject relative stands for: "exports, which rose 4%", « los salarios, que subieron un 3 % »', () => {
    expect(one('The drag came from farm exports, which fell 4% over the winter.')).toBe('farm exports');
    expect(one('Los salarios del sector, que subieron un 3 %, no compensan la inflación.', 'es')).toBe('salarios del sector');
    expect(one('Les loyers du centre, qui ont augmenté de 6 %, pèsent sur les étudiants.', 'fr')).toBe('loyers du centre');
  });
  it('gives a change set off by a comma what the figure before it measured: ", up 12%", « , en baisse de 8 % », « , un 4 % más »', () => {
    expect(counts('The port handled 2.2 million containers last year, up 12% on the year before.')).toEqual(['containers', 'containers']);
    expect(counts('Les ventes ont atteint 3 millions de bouteilles, en baisse de 8 %.', 'fr')).toEqual(['bouteilles', 'bouteilles']);
    expect(counts('El trigo sumó 4,1 millones de hectáreas, un 4 % más que el año pasado.', 'es')).toEqual(['trigo', 'trigo']);
  });
});

describe('measures joined by a hyphen, adverbs after a count, levels', () => {
  it('counts the noun a hyphenated measure stands before: "a 220-megawatt wind farm", "an 18-pound goose now costs"', () => {
    expect(one('The council approved a 220-megawatt wind farm on Tuesday.')).toBe('wind farm');
    expect(one('An 18-pound goose now costs $95 at the market.')).toBe('goose');
  });
  it('reads a currency joined by a hyphen as money: "a 20,000-dollar prize"; a weight stays a weight', () => {
    expect(figures('She won a 20,000-dollar prize for the novel.')[0]).toMatchObject({ kind: 'money', unit: 'USD', value: 20000, counts: 'prize' });
    expect(figures('They roasted an 18-pound goose.')[0]).toMatchObject({ kind: 'quantity' });
  });
  it('takes no adverb or -ing form after a bare count for its noun: "leaving 9,000 still without water", "another 80 arriving from the coast"', () => {
    expect(counts('Engineers reconnected 31,000 homes, leaving 9,000 still without water.')).toEqual(['homes', 'homes']);
    expect(counts('There are 250 firefighters on the ridge and another 80 arriving from the coast.')).toEqual(['firefighters', 'firefighters']);
    expect(figures('The town will build 40 housing units.')[0]?.unit).toBe('units');
  });
  it('reads « hasta » after a change or a figure as the level reached, exact: « se redujo en 9.000, hasta 1,2 millones »', () => {
    const level = figures('El número de parados se redujo en 9.000 personas, hasta 1,2 millones.', 'es');
    expect(level.map((f) => f.qualifier)).toEqual(['exact', 'exact']);
    expect(figures('Las ventas subieron hasta 900 millones de euros.', 'es')[0]?.qualifier).toBe('exact');
    // Alone, « hasta » is a bound; so is "reached up to" in English.
    expect(figures('Hasta 300 vecinos podrían ser evacuados.', 'es')[0]?.qualifier).toBe('up-to');
    expect(figures('Gusts reached up to 150 km/h.')[0]?.qualifier).toBe('up-to');
  });
  it('reads « hasta » after a change verb and the change’s size as the level reached: « aumentó un 4 % hasta 2,3 millones »', () => {
    expect(figures('El censo aumentó un 4 % hasta 2,3 millones de vecinos.', 'es').map((f) => f.qualifier)).toEqual(['exact', 'exact']);
    // guard: a bound with no change before it stays a bound.
    expect(figures('El programa cubrirá a 40 municipios y dará hasta 800 euros por hogar.', 'es').map((f) => f.qualifier)).toEqual(['exact', 'up-to']);
  });
});

describe('verbs that are figures, rates, closes and levels after a time', () => {
  it('counts the subject of a verb that is itself a figure: "profit nearly tripled", « le nombre de nouveaux cas a doublé »', () => {
    expect(counts('The brewer said its net profit nearly tripled to £96 million.')).toEqual(['net profit', 'net profit']);
    expect(one('Le nombre de nouveaux cas a doublé en une semaine.', 'fr')).toBe('nombre de nouveaux cas');
  });
  it('counts the first phrase of the clause when a subject relative follows a name: "Shares in Corvex, which have gained 25%"', () => {
    expect(one('Shares in Corvex, which have gained 25% this year, slipped on Friday.')).toBe('Shares');
  });
  it('never reads a rate per round number as a percentage: « 18,6 por cada 100.000 habitantes »', () => {
    expect(figures('La tasa de suicidios subió a 18,6 por cada 100.000 habitantes.', 'es')[0]).toMatchObject({ kind: 'count', unit: 'por cada 100.000 habitantes', counts: 'tasa de suicidios' });
  });
  it('reads a price a market closed at: « el níquel cerró en 16,10 dólares »', () => {
    expect(one('El precio del níquel cerró en 16,10 dólares la libra.', 'es')).toBe('precio del níquel');
  });
  it('reads the level after a change and a time: « cayó un 2 % en marzo, hasta 300.000 toneladas »', () => {
    const level = figures('La producción de cobre cayó un 2 % interanual en marzo, hasta 300.000 toneladas.', 'es');
    expect(level.map((f) => [f.counts, f.qualifier])).toEqual([
      ['producción de cobre', 'exact'],
      ['producción de cobre', 'exact'],
    ]);
  });
  it('leaves "more than a year earlier" after a figure to that figure: no duration of a year', () => {
    expect(figures('The port handled 9.1 million tonnes, 6% more than a year earlier.').map((f) => f.value)).toEqual([9100000, 6]);
    expect(figures('The strike lasted more than a year.')[0]).toMatchObject({ kind: 'duration', qualifier: 'more-than' });
  });
});

describe('progressive verbs and subjects with "for"', () => {
  it('never counts an -ing form after the copula: "Sales are running 5% below plan"', () => {
    expect(one('Ticket sales are running 5% below plan.')).toBe('Ticket sales');
  });
  it('counts the head before "for": "bookings for the winter were running 9% ahead", "demand for copper rose 4%"', () => {
    expect(one('Bookings for the winter were running 9% ahead of last year.')).toBe('Bookings');
    expect(one('Demand for copper rose 4% in May.')).toBe('Demand');
  });
});

describe('what a figure counts, at the end of a text', () => {
  it('reads nothing a longer sentence before left past a short one’s end: "… found 4 of the" after a sentence of many figures', () => {
    // The first sentence leaves figures at token positions the second does not reach; the rule
    // for "4 of the …" looks one token past the second one's end.
    const text = 'Officials counted 11 boats, 12 trucks, 13 cars, 14 buses, 15 vans, 16 bikes, 17 carts and 18 trains on Monday.\n\nInspectors found 4 of the';
    const { record, failures } = extractWithFailures(inputOf(text, { lang: 'en' }));
    expect(failures).toEqual([]);
    expect(record.figures.map((f) => f.value)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 4]);
    expect(record.figures[0]?.counts).toBe('boats');
  });
});

describe('a place after "in" says where a share stands, not what it is a share of', () => {
  it('"reached 91% in the northern city", "80% in the capital": no place is counted', () => {
    expect(counts('Occupancy averaged 80% in the capital and reached 91% in the northern city of Trang.')).toEqual(['Occupancy', 'Occupancy']);
  });
  it('fr, es: the clause’s subject is counted, never the region or the city', () => {
    expect(one('Le chômage a atteint 12 % dans la région de Kayes.', 'fr')).toBe('chômage');
    expect(one('La ocupación hotelera llegó al 91 % en la ciudad de Cartagena.', 'es')).toBe('ocupación');
  });
  it('guard: "a 5% rise in sales" still counts sales', () => {
    expect(one('The chain reported a 5% rise in sales.')).toBe('sales');
  });
});

describe('a bound is of the noun phrase right before it', () => {
  it('"water temperatures above 31 degrees", "firms with annual sales below $5 million": never a place after the figure', () => {
    expect(one('Divers logged water temperatures above 31 degrees off the reef.')).toBe('water temperatures');
    expect(one('Shops with annual sales below 5 million dollars will pay a flat levy.')).toBe('annual sales');
  });
  it('fr, es: the noun before « supérieures à », « por encima de », not a participle before it', () => {
    expect(one('Les inspecteurs ont mesuré des taux de cadmium supérieurs à 3 milligrammes par kilo.', 'fr')).toBe('taux de cadmium');
    expect(one('El observatorio registró temperaturas superiores a los 43 grados en Sonora.', 'es')).toBe('temperaturas');
  });
  it('after a verb the bound says how far it went, and the subject is counted: "inflation rose above 6%"', () => {
    expect(one('Core inflation rose above 6% in March.')).toBe('Core inflation');
  });
});

describe('the subject of a change past a relative clause or a counted complement', () => {
  it('"Ticket revenue, which the league publishes each season, fell to $80 million": the subject before the relative', () => {
    expect(one('Ticket revenue, which the league publishes each season, fell to 80 million dollars.')).toBe('Ticket revenue');
  });
  it('"Membership of the guild’s 30 chapters fell by 4%": the share counts the phrase before "of"', () => {
    expect(counts('Membership of the guild’s 30 chapters fell by 4% over the decade.')[1]).toBe('Membership');
  });
});

describe('a verb of change after "and" with no subject of its own shares the earlier figure’s subject', () => {
  it('"averaged 64% in Porto and reached 83% in Faro"; « promedió el 64 % … y alcanzó el 83 % »', () => {
    expect(counts('Bed occupancy averaged 64% in Porto and reached 83% in Faro.')).toEqual(['Bed occupancy', 'Bed occupancy']);
    expect(counts('La ocupación promedió el 64 % en Oporto y alcanzó el 83 % en Faro.', 'es')).toEqual(['ocupación', 'ocupación']);
  });
  it('a second verb with an object of its own counts that object: "cut 6% of its staff and sold its stake for £90 million"', () => {
    expect(counts('The carmaker cut 6% of its staff and sold its stake for 90 million pounds.')).toEqual(['staff', 'stake']);
  });
});

describe('a sum allotted by a verb counts what it is allotted to', () => {
  it('"has set aside 600 million rupees for flood barriers", "will spend $30 million on trams"', () => {
    expect(one('The province has set aside 600 million rupees for flood barriers this year.')).toBe('flood barriers');
    expect(one('The council will spend 30 million dollars on electric trams.')).toBe('electric trams');
  });
  it('fr, es: « consacrera … à la rénovation », « destinará … a la compra »', () => {
    expect(one('La région consacrera 90 millions d’euros à la rénovation des lycées.', 'fr')).toBe('rénovation');
    expect(one('El municipio destinará 300 millones de pesos a la compra de ambulancias.', 'es')).toBe('compra de ambulancias');
  });
  it('a name after the purpose word is who receives the sum, and says nothing of what it counts', () => {
    expect(one('The bank pledged 50 million euros to Ghana.')).not.toBe('Ghana');
  });
});

describe('what a verb of change changed, where heads come first and one share stands before its object', () => {
  it('« han recortado un 35 % el consumo de agua », « ont réduit de 35 % l’usage d’engrais »', () => {
    expect(one('Las granjas han recortado un 35 % el consumo de agua desde 2021.', 'es')).toBe('consumo de agua');
    expect(one('Les exploitants ont réduit de 35 % l’usage des engrais.', 'fr')).toBe('usage');
  });
  it('a time or a complement after the share is no object: « subió un 5 % el mes pasado », « llegará al 2 % del PIB »', () => {
    expect(one('El precio del pan subió un 5 % el mes pasado.', 'es')).toBe('precio del pan');
    expect(one('La deuda pública llegará al 90 % del PIB.', 'es')).toBe('deuda pública');
  });
});

describe('verbs of change beyond rises and falls', () => {
  it('a perfect’s participle: « ha superado los 9 gramos », « han crecido un 5 % »', () => {
    expect(one('La salinidad del embalse ha superado los 9 gramos por litro esta semana.', 'es')).toBe('salinidad del embalse');
    expect(one('Las matriculaciones han crecido un 6 % en junio.', 'es')).toBe('matriculaciones');
  });
  it('a range or a level hovered around: "grants will range from", « ronda el 14 % », « avoisine 9 % »', () => {
    expect(counts('Relocation grants will range from 4,000 to 25,000 euros, the board said.')).toEqual(['Relocation grants', 'Relocation grants']);
    expect(one('La tasa de abandono escolar ronda el 14 % en la provincia.', 'es')).toBe('tasa de abandono');
    expect(one('Le taux de vacance avoisine 9 % dans le centre-ville.', 'fr')).toBe('taux de vacance');
  });
});

describe('more shapes of what a share or a sum measures', () => {
  it('a currency that weakens or strengthens: "the lira weakened 1.2%", « el peso se debilitó un 2 % »', () => {
    expect(one('The lira weakened 1.2% against the euro on Tuesday.')).toBe('lira');
    expect(one('El peso se debilitó un 2 % frente al dólar.', 'es')).toBe('peso');
  });
  it('a period after the share is when, not what: "Sales fell 4.1% year on year", but "its 0.4% quarterly forecast"', () => {
    expect(one('Sales fell 4.1% year on year in March.')).toBe('Sales');
    expect(one('Prices may top the bank’s 0.4% quarterly forecast.')).toBe('quarterly forecast');
  });
  it('an adverb of degree between the link and the sum: "a surplus of just $2.3 billion", « un excedente de solo 900 millones »', () => {
    expect(counts('Imports rose 2.2%, leaving a surplus of just 2.3 billion dollars.')).toEqual(['Imports', 'surplus']);
    expect(one('Las cuentas dejaron un excedente de solo 900 millones de pesos.', 'es')).toBe('excedente');
  });
  it('« del » links a share to its noun: « los aranceles del 25 % »', () => {
    expect(one('Los fabricantes sufren los aranceles del 25 % que impuso el vecino.', 'es')).toBe('aranceles');
  });
  it('a cap: « el decreto que limitaba al 3 % la subida de los alquileres »', () => {
    expect(one('El decreto limitaba al 3 % la subida anual de los alquileres.', 'es')).toBe('subida');
  });
});

describe('a sum in a currency’s sign, or after a perfect’s participle that folds like a noun', () => {
  it('counts the verb that moved it', () => {
    expect(one('The treasurer had siphoned $12 million from the pension fund.')).toBe('siphoned');
    expect(one('La mairie a dépensé 8 millions d’euros en six mois.', 'fr')).toBe('euros dépensé');
    expect(one('La fiscalía ha recuperado 1,1 millones de dólares.', 'es')).toBe('dólares recuperado');
  });
  it('guard: a present tense moves nothing', () => {
    expect(one('Each year the charity receives $480 million.')).toBeNull();
  });
});

describe('a share of a counted whole, a reporting verb, a sum placed before its object', () => {
  it('counts what a share of an owner’s count is of, not the owner: "of the district’s roughly 400,000 residents"', () => {
    expect(one('Nearly 38% of the district’s roughly 400,000 residents live on farms, the survey found.')).toBe('residents');
    expect(one('Obtuvo el 45 % de los cerca de 90.000 votos.', 'es')).toBe('votos');
    expect(one('Le maire a obtenu 38 % des quelque 9 000 inscrits.', 'fr')).toBe('inscrits');
  });
  it('counts what the clause links to a share of a counted whole: "Attendance was 58% of the league’s 12,000 members"', () => {
    expect(one('Attendance was 58 per cent of the league’s roughly 12,000 members.')).toBe('Attendance');
    expect(one('La asociación cifró el ausentismo en el 12 % de los casi 9.000 docentes.', 'es')).toBe('ausentismo');
    // With no link before it, the whole is what the share is of.
    expect(one('The party won 41% of the 12,000 votes cast.')).toBe('votes');
  });
  it('never makes a reporting verb what a bare figure counts: "The board said 72.5 per cent passed"', () => {
    expect(one('The examinations board said 72.5 per cent passed the written paper.')).toBeNull();
    expect(one("L'institut a indiqué 40 % en moyenne.", 'fr')).toBeNull();
    // A verb that acts on what is counted still does.
    expect(one('Firefighters had contained 4,500 hectares by Monday.')).toBe('hectares contained');
  });
  it('counts what a contributed or provided sum is for: "will provide $2 million for roof repairs", « versera … pour »', () => {
    expect(one('The diocese will provide $2 million for roof repairs.')).toBe('roof repairs');
    expect(one("La région versera 4 millions d'euros pour la rénovation du lycée.", 'fr')).toBe('rénovation du lycée');
  });
  it('counts the object after a sum or share placed by its verb: « situó en 300 millones las pérdidas »', () => {
    expect(one('La comisión situó en 300 millones de dólares las pérdidas.', 'es')).toBe('pérdidas');
    expect(one("Le cabinet a chiffré à 3 milliards d'euros le coût des travaux.", 'fr')).toBe('coût');
    expect(one('La banque a relevé à 4 % son taux directeur.', 'fr')).toBe('taux directeur');
  });
});

describe('a measure of a good, and a trading session', () => {
  it('says the unit and what it measures: "300,000 tonnes of copper", « 620 hectáreas de bosque »', () => {
    expect(one('The mine produced 300,000 tonnes of copper last year.')).toBe('tonnes of copper');
    expect(one('La minería ilegal destruyó 620 hectáreas de bosque en la reserva.', 'es')).toBe('hectáreas de bosque');
  });
  it('never counts the session a price ended: « terminó la rueda a 290 dólares », "ended the session at"', () => {
    expect(one('La soja terminó la rueda a 290 dólares la tonelada.', 'es')).toBeNull();
    expect(one('The rand ended the session at 18.20 per dollar.')).toBeNull();
  });
});

describe('a subject set off from its verb, and an adjective that stands for people', () => {
  it('passes an apposition or a participle’s phrase between commas to the subject: "Diesel sales, the ministry’s gauge, fell"', () => {
    expect(one("Diesel sales, the ministry's main gauge of demand, fell 6 per cent in May.")).toBe('Diesel sales');
    expect(one('Tarvex bonds, traded mostly in Zurich, lost 3 per cent on Friday.')).toBe('Tarvex bonds');
  });
  it('counts the people an adjective after "of the" stands for: "640 of the stranded", "two of the wounded"', () => {
    expect(one('Relief teams reached 640 of the stranded by nightfall.')).toBe('stranded');
    expect(one('Two of the wounded died on Monday.')).toBe('wounded');
  });
});
