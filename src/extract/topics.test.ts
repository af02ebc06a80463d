import { describe, expect, it } from 'vitest';
import { analyse } from './index.ts';
import { extract, inputOf } from './testing.ts';
import { topicCues } from './topics.ts';

describe('topics', () => {
  it('puts war first for a war story, in French, with French labels', () => {
    const topics = extract('Les troupes russes ont lancé une offensive. Les combats et les frappes de missiles ont fait des morts parmi les soldats. La guerre continue.').topics;
    expect(topics[0]).toEqual({ id: 'conflict-war-and-peace', iptc: 'medtop:16000000', label: 'Conflits, guerres et paix' });
  });
  it('finds health in an English outbreak story', () => {
    const topics = extract('A cholera outbreak has killed 40 patients. Hospitals lack vaccines, doctors said. The health ministry expects more infections.').topics;
    expect(topics.map((t) => t.id)).toContain('health');
  });
  it('finds sport in a race story with no ball game in it (en, fr, es)', () => {
    expect(extract('Maria Okoth won the Lisbon marathon on Sunday in a course record, ahead of two other Kenyan runners.', { lang: 'en' }).topics.map((t) => t.id)).toEqual(['sport']);
    expect(extract('La cycliste Léa Morin a remporté dimanche la médaille d’or du contre-la-montre devant deux Néerlandaises.').topics.map((t) => t.id)).toEqual(['sport']);
    expect(extract('El boxeador Iván Soler retuvo el título y sumó su tercera medalla de oro en el campeonato continental.', { lang: 'es' }).topics.map((t) => t.id)).toEqual(['sport']);
  });
  it('finds science in an astronomy story and religion in a pilgrimage (en, fr)', () => {
    expect(extract('Astronomers pointed a new telescope at a distant exoplanet and found traces of methane.', { lang: 'en' }).topics.map((t) => t.id)).toEqual(['science-and-technology']);
    expect(extract('Des milliers de pèlerins se sont rassemblés devant la cathédrale, où le prêtre a béni la foule.').topics.map((t) => t.id)).toEqual(['religion']);
  });
  it('finds the economy in a farm story (en, fr, es)', () => {
    expect(extract('Dairy farmers in the valley say the harvest fell by a third and agricultural credit has dried up.', { lang: 'en' }).topics[0]?.id).toBe('economy-business-and-finance');
    expect(extract('Les éleveurs de la région réclament une aide après une récolte médiocre et la baisse des revenus agricoles.').topics[0]?.id).toBe('economy-business-and-finance');
    expect(extract('Los productores de la sierra piden créditos agrícolas tras una cosecha escasa.', { lang: 'es' }).topics[0]?.id).toBe('economy-business-and-finance');
  });
  it('reads « denunciar » (to denounce) as no crime: only the noun « denuncia » is one', () => {
    expect(extract('Las enfermeras del hospital denunciaron la falta de vacunas contra el dengue.', { lang: 'es' }).topics.map((t) => t.id)).not.toContain('crime-law-and-justice');
  });
  it('lets frontmatter topics win', () => {
    expect(extract('La guerre continue, les soldats combattent.', { topics: ['sport'] }).topics.map((t) => t.id)).toEqual(['sport']);
  });
});

