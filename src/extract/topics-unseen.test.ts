import { describe, expect, it } from 'vitest';
import { analyse } from './index.ts';
import { extract, inputOf } from './testing.ts';
import { topicCues } from './topics.ts';

// Classes of topic errors found on wire stories written for the purpose (mixed topics: an illness
// at a school, a frost on a harvest, an attack), each with sentences of its own.
const ids = (text: string, lang: string, title?: string) => extract(text, title ? { lang, title } : { lang }).topics.map((t) => t.id);
const cues = (text: string, lang: string) => topicCues(analyse(inputOf(text, { lang }))).map((c) => c.topic);

describe('an illness at a school is health first: the school is the setting', () => {
  it('reads food poisoning, vomiting and pupils falling ill as health (en, fr, es)', () => {
    const en = ids(
      'Thirty pupils at a primary school in Hollin fell ill after lunch on Monday, the school said. Several children were vomiting in class, and teachers called parents to collect them. Inspectors suspect food poisoning from the school canteen.',
      'en',
      'Pupils fall ill after school lunch',
    );
    expect(en[0]).toBe('health');
    const fr = ids(
      'Une quarantaine d’élèves d’un collège de Vierzon ont été pris de vomissements après le déjeuner. Le principal du collège a prévenu les familles, et les élèves ont été renvoyés chez eux. Une intoxication alimentaire est suspectée.',
      'fr',
      'Intoxication alimentaire dans un collège',
    );
    expect(fr[0]).toBe('health');
    const es = ids(
      'Veinte alumnos de un colegio de Lorca sufrieron vómitos tras la comida del comedor escolar. El colegio avisó a las familias y suspendió las clases de la tarde. Se investiga una intoxicación alimentaria por salmonela.',
      'es',
      'Intoxicación alimentaria en un colegio',
    );
    expect(es[0]).toBe('health');
  });
});

describe('the weather that ruins a harvest is weather too', () => {
  it('reads a late frost and a hailstorm as weather beside the farm economy (fr, es)', () => {
    expect(ids('Un gel tardif a détruit la moitié des bourgeons dans les vignobles de la vallée, selon la chambre d’agriculture. Les viticulteurs craignent une récolte très faible.', 'fr')).toContain('weather');
    expect(ids('Una granizada destrozó los frutales de la vega el martes. Los agricultores calculan que han perdido la mitad de la cosecha.', 'es')).toContain('weather');
  });
});

describe('an attack with bombs is conflict', () => {
  it('reads « attentat », « atentado » and a bombing as conflict (fr, es, en)', () => {
    expect(ids('Un attentat a visé mardi un marché du centre-ville. Au moins huit personnes ont été tuées.', 'fr')[0]).toBe('conflict-war-and-peace');
    expect(ids('Un atentado contra un cuartel dejó seis muertos el domingo en el norte del país.', 'es')[0]).toBe('conflict-war-and-peace');
    expect(ids('A car bomb killed five people near a market on Friday. No group claimed the bombing.', 'en')[0]).toBe('conflict-war-and-peace');
  });
  it('reads a border under shelling as the war’s front, not border politics', () => {
    const topics = ids(
      'Shelling resumed overnight along the border, where rebels hold three villages. The army said its artillery had answered rebel fire near the border crossing. Residents fled the border towns.',
      'en',
      'Shelling resumes on the border',
    );
    expect(topics[0]).toBe('conflict-war-and-peace');
    expect(topics).not.toContain('politics');
  });
});

describe('a word of one desk that is another desk’s in a set phrase', () => {
  it('reads « trafic ferroviaire » as traffic, not trafficking', () => {
    expect(ids('Le trafic ferroviaire reste très perturbé jeudi au deuxième jour de la grève des conducteurs, selon la direction. Un train sur deux circule.', 'fr')).not.toContain('crime-law-and-justice');
  });
  it('reads « campaña » in a harvest as the farming season, not an election', () => {
    expect(ids('Los agricultores de la comarca empiezan la campaña con precios bajos. La cosecha de almendra será un 20 % menor que la del año pasado.', 'es')).not.toContain('politics');
  });
  it('reads a tenants’ union as housing, not labour (es, en)', () => {
    expect(ids('El sindicato de inquilinos convocó una protesta contra la subida del alquiler en el barrio. Cientos de vecinos pidieron más vivienda pública.', 'es')).not.toContain('labour');
    expect(ids('The tenants union called a rent strike in three tower blocks. Tenants said rents had doubled since the landlord bought the buildings.', 'en')).not.toContain('labour');
  });
});

describe('cues missing for an event', () => {
  it('reads an oil spill as environment and disaster (en, fr, es)', () => {
    for (const [text, lang] of [
      ['An oil spill from a grounded tanker has fouled twenty kilometres of beaches, officials said. Crews are pumping oil from the hull.', 'en'],
      ['Une marée noire souille trente kilomètres de plages après le naufrage d’un pétrolier, selon la préfecture maritime.', 'fr'],
      ['Una marea negra cubrió diez kilómetros de playas tras el hundimiento de un petrolero frente a la costa.', 'es'],
    ] as const) {
      expect(ids(text, lang)).toEqual(expect.arrayContaining(['environment', 'disaster-accident-and-emergency-incident']));
    }
  });
  it('reads a building that collapsed as a disaster', () => {
    expect(ids('Six people died when a five-storey building collapsed in the old town on Sunday night. Neighbours said cracks had appeared in the walls last year.', 'en')[0]).toBe('disaster-accident-and-emergency-incident');
  });
  it('reads « Assemblée nationale » as politics', () => {
    expect(ids('Le projet de loi sera examiné mardi à l’Assemblée nationale. Les groupes de la majorité ont déposé 200 amendements.', 'fr')).toContain('politics');
  });
  it('reads a club’s finances in « Primera División » as sport too', () => {
    expect(ids('El club, recién ascendido a Primera División, cerró el ejercicio con una deuda de 30 millones. Los accionistas aprobaron una ampliación de capital.', 'es')).toContain('sport');
  });
});

