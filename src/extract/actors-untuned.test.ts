import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const names = (text: string, lang?: string): string[] => extract(text, lang ? { lang } : {}).actors.map((a) => a.name);

describe('a place opens a body’s name when a body’s word follows within a few words', () => {
  it('en: a town before two capitalised words and the body’s word', () => {
    const found = names('The petition was filed by the Ndola Tenants Welfare Association on Friday.', 'en');
    expect(found).toContain('Ndola Tenants Welfare Association');
  });
  it('en: a country before the body’s words', () => {
    const found = names('The Malawi Electoral Commission said turnout stood at 68 percent.', 'en');
    expect(found).toContain('Malawi Electoral Commission');
  });
  it('en: a title after the place still names a person', () => {
    const r = extract('Zambia Mines Minister Kelvin Siame declined to comment.', { lang: 'en' });
    expect(r.actors.map((a) => a.name)).toEqual(['Kelvin Siame']);
  });
});

describe('a title word inside a body’s name is part of the name', () => {
  it('en: "Justice" before "Network"', () => {
    expect(names('The Environmental Justice Network said it would appeal the permit.', 'en')).toContain('Environmental Justice Network');
  });
  it('en: a title before a person’s name still ends at the title', () => {
    const r = extract('Transport Minister Eamon Fitzgerald urged both sides to return to talks.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Eamon Fitzgerald')?.roles).toContain('Transport Minister');
  });
});

describe('competitions are not actors', () => {
  it('en: "Premier League" and "English Premier League"', () => {
    const found = names('The striker left Fulbrook Rovers for a club in the English Premier League. The Premier League fined both clubs.', 'en');
    expect(found.some((n) => /Premier League/u.test(n))).toBe(false);
  });
  it('en: "Premier" still titles a head of government', () => {
    expect(names('Premier Li Tao said the talks were useful.', 'en')).toContain('Li Tao');
  });
});

describe('a company named by its trade’s word is a body, in any language', () => {
  it('en: "Electronics" ends a company’s name', () => {
    const r = extract('Shares of Korvang Electronics fell 3% after the group cut its outlook.', { lang: 'en' });
    expect(r.actors).toEqual([expect.objectContaining({ name: 'Korvang Electronics', type: 'organization' })]);
  });
  it('es: an English company word in Spanish copy', () => {
    const r = extract('La mina pertenece a Hoshida Metals, que no respondió a las consultas.', { lang: 'es' });
    expect(r.actors.find((a) => a.name === 'Hoshida Metals')?.type).toBe('organization');
  });
  it('es: a lower-case demonym before the company is not part of its name', () => {
    const r = extract('La mina es controlada por la japonesa Hoshida Metals desde 2019.', { lang: 'es' });
    expect(r.actors.map((a) => a.name)).toContain('Hoshida Metals');
  });
});

describe('a company without its legal suffix is the same company', () => {
  it('en: "Corp" dropped later', () => {
    const r = extract('The licence went to a unit of Canadian miner Brightwater Metals Corp, the court heard.\nBrightwater Metals said in a statement it would comply.', { lang: 'en' });
    const bodies = r.actors.filter((a) => a.name.startsWith('Brightwater'));
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.type).toBe('organization');
  });
});

describe('the body a person works at', () => {
  it('en: "X of Y said": Y is the employer', () => {
    const r = extract('Park Seo-yeon of Daewha said the central bank was in no hurry.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Daewha')?.type).toBe('organization');
    expect(r.actors.find((a) => a.name === 'Park Seo-yeon')?.type).toBe('person');
  });
  it('en: a place after "of" is still a place', () => {
    const r = extract('Senator Mitch Varley of Kentucky said the bill would pass.', { lang: 'en' });
    expect(r.actors.map((a) => a.name)).toEqual(['Mitch Varley']);
  });
});