describe('topic ranking prefers the event over its setting', () => {
  const first = (text: string, meta = {}) => extract(text, meta).topics[0]?.id;
  it('puts a strike under labour, not health or education', () => {
    expect(first('Hospital doctors began a strike over pay on Monday. Patients saw appointments cancelled as doctors joined picket lines.', { lang: 'en' })).toBe('labour');
    expect(first('Les enseignants des écoles publiques ont entamé une grève. Les élèves sont privés de cours, et les enseignants réclament des hausses de salaire.')).toBe('labour');
  });
  it('puts a cyclone, a flood or a drought under disasters, not weather', () => {
    expect(first('A cyclone hit the coast overnight with heavy rain and strong winds. Thousands of homes lost power and roads were cut.', { lang: 'en' })).toBe('disaster-accident-and-emergency-incident');
    expect(first('Des inondations ont fait dix morts après des pluies diluviennes. Des quartiers entiers restent inondés et la météo prévoit de nouvelles averses.')).toBe('disaster-accident-and-emergency-incident');
    expect(first('The drought has left two million people short of food. Rainfall was below average for a third season.', { lang: 'en' })).toBe('disaster-accident-and-emergency-incident');
  });
  it('weighs the title more than the body', () => {
    const body = 'Scientists said the software was used by students. The university said the data was lost.';
    expect(first(body, { lang: 'en', title: 'Hackers stole data in a cyberattack on a university' })).toBe('crime-law-and-justice');
  });
});

describe('secondary topics', () => {
  const ids = (text: string, lang: string) => extract(text, { lang }).topics.map((t) => t.id);
  it('adds science to a volcanic eruption and environment to mining pollution', () => {
    expect(ids('The eruption forced thousands to flee. Volcanologists recorded intense seismic activity, and seismologists warned of a new eruption.', 'en')).toContain('science-and-technology');
    expect(ids('La pollution au mercure des rivières par l’orpaillage inquiète. Les rivières sont contaminées et la pollution s’étend.', 'fr')).toContain('environment');
  });
});

describe('topics read in context, not from one word', () => {
  const ids = (text: string, lang: string, title?: string) => extract(text, title ? { lang, title } : { lang }).topics.map((t) => t.id);
  it('reads a kidnapping at a school as crime, not education', () => {
    const en = ids(
      'Gunmen stormed a boarding school in Zamfara overnight and kidnapped dozens of students, police said. The school had been closed twice this year. Parents of the students gathered at the school gate as police searched for the kidnappers.',
      'en',
    );
    expect(en[0]).toBe('crime-law-and-justice');
    expect(en).not.toContain('education');
    expect(en).not.toContain('disaster-accident-and-emergency-incident');
    const fr = ids('Des hommes armés ont enlevé quinze élèves dans une école de Maradi. Les ravisseurs réclament une rançon pour libérer les élèves. L’école restera fermée.', 'fr');
    expect(fr[0]).toBe('crime-law-and-justice');
    expect(fr).not.toContain('education');
  });

  it('does not read an economic forecast as weather', () => {
    const topics = ids('The central bank of Chile kept its policy rate at 5 percent and raised its inflation forecast. Its growth forecast for next year was cut, and economists expect a forecast revision in March.', 'en');
    expect(topics).toEqual(['economy-business-and-finance']);
  });

  it('does not read the judges of a literary prize as a court', () => {
    const topics = ids('The judges of the Lantern Prize chose two novels this year. The judges said both novels deserved the prize, and the judges split the prize money between the two novelists.', 'en');
    expect(topics[0]).toBe('arts-culture-entertainment-and-media');
    expect(topics).not.toContain('crime-law-and-justice');
  });

  it('does not read « prix » at a film festival as prices', () => {
    const topics = ids(
      'Le festival de Ouagadougou a remis ses prix samedi. Le jury a donné le prix du meilleur film à une réalisatrice malienne, le prix du scénario à un Sénégalais, le prix d’interprétation à une actrice béninoise et le prix du public à un documentaire.',
      'fr',
    );
    expect(topics).toEqual(['arts-culture-entertainment-and-media']);
  });

  it('reads riots as conflict, and an accidental shot as no accident', () => {
    const topics = ids('Une nuit d’émeutes a secoué Dakar, où un policier a été blessé par un tir accidentel. Les émeutiers ont incendié des voitures et l’armée a été déployée.', 'fr');
    expect(topics[0]).toBe('conflict-war-and-peace');
    expect(topics).not.toContain('disaster-accident-and-emergency-incident');
  });

  it('reads « politique monétaire » as economy, not politics', () => {
    const topics = ids('La banque centrale a maintenu sa politique monétaire inchangée. Sa politique monétaire restera prudente tant que l’inflation dépasse 3 %, a indiqué la banque centrale.', 'fr');
    expect(topics).toEqual(['economy-business-and-finance']);
  });
});