describe('a former office holder holds the office’s topic', () => {
  it('reads « exalcalde », « ex-maire », "ex-footballer" as their role word', () => {
    expect(cues('El exalcalde declaró ante el juez durante cuatro horas.', 'es')).toContain('politics');
    expect(cues('L’ex-maire a été entendu par les enquêteurs.', 'fr')).toContain('politics');
    expect(cues('The ex-footballer now runs a bakery in the town centre.', 'en')).toContain('sport');
  });
  it('reads no word of its own as a prefix glued to a cue (guard)', () => {
    expect(cues('Officials expressed concern about the plan.', 'en')).toEqual([]);
    expect(cues('La policía examinó el coche.', 'es')).not.toContain('politics');
  });
});

describe('a story about the press itself is media', () => {
  it('reads a newspaper closing and a journalist jailed or killed as media (en, fr, es)', () => {
    expect(
      ids(
        'The Millbrook Courier will print its last edition next month after 90 years, its owner said.\nTwenty journalists will lose their jobs, and the newspaper’s archive will go to the county library.\n"Local journalism is dying," the editor said.',
        'en',
        'Millbrook Courier newspaper to close after 90 years',
      ),
    ).toContain('arts-culture-entertainment-and-media');
    expect(
      ids(
        'Le journaliste Karim Benali a été condamné mardi à trois ans de prison pour un article sur la corruption dans les marchés publics.\nLes défenseurs de la liberté de la presse dénoncent un procès politique, et le syndicat des journalistes appelle à un rassemblement.',
        'fr',
        'Un journaliste condamné à trois ans de prison',
      ),
    ).toContain('arts-culture-entertainment-and-media');
    expect(
      ids(
        'El periodista Tomás Ibarra, director de un diario local, murió el domingo tras ser atacado a tiros frente a su casa en Culiacán.\nLas organizaciones de defensa de la libertad de prensa exigieron una investigación. Es el cuarto periodista muerto este año en el estado.',
        'es',
        'Matan a un periodista en Culiacán',
      ),
    ).toContain('arts-culture-entertainment-and-media');
  });
  it('a journalist told of a decision makes no media story (guard)', () => {
    expect(ids('The finance minister told journalists the budget would cut the deficit to 3%. Parliament will vote on the budget next week.', 'en')).not.toContain('arts-culture-entertainment-and-media');
  });
});

describe('snow that opens the slopes is weather', () => {
  it('reads "snowfall" as weather beside the ski resorts', () => {
    expect(ids('Ski resorts in the valley opened their slopes two weeks early on Saturday after heavy snowfall.\nThe snowfall continued overnight, and hotels said they were full for December.', 'en')).toContain('weather');
  });
});

describe('a murder told with its participle is crime', () => {
  it('reads « fue asesinado », « a été assassiné » as crime (es, fr)', () => {
    expect(ids('El alcalde de San Mateo fue asesinado a tiros el sábado cuando salía de su casa. Dos hombres huyeron en una moto.', 'es')[0]).toBe('crime-law-and-justice');
    expect(ids('Le maire de Saint-Rémy a été assassiné samedi devant son domicile. Deux hommes ont pris la fuite à moto.', 'fr')[0]).toBe('crime-law-and-justice');
  });
});

describe('a threat and a cut of jobs named as such', () => {
  it('reads a bomb threat as crime (en, fr, es)', () => {
    expect(ids('A bomb threat forced the evacuation of the central station on Monday. Police found nothing after a two-hour search.', 'en')).toContain('crime-law-and-justice');
    expect(ids('Une alerte à la bombe a entraîné l’évacuation de la gare lundi. Les démineurs n’ont rien trouvé.', 'fr')).toContain('crime-law-and-justice');
    expect(ids('Una amenaza de bomba obligó a desalojar la estación el lunes. Los artificieros no encontraron nada.', 'es')).toContain('crime-law-and-justice');
  });
  it('reads job cuts as labour (en, fr)', () => {
    expect(ids('The carmaker announced 2,000 job cuts at its two plants on Tuesday. The job losses will be spread over three years.', 'en')).toContain('labour');
    expect(ids('Le constructeur a annoncé mardi 2 000 suppressions de postes dans ses deux usines, étalées sur trois ans.', 'fr')).toContain('labour');
  });
});

describe('a phrase cue with « à » in it', () => {
  it('finds « gaz à effet de serre » as one cue: « à » is folded as the token is, not as the verb « a »', () => {
    const found = topicCues(analyse(inputOf('Les émissions de gaz à effet de serre du pays ont baissé de 4 % l’an dernier.', { lang: 'fr' }))).map((c) => c.cue);
    expect(found).toContain('gaz à effet de serre');
  });
});

describe('a cue used as a figure of speech', () => {
  it('reads « un climat de ralentissement », "business climate", « clima de tensión » as no environment (fr, en, es)', () => {
    expect(ids('Les ventes ont reculé de 3 % au premier trimestre, dans un climat de ralentissement général du commerce.', 'fr')).not.toContain('environment');
    expect(ids('Investors said the business climate had worsened after the tax rise, and two banks cut their forecasts.', 'en')).not.toContain('environment');
    expect(ids('La sesión del Congreso se celebró en un clima de tensión entre el Gobierno y la oposición.', 'es')).not.toContain('environment');
  });
});

describe('cues of two more desks', () => {
  it('reads people smuggling as crime (es, fr)', () => {
    expect(ids('La Guardia Civil desarticuló una red de tráfico de migrantes que cobraba 4.000 euros por plaza en cada patera.', 'es')[0]).toBe('crime-law-and-justice');
    expect(ids('Trois passeurs ont été interpellés à Calais. Ils faisaient payer 3 000 euros la traversée aux migrants.', 'fr')).toContain('crime-law-and-justice');
  });
  it('reads a fashion show as lifestyle (fr, en)', () => {
    expect(ids('Les défilés de haute couture ont attiré mardi à Paris des acheteurs venus de quarante pays. Une styliste italienne a présenté trente silhouettes.', 'fr')).toContain('lifestyle-and-leisure');
    expect(ids('Designers sent long coats down the catwalk on the first day of the haute couture shows in Paris on Monday.', 'en')).toContain('lifestyle-and-leisure');
  });
});