describe('two names joined by a conjunction inside a body’s run', () => {
  it('es: « Grupo X y Y » names two companies, not one', () => {
    const found = names('Las acciones de Grupo Norvasa y Tellix cayeron en la bolsa.', 'es');
    expect(found).toContain('Grupo Norvasa');
    expect(found.some((n) => /\sy\s/u.test(n))).toBe(false);
  });
  it('es: a ministry’s two domains stay one name', () => {
    expect(names('El Ministerio de Agricultura y Ganadería dijo que no habrá ayudas.', 'es')).toContain('Ministerio de Agricultura y Ganadería');
  });
  it('es: « y » between surnames still joins them', () => {
    expect(names('El filósofo Andrés Olmedo y Gasset escribió mucho.', 'es')).toContain('Andrés Olmedo y Gasset');
  });
});

describe('a known body whose name opens with a place', () => {
  it('es: a party named after its country', () => {
    const r = extract('El partido Perú Libre calificó la decisión de tardía.', { lang: 'es' });
    expect(r.actors.map((a) => a.id)).toContain('peru-libre');
  });
  it('en: the French name of an NGO in English copy', () => {
    const r = extract('Médecins Sans Frontières opened two treatment centres in the port city.', { lang: 'en' });
    expect(r.actors.map((a) => a.id)).toContain('msf');
  });
});

describe('a company’s coined first word names it later', () => {
  it('en: "Brightwater" after "Brightwater Metals Corp"', () => {
    const r = extract('The licence went to a unit of Canadian miner Brightwater Metals Corp, the court heard.\nChief executive Graham Roarke said Brightwater would not cut jobs.', { lang: 'en' });
    expect(r.actors.filter((a) => a.name.startsWith('Brightwater'))).toHaveLength(1);
  });
  it('en: a word of the language does not ("National" after "National Assembly")', () => {
    const r = extract('The National Assembly voted late on Friday.\nNational leaders said the vote was fair.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'National Assembly')?.aliases).not.toContain('National');
  });
});

describe('a country’s possessive before a body’s name and its acronym', () => {
  it('en: the name starts after the possessive', () => {
    const found = names('Zambia’s National Institute for Flood Management (INGC) said the rivers were high.', 'en');
    expect(found).toContain('National Institute for Flood Management');
  });
  it('en: a possessive inside the name stays ("People’s")', () => {
    expect(names("Nigeria's People's Unity Party (PUP) said it would appeal.", 'en')).toContain("People's Unity Party");
  });
});

describe('titles from untuned copy', () => {
  it('en: an Irish deputy ("TD") after the party', () => {
    const r = extract('Labour TD Aoife Kerrigan said the government had let the dispute drift.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Aoife Kerrigan')?.roles).toContain('Labour TD');
  });
  it('fr: « délégué général » whole, « prévisionniste »', () => {
    const r = extract('Le délégué général du festival, Thierry Vaubois, a présenté jeudi la sélection.\n« Les vents ont atteint 130 km/h », a précisé le prévisionniste Didier Marceau.');
    expect(r.actors.find((a) => a.name === 'Thierry Vaubois')?.roles[0]).toMatch(/^délégué général/u);
    expect(r.actors.find((a) => a.name === 'Didier Marceau')?.roles).toContain('prévisionniste');
  });
});

describe('where a person works is no apposition that types them', () => {
  it('fr: « X, de l’Université de Y » is a person', () => {
    const r = extract('Selon Marc Delorme, de l’Université de Nice, ces mesures changent tout.');
    expect(r.actors.find((a) => a.name === 'Marc Delorme')?.type).toBe('person');
  });
  it('es: « X, de la Universidad de Y » is a person', () => {
    const r = extract('Según Ramón Quesada, de la Universidad de Granada, se trata de un hito.', { lang: 'es' });
    expect(r.actors.find((a) => a.name === 'Ramón Quesada')?.type).toBe('person');
  });
  it('en: a body’s noun in apposition still types a body', () => {
    const r = extract('Nordvik, the second-largest union at the plant, said it would strike.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Nordvik')?.type).toBe('organization');
  });
});