describe('a topic left out takes no rank', () => {
  it('a title-only topic does not make the story’s real second topic a third one', () => {
    const body = [
      'Rail workers across the country began a two-day strike on Tuesday against the government’s plan to raise the pension age, unions said. Only one train in four ran, the operator said.',
      'The labour minister said parliament would debate the bill next week.',
      'Opposition parties said they would vote against the legislation in parliament.',
    ].join('\n');
    const topics = extract(body, { lang: 'en', title: 'Rail strike hits exam week for pupils at schools' }).topics.map((t) => t.id);
    expect(topics).toEqual(['labour', 'politics']);
  });
});

describe('context words of several words (topicContext `when` phrases)', () => {
  const ids = (text: string, lang: string) => extract(text, { lang }).topics.map((t) => t.id);
  it('reads the temperature beside an ice sheet as environment, not weather', () => {
    const topics = ids('The ice sheet in western Greenland lost more mass this summer as the temperature of the surrounding sea rose, a team of glaciologists said on Tuesday. Meltwater ran off the ice sheet at record rates.', 'en');
    expect(topics).toContain('environment');
    expect(topics).not.toContain('weather');
  });
  it('reads a school attacked by « hommes armés » as no education story', () => {
    const topics = ids('Des hommes armés ont attaqué mardi une école du nord du pays et blessé deux enseignants, selon la police. Les élèves ont été renvoyés chez eux.', 'fr');
    expect(topics).not.toContain('education');
  });
  it('reads the fire and the wounded of an « ataque aéreo » as conflict', () => {
    const topics = ids('Un ataque aéreo alcanzó el martes un depósito de combustible en las afueras de la ciudad. Los bomberos trabajaron toda la noche para apagar el incendio y hubo cuatro heridos, según el ejército.', 'es');
    expect(topics[0]).toBe('conflict-war-and-peace');
  });
  it('reads the salary of a « gardien de but » as sport, not labour', () => {
    const topics = ids("Le club a présenté son nouveau gardien de but, qui touchera un salaire de deux millions d'euros par an. L'entraîneur a salué l'arrivée du joueur avant le match de samedi.", 'fr');
    expect(topics).toEqual(['sport']);
  });
});

describe('a second topic needs evidence in the story', () => {
  const body =
    'Health officials confirmed 300 new measles cases this month, most of them in children who had not been vaccinated. Hospitals in three provinces opened isolation wards, and doctors urged parents to check their vaccination records before the holidays.';
  it('a sport cue in the title alone adds no sport topic', () => {
    const topics = extract(body, { lang: 'en', title: 'Measles cases soar as doctors warn football fans before the World Cup' }).topics.map((t) => t.id);
    expect(topics[0]).toBe('health');
    expect(topics).not.toContain('sport');
  });
  it('the same cue backed by the body keeps the topic', () => {
    const withMatches = `${body} The football federation postponed two league matches and asked fans to stay home from the stadium.`;
    const topics = extract(withMatches, { lang: 'en', title: 'Measles cases soar as doctors warn football fans before the World Cup' }).topics.map((t) => t.id);
    expect(topics).toContain('sport');
  });
});

