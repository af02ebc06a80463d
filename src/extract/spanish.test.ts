// Spanish is data only (lexicon/es.json and es/, country-names.json "es"): these sentences, written
// for these tests, check that the data makes the language-neutral rules work in Spanish.
import { describe, expect, it } from 'vitest';
import { processArticle } from '../article/process.ts';
import { extract } from './testing.ts';

const es = (text: string) => extract(text, { lang: 'es' });

describe('Spanish people', () => {
  it('reads a place noun after a given name as a family name (« Ana Costa », « Pedro Sierra »), and one that opens a name as a place', () => {
    const r = es('La comisión está dirigida por Ana Costa, quien aseguró que el puerto reabrirá en mayo. Pedro Sierra viajó a la Costa Brava.');
    expect(r.actors.map((a) => [a.name, a.type])).toEqual([
      ['Ana Costa', 'person'],
      ['Pedro Sierra', 'person'],
    ]);
    expect(r.attributions.map((a) => [a.source, a.sourceType])).toEqual([['Ana Costa', 'person']]);
  });

  it('merges a two-surname name with its later two-surname mention: « María Luisa Quintanilla Ortega » … « Quintanilla Ortega »', () => {
    const r = es('La senadora María Luisa Quintanilla Ortega presentó el proyecto. Quintanilla Ortega afirmó que la ley protegerá a los pescadores.');
    expect(r.actors.map((a) => [a.id, a.name])).toEqual([['maria-luisa-quintanilla-ortega', 'María Luisa Quintanilla Ortega']]);
  });

  it('merges a two-surname name with its first surname alone: « Fernando Ruiz Castro » … « el juez Ruiz »', () => {
    const r = es('El juez Fernando Ruiz Castro condenó a 18 acusados. El juez Ruiz dijo que las pruebas eran claras.');
    expect(r.actors.map((a) => a.name)).toEqual(['Fernando Ruiz Castro']);
    expect(r.attributions.map((a) => a.source)).toEqual(['Fernando Ruiz Castro']);
  });

  it('never reads a second given name as a surname: « María Elena Duarte » … « la alcaldesa Elena »', () => {
    const r = es('La ministra María Elena Duarte llegó a Lima. La alcaldesa Elena dijo que el plan sigue.');
    expect(r.actors.map((a) => a.name)).toEqual(['María Elena Duarte', 'Elena']);
  });

  it('keeps particles inside a surname: « Juan Carlos de la Fuente » … « De la Fuente »', () => {
    const r = es('El alcalde Juan Carlos de la Fuente inauguró el puente. De la Fuente dijo que la obra terminó antes de lo previsto.');
    expect(r.actors.map((a) => a.id)).toEqual(['juan-carlos-de-la-fuente']);
    expect(r.attributions[0]?.actor).toBe('juan-carlos-de-la-fuente');
  });

  it('gives one person one id in a Spanish, a French and an English story', () => {
    const stories: Array<[string, string]> = [
      ['es', 'El ministro de Pesca de Chile, José Antonio Ferreiro de la Vega, anunció el martes una veda de tres meses. "La merluza necesita descansar", dijo Ferreiro de la Vega a los periodistas.'],
      ['fr', 'Le ministre chilien de la Pêche, José Antonio Ferreiro de la Vega, a annoncé mardi une interdiction de trois mois. « Le merlu doit se reposer », a déclaré Ferreiro de la Vega aux journalistes.'],
      ['en', 'Chile’s fisheries minister, José Antonio Ferreiro de la Vega, announced a three-month ban on Tuesday. “Hake needs a rest,” Ferreiro de la Vega told reporters.'],
    ];
    const ids = stories.map(([lang, text]) =>
      extract(text, { lang })
        .actors.filter((a) => a.type === 'person')
        .map((a) => a.id),
    );
    expect(ids).toEqual([['jose-antonio-ferreiro-de-la-vega'], ['jose-antonio-ferreiro-de-la-vega'], ['jose-antonio-ferreiro-de-la-vega']]);
  });
});