describe('a trial for sexual abuse and the Games’ budget', () => {
  it('reads sexual abuse as crime (fr, es, en)', () => {
    expect(ids('Un entraîneur de judo est jugé depuis lundi pour des agressions sexuelles sur quatre adolescentes.', 'fr')).toContain('crime-law-and-justice');
    expect(ids('Un monitor de campamento fue condenado por abusos sexuales a tres menores.', 'es')).toContain('crime-law-and-justice');
    expect(ids('A former scout leader admitted child abuse offences dating back to the 1990s.', 'en')).toContain('crime-law-and-justice');
  });
  it('reads « prévisions » beside a budget as economy, and the Winter Games as sport (fr)', () => {
    const topics = ids('Le budget des Jeux olympiques d’hiver dépasse de 300 millions d’euros les prévisions, selon un rapport. Les épreuves de patinage coûteront deux fois plus que prévu.', 'fr');
    expect(topics).toContain('sport');
    expect(topics).not.toContain('weather');
  });
});

describe('a dog’s breed is no border', () => {
  it('reads "border collie" as a dog, not border politics', () => {
    expect(ids('A border collie missing for two years was found 300 km from home and reunited with its owners. The dog was microchipped.', 'en')).not.toContain('politics');
  });
});

describe('a minister’s portfolio names a post, not what the story is about', () => {
  it('reads a reshuffle that names a health and an education minister as politics alone (fr, es, en)', () => {
    const fr = ids(
      'Le Premier ministre a présenté mardi son nouveau gouvernement. La sénatrice Claire Vasseur est nommée ministre de la Santé et des Solidarités, et l’ancien député Hugo Marchal devient ministre de l’Éducation nationale. L’opposition dénonce un remaniement de façade.',
      'fr',
      'Remaniement : Claire Vasseur nommée ministre de la Santé',
    );
    expect(fr).toEqual(['politics']);
    const es = ids(
      'El presidente regional anunció este lunes la remodelación de su gobierno. La diputada Irene Cuesta será la nueva consejera de Sanidad y el alcalde de Tordera, Pau Riba, asume la consejería de Educación. La oposición criticó los cambios.',
      'es',
      'Irene Cuesta, nueva consejera de Sanidad en la remodelación del gobierno',
    );
    expect(es).toEqual(['politics']);
    const en = ids(
      'The prime minister reshuffled his cabinet on Friday. Former banker Alan Frost becomes Health Secretary and Maya Patel is the new Education Secretary. Opposition leaders called the changes a distraction.',
      'en',
      'Frost named Health Secretary in cabinet reshuffle',
    );
    expect(en).toEqual(['politics']);
  });
  it('still reads a health story told by a health minister as health (guard)', () => {
    expect(ids('The health minister said on Monday that 40 patients had died of cholera and that hospitals were running out of vaccines.', 'en')[0]).toBe('health');
    expect(ids('La ministre de la Santé a annoncé lundi une campagne de vaccination contre la rougeole dans les hôpitaux et les écoles.', 'fr')[0]).toBe('health');
  });
  it('keeps the post itself as politics: "foreign minister" is a phrase of its own (guard)', () => {
    expect(cues('Foreign Minister Ana Lobo met her counterpart for talks on Tuesday.', 'en')).toContain('politics');
  });
});

describe('a count between the words of a phrase cue', () => {
  it('reads "to cut 4,000 jobs" and « supprimer 1 200 postes » as the job-cut phrase (en, fr)', () => {
    const labourCues = (text: string, lang: string) =>
      topicCues(analyse(inputOf(text, { lang })))
        .filter((c) => c.topic === 'labour' && c.weight > 1)
        .map((c) => c.cue);
    expect(labourCues('The chemicals group said on Monday it would cut 4,000 jobs by the end of next year.', 'en')).toContain('cut jobs');
    expect(labourCues('The insurer plans to shed two thousand jobs in its branches.', 'en')).toContain('shed jobs');
    expect(labourCues('Le fabricant de pneus va supprimer 1 200 postes dans ses usines françaises.', 'fr')).toContain('supprimer postes');
    expect(labourCues('Le groupe a confirmé des suppressions de 300 postes d’ici à 2027.', 'fr')).toContain('suppressions de postes');
  });
  it('still needs the phrase’s own words: "cut 4,000 tonnes of emissions" is no job cut (guard)', () => {
    expect(cues('The plant will cut 4,000 tonnes of emissions a year.', 'en')).not.toContain('labour');
  });
});

describe('a theft told with its verbs and its thieves', () => {
  it('reads « robaron », « ladrones », « voleurs » and "thieves" as crime (es, fr, en)', () => {
    expect(cues('Dos hombres robaron tres relojes de una joyería del centro y los ladrones huyeron en un coche.', 'es')).toContain('crime-law-and-justice');
    expect(cues('Les voleurs ont emporté trois tableaux pendant la nuit.', 'fr')).toContain('crime-law-and-justice');
    expect(cues('Thieves took three paintings from the gallery overnight.', 'en')).toContain('crime-law-and-justice');
  });
  it('keeps the theft beside the museum it happened in (es)', () => {
    const es = ids(
      'Dos ladrones robaron el martes una escultura de bronce del museo municipal de Tarazona durante el horario de visitas. La pieza, del siglo XVIII, formaba parte de la colección permanente. Los ladrones escaparon en una furgoneta, según la Policía Local.',
      'es',
      'Roban una escultura del museo municipal de Tarazona',
    );
    expect(es).toContain('crime-law-and-justice');
  });
});