describe('a second topic the title leaves out (UNTITLED_RELATIVE)', () => {
  const body =
    'Voters in the coastal province elected a new governor on Sunday, and the ruling party kept its majority in the provincial assembly. Turnout reached 61 percent, the electoral commission said. The opposition candidate conceded defeat in a speech to supporters. The president congratulated the winner, and lawmakers of both parties called for calm. Farmers complained about the price of fertiliser during the campaign, and traders said the port had lost business to its neighbour.';
  const ids = (title: string) => extract(body, { lang: 'en', title }).topics.map((t) => t.id);
  it('needs more weight than one the title names: a line about prices in an election story is an aside', () => {
    expect(ids('Ruling party keeps coastal province in governor vote')).toEqual(['politics']);
  });
  it('guard: the same words with the title naming them make the second topic', () => {
    expect(ids('Ruling party keeps coastal province as fertiliser prices soar')).toEqual(['politics', 'economy-business-and-finance']);
  });
});

describe('the cause a title names after « por », "after", « après »', () => {
  const ids = (text: string, lang: string, title: string) => extract(text, { lang, title }).topics.map((t) => t.id);
  it('weighs as the body’s words, not as the title’s', () => {
    expect(ids('Manufacturers cut production by a tenth in March, the industry association said.', 'en', 'Factory output falls after drought')[0]).toBe('economy-business-and-finance');
    const cuts = 'La empresa eléctrica estatal cortará el suministro cuatro horas al día en la capital a partir del lunes, informó su gerente. Los comercios calculan pérdidas de millones de dólares por cada semana de cortes.';
    expect(ids(cuts, 'es', 'El Gobierno raciona la electricidad por la sequía')).toEqual(['economy-business-and-finance']);
    const ferries = 'The ferry company will add four daily crossings from June, its director said, as cargo orders recover. The rainy season raised the river by two metres.';
    expect(ids(ferries, 'en', 'Ferries add crossings after heavy rain')).toEqual(['economy-business-and-finance']);
  });
  it('keeps the title’s weight before the cause', () => {
    const quake = 'Rescue teams searched collapsed buildings through the night, and 4,000 people slept in shelters. The rains that followed slowed the search.';
    expect(ids(quake, 'en', 'Earthquake kills 30 after days of rain')[0]).toBe('disaster-accident-and-emergency-incident');
  });
});

describe('the damage of an attack in a war story', () => {
  const ids = (text: string, lang: string) => extract(text, { lang }).topics.map((t) => t.id);
  it('is the war’s, not a disaster of its own, in a story of drones or missiles', () => {
    const es =
      'Un ataque con drones alcanzó un depósito en Ostra durante la noche. La explosión provocó un incendio y daños en varios edificios, y dejó víctimas. Las defensas derribaron otros drones. El ejército prometió responder al ataque.';
    expect(ids(es, 'es')).not.toContain('disaster-accident-and-emergency-incident');
    const en = 'A drone attack hit a fuel depot in Ostwick overnight. The explosion started a fire and caused damage to nearby homes, leaving victims. Air defences shot down other drones. The army vowed to respond to the attack.';
    expect(ids(en, 'en')).not.toContain('disaster-accident-and-emergency-incident');
  });
  it('leaves an explosion with no war word a disaster', () => {
    const en = 'An explosion at a chemical plant in Ostwick started a fire overnight. Firefighters brought the blaze under control by morning; the damage is heavy and two workers are missing.';
    expect(ids(en, 'en')[0]).toBe('disaster-accident-and-emergency-incident');
  });
});

describe('the homes and families a natural disaster hits', () => {
  const ids = (text: string, lang: string) => extract(text, { lang }).topics.map((t) => t.id);
  it('are the disaster’s, not a society topic', () => {
    const fr = 'Un séisme de magnitude 6,1 a frappé la région d’Ostra mardi. Des centaines de logements ont été détruits et des milliers de familles ont passé la nuit dehors. La population a été évacuée vers des écoles.';
    expect(ids(fr, 'fr')).not.toContain('society');
    const es = 'Un sismo de magnitud 6,1 sacudió la región de Ostra el martes. Cientos de viviendas quedaron destruidas y miles de familias pasaron la noche a la intemperie.';
    expect(ids(es, 'es')).not.toContain('society');
  });
  it('leave a housing story with no disaster word a society one', () => {
    const en = 'Rents in Ostwick rose again this year, and the housing shortage is pushing families out of the city, a community group said. Poverty is rising among young families.';
    expect(ids(en, 'en')).toContain('society');
  });
});