describe('honorifics on either side of the apposition comma', () => {
  it('en: "Cllr" is a title, and the role before the comma is kept', () => {
    const r = extract('Their leader, Cllr Tom Ashcroft, said the cuts would hollow out the borough.', { lang: 'en' });
    expect(r.actors).toEqual([expect.objectContaining({ name: 'Tom Ashcroft', roles: ['leader'] })]);
  });
  it('en: "Mr" after the comma', () => {
    const r = extract('Their spokesman, Mr Ade Bello, said the talks went well.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Ade Bello')?.roles).toEqual(['spokesman']);
  });
});

describe('fr: a lower-case nationality after an article names a company', () => {
  it('« l’australien X »', () => {
    const r = extract('L’australien Harwood, opérateur du champ, n’a pas réagi.');
    expect(r.actors.find((a) => a.name === 'Harwood')?.type).toBe('organization');
  });
  it('« l’Australien Jack X » (capitalised) is a person', () => {
    const r = extract('L’Australien Jack Morrell a remporté la course.');
    expect(r.actors.find((a) => a.name === 'Jack Morrell')?.type).toBe('person');
  });
});

describe('a competition a club’s pattern reads is no actor', () => {
  it('en: "AFC Champions League Elite"', () => {
    const found = names('Harbour Town FC reached the quarter-finals of the AFC Champions League Elite on Tuesday.', 'en');
    expect(found).toEqual(['Harbour Town FC']);
  });
});

describe('a lower-case title before a comma and a name is a role, not a body', () => {
  it('es: « la secretaria de Energía, X »', () => {
    const r = extract('La secretaria de Energía, Luz Elena Gómez, dijo que no habrá apagones.', { lang: 'es' });
    expect(r.actors.map((a) => a.type)).toEqual(['person']);
    expect(r.actors[0]?.roles).toEqual(['secretaria de Energía']);
  });
  it('es: the ministry written with its capital stays a body', () => {
    const r = extract('La Secretaría de Energía, que dirige Luz Elena Gómez, informó del alza.', { lang: 'es' });
    expect(r.actors.find((a) => a.type === 'organization')?.name).toBe('Secretaría de Energía');
  });
});

describe('a body described by an indefinite apposition', () => {
  it('en: "X, an advocacy group," is a body with no role', () => {
    const r = extract('Greenwatch, an advocacy group, said the permit was illegal.', { lang: 'en' });
    expect(r.actors).toEqual([expect.objectContaining({ name: 'Greenwatch', type: 'organization', roles: [] })]);
  });
  it('es: « X, una organización ecologista, »', () => {
    const r = extract('Verdemar, una organización ecologista, denunció el proyecto.', { lang: 'es' });
    expect(r.actors.find((a) => a.name === 'Verdemar')?.type).toBe('organization');
  });
  it('en: a member of a group, or a bank employee, is still a person with that role', () => {
    const r = extract('Mary Okoro, a member of the group, said the permit was illegal.\nAnn Lee, a bank employee, said the branch would close.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Mary Okoro')?.roles).toEqual(['member of the group']);
    expect(r.actors.find((a) => a.name === 'Ann Lee')?.roles).toEqual(['bank employee']);
  });
});

describe('a title’s capitalised complement before the apposition comma', () => {
  it('es: « la secretaria de Relaciones Exteriores mexicana, X »', () => {
    const r = extract('La secretaria de Relaciones Exteriores mexicana, Alicia Barrón Ortiz, suscribió el documento.', { lang: 'es' });
    expect(r.actors.find((a) => a.name === 'Alicia Barrón Ortiz')?.roles).toEqual(['secretaria de Relaciones Exteriores mexicana']);
  });
  it('en: another name before the person still ends the look for a title', () => {
    const r = extract('The winger Isaia Faleolo and Tom Reed scored twice.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Tom Reed')?.roles).toEqual([]);
  });
});

describe('a title followed by lower-case words inside a capitalised run', () => {
  it('fr: « Direction générale de la concurrence » is a body, not a person « concurrence »', () => {
    const r = extract('Une enquête de la Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF) a tout révélé.');
    expect(r.actors.filter((a) => a.type === 'person')).toEqual([]);
  });
  it('en: a title before a surname still makes a person', () => {
    expect(names('Police Minister Ruth Amadi said the pair would be charged.', 'en')).toEqual(['Ruth Amadi']);
  });
});