describe('a school bus that crashes is a road accident: the school is the setting', () => {
  it('reads a school coach that overturned as a disaster, not an education story (fr, en, es)', () => {
    const fr = ids(
      'Un car transportant trente élèves d’une école primaire a fait une sortie de route mardi près de Vesoul et s’est renversé dans un champ. Huit enfants ont été légèrement blessés, selon les pompiers. Le car scolaire revenait d’une sortie au musée.',
      'fr',
      'Un car scolaire se renverse près de Vesoul',
    );
    expect(fr[0]).toBe('disaster-accident-and-emergency-incident');
    expect(fr).not.toContain('education');
    const en = ids(
      'A coach carrying 40 pupils from a primary school left the road and overturned near Carlisle on Friday. Six children were slightly injured, the ambulance service said. The school said the pupils were on a trip to the coast.',
      'en',
      'School coach overturns near Carlisle',
    );
    expect(en[0]).toBe('disaster-accident-and-emergency-incident');
    const es = ids(
      'Un autobús escolar con 35 alumnos de un colegio de Lugo se salió de la carretera y volcó este lunes. Cuatro alumnos resultaron heridos leves, según los servicios de emergencia.',
      'es',
      'Vuelca un autobús escolar en Lugo',
    );
    expect(es[0]).toBe('disaster-accident-and-emergency-incident');
  });
});

describe('a corruption trial of a regional minister of the ruling party', () => {
  it('reads « exconsejero » and « partido gobernante » as politics beside the trial (es)', () => {
    const es = ids(
      'El exconsejero de Agricultura de Aragón, Tomás Lería, se sentó este martes en el banquillo acusado de cohecho por la adjudicación de ayudas. La Fiscalía pide seis años de prisión.\n\nLería fue durante una década uno de los dirigentes del partido gobernante en la comunidad. El juicio durará tres semanas.',
      'es',
      'Juicio al exconsejero Tomás Lería por el cobro de comisiones',
    );
    expect(es[0]).toBe('crime-law-and-justice');
    expect(es).toContain('politics');
  });
  it('reads « consejero delegado », a company’s chief executive, as no politics (guard)', () => {
    expect(cues('El consejero delegado de la aseguradora presentó las cuentas del trimestre.', 'es')).not.toContain('politics');
  });
});

describe('"travel" as a verb of any story', () => {
  it('reads passengers told not to travel during a strike as no leisure story (en)', () => {
    const en = ids(
      'Train drivers walked out on Friday over pay, and the rail operator urged passengers not to travel. Only one train in ten was running, the union said.\n\nShops and restaurants in the city centre said trade had fallen. A second strike is planned for next month.',
      'en',
      'Rail strike halts trains across the region',
    );
    expect(en).not.toContain('lifestyle-and-leisure');
  });
});

describe('a shooting and the place it happened in', () => {
  it('reads a gunman, « une fusillade » and « un tiroteo » as crime (en, fr, es)', () => {
    expect(cues('A gunman opened fire outside a bar on Friday night, killing one man.', 'en')).toContain('crime-law-and-justice');
    expect(cues('Une fusillade a éclaté vendredi soir devant un bar du centre-ville.', 'fr')).toContain('crime-law-and-justice');
    expect(cues('Un tiroteo frente a un bar del centro dejó un muerto el viernes.', 'es')).toContain('crime-law-and-justice');
  });
  it('reads a shopping centre as a place, no leisure (en)', () => {
    expect(cues('The suspect was detained in the car park of a shopping centre near the ring road.', 'en')).not.toContain('lifestyle-and-leisure');
  });
});

describe('a summit climbed is a mountain top, not a meeting of leaders', () => {
  it('reads the summit of a climb or a stage as no politics (fr, en, es)', () => {
    expect(cues('Le grimpeur italien s’est imposé au sommet du col, devant le peloton des favoris.', 'fr')).not.toContain('politics');
    expect(cues('The two climbers reached the summit of Everest on Tuesday morning with a sherpa.', 'en')).not.toContain('politics');
    expect(cues('La alpinista vasca alcanzó la cumbre del Annapurna el martes.', 'es')).not.toContain('politics');
  });
  it('still reads a summit of leaders as politics (guard)', () => {
    expect(cues('Leaders of the bloc met at a summit in Lisbon to discuss trade.', 'en')).toContain('politics');
  });
});

describe('pensions and the retirement age', () => {
  it('reads a march against a later retirement age as labour beside politics (en, fr, es)', () => {
    const en = ids(
      'Tens of thousands marched in Lisbon on Saturday against a government plan to raise the retirement age to 68.\n\nUnions said the reform would force people in hard jobs to work longer. Parliament votes on the bill in May.',
      'en',
      'Thousands march against higher pension age',
    );
    expect(en).toContain('labour');
    expect(cues('Les syndicats appellent à manifester contre la réforme des retraites jeudi.', 'fr')).toContain('labour');
    expect(cues('Miles de jubilados reclamaron en Bilbao que la edad de jubilación no suba.', 'es')).toContain('labour');
  });
});

describe('« flambée des prix » is a surge of prices, no blaze', () => {
  it('reads it as economy and never as a fire (fr)', () => {
    const found = cues('La flambée des prix de l’énergie pèse sur les ménages depuis l’automne.', 'fr');
    expect(found).toContain('economy-business-and-finance');
    expect(found).not.toContain('disaster-accident-and-emergency-incident');
  });
});

describe('what a work is about is the work’s subject, not the story’s', () => {
  it('reads a prize for a novel about exile, and a documentary about a war, as arts (fr, en, es)', () => {
    const fr = ids(
      'Le jury a décerné mardi son prix à la romancière Léa Fournier pour un roman sur l’exil et la famille. Le livre, publié en août, s’est vendu à 80 000 exemplaires.\n\nSon éditeur prévoit un nouveau tirage.',
      'fr',
      'Le prix Médicis à Léa Fournier pour son roman sur l’exil',
    );
    expect(fr).toEqual(['arts-culture-entertainment-and-media']);
    const en = ids('A documentary about the war in the Sahel won the top prize at the film festival on Sunday. The director thanked her crew.', 'en', 'Documentary about the war wins festival prize');
    expect(en[0]).toBe('arts-culture-entertainment-and-media');
    expect(en).not.toContain('conflict-war-and-peace');
    const es = ids('La película sobre la sequía en el Chaco ganó el premio del público del festival. La directora agradeció el apoyo de los productores.', 'es', 'Una película sobre la sequía gana el premio del público');
    expect(es[0]).toBe('arts-culture-entertainment-and-media');
  });
  it('keeps the story’s own topic when the work is the side: a war that closes a museum (guard)', () => {
    expect(ids('Troops shelled the town for a third day and missiles hit the station. Artillery fire went on overnight, the army said, and a museum that held an exhibition about the town’s history was damaged.', 'en')[0]).toBe(
      'conflict-war-and-peace',
    );
  });
});