describe('a cue word right after an auxiliary', () => {
  it('is a participle, not the noun: « a jugé », « se ha impuesto »', () => {
    const cues = (text: string, lang: string) => topicCues(analyse(inputOf(text, { lang }))).map((c) => c.cue);
    expect(cues('Le comité a jugé la situation très préoccupante.', 'fr')).not.toContain('juge');
    expect(cues('Al final se ha impuesto el sentido común.', 'es')).not.toContain('impuesto');
    expect(cues('El nuevo impuesto entrará en vigor en enero.', 'es')).toContain('impuesto');
  });
});

describe('a cue word read in the domain of its story', () => {
  const ids = (text: string, lang: string) => extract(text, { lang }).topics.map((t) => t.id);
  const topicOf = (text: string, lang: string, cue: string) => topicCues(analyse(inputOf(text, { lang }))).find((c) => c.cue === cue)?.topic;
  it('reads « obras » beside a road or a tramway as building works, not art', () => {
    expect(ids('La diputación adjudicó la obra de la nueva carretera de la costa a una constructora. Las obras empezarán en mayo y durarán dos años.', 'es')).not.toContain('arts-culture-entertainment-and-media');
  });
  it('reads nuclear beside reactors and electricity as energy, not weapons', () => {
    expect(ids('The utility will keep its nuclear plant open for ten more years to supply electricity to two million homes, the energy regulator said.', 'en')).toEqual(['economy-business-and-finance']);
    expect(topicOf('Le gouvernement construira deux réacteurs nucléaires pour produire de l’électricité d’ici 2040.', 'fr', 'nucleaire')).toBe('economy-business-and-finance');
    expect(topicOf('La empresa estatal pondrá en marcha un segundo reactor nuclear para cubrir la demanda de electricidad.', 'es', 'nuclear')).toBe('economy-business-and-finance');
    expect(topicOf('The talks on the nuclear programme stalled over missile tests.', 'en', 'nuclear')).toBe('conflict-war-and-peace');
  });
  it('reads the museum and the species of a fossil find as science', () => {
    expect(ids('Researchers at the city museum described a dinosaur fossil found in a quarry. The species lived 200 million years ago, the scientists said.', 'en')).toEqual(['science-and-technology']);
    expect(ids('Investigadores del museo de ciencias naturales describieron un fósil de dinosaurio hallado en una cantera. La especie vivió hace 90 millones de años.', 'es')).toEqual(['science-and-technology']);
    expect(ids('Des chercheurs du musée d’histoire naturelle ont décrit un fossile de dinosaure découvert dans une carrière, selon une étude scientifique.', 'fr')).toEqual(['science-and-technology']);
  });
  it('reads a battery maker’s quarterly results as business, not technology', () => {
    expect(ids('The battery maker reported quarterly revenue up 12 percent, and its shares rose. The company expects to sell more batteries for electric vehicles next year.', 'en')).toEqual(['economy-business-and-finance']);
  });
  it('reads a shelter for migrants as no disaster, and tourist flats beside housing as housing', () => {
    expect(ids('Cientos de migrantes durmieron este martes en un albergue de la frontera sur, a la espera de un permiso para seguir su viaje. Muchas familias llegaron a pie.', 'es')).toEqual(['society']);
    expect(ids('El ayuntamiento limitará los pisos turísticos en los barrios donde falta vivienda y los alquileres han subido un 40 %.', 'es')).toEqual(['society']);
  });
});