describe('Spanish people around months and conjunctions', () => {
  const people = (text: string) =>
    es(text)
      .actors.filter((a) => a.type === 'person')
      .map((a) => a.name);

  it('reads a capitalised month inside a sentence as a given name before a surname: « Julio Benítez », « Abril Domínguez »', () => {
    expect(people('El secretario general de la Gobernación, Julio Benítez, habló al término de la votación.')).toEqual(['Julio Benítez']);
    expect(people('La reunión terminó sin acuerdo, según Abril Domínguez, portavoz del grupo.')).toEqual(['Abril Domínguez']);
  });

  it('keeps a month a month: « el 3 de julio », « Julio fue el mes más seco »', () => {
    expect(people('La reunión terminó el 3 de julio sin acuerdo. Julio fue el mes más seco del año en Sevilla.')).toEqual([]);
  });

  it('splits two people joined by « y » when a given name follows it, and keeps « Ortega y Gasset » whole', () => {
    expect(people('Las disputas entre los presidentes Ricardo Fuentes y Mario Lozano marcaron la cumbre.')).toEqual(['Ricardo Fuentes', 'Mario Lozano']);
    expect(people('El escritor José Ortega y Gasset fue citado por el ministro Pablo Ruiz.')).toEqual(['José Ortega y Gasset', 'Pablo Ruiz']);
  });
});