describe('bullying at school and a poisoning in a canteen', () => {
  it('reads « centro educativo », a school in the words of officials, as education (es)', () => {
    expect(cues('Tres menores fueron detenidos por agredir a un compañero en un centro educativo de Teruel.', 'es')).toContain('education');
  });
  it('reads « intoxicados », « intoxication » as health (es, fr)', () => {
    expect(cues('Treinta vecinos resultaron intoxicados por el humo de una fábrica.', 'es')).toContain('health');
    expect(cues('Une intoxication au monoxyde de carbone a touché une famille.', 'fr')).toContain('health');
  });
});

describe('heatstroke and a housing estate', () => {
  it('reads « golpes de calor », « coups de chaleur » as health beside the heat (es, fr)', () => {
    expect(cues('Los hospitales atendieron varios golpes de calor durante la jornada.', 'es').filter((t) => t === 'health').length).toBeGreaterThan(1);
    expect(cues('Plusieurs coups de chaleur ont été signalés pendant le week-end.', 'fr')).toContain('health');
  });
  it('reads a housing estate as a place, no housing policy (en)', () => {
    expect(cues('The new bus route links the town centre to two housing estates in the north.', 'en')).not.toContain('society');
  });
});

describe('a workplace or a meeting place is where the story happens, not what it is about', () => {
  it('reads a lottery win by a hospital worker as human interest, with no health (en, es)', () => {
    const en = ids(
      'A hospital cook from Ashby has won 8 million pounds on the lottery. Karen Doyle, 49, bought the ticket at a shop opposite the hospital where she has worked for 20 years. She said she would pay off her mortgage and keep her job at the hospital.',
      'en',
      'Hospital cook scoops lottery jackpot',
    );
    expect(en[0]).toBe('human-interest');
    expect(en).not.toContain('health');
    const es = ids(
      'Un celador del hospital de Alcoy ganó el sábado 300.000 euros con un décimo de la lotería. Lo compró en la cafetería del hospital, donde trabaja desde hace quince años, y dijo que seguirá en su puesto.',
      'es',
      'Un celador del hospital gana la lotería',
    );
    expect(es[0]).toBe('human-interest');
    expect(es).not.toContain('health');
  });
  it('keeps the hospital when health has words of its own: an outbreak on a ward (guard)', () => {
    expect(ids('Twelve patients on a ward of Ashby hospital caught norovirus this week, and the hospital closed the ward to visitors.', 'en', 'Norovirus closes hospital ward')[0]).toBe('health');
  });
  it('keeps a hospital told in its own and weak words a health story beside a union and a mayor (guard)', () => {
    const fr = ids(
      'Le service des urgences de l’hôpital de Dreux sera fermé la nuit en août faute de médecins, a annoncé lundi la direction, une décision dénoncée par les élus et les syndicats. Les patients devront aller à l’hôpital de Chartres. Le maire a écrit au gouvernement.',
      'fr',
      'Les urgences de l’hôpital de Dreux fermées la nuit faute de médecins',
    );
    expect(fr[0]).toBe('health');
    expect(fr).not.toContain('labour');
  });
  it('keeps a church story religious and a school story educational when nothing else is said (guard)', () => {
    expect(ids('The old church of Millfield reopened on Sunday after a two-year restoration, and the church was full for the first service.', 'en')).toContain('religion');
    expect(ids('La escuela rural de Villar cerrará en junio porque solo le quedan cuatro alumnos, y los niños irán a la escuela del pueblo vecino.', 'es')[0]).toBe('education');
  });
});

describe('a bus that overturns with pupils is a road accident in any tense', () => {
  it('reads « al volcar » beside a school bus as the accident, not an education story (es)', () => {
    const es = ids(
      'Quince alumnos resultaron heridos el jueves al volcar el autobús escolar que los llevaba a una excursión cerca de Soria, informaron los servicios de emergencias. El colegio suspendió las clases.',
      'es',
      'Quince heridos al volcar un autobús escolar',
    );
    expect(es[0]).toBe('disaster-accident-and-emergency-incident');
  });
});

describe('a theft is the happening itself, as a robbery is', () => {
  it('puts crime first when thieves take paintings from a museum (en, fr)', () => {
    expect(
      ids(
        'Thieves stole a painting worth 4 million dollars from the Ferrand Museum overnight, police said. The burglars climbed in through a window of the west gallery and cut the alarm. Detectives have asked dealers to report any offer of the work.',
        'en',
        'Thieves steal painting from museum in night raid',
      )[0],
    ).toBe('crime-law-and-justice');
    expect(
      ids(
        'Des voleurs ont dérobé dans la nuit de dimanche trois tableaux exposés au musée des Beaux-Arts de Cholet, a indiqué la police. Le musée, qui abrite une collection de peintures du XIXe siècle, restera fermé cette semaine.',
        'fr',
        'Des voleurs dérobent trois tableaux au musée de Cholet',
      )[0],
    ).toBe('crime-law-and-justice');
  });
});

describe('talks in a pay dispute are labour, not politics', () => {
  it('reads "talks" beside a picket line and « négociations » beside a strike as labour (en, fr, es)', () => {
    expect(
      ids('Bus drivers walked out on Monday after pay talks broke down. Union members formed a picket line at the depot, and talks with the operator are due to resume on Thursday.', 'en', 'Bus drivers strike as talks fail'),
    ).not.toContain('politics');
    expect(ids('Les négociations entre la direction et les syndicats ont échoué mardi, et les salariés du port sont en grève depuis trois jours. Une nouvelle réunion de négociation est prévue vendredi.', 'fr')).not.toContain('politics');
    expect(ids('La negociación entre la empresa y el sindicato se rompió el martes y los conductores mantienen la huelga. El comité pide una nueva negociación.', 'es')).not.toContain('politics');
  });
  it('keeps talks between governments political (guard)', () => {
    expect(ids('The two governments resumed talks on Monday on their disputed border, and their prime ministers will meet next week.', 'en')).toContain('politics');
  });
});