describe('a title’s word with a capital inside a portfolio or a body’s name', () => {
  it('es: « consejero de Medio Ambiente »: no person « Ambiente »', () => {
    const r = extract('El consejero de Medio Ambiente de la Comunidad Foral, Ramiro Vilas, no quiso opinar.', { lang: 'es' });
    expect(r.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Ramiro Vilas']);
    const x = extract('El consejero de Medio Ambiente de la Xunta, Ramiro Vilas, no quiso opinar.', { lang: 'es' });
    expect(x.actors.find((a) => a.name === 'Ramiro Vilas')?.roles).toEqual(['consejero de Medio Ambiente de la Xunta']);
  });
  it('es: the whole title before the comma, « Medio » inside it', () => {
    const r = extract('La ministra de Medio Ambiente, Inés Barral, visitó la planta.', { lang: 'es' });
    expect(r.actors.find((a) => a.name === 'Inés Barral')?.roles).toEqual(['ministra de Medio Ambiente']);
  });
  it('es: « presidenta del Consejo de Ministros », not « Ministros »', () => {
    const r = extract('La presidenta del Consejo de Ministros, Dora Salcedo Ruiz, viajó a Ica.', { lang: 'es' });
    expect(r.actors.find((a) => a.name === 'Dora Salcedo Ruiz')?.roles).toEqual(['presidenta del Consejo de Ministros']);
  });
  it('es: a lower-case « medio » is still a player’s position', () => {
    const r = extract('El medio Tomás Arrieta marcó el segundo gol.', { lang: 'es' });
    expect(r.actors.find((a) => a.name === 'Tomás Arrieta')?.roles).toEqual(['medio']);
  });
});

describe('a title ending on its connector before a name is someone else’s', () => {
  it('fr: « l’avocat de M. X » gives X no role', () => {
    const r = extract('Me Alain Berthou, l’avocat de M. Vasseur, a plaidé la relaxe.');
    expect(r.actors.find((a) => a.name === 'Vasseur')?.roles).toEqual([]);
    expect(r.actors.find((a) => a.name === 'Alain Berthou')?.roles).toEqual(['avocat de M. Vasseur']);
  });
  it('en: "the lawyer for Mr X" (as before)', () => {
    const r = extract('Ken Ashby, the lawyer for Mr Dale Pruitt, said his client would appeal.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Dale Pruitt')?.roles).toEqual([]);
  });
});

describe('a photographer’s credit before the agency', () => {
  it('fr: « Prénom Nom / AFP » at the end of a caption is no person', () => {
    const r = extract('Le cyclone a frappé vendredi.\n(Photo : des habitants évacués à Saint-Pierre, samedi. Karine Vidal / AFP)');
    expect(r.actors.some((a) => a.name === 'Karine Vidal')).toBe(false);
  });
  it('en: "Name/AFP via Getty Images" in brackets', () => {
    const r = extract('The judge retired in 2010.\nThe judge at the court in 2009. (Tom Oduya/AFP via Getty Images)', { lang: 'en' });
    expect(r.actors.some((a) => a.name === 'Tom Oduya')).toBe(false);
  });
});

describe('a body’s noun before the long name an acronym abbreviates', () => {
  it('en: "Farm group X (ACR)" at a sentence’s start names X', () => {
    const r = extract('Farm group Pampas Growers Union (UAP) asked for lower export taxes.', { lang: 'en' });
    expect(r.actors.map((a) => a.name)).toEqual(['Pampas Growers Union']);
  });
  it('fr: « l’ONG X (ACR) » names X', () => {
    const r = extract('L’ONG Vigilance Santé Kivu (Visak) a jugé la riposte trop lente.');
    expect(r.actors.map((a) => a.name)).toEqual(['Vigilance Santé Kivu']);
  });
  it('fr: a capitalised first word of the name stays (« Union nationale des syndicats autonomes »)', () => {
    const r = extract('L’Union nationale des syndicats autonomes (Unsa) a appelé à la grève.');
    expect(r.actors.map((a) => a.name)).toEqual(['Union nationale des syndicats autonomes']);
  });
});