describe('the ordinary words of a vote', () => {
  const first = (text: string, lang: string) => extract(text, { lang }).topics[0]?.id;
  it('reads voters and a referendum as politics in the three languages', () => {
    expect(first('Voters in the province backed the new water charter in a referendum on Sunday, with 58 percent in favour.', 'en')).toBe('politics');
    expect(first('Les électeurs ont approuvé dimanche par référendum la nouvelle constitution, à 61 % des voix. Les votants ont été nombreux dans les villes.', 'fr')).toBe('politics');
    expect(first('Los votantes aprobaron en referéndum la nueva carta municipal del distrito.', 'es')).toBe('politics');
  });
});

describe('the ordinary words of a domain', () => {
  const ids = (text: string, lang: string, title?: string) => extract(text, title ? { lang, title } : { lang }).topics.map((t) => t.id);
  const topicOf = (text: string, lang: string, cue: string) => topicCues(analyse(inputOf(text, { lang }))).find((c) => c.cue === cue)?.topic;
  it('reads a finance bill as a law before parliament', () => {
    expect(ids('The finance bill passed its second reading on Tuesday after a long night in the chamber. The finance bill raises the tax on fuel and on mobile money transfers.', 'en')).toContain('politics');
  });
  it('reads a river as a place, not by itself the environment', () => {
    expect(ids('Barges on the river carried a third less grain this month, the port authority said. Shipping firms expect the river trade to recover when the autumn rains come.', 'en')).toEqual(['economy-business-and-finance']);
    expect(ids('Les barges ont transporté un tiers de céréales en moins sur le fleuve ce mois-ci, selon le port autonome. Les armateurs espèrent une reprise du trafic sur le fleuve à l’automne.', 'fr')).not.toContain('environment');
    expect(ids('Las barcazas transportaron un tercio menos de granos por el río este mes, según la autoridad portuaria. Las navieras esperan que el tráfico por el río se recupere.', 'es')).not.toContain('environment');
    expect(ids('A chemical spill turned the river red, and dead fish washed up along ten kilometres of its banks, the environment agency said.', 'en')).toEqual(['environment']);
  });
  it('reads « exporta » and « exportaciones » as trade', () => {
    expect(topicOf('El país exporta la mitad de su carne a Asia.', 'es', 'exporta')).toBe('economy-business-and-finance');
    expect(topicOf('Las exportaciones de carne crecieron un 8 %.', 'es', 'exporta')).toBe('economy-business-and-finance');
  });
  it('reads a count of tourists as leisure and business', () => {
    const es = 'La isla recibió 800.000 turistas en el primer trimestre, un 10 % menos que un año antes, según la oficina de estadística. Los hoteles de la costa norte siguen a medio llenar y el mercado europeo no se recupera.';
    expect(ids(es, 'es', 'La isla recibe menos turistas que el año pasado')).toEqual(['lifestyle-and-leisure', 'economy-business-and-finance']);
    const en = 'The islands welcomed 400,000 tourists in the first quarter, a tenth fewer than a year earlier, the statistics office said. Hotels on the north coast remain half empty and the European market has not recovered.';
    expect(ids(en, 'en', 'The islands draw fewer tourists than last year')).toEqual(['lifestyle-and-leisure', 'economy-business-and-finance']);
  });
  it('reads nurses as health workers', () => {
    const strike = 'Nurses walked out over pay on Monday, their union said. The nurses want a 15 percent rise and more staff on night shifts, and the nurses’ leaders said the strike would last a week.';
    expect(ids(strike, 'en', 'Nurses strike over pay')).toEqual(['labour', 'health']);
    expect(topicOf('Les infirmières réclament des renforts de nuit.', 'fr', 'infirmier')).toBe('health');
    expect(topicOf('Los enfermeros reclaman refuerzos en el turno de noche.', 'es', 'enfermero')).toBe('health');
  });
});