describe('a verb of hitting in a story about the weather', () => {
  it('reads « la canicule frappe » as no strike from the air (fr)', () => {
    expect(cues('La canicule qui frappe le Sud depuis une semaine a fait grimper les températures au-delà de 40 degrés.', 'fr')).not.toContain('conflict-war-and-peace');
    expect(cues('Un violent orage a frappé la ville dans la nuit, selon les pompiers.', 'fr')).not.toContain('conflict-war-and-peace');
  });
  it('still reads air strikes as conflict (guard)', () => {
    expect(cues('Des frappes aériennes ont visé la ville dans la nuit, selon l’armée.', 'fr')).toContain('conflict-war-and-peace');
  });
});

describe('speaking to the press is no media story', () => {
  it('reads "told reporters", « aux journalistes » and « a los periodistas » as no cue of the media (en, fr, es)', () => {
    expect(cues('"The roads will be repaired by June," the mayor told reporters after the vote.', 'en')).not.toContain('arts-culture-entertainment-and-media');
    expect(cues('« Le chantier sera fini en juin », a déclaré le maire aux journalistes après le vote.', 'fr')).not.toContain('arts-culture-entertainment-and-media');
    expect(cues('"El puente estará listo en junio", dijo el alcalde a los periodistas tras la votación.', 'es')).not.toContain('arts-culture-entertainment-and-media');
  });
  it('still reads journalists who are the story as the media (guard)', () => {
    expect(cues('Two journalists were arrested on Monday while covering the protest.', 'en')).toContain('arts-culture-entertainment-and-media');
  });
});

describe('legionnaires’ disease is an illness', () => {
  it('reads legionella as health first where a school is closed for it (fr, es, en)', () => {
    expect(ids('Un collège de Dreux a été fermé lundi après deux cas de légionellose chez des élèves. Le réseau d’eau du gymnase sera désinfecté.', 'fr', 'Légionellose dans un collège de Dreux')[0]).toBe('health');
    expect(ids('Un instituto de Teruel cerró el lunes tras detectarse legionela en las duchas del gimnasio. Dos alumnos tienen neumonía.', 'es', 'Legionela en un instituto de Teruel')[0]).toBe('health');
    expect(ids('A secondary school in Thornbury closed on Monday after legionella was found in its showers. Two pupils are in hospital.', 'en', 'Legionella found at school')[0]).toBe('health');
  });
});

describe('transport is an economic sector', () => {
  it('reads a new tram or metro line as economy (en, fr, es)', () => {
    expect(ids('The new tram line between the harbour and the university opened on Saturday, a year late. The transport authority expects 30,000 passengers a day.', 'en', 'Harbour tram line opens a year late')[0]).toBe(
      'economy-business-and-finance',
    );
    expect(ids('La nouvelle ligne de tramway de Castelnau a été inaugurée samedi. Les transports en commun de l’agglomération transporteront 20 000 voyageurs de plus par jour.', 'fr', 'Castelnau inaugure sa ligne de tramway')[0]).toBe(
      'economy-business-and-finance',
    );
    expect(ids('La nueva línea de metro de Alcalá entró en servicio el sábado. El consorcio de transportes prevé 15.000 viajeros diarios.', 'es', 'Abre la nueva línea de metro de Alcalá')[0]).toBe('economy-business-and-finance');
  });
  it('reads a factory closed for falling sales as economy beside the lay-offs (es)', () => {
    expect(
      ids(
        'La fábrica de muebles de Lucena cerrará en enero por la caída de las ventas, y sus 300 trabajadores serán despedidos, según el comité. Los sindicatos convocaron una huelga para el viernes.',
        'es',
        'Cierra la fábrica de muebles de Lucena',
      ),
    ).toContain('economy-business-and-finance');
  });
});

describe('the family in a story of a long life or a lucky ticket is its people, not a social issue', () => {
  it('reads a centenarian among her family and a lottery family as human interest alone (fr, en, es)', () => {
    expect(
      ids(
        'Jeanne Morel a fêté ses 101 ans jeudi à Pornic, entourée de toute sa famille et de ses douze arrière-petits-enfants. La centenaire a dansé une valse avec son petit-fils.',
        'fr',
        'Jeanne Morel, 101 ans, fête son anniversaire en famille',
      ),
    ).toEqual(['human-interest']);
    expect(
      ids('A family of five from Dunmore won 2 million pounds on the lottery on Saturday. The parents said the children would choose the first holiday, and the family plans to stay in their house.', 'en', 'Dunmore family wins lottery'),
    ).toEqual(['human-interest']);
    expect(ids('Rosa Llamas cumplió 102 años el domingo en Calatayud rodeada de su familia, con cinco bisnietos. La centenaria dijo que el secreto es caminar cada día.', 'es', 'Rosa Llamas celebra 102 años con su familia')).toEqual([
      'human-interest',
    ]);
  });
  it('keeps families in a story about housing a social matter (guard)', () => {
    expect(ids('Two hundred families face eviction from their flats in Dunmore after the landlord sold the building. Charities said the families could become homeless, and the council has no social housing left.', 'en')).toContain(
      'society',
    );
  });
});

describe('a television show is entertainment: its « émission » and its final', () => {
  it('reads a talent show’s final watched by millions as entertainment, not sport nor emissions (fr, en, es)', () => {
    expect(
      ids('La finale du télécrochet « Voix d’or » a réuni vendredi 6 millions de téléspectateurs. L’émission, présentée par une animatrice de la chaîne, a couronné un boulanger de Quimper.', 'fr', 'Record pour la finale du télécrochet'),
    ).toEqual(['arts-culture-entertainment-and-media']);
    expect(ids('The final of the talent show drew 9 million viewers on Saturday, the channel said. A baker from Leeds won a contract with a record label.', 'en', 'Talent show final draws 9 million viewers')[0]).toBe(
      'arts-culture-entertainment-and-media',
    );
    expect(ids('La final del concurso de talentos reunió el sábado a 3 millones de telespectadores. Ganó una panadera de Vigo, que firmará con una discográfica.', 'es', 'La final del concurso de talentos bate récords')[0]).toBe(
      'arts-culture-entertainment-and-media',
    );
  });
  it('keeps the emissions of a climate story beside a minister on television as environment (guard)', () => {
    expect(cues('Les émissions de CO2 du pays ont baissé de 3 %, a déclaré la ministre à la télévision.', 'fr')).toContain('environment');
  });
});