describe('police forces and squads are bodies', () => {
  it('en: "X Police", "the Y Squad"', () => {
    const r = extract('Inspector Karen Wallis of the Armed Robbery Squad said the raids were over, Tasmania Police said.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Armed Robbery Squad')?.type).toBe('organization');
    expect(r.actors.find((a) => a.name === 'Tasmania Police')?.type).toBe('organization');
  });
  it('fr: « la Gendarmerie royale du Canada »', () => {
    const r = extract('La Gendarmerie royale du Canada a ouvert une enquête mardi.');
    expect(r.actors.find((a) => a.name.startsWith('Gendarmerie'))?.type).toBe('organization');
  });
});

describe('a body’s noun and its complement before a name', () => {
  it('fr: « l’association d’usagers X »', () => {
    const r = extract('L’association d’usagers Transvia a réclamé des remboursements.');
    expect(r.actors).toEqual([expect.objectContaining({ name: 'Transvia', type: 'organization' })]);
  });
  it('es: « el sindicato de maestros X »', () => {
    const r = extract('El sindicato de maestros Sudepa convocó una huelga.', { lang: 'es' });
    expect(r.actors).toEqual([expect.objectContaining({ name: 'Sudepa', type: 'organization' })]);
  });
  it('fr: a person after a body’s member is still a person (« le syndicat de Marie Dubois »)', () => {
    const r = extract('Le syndicat de Marie Dubois a appelé à la grève, a-t-elle dit.');
    expect(r.actors.find((a) => a.name === 'Marie Dubois')?.type).toBe('person');
  });
});

describe('a title in the plural before where they work', () => {
  it('en: "Analysts at X" names a body, at a sentence’s start too', () => {
    const r = extract('Shares in the chipmaker rose on Monday.\nAnalysts at Holtberg raised their price target.', { lang: 'en' });
    expect(r.actors).toEqual([expect.objectContaining({ name: 'Holtberg', type: 'organization' })]);
  });
  it('fr: « les économistes de X »', () => {
    const r = extract('Les marchés ont reculé lundi.\nLes économistes de Varnier tablent sur une baisse des taux.');
    expect(r.actors).toEqual([expect.objectContaining({ name: 'Varnier', type: 'organization' })]);
  });
  it('es: « los analistas de X »', () => {
    const r = extract('El peso subió el martes.\nLos analistas de Cortaluz esperan más recortes.', { lang: 'es' });
    expect(r.actors).toEqual([expect.objectContaining({ name: 'Cortaluz', type: 'organization' })]);
  });
  it('en: residents of a town are no staff', () => {
    const r = extract('The council met on Monday.\nResidents of Westbury said the council had failed them.', { lang: 'en' });
    expect(r.actors.some((a) => a.type === 'organization' && a.name === 'Westbury')).toBe(false);
  });
});

describe('a city that is also a family name', () => {
  it('es: « Lagos » as a second surname', () => {
    expect(names('El consejo, presidido por Marta Ibáñez Lagos, bajó la tasa.', 'es')).toEqual(['Marta Ibáñez Lagos']);
  });
  it('en: Lagos alone, or before "State", is still the city', () => {
    const r = extract('Floods hit Lagos on Monday.\nThe Lagos State government said 12 people died.', { lang: 'en' });
    expect(r.countries.map((c) => c.code)).toEqual(['NG']);
  });
});

describe('a known body’s name before a capitalised nationality', () => {
  it('es: « la Cruz Roja Peruana » is the Peruvian society, not the ICRC', () => {
    const r = extract('El sismo golpeó el sur.\nLa Cruz Roja Peruana envió carpas y agua.', { lang: 'es' });
    expect(r.actors.map((a) => [a.name, a.id])).toEqual([['Cruz Roja Peruana', 'cruz-roja-peruana']]);
  });
  it('es: « la Cruz Roja » alone is still the known body', () => {
    const r = extract('El sismo golpeó el sur.\nLa Cruz Roja envió carpas y agua.', { lang: 'es' });
    expect(r.actors.map((a) => a.id)).toEqual(['icrc']);
  });
});