describe('a cue that only begins another word', () => {
  const found = (text: string, lang: string) => topicCues(analyse(inputOf(text, { lang }))).map((c) => `${c.topic}:${c.cue}`);
  it('does not read an authority, an investigation, a shared cost or Stockholm as arts or business', () => {
    expect(found('The port authority said police were investigating the theft, and the two towns shared the cost of a trip to Stockholm.', 'en')).toEqual(
      expect.not.arrayContaining(['arts-culture-entertainment-and-media:author', 'economy-business-and-finance:invest', 'economy-business-and-finance:share', 'economy-business-and-finance:stock']),
    );
    expect(found('Investors cut their investment in the mine.', 'en')).toEqual(['economy-business-and-finance:investor', 'economy-business-and-finance:investment']);
  });
  it('does not read « frontière », « classement », « élevée » or « processus » as war, school or court', () => {
    const cues = found('Le processus de classement de la frontière a été lancé malgré une température élevée.', 'fr');
    expect(cues.filter((c) => /^(conflict|education|crime)/.test(c))).toEqual([]);
    expect(found('Le Parti socialiste a voté contre.', 'fr')).toContain('politics:socialiste');
  });
  it('does not read « armadores », « visitantes » or « sismólogos » as war, diplomacy or an earthquake', () => {
    const cues = found('Los armadores y los visitantes escucharon a los sismólogos.', 'es');
    expect(cues.filter((c) => /^(conflict|politics|disaster)/.test(c))).toEqual([]);
    expect(cues).toContain('science-and-technology:sismolog');
  });
  it('reads a peace treaty or a peace deal as the end of a war', () => {
    expect(found('Los dos países firmaron un tratado de paz.', 'es')).toContain('conflict-war-and-peace:tratado de paz');
    expect(found('Les deux pays ont signé un traité de paix.', 'fr')).toContain('conflict-war-and-peace:traite de paix');
    expect(found('The two countries signed a peace deal.', 'en')).toContain('conflict-war-and-peace:peace deal');
  });
});

describe('a set phrase whose words are no cue there (lexicon topicIdioms)', () => {
  const found = (text: string, lang: string) => topicCues(analyse(inputOf(text, { lang }))).map((c) => `${c.topic}:${c.cue}`);
  it('reads « frente a » as "against", no front line', () => {
    expect(found('La candidata obtuvo el 55 % de los votos frente al 45 % de su rival.', 'es')).not.toContain('conflict-war-and-peace:frente');
    expect(found('Los rebeldes abrieron un nuevo frente en el norte.', 'es')).toContain('conflict-war-and-peace:frente');
  });
  it('reads hotel occupancy and charity works as no war and no art', () => {
    const cues = found('La ocupación hotelera llegó al 90 %, y las hermandades financian obras sociales en los barrios.', 'es');
    expect(cues.filter((c) => /^(conflict|arts)/.test(c))).toEqual([]);
    expect(cues).toContain('lifestyle-and-leisure:ocupacion hotelera');
  });
  it('reads a way of voting or of working as no fashion', () => {
    expect(found('Le Parlement a changé le mode de scrutin, et les enquêteurs ont reconnu le mode opératoire du gang.', 'fr')).not.toContain('lifestyle-and-leisure:mode');
  });
  it('reads frontline workers, a trade war and weather words of a temperature as no war and no school', () => {
    expect(found('Frontline workers at the hospital were given a bonus.', 'en')).not.toContain('conflict-war-and-peace:frontline');
    const trade = found('The trade war between the two blocs hit exporters.', 'en');
    expect(trade).toContain('economy-business-and-finance:trade war');
    expect(trade).not.toContain('conflict-war-and-peace:war');
    expect(extract('Temperatures rose to 44 degrees Celsius in the south, two degrees above the record.', { lang: 'en' }).topics.map((t) => t.id)).not.toContain('education');
  });
});