describe('a software publisher is a technology company, not a book publisher', () => {
  const topicOf = (text: string, lang: string, cue: string) => topicCues(analyse(inputOf(text, { lang }))).find((c) => c.cue === cue)?.topic;
  it('reads « l’éditeur du logiciel » and "the software publisher" as technology (fr, en)', () => {
    expect(topicOf('Une mise à jour du logiciel a bloqué des milliers d’ordinateurs, selon l’éditeur, qui a publié un correctif.', 'fr', 'editeur')).toBe('science-and-technology');
    expect(topicOf('The software update froze thousands of computers, the publisher said, and a fix was released.', 'en', 'publisher')).toBe('science-and-technology');
  });
  it('keeps a book publisher in the arts (guard)', () => {
    expect(topicOf('Son éditeur a annoncé la sortie du roman en septembre.', 'fr', 'editeur')).toBe('arts-culture-entertainment-and-media');
  });
});

describe('workers who walk out are on strike', () => {
  const labour = (text: string) => topicCues(analyse(inputOf(text, { lang: 'en' }))).filter((c) => c.topic === 'labour');
  it('reads "walked out" as the strike itself (en)', () => {
    expect(labour('Porters and cleaners at two hospitals in Redby walked out on Monday over unpaid overtime.').map((c) => c.cue)).toContain('walked out');
    expect(labour('Dockers will walk out for 48 hours from Friday.').map((c) => c.cue)).toContain('walk out');
  });
  it('reads delegates who walked out of talks as no strike: an idiom past a cue phrase wins (guard)', () => {
    expect(labour('The opposition delegates walked out of the talks on Monday, accusing the government of bad faith.')).toEqual([]);
  });
});

describe('a subject the story names in one sentence only', () => {
  it('keeps a side remark of one body sentence out of the third topic', () => {
    const en = ids(
      [
        'Premier Alma Reyes said on Tuesday that she would cut the tax on heating from April, a measure her party had promised.',
        'Reyes, whose party holds four more seats than its rivals, said the provincial budget would still balance by 2028.',
        'She congratulated the provincial hockey team on its national championship and thanked its coach for the trophy.',
        'Opposition leader Graham Tull said the tax cut came too late for families facing winter bills.',
      ].join('\n'),
      'en',
      'Reyes marks first year as premier',
    );
    expect([...en].sort()).toEqual(['economy-business-and-finance', 'politics']);
  });
});

describe('the office of the accused in a trial told throughout', () => {
  it('keeps politics beside crime when the lede and several paragraphs name the office', () => {
    const topics = ids(
      [
        'The former interior minister Harlan Voss was sentenced on Friday to five years in prison for corruption by a court in the capital, the latest trial of a member of the last government.',
        'The court found that Voss had taken bribes from a security firm in exchange for police contracts. The judge said the bribes reached 2 million dollars and the fraud had lasted six years.',
        "Prosecutors had asked for eight years in prison. Voss's lawyer told the court he would appeal the verdict.",
        'Voss, 64, led his party in the senate before he resigned in 2021.',
        'The trial heard from 30 witnesses over four months. Two executives of the firm were convicted of bribery and fined.',
        "The opposition said the court's verdict showed that no one was above the law.",
        'The court also ordered him to repay the bribes. Prosecutors said a second investigation into money laundering by the firm was under way, and police searched its offices in March.',
        "The minister's former chief of staff will go on trial for fraud in May.",
        'Voss remains free pending the appeal, the court said, but must hand in his passport to the prosecutors.',
      ].join('\n'),
      'en',
      'Former minister Harlan Voss sentenced to five years in prison for corruption',
    );
    expect(topics).toEqual(['crime-law-and-justice', 'politics']);
  });
});

describe('the words of corruption and of its sentences (lexicon)', () => {
  it('reads bribes, favouritism, embezzlement and suspended prison terms as crime (en, fr, es)', () => {
    expect(ids('The company paid bribes to two port officials for five years, the indictment says.', 'en')).toContain('crime-law-and-justice');
    const fr = ids(
      'Le maire de Castelvieux a comparu mardi pour favoritisme et prise illégale d’intérêts dans l’attribution de marchés de la commune. Le procureur a requis un an d’emprisonnement avec sursis et trois ans d’inéligibilité contre l’élu, candidat à sa réélection.',
      'fr',
    );
    expect(fr[0]).toBe('crime-law-and-justice');
    expect(ids('El exconsejero está acusado de malversación y cohecho por adjudicar contratos a empresas de su cuñado.', 'es')[0]).toBe('crime-law-and-justice');
  });
});

describe('a refinery and its fuel', () => {
  it('reads a refinery strike that empties the pumps as economy beside labour (fr)', () => {
    const topics = ids(
      'La grève se poursuit à la raffinerie de Saint-Ouen-sur-Mer pour la troisième semaine.\nLes salariés réclament une hausse des salaires de 7 %.\nUne station-service sur quatre manque de carburant dans le département, selon la préfecture.',
      'fr',
      'La grève bloque la raffinerie',
    );
    expect(topics).toEqual(['labour', 'economy-business-and-finance']);
  });
});

describe('« obra » as building work in a town hall story', () => {
  it('does not read building permits and works on homes as the arts (es)', () => {
    const topics = ids('El concejal de Urbanismo de Villaseca anunció que el ayuntamiento concederá este año 300 licencias de obra para nuevas viviendas.\nLas obras del nuevo barrio empezarán en marzo, dijo el concejal.', 'es');
    expect(topics).not.toContain('arts-culture-entertainment-and-media');
  });
});