describe('the UN’s refugee agency named with « ONU »', () => {
  it('es and fr', () => {
    const es = extract('El Alto Comisionado de la ONU para los Refugiados (Acnur) pidió una respuesta coordinada.', { lang: 'es' });
    expect(es.actors.map((a) => a.id)).toContain('unhcr');
    const fr = extract('Le Haut-Commissariat de l’ONU pour les réfugiés s’est inquiété mardi.');
    expect(fr.actors.map((a) => a.id)).toContain('unhcr');
  });
});

describe('a title after a body’s word and its connector', () => {
  it('es: « el Gobierno del presidente X » names no body « Gobierno del presidente »', () => {
    const r = extract('La frontera sigue abierta.\nLos controles fueron anunciados por el Gobierno del presidente Rodrigo Almanza en marzo.', { lang: 'es' });
    expect(r.actors.map((a) => a.name)).toEqual(['Rodrigo Almanza']);
  });
  it('fr: a plain noun after the connector is still the body’s name', () => {
    const r = extract('La grève continue.\nLe Syndicat des travailleurs du rail appelle à manifester.');
    expect(r.actors.map((a) => a.name)).toEqual(['Syndicat des travailleurs du rail']);
  });
});

describe('an article between the apposition comma and the honorific', () => {
  it('fr: « son directeur général, le Dr X »', () => {
    const r = extract('Le test sera déployé.\nLe test sera prêt en mai, selon son directeur général, le Dr Paul Ilunga-Mbeki.');
    expect(r.actors.find((a) => a.name === 'Paul Ilunga-Mbeki')?.roles).toEqual(['directeur général']);
  });
  it('es: « el director del hospital, el Dr. X »', () => {
    const r = extract('La obra se inauguró.\nLo anunció el director del hospital, el Dr. Luis Pardo.', { lang: 'es' });
    expect(r.actors.find((a) => a.name === 'Luis Pardo')?.roles).toEqual(['director del hospital']);
  });
});

describe('union delegates and general secretaries are titles', () => {
  it('fr: « délégué syndical »', () => {
    const r = extract('La grève continue.\nFabien Varenne, délégué syndical du dépôt, a déploré l’échec.');
    expect(r.actors.find((a) => a.name === 'Fabien Varenne')?.roles).toEqual(['délégué syndical du dépôt']);
  });
  it('en: "general secretary" whole', () => {
    const r = extract('The federation fined the club.\nFederation general secretary Musa Danladi said it would act.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Musa Danladi')?.roles[0]).toMatch(/general secretary$/u);
  });
  it('es: « delegada sindical » (as before)', () => {
    const r = extract('La huelga sigue.\nLa delegada sindical Rocío Pardo dijo que no cederán.', { lang: 'es' });
    expect(r.actors.find((a) => a.name === 'Rocío Pardo')?.roles).toEqual(['delegada sindical']);
  });
});

describe('a title’s complement naming several capitalised names', () => {
  it('es: « la consejera de Sanidad de la Generalitat Valenciana, X »', () => {
    const r = extract('La sesión fue tensa.\nLa consejera de Sanidad de la Junta Regional, Elena Masó Ruiz, no respondió.', { lang: 'es' });
    expect(r.actors.find((a) => a.name === 'Elena Masó Ruiz')?.roles).toEqual(['consejera de Sanidad de la Junta Regional']);
  });
  it('en: "the head of the X Red Cross, Y" (as before)', () => {
    const r = extract('The floods spread.\nThe head of the Zambia Red Cross, Mary Tembo, said aid was coming.', { lang: 'en' });
    expect(r.actors.find((a) => a.name === 'Mary Tembo')?.roles).toEqual(['head of the Zambia Red Cross']);
  });
});