describe('Spanish attributions', () => {
  it('reads a speaker before the verb: « La ministra …, Lucía Ferrández Olmedo, dijo que … »', () => {
    const r = es('La ministra de Hacienda, Lucía Ferrández Olmedo, dijo el martes que el déficit bajará el año próximo.');
    expect(r.attributions.map((a) => [a.source, a.claim])).toEqual([['Lucía Ferrández Olmedo', 'el déficit bajará el año próximo']]);
  });

  it('reads an inverted speaker after a quotation: « "…", declaró a EFE el director … »', () => {
    const r = es('"Es una decisión difícil", declaró a EFE el director general de la compañía, Tomás Iriarte.');
    expect(r.attributions[0]).toMatchObject({ source: 'Tomás Iriarte', sourceType: 'person', claim: 'Es una decisión difícil' });
  });

  it('reads « según » and « de acuerdo con » as sources', () => {
    const r = es('Según el Instituto Nacional de Estadística, el paro cayó en el tercer trimestre. De acuerdo con la Fiscalía, los detenidos formaban parte de una red.');
    expect(r.attributions.map((a) => a.source)).toEqual(['Instituto Nacional de Estadística', 'la Fiscalía']);
  });

  it('reads « según precisó » with the name that closes the sentence as the source', () => {
    const r = es('La nueva depuradora costará 40 millones de euros, según precisó el consejero de Medio Ambiente, Pablo Ureña.');
    expect(r.attributions.map((a) => [a.source, a.sourceType, a.claim])).toEqual([['Pablo Ureña', 'person', 'La nueva depuradora costará 40 millones de euros']]);
  });

  it('gives a quotation closed by a bare verb (« "…", reiteró. ») to the last speaker', () => {
    const r = es('La diputada Marta Soler habló con los vecinos del barrio. "Vamos a recuperar el mercado", reiteró.');
    expect(r.attributions.map((a) => [a.source, a.claim, a.quote])).toEqual([['Marta Soler', 'Vamos a recuperar el mercado', true]]);
  });

  it('keeps a quotation of several sentences in straight marks whole: « "…. …", añadió Beltrán »', () => {
    const r = es('El alcalde Tomás Beltrán visitó la lonja. "El precio del pescado sube cada semana. Nadie puede vivir así", añadió Beltrán.');
    expect(r.attributions.map((a) => [a.source, a.claim])).toEqual([['Tomás Beltrán', 'El precio del pescado sube cada semana. Nadie puede vivir así']]);
  });

  it('gives a quotation closed by a verb and only who was told (« "…", dijo a la prensa. ») to the last speaker', () => {
    const r = es('El alcalde Tomás Beltrán visitó la lonja. "La venta de sardina cayó a la mitad", dijo a la prensa.');
    expect(r.attributions.map((a) => [a.source, a.claim])).toEqual([['Tomás Beltrán', 'La venta de sardina cayó a la mitad']]);
  });

  it('gives a relative clause on a name (« …, quien argumentó que … ») to that person, in English too', () => {
    expect(es('La ordenanza cayó tras una moción de la concejala Marta Soler, quien argumentó que faltaban datos.').attributions.map((a) => [a.source, a.claim])).toEqual([['Marta Soler', 'faltaban datos']]);
    expect(extract('The bylaw failed after a motion by councillor Ana Ruiz, who argued that the count was wrong.', { lang: 'en' }).attributions.map((a) => [a.source, a.claim])).toEqual([['Ana Ruiz', 'the count was wrong']]);
  });

  it('cuts a relative clause with commas inside at its last comma when a lead phrase opens the sentence (issue 7)', () => {
    const text = 'Luego de rechazar una moción de la diputada Carmen Olivares Prieto, quien explicó que el relator, el senador Tomás Ibarra, no podía asistir porque estaba enfermo, la comisión votó el texto.';
    expect(es(text).attributions.map((a) => [a.source, a.claim])).toEqual([['Carmen Olivares Prieto', 'el relator, el senador Tomás Ibarra, no podía asistir porque estaba enfermo']]);
    const english = 'After turning down a motion by Carmen Oliver, who argued that the rapporteur, Senator Tom Ibbs, was away on a trip, the committee voted on the bill.';
    expect(extract(english, { lang: 'en' }).attributions.map((a) => [a.source, a.claim])).toEqual([['Carmen Oliver', 'the rapporteur, Senator Tom Ibbs, was away on a trip']]);
  });

  it('gives no attribution for a relative clause with commas when no lead phrase says where the main clause starts', () => {
    const text = 'El pleno aprobó la moción de la diputada Carmen Olivares Prieto, quien explicó que el relator, el senador Tomás Ibarra, no podía asistir.';
    expect(es(text).attributions).toEqual([]);
  });

  it('gives a sentence that opens on its reporting verb (« Afirmó que… ») to the last speaker', () => {
    const r = es('El director del hospital, Tomás Iriarte, habló con la prensa el lunes. Asimismo, apuntó que faltan médicos en urgencias.');
    expect(r.attributions.map((a) => [a.source, a.claim])).toEqual([['Tomás Iriarte', 'faltan médicos en urgencias']]);
  });

  it('reads a pull quote: « “…”: Camilo Ferrer, embajador… » (in English too)', () => {
    expect(es('“Hemos cerrado una etapa difícil”: Camilo Ferrer, embajador de Chile en Lima.').attributions[0]).toMatchObject({ source: 'Camilo Ferrer', claim: 'Hemos cerrado una etapa difícil', quote: true });
    expect(extract('“The worst is behind us”: Dana Whitlow, mayor of Fresno.', { lang: 'en' }).attributions[0]).toMatchObject({ source: 'Dana Whitlow', claim: 'The worst is behind us' });
  });

  it('gives the statement to the name, not its title, when the title has no closing comma (in English too)', () => {
    expect(es('Marta Villalobos, presidenta de la Federación de Pescadores dijo durante la jornada que esperan ayudas.').attributions[0]?.source).toBe('Marta Villalobos');
    expect(extract('Jane Doe, president of the Fishers Union said on Monday that aid was late.', { lang: 'en' }).attributions[0]?.source).toBe('Jane Doe');
  });

  it('gives a role alone a person’s source type: « La opositora aseguró que… »', () => {
    expect(es('La opositora afirmó que sus datos muestran otra cosa.').attributions[0]?.sourceType).toBe('person');
  });

  it('takes the que-clause after « Asimismo, X explicó que »', () => {
    const r = es('El banco mantuvo el tipo. Asimismo, Valadares explicó que no se discutió un recorte.');
    expect(r.attributions.find((a) => a.source.includes('Valadares'))?.claim).toBe('no se discutió un recorte');
  });
});