describe('a title in quotation marks', () => {
  const topics = (text: string, lang = 'en') => extract(text, { lang }).topics.map((t) => t.id);
  it('names a work: its words are no cue of the story’s topics ("‘Wedding Wars’")', () => {
    const text =
      'The comedy ‘Wedding Wars’ has become the highest-grossing film in the country’s cinemas, the distributor said. Cinema owners said the film had filled 200 screens. “Wedding Wars,” directed by Ada Nwosu, opened in December.';
    expect(topics(text)).toEqual(['arts-culture-entertainment-and-media']);
  });
  it('guard: a quoted word in lower case still counts ("a ‘war’ on prices")', () => {
    const cues = topicCues(analyse(inputOf('The supermarkets have started a ‘war’ on prices, the shoppers’ union said.', { lang: 'en' }))).map((c) => c.cue);
    expect(cues).toContain('war');
  });
});

describe('births and population, recreation, ecosystems: society, lifestyle and environment words (lexicon topics)', () => {
  it('reads a falling birth rate as society (en, fr, es)', () => {
    expect(ids('The birth rate fell to 1.1 children per woman last year, the lowest on record, the statistics office said. Demographers warn that the population will shrink by a fifth by 2060.', 'en')[0]).toBe('society');
    expect(ids('La natalité a encore reculé l’an dernier, avec un taux de fécondité de 1,6 enfant par femme, selon l’institut de statistique. Les démographes prévoient un déclin de la population.', 'fr')[0]).toBe('society');
    expect(ids('La natalidad cayó por octavo año consecutivo y la tasa de fecundidad quedó en 1,1 hijos por mujer, según el instituto de estadística. Los expertos advierten de un invierno demográfico.', 'es')[0]).toBe('society');
  });
  it('reads a new theme park and recreation trails as lifestyle (en, es)', () => {
    expect(ids('A theme park with 30 rides opened on Saturday outside the city, and recreational trails now link it to the lake, the operator said.', 'en')[0]).toBe('lifestyle-and-leisure');
    expect(ids('El nuevo parque temático abrió el sábado con 30 atracciones y senderos de recreación junto al lago, informó la empresa operadora.', 'es')[0]).toBe('lifestyle-and-leisure');
  });
  it('reads an algal bloom that kills fish as environment (en, fr, es)', () => {
    expect(ids('An algal bloom fed by nitrate run-off has starved the lagoon of oxygen, and the ecosystem may take years to recover, biologists said.', 'en')[0]).toBe('environment');
    expect(ids('Des algues vertes nourries par les nitrates ont envahi la baie, et l’écosystème mettra des années à se rétablir, selon des biologistes.', 'fr')[0]).toBe('environment');
    expect(ids('Los nitratos agrícolas han dejado sin oxígeno la laguna y el ecosistema tardará años en recuperarse, según los grupos ecologistas.', 'es')[0]).toBe('environment');
  });
});

describe('match-fixing is a crime story first, with sport beside it', () => {
  it('reads charges over fixed matches as crime first (en, fr, es)', () => {
    expect(ids('Prosecutors charged six footballers with match-fixing on Tuesday, saying they took money from an illegal betting ring to lose three league matches. The club suspended the players.', 'en')[0]).toBe('crime-law-and-justice');
    expect(ids('Six joueurs sont poursuivis pour des matchs truqués au profit d’un réseau de paris clandestins, a indiqué le parquet. Le club a suspendu les joueurs.', 'fr')[0]).toBe('crime-law-and-justice');
    expect(ids('La fiscalía acusó a seis futbolistas del amaño de tres partidos de liga para una red de apuestas ilegales. El club suspendió a los jugadores.', 'es')[0]).toBe('crime-law-and-justice');
  });
});

describe('families and aid in a war or a disaster are its consequences, not a story about society', () => {
  it('a battle that drives families from their villages stays conflict alone (en, fr, es)', () => {
    const en = ids(
      'Fighting between the army and rebel fighters in the hills of Kessa forced about 4,000 families to leave their villages this week, the regional governor said. Humanitarian agencies said they could not reach the area. The army said it had retaken two positions after a night of clashes, and the rebels said they had shot down a drone.',
      'en',
      'Clashes in Kessa hills as army battles rebels',
    );
    expect(en).toEqual(['conflict-war-and-peace']);
    const fr = ids(
      'Les combats entre l’armée et un groupe armé dans la région de Kessa ont poussé quelque 4 000 familles à fuir leurs villages cette semaine, a indiqué le gouverneur. Les organisations humanitaires n’ont pas pu accéder à la zone. L’armée affirme avoir repris deux positions après une nuit d’affrontements, et les rebelles disent avoir abattu un drone.',
      'fr',
      'Combats entre l’armée et des rebelles dans la région de Kessa',
    );
    expect(fr).toEqual(['conflict-war-and-peace']);
    const es = ids(
      'Los combates entre el ejército y un grupo armado en la región de Kessa obligaron a unas 4.000 familias a dejar sus aldeas esta semana, informó el gobernador. Las agencias humanitarias no pudieron llegar a la zona. El ejército aseguró que recuperó dos posiciones tras una noche de enfrentamientos, y los rebeldes dijeron haber derribado un dron.',
      'es',
      'Combates entre el ejército y rebeldes en la región de Kessa',
    );
    expect(es).toEqual(['conflict-war-and-peace']);
  });
  it('guard: a story about refugees and asylum still names society', () => {
    const en = ids(
      'More than 2,000 refugees have applied for asylum in Tarnow since January, the city said, twice as many as last year. Reception centres are full, and charities are housing families in school gyms. The mayor asked the government for more money for housing.',
      'en',
      'Asylum requests double as refugees fill reception centres',
    );
    expect(en[0]).toBe('society');
  });
});

describe('an arrest is a crime story’s word', () => {
  it('« Detienen … a un presunto operador financiero »: a story told in money words still names crime', () => {
    const es = ids(
      'El hombre manejaba las finanzas de una red con cuentas bancarias en tres países y movía millones de dólares, según documentos financieros. Su abogado dijo que es inocente.',
      'es',
      'Detienen en Sinaloa a un presunto operador financiero',
    );
    expect(es).toContain('crime-law-and-justice');
  });
});