describe('the ordinary words of the quieter domains', () => {
  const ids = (text: string, lang: string) => extract(text, { lang }).topics.map((t) => t.id);
  it('reads an old swimmer’s birthday crossing and a lost dog found as human interest', () => {
    expect(ids('A centenarian great-grandmother swam across the lake on her birthday, cheered by her grandson and neighbours.', 'en')[0]).toBe('human-interest');
    expect(ids('Des retrouvailles émouvantes : le chien, perdu depuis huit mois, a retrouvé ses maîtres, une arrière-grand-mère de Morlaix et son mari.', 'fr')[0]).toBe('human-interest');
    expect(ids('La bisabuela celebró su cumpleaños número cien con un reencuentro de toda la familia y su perro.', 'es')[0]).toBe('human-interest');
  });
  it('reads a holy week procession and a synod as religion', () => {
    expect(ids('Las cofradías sacaron sus procesiones en Semana Santa, y el arzobispo presidió la misa en la basílica ante miles de fieles.', 'es')).toEqual(['religion']);
    expect(ids('The synod voted to let parishes hold services of blessing, the archbishop said after the evening prayer.', 'en')).toEqual(['religion']);
  });
  it('reads homelessness and evictions as society', () => {
    expect(ids('The number of homeless people rose by a fifth, and evictions doubled as rents climbed, a charity said.', 'en')[0]).toBe('society');
    expect(ids('Les associations de sans-abri dénoncent le mal-logement et la précarité des locataires.', 'fr')[0]).toBe('society');
  });
  it('reads night trains, hiking trips and restaurants as leisure', () => {
    expect(ids('Travellers on the night train to the Alps go hiking for a week, and the ski resort restaurants are full.', 'en')[0]).toBe('lifestyle-and-leisure');
    expect(ids('Les amateurs de randonnée et de gastronomie se pressent au salon, entre pâtissiers et chocolatiers.', 'fr')[0]).toBe('lifestyle-and-leisure');
  });
  it('reads a rainy spring in a farm story as weather too', () => {
    expect(ids('La récolte de blé recule après un printemps très pluvieux, et les agriculteurs craignent des prix bas. Les céréaliers comptent leurs pertes après un printemps pluvieux.', 'fr')).toEqual([
      'economy-business-and-finance',
      'weather',
    ]);
  });
  it('reads frost, hail and fog as weather', () => {
    expect(ids('Frost and fog are forecast overnight, with hailstorms in the hills on Tuesday.', 'en')).toEqual(['weather']);
    expect(ids('Des gelées et de la grêle sont attendues, avec du brouillard et du verglas au petit matin.', 'fr')).toEqual(['weather']);
    expect(ids('Se esperan heladas y granizo, con niebla en los valles por la mañana.', 'es')).toEqual(['weather']);
  });
  it('does not read an operation, an eastern town or a concerted effort as opera, Easter or a concert', () => {
    const cues = (text: string, lang: string) => topicCues(analyse(inputOf(text, { lang }))).map((c) => c.topic);
    expect(cues('The army began an operation in the eastern town in a concerted effort.', 'en')).not.toContain('arts-culture-entertainment-and-media');
    expect(cues('The army began an operation in the eastern town in a concerted effort.', 'en')).not.toContain('religion');
    expect(cues('La policía lanzó una operación en el puerto.', 'es')).not.toContain('arts-culture-entertainment-and-media');
  });
});

describe('a stadium in a concert story', () => {
  it('is the venue of the concert, no sport (en, fr, es)', () => {
    const ids = (text: string, lang: string) => extract(text, { lang }).topics.map((t) => t.id);
    expect(ids('La cantante agotó las entradas de sus cuatro conciertos en el estadio, donde presentará su nuevo álbum. El estadio tiene 45.000 localidades.', 'es')).not.toContain('sport');
    expect(ids('The singer sold out four concerts at the national stadium, where she will play her new album. The stadium holds 45,000 people.', 'en')).not.toContain('sport');
    expect(ids('Le chanteur a rempli le stade pour trois concerts, et présentera son album. Le stade compte 60 000 places.', 'fr')).not.toContain('sport');
  });
});