describe('Spanish figures', () => {
  it('reads « 11,2 % » with a decimal comma and « 12 millones de euros »', () => {
    const r = es('El paro cayó al 11,2 % y el plan costará 12 millones de euros.');
    expect(r.figures.map((f) => [f.value, f.unit])).toEqual([
      [11.2, '%'],
      [12_000_000, 'EUR'],
    ]);
  });

  it('reads « pesos » by the story’s country: Argentina', () => {
    const r = es('El Gobierno argentino destinará 500 millones de pesos a los productores de Mendoza.');
    expect(r.figures[0]).toMatchObject({ value: 500_000_000, unit: 'ARS' });
  });

  it('never reads a date « 1 de junio » or a dateline « 3 mar » as a figure', () => {
    const r = es('Lisboa, 3 mar (EFE).- El puerto abrirá el 1 de junio con 40 grúas nuevas.');
    expect(r.figures.map((f) => f.value)).toEqual([40]);
  });
});

describe('Spanish countries', () => {
  it('reads demonyms in every gender and number: « peruanas », « estadounidense »', () => {
    const r = es('Las trabajadoras peruanas protestaron frente a la embajada estadounidense.');
    expect(r.countries.map((c) => c.code).sort()).toEqual(['PE', 'US']);
  });

  it('names countries in Spanish: « Estados Unidos »', () => {
    expect(es('La cumbre se celebró en Estados Unidos.').countries[0]?.name).toBe('Estados Unidos');
  });
});

describe('Spanish page furniture', () => {
  const headlineOf = (text: string) => processArticle(Buffer.from(text), 'nota.txt').article?.record.headline;

  it('never takes a line that is only a dateline (« SEVILLA 12 Mar. (EUROPA PRESS) - ») for the title', () => {
    expect(headlineOf('SEVILLA 12 Mar. (EUROPA PRESS) -\n\nEl Ayuntamiento de Sevilla aprobó este martes un plan para renovar el alumbrado público.\n\nEl alcalde dijo que el ahorro será grande.\n')).toBe(
      'El Ayuntamiento de Sevilla aprobó este martes un plan para renovar el alumbrado público',
    );
  });

  it('gives a dateline city several countries share the country the story names (« SANTIAGO » in a story about Chile)', () => {
    const record = processArticle(Buffer.from('El cobre sube por tercer día\n\nSANTIAGO, 4 mar (EFE).- Chile vendió más cobre a China en febrero, informó el Banco Central.\n'), 'nota.txt').article?.record;
    expect(record?.dateline).toEqual({ place: 'SANTIAGO', country: 'CL', agency: 'EFE' });
  });

  it('strips « LIMA.- » from the lede', () => {
    expect(headlineOf('LIMA.- Un incendio destruyó este lunes un mercado del centro de la ciudad, según los bomberos.\n\nNo hubo heridos.\n')).toBe('Un incendio destruyó este lunes un mercado del centro de la ciudad');
  });
});

describe('Spanish organisations', () => {
  it('keeps a legislature whose seat also points to its country as an actor and as the country', () => {
    const r = es('La reforma de los alquileres pasó el martes por el Congreso de los Diputados.');
    expect(r.actors.map((a) => a.id)).toEqual(['congreso-de-los-diputados']);
    expect(r.countries.map((c) => c.code)).toEqual(['ES']);
  });

  it('reads a company, an observatory and a business association of the known list by their full names', () => {
    const r = es('Según la Sociedad Nacional de Minería, Petróleo y Energía, el oro sostiene las exportaciones, mientras el Observatorio Venezolano de Finanzas y Ferrocarrils de la Generalitat Valenciana publicaron sus cifras.');
    expect(r.actors.map((a) => a.id).sort()).toEqual(['fgv', 'observatorio-venezolano-de-finanzas', 'snmpe']);
  });
});
